"""Figure 6: concern detection on the held-out corpus it was never tuned on.

``bench/corpora/heldout/`` holds one file per kind of harm, written from published safeguarding
indicators in children's words, plus ordinary answers and disclosures split over several
messages (see its README). Nothing else reads it: the unit tests tune on ``tests/corpora``.

Figures: recall per file (a serious-harm line counts only when it raises an *urgent* alert; a
bullying or upset line counts on any alert), recall on split messages through
``detect_across``, false alarms on the ordinary answers, and the time per message.
Goals (issue 13): 100% recall on serious harm, false alarms at most 3%, at most 20 ms a message.
The figure is pure computation and takes about a second, whatever ``scale`` says.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.table import INFO, Goal, Row
from surveys.concerns import URGENT, detect, detect_across

HELD_OUT = Path(__file__).resolve().parent / "corpora" / "heldout"
WORRY_FILES = frozenset({"bullying", "upset"})
SPECIAL_FILES = frozenset({"ordinary", "split"})
SPLIT = " || "
# How many earlier messages a chat remembers (bot.safeguarding_memory keeps the same).
WINDOW = 2
RECALL_GOAL = Goal("value_at_least", 100.0)
FALSE_ALARM_GOAL = Goal("value_at_most", 3.0)
SPEED_GOAL = Goal("value_at_most", 20.0)


def lines_of(path: Path) -> list[str]:
    """The messages in a corpus file: one a line, without comments and blank lines."""
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def caught(text: str, *, worry_counts: bool) -> bool:
    """Whether ``text`` raises an alert at the level its file calls for."""
    found = detect(text)
    return found is not None and (worry_counts or found.level == URGENT)


def caught_split(line: str) -> bool:
    """Whether a disclosure sent as several messages raises an urgent alert on one of them."""
    parts = line.split(SPLIT)
    for index, part in enumerate(parts):
        found = detect_across(parts[max(0, index - WINDOW) : index], part)
        if found is not None and found.level == URGENT:
            return True
    return False


def _percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def run(scale: float, workdir: Path) -> list[Row]:
    """Every held-out figure; ``scale`` and ``workdir`` are unused (the corpus is small)."""
    del scale, workdir
    rows: list[Row] = []
    timings: list[float] = []
    files = sorted(p for p in HELD_OUT.glob("*.txt") if p.stem not in SPECIAL_FILES)
    for path in files:
        lines = lines_of(path)
        worry = path.stem in WORRY_FILES
        hits = 0
        for line in lines:
            started = time.perf_counter()
            hits += caught(line, worry_counts=worry)
            timings.append(time.perf_counter() - started)
        rows.append(
            Row(
                f"safeguarding: recall {path.stem}",
                _percent(hits, len(lines)),
                None,
                "%",
                INFO if worry else RECALL_GOAL,
                note=f"{hits}/{len(lines)} caught" + (" (a worry: any alert)" if worry else ""),
            )
        )
    split = lines_of(HELD_OUT / "split.txt")
    split_hits = sum(caught_split(line) for line in split)
    rows.append(
        Row(
            "safeguarding: recall split messages",
            _percent(split_hits, len(split)),
            None,
            "%",
            RECALL_GOAL,
            note=f"{split_hits}/{len(split)} caught over {WINDOW + 1} messages at most",
        )
    )
    ordinary = lines_of(HELD_OUT / "ordinary.txt")
    alarms = 0
    for line in ordinary:
        started = time.perf_counter()
        alarms += detect(line) is not None
        timings.append(time.perf_counter() - started)
    rows.append(
        Row(
            "safeguarding: false alarms",
            _percent(alarms, len(ordinary)),
            None,
            "%",
            FALSE_ALARM_GOAL,
            note=f"{alarms}/{len(ordinary)} ordinary answers raised an alert",
        )
    )
    mean_ms = 1000.0 * sum(timings) / len(timings)
    rows.append(
        Row(
            "safeguarding: time per message",
            round(mean_ms, 3),
            None,
            "ms",
            SPEED_GOAL,
            note=f"mean over {len(timings)} messages; slowest {1000.0 * max(timings):.2f} ms",
        )
    )
    return rows
