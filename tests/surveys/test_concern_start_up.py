"""The detector's patterns are compiled on first use, once, never by a command that does not read
children's words; and what it finds is the same however and whenever they are compiled."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.safeguarding import lines_of
from surveys import concerns, on_first_use
from surveys.on_first_use import OnFirstUse

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
_TEST_VALUE = "a test's own value"

# Run as ``hearme --help`` is, in a fresh process: every call that compiles a regular
# expression is watched (``re.compile`` and the module functions all go through
# ``re._compile``), then the holders' state is read, then everything is warmed up for scale.
_HELP_THEN_WARM = """
import json, re, sys
compiled = []
_compile = re._compile
def watched(pattern, flags):
    compiled.append(len(pattern) if isinstance(pattern, (str, bytes)) else 0)
    return _compile(pattern, flags)
re._compile = watched
from bot.cli import main
sys.argv = ["hearme", "--help"]
try:
    main()
except SystemExit:
    pass
from surveys import concerns, on_first_use
after_help = {holder.name: holder.built for holder in on_first_use.holders()}
help_chars = sum(compiled)
concerns.warm_up()
after_warm_up = {holder.name: holder.built for holder in on_first_use.holders()}
print(json.dumps({"after_help": after_help, "after_warm_up": after_warm_up,
                  "help_chars": help_chars, "warm_up_chars": sum(compiled) - help_chars}),
      file=sys.stderr)
"""


def test_help_compiles_none_of_the_detectors_patterns() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _HELP_THEN_WARM], capture_output=True, text=True, check=True
    )
    assert "Usage: hearme" in done.stdout
    state = json.loads(done.stderr.strip().splitlines()[-1])
    # The help imported the detector (the bot's commands need its names), compiled nothing of it.
    assert {"concern phrase lists", "concern clauses", "concern clusters"} <= set(
        state["after_help"]
    )
    assert not any(state["after_help"].values()), state["after_help"]
    assert all(state["after_warm_up"].values()), state["after_warm_up"]
    # Nor did anything else compile patterns of the detector's size on import: a module that
    # compiles its lists at module level (not through OnFirstUse) shows up here.
    assert state["help_chars"] < state["warm_up_chars"] * 0.05, state


def test_a_value_is_built_once_however_many_threads_ask_at_once() -> None:
    builds: list[int] = []

    def build() -> object:
        builds.append(1)
        time.sleep(0.05)  # long enough for every thread to be waiting on it
        return object()

    holder = OnFirstUse(_TEST_VALUE, build)
    assert not holder.built
    start = threading.Barrier(8)

    def ask(_: int) -> object:
        start.wait()
        return holder.get()

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(ask, range(8)))
    assert len(builds) == 1 and holder.built
    assert all(value is got[0] for value in got)
    assert holder in on_first_use.holders()
    holder.forget()
    assert not holder.built
    assert holder.get() is not got[0] and len(builds) == 2


def _detectors() -> list[OnFirstUse[object]]:
    return [holder for holder in on_first_use.holders() if holder.name != _TEST_VALUE]


def test_detection_is_the_same_compiled_by_racing_threads_as_warmed_up() -> None:
    texts = [
        line
        for name in ("disclosures.txt", "ordinary.txt", "near_misses.txt", "worries.txt")
        for line in lines_of(CORPORA / name)[:150]
    ]
    concerns.warm_up()
    expected = [concerns.detect(text) for text in texts]
    rules_alone = [concerns.detect(text, learned=False) for text in texts]
    assert any(found is not None for found in expected)
    assert any(found is None for found in expected)
    for holder in _detectors():
        holder.forget()
    assert not any(holder.built for holder in _detectors())

    # Every thread's first message arrives before anything is compiled.
    with ThreadPoolExecutor(8) as pool:
        found = list(pool.map(concerns.detect, texts))
    assert found == expected
    assert [concerns.detect(text, learned=False) for text in texts] == rules_alone
    assert all(holder.built for holder in _detectors())
