"""Review timeliness: 20 working days, 3 months, 6 months; by year and quarter; late ones."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from reports.timeliness import TimedReview, add_months, time_reviews
from reports.working_days import add_working_days, bank_holidays, is_working_day
from storage.review_history import ReviewHistory
from tests.reports.builders import open_builder
from tests.reports.test_cli import hearme

SPAN = ("--from", "2024-04-01", "--to", "2026-03-31")


def test_working_days_skip_weekends_and_bank_holidays() -> None:
    assert date(2025, 4, 18) in bank_holidays(2025) and date(2025, 4, 21) in bank_holidays(2025)
    assert date(2023, 1, 2) in bank_holidays(2023)  # New Year's Day on a Sunday
    assert {date(2021, 12, 27), date(2021, 12, 28)} <= bank_holidays(2021)  # Christmas Saturday
    assert date(2022, 9, 19) in bank_holidays(2022) and not is_working_day(date(2025, 5, 5))
    # Becoming looked after on Tuesday 1 April 2025: Easter takes two days out of the count.
    assert add_working_days(date(2025, 4, 1), 20) == date(2025, 5, 1)
    assert add_working_days(date(2025, 12, 19), 5) == date(2025, 12, 30)
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)


def test_each_review_is_due_from_the_one_before() -> None:
    history = ReviewHistory(
        "C1", date(2025, 4, 1), (date(2025, 5, 2), date(2025, 8, 1), date(2026, 2, 2))
    )
    assert time_reviews(history) == [
        TimedReview("C1", 1, date(2025, 5, 2), date(2025, 5, 1)),
        TimedReview("C1", 2, date(2025, 8, 1), date(2025, 8, 2)),
        TimedReview("C1", 3, date(2026, 2, 2), date(2026, 2, 1)),
    ]
    late, second, third = time_reviews(history)
    assert (late.on_time, late.days_late, late.kind) == (False, 1, "first")
    assert (second.on_time, second.kind, third.kind, third.days_late) == (
        True,
        "second",
        "later",
        1,
    )


@pytest.fixture
async def env(tmp_path: Path) -> dict[str, str]:
    b = await open_builder(tmp_path)
    for n in range(1, 13):
        child = await b.child(f"C{n}")
        await b.sql("UPDATE children SET date_looked_after = '2025-04-01' WHERE id = ?", (child,))
        on_time = n <= 8
        await b.review(child, "2025-04-29" if on_time else "2025-05-02", "12_15", "PN1")
        await b.review(child, "2025-07-29" if on_time else "2025-08-15", "12_15", "PN1")
        # A review still to come is not counted.
        await b.review(child, "2026-01-20", "12_15", None, held=False)
    for n in range(1, 11):
        child = await b.child(f"D{n}")
        await b.sql("UPDATE children SET date_looked_after = '2023-01-01' WHERE id = ?", (child,))
        for day in ("2023-01-20", "2023-04-20", "2023-10-20", "2024-04-19"):
            await b.review(child, day, "12_15", "PN6")
        await b.review(child, "2024-10-21" if n <= 3 else "2024-10-18", "12_15", "PN6")
    # Without a date looked after a child cannot be measured.
    unknown = await b.child("U1")
    await b.review(unknown, "2025-06-01", "12_15", "PN1")
    await b.db.close()
    return {
        **os.environ,
        "HEARME_DB": str(tmp_path / "hearme.db"),
        "HEARME_DATA_KEY": str(tmp_path / "hearme.key"),
    }


def test_exact_figures_and_the_late_list(env: dict[str, str]) -> None:
    done = hearme(env, "report", "timeliness", *SPAN, "--format", "json", "--exact")
    assert done.returncode == 0, done.stderr.decode()
    payload = json.loads(done.stdout)
    earlier, latest = payload["years"]
    assert (earlier["reviews"], earlier["on_time"], earlier["percent_on_time"]) == (20, 17, 85.0)
    assert earlier["by_kind"]["later"] == {"reviews": 20, "on_time": 17, "percent_on_time": 85.0}
    assert (latest["reviews"], latest["on_time"], latest["late"]) == (24, 16, 8)
    assert latest["percent_on_time"] == 66.7
    assert latest["by_kind"]["first"] == {"reviews": 12, "on_time": 8, "percent_on_time": 66.7}
    assert [(q["quarter"], q["reviews"], q["on_time"]) for q in payload["by_quarter"]] == [
        ("2025-26 Q1", 12, 8),
        ("2025-26 Q2", 12, 8),
        ("2025-26 Q3", 0, 0),
        ("2025-26 Q4", 0, 0),
    ]
    late = payload["late_reviews"]
    assert len(late) == 11
    assert late[0] == {
        "child_ref": "D1",
        "review": 5,
        "due": "2024-10-19",
        "held": "2024-10-21",
        "days_late": 2,
    }
    assert {
        "child_ref": "C9",
        "review": 1,
        "due": "2025-05-01",
        "held": "2025-05-02",
        "days_late": 1,
    } in late


def test_the_published_version_names_no_child(env: dict[str, str]) -> None:
    done = hearme(env, "report", "timeliness", *SPAN, "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    payload = json.loads(done.stdout)
    assert "late_reviews" not in payload
    latest = payload["years"][1]
    # Four late first reviews are hidden, and so the on-time count beside them; the year's
    # own figures stay.
    assert latest["by_kind"]["first"] == {"reviews": 12, "on_time": "c", "percent_on_time": "c"}
    assert (latest["reviews"], latest["on_time"], latest["late"]) == (24, 16, 8)
    assert latest["percent_on_time"] == 66.7
    page = hearme(env, "report", "timeliness", *SPAN).stdout.decode()
    assert "Reviews held on time, by year" in page and "Reviews held on time by quarter" in page
    for ref in ("C9", "D1", "Late reviews"):
        assert ref not in page
