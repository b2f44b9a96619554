"""Figure 6: concern detection on the held-out corpus it was never tuned on.

``bench/corpora/heldout/`` holds one file per kind of harm, written from published safeguarding
indicators in children's words, plus ordinary answers and disclosures split over several
messages (see its README). Nothing else reads it: the unit tests tune on ``tests/corpora``.

Figures, first for the rules alone, then for the rules with the learned second layer
(``surveys.concern_learning``, trained on ``tests/corpora`` only): recall per file (for the rules
a serious-harm line counts only when it raises an *urgent* alert, a bullying or upset line on
any alert; with the learned layer, which only adds alerts, any alert counts, and the note says
how many were urgent, since only those give the child 999 and tell duty), recall on split
messages through ``detect_across``, false alarms on the ordinary answers, and the time per
message.
The same figures follow on ``bench/corpora/seventeenth_hand/``, written by three other hands.
Goals (issue 13): 100% recall on serious harm, false alarms at most 3%, at most 20 ms a message.
The figure is pure computation and takes about a second, whatever ``scale`` says.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.table import INFO, Goal, Row
from surveys import concern_learning
from surveys.concerns import URGENT, detect, detect_across, warm_up

HELD_OUT = Path(__file__).resolve().parent / "corpora" / "heldout"
# A held-out corpus written by people who never saw the detector or its corpora (see its
# README): the carry-over to other hands' words, reported beside the first. The second to sixteenth
# such corpora were measured once or twice each and then became tuning data (tests/corpora).
SEVENTEENTH_HAND = Path(__file__).resolve().parent / "corpora" / "seventeenth_hand"
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


def caught(text: str, *, worry_counts: bool, learned: bool = False) -> bool:
    """Whether ``text`` raises an alert at the level its file calls for."""
    found = detect(text, learned=learned)
    return found is not None and (worry_counts or found.level == URGENT)


def caught_split(line: str, *, learned: bool = False) -> bool:
    """Whether a disclosure sent as several messages raises an alert on one of them: urgent
    for the rules alone, any alert with the learned layer."""
    parts = line.split(SPLIT)
    for index, part in enumerate(parts):
        found = detect_across(parts[max(0, index - WINDOW) : index], part, learned=learned)
        if found is not None and (learned or found.level == URGENT):
            return True
    return False


def _percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def _figures(corpus: Path, learned: bool, *, hand: str = "") -> list[Row]:
    """The figures on one corpus for the rules alone, or for the rules with the learned layer.

    The rules alone must raise the *urgent* alert on serious harm (the goal). The learned
    layer only adds worries where the rules found nothing, so with it a line counts when it
    raises any alert at all: a person will read it. ``hand`` names the corpus in each figure
    (nothing for the first held-out corpus, so its figures keep their names).
    """
    # Compiling the patterns is the work of a process starting (``hearme run`` does it before
    # the first message, and ``bench --only startup`` times it), not of any one message.
    warm_up()
    way = ", rules + learned" if learned else ""
    prefix = f"safeguarding{hand}:"
    rows: list[Row] = []
    timings: list[float] = []
    files = sorted(p for p in corpus.glob("*.txt") if p.stem not in SPECIAL_FILES)
    for path in files:
        lines = lines_of(path)
        worry = path.stem in WORRY_FILES
        hits = urgent = 0
        for line in lines:
            started = time.perf_counter()
            found = detect(line, learned=learned)
            timings.append(time.perf_counter() - started)
            urgent += found is not None and found.level == URGENT
            hits += found is not None and (worry or learned or found.level == URGENT)
        how = " (any alert)" if worry or learned else " (urgent)"
        if learned and not worry:
            # Any alert reaches a person; only an urgent one gives the child 999 and tells duty.
            how = f" (any alert; {urgent} urgent)"
        rows.append(
            Row(
                f"{prefix} recall {path.stem}{way}",
                _percent(hits, len(lines)),
                None,
                "%",
                INFO if worry or learned else RECALL_GOAL,
                note=f"{hits}/{len(lines)} caught{how}",
            )
        )
    if (corpus / "split.txt").exists():
        split = lines_of(corpus / "split.txt")
        split_hits = sum(caught_split(line, learned=learned) for line in split)
        rows.append(
            Row(
                f"{prefix} recall split messages{way}",
                _percent(split_hits, len(split)),
                None,
                "%",
                INFO if learned else RECALL_GOAL,
                note=f"{split_hits}/{len(split)} caught over {WINDOW + 1} messages at most",
            )
        )
    ordinary = lines_of(corpus / "ordinary.txt")
    alarms = 0
    for line in ordinary:
        started = time.perf_counter()
        alarms += detect(line, learned=learned) is not None
        timings.append(time.perf_counter() - started)
    rows.append(
        Row(
            f"{prefix} false alarms{way}",
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
            f"{prefix} time per message{way}",
            round(mean_ms, 3),
            None,
            "ms",
            SPEED_GOAL,
            note=f"mean over {len(timings)} messages; slowest {1000.0 * max(timings):.2f} ms",
        )
    )
    return rows


def run(scale: float, workdir: Path) -> list[Row]:
    """Every held-out figure, for the rules alone and then with the learned layer, on the
    held-out corpus and then on the seventeenth hand's; ``scale`` and ``workdir`` are unused (the
    corpora are small)."""
    del scale, workdir
    # Read the weights before timing, as a running bot has long since done.
    concern_learning.shipped()
    seventeenth = " (seventeenth hand)"
    return [
        *_figures(HELD_OUT, learned=False),
        *_figures(HELD_OUT, learned=True),
        *_figures(SEVENTEENTH_HAND, learned=False, hand=seventeenth),
        *_figures(SEVENTEENTH_HAND, learned=True, hand=seventeenth),
    ]
