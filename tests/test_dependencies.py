"""Dependable dependencies: the lock matches pyproject.toml's bounds, every dependency stops
below its next major release, and hearme's code uses only the public side of its libraries."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "storage", "reports", "surveys", "hearme_dev")
# Calendar-versioned data: a new year brings newer time zone rules, never a breaking change.
NO_UPPER_BOUND = {"tzdata"}
# aiosqlite's internals hearme once reached into; none may come back.
AIOSQLITE_INTERNALS = {"_execute", "_conn", "_connection", "_tx", "_cursor", "_iter_chunk_size"}


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    listed = project["dependencies"] + project["optional-dependencies"]["test"]
    return [Requirement(text) for text in listed]


def _locked() -> dict[str, Version]:
    text = (ROOT / "requirements.lock").read_text()
    found = re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", text, re.M)
    return {_name(name): Version(version) for name, version in found}


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _sources() -> list[Path]:  # hearme's own modules
    return [path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))]


@pytest.mark.parametrize("requirement", _requirements(), ids=lambda r: r.name)
def test_every_dependency_is_locked_within_its_bounds(requirement: Requirement) -> None:
    locked = _locked()
    name = _name(requirement.name)
    assert name in locked, f"{name} is not in requirements.lock: run `make update-deps`"
    assert requirement.specifier.contains(locked[name]), (
        f"requirements.lock has {name} {locked[name]}, outside {requirement.specifier}: "
        "run `make update-deps`"
    )
    if name in NO_UPPER_BOUND:
        return
    uppers = [spec for spec in requirement.specifier if spec.operator == "<"]
    assert uppers, f"{name} needs an upper bound below its next major release"
    lower = next(Version(s.version) for s in requirement.specifier if s.operator == ">=")
    assert Version(uppers[0].version).major == lower.major + 1 or (
        Version(uppers[0].version).major == locked[name].major + 1
    ), f"{name}'s upper bound {uppers[0]} is not the next major release"


def test_every_locked_package_has_hashes_and_the_rate_limiter_extra_is_gone() -> None:
    text = (ROOT / "requirements.lock").read_text()
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert all("--hash=sha256:" in entry for entry in entries if "==" in entry)
    assert "aiolimiter" not in _locked(), "the rate-limiter extra is not used (hearme paces sends)"
    [telegram] = [r for r in _requirements() if r.name == "python-telegram-bot"]
    assert "rate-limiter" not in telegram.extras


def test_pytest_asyncio_is_new_enough_for_the_options_the_tests_use() -> None:
    # loop_scope and asyncio_default_fixture_loop_scope arrived in pytest-asyncio 0.24.
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]
    assert "asyncio_default_fixture_loop_scope" in options["ini_options"]
    [plugin] = [r for r in _requirements() if r.name == "pytest-asyncio"]
    assert not plugin.specifier.contains("0.23.8") and plugin.specifier.contains("0.24.0")


def test_no_private_api_of_a_dependency_is_used() -> None:
    problems = []
    for path in _sources():
        where = path.relative_to(ROOT)
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                parts = node.module.split(".")
                private = [p for p in parts if p.startswith("_") and not p.startswith("__")]
                if parts[0] not in PACKAGES and private:
                    problems.append(f"{where}:{node.lineno} imports {node.module}")
            if isinstance(node, ast.Attribute) and node.attr in AIOSQLITE_INTERNALS:
                problems.append(f"{where}:{node.lineno} reaches aiosqlite's {node.attr}")
    assert problems == []
