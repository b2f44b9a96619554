"""The brief memory of a child's last messages: bounded, short-lived, forgotten on request."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.safeguarding.recent_words import (
    FORGET_AFTER,
    KEEP,
    MAX_CHILDREN,
    Answered,
    RecentWords,
)

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


def test_keeps_only_the_last_few_messages_of_each_child() -> None:
    recent = RecentWords()
    for n in range(5):
        recent.add(1, f"message {n}", now=NOW)
    assert recent.earlier(1, now=NOW) == [f"message {n}" for n in range(5 - KEEP, 5)]
    assert recent.earlier(2, now=NOW) == []


def test_messages_are_forgotten_after_a_while_and_on_request() -> None:
    recent = RecentWords()
    recent.add(1, "older", now=NOW)
    recent.add(1, "newer", now=NOW + timedelta(minutes=10))
    later = NOW + FORGET_AFTER + timedelta(minutes=1)
    assert recent.earlier(1, now=later) == ["newer"]
    assert recent.earlier(1, now=later + FORGET_AFTER) == []
    assert len(recent) == 0
    recent.add(3, "words", now=NOW)
    recent.forget(3)
    assert recent.earlier(3, now=NOW) == [] and len(recent) == 0
    recent.add(4, "   ", now=NOW)  # nothing worth keeping
    assert len(recent) == 0


def test_at_most_so_many_children_are_remembered() -> None:
    recent = RecentWords()
    for child in range(MAX_CHILDREN + 10):
        recent.add(child, "hi", now=NOW)
    assert len(recent) == MAX_CHILDREN
    assert recent.earlier(0, now=NOW) == []  # the least recently heard from went first
    assert recent.earlier(MAX_CHILDREN + 9, now=NOW) == ["hi"]


def test_the_urgent_reply_a_kept_message_got_is_known_until_it_is_forgotten() -> None:
    recent = RecentWords()
    recent.add(1, "nothing", now=NOW)
    assert recent.answered(1, now=NOW) is None
    recent.add(1, "the model's urgent guess", now=NOW, answered=Answered(about_iro=False))
    recent.add(1, "more", now=NOW + timedelta(minutes=1))
    assert recent.answered(1, now=NOW) == Answered(about_iro=False)
    assert recent.earlier(1, now=NOW) == ["the model's urgent guess", "more"]
    # It goes with its message: pushed out by newer ones, aged out, or forgotten.
    recent.add(1, "and more", now=NOW + timedelta(minutes=2))
    assert recent.answered(1, now=NOW) is None
    recent.add(2, "guess", now=NOW, answered=Answered(about_iro=True))
    assert recent.answered(2, now=NOW + FORGET_AFTER + timedelta(seconds=1)) is None
    recent.add(3, "guess", now=NOW, answered=Answered(about_iro=True))
    recent.forget(3)
    assert recent.answered(3, now=NOW) is None
