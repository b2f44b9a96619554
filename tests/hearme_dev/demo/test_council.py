"""The fictional council and the simulated children: fast checks without running the bot."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from hearme_dev.demo import council, script
from storage import imports
from surveys.bands import age_on, band_for
from surveys.concerns import detect
from surveys.engine import Choice, Prompt

YEAR = date(2025, 4, 1)


def test_same_seed_same_council_and_every_band_is_there() -> None:
    first = council.generate(3, children=120, year_start=YEAR)
    assert first == council.generate(3, children=120, year_start=YEAR)
    assert first != council.generate(4, children=120, year_start=YEAR)
    ages = {age_on(child.date_of_birth, YEAR) for child in first.children}
    assert ages == set(range(2, 20))
    bands = {band_for(child.date_of_birth, YEAR) for child in first.children}
    assert bands == {"under_4", "4_7", "8_11", "12_15", "16_plus"}
    assert [c.language for c in first.children].count("cy") == 1
    assert any(c.preferred_name for c in first.children)
    assert any(c.words for c in first.children)
    assert sorted(m.role for m in first.staff).count("iro") == 6
    assert {m.role for m in first.staff} == {"iro", "participation", "duty", "admin"}


def test_history_is_coded_and_the_played_year_is_not() -> None:
    made = council.generate(5, children=40, year_start=YEAR)
    history = [r for r in made.reviews if r.review_date < YEAR]
    played = [r for r in made.reviews if YEAR <= r.review_date <= made.year_end]
    assert history and played
    assert all(r.participation_code and r.mode for r in history)
    assert all(r.participation_code is None for r in played)
    for review in history:
        under_four = age_on(made.child(review.child_ref).date_of_birth, review.review_date) < 4
        assert (review.participation_code == "PN0") == under_four
    assert {r.review_date.year for r in made.reviews} >= {2023, 2024, 2025, 2026}


def test_the_csv_files_pass_the_real_import_checks(tmp_path: Path) -> None:
    made = council.generate(9, children=50, year_start=YEAR)
    files = council.write_csvs(made, tmp_path)
    staff_sheet = imports.read_sheet(files.staff, imports.STAFF_COLUMNS)
    assert not imports.check_staff(staff_sheet).problems
    known = {m.staff_ref: (n, m.role) for n, m in enumerate(made.staff, 1)}
    child_sheet = imports.read_sheet(files.children, imports.CHILD_COLUMNS)
    checked = imports.check_children(child_sheet, staff_by_ref=known, today=YEAR)
    assert not checked.problems
    assert len(checked.records) == 50
    born = {c.child_ref: (n, c.date_of_birth) for n, c in enumerate(made.children, 1)}
    review_sheet = imports.read_sheet(files.reviews, imports.REVIEW_COLUMNS)
    reviews = imports.check_reviews(review_sheet, children_by_ref=born)
    assert not reviews.problems
    assert len(reviews.records) == len(made.reviews)


def test_children_write_nothing_that_looks_like_harm_except_the_one_disclosure() -> None:
    for text in script.WRITTEN:
        assert detect(text) is None, text
    found = detect(script.DISCLOSURE)
    assert found is not None and "physical_abuse" in found.categories


def _prompt(question: str, options: tuple[str, ...], **extra: object) -> Prompt:
    controls = tuple(Choice(c, c) for c in (script.SKIP, script.DECLINE, "_back", script.STOP))
    choices = tuple(Choice(o, o) for o in options)
    return Prompt(kind="question", text="?", question_id=question, choices=choices,
                  controls=controls, **extra)  # type: ignore[arg-type]  # fmt: skip


def test_no_simulated_child_asks_for_help_by_accident() -> None:
    calm = script.Temperament(keen=1.0, skips=0.0, writes=0.5, positive=0.0)
    safe = _prompt("feel_safe", ("yes", "no"))
    worries = _prompt("worries", ("home", "school", "nothing", "talk", "_done"), multiple=True)
    for seed in range(300):
        rng = random.Random(seed)
        assert script.next_move(safe, rng, calm).choice_id == "yes"
        assert script.next_move(worries, rng, calm).choice_id != "talk"


def test_plans_cover_every_kind_and_repeat_for_the_same_names() -> None:
    kinds = {script.run_plan(1, f"C{n:04d}", "my_review", YEAR, keen=0.7).kind for n in range(200)}
    assert kinds == {"now", "later", "stop_resume", "never"}
    again = script.run_plan(1, "C0001", "my_review", YEAR, keen=0.7)
    assert again == script.run_plan(1, "C0001", "my_review", YEAR, keen=0.7)


def test_an_iro_who_saw_views_through_hearme_codes_pn6_or_attendance() -> None:
    codes = {script.participation(random.Random(n), sent_views=True).code for n in range(200)}
    assert codes == {"PN6", "PN1", "PN2"}
