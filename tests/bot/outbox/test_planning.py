"""Planning: which outbox rows a review, a sent offer and a campaign imply."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.outbox.planning import (
    CLOSE,
    OFFER,
    PARTICIPATION,
    REMIND,
    CampaignChild,
    Planned,
    ReviewFacts,
    closes_at,
    parse_age_range,
    plan_campaign,
    plan_followups,
    plan_review,
    retry_delay,
)
from bot.settings import Settings

SETTINGS = Settings()
REVIEW_AT = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)


def facts(**changes: object) -> ReviewFacts:
    base: dict[str, object] = {
        "review_id": 7,
        "child_id": 3,
        "review_at": REVIEW_AT,
        "age_at_review": 12,
    }
    base.update(changes)
    return ReviewFacts(**base)  # type: ignore[arg-type]


def by_key(planned: list[Planned]) -> dict[str, Planned]:
    return {row.dedupe_key: row for row in planned}


def test_upcoming_review_plans_both_offers_and_the_iro_prompt() -> None:
    rows = by_key(plan_review(facts(), SETTINGS, now=REVIEW_AT - timedelta(days=30)))
    assert set(rows) == {
        "offer:my_review:review:7",
        "offer:after_my_review:review:7",
        "participation:review:7",
    }
    my_review = rows["offer:my_review:review:7"]
    assert my_review.kind == OFFER
    assert my_review.due_at == REVIEW_AT - timedelta(days=10)
    assert my_review.payload == {"definition_id": "my_review", "review_id": 7}
    after = rows["offer:after_my_review:review:7"]
    assert after.due_at == REVIEW_AT + timedelta(days=1)
    assert rows["participation:review:7"].kind == PARTICIPATION
    assert rows["participation:review:7"].due_at == REVIEW_AT + timedelta(days=1)


def test_marked_held_brings_the_after_survey_forward_and_drops_my_review() -> None:
    held = REVIEW_AT + timedelta(hours=2)
    rows = by_key(plan_review(facts(held_at=held), SETTINGS, now=held))
    assert "offer:my_review:review:7" not in rows
    assert rows["offer:after_my_review:review:7"].due_at == held


def test_past_review_plans_no_my_review_and_old_reviews_nothing() -> None:
    rows = by_key(plan_review(facts(), SETTINGS, now=REVIEW_AT + timedelta(hours=1)))
    assert set(rows) == {"offer:after_my_review:review:7", "participation:review:7"}
    assert plan_review(facts(), SETTINGS, now=REVIEW_AT + timedelta(days=16)) == []


def test_under_fours_are_not_consulted_but_the_iro_still_records() -> None:
    rows = by_key(plan_review(facts(age_at_review=3), SETTINGS, now=REVIEW_AT - timedelta(days=30)))
    assert set(rows) == {"participation:review:7"}


def test_recorded_participation_is_not_asked_again() -> None:
    rows = plan_review(
        facts(participation_recorded=True), SETTINGS, now=REVIEW_AT - timedelta(days=1)
    )
    assert [row.kind for row in rows] == [OFFER, OFFER]


def test_my_review_followups_remind_five_and_two_days_before_and_close_at_the_review() -> None:
    offered = REVIEW_AT - timedelta(days=10)
    rows = plan_followups(
        "my_review",
        run_id=12,
        child_id=3,
        offered_at=offered,
        closes=closes_at("my_review", offered_at=offered, review_at=REVIEW_AT, settings=SETTINGS),
        review_at=REVIEW_AT,
        settings=SETTINGS,
    )
    assert [(row.kind, row.dedupe_key, row.due_at) for row in rows] == [
        (REMIND, "remind:run:12:5d", REVIEW_AT - timedelta(days=5)),
        (REMIND, "remind:run:12:2d", REVIEW_AT - timedelta(days=2)),
        (CLOSE, "close:run:12", REVIEW_AT),
    ]
    assert all(row.run_id == 12 for row in rows)


def test_late_offer_leaves_out_reminders_before_it() -> None:
    offered = REVIEW_AT - timedelta(days=3)
    rows = plan_followups(
        "my_review",
        run_id=12,
        child_id=3,
        offered_at=offered,
        closes=REVIEW_AT,
        review_at=REVIEW_AT,
        settings=SETTINGS,
    )
    assert [row.dedupe_key for row in rows] == ["remind:run:12:2d", "close:run:12"]


def test_after_review_followups_are_relative_to_the_real_sending_time() -> None:
    offered = REVIEW_AT + timedelta(days=1, hours=6)
    closes = closes_at(
        "after_my_review", offered_at=offered, review_at=REVIEW_AT, settings=SETTINGS
    )
    assert closes == offered + timedelta(days=14)
    rows = plan_followups(
        "after_my_review",
        run_id=5,
        child_id=3,
        offered_at=offered,
        closes=closes,
        review_at=REVIEW_AT,
        settings=SETTINGS,
    )
    assert [(row.kind, row.due_at) for row in rows] == [
        (REMIND, offered + timedelta(days=3)),
        (CLOSE, closes),
    ]


def test_campaign_offers_each_child_in_range_once_per_day() -> None:
    children = [CampaignChild(1, 7), CampaignChild(2, 8), CampaignChild(3, 17)]
    children.append(CampaignChild(4, 18))
    due = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
    rows = plan_campaign(
        "tell_us_more", children, ages=(8, 17), on=date(2026, 2, 2), due_at=due, close_days=21
    )
    assert [row.child_id for row in rows] == [2, 3]
    assert rows[0].dedupe_key == "offer:tell_us_more:campaign:2026-02-02:child:2"
    assert rows[0].payload == {"definition_id": "tell_us_more", "close_days": 21}
    babies = plan_campaign(
        "tell_us_more",
        [CampaignChild(9, 2)],
        ages=(0, 17),
        on=date(2026, 2, 2),
        due_at=due,
        close_days=21,
    )
    assert babies == []


def test_age_range_parsing() -> None:
    assert parse_age_range("8-17") == (8, 17)
    assert parse_age_range(" 12 ") == (12, 12)
    for bad in ("eight-17", "17-8", "8-40", ""):
        with pytest.raises(ValueError, match="age range"):
            parse_age_range(bad)


def test_retry_delay_doubles_and_respects_retry_after() -> None:
    assert retry_delay(1) == timedelta(seconds=30)
    assert retry_delay(2) == timedelta(seconds=60)
    assert retry_delay(20) == timedelta(hours=1)
    assert retry_delay(1, retry_after=120) == timedelta(seconds=120)
