"""The rooms' one-way doors, checked on the source: what each package may import.

surveys ← storage ← reports ← bot, and ``hearme_dev`` (the Bot API stand-in and the demo) sits
outside them all: the running bot never imports it, not even inside a function.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ("surveys", "storage", "reports", "bot", "hearme_dev")
# Which of our packages each package may import (besides itself).
ALLOWED = {
    "surveys": set(),
    "storage": {"surveys"},
    "reports": {"surveys", "storage"},
    "bot": {"surveys", "storage", "reports"},
    "hearme_dev": {"surveys", "storage", "reports", "bot"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports, at any depth (a function-local import counts too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", OURS)
def test_no_import_points_back_to_a_higher_room(package: str) -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sources(package)
        for line, name in imports_of(path)
        if name.split(".")[0] in OURS
        and name.split(".")[0] != package
        and name.split(".")[0] not in ALLOWED[package]
    ]
    assert wrong == []


def test_the_running_bot_never_imports_the_stand_in_or_the_demo() -> None:
    # Every module of the runtime package, imported for real: none may pull hearme_dev in.
    script = (
        "import importlib, pkgutil, sys\n"
        "import bot\n"
        "names = [m.name for m in pkgutil.walk_packages(bot.__path__, 'bot.')]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "print(len(names))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'hearme_dev'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    count, loaded = done.stdout.split("\n")[:2]
    assert int(count) > 50, "the walk found bot's modules"
    assert loaded == "[]"


def test_bot_has_no_import_cycle_between_its_modules() -> None:
    # A cycle hidden by an import inside a function still ties two rooms together.
    graph: dict[str, set[str]] = {}
    modules = {module_name(path): path for path in sources("bot")}
    for name, path in modules.items():
        graph[name] = {
            target
            for _, target in imports_of(path)
            if target in modules and target != name and not name.startswith(target + ".")
        }
    cycles = []
    for name, targets in graph.items():
        for target in targets:
            if name in _reachable(graph, target):
                cycles.append(f"{name} -> {target}")
    assert cycles == []


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for target in graph[todo.pop()] - seen:
            seen.add(target)
            todo.append(target)
    return seen


# Telegram's own ids and limits: a chat id or message id, the 4096-character message, the
# 64-byte button data and the 100-button keyboard belong to bot/channels/telegram/.
TELEGRAM_ONLY = re.compile(
    r"\b(chat_id|message_id|callback_data|4096|4000|64[ -]?bytes?|100 buttons)\b"
    r"|int\(\s*(incoming\.)?sender_key|t\.me/",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", sources("bot/conversation"), ids=lambda path: path.name)
def test_the_conversation_knows_no_telegram_ids_or_limits(path: Path) -> None:
    imported = [
        f"{line}: {name}"
        for line, name in imports_of(path)
        if name.split(".")[0] == "telegram" or name.startswith("bot.channels")
    ]
    text = path.read_text(encoding="utf-8")
    mentioned = [
        f"{number}: {line.strip()}"
        for number, line in enumerate(text.splitlines(), start=1)
        if TELEGRAM_ONLY.search(line)
    ]
    assert imported == []
    assert mentioned == []


MAX_LINES = 400


def test_no_module_is_over_400_lines() -> None:
    # A module reads top to bottom in a few minutes; a longer one holds two things.
    long = [
        f"{path.relative_to(ROOT)}: {lines} lines"
        for package in OURS
        for path in sources(package)
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert long == []
