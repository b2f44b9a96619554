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
MY_REVIEW, TELL_US_MORE = 7, 8  # two surveys' runs


def _texts(
    recent: RecentWords, child: int, *, now: datetime = NOW, survey: int | None = None
) -> list[str]:
    return list(recent.before(child, now=now, survey=survey).texts)


def test_keeps_only_the_last_few_messages_of_each_child() -> None:
    recent = RecentWords()
    for n in range(5):
        recent.add(1, f"message {n}", now=NOW)
    assert _texts(recent, 1) == [f"message {n}" for n in range(5 - KEEP, 5)]
    assert _texts(recent, 2) == []


def test_messages_are_forgotten_after_a_while_and_on_request() -> None:
    recent = RecentWords()
    recent.add(1, "older", now=NOW)
    recent.add(1, "newer", now=NOW + timedelta(minutes=10))
    later = NOW + FORGET_AFTER + timedelta(minutes=1)
    assert _texts(recent, 1, now=later) == ["newer"]
    assert _texts(recent, 1, now=later + FORGET_AFTER) == []
    assert len(recent) == 0
    recent.add(3, "words", now=NOW)
    recent.forget(3)
    assert _texts(recent, 3) == [] and len(recent) == 0
    recent.add(4, "   ", now=NOW)  # nothing worth keeping
    assert len(recent) == 0


def test_at_most_so_many_children_are_remembered() -> None:
    recent = RecentWords()
    for child in range(MAX_CHILDREN + 10):
        recent.add(child, "hi", now=NOW)
    assert len(recent) == MAX_CHILDREN
    assert _texts(recent, 0) == []  # the least recently heard from went first
    assert _texts(recent, MAX_CHILDREN + 9) == ["hi"]


def test_the_urgent_reply_a_kept_message_got_is_known_until_it_is_forgotten() -> None:
    recent = RecentWords()
    recent.add(1, "nothing", now=NOW)
    assert recent.before(1, now=NOW, survey=None).answered is None
    recent.add(1, "the model's urgent guess", now=NOW, answered=Answered(about_iro=False))
    recent.add(1, "more", now=NOW + timedelta(minutes=1))
    assert recent.before(1, now=NOW, survey=None).answered == Answered(about_iro=False)
    assert _texts(recent, 1) == ["the model's urgent guess", "more"]
    # It goes with its message: pushed out by newer ones, aged out, or forgotten.
    recent.add(1, "and more", now=NOW + timedelta(minutes=2))
    assert recent.before(1, now=NOW, survey=None).answered is None
    recent.add(2, "guess", now=NOW, answered=Answered(about_iro=True))
    assert (
        recent.before(2, now=NOW + FORGET_AFTER + timedelta(seconds=1), survey=None).answered
        is None
    )
    recent.add(3, "guess", now=NOW, answered=Answered(about_iro=True))
    recent.forget(3)
    assert recent.before(3, now=NOW, survey=None).answered is None


def test_an_answer_is_never_read_with_another_surveys_answers() -> None:
    recent = RecentWords()
    recent.add(1, "my review answer", now=NOW, survey=MY_REVIEW)
    # The next survey's answer starts afresh; another of the same survey's is read with it.
    assert _texts(recent, 1, survey=TELL_US_MORE) == []
    assert _texts(recent, 1, survey=MY_REVIEW) == ["my review answer"]
    # Words that answered no question (the child talking on after the survey) are read with it.
    assert _texts(recent, 1) == ["my review answer"]


def test_words_that_answer_no_question_join_either_side_but_never_bridge_two_surveys() -> None:
    recent = RecentWords()
    recent.add(1, "answer in my review", now=NOW, survey=MY_REVIEW)
    recent.add(1, "typed after it ended", now=NOW)
    # A new survey's answer is read with the words between, not with the other survey's.
    assert _texts(recent, 1, survey=TELL_US_MORE) == ["typed after it ended"]
    assert _texts(recent, 1) == ["answer in my review", "typed after it ended"]
    recent.add(1, "answer about the iro", now=NOW, survey=TELL_US_MORE)
    # Read back from a message outside any survey: the newest survey's words, then a stop.
    assert _texts(recent, 1) == ["typed after it ended", "answer about the iro"]


def test_words_kept_from_the_survey_about_the_iro_say_so_when_they_are_read_with_others() -> None:
    recent = RecentWords()
    recent.add(1, "in the survey about the iro", now=NOW, survey=TELL_US_MORE, in_iro_survey=True)
    assert recent.before(1, now=NOW, survey=None).in_iro_survey
    assert not recent.before(1, now=NOW, survey=MY_REVIEW).in_iro_survey  # not read with it
    recent.add(2, "anywhere else", now=NOW)
    assert not recent.before(2, now=NOW, survey=None).in_iro_survey
