"""How children took part in their reviews: the PN0–PN7 table, several years side by side.

Works the same on imported history and on reviews held through hearme: only reviews with a
participation code count (the IRO codes a review once it is held). The participation rate is
PN1–PN6 over reviews of children aged 4 or over (PN1–PN7), so PN0 never lowers it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reports import ids
from reports import participation_tables as table_of
from reports.anonymise import CellBook, Figure, Published, publish
from reports.document import Chart, Document, Table, chart_value, standard_notes
from reports.periods import Period, current_year, quarter_of, quarters, year_label, year_start
from storage.report_counts import ReviewTally

_YES, _NO = "yes", "no"


@dataclass(frozen=True)
class YearCounts:
    """One April–March year (or part of one) of coded reviews."""

    period: Period
    codes: dict[str, int]
    modes: dict[str, int]
    chaired: tuple[int, int]  # (chaired, did not chair) where it was recorded
    spoke: tuple[int, int]  # (IRO spoke with the child beforehand, did not) where recorded


@dataclass(frozen=True)
class Participation:
    """Exact counts; :func:`publish_participation` decides what may be shown."""

    years: tuple[YearCounts, ...]
    by_band: dict[str, dict[str, tuple[int, int]]]  # year label -> band -> (took part, PN7)
    by_quarter: dict[str, tuple[int, int]]  # the latest year
    returns: dict[str, tuple[int, int]]  # my_review in the latest year: (completed, not returned)


def count_participation(
    reviews: Sequence[ReviewTally],
    my_review_returns: Mapping[str, tuple[int, int]],
    years: Sequence[Period],
) -> Participation:
    """Count coded reviews per year and age band, and the latest year by quarter and returns.

    Args:
        reviews: coded reviews in the span of ``years``, counted per month and detail.
        my_review_returns: ``my_review`` runs sent in the latest year, per age band:
            ``(completed, not completed)``.
        years: the April–March years to show, oldest first; the last is the one broken down.
    """
    if not years:
        raise ValueError("at least one year is needed")
    by_label = {period.label: index for index, period in enumerate(years)}
    codes = [Counter[str]() for _ in years]
    modes = [Counter[str]() for _ in years]
    flags = [Counter[tuple[str, bool]]() for _ in years]
    # Reviews of children aged 4 or over: (year, band, took part); the latest by quarter.
    by_band_split: Counter[tuple[int, str, bool]] = Counter()
    by_quarter_split: Counter[tuple[str, bool]] = Counter()
    for tally in reviews:
        if tally.participation_code not in ids.CODES:
            continue
        month = _month(tally.month)
        index = by_label.get(year_label(year_start(month).year))
        if index is None:
            continue
        count = tally.count
        codes[index][tally.participation_code] += count
        recorded = 0
        for mode in ids.MODES:
            modes[index][mode] += tally.modes.get(mode, 0)
            recorded += tally.modes.get(mode, 0)
        modes[index]["unrecorded"] += count - recorded
        for name, (yes, no) in (("chaired", tally.chaired), ("spoke", tally.spoke)):
            flags[index][(name, True)] += yes
            flags[index][(name, False)] += no
        if tally.participation_code != "PN0":
            took_part = tally.participation_code in ids.PARTICIPATING
            by_band_split[(index, tally.age_band, took_part)] += count
            if index == len(years) - 1:
                by_quarter_split[(quarter_of(month), took_part)] += count
    counted = tuple(
        YearCounts(
            period=period,
            codes={code: codes[i][code] for code in ids.CODES},
            modes={mode: modes[i][mode] for mode in (*ids.MODES, "unrecorded")},
            chaired=(flags[i][("chaired", True)], flags[i][("chaired", False)]),
            spoke=(flags[i][("spoke", True)], flags[i][("spoke", False)]),
        )
        for i, period in enumerate(years)
    )
    # under_4 only appears when the data disagree (a PN1–PN7 review of an under-4).
    shown = [
        band
        for band in ids.BANDS
        if band != "under_4" or any(key[1] == band for key in by_band_split)
    ]
    by_band = {
        period.label: {
            band: (by_band_split[(i, band, True)], by_band_split[(i, band, False)])
            for band in shown
        }
        for i, period in enumerate(years)
    }
    last = years[-1]
    by_quarter = {
        label: (by_quarter_split[(label, True)], by_quarter_split[(label, False)])
        for label in quarters(last.start, last.end)
    }
    returns = {band: my_review_returns.get(band, (0, 0)) for band in ids.CONSULTED_BANDS}
    return Participation(counted, by_band, by_quarter, returns)


def _month(text: str) -> date:
    """The first day of a ``YYYY-MM`` month (years and quarters are whole months)."""
    return date(int(text[:4]), int(text[5:7]), 1)


def _book(p: Participation) -> CellBook:
    """Every count the report shows or lets a reader derive, with the sums that link them."""
    book = CellBook()
    for year in p.years:
        y = year.period.label
        for code, count in year.codes.items():
            book.add(("pn", y, code), count)
        book.add(("pn", y, "total"), sum(year.codes.values()))
        book.add(("pn", y, "aged4"), sum(year.codes[c] for c in ids.CODES[1:]))
        book.add(("pn", y, "took_part"), sum(year.codes[c] for c in ids.PARTICIPATING))
        book.equation(("pn", y, "total"), [("pn", y, c) for c in ids.CODES])
        book.equation(("pn", y, "aged4"), [("pn", y, c) for c in ids.CODES[1:]])
        book.equation(("pn", y, "took_part"), [("pn", y, c) for c in ids.PARTICIPATING])
        book.equation(("pn", y, "aged4"), [("pn", y, "took_part"), ("pn", y, "PN7")])
        book.equation(("pn", y, "total"), [("pn", y, "PN0"), ("pn", y, "aged4")])
        book.headline(*(key for key in book.values if key[:2] == ("pn", y)))
        for mode, count in year.modes.items():
            book.add(("mode", y, mode), count)
        book.equation(("pn", y, "total"), [("mode", y, m) for m in year.modes])
        for name, (yes, no) in (("chaired", year.chaired), ("spoke", year.spoke)):
            book.add((name, y, _YES), yes)
            book.add((name, y, _NO), no)
            book.add((name, y, "recorded"), yes + no)
            book.equation((name, y, "recorded"), [(name, y, _YES), (name, y, _NO)])
    for year in p.years:
        y = year.period.label
        split = p.by_band[y]
        book.grid(
            [[("band", y, g, _YES), ("band", y, g, _NO)] for g in split],
            [list(split[g]) for g in split],
            [("band", y, g, "all") for g in split],
            [("pn", y, "took_part"), ("pn", y, "PN7")],
            ("pn", y, "aged4"),
        )
    y = p.years[-1].period.label
    names = list(p.by_quarter)
    book.grid(
        [[("quarter", g, _YES), ("quarter", g, _NO)] for g in names],
        [list(p.by_quarter[g]) for g in names],
        [("quarter", g, "all") for g in names],
        [("pn", y, "took_part"), ("pn", y, "PN7")],
        ("pn", y, "aged4"),
    )
    bands = list(p.returns)
    book.grid(
        [[("returns", b, "completed"), ("returns", b, "open")] for b in bands],
        [list(p.returns[b]) for b in bands],
        [("returns", b, "sent") for b in bands],
        [("returns", "all", "completed"), ("returns", "all", "open")],
        ("returns", "all", "sent"),
    )
    return book


def publish_participation(p: Participation, *, exact: bool) -> Document:
    """The participation report, anonymised unless ``exact``."""
    pub = publish(_book(p), exact=exact)
    labels = tuple(year.period.label for year in p.years)
    latest = labels[-1]

    def per_year(key: str) -> tuple[Figure, ...]:
        return tuple(pub.count(("pn", y, key)) for y in labels)

    def rate(kind: str, group: str) -> Figure:
        if kind == "pn":
            return pub.percent(("pn", group, "took_part"), ("pn", group, "aged4"))
        return pub.percent((kind, *group.split("|"), _YES), (kind, *group.split("|"), "all"))

    def with_shares(key: str) -> tuple[Figure, ...]:
        # Each year's count, then its share of all coded reviews that year.
        return tuple(
            figure
            for y in labels
            for figure in (
                pub.count(("pn", y, key)),
                pub.percent(("pn", y, key), ("pn", y, "total")),
            )
        )

    def counts_only(key: str) -> tuple[Figure, ...]:
        return tuple(figure for y in labels for figure in (pub.count(("pn", y, key)), None))

    pn_rows: list[tuple[Figure, ...]] = [
        (code, ids.CODE_LABELS[code], *with_shares(code)) for code in ids.CODES
    ]
    pn_rows += [
        ("", "All coded reviews", *counts_only("total")),
        ("", "Reviews of children aged 4 or over", *counts_only("aged4")),
        ("", "Took part (PN1–PN6)", *counts_only("took_part")),
        (
            "",
            "Participation rate (%)",
            *(figure for y in labels for figure in (rate("pn", y), None)),
        ),
    ]
    pn_chart = Chart(
        "bar",
        ids.CODES,
        tuple((y, tuple(chart_value(pub.count(("pn", y, c))) for c in ids.CODES)) for y in labels),
    )
    tables = [
        Table(
            "pn_codes",
            "Participation codes by year",
            ("Code", "Meaning", *(h for y in labels for h in (y, f"{y} (%)"))),
            tuple(pn_rows),
            pn_chart,
        ),
        table_of.band_table(pub, p, labels),
        table_of.group_table(pub, "quarter", p.by_quarter, "Quarter", f"By quarter, {latest}"),
        table_of.meetings_table(pub, p, labels),
        table_of.returns_table(pub, p),
    ]
    return Document(
        kind="participation",
        title="How children took part in their reviews",
        period=f"{p.years[0].period.start.isoformat()} to {p.years[-1].period.end.isoformat()}",
        exact=exact,
        tables=tuple(tables),
        notes=standard_notes(exact),
        payload=_payload(pub, p, labels, rate),
    )


def _payload(
    pub: Published, p: Participation, labels: tuple[str, ...], rate: Callable[[str, str], Figure]
) -> dict[str, Any]:
    def year_entry(year: YearCounts) -> dict[str, Any]:
        y = year.period.label
        return {
            "label": y,
            "from": year.period.start.isoformat(),
            "to": year.period.end.isoformat(),
            "codes": {code: pub.count(("pn", y, code)) for code in ids.CODES},
            "code_percent": {
                code: pub.percent(("pn", y, code), ("pn", y, "total")) for code in ids.CODES
            },
            "reviews": pub.count(("pn", y, "total")),
            "reviews_4_and_over": pub.count(("pn", y, "aged4")),
            "participating": pub.count(("pn", y, "took_part")),
            "participation_rate": rate("pn", y),
            "mode_percent": {
                m: pub.percent(("mode", y, m), ("pn", y, "total"))
                for m in (*ids.MODES, "unrecorded")
            },
            "child_chaired": pub.count(("chaired", y, _YES)),
            "iro_spoke_beforehand_percent": pub.percent(
                ("spoke", y, _YES), ("spoke", y, "recorded")
            ),
        }

    years = [year_entry(year) for year in p.years]
    latest = years[-1]

    def groups(kind: str, names: list[str], year: str | None = None) -> list[dict[str, Any]]:
        prefix = (kind,) if year is None else (kind, year)
        return [
            {
                "group": g,
                "reviews_4_and_over": pub.count((*prefix, g, "all")),
                "participating": pub.count((*prefix, g, _YES)),
                "participation_rate": rate(kind, "|".join((*prefix[1:], g))),
            }
            for g in names
        ]

    latest_label = labels[-1]

    return {
        "report": "participation",
        "exact": pub.exact,
        "year": latest["label"],
        "codes": latest["codes"],
        "reviews_4_and_over": latest["reviews_4_and_over"],
        "participating": latest["participating"],
        "participation_rate": latest["participation_rate"],
        "years": years,
        "by_age_band": groups("band", list(p.by_band[latest_label]), latest_label),
        "by_age_band_years": {y: groups("band", list(p.by_band[y]), y) for y in labels},
        "by_quarter": groups("quarter", list(p.by_quarter)),
        "my_review_returns": [
            {
                "band": b,
                "sent": pub.count(("returns", b, "sent")),
                "completed": pub.count(("returns", b, "completed")),
                "rate": pub.percent(("returns", b, "completed"), ("returns", b, "sent")),
            }
            for b in (*p.returns, "all")
        ],
    }


def default_span(today: date, earlier_years: int = 2) -> tuple[date, date]:
    """The current April–March year and ``earlier_years`` before it, as councils publish."""
    this = current_year(today)
    return date(this.start.year - earlier_years, 4, 1), this.end
