"""What children said about their IRO ("Tell Us More"): % agreeing with each statement.

Each statement is counted over the children who chose one of Yes / Sometimes / No / Don't know;
skipped and "I don't want to say" answers are not in ``n``. Breakdowns by age band and by quarter
share their totals with the overall figures, so suppression holds across all of them.
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
    show_count,
    standard_notes,
    survey_payload,
)
from reports.periods import quarters
from reports.redaction import Decisions
from reports.tally import Responses, choice_items, option_grid, quotes, tally


@dataclass(frozen=True)
class Satisfaction:
    """Exact tallies per statement; :func:`publish_satisfaction` decides what may be shown."""

    start: date
    end: date
    respondents: int
    statements: tuple[str, ...]
    by_band: dict[str, dict[str, Counter[str]]]  # statement -> band -> option counts
    by_quarter: dict[str, dict[str, Counter[str]]]
    quarters: tuple[str, ...]
    responses: Responses
    sent: int = 0  # Tell Us More runs sent in the period, answered or not


def statement_ids(responses: Responses) -> tuple[str, ...]:
    """The known statements first (in the survey's order), then any other agreement items."""
    found = choice_items(responses, ids.AGREEMENT)
    # Consent to quote is answered yes/no, options agreement shares: it is not a statement.
    extra = (item for item in found if item not in ids.STATEMENTS and item != ids.QUOTE_CONSENT)
    return (*ids.STATEMENTS, *extra)


def count_satisfaction(
    responses: Responses, start: date, end: date, *, sent: int = 0
) -> Satisfaction:
    """Tally every statement overall, by age band and by quarter; ``sent`` runs were sent."""
    statements = statement_ids(responses)
    counted = tally(responses, {statement: ids.AGREEMENT for statement in statements})
    return Satisfaction(
        start=start,
        end=end,
        respondents=responses.respondents,
        statements=statements,
        by_band={s: counted[s].by_band for s in statements},
        by_quarter={s: counted[s].by_quarter for s in statements},
        quarters=tuple(quarters(start, end)),
        responses=responses,
        sent=sent,
    )


def _book(s: Satisfaction) -> CellBook:
    book = CellBook()
    book.add(("respondents",), s.respondents)
    book.add(("sent",), s.sent)
    for statement in s.statements:
        option_grid(
            book, ("s", statement), "band", ids.CONSULTED_BANDS, s.by_band[statement], ids.AGREEMENT
        )
        option_grid(
            book, ("s", statement), "quarter", s.quarters, s.by_quarter[statement], ids.AGREEMENT
        )
    return book


def _label(statement: str) -> str:
    return ids.STATEMENTS.get(statement, statement.replace("_", " ").capitalize())


def publish_satisfaction(
    s: Satisfaction,
    *,
    exact: bool,
    names: set[str] | frozenset[str] = frozenset(),
    decisions: Decisions | None = None,
) -> Document:
    """The satisfaction report, anonymised unless ``exact``; ``names`` are redacted from quotes."""
    pub = publish(_book(s), exact=exact)
    overall: list[tuple[Figure, ...]] = []
    statements_json: list[dict[str, Any]] = []
    for statement in s.statements:
        key = ("s", statement)
        shares = {o: pub.percent((*key, o), (*key, "n")) for o in ids.AGREEMENT}
        by_band = {b: _band_percent(pub, statement, b) for b in ids.CONSULTED_BANDS}
        by_quarter = {
            q: pub.percent((*key, "quarter", q, ids.POSITIVE), (*key, "quarter", q, "n"))
            for q in s.quarters
        }
        overall.append(
            (
                _label(statement),
                pub.count((*key, "n")),
                pub.count((*key, ids.POSITIVE)),
                *shares.values(),
            )
        )
        statements_json.append(
            {
                "id": statement,
                "statement": _label(statement),
                "n": pub.count((*key, "n")),
                "positive": pub.count((*key, ids.POSITIVE)),
                "percent_positive": shares[ids.POSITIVE],
                "percent": shares,
                "by_age_band": by_band,
                "by_quarter": by_quarter,
            }
        )
    labels = tuple(_label(st) for st in s.statements)
    tables = (
        Table(
            "statements",
            "Children agreeing with each statement",
            (
                "Statement",
                "Children answering",
                "Yes",
                *(f"{ids.AGREEMENT_LABELS[o]} (%)" for o in ids.AGREEMENT),
            ),
            tuple(overall),
            Chart(
                "bar",
                labels,
                (("% agreeing", tuple(chart_value(r[3]) for r in overall)),),
                unit="%",
            ),
            note="% agreeing is the share who answered Yes.",
        ),
        Table(
            "by_age_band",
            "% agreeing by age band",
            ("Statement", *(ids.BAND_LABELS[b] for b in ids.CONSULTED_BANDS)),
            tuple((_label(j["id"]), *j["by_age_band"].values()) for j in statements_json),
        ),
        Table(
            "by_quarter",
            "% agreeing by quarter",
            ("Statement", *s.quarters),
            tuple((_label(j["id"]), *j["by_quarter"].values()) for j in statements_json),
            Chart(
                "line",
                s.quarters,
                tuple(
                    (_label(j["id"]), tuple(chart_value(v) for v in j["by_quarter"].values()))
                    for j in statements_json
                ),
                unit="%",
            ),
        ),
    )
    chosen, held = quotes(s.responses, names, ids.TELL_US_MORE_TEXTS, decisions)
    return Document(
        kind="satisfaction",
        title="What children told us about their IRO",
        period=f"{s.start.isoformat()} to {s.end.isoformat()}",
        exact=exact,
        tables=tables,
        quotes=chosen,
        lead=(
            f"{show_count(pub.count(('respondents',)))} of {show_count(pub.count(('sent',)))} "
            "children responded.",
        ),
        notes=standard_notes(exact, held=len(held)),
        held=held,
        payload=survey_payload(
            "satisfaction",
            exact=exact,
            start=s.start,
            end=s.end,
            respondents=pub.count(("respondents",)),
            quotes=chosen,
            sent=pub.count(("sent",)),
            statements=statements_json,
        ),
    )


def _band_percent(pub: Published, statement: str, band: str) -> Figure:
    key = ("s", statement, "band", band)
    return pub.percent((*key, ids.POSITIVE), (*key, "n"))
