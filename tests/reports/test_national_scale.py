"""What keeps the yearly reports fast at national scale without changing a figure.

Quotes: one compiled pattern for thousands of names, and only a few quotes per question.
Counts: SQLite counts, and the order questions and options were first met survives it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reports import collect, redaction
from reports.redaction import QUOTES_PER_QUESTION, QuoteCandidate, Redactor, choose_quotes, spread
from tests.reports.builders import Builder, open_builder

YEAR = (date(2025, 4, 1), date(2026, 3, 31))


def test_one_redactor_compiles_thousands_of_names_once_and_removes_any_of_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # More names than Python's regex cache holds (512): each used to be compiled per quote.
    # How fast that is belongs to the bench; here, that the names are compiled once.
    compiled: list[int] = []
    real = redaction._compile

    def counting(*args: Any, **kwargs: Any) -> Any:
        compiled.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(redaction, "_compile", counting)
    names = [f"Child{n:04d} Surname{n:04d}" for n in range(3000)]
    names += ["Jo Bloggs", "Anne Marie", "Will", "Auntie Bev", "Zoë"]
    redactor = Redactor(names)
    redactor.redact("a first quote, which may build the places once")
    built = len(compiled)
    quotes = [
        "child0042 surname0042 and Jo said hi",
        "JO BLOGGS came, will Will come? Anne-Marie too",
        "my auntie and Auntie Bev, Zoë and zoë",
        "Child2999 is kind but Child29990 is not a name we know",
    ] * 250
    out = [redactor.redact(q) for q in quotes]
    assert len(compiled) == built
    assert out[0] == "[name] and [name] said hi"
    assert out[1] == "[name] came, will [name] come? [name] too"
    assert out[2] == "my auntie and [name], [name] and [name]"
    assert out[3] == "[name] is kind but Child29990 is not a name we know"


def test_longest_name_wins_where_names_overlap() -> None:
    redactor = Redactor(["Jo", "Jo Bloggs", "Bloggs Smith"])
    # One placeholder for the whole name, not one per part.
    assert redactor.redact("Jo Bloggs-smith") == "[name]-[name]"
    assert redactor.redact("jo  bloggs said") == "[name] said"
    # A word that only starts with a name stays ("Joanna" is a name of its own now: the shipped
    # list of first names has it).
    assert redactor.redact("Joking and Jo") == "Joking and [name]"
    assert Redactor([]).redact("call 07700 900123") == "call [phone]"


def test_a_few_quotes_per_question_spread_over_the_period() -> None:
    candidates = [QuoteCandidate(f"Kim said {n}", True, "one_thing_to_change") for n in range(40)]
    candidates.insert(5, QuoteCandidate("only one here", True, "anything_else_about_iro"))
    candidates.insert(7, QuoteCandidate("   ", True, "anything_else_about_iro"))
    candidates.insert(9, QuoteCandidate("no consent", False, "anything_else_about_iro"))
    chosen = choose_quotes(candidates, respondents=50, names=["Kim"])
    texts = [text for question, text in chosen if question == "one_thing_to_change"]
    assert len(texts) == QUOTES_PER_QUESTION == 10
    # Evenly spaced over the 40, first to last, in the order they were sent.
    assert texts == [f"[name] said {n}" for n in (2, 6, 10, 14, 18, 22, 26, 30, 34, 38)]
    assert ("anything_else_about_iro", "only one here") in chosen
    assert chosen.index(("anything_else_about_iro", "only one here")) == 1
    assert len(chosen) == 11
    assert spread(3, 10) == [0, 1, 2] and spread(10, 2) == [2, 7]


@pytest.fixture
async def builder(tmp_path: Path) -> Any:
    b = await open_builder(tmp_path)
    yield b
    await b.db.close()


async def test_feedback_keeps_the_order_children_first_met_questions_and_options(
    builder: Builder,
) -> None:
    child = await builder.child("FB", "Robin")
    amr = await builder.survey("after_my_review")
    same_moment = "2025-05-01T12:00:00+00:00"
    # Created in this order, but the second run was completed first (an earlier moment) and
    # the third at the same moment as the first: the run id settles that tie.
    plan: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = [
        (same_moment, [("venue", ("online",)), ("how_it_went", ("green",))]),
        ("2025-04-20T09:00:00+00:00", [("snacks", ("crisps",)), ("venue", ("school",))]),
        (same_moment, [("venue", ("home", "school")), ("snacks", ("fruit",))]),
    ]
    for completed, answers in plan * 4:
        run = await builder.run(child, amr, "after_my_review", "12_15", completed=completed)
        for question, options in answers:
            await builder.choice(run, question, *options)
    doc = await collect.feedback_document(builder.db.reader, builder.cipher, *YEAR, exact=True)
    questions = doc.payload["questions"]
    assert [q["id"] for q in questions] == ["how_it_went", "snacks", "venue"]
    venue = next(q for q in questions if q["id"] == "venue")
    assert list(venue["counts"]) == ["school", "online", "home"]
    assert venue["counts"] == {"school": 4, "online": 4, "home": 4}
    snacks = next(q for q in questions if q["id"] == "snacks")
    assert snacks["counts"] == {"crisps": 4, "fruit": 4} and snacks["n"] == 8
    assert doc.payload["respondents"] == 12


async def test_satisfaction_lists_an_unknown_statement_after_the_known_ones(
    builder: Builder,
) -> None:
    child = await builder.child("TU", "Robin")
    tum = await builder.survey("tell_us_more")
    for n in range(12):
        run = await builder.run(
            child, tum, "tell_us_more", "8_11", completed=f"2025-06-{n + 1:02d}T10:00:00+00:00"
        )
        await builder.choice(run, "new_statement_b", "yes" if n < 9 else "no")
        await builder.choice(run, "worded_for_8_11", "sometimes", core="iro_helps_me_understand")
        await builder.choice(run, "new_statement_a", "dont_know")
        await builder.choice(run, "how_many_visits", "three")  # not an agreement item
    doc = await collect.satisfaction_document(builder.db.reader, builder.cipher, *YEAR, exact=True)
    statements = {s["id"]: s for s in doc.payload["statements"]}
    assert [s["id"] for s in doc.payload["statements"]][-2:] == [
        "new_statement_b",
        "new_statement_a",
    ]
    assert "how_many_visits" not in statements
    assert (statements["new_statement_b"]["n"], statements["new_statement_b"]["positive"]) == (
        12,
        9,
    )
    helps = statements["iro_helps_me_understand"]
    assert helps["n"] == 12 and helps["percent"]["sometimes"] == 100.0
    assert helps["by_age_band"]["8_11"] == 0.0 and helps["by_quarter"]["2025-26 Q1"] == 0.0
