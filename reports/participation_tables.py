"""The participation report's tables, built from published (already suppressed) figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reports import ids
from reports.anonymise import Figure, Published
from reports.document import Chart, Table, chart_value

if TYPE_CHECKING:
    from reports.participation import Participation

_YES, _NO = "yes", "no"


def band_table(pub: Published, p: Participation, labels: tuple[str, ...]) -> Table:
    """Every year side by side: reviews of children 4+, how many took part, the rate."""
    bands = list(p.by_band[labels[-1]])
    rows: list[tuple[Figure, ...]] = []
    for band in bands:
        cells: list[Figure] = [ids.BAND_LABELS.get(band, band)]
        for y in labels:
            key = ("band", y, band)
            cells += [
                pub.count((*key, "all")),
                pub.count((*key, _YES)),
                pub.percent((*key, _YES), (*key, "all")),
            ]
        rows.append(tuple(cells))
    header = ["Age band"]
    for y in labels:
        header += [f"{y} reviews aged 4+", f"{y} took part", f"{y} rate (%)"]
    chart = Chart(
        "bar",
        tuple(ids.BAND_LABELS.get(b, b) for b in bands),
        tuple(
            (y, tuple(chart_value(row[3 + 3 * i]) for row in rows)) for i, y in enumerate(labels)
        ),
        unit="%",
    )
    return Table(
        "by_band", "Participation rate by age band and year", tuple(header), tuple(rows), chart
    )


def meetings_table(pub: Published, p: Participation, labels: tuple[str, ...]) -> Table:
    rows: list[tuple[Figure, ...]] = []
    for mode in (*ids.MODES, "unrecorded"):
        rows.append(
            (
                f"{ids.MODE_LABELS[mode]} (%)",
                *(pub.percent(("mode", y, mode), ("pn", y, "total")) for y in labels),
            )
        )
    rows.append(("Child chaired their review", *(pub.count(("chaired", y, _YES)) for y in labels)))
    rows.append(
        (
            "IRO spoke with the child beforehand (%)",
            *(pub.percent(("spoke", y, _YES), ("spoke", y, "recorded")) for y in labels),
        )
    )
    return Table("meetings", "How meetings were held", ("", *labels), tuple(rows))


def returns_table(pub: Published, p: Participation) -> Table:
    rows: list[tuple[Figure, ...]] = []
    for band in (*p.returns, "all"):
        rows.append(
            (
                ids.BAND_LABELS.get(band, "All ages"),
                pub.count(("returns", band, "sent")),
                pub.count(("returns", band, "completed")),
                pub.percent(("returns", band, "completed"), ("returns", band, "sent")),
            )
        )
    return Table(
        "my_review_returns",
        f"My Review sent and returned, {p.years[-1].period.label}",
        ("Age band", "Sent", "Returned", "Return rate (%)"),
        tuple(rows),
    )


def group_table(
    pub: Published, kind: str, groups: dict[str, tuple[int, int]], heading: str, title: str
) -> Table:
    rows: list[tuple[Figure, ...]] = []
    for group in groups:
        name = ids.BAND_LABELS.get(group, group)
        rows.append(
            (
                name,
                pub.count((kind, group, "all")),
                pub.count((kind, group, _YES)),
                pub.percent((kind, group, _YES), (kind, group, "all")),
            )
        )
    chart = None
    if kind == "quarter":
        chart = Chart(
            "line",
            tuple(groups),
            (("Participation rate", tuple(chart_value(row[3]) for row in rows)),),
            unit="%",
        )
    return Table(
        f"by_{kind}",
        title,
        (heading, "Reviews aged 4+", "Took part (PN1–PN6)", "Participation rate (%)"),
        tuple(rows),
        chart,
    )
