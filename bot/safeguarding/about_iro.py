"""Whether an alert is about the child's IRO: one answer, for every place that asks.

An alert about the child's IRO never reaches that IRO: the duty team is told, with the words,
the admins without them, and the child hears exactly that. The question is answered once, as
the alert is raised (:func:`raised_about_iro`), from everything that may tie it to the IRO:
the survey it was raised in, the survey about the IRO being open while the words were written
(or words joined with ones that were), and words that name or concern the IRO
(:mod:`bot.safeguarding.iro_named`). The answer is kept on the alert (``alerts.about_iro``,
and the IRO's id as ``about_staff_id`` when the child has one on record), and every place that
reads an alert afterwards (the Telegram message, e-mail, the staff app, a button, a caring
reply sent again) asks :func:`about_iro`, which reads neither the child's words nor any row.

Doubt counts as yes: the duty team told instead can bring the IRO in, while the other way a
child's words about a person reach that person. So words that name the role count even when
the child has no IRO on record, and an alert kept as about the IRO stays so for whoever is
recorded as their IRO later.
"""

from __future__ import annotations

from typing import Final

import aiosqlite

from bot.safeguarding.iro_named import names_iro
from storage import alerts as alert_store
from storage import runs, staff
from storage.children import Child

# Surveys about the child's IRO: an alert raised in one, or while one is open, is about them.
ABOUT_IRO_SURVEYS: Final = alert_store.ABOUT_IRO_SURVEYS


def is_iro_survey(definition_id: str | None) -> bool:
    """Whether a survey (by definition id) is one about the child's IRO."""
    return definition_id in ABOUT_IRO_SURVEYS


async def raised_about_iro(
    conn: aiosqlite.Connection,
    child: Child,
    *,
    run_id: int | None,
    iro_survey_open: bool = False,
    words: str | None = None,
) -> bool:
    """Whether an alert being raised now is about the child's IRO.

    Args:
        conn: The connection of the child's turn.
        child: Whom the alert is on.
        run_id: The run it is raised in, if any: a survey about the IRO makes it about them.
        iro_survey_open: The words (or some they were joined with) were written while the
            survey about the IRO was open, though they answered none of its questions.
        words: Everything the child wrote that the alert is on, read for the IRO's role, name
            or the child's own word for them.
    """
    if iro_survey_open:
        return True
    run = None if run_id is None else await runs.get_run(conn, run_id)
    if run is not None and is_iro_survey(run.definition_id):
        return True
    if not words:
        return False
    iro = None if child.iro_id is None else await staff.get_staff(conn, child.iro_id)
    return names_iro(
        words,
        iro_name=None if iro is None else iro.name,
        iro_word=child.preferred_words.get("iro"),
    )


def about_iro(alert: alert_store.Alert) -> bool:
    """Whether an alert already raised is about the child's IRO, as :func:`raised_about_iro`
    decided then (or it names the member of staff it is about): such an alert never reaches
    the child's IRO, whoever that is now."""
    return alert.about_iro or alert.about_staff_id is not None
