"""The shipped survey definitions, validated, and the hash that pins a run to one version."""

from __future__ import annotations

import hashlib
import json
import weakref
from importlib import resources
from pathlib import Path

from surveys.check import Problem, check_texts
from surveys.errors import HearmeError
from surveys.model import Definition


class SurveyDefinitionError(HearmeError):
    """A shipped or given definition file has problems; ``problems`` lists every one."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


def shipped_files() -> list[tuple[str, str]]:
    """The bundled definition files as ``(file name, YAML text)``, sorted by name."""
    folder = resources.files("surveys") / "definitions"
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith((".yaml", ".yml"))
    )


def shipped_paths() -> list[Path]:
    """Paths of the bundled definition files (for ``hearme surveys check`` with no files)."""
    folder = resources.files("surveys") / "definitions"
    return sorted(Path(str(folder / name)) for name, _ in shipped_files())


def load_definitions() -> dict[str, Definition]:
    """Every shipped definition by id, after the full check.

    Raises:
        SurveyDefinitionError: a shipped file has problems (listed, with file and field).
    """
    definitions, problems = check_texts(shipped_files())
    if problems:
        raise SurveyDefinitionError(problems)
    return {definition.id: definition for definition in definitions}


def canonical_json(definition: Definition) -> str:
    """The definition as canonical JSON: the same survey always gives the same text."""
    return json.dumps(
        definition.model_dump(mode="json"),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


# Hashing runs on every advance; remember it per object (definitions are immutable).
_hashes: dict[int, tuple[weakref.ref[Definition], str]] = {}


def definition_hash(definition: Definition) -> str:
    """sha256 (hex) of the definition's canonical JSON; runs are pinned to it."""
    key = id(definition)
    known = _hashes.get(key)
    if known is not None and known[0]() is definition:
        return known[1]
    digest = hashlib.sha256(canonical_json(definition).encode("utf-8")).hexdigest()
    _hashes[key] = (weakref.ref(definition, lambda _ref: _hashes.pop(key, None)), digest)
    return digest
