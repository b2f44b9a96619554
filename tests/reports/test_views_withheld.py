"""An IRO never reads the answers holding the words of an alert about them: not in the views for
the coming review, not in "last time" at the next one. The answers are known by the (run,
question) the alert kept, whatever their words became; only alerts from before those were kept
are matched by their words. Duty staff read the answers and the alert as before."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from reports import collect
from reports.render import render_views_html, views_text
from reports.views import PreMeetingViews, viewer_for
from reports.withheld import within
from tests.reports.builders import MY_REVIEW_BODY, Builder, open_builder
from tests.reports.test_views import TODAY

NAMING = "jo bloggs hurts me when nobody is looking"
EDITED = "please just forget what i said"
WHY = "jo shouted at me after and hurt my arm"


@dataclass(frozen=True)
class Samira:
    b: Builder
    iro: int
    duty: int
    child: int
    run: int  # My Review for the coming review
    before: int  # My Review for the last review
    feedback: int  # After my review, for the last review


@pytest.fixture(name="s")
async def samira(tmp_path: Path) -> AsyncIterator[Samira]:
    """Samira (12), whose IRO is Jo Bloggs: My Review and feedback for her last review, My
    Review back for the coming one."""
    b = await open_builder(tmp_path)
    iro = await b.staff("IRO1", "Jo Bloggs")
    duty = await b.staff("DUTY1", "Dee Duty", role="duty")
    child = await b.child("C1", "Samira", iro=iro)
    last = await b.review(child, "2025-08-20", "12_15", "PN6", source="hearme")
    coming = await b.review(child, "2026-02-20", "12_15", None, held=False, source="hearme")
    mine = await b.survey("my_review", MY_REVIEW_BODY)
    before = await b.run(
        child, mine, "my_review", "12_15", review_id=last, completed="2025-08-06T09:00:00+00:00"
    )
    await b.choice(before, "come_to_meeting", "yes")
    await b.choice(before, "topics", "school")
    feedback = await b.run(
        child,
        await b.survey("after_my_review"),
        "after_my_review",
        "12_15",
        review_id=last,
        completed="2025-08-21T10:00:00+00:00",
    )
    await b.choice(feedback, "how_it_went", "red")
    await b.text(feedback, "how_it_went_why", WHY)
    run = await b.run(
        child, mine, "my_review", "12_15", review_id=coming, completed="2026-02-03T18:00:00+00:00"
    )
    await b.choice(run, "school", "happy")
    await b.text(run, "where_when", "after school at home")
    try:
        yield Samira(b, iro, duty, child, run, before, feedback)
    finally:
        await b.db.close()


async def _views(s: Samira, role: str, staff_id: int) -> PreMeetingViews:
    viewer = viewer_for(role, childs_iro=role == "iro", staff_id=staff_id)
    found = await collect.pre_meeting_views(s.b.db.reader, s.b.cipher, "C1", TODAY, viewer=viewer)
    assert found is not None
    return found


def _everything(views: PreMeetingViews) -> str:
    return render_views_html(views, today=TODAY) + views_text(views)


async def test_an_answer_edited_since_its_alert_is_still_kept_from_the_iro(s: Samira) -> None:
    # The child named their IRO, then changed the answer: its words no longer match the alert's.
    await s.b.text(s.run, "worries", EDITED)
    await s.b.text(s.run, "for_iro", "i said it before", audience="iro_only")
    await s.b.alert(s.child, s.run, NAMING, about=s.iro, from_answers=[(s.run, "worries")])
    await s.b.alert(s.child, s.run, NAMING, about=s.iro, from_answers=[(s.run, "for_iro")])
    iro = await _views(s, "iro", s.iro)
    assert [a.answer for a in iro.how_things_are] == ["😀 Happy"]
    assert iro.iro_only == () and iro.alerts == () and iro.private_withheld == 0
    page = _everything(iro)
    assert EDITED not in page and NAMING not in page and "i said it before" not in page
    assert "after school at home" in page  # the rest of what Samira said is there
    duty = await _views(s, "duty", s.duty)
    assert EDITED in [a.answer for a in duty.how_things_are]
    assert [a.excerpt for a in duty.alerts] == [NAMING, NAMING]
    # Duty are not the child's IRO: the note kept just for them is counted, never shown.
    assert duty.private_withheld == 1 and "i said it before" not in _everything(duty)


async def test_a_long_answer_joined_with_the_last_is_kept_from_the_iro(s: Samira) -> None:
    # The alert's words are the end of both messages, as typed; the stored answer was cut to
    # its limit, so no words of it match the alert's.
    start = "jo bloggs is my iro and " + "i go on and on " * 10
    await s.b.text(s.run, "worries", start)
    await s.b.text(s.run, "for_iro", "and hits me " * 2, audience="meeting")
    joined = (start + "and more " * 40 + "\nand hits me " * 3)[-500:]
    assert not within(start, [joined])  # what the words alone could not find
    await s.b.alert(
        s.child, s.run, joined, about=s.iro, from_answers=[(s.run, "worries"), (s.run, "for_iro")]
    )
    page = _everything(await _views(s, "iro", s.iro))
    assert "jo bloggs is my iro" not in page and "hits me" not in page
    duty = await _views(s, "duty", s.duty)
    assert start in [a.answer for a in duty.how_things_are]
    assert [a.answer for a in duty.for_the_iro] == ["and hits me " * 2]


async def test_last_time_keeps_the_feedback_and_wishes_of_an_alert_about_the_iro(
    s: Samira,
) -> None:
    await s.b.alert(
        s.child,
        s.feedback,
        WHY,
        at="2025-08-21T10:00:00+00:00",
        about=s.iro,
        from_answers=[(s.feedback, "how_it_went_why"), (s.before, "come_to_meeting")],
    )
    iro = await _views(s, "iro", s.iro)
    assert iro.last_time is not None
    assert (iro.last_time.rag, iro.last_time.because, iro.last_time.wishes) == ("red", None, ())
    assert iro.last_time.topics == ("School",)
    assert WHY not in _everything(iro) and "jo shouted" not in _everything(iro)
    duty = await _views(s, "duty", s.duty)
    assert duty.last_time is not None and duty.last_time.because == WHY
    assert [a.answer for a in duty.last_time.wishes] == ["Yes"]
    assert f"because {WHY}" in views_text(duty)


async def test_an_alert_from_before_its_answers_were_kept_is_matched_by_its_words(
    s: Samira,
) -> None:
    await s.b.text(s.run, "worries", NAMING)
    await s.b.alert(s.child, s.run, NAMING, about=s.iro)
    await s.b.alert(s.child, s.feedback, WHY, at="2025-08-21T10:00:00+00:00", about=s.iro)
    iro = await _views(s, "iro", s.iro)
    assert iro.last_time is not None and iro.last_time.because is None
    assert NAMING not in _everything(iro) and WHY not in _everything(iro)
    duty = await _views(s, "duty", s.duty)
    assert duty.last_time is not None and duty.last_time.because == WHY
    assert NAMING in [a.answer for a in duty.how_things_are]


async def test_an_alert_whose_words_answered_no_question_takes_no_answer_out(
    s: Samira,
) -> None:
    # Said outside the survey (kept as no answers at all): an answer with the same words is
    # another thing the child said, and no alert of its own was raised on it.
    await s.b.text(s.run, "worries", "i miss my brother")
    await s.b.alert(s.child, None, "i miss my brother", about=s.iro, from_answers=[])
    iro = await _views(s, "iro", s.iro)
    assert "i miss my brother" in [a.answer for a in iro.how_things_are]
    assert iro.alerts == ()


ABOUT_THE_ROLE = "my iro never listens and shouts at me"


async def test_words_about_the_iro_stay_from_the_iro_recorded_after_them(s: Samira) -> None:
    """Samira had no IRO on record when she wrote about her IRO, so the alerts name nobody:
    kept as about the IRO, they stay from whoever is recorded as her IRO later, in the views
    and in "last time" alike. (Decided by the IRO's id alone, the IRO recorded later read
    every word.) Duty read them as before; an admin learns of the alerts without the words."""
    admin = await s.b.staff("ADM1", "Ada Admin", role="admin")
    await s.b.sql("UPDATE children SET iro_id = NULL WHERE id = ?", (s.child,))
    await s.b.text(s.run, "worries", ABOUT_THE_ROLE)
    await s.b.alert(
        s.child, s.run, ABOUT_THE_ROLE, about_iro=True, from_answers=[(s.run, "worries")]
    )
    await s.b.alert(
        s.child,
        s.feedback,
        WHY,
        at="2025-08-21T10:00:00+00:00",
        about_iro=True,
        from_answers=[(s.feedback, "how_it_went_why")],
    )
    await s.b.sql("UPDATE children SET iro_id = ? WHERE id = ?", (s.iro, s.child))

    iro = await _views(s, "iro", s.iro)
    assert iro.alerts == () and iro.last_time is not None and iro.last_time.because is None
    assert [a.answer for a in iro.how_things_are] == ["😀 Happy"]
    page = _everything(iro)
    assert ABOUT_THE_ROLE not in page and "never listens" not in page and WHY not in page
    assert "after school at home" in page  # the rest of what Samira said is there

    duty = await _views(s, "duty", s.duty)
    assert ABOUT_THE_ROLE in [a.answer for a in duty.how_things_are]
    assert [a.excerpt for a in duty.alerts] == [ABOUT_THE_ROLE, WHY]
    assert duty.last_time is not None and duty.last_time.because == WHY

    everyone_but_duty = await _views(s, "admin", admin)
    assert [(a.excerpt, a.about_staff) for a in everyone_but_duty.alerts] == [(None, True)] * 2
    page = _everything(everyone_but_duty)
    assert ABOUT_THE_ROLE not in page and WHY not in page
    assert "shown only to duty staff: they are about a member of staff" in page


async def test_an_alert_about_the_last_iro_stays_from_the_next(s: Samira) -> None:
    # The child was told the duty team alone would know: a new IRO is told no more than the
    # one the words were about.
    await s.b.text(s.run, "worries", NAMING)
    await s.b.alert(s.child, s.run, NAMING, about=s.iro, from_answers=[(s.run, "worries")])
    new = await s.b.staff("IRO2", "Ali New")
    await s.b.sql("UPDATE children SET iro_id = ? WHERE id = ?", (new, s.child))
    iro = await _views(s, "iro", new)
    assert iro.alerts == () and NAMING not in _everything(iro)
    duty = await _views(s, "duty", s.duty)
    assert NAMING in [a.answer for a in duty.how_things_are]
