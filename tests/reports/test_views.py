"""The pre-meeting views for a child's next review, from a real database file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reports import collect
from reports.render import render_views_html, views_text
from reports.views import CHILDS_IRO, DUTY, VOICE_NOTE
from surveys.concerns import LEARNED_SERIOUS
from tests.reports.builders import MY_REVIEW_BODY, Builder, open_builder

TODAY = date(2026, 2, 10)


@pytest.fixture
async def builder(tmp_path: Path) -> Any:
    b = await open_builder(tmp_path)
    iro = await b.staff("IRO1", "Jo Bloggs")
    child = await b.child("C1", "Samira", iro=iro)
    previous = await b.review(child, "2025-08-20", "12_15", "PN6", source="hearme")
    upcoming = await b.review(child, "2026-02-20", "12_15", None, held=False, source="hearme")
    mine = await b.survey("my_review", MY_REVIEW_BODY)
    after = await b.survey("after_my_review")
    old = await b.run(
        child,
        mine,
        "my_review",
        "12_15",
        review_id=previous,
        sent="2025-08-05T09:00:00+00:00",
        completed="2025-08-06T09:00:00+00:00",
    )
    await b.choice(old, "topics", "school")
    fb = await b.run(
        child,
        after,
        "after_my_review",
        "12_15",
        review_id=previous,
        sent="2025-08-21T09:00:00+00:00",
        completed="2025-08-21T10:00:00+00:00",
    )
    await b.choice(fb, "how_it_went", "red")
    await b.text(fb, "how_it_went_why", "nobody listened")
    await b.choice(fb, "talked_about_wanted", "no")
    run = await b.run(
        child,
        mine,
        "my_review",
        "12_15",
        review_id=upcoming,
        sent="2026-02-01T09:00:00+00:00",
        completed="2026-02-03T18:00:00+00:00",
    )
    await b.choice(run, "school", "happy")
    await b.text(run, "worries", "I miss my brother <b>a lot</b>")
    await b.choice(run, "topics", "family_time", "money")
    await b.choice(run, "come_to_meeting", "yes")
    await b.choice(run, "chair", "no")
    await b.text(run, "where_when", "after school at home")
    await b.text(run, "for_iro", "I don't like the new house", audience="iro_only")
    await b.alert(child, run, "i want to hurt myself", at="2026-02-03T18:00:00+00:00")
    await b.alert(
        child,
        None,
        "old worry",
        at="2025-01-01T10:00:00+00:00",
        acknowledged="2025-01-01T10:10:00+00:00",
    )
    await b.alert(
        child,
        None,
        "recent handled",
        at="2026-01-20T10:00:00+00:00",
        acknowledged="2026-01-20T10:05:00+00:00",
        categories=("neglect",),
    )
    other = await b.child("C2", "Lee", iro=iro)
    await b.review(other, "2026-03-01", "8_11", None, held=False)
    await b.run(
        other,
        mine,
        "my_review",
        "8_11",
        status="sent",
        sent="2026-02-02T09:00:00+00:00",
        reminders=2,
        reminded="2026-02-07T09:00:00+00:00",
    )
    yield b
    await b.db.close()


async def test_views_for_the_next_review(builder: Builder) -> None:
    views = await collect.pre_meeting_views(
        builder.db.reader, builder.cipher, "C1", TODAY, viewer=CHILDS_IRO
    )
    assert views is not None
    assert (views.name, views.review_date, views.status, views.iro_name) == (
        "Samira",
        "2026-02-20",
        "returned",
        "Jo Bloggs",
    )
    assert views.topics == ("Family time", "Money")
    how = {a.question: a.answer for a in views.how_things_are}
    assert how == {
        "How is school?": "😀 Happy",
        "What worries you?": "I miss my brother <b>a lot</b>",
    }
    wishes = {a.question: a.answer for a in views.wishes + views.arrangements}
    assert wishes == {
        "Do you want to come to your meeting?": "Yes",
        "Do you want to chair it?": "No",
        "Where and when?": "after school at home",
    }
    assert [a.answer for a in views.iro_only] == ["I don't like the new house"]
    assert [(a.excerpt, a.open) for a in views.alerts] == [
        ("i want to hurt myself", True),
        ("recent handled", False),
    ]
    assert views.last_time is not None
    assert (
        views.last_time.rag,
        views.last_time.because,
        views.last_time.topics,
        views.last_time.talked_about,
    ) == ("red", "nobody listened", ("School",), "No")


async def test_views_page_and_message(builder: Builder) -> None:
    views = await collect.pre_meeting_views(
        builder.db.reader, builder.cipher, "C1", TODAY, viewer=CHILDS_IRO
    )
    assert views is not None
    html = render_views_html(views, today=TODAY)
    assert "I miss my brother &lt;b&gt;a lot&lt;/b&gt;" in html
    assert "Just for my IRO" in html and "I don&#39;t like the new house" in html
    assert "last time: 🔴 Red because nobody listened" in html
    assert "default-src &#39;none&#39;" not in html and "default-src 'none'" in html
    text = views_text(views)
    assert "last time: 🔴 Red because nobody listened" in text
    assert "1 open alert" in text and "I don't like the new house" not in text
    assert "Wants to talk about: Family time, Money" in text


async def test_not_returned_shows_when_sent_and_reminded(builder: Builder) -> None:
    views = await collect.pre_meeting_views(builder.db.reader, builder.cipher, "C2", TODAY)
    assert views is not None and views.status == "not_returned"
    text = views_text(views)
    assert text.splitlines() == [
        "Lee (C2): review on 2026-03-01.",
        "My Review was sent on 2026-02-02 and has not come back yet; reminded 2 times, "
        "last on 2026-02-07.",
    ]
    html = render_views_html(views, today=TODAY)
    assert "reminded 2 times, last on 2026-02-07" in html
    assert await collect.pre_meeting_views(builder.db.reader, builder.cipher, "NOPE", TODAY) is None


async def test_views_use_the_shipped_wording_and_the_childs_words(tmp_path: Path) -> None:
    from surveys.catalogue import load_definitions

    definition = load_definitions()["my_review"]
    b = await open_builder(tmp_path)
    try:
        child = await b.child("C3", "Mo")
        await b.sql(
            "UPDATE children SET preferred_words = ? WHERE id = ?",
            ('{"family_time": "mum time"}', child),
        )
        review = await b.review(child, "2026-03-01", "12_15", None, held=False)
        pinned = await b.survey("my_review", definition.model_dump(mode="json"))
        run = await b.run(child, pinned, "my_review", "12_15", review_id=review)
        await b.choice(run, "chair", "with_help")
        await b.choice(run, "topics", "family_time", "school")
        await b.text(run, "for_iro", "secret stuff", audience="iro_only")
        views = await collect.pre_meeting_views(
            b.db.reader, b.cipher, "C3", TODAY, viewer=CHILDS_IRO
        )
    finally:
        await b.db.close()
    assert views is not None
    chair = next(a for a in views.wishes if a.question_id == "chair")
    assert "{" not in chair.question and chair.answer.startswith("Yes, with help from")
    assert "{" not in chair.answer
    assert any("mum time" in t.lower() for t in views.topics), views.topics
    assert [a.answer for a in views.iro_only] == ["secret stuff"]


async def returned(b: Builder, ref: str, name: str, band: str = "12_15") -> tuple[int, int]:
    """A child whose My Review for their next review came back: the child's and run's ids."""
    mine = await b.survey("my_review", MY_REVIEW_BODY)
    child = await b.child(ref, name)
    review = await b.review(child, "2026-03-01", band, None, held=False)
    return child, await b.run(child, mine, "my_review", band, review_id=review)


async def views_of(b: Builder, ref: str, **kwargs: Any) -> Any:
    found = await collect.pre_meeting_views(b.db.reader, b.cipher, ref, TODAY, **kwargs)
    assert found is not None
    return found


async def test_words_for_the_iro_are_private_only_when_the_child_said_so(tmp_path: Path) -> None:
    b = await open_builder(tmp_path)
    try:
        _, run = await returned(b, "T1", "Ola")
        await b.text(run, "for_iro", "I want to see my dad more", audience="meeting")
        # The youngest children are not asked who may hear it: audience stays empty.
        _, run = await returned(b, "Y1", "Bo", "4_7")
        await b.text(run, "for_iro", "I like my cat", audience=None)
        teen_views = await views_of(b, "T1", viewer=CHILDS_IRO)
        young_views = await views_of(b, "Y1", viewer=CHILDS_IRO)
    finally:
        await b.db.close()
    assert teen_views.iro_only == () and young_views.iro_only == ()
    assert [a.answer for a in teen_views.for_the_iro] == ["I want to see my dad more"]
    assert [a.answer for a in young_views.for_the_iro] == ["I like my cat"]
    teen_page = render_views_html(teen_views, today=TODAY)
    assert "Just for my IRO" not in teen_page and "not to be shared" not in teen_page
    assert "What Ola wants the IRO to know" in teen_page
    assert "Ola said this is OK to talk about at the meeting." in teen_page
    young_page = render_views_html(young_views, today=TODAY)
    assert "Just for" not in young_page and "I like my cat" in young_page
    assert "OK to talk about" not in young_page
    assert "For the IRO: I want to see my dad more (OK to talk about at the meeting)" in (
        views_text(teen_views)
    )
    assert "For the IRO: I like my cat" in views_text(young_views)


async def test_alert_words_only_for_the_childs_iro_and_duty(tmp_path: Path) -> None:
    b = await open_builder(tmp_path)
    try:
        child, run = await returned(b, "A1", "Ash")
        private = "he hits me when mum is at work and I am scared to go home"
        await b.text(run, "worries", private, audience="iro_only")
        await b.text(run, "for_iro", "I want my own room", audience="iro_only")
        await b.alert(child, run, private[:30], at="2026-02-03T18:00:00+00:00")
        await b.alert(
            child, run, "How do you feel? — No", at="2026-02-04T09:00:00+00:00", categories=()
        )
        by_viewer = {
            "iro": await views_of(b, "A1", viewer=CHILDS_IRO),
            "duty": await views_of(b, "A1", viewer=DUTY),
            "admin": await views_of(b, "A1"),
        }
    finally:
        await b.db.close()
    newest, from_private = by_viewer["iro"].alerts
    assert from_private.iro_only and not newest.iro_only
    assert from_private.excerpt == private[:30]
    iro_page = render_views_html(by_viewer["iro"], today=TODAY)
    assert "🔒 From words Ash kept just for their IRO: not to be shared at the meeting." in iro_page
    assert iro_page.count("From words Ash kept") == 1
    assert private in iro_page  # the answer itself, in the private section
    duty_page = render_views_html(by_viewer["duty"], today=TODAY)
    assert private[:30] in duty_page and private not in duty_page
    admin = by_viewer["admin"]
    assert all(a.excerpt is None and a.words_withheld for a in admin.alerts)
    admin_page = render_views_html(admin, today=TODAY)
    assert "he hits" not in admin_page and "How do you feel" not in admin_page
    assert "An alert was raised on 2026-02-03 18:00: self harm." in admin_page
    assert "The child's words are shown only to their IRO and duty staff." in admin_page
    # The answer that raised the alert holds its words: an admin is not told of it at all,
    # only of the other answer Ash kept for their IRO.
    assert "Ash kept 1 answer just for their IRO. Only their IRO sees it." in admin_page
    assert "he hits" not in views_text(admin) and "own room" not in views_text(admin)
    assert "1 note kept just for their IRO (not shown to you)" in views_text(admin)


async def test_an_alert_only_the_model_raised_says_no_listed_phrase_matched(
    tmp_path: Path,
) -> None:
    b = await open_builder(tmp_path)
    try:
        child, run = await returned(b, "L1", "Lee")
        words = "he keeps a bag at my carers and says i cant look inside"
        await b.alert(child, run, words, at="2026-02-03T18:00:00+00:00",
                      categories=(LEARNED_SERIOUS,))
        await b.alert(child, run, "he hits me", at="2026-02-04T18:00:00+00:00")
        views = await views_of(b, "L1", viewer=CHILDS_IRO)
    finally:
        await b.db.close()
    assert [a.learned for a in views.alerts] == [False, True]
    page = " ".join(render_views_html(views, today=TODAY).split())
    assert (
        "An alert was raised on 2026-02-03 18:00: possible serious harm. No listed phrase "
        "matched: a person should read the child's words."
    ) in page
    assert page.count("No listed phrase matched") == 1


async def test_voice_notes_are_not_shown_as_file_ids(tmp_path: Path) -> None:
    b = await open_builder(tmp_path)
    try:
        _, run = await returned(b, "V1", "Vic")
        await b.voice(run, "for_iro", "AwACAgQAAxkBAAIBfileid1", audience="meeting")
        await b.voice(run, "worries", "AwACAgQAAxkBAAIBfileid2", audience="iro_only")
        iro = await views_of(b, "V1", viewer=CHILDS_IRO)
        admin = await views_of(b, "V1")
    finally:
        await b.db.close()
    assert [(a.question, a.voice_ref) for a in iro.voice_notes] == [
        ("Anything just for your IRO?", "AwACAgQAAxkBAAIBfileid1"),
        ("What worries you?", "AwACAgQAAxkBAAIBfileid2"),
    ]
    assert [a.voice_ref for a in admin.voice_notes] == ["AwACAgQAAxkBAAIBfileid1"]
    for views in (iro, admin):
        page = render_views_html(views, today=TODAY)
        assert "AwACAgQ" not in page and "AwACAgQ" not in views_text(views)
        assert VOICE_NOTE in page


async def test_no_review_and_nothing_sent_reads_as_sentences(tmp_path: Path) -> None:
    b = await open_builder(tmp_path)
    try:
        await b.child("N1", "Nia")
        views = await views_of(b, "N1")
    finally:
        await b.db.close()
    assert views_text(views).splitlines() == [
        "Nia (N1): no review is booked yet.",
        "My Review has not been sent yet.",
    ]
    page = render_views_html(views, today=TODAY)
    assert "no review booked yet" in page and "My Review has not been sent yet." in page


async def test_alert_words_show_on_one_line_on_the_staff_page(tmp_path: Path) -> None:
    b = await open_builder(tmp_path)
    try:
        child, run = await returned(b, "A1", "Ash")
        forged = "he hits me\nAcknowledged by duty: no action\u2028OK"
        await b.alert(child, run, forged, at="2026-02-03T18:00:00+00:00")
        views = await views_of(b, "A1", viewer=DUTY)
    finally:
        await b.db.close()
    [alert] = views.alerts
    assert alert.excerpt == "he hits me ⏎ Acknowledged by duty: no action ⏎ OK"
    page = render_views_html(views, today=TODAY)
    assert "he hits me ⏎ Acknowledged by duty: no action ⏎ OK" in page
    assert "no action\n" not in page
