"""How meetings went, from the short "After my review" feedback: red/amber/green and the rest.

The red/amber/green question is collated by quarter (as the paper sheets were); every other
choice question gets its own quarter-by-answer table. Options are taken from the answers, in the
order first met, so a new question in the survey shows up without a change here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from reports import ids
from reports.anonymise import CellBook, Figure, Published, publish
from reports.document import (
    Chart,
    Document,
    Table,
    chart_value,
    standard_notes,
    survey_payload,
)
from reports.periods import quarters
from reports.redaction import Decisions
from reports.tally import Responses, item_id, option_grid, quotes, tally


@dataclass(frozen=True)
class Feedback:
    """Exact tallies per question and quarter; :func:`publish_feedback` decides what is shown."""

    start: date
    end: date
    quarters: tuple[str, ...]
    questions: tuple[tuple[str, tuple[str, ...]], ...]  # (item, its options), RAG first
    by_quarter: dict[str, dict[str, Counter[str]]]
    responses: Responses


def _questions(responses: Responses) -> list[tuple[str, tuple[str, ...]]]:
    options: dict[str, list[str]] = {}
    for row in responses.choices:
        if row.question_id != ids.QUOTE_CONSENT:
            seen = options.setdefault(item_id(row.question_id, row.core_id), [])
            for choice in row.choices:
                if choice not in seen:
                    seen.append(choice)
    found: list[tuple[str, tuple[str, ...]]] = []
    for item, seen in options.items():
        if item == ids.RAG_QUESTION or all(c in ids.RAG for c in seen):
            found.append((item, ids.RAG))
        elif all(c in ids.AGREEMENT for c in seen):
            found.append((item, ids.AGREEMENT))
        else:
            found.append((item, tuple(seen)))
    # The red/amber/green question leads the report.
    found.sort(key=lambda pair: pair[1] != ids.RAG)
    return found


def count_feedback(responses: Responses, start: date, end: date) -> Feedback:
    """Tally every choice question of ``after_my_review`` by quarter."""
    questions = tuple(_questions(responses))
    counted = tally(responses, dict(questions))
    return Feedback(
        start=start,
        end=end,
        quarters=tuple(quarters(start, end)),
        questions=questions,
        by_quarter={item: counted[item].by_quarter for item, _ in questions},
        responses=responses,
    )


def _label(item: str) -> str:
    return ids.FEEDBACK_LABELS.get(item, item.replace("_", " ").capitalize())


def _option_label(option: str) -> str:
    return (
        ids.RAG_LABELS.get(option)
        or ids.AGREEMENT_LABELS.get(option)
        or (option.replace("_", " ").capitalize())
    )


def publish_feedback(
    f: Feedback,
    *,
    exact: bool,
    names: set[str] | frozenset[str] = frozenset(),
    decisions: Decisions | None = None,
) -> Document:
    """The feedback report, anonymised unless ``exact``; ``names`` are redacted from quotes."""
    book = CellBook()
    book.add(("respondents",), f.responses.respondents)
    for item, options in f.questions:
        option_grid(book, ("f", item), "quarter", f.quarters, f.by_quarter[item], options)
    pub = publish(book, exact=exact)
    tables: list[Table] = []
    questions_json: list[dict[str, Any]] = []
    for item, options in f.questions:
        table, entry = _question(pub, f, item, options)
        tables.append(table)
        questions_json.append(entry)
    chosen, held = quotes(f.responses, names, ids.FEEDBACK_TEXTS, decisions)
    return Document(
        kind="feedback",
        title="How children felt their reviews went",
        period=f"{f.start.isoformat()} to {f.end.isoformat()}",
        exact=exact,
        tables=tuple(tables),
        quotes=chosen,
        notes=standard_notes(exact, held=len(held)),
        held=held,
        payload=survey_payload(
            "feedback",
            exact=exact,
            start=f.start,
            end=f.end,
            respondents=pub.count(("respondents",)),
            quotes=chosen,
            questions=questions_json,
        ),
    )


def _question(
    pub: Published, f: Feedback, item: str, options: tuple[str, ...]
) -> tuple[Table, dict[str, Any]]:
    key = ("f", item)
    rows: list[tuple[Figure, ...]] = []
    for group in (*f.quarters, None):
        where = key if group is None else (*key, "quarter", group)
        base = (*where, "n")
        counts = [pub.count((*where, o)) for o in options]
        shares = [pub.percent((*where, o), base) for o in options]
        rows.append((group or "All", pub.count(base), *counts, *shares))
    header = (
        "Quarter",
        "Children answering",
        *(_option_label(o) for o in options),
        *(f"{_option_label(o)} (%)" for o in options),
    )
    chart = Chart(
        "bar",
        tuple(str(r[0]) for r in rows[:-1]),
        tuple(
            (_option_label(o), tuple(chart_value(r[2 + i]) for r in rows[:-1]))
            for i, o in enumerate(options)
        ),
    )
    entry: dict[str, Any] = {
        "id": item,
        "rag": options == ids.RAG,
        "n": rows[-1][1],
        "counts": dict(zip(options, rows[-1][2 : 2 + len(options)], strict=True)),
        "percent": dict(zip(options, rows[-1][2 + len(options) :], strict=True)),
        "by_quarter": {
            str(r[0]): dict(zip(options, r[2 : 2 + len(options)], strict=True)) for r in rows[:-1]
        },
    }
    return Table(f"q_{item}"[:31], _label(item), header, tuple(rows), chart), entry
