"""Reading what a report needs from the database and handing it to the pure builders.

The only I/O in ``reports``: each function reads through ``storage.figures`` on the connection
it is given (``db.reader`` for staff looking), then builds and anonymises the report.
"""

from __future__ import annotations

from datetime import date

import aiosqlite

from reports import ids
from reports.document import Document
from reports.feedback import count_feedback, publish_feedback
from reports.participation import count_participation, publish_participation
from reports.periods import years
from reports.redaction import MIN_QUOTE_GROUP
from reports.satisfaction import count_satisfaction, publish_satisfaction
from reports.tally import Responses
from reports.timeliness import count_timeliness, publish_timeliness
from reports.views import ANYONE_ELSE, PreMeetingViews, Viewer, build_views, load_definition
from reports.withheld import Withheld
from storage import (
    children,
    figures,
    held_quotes,
    report_counts,
    review_history,
    review_notes,
    staff,
    survey_versions,
)
from storage import runs as stored_runs
from storage.crypto import Cipher
from storage.reviews import reviews_for_child
from surveys.model import Definition


async def participation_document(
    conn: aiosqlite.Connection, start: date, end: date, *, exact: bool = False
) -> Document:
    """The PN table for each April–March year in ``start``..``end``, the last broken down."""
    if end < start:
        raise ValueError("the period ends before it starts")
    spans = years(start, end)
    reviews = await report_counts.review_tallies(conn, start, end)
    latest = spans[-1]
    returns = await report_counts.returns_by_band(conn, ids.MY_REVIEW, latest.start, latest.end)
    return publish_participation(count_participation(reviews, returns, spans), exact=exact)


async def timeliness_document(
    conn: aiosqlite.Connection, start: date, end: date, *, exact: bool = False
) -> Document:
    """Reviews held on time per April–March year in ``start``..``end``; late ones if ``exact``."""
    if end < start:
        raise ValueError("the period ends before it starts")
    histories = await review_history.review_histories(conn, end)
    return publish_timeliness(count_timeliness(histories, years(start, end)), exact=exact)


async def _responses(
    conn: aiosqlite.Connection, cipher: Cipher, definition_id: str, start: date, end: date
) -> Responses:
    respondents = await report_counts.completed_count(conn, definition_id, start, end)
    choices = await report_counts.choice_tallies(conn, definition_id, start, end)
    if respondents < MIN_QUOTE_GROUP:
        return Responses.of(respondents, choices)  # too few children to quote any of them
    consent = (ids.QUOTE_CONSENT, ids.CONSENT_YES)
    quotable = await report_counts.quotable_answers(
        conn, cipher, definition_id, start, end, consent=consent
    )
    return Responses.of(respondents, choices, quotable)


async def _names(conn: aiosqlite.Connection, responses: Responses) -> set[str]:
    # Names are only needed to redact quotes; a national file has tens of thousands of them.
    return await figures.known_names(conn) if responses.quotable else set()


async def satisfaction_document(
    conn: aiosqlite.Connection, cipher: Cipher, start: date, end: date, *, exact: bool = False
) -> Document:
    """Tell Us More: % agreeing per statement, breakdowns and consented quotes."""
    if end < start:
        raise ValueError("the period ends before it starts")
    responses = await _responses(conn, cipher, ids.TELL_US_MORE, start, end)
    names = await _names(conn, responses)
    decided = await held_quotes.decisions(conn, cipher) if responses.quotable else {}
    sent = await report_counts.returns_by_band(conn, ids.TELL_US_MORE, start, end)
    counted = count_satisfaction(responses, start, end, sent=sum(sum(p) for p in sent.values()))
    return publish_satisfaction(counted, exact=exact, names=names, decisions=decided)


async def feedback_document(
    conn: aiosqlite.Connection, cipher: Cipher, start: date, end: date, *, exact: bool = False
) -> Document:
    """After my review: red/amber/green and every other question by quarter, with quotes."""
    if end < start:
        raise ValueError("the period ends before it starts")
    responses = await _responses(conn, cipher, ids.AFTER_MY_REVIEW, start, end)
    names = await _names(conn, responses)
    decided = await held_quotes.decisions(conn, cipher) if responses.quotable else {}
    return publish_feedback(
        count_feedback(responses, start, end), exact=exact, names=names, decisions=decided
    )


async def pre_meeting_views(
    conn: aiosqlite.Connection,
    cipher: Cipher,
    child_ref: str,
    today: date,
    *,
    viewer: Viewer = ANYONE_ELSE,
) -> PreMeetingViews | None:
    """The views for the child's next review, or None when no child has this reference.

    ``viewer`` decides what is shown: by default no alert words and no "just for my IRO" notes
    (:data:`reports.views.CHILDS_IRO` shows both); an alert about the reader is never read.
    """
    child = await children.get_child_by_ref(conn, child_ref)
    if child is None:
        return None
    iro = None if child.iro_id is None else await staff.get_staff(conn, child.iro_id)
    # Oldest first: the views take the latest run before each review.
    runs = list(reversed(await stored_runs.runs_for_child(conn, child.id)))
    answers = await figures.answers_for_runs(conn, [run.id for run in runs], cipher)
    by_run: dict[int, list[figures.AnswerRow]] = {}
    for answer in answers:
        by_run.setdefault(answer.run_id, []).append(answer)
    definitions: dict[str, Definition | None] = {}
    for run in runs:
        if run.survey_hash not in definitions:
            definitions[run.survey_hash] = load_definition(
                await survey_versions.find_survey_body(conn, run.survey_hash)
            )
    return build_views(
        child,
        await reviews_for_child(conn, child.id),
        runs,
        by_run,
        definitions,
        await figures.alerts_of_child(conn, child.id, cipher, reader=viewer.staff_id),
        today,
        viewer,
        iro_name=None if iro is None else iro.name,
        stopped=await figures.stopped_runs(conn, cipher, [run.id for run in runs]),
        chat_modes=await figures.chat_modes(conn, child.id),
        notes=await review_notes.notes_of_child(conn, cipher, child.id),
        withheld=Withheld.of(
            await figures.kept_from(
                conn, child.id, cipher, reader=viewer.staff_id, every=not viewer.alert_words
            )
        ),
    )


def quotes_to_hold(doc: Document) -> list[held_quotes.QuoteToHold]:
    """The quotes ``doc`` left out for approval, ready for :func:`storage.held_quotes.hold`."""
    survey = {"satisfaction": ids.TELL_US_MORE, "feedback": ids.AFTER_MY_REVIEW}.get(doc.kind, "")
    return [
        held_quotes.QuoteToHold(q.answer_id, q.child_id, survey, q.question, q.text)
        for q in doc.held
    ]
