"""The pre-meeting views: what a child wants their IRO to know before their next review.

Pure: rows from ``storage.figures`` in, a :class:`PreMeetingViews` out. Wording comes from the
survey version the child actually answered (``survey_versions.body``), so the IRO reads the
question as the child saw it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from reports import ids
from reports.last_time import LastTime, last_time, previous_review, run_for
from reports.view_answers import VOICE_NOTE, ViewAnswer, describe, load_definition, topics_of
from reports.withheld import NOTHING, Withheld
from storage.children import Child
from storage.figures import AlertRow, AnswerRow, RunRow
from storage.review_notes import ReviewNote
from storage.reviews import Review
from storage.times import day, iso
from surveys.concern_learning import LEARNED, LEARNED_SERIOUS
from surveys.excerpts import one_line
from surveys.model import Definition

__all__ = [
    "ANYONE_ELSE",
    "CHILDS_IRO",
    "DUTY",
    "VOICE_NOTE",
    "AlertNote",
    "LastTime",
    "PreMeetingViews",
    "ViewAnswer",
    "Viewer",
    "Withheld",
    "build_views",
    "describe",
    "load_definition",
    "viewer_for",
]

RECENT_ALERT_DAYS = 90


@dataclass(frozen=True)
class Viewer:
    """Who is reading the views, which decides what they may see.

    Safeguarding: only the child's IRO and duty staff read a disclosure's words, and an alert
    about the child's IRO (a disclosure in the survey about them, words about them) is never
    learned of by the IRO it names nor by whoever is the child's IRO now. The child's choice:
    words they marked "just for my IRO" are for their IRO alone.

    ``staff_id`` is the reader; None when the page may reach anyone, and then no alert about
    the IRO is shown at all.
    """

    alert_words: bool = False
    private_notes: bool = False
    staff_id: int | None = None

    def may_know_of(self, alert: AlertRow, childs_iro: int | None) -> bool:
        """Whether this reader may learn of ``alert`` on a child whose IRO is ``childs_iro``
        now: one about the IRO stays from whoever that is, since the child was told the duty
        team alone would know, and from the IRO it names if another has been recorded since."""
        if not alert.about_iro:
            return True
        return self.staff_id is not None and self.staff_id not in (alert.about_staff_id, childs_iro)


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
class AlertNote:
    """An alert the IRO should know about before the meeting.

    ``excerpt`` is None when the reader may not see the child's words (``words_withheld``);
    ``iro_only`` says the words came from an answer the child kept just for their IRO;
    ``learned``: only the learned layer raised it, so no listed phrase matched;
    ``about_staff``: it is about the child's IRO, so duty alone read its words.
    """

    created_at: str
    kind: str
    categories: tuple[str, ...]
    excerpt: str | None
    open: bool
    iro_only: bool = False
    words_withheld: bool = False
    learned: bool = False
    about_staff: bool = False


@dataclass(frozen=True)
class PreMeetingViews:
    """Everything on the one printable page for the child's next review."""

    child_id: int
    child_ref: str
    name: str
    iro_name: str | None
    review_date: str | None
    status: str  # returned | partial (some answers, not sent) | not_returned | not_sent
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
    channel: str | None = None  # telegram | web: where the child answered
    started_at: str | None = None  # when the child first answered
    assisted: bool = False  # answered in the "an adult is helping" chat
    stopped: bool = False  # the child pressed Stop and has not carried on
    answered: int = 0  # questions answered (skipped and "don't want to say" count)

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


def _stored(moment: datetime | None) -> str | None:
    """A run's moment as the views show it: the stored UTC ISO text."""
    return None if moment is None else iso(moment)


def _next_review(reviews: Sequence[Review], today: date) -> Review | None:
    upcoming = [r for r in reviews if not r.held and day(r.review_at) >= today]
    return min(upcoming, key=lambda r: r.review_at, default=None)


def build_views(
    child: Child,
    reviews: Sequence[Review],
    runs: Sequence[RunRow],
    answers: Mapping[int, Sequence[AnswerRow]],
    definitions: Mapping[str, Definition | None],
    alerts: Sequence[AlertRow],
    today: date,
    viewer: Viewer = ANYONE_ELSE,
    *,
    iro_name: str | None = None,
    stopped: Set[int] | None = None,
    chat_modes: Set[str] | None = None,
    notes: Mapping[int, ReviewNote] | None = None,
    withheld: Withheld = NOTHING,
) -> PreMeetingViews:
    """Assemble the views for the child's next review (or the latest consultation if none).

    Args:
        child: the child the views are for.
        reviews: all the child's reviews; runs: all their runs, oldest first.
        answers: answers by run id; definitions: pinned definitions by survey hash.
        alerts: the child's alerts, newest first.
        today: the day the IRO looks (the clock is the caller's).
        viewer: who reads the views; anyone but the child's IRO and duty staff gets alerts
            without the child's words, only the child's IRO gets "just for my IRO" notes, and
            an alert about the IRO is left out for the IRO it names, the child's IRO now and
            an unknown reader.
        iro_name: the name of the child's IRO, as the page heads it.
        stopped: ids of runs the child left by pressing Stop.
        chat_modes: the modes of the child's Telegram chats (to tell when an adult helped).
        notes: the IRO's "you said / we did" notes by review id.
        withheld: the answers holding the words of alerts the reader may not read (about the
            IRO, for the child's IRO now; any, for an admin): left out here and from "last
            time" too.
    """
    review = _next_review(reviews, today)
    previous = previous_review(reviews, day(review.review_at) if review else today + timedelta(1))
    after = day(previous.review_at) if previous else None
    run = run_for(runs, ids.MY_REVIEW, review, after)
    groups: dict[str, list[ViewAnswer]] = {"how": [], "arr": [], "wish": [], "for": [], "iro": []}
    topics: list[str] = []
    returned = run is not None and run.status == "completed"
    given = list(answers.get(run.id, ())) if run is not None else []
    name = child.name or child.child_ref
    words = {**child.preferred_words, "name": name}
    # A return the child stopped, or that closed part-way, still says what the child wanted to
    # say: show it. While the child may still be answering, their words stay with them.
    ended = run is not None and (run.id in (stopped or set()) or run.status == "expired")
    showing = run is not None and bool(given) and (returned or ended)
    if run is not None and showing:
        definition = definitions.get(run.survey_hash)
        for answer in given:
            if withheld.holds(answer):
                # The words of an alert the reader may not know of (it is about them, an IRO
                # named in an answer): the answer is left out with the alert.
                continue
            seen = describe(answer, definition, run.age_band, words)
            # Only the child's own choice makes words private; a question for the IRO without
            # that choice (the youngest children's) is an ordinary answer.
            if answer.audience == "iro_only":
                groups["iro"].append(seen)
            elif answer.question_id == ids.FOR_MY_IRO:
                groups["for"].append(seen)
            elif answer.question_id == ids.TOPICS:
                topics += topics_of(seen)
            elif answer.question_id in ids.ARRANGEMENTS:
                groups["arr"].append(seen)
            elif answer.question_id in ids.WISHES:
                groups["wish"].append(seen)
            else:
                groups["how"].append(seen)
    if returned:
        status = "returned"
    elif run is not None:
        status = "partial" if showing else "not_returned"
    else:
        status = "not_sent"
    recent = today - timedelta(days=RECENT_ALERT_DAYS)
    private = _private(answers)
    return PreMeetingViews(
        child_id=child.id,
        child_ref=child.child_ref,
        name=name,
        iro_name=iro_name,
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
            and viewer.may_know_of(a, child.iro_id)
        ),
        last_time=last_time(
            previous, reviews, runs, answers, definitions, words, notes or {}, withheld
        ),
        private_withheld=0 if viewer.private_notes else len(groups["iro"]),
        channel=run.channel if run is not None and given else None,
        started_at=_stored(run.started_at) if run is not None and given else None,
        assisted=bool(given) and run is not None and answered_with_help(run, chat_modes or set()),
        stopped=run is not None and run.id in (stopped or set()) and not returned,
        answered=len(given),
    )


def answered_with_help(run: RunRow, chat_modes: Set[str]) -> bool:
    """Whether an adult helped: the run was answered on Telegram, where the child's chat is the
    "an adult is helping" one (a child with their own chat, or on the web page, answers alone).
    """
    return run.channel == "telegram" and "assisted" in chat_modes and "self" not in chat_modes


def _private(answers: Mapping[int, Sequence[AnswerRow]]) -> list[AnswerRow]:
    """The answers the child kept just for their IRO."""
    return [a for rows in answers.values() for a in rows if a.audience == "iro_only"]


def _from_private(alert: AlertRow, private: Sequence[AnswerRow]) -> bool:
    """Whether the alert's words came from an answer the child kept just for their IRO."""
    if alert.from_answers is not None:
        return any((a.run_id, a.question_id) in alert.from_answers for a in private)
    # An older alert keeps the start of what the child typed (the whole text up to a limit),
    # so the answer it came from is the one whose words begin with the excerpt.
    excerpt = (alert.excerpt or "").strip()
    return bool(excerpt) and any(
        a.run_id == alert.run_id and a.kind == "text" and (a.text or "").strip().startswith(excerpt)
        for a in private
    )


def _alert_note(alert: AlertRow, private: Sequence[AnswerRow], viewer: Viewer) -> AlertNote:
    return AlertNote(
        created_at=alert.created_at,
        kind=alert.kind,
        categories=alert.categories,
        # One line, as in every staff channel: the child's words cannot pass for the page's.
        excerpt=one_line(alert.excerpt) if viewer.alert_words and alert.excerpt else None,
        open=alert.acknowledged_at is None,
        iro_only=_from_private(alert, private),
        words_withheld=bool(alert.excerpt) and not viewer.alert_words,
        learned=bool({LEARNED, LEARNED_SERIOUS} & set(alert.categories)),
        about_staff=alert.about_iro,
    )
