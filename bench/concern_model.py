"""Train the learned second layer of concern detection again, or check the shipped weights.

    python -m bench.concern_model            # write surveys/data/concern_model.json
    python -m bench.concern_model --check    # exit 1 if training again writes another file

Trains only on the tuning corpora in ``tests/corpora``: the disclosures children have written
(``disclosures.txt``), the signs written from guidance (``guidance.txt``, and its second pass by
the structure of each kind of harm, ``structure.txt``, and the batches written in other voices,
``adversarial.txt``) and the ordinary answers (``ordinary.txt``, the near misses written beside
those batches, ``near_misses.txt``, and answers from children in Wales, ``ordinary_wales.txt``),
and the corpora other hands wrote blind, measured once and then tuned on (``third_hand/`` to
``sixteenth_hand/``: one file per kind). The held-out corpora in ``bench/corpora/heldout`` and
``bench/corpora/seventeenth_hand`` (their ordinary answers are the false alarms ``make bench``
reports) are never read here, so the bench measures the model on words it has not seen.

Each disclosure is serious harm or a worry by the section it is written in ("# --- bullying ---"
and "# --- upset ---" are worries; every other kind, and the mixed sections, serious): the
model's serious head learns serious harm against worries (those, and the worries written for it
in ``worries.txt``) and ordinary answers. A blind hand's line counts :data:`HAND_WEIGHT` times one
of the written corpora's.

The shipped file also holds a fingerprint of everything training reads (:func:`fingerprint`):
each message with its part (disclosure, ordinary answer, worry), whether it tells of serious
harm, its weight and the features it gives (so normalisation and the concepts' tables count,
without naming their modules), the training modules' settings and their source. The suite
compares it with the corpora and code as they are, in seconds, instead of training again for
minutes (``--check`` still does): a fingerprint that differs means the weights shipped are not
what training would give now, and the file must be written again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from surveys import concern_learning, concern_sgd
from surveys.concern_learning import EPOCHS, SEED, SHIPPED, Model, features, train
from surveys.concerns import WORRY, level_of, normalise

TUNING = Path(__file__).resolve().parents[1] / "tests" / "corpora"
DISCLOSURE_FILES = ("disclosures.txt", "guidance.txt", "structure.txt", "adversarial.txt")
# Ordinary answers from children in Wales (``ordinary_wales.txt``) too: without them the model
# had read Welsh more often in disclosures than in ordinary answers, and raised ordinary Welsh as
# harm (trained on every other of its lines, the model alone raised 7 of the other 75 Welsh
# ones, and 1 once trained; leaving the fifth hand out, it raised 397/491 of its serious lines
# against 404 without them, and leaving the thirteenth out, 411/468 against 410).
ORDINARY_FILES = ("ordinary.txt", "near_misses.txt", "ordinary_wales.txt", "ordinary_online.txt")
# Corpora measured once blind and then tuned on (their READMEs): one file per kind, disclosures
# split over several messages left out (they are read one part at a time).
HANDS = ("third_hand", "fourth_hand", "fifth_hand", "sixth_hand", "seventh_hand",
         "eighth_hand", "ninth_hand", "tenth_hand", "eleventh_hand",
         "twelfth_hand", "thirteenth_hand", "fourteenth_hand", "fifteenth_hand",
         "sixteenth_hand")
# How much a blind hand's line counts in training against one of the written corpora's: a hand
# writes as children do, in a way of their own, where the written corpora lean on guidance's
# words. Twice, leaving each hand out (``bench.concern_carryover --hands``): 741/1310 of the
# hands' serious lines urgent against 737 once, one ordinary answer fewer urgent (2/1192),
# one worry fewer (3/206).
HAND_WEIGHT = 2.0
# Worries written for the serious head alone (bullying, feeling low: not serious harm).
WORRY_FILES = ("worries.txt",)
# A section opens with "# --- kind ---" or "# --- kind (batch x: ...) ---"; after the letters
# a to z, batches are named by two (xa, xb, ...).
HEADER = re.compile(r"^# --- (?P<kind>[a-z_]+)(?: \(batch (?P<batch>[a-z]{1,2})\b.*)?.*---\s*$")


def messages(path: Path) -> list[str]:
    """The messages of a corpus file, normalised: one a line, no comments or blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [normalise(line) for line in lines if line.strip() and not line.startswith("#")]


def serious_flags(path: Path) -> list[bool]:
    """For each message of a disclosure file (as :func:`messages` reads them), whether it tells
    of serious harm: False in a section of a worry (bullying, upset), True everywhere else."""
    flags, serious = [], True
    for line in path.read_text(encoding="utf-8").splitlines():
        header = HEADER.match(line)
        if header is not None:
            serious = is_serious(header.group("kind"))
        elif line.strip() and not line.startswith("#"):
            flags.append(serious)
    return flags


def is_serious(kind: str) -> bool:
    """Whether a section's kind is serious harm (a kind no category names, a mixed one, is)."""
    return level_of((kind,)) != WORRY


@dataclass(frozen=True)
class Hand:
    """One blind hand's corpus, read: its disclosures (with whether each tells of serious harm,
    by the kind its file is named for) and its ordinary answers."""

    disclosures: list[str]
    serious: list[bool]
    ordinary: list[str]


def hand(folder: Path) -> Hand:
    """A blind hand's corpus: one file per kind (bullying and upset are worries, every other
    kind serious harm), ``ordinary.txt``; ``split.txt`` is left out."""
    disclosures: list[str] = []
    serious: list[bool] = []
    ordinary: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        if path.stem == "ordinary":
            ordinary += messages(path)
        elif path.stem != "split":
            found = messages(path)
            disclosures += found
            serious += [is_serious(path.stem)] * len(found)
    return Hand(disclosures, serious, ordinary)


@dataclass(frozen=True)
class TrainingSet:
    """What training reads, normalised: the disclosures (with whether each tells of serious
    harm), the ordinary answers and the worries, and how much each message counts
    (disclosures, then ordinary answers, then worries)."""

    disclosures: list[str]
    serious: list[bool]
    ordinary: list[str]
    worries: list[str]
    weights: list[float]


def training_set(corpora: Path = TUNING, *, hands: Sequence[str] = HANDS) -> TrainingSet:
    """The messages training reads from the tuning corpora in ``corpora``, with the blind
    hands named in ``hands``."""
    disclosures = [m for name in DISCLOSURE_FILES for m in messages(corpora / name)]
    serious = [f for name in DISCLOSURE_FILES for f in serious_flags(corpora / name)]
    ordinary = [m for name in ORDINARY_FILES for m in messages(corpora / name)]
    worries = [m for name in WORRY_FILES for m in messages(corpora / name)]
    weights = [1.0] * len(disclosures), [1.0] * len(ordinary)
    for name in hands:
        read = hand(corpora / name)
        disclosures += read.disclosures
        serious += read.serious
        ordinary += read.ordinary
        weights[0].extend([HAND_WEIGHT] * len(read.disclosures))
        weights[1].extend([HAND_WEIGHT] * len(read.ordinary))
    return TrainingSet(disclosures, serious, ordinary, worries,
                       [*weights[0], *weights[1], *[1.0] * len(worries)])


def trained(
    corpora: Path = TUNING, *, seed: int = SEED, hands: Sequence[str] = HANDS, epochs: int = EPOCHS
) -> Model:
    """The model trained from the tuning corpora in ``corpora``, with the blind hands named in
    ``hands`` (the carry-over measure leaves one out)."""
    return trained_on(training_set(corpora, hands=hands), seed=seed, epochs=epochs)


def trained_on(read: TrainingSet, *, seed: int = SEED, epochs: int = EPOCHS) -> Model:
    """The model trained from the messages of ``read``."""
    return trained_from(read.disclosures, read.ordinary, serious=read.serious,
                        worries=read.worries, weights=read.weights, seed=seed, epochs=epochs)


def trained_from(
    disclosures: Sequence[str],
    ordinary: Sequence[str],
    *,
    serious: Sequence[bool] | None = None,
    worries: Sequence[str] = (),
    weights: Sequence[float] | None = None,
    seed: int = SEED,
    epochs: int = EPOCHS,
) -> Model:
    """The model trained from normalised messages (the carry-over measure leaves some out);
    ``serious``, ``worries`` and ``weights`` as for :func:`surveys.concern_learning.train`."""
    return train(disclosures, ordinary, serious=serious, worries=worries, weights=weights,
                 seed=seed, epochs=epochs)


# The modules whose code turns the messages' features into the shipped weights (this one reads
# the corpora): their source and settings are part of the fingerprint. The code that makes the
# features (normalisation, the concepts' tables) needs no place here: each message's features
# are part of it.
TRAINING_CODE: tuple[ModuleType, ...] = (concern_learning, concern_sgd)


def fingerprint(read: TrainingSet, *, seed: int = SEED, epochs: int = EPOCHS) -> str:
    """sha256 (hex) of everything training reads: each message of ``read`` with its part,
    whether it tells of serious harm, its weight and its features in the order training reads
    them; ``seed`` and ``epochs``; and the source and settings (upper-case names bound to plain
    values) of :data:`TRAINING_CODE` and of this module. The same fingerprint, the same
    weights: training is deterministic."""
    digest = hashlib.sha256()
    for item in _fingerprinted(read, seed=seed, epochs=epochs):
        digest.update(json.dumps(item, ensure_ascii=True).encode("ascii") + b"\n")
    return digest.hexdigest()


def _fingerprinted(read: TrainingSet, *, seed: int, epochs: int) -> Iterator[object]:
    yield {"seed": seed, "epochs": epochs}
    for module in TRAINING_CODE:
        yield module.__name__, _settings(vars(module)), _source(str(module.__file__))
    # Named, not ``__name__``: run as ``python -m bench.concern_model``, this is ``__main__``.
    yield "bench.concern_model", _settings(globals()), _source(__file__)
    flags: list[bool | None] = [*read.serious, *[None] * (len(read.ordinary) + len(read.worries))]
    parts = (["disclosure"] * len(read.disclosures) + ["ordinary"] * len(read.ordinary)
             + ["worry"] * len(read.worries))
    texts = [*read.disclosures, *read.ordinary, *read.worries]
    for part, flag, weight, text in zip(parts, flags, read.weights, texts, strict=True):
        yield part, flag, weight, text, features(text)


def _source(path: str) -> str:
    # Read as text: a checkout with Windows line endings trains the same weights.
    return Path(path).read_text(encoding="utf-8")


def _settings(names: dict[str, object]) -> dict[str, object]:
    # Numbers, words and tuples of them; paths are left out (the corpora's and the shipped
    # file's differ from one checkout to the next, and what they hold is fingerprinted).
    def plain(value: object) -> bool:
        if isinstance(value, tuple):
            return all(plain(item) for item in value)
        return isinstance(value, bool | int | float | str)

    return {name: value for name, value in sorted(names.items())
            if name.isupper() and plain(value)}


def shipped_fingerprint() -> str | None:
    """The fingerprint written beside the shipped weights (None in a file without one)."""
    found = json.loads(SHIPPED.read_text(encoding="utf-8")).get("fingerprint")
    return None if found is None else str(found)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the shipped weights, or with ``--check`` compare them; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.concern_model", description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    read = training_set()
    model = trained_on(read)
    text = model.to_json(fingerprint=fingerprint(read))
    if args.check:
        same = SHIPPED.read_text(encoding="utf-8") == text
        print(f"{SHIPPED.name} {'matches' if same else 'differs from'} a fresh training run")
        return 0 if same else 1
    SHIPPED.write_text(text, encoding="utf-8")
    serious = len(model.serious.weights) if model.serious else 0
    print(f"wrote {SHIPPED.name}: {len(model.weights)} weights, {serious} in the serious head")
    return 0


if __name__ == "__main__":
    sys.exit(main())
