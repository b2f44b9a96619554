"""How far the learned layer carries over to wordings it has never seen: leave one batch out.

    python -m bench.concern_carryover                  # the batches nearest county lines
    python -m bench.concern_carryover --all            # every batch and section of the corpora
    python -m bench.concern_carryover exploitation-h unsafe_home-g

Each adversarial batch (``adversarial.txt``, "# --- kind (batch x: ...) ---") was written in one
voice before the rules were run over it, so a batch the model was not trained on is a fair
stand-in for a fresh probe. For each batch asked for, the model is trained on everything else in
the tuning corpora and counts how many of the batch's lines it would raise an alert for, and how
many of them its serious head would make urgent (999 in the reply, the duty team told). The
rules are no measure here: each batch was fixed until the rules caught all of it, so "rules or
model" is always the whole batch; the model's own figure is what says how a fresh wording fares.

False alarms are measured the same way: the ordinary sections (``ordinary.txt``,
``near_misses.txt``) are shared out between the runs, and each run also leaves its share out of
training and counts how many of those lines the model alarms on. That is stricter than the
five-fold estimate that sets the threshold (near-identical lines of one section can no longer sit
on both sides), and is the figure to keep at or under 1%; the urgent false alarms (the serious
head's) are counted beside them. The worry sections (bullying and upset in the disclosure files,
and ``worries.txt``) are shared out the same way, and the worry lines left out that the serious
head would make urgent are counted: a child called names must not get the 999 reply.

``--hands`` measures the other way round, the honest stand-in for a new hand's corpus: leave one
blind hand out (``third_hand/`` to ``fifteenth_hand/``, in turn), train on everything else,
and count what the model makes of that hand's lines, words by people whose way of writing it never
read. Serious lines: any alert and urgent, from the model alone and with the rules (the detector as
shipped: the model asked only when the rules find nothing); worry lines the model alone would
make urgent; and the alerts on the hand's ordinary answers, from the rules alone and with the
model, any and urgent. The rules were tuned on every hand, so "with the rules" flatters the
third hand; the model's own figures are the fair ones.

A batch left out still shares its writers' habits with the batches kept; a hand left out does
not. Serious lines: the model alone (any alert, urgent) and with the rules (urgent); worry
lines the model made urgent; the ordinary answers' alerts with the model (the rules alone:
0/415 and 14/381), any and urgent:

============  =================  =================  ==========  =======  ==========
hand left out model: any, urgent  with rules: urgent worries     alarms   urgent
============  =================  =================  ==========  =======  ==========
third before  246/369, 218/369    363/369            1/62        3/415    1/415
third after   262/369, 245/369    363/369            2/62        3/415    1/415
fourth before 311/450, 228/450    361/450 (80%)      2/68        17/381   14/381
fourth after  313/450, 265/450    374/450 (83%)      2/68        16/381   15/381
============  =================  =================  ==========  =======  ==========

"Before" is the learned layer's settings as they were; "after" adds words one apart (``s:``),
the serious head's budget at 0.5% and the pruning (``surveys.concern_learning``). Both read
every other hand; the fourth's "before" row is the detector its README measured after its
round. The rules were tuned on the third hand, so only the model's own figures there say much.
Tried, one at a time over words one apart, and left: normalised stems (and their pairs) made
3-7 more lines urgent on the fourth hand and fewer on the third; five more concepts (marriage,
labels, groups, honour, and games and sport as ordinary context) nothing; a window of 7 words
for concept pairs nothing; 6, 8 or 15 passes fewer urgent on the third hand; L2 3e-5 or 3e-4 a
few lines either way; the first head's budget at 1% 20 more of the fourth's
serious lines as worries (none urgent), but the leave-one-batch-out measure had it alarm on
1.3% of ordinary lines. Leaving each batch out (the default run, on today's corpora, whose
ordinary sections have grown to 1,430 lines), before and after: 129/290 and 130/290 caught, 77
and 96 urgent; ordinary lines left out, alarms 25 (1.7%) and 21 (1.5%), urgent 3 and 5 (0.3%);
worry lines left out made urgent 2/104 and 3/104.

With three hands, each left out in turn (the fifth's rules not yet tuned on it, so its "with
rules" is the fair one: the rules alone alarm on 21/396 of its ordinary answers, and on none of
the others'), before and after this round's two changes (a blind hand's lines counting double
in training, ``bench.concern_model.HAND_WEIGHT``; the serious bar lowered by half a unit of
log-odds for words the first head raises, ``surveys.concern_learning.RAISED_MARGIN``):

============  =================  =================  ==========  =======  ==========
hand left out model: any, urgent  with rules: urgent worries     alarms   urgent
============  =================  =================  ==========  =======  ==========
third before  272/369, 247/369    369/369            1/62        2/415    0/415
third after   277/369, 256/369    369/369            0/62        2/415    0/415
fourth before 326/450, 275/450    450/450            2/68        1/381    1/381
fourth after  328/450, 300/450    450/450            2/68        1/381    1/381
fifth before  293/491, 215/491    373/491            1/76        24/396   23/396
fifth after   300/491, 241/491    385/491            1/76        23/396   22/396
============  =================  =================  ==========  =======  ==========

Of the fifth hand's 177 serious lines the rules did not make urgent, the model made 59 urgent
before and 71 after. Each change alone: counting the hands double, 741/1310 of the three hands'
serious lines urgent (737 before), one ordinary answer and one worry fewer urgent; three times,
727 (66 of the 177), but 4 ordinary answers urgent from the model alone, against 3. The margin
over the hands counted double: 0.25, 769; 0.5, 797; 0.75, 824 but 3 ordinary answers and 4
worries urgent; 1.0, 837 with 5 and 7. Lowering the serious bar itself (a larger
``SERIOUS_BUDGET``) by 0.25 or 0.5 log-odds: 778 and 826, with 3 and 4 ordinary answers urgent.
Tried and left: the words after "but" ("just", "though") read again as a feature of their own
(795 urgent, 68 of the 177); the first head's bar summed with the serious head's (852 urgent at
-0.5, but 14 worries urgent); the worry lines counting double or three times (72-73 of the 177
urgent at the margin of 0.5, but 789 and 774 urgent in all, and 4 ordinary answers urgent).

With the sixth hand, tried and left (model alone urgent, third to sixth hand left out: 269, 328,
260 and 319 as shipped): n-grams kept only when in four messages, 265, 322, 244, 319; one n-gram
kept for each set found in exactly the same messages, 260, 330, 244, 327; the threshold's folds
cut in runs of 20 lines, so a batch's near-twins fall on one side, 263, 341, 257, 339 (426/523 of
the sixth's serious lines urgent with the rules, against 417) but one more alarm on the fourth's.

Never run over ``bench/corpora/heldout`` or ``bench/corpora/seventeenth_hand``: those corpora are
measured by ``make bench`` only.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from unittest.mock import patch

from bench.concern_model import (
    DISCLOSURE_FILES,
    HANDS,
    HEADER,
    ORDINARY_FILES,
    TUNING,
    WORRY_FILES,
    is_serious,
    trained,
    trained_from,
)
from bench.safeguarding import lines_of
from surveys import concern_learning
from surveys.concern_learning import EPOCHS, LEARNED_SERIOUS, Model
from surveys.concerns import URGENT, detect, normalise

# The batches nearest what the held-out figures still miss: the fresh probes of county lines
# and of the kinds of harm beside it (the default, as 2 shared cores make the whole run slow).
NEAREST: tuple[str, ...] = (
    "adversarial:exploitation-e", "adversarial:exploitation-f", "adversarial:exploitation-g",
    "adversarial:exploitation-h", "adversarial:exploitation-i", "adversarial:unsafe_home-e",
    "adversarial:unsafe_home-f", "adversarial:unsafe_home-g", "adversarial:trafficking-g",
    "adversarial:sexual_exploitation-g",
)


@dataclass(frozen=True)
class Run:
    """One batch left out: what the model caught of it and of the ordinary lines left out.

    ``caught`` and ``false_alarms`` count any alert of the learned layer; ``urgent`` and
    ``urgent_false_alarms`` those its serious head makes urgent; ``worries_urgent`` the worry
    lines left out (of ``worries``) it would make urgent.
    """

    key: str
    caught: int
    lines: int
    false_alarms: int
    ordinary: int
    threshold: float
    urgent: int = 0
    urgent_false_alarms: int = 0
    worries: int = 0
    worries_urgent: int = 0
    serious_threshold: float = 0.0


def sections(path: Path) -> dict[str, list[str]]:
    """A corpus file's messages by section, normalised, keyed ``file:kind`` or ``file:kind-x``.

    Sections are opened by a "# --- kind ---" line, or "# --- kind (batch x: ...) ---"; a kind
    met twice in one file (without a batch letter) is one section. Lines before the first
    header belong to no section and are left out.
    """
    found: dict[str, list[str]] = {}
    key = None
    for line in path.read_text(encoding="utf-8").splitlines():
        header = HEADER.match(line)
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
    # Ordinary and worry sections shared out round robin: at least five shares, so a run never
    # trains without four fifths of the ordinary answers.
    shares = max(len(keys), 5)
    share_of = {k: i % shares for i, k in enumerate(sorted(negative))}
    extra = {k: v for name in WORRY_FILES for k, v in sections(corpora / name).items()}
    worries = sorted([*(k for k in positive if not is_serious(_kind(k))), *extra])
    share_of |= {k: i % shares for i, k in enumerate(worries)}
    every = positive | extra
    runs = []
    for index, key in enumerate(keys):
        kept = {k: v for k, v in positive.items() if k != key and share_of.get(k) != index}
        disclosures = [m for v in kept.values() for m in v]
        serious = [is_serious(_kind(k)) for k, v in kept.items() for _ in v]
        ordinary = [m for k, v in negative.items() if share_of[k] != index for m in v]
        left_out = [m for k, v in negative.items() if share_of[k] == index for m in v]
        more = [m for k, v in extra.items() if share_of[k] != index for m in v]
        worry_lines = [m for k in worries if share_of[k] == index and k != key for m in every[k]]
        model = trained_from(disclosures, ordinary, serious=serious, worries=more, epochs=epochs)
        heard = [_heard(model, positive[key]), _heard(model, left_out), _heard(model, worry_lines)]
        runs.append(Run(
            key=key,
            caught=len(heard[0]),
            lines=len(positive[key]),
            false_alarms=len(heard[1]),
            ordinary=len(left_out),
            threshold=model.threshold,
            urgent=heard[0].count(LEARNED_SERIOUS),
            urgent_false_alarms=heard[1].count(LEARNED_SERIOUS),
            worries=len(worry_lines),
            worries_urgent=heard[2].count(LEARNED_SERIOUS),
            serious_threshold=model.serious.threshold if model.serious else 0.0,
        ))
    return runs


def _kind(key: str) -> str:
    return key.split(":", 1)[1].split("-", 1)[0]


def _heard(model: Model, lines: Sequence[str]) -> list[str]:
    """The category the learned layer gives each line it raises an alert for."""
    return [c for c in map(model.category, lines) if c is not None]


def report(runs: Sequence[Run]) -> str:
    """The runs as a table, with totals: any alert, then urgent; thresholds of both heads."""
    rows = [f"{'left out':38} {'caught':>7} {'urgent':>7} {'thresholds':>13}   "
            "ordinary left out: alarms, urgent   worry lines: urgent"]
    for run in runs:
        rows.append(f"{run.key:38} {run.caught:>3}/{run.lines:<3} {run.urgent:>3}/{run.lines:<3} "
                    f"{run.threshold:>6.4f} {run.serious_threshold:>6.4f}   "
                    f"{run.false_alarms:>3}/{run.ordinary:<4} {run.urgent_false_alarms:>3}"
                    f"{'':17}{run.worries_urgent}/{run.worries}")
    lines = sum(r.lines for r in runs)
    caught, urgent = sum(r.caught for r in runs), sum(r.urgent for r in runs)
    alarms, ordinary = sum(r.false_alarms for r in runs), sum(r.ordinary for r in runs)
    urgent_alarms = sum(r.urgent_false_alarms for r in runs)
    worried, worries = sum(r.worries_urgent for r in runs), sum(r.worries for r in runs)
    rows.append(f"{'total':38} {caught:>3}/{lines:<3} {urgent:>3}/{lines:<3} {'':13}   "
                f"{alarms}/{ordinary} ({_percent(alarms, ordinary)}), "
                f"urgent {urgent_alarms} ({_percent(urgent_alarms, ordinary)})   "
                f"{worried}/{worries}")
    return "\n".join(rows)


@dataclass(frozen=True)
class HandRun:
    """One blind hand left out of training: what the model, and the rules with it, made of it.

    Over the ``serious`` lines: ``caught`` and ``urgent`` by the model alone (any alert, its
    serious head), ``with_rules`` and ``with_rules_urgent`` by the detector as shipped. Of the
    ``worries`` lines, ``worries_urgent`` the model alone would make urgent. Of the ``ordinary``
    answers, ``rules_alarms`` raise an alert by the rules alone, ``alarms`` and
    ``urgent_alarms`` with the model (any, urgent).
    """

    hand: str
    serious: int
    caught: int
    urgent: int
    with_rules: int
    with_rules_urgent: int
    worries: int
    worries_urgent: int
    ordinary: int
    rules_alarms: int
    alarms: int
    urgent_alarms: int


# A model that raises an alert whenever it is asked: tells which lines the detector asks it about.
_ASKED = Model(weights={}, bias=1000.0, threshold=0.5)


def _by_rules(line: str) -> tuple[bool, bool, bool]:
    """What the rules make of a line: any alert, an urgent one, and whether the learned layer
    would be asked (the rules found nothing, and saw no words of harm negated)."""
    found = detect(line, learned=False)
    if found is not None:
        return True, found.level == URGENT, False
    with patch.object(concern_learning, "shipped", return_value=_ASKED):
        return False, False, detect(line) is not None


def leave_hand_out(
    hands: Sequence[str] = HANDS, corpora: Path = TUNING, *, epochs: int = EPOCHS
) -> list[HandRun]:
    """Train once per hand without it (every other hand kept) and count what comes of its lines.

    Args:
        hands: The blind hands to leave out, one a run (folders of ``corpora``).
        corpora: The folder of tuning corpora.
        epochs: Passes over the training set for each run.

    Returns:
        One :class:`HandRun` per hand, in order.
    """
    unknown = [name for name in hands if name not in HANDS]
    if unknown:
        raise SystemExit(f"no blind hand {', '.join(unknown)}; known: {', '.join(HANDS)}")
    runs = []
    for name in hands:
        model = trained(corpora, hands=[h for h in HANDS if h != name], epochs=epochs)
        counts: dict[str, int] = dict.fromkeys(
            ("serious", "caught", "urgent", "with_rules", "with_rules_urgent", "worries",
             "worries_urgent", "ordinary", "rules_alarms", "alarms", "urgent_alarms"), 0)
        for path in sorted((corpora / name).glob("*.txt")):
            if path.stem == "split":
                continue
            for line in lines_of(path):
                heard = model.category(normalise(line))
                alert, urgent, asked = _by_rules(line)
                by_model = heard if asked else None
                if path.stem == "ordinary":
                    counts["ordinary"] += 1
                    counts["rules_alarms"] += alert
                    counts["alarms"] += alert or by_model is not None
                    counts["urgent_alarms"] += urgent or by_model == LEARNED_SERIOUS
                elif not is_serious(path.stem):
                    counts["worries"] += 1
                    counts["worries_urgent"] += heard == LEARNED_SERIOUS
                else:
                    counts["serious"] += 1
                    counts["caught"] += heard is not None
                    counts["urgent"] += heard == LEARNED_SERIOUS
                    counts["with_rules"] += alert or by_model is not None
                    counts["with_rules_urgent"] += urgent or by_model == LEARNED_SERIOUS
        runs.append(HandRun(hand=name, **counts))
    return runs


def hand_report(runs: Sequence[HandRun]) -> str:
    """The hands left out as a table: serious lines (model alone, with the rules), worry lines
    made urgent, ordinary answers' alerts (rules alone, with the model, urgent with it)."""
    rows = [f"{'left out':12} {'model: any':>13} {'urgent':>13}   {'with rules: any':>15} "
            f"{'urgent':>13}   {'worries urgent':>14}   ordinary: rules, + model, urgent"]
    for r in runs:
        rows.append(
            f"{r.hand:12} {_share(r.caught, r.serious):>13} {_share(r.urgent, r.serious):>13}   "
            f"{_share(r.with_rules, r.serious):>15} {_share(r.with_rules_urgent, r.serious):>13}"
            f"   {f'{r.worries_urgent}/{r.worries}':>14}   {r.rules_alarms}/{r.ordinary}, "
            f"{_share(r.alarms, r.ordinary)}, {_share(r.urgent_alarms, r.ordinary)}")
    return "\n".join(rows)


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} {100 * part / max(whole, 1):.0f}%"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / max(whole, 1):.1f}%"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the leave-one-batch-out table; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.concern_carryover",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("keys", nargs="*", help="sections to leave out, e.g. exploitation-h")
    parser.add_argument("--all", action="store_true", help="every section of the corpora")
    parser.add_argument("--hands", action="store_true",
                        help="leave each blind hand out in turn (third_hand to fifteenth_hand)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args(argv)
    if args.hands:
        started = time.perf_counter()
        print(hand_report(leave_hand_out(epochs=args.epochs)))
        print(f"({time.perf_counter() - started:.0f} s)")
        return 0
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
