"""The start-up figure at its smallest: each row timed in fresh processes beside its baseline."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import startup


def test_help_is_timed_against_bare_python_and_against_compiling_the_detector(
    tmp_path: Path,
) -> None:
    rows = startup.run(0.002, tmp_path)
    assert [row.figure for row in rows] == [
        "start-up: hearme --help vs python -c pass",
        "start-up: hearme --help vs compiling the detector",
        "start-up: the bot's warm-up vs importing the detector",
    ]
    bare, against_eager, warm_up = rows
    assert bare.value == against_eager.value > 0
    assert against_eager.baseline == warm_up.value
    assert all(row.baseline is not None and row.baseline > 0 for row in rows)
    assert against_eager.goal.describe("s") == "ratio <= 0.5"
    assert "median of 1 fresh process each" in bare.note


def test_a_command_that_fails_is_reported_not_timed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup, "_WARM_UP", "import surveys.no_such_module")
    with pytest.raises(RuntimeError, match="no_such_module"):
        startup.run(0.002, Path("."))
