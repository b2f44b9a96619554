"""Review timeliness, as every IRO annual report publishes it.

The first review is due within 20 working days of the child becoming looked after, the second
within 3 months of the first, and each later one within 6 months of the one before. A review
held on or before its due day is on time. Counted per April–March year (by the day the review
was held), the latest year also by quarter; the late reviews are listed only in the exact
version, for admins chasing them.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reports.anonymise import CellBook, Figure, Published, publish
from reports.document import EXACT_NOTE, SUPPRESSION_NOTE, Chart, Document, Table, chart_value
from reports.periods import Period, quarter_of, quarters
from reports.working_days import add_working_days
from storage.review_history import ReviewHistory

KINDS: tuple[str, ...] = ("first", "second", "later")
KIND_LABELS = {
    "first": "First reviews (due within 20 working days)",
    "second": "Second reviews (due within 3 months)",
    "later": "Later reviews (due within 6 months)",
}
_KIND_SHORT = {"first": "First reviews", "second": "Second reviews", "later": "Later reviews"}
FIRST_REVIEW_WORKING_DAYS = 20
_ON, _LATE = "on_time", "late"
NOTE = (
    "Only children with a date they became looked after (date_looked_after in the children "
    "import) are counted, and only reviews that took place."
)


@dataclass(frozen=True)
class TimedReview:
    """One review held, with the day it was due."""

    child_ref: str
    number: int  # 1 for the first review after becoming looked after
    held_on: date
    due: date

    @property
    def kind(self) -> str:
        """``first``, ``second`` or ``later``."""
        return KINDS[min(self.number, 3) - 1]

    @property
    def on_time(self) -> bool:
        """Held on or before the day it was due."""
        return self.held_on <= self.due

    @property
    def days_late(self) -> int:
        """Calendar days after the due day (0 when on time)."""
        return max((self.held_on - self.due).days, 0)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def time_reviews(history: ReviewHistory) -> list[TimedReview]:
    """Each of a child's reviews with the day it was due, in order."""
    timed: list[TimedReview] = []
    previous: date | None = None
    for number, held_on in enumerate(history.reviews, start=1):
        if previous is None:
            due = add_working_days(history.looked_after, FIRST_REVIEW_WORKING_DAYS)
        else:
            due = add_months(previous, 3 if number == 2 else 6)
        timed.append(TimedReview(history.child_ref, number, held_on, due))
        previous = held_on
    return timed


@dataclass(frozen=True)
class Timeliness:
    """Exact counts; :func:`publish_timeliness` decides what may be shown."""

    years: tuple[Period, ...]
    by_kind: dict[tuple[str, str], tuple[int, int]]  # (year label, kind) -> (on time, late)
    by_quarter: dict[str, tuple[int, int]]  # latest year's quarters
    late: tuple[TimedReview, ...]  # in the span, oldest first


def count_timeliness(histories: Sequence[ReviewHistory], years: Sequence[Period]) -> Timeliness:
    """Count reviews on time and late per year and kind, and the latest year by quarter."""
    if not years:
        raise ValueError("at least one year is needed")
    counts: Counter[tuple[str, str, bool]] = Counter()
    quarter_counts: Counter[tuple[str, bool]] = Counter()
    late: list[TimedReview] = []
    last = years[-1]
    for history in histories:
        for review in time_reviews(history):
            year = next((p for p in years if p.contains(review.held_on)), None)
            if year is None:
                continue
            counts[(year.label, review.kind, review.on_time)] += 1
            if year is last:
                quarter_counts[(quarter_of(review.held_on), review.on_time)] += 1
            if not review.on_time:
                late.append(review)
    return Timeliness(
        years=tuple(years),
        by_kind={
            (p.label, kind): (counts[(p.label, kind, True)], counts[(p.label, kind, False)])
            for p in years
            for kind in KINDS
        },
        by_quarter={
            q: (quarter_counts[(q, True)], quarter_counts[(q, False)])
            for q in quarters(last.start, last.end)
        },
        late=tuple(sorted(late, key=lambda r: (r.held_on, r.child_ref))),
    )


def _book(t: Timeliness) -> CellBook:
    book = CellBook()
    for period in t.years:
        y = period.label
        book.grid(
            [[("kind", y, k, _ON), ("kind", y, k, _LATE)] for k in KINDS],
            [list(t.by_kind[(y, k)]) for k in KINDS],
            [("kind", y, k, "all") for k in KINDS],
            [("year", y, _ON), ("year", y, _LATE)],
            ("year", y, "all"),
        )
        book.headline(*(key for key in book.values if key[:2] in (("year", y), ("kind", y))))
    y = t.years[-1].label
    names = list(t.by_quarter)
    book.grid(
        [[("quarter", q, _ON), ("quarter", q, _LATE)] for q in names],
        [list(t.by_quarter[q]) for q in names],
        [("quarter", q, "all") for q in names],
        [("year", y, _ON), ("year", y, _LATE)],
        ("year", y, "all"),
    )
    return book


def publish_timeliness(t: Timeliness, *, exact: bool) -> Document:
    """The timeliness report, anonymised unless ``exact`` (which also lists late reviews)."""
    pub = publish(_book(t), exact=exact)
    labels = tuple(p.label for p in t.years)

    def key(y: str, kind: str | None, field: str) -> tuple[str, ...]:
        return ("year", y, field) if kind is None else ("kind", y, kind, field)

    def row(label: str, kind: str | None, field: str) -> tuple[Figure, ...]:
        if field == "percent":
            return (label, *(pub.percent(key(y, kind, _ON), key(y, kind, "all")) for y in labels))
        return (label, *(pub.count(key(y, kind, field)) for y in labels))

    rows: list[tuple[Figure, ...]] = [
        row("Reviews held", None, "all"),
        row("Held on time", None, _ON),
        row("Held late", None, _LATE),
        row("On time (%)", None, "percent"),
    ]
    for kind in KINDS:
        rows.append(row(KIND_LABELS[kind], kind, "all"))
        rows.append(row(f"{_KIND_SHORT[kind]} on time (%)", kind, "percent"))
    latest = labels[-1]
    quarter_rows = tuple(
        (
            q,
            pub.count(("quarter", q, "all")),
            pub.count(("quarter", q, _ON)),
            pub.count(("quarter", q, _LATE)),
            pub.percent(("quarter", q, _ON), ("quarter", q, "all")),
        )
        for q in t.by_quarter
    )
    tables = [
        Table(
            "timeliness",
            "Reviews held on time, by year",
            ("", *labels),
            tuple(rows),
            Chart(
                "bar",
                labels,
                (("On time (%)", tuple(chart_value(v) for v in rows[3][1:])),),
                unit="%",
            ),
        ),
        Table(
            "timeliness_by_quarter",
            f"Reviews held on time by quarter, {latest}",
            ("Quarter", "Reviews held", "On time", "Late", "On time (%)"),
            quarter_rows,
        ),
    ]
    if exact:
        tables.append(_late_table(t))
    return Document(
        kind="timeliness",
        title="Were reviews held on time?",
        period=f"{t.years[0].start.isoformat()} to {t.years[-1].end.isoformat()}",
        exact=exact,
        tables=tuple(tables),
        notes=(NOTE, EXACT_NOTE if exact else SUPPRESSION_NOTE),
        payload=_payload(pub, t, labels, exact),
    )


def _late_table(t: Timeliness) -> Table:
    return Table(
        "late_reviews",
        "Late reviews (for admins: not for publication)",
        ("Child", "Review", "Due by", "Held on", "Days late"),
        tuple(
            (r.child_ref, r.number, r.due.isoformat(), r.held_on.isoformat(), r.days_late)
            for r in t.late
        ),
    )


def _payload(pub: Published, t: Timeliness, labels: tuple[str, ...], exact: bool) -> dict[str, Any]:
    years = [
        {
            "label": y,
            "reviews": pub.count(("year", y, "all")),
            "on_time": pub.count(("year", y, _ON)),
            "late": pub.count(("year", y, _LATE)),
            "percent_on_time": pub.percent(("year", y, _ON), ("year", y, "all")),
            "by_kind": {
                kind: {
                    "reviews": pub.count(("kind", y, kind, "all")),
                    "on_time": pub.count(("kind", y, kind, _ON)),
                    "percent_on_time": pub.percent(
                        ("kind", y, kind, _ON), ("kind", y, kind, "all")
                    ),
                }
                for kind in KINDS
            },
        }
        for y in labels
    ]
    payload: dict[str, Any] = {
        "report": "timeliness",
        "exact": exact,
        "years": years,
        "by_quarter": [
            {
                "quarter": q,
                "reviews": pub.count(("quarter", q, "all")),
                "on_time": pub.count(("quarter", q, _ON)),
                "percent_on_time": pub.percent(("quarter", q, _ON), ("quarter", q, "all")),
            }
            for q in t.by_quarter
        ],
    }
    if exact:
        payload["late_reviews"] = [
            {
                "child_ref": r.child_ref,
                "review": r.number,
                "due": r.due.isoformat(),
                "held": r.held_on.isoformat(),
                "days_late": r.days_late,
            }
            for r in t.late
        ]
    return payload
