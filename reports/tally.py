"""Counting survey answers by group, shared by the satisfaction and feedback reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from reports import ids
from reports.anonymise import CellBook, Key, QuoteCandidate, choose_quotes
from reports.document import Quote
from reports.periods import quarter_of
from storage.figures import AnswerRow, RunRow
from storage.times import day


@dataclass(frozen=True)
class Responses:
    """Completed runs of one survey in a period, with their answers grouped by run."""

    runs: tuple[RunRow, ...]
    answers: Mapping[int, tuple[AnswerRow, ...]]
    concern_runs: frozenset[int]

    @classmethod
    def of(
        cls, runs: Sequence[RunRow], answers: Iterable[AnswerRow], concern_runs: Iterable[int]
    ) -> Responses:
        by_run: dict[int, list[AnswerRow]] = {run.id: [] for run in runs}
        for answer in answers:
            if answer.run_id in by_run:
                by_run[answer.run_id].append(answer)
        return cls(tuple(runs), {k: tuple(v) for k, v in by_run.items()}, frozenset(concern_runs))


def item_id(answer: AnswerRow) -> str:
    """The id an answer is reported under: its core id when it has one (same item, any age)."""
    return answer.core_id or answer.question_id


def quarter(run: RunRow) -> str:
    """The quarter a run's answers were sent in."""
    return quarter_of(day(run.completed_at or run.created_at))


def tally(
    responses: Responses,
    item: str,
    options: Sequence[str],
    group_of: Callable[[RunRow], str],
) -> dict[str, Counter[str]]:
    """Per group, how many children chose each of ``options`` for ``item`` (skips not counted)."""
    groups: dict[str, Counter[str]] = {}
    for run in responses.runs:
        for answer in responses.answers[run.id]:
            if answer.kind == "choice" and item_id(answer) == item:
                chosen = [c for c in answer.choices if c in options]
                if chosen:
                    groups.setdefault(group_of(run), Counter())[chosen[0]] += 1
    return groups


def choice_items(responses: Responses, options: Sequence[str]) -> list[str]:
    """Items whose answers all come from ``options``, in the order they are first met."""
    seen: dict[str, bool] = {}
    for run in responses.runs:
        for answer in responses.answers[run.id]:
            if answer.kind == "choice" and answer.choices:
                fits = all(c in options for c in answer.choices)
                key = item_id(answer)
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


def consented(answers: Sequence[AnswerRow]) -> bool:
    """Did the child say yes to being quoted (anonymously) in this run?"""
    return any(a.question_id == ids.QUOTE_CONSENT and ids.CONSENT_YES in a.choices for a in answers)


def quotes(
    responses: Responses, names: Iterable[str], labels: Mapping[str, str]
) -> tuple[Quote, ...]:
    """Consented, redacted quotes from the free-text answers meant for the meeting.

    "Just for my IRO" notes and the words of any run that raised a concern are never quoted.
    """
    candidates = [
        QuoteCandidate(answer.text, consented(responses.answers[run.id]), item_id(answer))
        for run in responses.runs
        if run.id not in responses.concern_runs
        for answer in responses.answers[run.id]
        if answer.kind == "text" and answer.text and answer.audience != "iro_only"
    ]
    chosen = choose_quotes(candidates, respondents=len(responses.runs), names=names)
    return tuple(
        Quote(labels.get(question, question.replace("_", " ").capitalize()), text)
        for question, text in chosen
    )
