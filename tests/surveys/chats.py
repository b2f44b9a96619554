"""What the rules make of a chat and of the corpus batches, for the tests of each rule module.

``chat_alerts`` reads messages as a chat remembers them (``bot.safeguarding.recent_words``: the
two before each); ``batch_lines`` and ``batch_counts`` read each batch of ``adversarial.txt``, and
``near_misses`` reads one block of ``near_misses.txt``, so a module's test can hold its batches
and its near misses whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

from surveys.concern_clauses import compile_part
from surveys.concern_speak import spelled
from surveys.concerns import URGENT, detect, detect_across, normalise
from tests.surveys.test_concerns import sections

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def chat_alerts(messages: list[str], *, learned: bool = False) -> list[str]:
    """The level of each alert a chat raises, message by message, remembering the last two; the
    rules alone unless ``learned``, since the learned layer is retrained on every batch at once."""
    levels = []
    for index, text in enumerate(messages):
        found = detect_across(messages[max(0, index - 2) : index], text, learned=learned)
        if found is not None:
            levels.append(found.level)
    return levels


def batch_lines() -> dict[tuple[str, str], list[str]]:
    """The lines of ``adversarial.txt`` by (kind, batch). A batch's name runs to the colon: "w"
    is not "wc" (after z, names have two letters); a section without a batch is under ""."""
    lines = (CORPORA / "adversarial.txt").read_text(encoding="utf-8").splitlines()
    found: dict[tuple[str, str], list[str]] = {}
    for number, category, text in sections("adversarial.txt"):
        header = next(line for line in reversed(lines[:number]) if line.startswith("# --- "))
        batch = header.split("batch ")[1].split(":")[0] if "batch " in header else ""
        found.setdefault((category, batch), []).append(text)
    return found


def batch_counts() -> Counter[tuple[str, str]]:
    """How many lines each (kind, batch) of ``adversarial.txt`` holds (see :func:`batch_lines`)."""
    return Counter({key: len(texts) for key, texts in batch_lines().items()})


def near_misses(start: str, end: str | None = None) -> list[str]:
    """The answers in the block of ``near_misses.txt`` whose heading starts with ``start``: up to
    the heading that starts with ``end``, or else the next block's (``# --- ``), so blocks added
    later are not counted in it; comments and blank lines left out."""
    lines = (CORPORA / "near_misses.txt").read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith(start))
    block = []
    for line in lines[first + 1 :]:
        if line.startswith(end or "# --- "):
            break
        if line.strip() and not line.startswith("#"):
            block.append(line.strip())
    return block



def batch_texts(batches: Mapping[tuple[str, str], int]) -> list[str]:
    """The lines of the (kind, batch) batches of ``adversarial.txt`` named in ``batches``."""
    found = batch_lines()
    return [text for key in batches for text in found.get(key, [])]


def batches_as_written(batches: Mapping[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """How many lines each batch of ``batches``' names now holds, to compare with ``batches``."""
    names = {batch for _, batch in batches}
    return {key: n for key, n in batch_counts().items() if key[1] in names}


def not_urgent(texts: list[str]) -> list[str]:
    """The texts the rules alone do not make urgent."""
    return [text for text in texts
            if (found := detect(text, learned=False)) is None or found.level != URGENT]


def raising(texts: list[str]) -> list[str]:
    """The texts the rules alone raise anything for."""
    return [text for text in texts if detect(text, learned=False) is not None]


def unreached(module: ModuleType, texts: list[str]) -> list[tuple[str, str]]:
    """A rule module's clauses and phrases that none of ``texts`` reaches (category, its start).

    A rule no wording reaches is dead weight, or a typo in one of its parts.
    """
    plain = [normalise(text) for text in texts]
    rules = [(category, tuple(parts)) for category, parts, _ in getattr(module, "CLAUSES", ())]
    rules += [(category, (phrase,)) for category, phrases in getattr(module, "PHRASES", {}).items()
              for phrase in phrases]
    return [(category, parts[0][:40]) for category, parts in rules
            if not any(all(compile_part(part).search(text) for part in parts) for text in plain)]


# A literal word of a pattern: not an escape, a group's flags, a class, a count, nor part of a
# number.
_WORD = re.compile(
    r"\\.|\(\?[<!=:P][^)]*?|\[(?:\\.|[^\]])*\]|\{[0-9,]*\}|(?<![0-9])([a-z]+)(?![0-9])"
)
# Beside these, a word the normaliser reads by its neighbours ("hel", "shel", "id") is kept in
# at least one.
_BESIDE = ("and {} go", "the {} of", "{}")


def dead_words(*modules: ModuleType) -> set[tuple[str, str]]:
    """The words of the modules' rules that the normalised text can never hold (module, word).

    A word the text always spells otherwise ("hell" is "he will" before "give", "im" is "i am")
    is an alternative that never matches.
    """
    dead = set()
    for module in modules:
        parts = [p for ps in getattr(module, "PHRASES", {}).values() for p in ps]
        parts += [p for _, ps, _ in getattr(module, "CLAUSES", ()) for p in ps]
        for part in parts:
            for found in _WORD.finditer(spelled(part)):
                word = found.group(1)
                if word and all(normalise(s.format(word)) != s.format(word) for s in _BESIDE):
                    dead.add((module.__name__, word))
    return dead
