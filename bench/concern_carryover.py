"""How far the learned layer carries over to wordings it has never seen: leave one batch out.

    python -m bench.concern_carryover                  # the batches nearest county lines
    python -m bench.concern_carryover --all            # every batch and section of the corpora
    python -m bench.concern_carryover exploitation-h unsafe_home-g

Each adversarial batch (``adversarial.txt``, "# --- kind (batch x: ...) ---") was written in one
voice before the rules were run over it, so a batch the model was not trained on is a fair
stand-in for a fresh probe. For each batch asked for, the model is trained on everything else in
the tuning corpora and counts how many of the batch's lines it would raise a worry for. The
rules are no measure here: each batch was fixed until the rules caught all of it, so "rules or
model" is always the whole batch; the model's own figure is what says how a fresh wording fares.

False alarms are measured the same way: the ordinary sections (``ordinary.txt``,
``near_misses.txt``) are shared out between the runs, and each run also leaves its share out of
training and counts how many of those lines the model alarms on. That is stricter than the
five-fold estimate that sets the threshold (near-identical lines of one section can no longer sit
on both sides), and is the figure to keep at or under 1%.

Never run over ``bench/corpora/heldout`` or ``bench/corpora/second_hand``: those corpora are
measured by ``make bench`` only.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.concern_model import DISCLOSURE_FILES, ORDINARY_FILES, TUNING, trained_from
from surveys.concern_learning import EPOCHS
from surveys.concerns import normalise

# The batches nearest what the held-out figures still miss: the fresh probes of county lines
# and of the kinds of harm beside it (the default, as 2 shared cores make the whole run slow).
NEAREST: tuple[str, ...] = (
    "adversarial:exploitation-e", "adversarial:exploitation-f", "adversarial:exploitation-g",
    "adversarial:exploitation-h", "adversarial:exploitation-i", "adversarial:unsafe_home-e",
    "adversarial:unsafe_home-f", "adversarial:unsafe_home-g", "adversarial:trafficking-g",
    "adversarial:sexual_exploitation-g",
)
_HEADER = re.compile(r"^# --- (?P<kind>[a-z_]+)(?: \(batch (?P<batch>[a-z])\b.*)?.*---\s*$")


@dataclass(frozen=True)
class Run:
    """One batch left out: what the model caught of it and of the ordinary lines left out."""

    key: str
    caught: int
    lines: int
    false_alarms: int
    ordinary: int
    threshold: float


def sections(path: Path) -> dict[str, list[str]]:
    """A corpus file's messages by section, normalised, keyed ``file:kind`` or ``file:kind-x``.

    Sections are opened by a "# --- kind ---" line, or "# --- kind (batch x: ...) ---"; a kind
    met twice in one file (without a batch letter) is one section. Lines before the first
    header belong to no section and are left out.
    """
    found: dict[str, list[str]] = {}
    key = None
    for line in path.read_text(encoding="utf-8").splitlines():
        header = _HEADER.match(line)
        if header is not None:
            batch = header.group("batch")
            kind = header.group("kind") + (f"-{batch}" if batch else "")
            key = f"{path.stem}:{kind}"
            found.setdefault(key, [])
        elif key is not None and line.strip() and not line.startswith("#"):
            found[key].append(normalise(line))
    return found


def carry_over(
    keys: Sequence[str], corpora: Path = TUNING, *, epochs: int = EPOCHS
) -> list[Run]:
    """Train once per key without that section and count what the model makes of it.

    Args:
        keys: Sections of the disclosure files (see :func:`sections`) to leave out, one a run.
        corpora: The folder of tuning corpora.
        epochs: Passes over the training set for each run.

    Returns:
        One :class:`Run` per key, in order.
    """
    positive = {k: v for name in DISCLOSURE_FILES for k, v in sections(corpora / name).items()}
    negative = {k: v for name in ORDINARY_FILES for k, v in sections(corpora / name).items()}
    unknown = [key for key in keys if key not in positive]
    if unknown:
        known = ", ".join(sorted(positive))
        raise SystemExit(f"no section {', '.join(unknown)} in {corpora}; known: {known}")
    # Ordinary sections shared out round robin: at least five shares, so a run never trains
    # without four fifths of the ordinary answers.
    shares = max(len(keys), 5)
    share_of = {k: i % shares for i, k in enumerate(sorted(negative))}
    runs = []
    for index, key in enumerate(keys):
        disclosures = [m for k, v in positive.items() if k != key for m in v]
        ordinary = [m for k, v in negative.items() if share_of[k] != index for m in v]
        left_out = [m for k, v in negative.items() if share_of[k] == index for m in v]
        model = trained_from(disclosures, ordinary, epochs=epochs)
        runs.append(Run(
            key=key,
            caught=sum(model.suggests_harm(m) for m in positive[key]),
            lines=len(positive[key]),
            false_alarms=sum(model.suggests_harm(m) for m in left_out),
            ordinary=len(left_out),
            threshold=model.threshold,
        ))
    return runs


def report(runs: Sequence[Run]) -> str:
    """The runs as a table, with totals."""
    rows = [f"{'left out':42} {'caught':>8} {'threshold':>9}   ordinary left out: false alarms"]
    for run in runs:
        rows.append(f"{run.key:42} {run.caught:>3}/{run.lines:<4} {run.threshold:>9.4f}   "
                    f"{run.false_alarms}/{run.ordinary}")
    caught, lines = sum(r.caught for r in runs), sum(r.lines for r in runs)
    alarms, ordinary = sum(r.false_alarms for r in runs), sum(r.ordinary for r in runs)
    rows.append(f"{'total':42} {caught:>3}/{lines:<4} {'':9}   {alarms}/{ordinary} "
                f"({100 * alarms / max(ordinary, 1):.1f}%)")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the leave-one-batch-out table; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.concern_carryover",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("keys", nargs="*", help="sections to leave out, e.g. exploitation-h")
    parser.add_argument("--all", action="store_true", help="every section of the corpora")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args(argv)
    if args.all:
        keys = [k for name in DISCLOSURE_FILES for k in sections(TUNING / name)]
    else:
        keys = [k if ":" in k else f"adversarial:{k}" for k in args.keys] or list(NEAREST)
    started = time.perf_counter()
    print(report(carry_over(keys, epochs=args.epochs)))
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
