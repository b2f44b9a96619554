"""The "Last time" part of the views: what the child wanted at their last review, what the IRO
recorded as done about it ("you said / we did"), and how the child felt the meeting went.

An answer holding the words of an alert the reader may not read (:mod:`reports.withheld`: one
about the child's IRO, for that IRO; any, for an admin) is left out here as in the rest of the
views.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reports import ids
from reports.view_answers import ViewAnswer, describe, topics_of
from reports.withheld import NOTHING, Withheld
from storage.figures import AnswerRow, RunRow
from storage.review_notes import ReviewNote
from storage.reviews import Review
from storage.times import day
from surveys.model import Definition


@dataclass(frozen=True)
class LastTime:
    """The child's last review: their wishes, what was done, and their feedback afterwards."""

    review_date: str | None
    rag: str | None
    because: str | None
    talked_about: str | None
    topics: tuple[str, ...]
    wishes: tuple[ViewAnswer, ...] = ()
    """What they asked for: who, where, when, coming, chairing, an advocate."""
    we_did: str | None = None
    """The IRO's "you said / we did" note on that review."""
    attended: bool | None = None
    """Whether they said they were at that meeting (After my review asks first)."""


def previous_review(reviews: Sequence[Review], before: date) -> Review | None:
    past = [r for r in reviews if day(r.review_at) < before]
    return max(past, key=lambda r: r.review_at, default=None)


def run_for(
    runs: Sequence[RunRow], definition_id: str, review: Review | None, after: date | None
) -> RunRow | None:
    """The run of a survey linked to ``review``, else the latest one started after ``after``."""
    mine = [r for r in runs if r.definition_id == definition_id]
    if review is not None:
        linked = [r for r in mine if r.review_id == review.id]
        if linked:
            return linked[-1]
    loose = [
        r for r in mine if r.review_id is None and (after is None or r.created_at.date() > after)
    ]
    return loose[-1] if loose else None


def last_time(
    previous: Review | None,
    reviews: Sequence[Review],
    runs: Sequence[RunRow],
    answers: Mapping[int, Sequence[AnswerRow]],
    definitions: Mapping[str, Definition | None],
    words: Mapping[str, str | None],
    notes: Mapping[int, ReviewNote],
    withheld: Withheld = NOTHING,
) -> LastTime | None:
    """The child's last review as the IRO needs it now, or None when nothing is known of it.

    ``withheld``: the answers the reader may not see (the words of an alert they may not read).
    """
    if previous is None:
        return None
    before = previous_review(reviews, day(previous.review_at))
    feedback = run_for(runs, ids.AFTER_MY_REVIEW, previous, day(previous.review_at))
    consultation = run_for(runs, ids.MY_REVIEW, previous, day(before.review_at) if before else None)
    rag = because = talked = None
    attended = None
    if feedback is not None and feedback.status == "completed":
        definition = definitions.get(feedback.survey_hash)
        for answer in answers.get(feedback.id, ()):
            if withheld.holds(answer):
                continue
            item = answer.core_id or answer.question_id
            if item == ids.RAG_QUESTION and answer.choices:
                rag = answer.choices[0]
            elif answer.question_id == ids.RAG_REASON and answer.text:
                because = answer.text
            elif item == ids.TALKED_ABOUT_WHAT_I_WANTED and answer.kind == "choice":
                talked = describe(answer, definition, feedback.age_band, words).answer
            elif item == ids.ATTENDED and answer.choices:
                attended = answer.choices[0] == "yes"
    topics: tuple[str, ...] = ()
    wishes: list[ViewAnswer] = []
    if consultation is not None and consultation.status == "completed":
        definition = definitions.get(consultation.survey_hash)
        for answer in answers.get(consultation.id, ()):
            if answer.audience == "iro_only" or answer.kind in ("skipped", "declined"):
                continue
            if withheld.holds(answer):
                continue
            seen = describe(answer, definition, consultation.age_band, words)
            if answer.question_id == ids.TOPICS:
                topics = tuple(topics_of(seen))
            elif answer.question_id in (*ids.ARRANGEMENTS, *ids.WISHES):
                wishes.append(seen)
    note = notes.get(previous.id)
    we_did = note.note if note is not None else None
    known = (rag, because, talked, we_did)
    if all(item is None for item in known) and not topics and not wishes:
        return None
    return LastTime(
        previous.review_at[:10], rag, because, talked, topics, tuple(wishes), we_did, attended
    )
