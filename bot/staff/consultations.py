"""How a child's "My Review" for a review stands, in the words IROs use.

One of: not sent, sent, reminded, partly answered, stopped, returned. It is read from what
hearme has done and the child has done, never kept as a status of its own: the run the outbox
opened when it sent the offer, the reminders the outbox counted on it as each was sent, the
answers saved on it, and whether the child pressed Stop. The staff app's caseload and the
Telegram ``/upcoming`` both say it this way.
"""

from __future__ import annotations

import aiosqlite

from bot.outbox import planning
from storage import figures, reviews, runs
from storage.crypto import Cipher
from storage.runs import RunRow

NOT_SENT = "not sent"
SENT = "sent"
REMINDED = "reminded"
PARTLY_ANSWERED = "partly answered"
STOPPED = "stopped"
RETURNED = "returned"
STAGES = (NOT_SENT, SENT, REMINDED, PARTLY_ANSWERED, STOPPED, RETURNED)


def stage(run: RunRow | None, *, stopped: bool) -> str:
    """The stage of a child's My Review run (None: the outbox has not sent it yet).

    Args:
        run: The latest My Review run for the review, if the offer has gone.
        stopped: The child pressed Stop in it and has not carried on since (the run's state
            says so; see :func:`storage.figures.stopped_runs`).
    """
    if run is None:
        return NOT_SENT
    if run.status == "completed":
        return RETURNED
    # Declining the offer is the child saying "not now" as surely as Stop.
    if stopped or run.status == "declined":
        return STOPPED
    if run.started_at is not None:
        # Still open, or closed with only some answers: either way, partly answered.
        return PARTLY_ANSWERED
    return REMINDED if run.reminders > 0 else SENT


async def latest_run(conn: aiosqlite.Connection, review: reviews.Review) -> RunRow | None:
    """The newest My Review run offered for ``review``."""
    for run in await runs.runs_for_child(conn, review.child_id):  # newest first
        if run.review_id == review.id and run.definition_id == planning.MY_REVIEW:
            return run
    return None


async def stage_of_review(conn: aiosqlite.Connection, cipher: Cipher | None, review_id: int) -> str:
    """How the child's My Review for ``review_id`` stands (:data:`STAGES`).

    Without the key (``cipher`` None) a Stop cannot be read from the encrypted state, and a
    stopped run shows as partly answered or sent.
    """
    review = await reviews.get_review(conn, review_id)
    run = None if review is None else await latest_run(conn, review)
    stopped = (
        run is not None
        and cipher is not None
        and run.id in await figures.stopped_runs(conn, cipher, [run.id])
    )
    return stage(run, stopped=stopped)
