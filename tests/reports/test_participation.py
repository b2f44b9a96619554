"""The PN table, rate, breakdowns and returns against hand-computed figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reports import collect
from reports.render import participation_summary_text
from tests.reports.builders import Builder, many_reviews, open_builder

QUARTER_DAY = {"Q1": "2025-05-14", "Q2": "2025-08-14", "Q3": "2025-11-14", "Q4": "2026-02-14"}
# The latest year, by hand: (band, quarter, code, how many).
LATEST = [
    ("under_4", "Q1", "PN0", 7),
    ("8_11", "Q1", "PN1", 10),
    ("8_11", "Q1", "PN6", 6),
    ("8_11", "Q2", "PN7", 4),
    ("12_15", "Q2", "PN2", 8),
    ("12_15", "Q2", "PN5", 10),
    ("12_15", "Q3", "PN7", 4),
    ("4_7", "Q3", "PN3", 6),
    ("4_7", "Q3", "PN4", 6),
    ("16_plus", "Q4", "PN1", 10),
    ("16_plus", "Q4", "PN6", 6),
]
EARLIER = {
    "2023-24": {"PN0": 8, "PN1": 10, "PN2": 6, "PN3": 7, "PN4": 6, "PN5": 8, "PN6": 6, "PN7": 20},
    "2024-25": {"PN0": 6, "PN1": 15, "PN2": 10, "PN3": 6, "PN4": 7, "PN5": 6, "PN6": 9, "PN7": 12},
}
MODES = ["in_person"] * 40 + ["virtual"] * 20 + ["hybrid"] * 10 + [None] * 7


async def _fill(b: Builder) -> None:
    rows: list[tuple[str, str, str | None, str | None, bool | None, bool | None]] = []
    index = 0
    for band, quarter, code, count in LATEST:
        for n in range(count):
            chaired = True if index < 6 else (False if index < 20 else None)
            spoke = True if index < 45 else (False if index < 50 else None)
            at = f"{QUARTER_DAY[quarter]}T{10 + n % 8:02d}:00:00+00:00"
            rows.append((at, band, code, MODES[index], chaired, spoke))
            index += 1
    for label, codes in EARLIER.items():
        year = int(label[:4])
        for code, count in codes.items():
            band = "under_4" if code == "PN0" else "12_15"
            rows += [(f"{year}-09-{1 + n:02d}", band, code, None, None, None) for n in range(count)]
    # Not counted: uncoded (not yet held) and outside the span.
    rows += [
        ("2025-12-01", "8_11", None, None, None, None),
        ("2023-03-31", "8_11", "PN1", None, None, None),
    ]
    await many_reviews(b, rows)
    hashes = await b.survey("my_review")
    child = await b.child("RET", "Ret")
    for band, sent, done in (("8_11", 12, 9), ("12_15", 20, 5), ("16_plus", 10, 10)):
        for n in range(sent):
            await b.run(
                child,
                hashes,
                "my_review",
                band,
                status="completed" if n < done else "expired",
                sent=f"2025-06-{1 + n:02d}T09:00:00+00:00",
            )
    await b.run(child, hashes, "my_review", "8_11", sent="2025-03-01T09:00:00+00:00")


@pytest.fixture
async def builder(tmp_path: Path) -> Any:
    b = await open_builder(tmp_path)
    await _fill(b)
    yield b
    await b.db.close()


async def test_exact_figures_match_the_hand_count(builder: Builder) -> None:
    doc = await collect.participation_document(
        builder.db.reader, date(2023, 4, 1), date(2026, 3, 31), exact=True
    )
    p = doc.payload
    assert [y["label"] for y in p["years"]] == ["2023-24", "2024-25", "2025-26"]
    assert p["codes"] == {
        "PN0": 7,
        "PN1": 20,
        "PN2": 8,
        "PN3": 6,
        "PN4": 6,
        "PN5": 10,
        "PN6": 12,
        "PN7": 8,
    }
    assert (p["reviews_4_and_over"], p["participating"], p["participation_rate"]) == (70, 62, 88.6)
    earlier = {y["label"]: y for y in p["years"][:2]}
    assert earlier["2023-24"]["codes"] == EARLIER["2023-24"]
    assert (earlier["2023-24"]["reviews_4_and_over"], earlier["2023-24"]["participation_rate"]) == (
        63,
        68.3,
    )
    assert (earlier["2024-25"]["reviews"], earlier["2024-25"]["participation_rate"]) == (71, 81.5)
    bands = {
        g["group"]: (g["reviews_4_and_over"], g["participating"], g["participation_rate"])
        for g in p["by_age_band"]
    }
    assert bands == {
        "4_7": (12, 12, 100.0),
        "8_11": (20, 16, 80.0),
        "12_15": (22, 18, 81.8),
        "16_plus": (16, 16, 100.0),
    }
    quarters = {g["group"]: g["participation_rate"] for g in p["by_quarter"]}
    assert quarters == {
        "2025-26 Q1": 100.0,
        "2025-26 Q2": 81.8,
        "2025-26 Q3": 75.0,
        "2025-26 Q4": 100.0,
    }
    latest = p["years"][-1]
    assert latest["mode_percent"] == {
        "in_person": 51.9,
        "virtual": 26.0,
        "hybrid": 13.0,
        "unrecorded": 9.1,
    }
    assert (latest["child_chaired"], latest["iro_spoke_beforehand_percent"]) == (6, 90.0)
    returns = {r["band"]: (r["sent"], r["completed"], r["rate"]) for r in p["my_review_returns"]}
    assert returns == {
        "4_7": (0, 0, None),
        "8_11": (12, 9, 75.0),
        "12_15": (20, 5, 25.0),
        "16_plus": (10, 10, 100.0),
        "all": (42, 24, 57.1),
    }


async def test_rate_leaves_out_under_fours(builder: Builder) -> None:
    await many_reviews(
        builder, [(f"2025-07-{d:02d}", "under_4", "PN0", None, None, None) for d in range(1, 21)]
    )
    doc = await collect.participation_document(
        builder.db.reader, date(2025, 4, 1), date(2026, 3, 31), exact=True
    )
    assert doc.payload["codes"]["PN0"] == 27
    assert doc.payload["participation_rate"] == 88.6


async def test_anonymised_hides_small_cells_and_what_would_reveal_them(builder: Builder) -> None:
    doc = await collect.participation_document(
        builder.db.reader, date(2023, 4, 1), date(2026, 3, 31)
    )
    p = doc.payload
    bands = {g["group"]: g for g in p["by_age_band"]}
    # 4 children in 8–11 and 4 in 12–15 did not take part: hidden, and so is each band's rate.
    assert bands["8_11"]["participation_rate"] == "c"
    assert bands["12_15"]["participation_rate"] == "c"
    assert p["codes"]["PN1"] == 20
    returns = {r["band"]: r for r in p["my_review_returns"]}
    assert returns["12_15"]["completed"] == "c"
    assert returns["12_15"]["rate"] == "c"
    assert returns["16_plus"]["completed"] == 10 or returns["16_plus"]["completed"] == "c"
    text = participation_summary_text(doc)
    assert text.startswith("Participation 2025-26:") and "c = small number" in text
