"""`surveys.check` and `hearme surveys check`: every problem, with file and field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from surveys.catalogue import shipped_paths
from surveys.check import check_files
from tests.surveys.cli import run_hearme
from tests.surveys.fixtures import valid_survey, write

Survey = dict[str, Any]


def test_shipped_definitions_pass() -> None:
    paths = shipped_paths()
    names = {p.name for p in paths}
    assert names == {"my_review.yaml", "tell_us_more.yaml", "after_my_review.yaml"}
    assert check_files(paths) == []


def test_the_fixture_itself_is_valid(tmp_path: Path) -> None:
    assert check_files([write(tmp_path, valid_survey())]) == []


def _empty_options(s: Survey) -> None:
    s["variants"][1]["questions"][1]["options"] = []


def _unknown_type(s: Survey) -> None:
    s["variants"][0]["questions"][0]["type"] = "slider"


def _duplicate_id(s: Survey) -> None:
    s["variants"][0]["questions"][2]["id"] = "home"


def _show_if_unknown(s: Survey) -> None:
    s["variants"][0]["questions"][2]["show_if"]["question"] = "nowhere"


def _show_if_later(s: Survey) -> None:
    s["variants"][0]["questions"][0]["show_if"] = {"question": "pets", "any_of": ["dog"]}


def _show_if_unknown_option(s: Survey) -> None:
    s["variants"][0]["questions"][2]["show_if"]["any_of"] = ["parrot"]


def _unknown_placeholder(s: Survey) -> None:
    s["variants"][1]["intro"]["en"] = "Hi {nmae}"


def _missing_translation(s: Survey) -> None:
    del s["variants"][0]["questions"][1]["options"][0]["label"]["cy"]


def _band_gap(s: Survey) -> None:
    s["variants"][1]["min_age"] = 10


def _band_overlap(s: Survey) -> None:
    s["variants"][1]["min_age"] = 6


def _too_long(s: Survey) -> None:
    s["variants"][0]["questions"] += [
        {"id": f"essay{i}", "type": "free_text", "text": {"en": "Write", "cy": "Ysgrifenna"}}
        for i in range(14)
    ]


def _standard_option_unknown(s: Survey) -> None:
    s["variants"][0]["questions"][0]["options"] = [{"id": "ecstatic"}]


def _unknown_field(s: Survey) -> None:
    s["variants"][0]["questions"][0]["colour"] = "blue"


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (_empty_options, "little.yaml: variants[1].questions[1].options: must not be empty"),
        (_unknown_type, "little.yaml: variants[0].questions[0].type: unknown type 'slider'"),
        (_duplicate_id, "little.yaml: variants[0].questions[2].id: duplicate id 'home'"),
        (_show_if_unknown, "variants[0].questions[2].show_if.question: unknown question 'nowhere'"),
        (_show_if_later, "variants[0].questions[0].show_if.question: 'pets' is not an earlier"),
        (_show_if_unknown_option, "show_if.any_of[0]: 'parrot' is not an option of 'pets'"),
        (_unknown_placeholder, "variants[1].intro.en: unknown placeholder {nmae}"),
        (_missing_translation, "questions[1].options[0].label: missing translation 'cy'"),
        (_band_gap, "variants[1].min_age: gap: no variant for ages 8–9"),
        (_band_overlap, "variants[1].min_age: overlap: age 6 is already covered"),
        (_too_long, "variants[0]: about"),
        (_standard_option_unknown, "'ecstatic' is not an answer of a face_scale question"),
        (_unknown_field, "variants[0].questions[0].colour: unknown field"),
    ],
)
def test_each_class_of_error_is_named_with_file_and_field(
    tmp_path: Path, breakage: Callable[[Survey], None], expected: str
) -> None:
    survey = valid_survey()
    breakage(survey)
    problems = [str(p) for p in check_files([write(tmp_path, survey)])]
    assert any(expected in problem for problem in problems), problems


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    survey = valid_survey()
    for breakage in (_empty_options, _duplicate_id, _unknown_placeholder, _band_gap):
        breakage(survey)
    problems = [str(p) for p in check_files([write(tmp_path, survey)])]
    assert len(problems) >= 4, problems


def test_shape_errors_still_check_the_well_formed_variants(tmp_path: Path) -> None:
    survey = valid_survey()
    _unknown_type(survey)  # variant 0 is malformed
    _unknown_placeholder(survey)  # variant 1 is well formed but wrong
    problems = [str(p) for p in check_files([write(tmp_path, survey)])]
    assert any("unknown type 'slider'" in p for p in problems)
    assert any("unknown placeholder {nmae}" in p for p in problems)


def test_two_files_with_one_id_are_a_problem(tmp_path: Path) -> None:
    first = write(tmp_path, valid_survey(), "first.yaml")
    second = write(tmp_path, valid_survey(), "second.yaml")
    problems = [str(p) for p in check_files([first, second])]
    assert problems == ["second.yaml: id: 'little_survey' is also used by first.yaml"]


def test_broken_yaml_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    problems = [str(p) for p in check_files([path])]
    assert len(problems) == 1 and problems[0].startswith("broken.yaml: not valid YAML")


def test_cli_check_exits_1_and_lists_problems(tmp_path: Path) -> None:
    survey = valid_survey()
    _empty_options(survey)
    bad = write(tmp_path, survey, "bad.yaml")
    other = valid_survey()
    other["id"] = "another_survey"
    good = write(tmp_path, other, "good.yaml")
    result = run_hearme(["surveys", "check", str(good), str(bad)])
    assert result.returncode == 1
    assert "bad.yaml: variants[1].questions[1].options: must not be empty" in result.stdout
    assert "good.yaml" not in result.stdout
    # The question that depended on the emptied options is named too.
    assert "variants[1].questions[2].show_if.question: 'pets' has no options" in result.stdout
    assert "2 problems in 2 file(s)" in result.stderr


def test_cli_check_passes_on_shipped_files() -> None:
    result = run_hearme(["surveys", "check"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: 3 file(s), no problems" in result.stdout
