"""The pre-meeting views: what a child wants their IRO to know before their next review.

Pure: rows from ``storage.figures`` in, a :class:`PreMeetingViews` out. Wording comes from the
survey version the child actually answered (``survey_versions.body``), so the IRO reads the
question as the child saw it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from pydantic import ValidationError

from reports import ids
from storage.figures import AlertRow, AnswerRow, ChildRow, RunRow
from storage.reviews import Review
from storage.times import day, iso
from surveys.excerpts import one_line
from surveys.model import Definition, Question
from surveys.wording import render as word

RECENT_ALERT_DAYS = 90
# A Telegram file id means nothing on paper; the IRO hears the note in the chat instead.
VOICE_NOTE = "Voice note: sent to you in the chat when you use /views"


@dataclass(frozen=True)
class Viewer:
    """Who is reading the views, which decides what they may see.

    Safeguarding: only the child's IRO and duty staff read a disclosure's words, and nobody
    ever learns of an alert about themselves (a disclosure in the survey about the IRO). The
    child's choice: words they marked "just for my IRO" are for their IRO alone.

    ``staff_id`` is the reader; None when the page may reach anyone, and then no alert about a
    member of staff is shown at all.
    """

    alert_words: bool = False
    private_notes: bool = False
    staff_id: int | None = None

    def may_know_of(self, about_staff_id: int | None) -> bool:
        """Whether this reader may learn of an alert about ``about_staff_id`` (None: nobody)."""
        if about_staff_id is None:
            return True
        return self.staff_id is not None and self.staff_id != about_staff_id


CHILDS_IRO = Viewer(alert_words=True, private_notes=True)
DUTY = Viewer(alert_words=True, private_notes=False)
ANYONE_ELSE = Viewer()


def viewer_for(role: str, *, childs_iro: bool, staff_id: int | None = None) -> Viewer:
    """What a member of staff with ``role`` may read in a child's views.

    Args:
        role: ``iro``, ``duty``, ``admin`` or ``participation``.
        childs_iro: whether they are this child's own IRO.
        staff_id: who they are, so that alerts about them are left out (None: not known, and
            every alert about a member of staff is left out).
    """
    if role == "iro" and childs_iro:
        chosen = CHILDS_IRO
    elif role == "duty":
        chosen = DUTY
    else:
        chosen = ANYONE_ELSE
    return replace(chosen, staff_id=staff_id)


@dataclass(frozen=True)
class ViewAnswer:
    """One answer as the IRO reads it: the question's wording and the child's answer."""

    question_id: str
    question: str
    answer: str
    own_words: bool  # True when the answer is the child's free text
    audience: str | None = None  # meeting | iro_only | None (no choice was asked)
    voice_ref: str | None = None  # the channel's file reference of a voice note


@dataclass(frozen=True)
class AlertNote:
    """An alert the IRO should know about before the meeting.

    ``excerpt`` is None when the reader may not see the child's words (``words_withheld``);
    ``iro_only`` says the words came from an answer the child kept just for their IRO.
    """

    created_at: str
    kind: str
    categories: tuple[str, ...]
    excerpt: str | None
    open: bool
    iro_only: bool = False
    words_withheld: bool = False


@dataclass(frozen=True)
class LastTime:
    """What the child said after their last review, and what they had asked to talk about."""

    review_date: str | None
    rag: str | None
    because: str | None
    talked_about: str | None
    topics: tuple[str, ...]


@dataclass(frozen=True)
class PreMeetingViews:
    """Everything on the one printable page for the child's next review."""

    child_id: int
    child_ref: str
    name: str
    iro_name: str | None
    review_date: str | None
    status: str  # returned | not_returned | not_sent
    sent_at: str | None
    reminders: int
    last_reminded_at: str | None
    completed_at: str | None
    how_things_are: tuple[ViewAnswer, ...]
    topics: tuple[str, ...]
    arrangements: tuple[ViewAnswer, ...]
    wishes: tuple[ViewAnswer, ...]
    for_the_iro: tuple[ViewAnswer, ...]
    iro_only: tuple[ViewAnswer, ...]
    alerts: tuple[AlertNote, ...]
    last_time: LastTime | None
    private_withheld: int = 0  # notes just for the child's IRO, not shown to this reader

    @property
    def voice_notes(self) -> tuple[ViewAnswer, ...]:
        """The voice notes of this consultation that this reader may hear, in order."""
        shown = (
            *self.how_things_are,
            *self.arrangements,
            *self.wishes,
            *self.for_the_iro,
            *self.iro_only,
        )
        return tuple(a for a in shown if a.voice_ref is not None)


def load_definition(body: str | None) -> Definition | None:
    """The pinned definition, or None when it is missing or no longer valid."""
    if body is None:
        return None
    try:
        return Definition.model_validate_json(body)
    except ValidationError:
        return None


def _question(definition: Definition | None, band: str, question_id: str) -> Question | None:
    if definition is None:
        return None
    variants = [definition.variant_for(band), *definition.variants]
    for variant in variants:
        if variant is not None:
            found = next((q for q in variant.questions if q.id == question_id), None)
            if found is not None:
                return found
    return None


def _humane(identifier: str) -> str:
    return identifier.replace("_", " ").capitalize()


def describe(
    answer: AnswerRow,
    definition: Definition | None,
    band: str,
    words: Mapping[str, str | None] | None = None,
) -> ViewAnswer:
    """An answer in words: option labels in English, or the child's own text.

    ``words`` are the child's preferred words (and name), so the IRO reads the question as the
    child saw it ("mum time", not "contact").
    """
    own = words or {}
    question = _question(definition, band, answer.question_id)
    wording = word(question.text, "en", own) if question is not None else None
    if answer.kind in ("text", "voice"):
        text = answer.text or ""
        voice = answer.kind == "voice" and bool(text)
        return ViewAnswer(
            answer.question_id,
            wording or _humane(answer.question_id),
            VOICE_NOTE if answer.kind == "voice" else text,
            True,
            answer.audience,
            text if voice else None,
        )
    if answer.kind == "skipped":
        shown = "(skipped)"
    elif answer.kind == "declined":
        shown = "(did not want to say)"
    else:
        labels = []
        for choice in answer.choices:
            option = question.option(choice) if question is not None else None
            label = word(option.label, "en", own) if option is not None and option.label else None
            labels.append(label or _humane(choice))
        shown = ", ".join(labels)
    return ViewAnswer(answer.question_id, wording or _humane(answer.question_id), shown, False)


def _topics(seen: ViewAnswer) -> list[str]:
    # Chosen topics are listed one by one; a topic in the child's own words stays whole.
    if seen.own_words:
        return [seen.answer] if seen.answer.strip() else []
    return [t.strip() for t in seen.answer.split(", ") if t.strip()]


def _next_review(reviews: Sequence[Review], today: date) -> Review | None:
    upcoming = [r for r in reviews if not r.held and day(r.review_at) >= today]
    return min(upcoming, key=lambda r: r.review_at, default=None)


def _previous_review(reviews: Sequence[Review], before: date) -> Review | None:
    past = [r for r in reviews if day(r.review_at) < before]
    return max(past, key=lambda r: r.review_at, default=None)


def _stored(moment: datetime | None) -> str | None:
    """A run's moment as the views show it: the stored UTC ISO text."""
    return None if moment is None else iso(moment)


def _run_for(
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


def build_views(
    child: ChildRow,
    reviews: Sequence[Review],
    runs: Sequence[RunRow],
    answers: Mapping[int, Sequence[AnswerRow]],
    definitions: Mapping[str, Definition | None],
    alerts: Sequence[AlertRow],
    today: date,
    viewer: Viewer = ANYONE_ELSE,
) -> PreMeetingViews:
    """Assemble the views for the child's next review (or the latest consultation if none).

    Args:
        child: the child, with their IRO's name.
        reviews: all the child's reviews; runs: all their runs, oldest first.
        answers: answers by run id; definitions: pinned definitions by survey hash.
        alerts: the child's alerts, newest first.
        today: the day the IRO looks (the clock is the caller's).
        viewer: who reads the views; anyone but the child's IRO and duty staff gets alerts
            without the child's words, only the child's IRO gets "just for my IRO" notes, and
            an alert about the reader (or, for an unknown reader, about any member of staff)
            is left out.
    """
    review = _next_review(reviews, today)
    previous = _previous_review(reviews, day(review.review_at) if review else today + timedelta(1))
    after = day(previous.review_at) if previous else None
    run = _run_for(runs, ids.MY_REVIEW, review, after)
    groups: dict[str, list[ViewAnswer]] = {"how": [], "arr": [], "wish": [], "for": [], "iro": []}
    topics: list[str] = []
    returned = run is not None and run.status == "completed"
    name = child.preferred_name or child.first_name or child.child_ref
    words = {**child.preferred_words, "name": name}
    if run is not None and returned:
        definition = definitions.get(run.survey_hash)
        for answer in answers.get(run.id, ()):
            seen = describe(answer, definition, run.age_band, words)
            # Only the child's own choice makes words private; a question for the IRO without
            # that choice (the youngest children's) is an ordinary answer.
            if answer.audience == "iro_only":
                groups["iro"].append(seen)
            elif answer.question_id == ids.FOR_MY_IRO:
                groups["for"].append(seen)
            elif answer.question_id == ids.TOPICS:
                topics += _topics(seen)
            elif answer.question_id in ids.ARRANGEMENTS:
                groups["arr"].append(seen)
            elif answer.question_id in ids.WISHES:
                groups["wish"].append(seen)
            else:
                groups["how"].append(seen)
    status = "returned" if returned else ("not_returned" if run is not None else "not_sent")
    recent = today - timedelta(days=RECENT_ALERT_DAYS)
    private = _private_words(answers)
    return PreMeetingViews(
        child_id=child.id,
        child_ref=child.child_ref,
        name=name,
        iro_name=child.iro_name,
        review_date=review.review_at[:10] if review else None,
        status=status,
        sent_at=_stored(run.sent_at) if run else None,
        reminders=run.reminders if run else 0,
        last_reminded_at=_stored(run.last_reminded_at) if run else None,
        completed_at=_stored(run.completed_at) if returned and run else None,
        how_things_are=tuple(groups["how"]),
        topics=tuple(topics),
        arrangements=tuple(groups["arr"]),
        wishes=tuple(groups["wish"]),
        for_the_iro=tuple(groups["for"]),
        iro_only=tuple(groups["iro"]) if viewer.private_notes else (),
        alerts=tuple(
            _alert_note(a, private, viewer)
            for a in alerts
            if (a.acknowledged_at is None or day(a.created_at) >= recent)
            and viewer.may_know_of(a.about_staff_id)
        ),
        last_time=_last_time(previous, reviews, runs, answers, definitions, words),
        private_withheld=0 if viewer.private_notes else len(groups["iro"]),
    )


def _private_words(answers: Mapping[int, Sequence[AnswerRow]]) -> dict[int, list[str]]:
    """By run, the written answers the child kept just for their IRO."""
    return {
        run_id: [
            a.text.strip() for a in rows if a.audience == "iro_only" and a.kind == "text" and a.text
        ]
        for run_id, rows in answers.items()
    }


def _alert_note(alert: AlertRow, private: Mapping[int, Sequence[str]], viewer: Viewer) -> AlertNote:
    # An alert keeps the start of what the child typed (the whole text up to a limit), so the
    # answer it came from is the one whose words begin with the excerpt.
    excerpt = (alert.excerpt or "").strip()
    from_private = bool(excerpt) and any(
        text.startswith(excerpt) for text in private.get(alert.run_id or -1, ())
    )
    return AlertNote(
        created_at=alert.created_at,
        kind=alert.kind,
        categories=alert.categories,
        # One line, as in every staff channel: the child's words cannot pass for the page's.
        excerpt=one_line(alert.excerpt) if viewer.alert_words and alert.excerpt else None,
        open=alert.acknowledged_at is None,
        iro_only=from_private,
        words_withheld=bool(alert.excerpt) and not viewer.alert_words,
    )


def _last_time(
    previous: Review | None,
    reviews: Sequence[Review],
    runs: Sequence[RunRow],
    answers: Mapping[int, Sequence[AnswerRow]],
    definitions: Mapping[str, Definition | None],
    words: Mapping[str, str | None],
) -> LastTime | None:
    if previous is None:
        return None
    before = _previous_review(reviews, day(previous.review_at))
    feedback = _run_for(runs, ids.AFTER_MY_REVIEW, previous, day(previous.review_at))
    consultation = _run_for(
        runs, ids.MY_REVIEW, previous, day(before.review_at) if before else None
    )
    rag = because = talked = None
    if feedback is not None and feedback.status == "completed":
        definition = definitions.get(feedback.survey_hash)
        for answer in answers.get(feedback.id, ()):
            item = answer.core_id or answer.question_id
            if item == ids.RAG_QUESTION and answer.choices:
                rag = answer.choices[0]
            elif answer.question_id == ids.RAG_REASON and answer.text:
                because = answer.text
            elif item == ids.TALKED_ABOUT_WHAT_I_WANTED and answer.kind == "choice":
                talked = describe(answer, definition, feedback.age_band, words).answer
    topics: tuple[str, ...] = ()
    if consultation is not None and consultation.status == "completed":
        definition = definitions.get(consultation.survey_hash)
        for answer in answers.get(consultation.id, ()):
            if answer.question_id == ids.TOPICS and answer.audience != "iro_only":
                topics = tuple(_topics(describe(answer, definition, consultation.age_band, words)))
    if rag is None and because is None and talked is None and not topics:
        return None
    return LastTime(previous.review_at[:10], rag, because, talked, topics)
