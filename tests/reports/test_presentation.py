"""Reports as councils publish them: year columns with counts and %, words not field names,
charts that read (round ticks, wrapped labels, red drawn red, "c" not zero), tidy workbooks."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from reports import collect
from reports.charts import nice_ticks, svg
from reports.document import Chart, Table
from reports.feedback import count_feedback, publish_feedback
from reports.render import render_html, render_xlsx
from reports.tally import Responses
from storage.report_counts import ChoiceTally
from tests.reports.builders import Builder, fill_surveys, open_builder
from tests.reports.test_participation import _fill

SPAN = (date(2023, 4, 1), date(2026, 3, 31))
YEAR = (date(2025, 4, 1), date(2026, 3, 31))


@pytest.fixture
async def builder(tmp_path: Path) -> Any:
    b = await open_builder(tmp_path)
    await _fill(b)
    await fill_surveys(b)
    yield b
    await b.db.close()


def _table(doc: Any, table_id: str) -> Table:
    return next(t for t in doc.tables if t.id == table_id)


async def test_pn_table_has_counts_and_shares_and_bands_for_every_year(builder: Builder) -> None:
    doc = await collect.participation_document(builder.db.reader, *SPAN)
    pn = _table(doc, "pn_codes")
    assert pn.header == (
        "Code",
        "Meaning",
        "2023-24",
        "2023-24 (%)",
        "2024-25",
        "2024-25 (%)",
        "2025-26",
        "2025-26 (%)",
    )
    pn1 = next(row for row in pn.rows if row[0] == "PN1")
    assert pn1[2:6] == (10, 14.1, 15, 21.1)
    bands = _table(doc, "by_band")
    assert bands.header[1:4] == ("2023-24 reviews aged 4+", "2023-24 took part", "2023-24 rate (%)")
    teens = next(row for row in bands.rows if row[0] == "12–15")
    assert teens[1:4] == (63, 43, 68.3)
    years = doc.payload["by_age_band_years"]
    assert set(years) == {"2023-24", "2024-25", "2025-26"}
    assert doc.payload["years"][0]["code_percent"]["PN7"] == 28.2
    html = render_html(doc)
    # Year headings keep on one line: a non-breaking hyphen in the page.
    assert "2024\u201125 (%)" in html and "Participation rate by age band and year" in html


async def test_tell_us_more_says_how_many_responded_and_plots_no_consent(
    builder: Builder,
) -> None:
    doc = await collect.satisfaction_document(builder.db.reader, builder.cipher, *YEAR, exact=True)
    # 13 completed of 13 sent in the fixture.
    assert doc.lead == ("13 of 13 children responded.",)
    assert doc.payload["sent"] == 13
    ids = [s["id"] for s in doc.payload["statements"]]
    assert "consent_to_quote" not in ids
    chart = doc.tables[0].chart
    assert chart is not None and all("onsent" not in label for label in chart.labels)
    assert "13 of 13 children responded." in render_html(doc)


def test_feedback_headings_are_words() -> None:
    rows = [
        ChoiceTally(question, question, (option,), "12_15", "2025-05", 12, n)
        for n, (question, option) in enumerate(
            [
                ("how_it_went", "red"),
                ("where_when_right", "yes"),
                ("right_people", "no"),
                ("consent_to_quote", "yes"),
            ]
        )
    ]
    doc = publish_feedback(count_feedback(Responses.of(12, rows), *YEAR), exact=False)
    titles = [t.title for t in doc.tables]
    assert titles == [
        "How did your meeting go?",
        "Where and when were right",
        "The right people were there",
    ]
    shown = re.sub(r"<[^>]+>", " ", render_html(doc))  # what a reader sees, not element ids
    assert "where_when_right" not in shown and "Where when right" not in shown


def test_axis_ticks_are_round() -> None:
    assert nice_ticks(37) == [0, 10, 20, 30, 40]
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(1234) == [0, 500, 1000, 1500]
    drawn = svg(Chart("bar", ("a", "b"), (("n", (37.0, 12.0)),)), "t")
    labels = re.findall(r'text-anchor="end" font-size="11">([^<]+)<', str(drawn))
    assert labels == ["0", "10", "20", "30", "40"]


def test_red_is_red_suppressed_is_c_and_labels_wrap() -> None:
    chart = Chart(
        "bar",
        ("2025-26 Q1", "2025-26 Q2"),
        (("Red", (3.0, "c")), ("Amber", (5.0, 6.0)), ("Green", (9.0, None))),
    )
    drawn = str(svg(chart, "How did your meeting go?"))
    red = re.findall(r'<rect [^>]*fill="url\(#hatch\)"[^>]*><title>Red', drawn)
    assert len(red) == 1  # the suppressed Red value is not drawn as a bar of any height
    assert 'id="hatch"' in drawn and "#D55E00" in drawn and 'fill="url(#dots)"' in drawn
    assert drawn.count('class="suppressed"') == 1 and "c = suppressed" in drawn
    long = Chart(
        "bar",
        tuple(f"My IRO helps me understand what is happening number {n}" for n in range(7)),
        (("% agreeing", tuple(float(n * 10) for n in range(7))),),
        unit="%",
    )
    text = str(svg(long, "Statements"))
    lines = re.findall(r"<tspan [^>]*>([^<]*)</tspan>", text)
    slot_chars = (640 - 60) / 7 / 6.2
    assert len(lines) > 7 and all(len(line) <= slot_chars + 1 for line in lines)
    assert "happening" in text  # wrapped, not cut off after 18 characters


async def test_workbook_has_widths_formats_and_readable_sheet_names(builder: Builder) -> None:
    doc = await collect.participation_document(builder.db.reader, *SPAN)
    book = load_workbook(io.BytesIO(render_xlsx(doc)))
    assert book.sheetnames[:3] == [
        "Participation codes by year",
        "Participation rate by age band",
        "By quarter, 2025-26",
    ]
    sheet = book["Participation codes by year"]
    assert sheet["A2"].value == "Code" and sheet["A2"].font.bold
    assert sheet.column_dimensions["B"].width >= 30  # the meanings fit
    assert sheet["D3"].number_format == "0.0" and sheet["C3"].number_format == "#,##0"
    assert sheet.freeze_panes == "B3"
