"""How the learned layer's weights are fitted: stochastic gradient descent on the log loss, the
weights kept as their mean over the last passes.

Pure arithmetic over n-grams, apart from the model it serves (``surveys.concern_learning``),
which sets the folds, thresholds and heads and writes the weights out.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import Final

# The first pass's step size (the n-th pass's is this over n) and the pull of each weight
# towards zero at every step it is touched.
RATE: Final = 3.0
L2: Final = 1e-4
# The weights are averaged over every step from this share of the passes on (:func:`fit`): the
# last two of ten. Leaving each blind hand out (``bench.concern_carryover --hands``) with seeds
# 13, 14 and 15, the last step's weights made urgent, by the model alone, between 1,428 and
# 1,548 of the five hands' 2,316 serious lines, and one hand's figure moved by up to 62 lines
# (the fifth's: 269 to 331 of 491) with the seed alone. Averaged over the last two passes,
# 1,504 to 1,527, one hand by at most 25 (the seventh's, 237 to 262 of 483), any alert 1,630
# to 1,642 against 1,544 to 1,642, and as many alarms on the hands' ordinary answers (22 or 23
# of 1,994, against 21 to 24). Over the last five: 1,493 to 1,530 and at most 23, but a near
# miss the model was trained on raised a worry.
AVERAGE_FROM: Final = 0.8

# One training example: its n-grams, its label (1: an alert) and how much it counts.
Example = tuple[list[str], int, float]


def sigmoid(odds: float) -> float:
    """The probability for log-odds ``odds``, without overflow either way."""
    if odds >= 0:
        return 1.0 / (1.0 + math.exp(-odds))
    exp = math.exp(odds)
    return exp / (1.0 + exp)


def score(weights: dict[str, float], bias: float, grams: Sequence[str]) -> float:
    """The log-odds ``weights`` and ``bias`` give a message of n-grams ``grams``."""
    # Each message's known n-grams count as a vector of length one: a long answer is not more
    # alarming than a short one just for having more n-grams. Training and reading both count
    # only n-grams the model knows, so the two agree.
    if not grams:
        return bias
    return bias + sum(weights.get(g, 0.0) for g in grams) / math.sqrt(len(grams))


def fit(
    examples: Sequence[Example], *, seed: int, kept: frozenset[str], epochs: int
) -> tuple[dict[str, float], float]:
    """Stochastic gradient descent on the log loss, classes weighted to count equally (each
    example counting as its own weight: a blind hand's line more than a written sign), and the
    weights averaged over every step of the later passes (:data:`AVERAGE_FROM`).

    The average, not the last step: the last pass still moves each weight by a tenth of the
    first's, so the weights it ends on depend on the order its last messages were read in, and
    a line near the bar is caught or not by the shuffle alone.
    """
    positives = sum(weight for _, label, weight in examples if label)
    negatives = sum(weight for _, label, weight in examples if not label)
    total = positives + negatives
    # Each class carries half the loss, however many examples it has.
    class_weight = {1: total / (2.0 * max(positives, 1e-9)),
                    0: total / (2.0 * max(negatives, 1e-9))}
    weights: dict[str, float] = {}
    bias = 0.0
    mean = Mean()
    order = list(range(len(examples)))
    shuffler = random.Random(seed)
    for epoch in range(epochs):
        shuffler.shuffle(order)
        rate = RATE / (1.0 + epoch)
        averaging = epoch >= AVERAGE_FROM * epochs
        for index in order:
            grams, label, weight = examples[index]
            active = [g for g in grams if g in kept]
            step = (rate * weight * class_weight[label]
                    * (label - sigmoid(score(weights, bias, active))))
            bias += step
            share = step / math.sqrt(len(active)) if active else 0.0
            changes = []
            for gram in active:
                old = weights.get(gram, 0.0)
                change = share - rate * L2 * old
                weights[gram] = old + change
                changes.append(change)
            if averaging:
                mean.add(active, changes, step)
    return mean.of(weights, bias)


class Mean:
    """The mean of the weights and bias over the steps it is told of, kept without a copy per
    step: after n steps it is the last weights less ``drift / n``, where each step adds its
    change times the number of steps before it (only the n-grams a step changed are touched)."""

    def __init__(self) -> None:
        self.drift: dict[str, float] = {}
        self.bias_drift = 0.0
        self.steps = 0

    def add(self, grams: Sequence[str], changes: Sequence[float], bias_change: float) -> None:
        """One step: each of ``grams`` moved by its change, the bias by ``bias_change``."""
        drift, before = self.drift, self.steps
        for gram, change in zip(grams, changes, strict=True):
            drift[gram] = drift.get(gram, 0.0) + before * change
        self.bias_drift += before * bias_change
        self.steps += 1

    def of(self, weights: dict[str, float], bias: float) -> tuple[dict[str, float], float]:
        """The mean, given the weights and bias after the last step (themselves if none)."""
        if not self.steps:
            return weights, bias
        return ({g: w - self.drift.get(g, 0.0) / self.steps for g, w in weights.items()},
                bias - self.bias_drift / self.steps)
