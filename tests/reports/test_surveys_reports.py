"""Satisfaction and feedback figures and quotes, from a real database file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reports import collect
from reports.render import render_html
from tests.reports.builders import SCRIPT_QUOTE, Builder, fill_surveys, open_builder

YEAR = (date(2025, 4, 1), date(2026, 3, 31))


@pytest.fixture
async def builder(tmp_path: Path) -> Any:
    b = await open_builder(tmp_path)
    await fill_surveys(b)
    yield b
    await b.db.close()


async def test_satisfaction_exact_figures(builder: Builder) -> None:
    doc = await collect.satisfaction_document(builder.db.reader, builder.cipher, *YEAR, exact=True)
    statements = {s["id"]: s for s in doc.payload["statements"]}
    first = statements["iro_does_what_they_say"]
    assert (first["n"], first["positive"], first["percent_positive"]) == (12, 9, 75.0)
    assert first["percent"] == {"yes": 75.0, "sometimes": 8.3, "no": 8.3, "dont_know": 8.3}
    assert first["by_quarter"] == {
        "2025-26 Q1": 83.3,
        "2025-26 Q2": None,
        "2025-26 Q3": 66.7,
        "2025-26 Q4": None,
    }
    talk = statements["able_to_talk_to_iro"]
    assert (talk["n"], talk["positive"], talk["percent_positive"]) == (12, 10, 83.3)
    assert doc.payload["respondents"] == 13
    # Statements nobody answered are still listed, with nothing to count.
    assert statements["iro_helped_me_feel_safe"]["n"] == 0


async def test_satisfaction_anonymised(builder: Builder) -> None:
    doc = await collect.satisfaction_document(builder.db.reader, builder.cipher, *YEAR)
    first = next(s for s in doc.payload["statements"] if s["id"] == "iro_does_what_they_say")
    assert first["n"] == 12
    assert first["percent"]["sometimes"] == "c" and first["percent"]["no"] == "c"
    assert first["by_age_band"]["12_15"] == "c"  # six children: too few for a percentage
    for key in ("id", "n", "positive", "percent_positive"):
        assert key in first


async def test_quotes_are_consented_redacted_and_safe(builder: Builder) -> None:
    doc = await collect.satisfaction_document(builder.db.reader, builder.cipher, *YEAR)
    texts = [q["text"] for q in doc.payload["quotes"]]
    assert texts == ["[name] is kind, text me on [phone]", SCRIPT_QUOTE]
    html = render_html(doc)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; my IRO is ok" in html
    for never in ("only for my IRO", "hurts me", "no consent given"):
        assert never not in html


async def test_no_quotes_from_fewer_than_ten(builder: Builder) -> None:
    doc = await collect.satisfaction_document(
        builder.db.reader, builder.cipher, date(2025, 4, 1), date(2025, 9, 30)
    )
    assert doc.payload["quotes"] == []


async def test_feedback_rag_by_quarter(builder: Builder) -> None:
    doc = await collect.feedback_document(builder.db.reader, builder.cipher, *YEAR, exact=True)
    rag = doc.payload["questions"][0]
    assert rag["id"] == "how_it_went" and rag["rag"] is True
    assert rag["counts"] == {"red": 2, "amber": 3, "green": 7} and rag["n"] == 12
    assert rag["percent"]["green"] == 58.3
    assert rag["by_quarter"]["2025-26 Q1"] == {"red": 0, "amber": 2, "green": 4}
    assert rag["by_quarter"]["2025-26 Q3"] == {"red": 2, "amber": 1, "green": 3}
    assert [q["text"] for q in doc.payload["quotes"]] == [
        "Ask [name] to come, she is at [postcode]"
    ]
    hidden = await collect.feedback_document(builder.db.reader, builder.cipher, *YEAR)
    assert hidden.payload["questions"][0]["counts"]["red"] == "c"
