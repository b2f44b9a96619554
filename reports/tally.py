"""Counting survey answers by group, shared by the satisfaction and feedback reports.

SQLite hands over answers already counted per question, answer, age band and month
(:func:`storage.figures.choice_tallies`); everything here is one pass over those counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from reports.anonymise import CellBook, Key
from reports.document import HeldQuote, Quote
from reports.periods import quarter_of
from reports.redaction import Decisions, QuoteCandidate, pick_quotes
from storage.report_counts import ChoiceTally, QuotableAnswer


@dataclass(frozen=True)
class Responses:
    """One survey's completed runs in a period: how many, their choices counted, their quotes.

    ``choices`` are in the order children first gave them; ``quotable`` holds only words the
    child agreed may be quoted, meant for the meeting, from runs that raised no concern.
    """

    respondents: int
    choices: tuple[ChoiceTally, ...]
    quotable: tuple[QuotableAnswer, ...] = ()

    @classmethod
    def of(
        cls,
        respondents: int,
        choices: Iterable[ChoiceTally],
        quotable: Iterable[QuotableAnswer] = (),
    ) -> Responses:
        """Order the tallies as the answers were first given."""
        ordered = sorted(choices, key=lambda tally: tally.first_seen)
        return cls(respondents, tuple(ordered), tuple(quotable))


@dataclass
class Breakdown:
    """One item's option counts per age band and per quarter (skips not counted)."""

    by_band: dict[str, Counter[str]] = field(default_factory=dict)
    by_quarter: dict[str, Counter[str]] = field(default_factory=dict)


def item_id(question_id: str, core_id: str | None) -> str:
    """The id an answer is reported under: its core id when it has one (same item, any age)."""
    return core_id or question_id


@lru_cache(maxsize=256)
def quarter_of_month(month: str) -> str:
    """The quarter of a ``YYYY-MM`` month, e.g. ``2025-26 Q1`` for ``2025-05``."""
    return quarter_of(date(int(month[:4]), int(month[5:7]), 1))


def tally(responses: Responses, options: Mapping[str, Sequence[str]]) -> dict[str, Breakdown]:
    """Per item in ``options``: how many children chose each of its options, by group.

    A child's answer counts under the first of its choices that is one of the item's options;
    an answer with none of them (or a skip) is not counted. One pass over every tally.
    """
    found = {item: Breakdown() for item in options}
    for row in responses.choices:
        item = item_id(row.question_id, row.core_id)
        wanted = options.get(item)
        if wanted is None:
            continue
        chosen = next((c for c in row.choices if c in wanted), None)
        if chosen is None:
            continue
        breakdown = found[item]
        breakdown.by_band.setdefault(row.age_band, Counter())[chosen] += row.count
        quarter = quarter_of_month(row.month)
        breakdown.by_quarter.setdefault(quarter, Counter())[chosen] += row.count
    return found


def choice_items(responses: Responses, options: Sequence[str]) -> list[str]:
    """Items whose answers all come from ``options``, in the order they are first met."""
    seen: dict[str, bool] = {}
    for row in responses.choices:
        if row.choices:
            fits = all(c in options for c in row.choices)
            key = item_id(row.question_id, row.core_id)
            seen[key] = seen.get(key, True) and fits
    return [key for key, fits in seen.items() if fits]


def option_grid(
    book: CellBook,
    prefix: Key,
    dimension: str,
    groups: Sequence[str],
    counts: Mapping[str, Counter[str]],
    options: Sequence[str],
) -> None:
    """Add a groups × options table whose column totals are the item's overall counts.

    Every breakdown of one item shares the keys ``prefix + (option,)`` and ``prefix + ("n",)``,
    so suppression in one breakdown is checked against the others.
    """
    book.grid(
        [[(*prefix, dimension, g, o) for o in options] for g in groups],
        [[counts.get(g, Counter())[o] for o in options] for g in groups],
        [(*prefix, dimension, g, "n") for g in groups],
        [(*prefix, o) for o in options],
        (*prefix, "n"),
    )
    book.headline(*((*prefix, o) for o in options), (*prefix, "n"))


def quotes(
    responses: Responses,
    names: Iterable[str],
    labels: Mapping[str, str],
    decisions: Decisions | None = None,
) -> tuple[tuple[Quote, ...], tuple[HeldQuote, ...]]:
    """A few consented, redacted quotes per question, and those held for approval.

    "Just for my IRO" notes and the words of any run that raised a concern never reach
    ``responses.quotable``; :func:`reports.redaction.pick_quotes` picks and redacts, and holds
    a heavily redacted quote unless ``decisions`` approves its words.
    """
    candidates = [
        QuoteCandidate(
            answer.text,
            True,
            item_id(answer.question_id, answer.core_id),
            answer.answer_id,
            answer.child_id,
        )
        for answer in responses.quotable
    ]
    picked = pick_quotes(
        candidates, respondents=responses.respondents, names=names, decisions=decisions
    )

    def label(question: str) -> str:
        return labels.get(question, question.replace("_", " ").capitalize())

    shown = tuple(Quote(label(q.question_id), q.text) for q in picked if not q.held)
    held = tuple(
        HeldQuote(q.answer_id, q.child_id, label(q.question_id), q.text)
        for q in picked
        if q.held and q.answer_id is not None and q.child_id is not None
    )
    return shown, held
