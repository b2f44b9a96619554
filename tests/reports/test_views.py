"""The pre-meeting views for a child's next review, from a real database file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reports import collect
from reports.render import render_views_html, views_text
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
    views = await collect.pre_meeting_views(builder.db.reader, builder.cipher, "C1", TODAY)
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
    views = await collect.pre_meeting_views(builder.db.reader, builder.cipher, "C1", TODAY)
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
    assert "My Review not returned (sent 2026-02-02, reminded 2×)" in text
    html = render_views_html(views, today=TODAY)
    assert "reminded 2 times, last on 2026-02-07" in html
    assert await collect.pre_meeting_views(builder.db.reader, builder.cipher, "NOPE", TODAY) is None


async def test_views_use_the_shipped_wording_and_the_childs_words(tmp_path: Path) -> None:
    from surveys.library import load_definitions

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
        views = await collect.pre_meeting_views(b.db.reader, b.cipher, "C3", TODAY)
    finally:
        await b.db.close()
    assert views is not None
    chair = next(a for a in views.wishes if a.question_id == "chair")
    assert "{" not in chair.question and chair.answer.startswith("Yes, with help from")
    assert "{" not in chair.answer
    assert any("mum time" in t.lower() for t in views.topics), views.topics
    assert [a.answer for a in views.iro_only] == ["secret stuff"]
