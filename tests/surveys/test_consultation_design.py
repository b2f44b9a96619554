"""The consultation children would choose over paper: contradictory picks, answers outside a
scale, questions asked only when they make sense, honest times, Welsh throughout, and the words
IRO, chair, advocate and pathway plan explained the first time a child meets them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from surveys.catalogue import canonical_json, definition_hash
from surveys.check import check_files, estimate_minutes, stated_minutes
from surveys.concerns import URGENT, WORRY, level_of
from surveys.engine import (
    AnswerValue,
    Choose,
    ConcernDetected,
    Press,
    Text,
    Toggle,
    Words,
    advance,
    introduction,
    start,
)
from surveys.model import Definition
from tests.surveys.cli import run_hearme
from tests.surveys.fixtures import valid_survey, write
from tests.surveys.walk import DEFINITIONS, begin, play


def _to(definition: Definition, step: Any, question_id: str) -> Any:
    """Skip forward until the child is on ``question_id``."""
    while step.prompt.question_id != question_id:
        assert step.prompt.kind == "question", step.prompt
        step = advance(definition, step.state, Press("_skip"))
    return step


# -- 4: exclusive options ------------------------------------------------------------------------
@pytest.mark.parametrize("band", ["8_11", "12_15", "16_plus"])
def test_nothing_clears_the_worries_and_a_worry_clears_nothing(band: str) -> None:
    definition, step = begin("my_review", band)
    step = _to(definition, step, "worries")
    step = play(definition, step, Toggle("home"), Toggle("school"), Toggle("nothing"))
    assert step.prompt.selected == ("nothing",)
    step = advance(definition, step.state, Toggle("health"))
    assert step.prompt.selected == ("health",)
    step = play(definition, step, Toggle("nothing"), Press("_done"))
    assert step.state.answers["worries"] == AnswerValue(kind="choice", choices=("nothing",))


def test_just_me_and_my_iro_clears_everyone_else() -> None:
    definition, step = begin("my_review", "12_15")
    step = _to(definition, step, "who_should_come")
    step = play(definition, step, Toggle("social_worker"), Toggle("carer"), Toggle("just_iro"))
    assert step.prompt.selected == ("just_iro",)
    step = advance(definition, step.state, Toggle("social_worker"))
    assert step.prompt.selected == ("social_worker",)


def test_contradictory_picks_sent_at_once_are_refused_kindly() -> None:
    definition, step = begin("my_review", "8_11")
    step = _to(definition, step, "worries")
    refused = advance(definition, step.state, Choose(("nothing", "home")))
    assert "worries" not in refused.state.answers
    assert refused.prompt.question_id == "worries"
    assert refused.prompt.preamble == ("That answer can't go with the others. Please pick again.",)


def test_the_checker_refuses_exclusive_outside_multiple_choice(tmp_path: Path) -> None:
    survey = valid_survey()
    survey["variants"][0]["questions"][1]["options"][0]["exclusive"] = True
    problems = [str(p) for p in check_files([write(tmp_path, survey)])]
    assert problems == [
        "little.yaml: variants[0].questions[1].options[0].exclusive: "
        "only an answer of a multiple_choice question can be"
    ]


def test_the_checker_accepts_exclusive_on_multiple_choice(tmp_path: Path) -> None:
    survey = valid_survey()
    for variant in survey["variants"]:
        variant["questions"][1]["type"] = "multiple_choice"
        variant["questions"][1]["options"][0]["exclusive"] = True
    assert check_files([write(tmp_path, survey)]) == []


# -- 5: question design --------------------------------------------------------------------------
@pytest.mark.parametrize("band", ["8_11", "12_15", "16_plus"])
def test_where_and_when_are_two_questions_each_with_several_answers(band: str) -> None:
    definition, step = begin("my_review", band)
    step = _to(definition, step, "who_not_come")
    assert step.prompt.multiple and step.prompt.choices[0].id == "nobody"
    step = play(definition, step, Toggle("teacher"), Press("_done"))
    assert step.prompt.question_id == "meeting_place" and step.prompt.multiple
    step = play(definition, step, Toggle("home"), Toggle("online"), Press("_done"))
    assert step.prompt.question_id == "meeting_time" and step.prompt.multiple
    step = play(definition, step, Toggle("after_school"), Toggle("holidays"), Press("_done"))
    answers = step.state.answers
    assert answers["who_not_come"].choices == ("teacher",)
    assert answers["meeting_place"].choices == ("home", "online")
    assert answers["meeting_time"].choices == ("after_school", "holidays")


@pytest.mark.parametrize("band", ["4_7", "8_11", "12_15", "16_plus"])
def test_family_time_can_be_answered_i_dont_have_it(band: str) -> None:
    definition, step = begin("my_review", band, family_time="mum time")
    step = _to(definition, step, "family_time")
    labels = {c.id: c.label for c in step.prompt.choices}
    assert labels["no_family_time"] == "I don't have mum time"
    step = advance(definition, step.state, Press("no_family_time"))
    assert step.state.answers["family_time"].choices == ("no_family_time",)


@pytest.mark.parametrize("band", ["4_7", "8_11", "12_15", "16_plus"])
def test_not_always_safe_is_an_answer_and_raises_a_worry(band: str) -> None:
    definition, step = begin("my_review", band)
    step = _to(definition, step, "feel_safe")
    assert [c.label for c in step.prompt.choices] == ["Yes", "No", "Not always / sometimes"]
    step = advance(definition, step.state, Press("not_always"))
    concerns = [e for e in step.events if isinstance(e, ConcernDetected)]
    assert [c.categories for c in concerns] == [("sometimes_unsafe",)]
    assert level_of(concerns[0].categories) == WORRY  # the IRO is told; no 999 reply
    step = advance(
        definition, _to(definition, begin("my_review", band)[1], "feel_safe").state, Press("no")
    )
    urgent = [e for e in step.events if isinstance(e, ConcernDetected)]
    assert [level_of(c.categories) for c in urgent] == [URGENT]


@pytest.mark.parametrize("question_id", ["money", "health"])
def test_16_plus_answer_money_and_health_with_words(question_id: str) -> None:
    definition, step = begin("my_review", "16_plus")
    step = _to(definition, step, question_id)
    labels = [c.label for c in step.prompt.choices]
    assert labels == ["Going well", "Okay", "Not going well"]
    assert not any(face in "".join(labels) for face in "😀😐🙁")


def test_the_youngest_still_get_faces() -> None:
    definition, step = begin("my_review", "12_15")
    step = _to(definition, step, "health")
    assert step.prompt.choices[0].label == "😀 Happy"


EXPLAINED = {
    "en": ("Your IRO is the", "Your IRO (Independent Reviewing Officer)"),
    "cy": ("Dy Swyddog Adolygu yw'r", "Dy Swyddog Adolygu Annibynnol sy'n"),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_iro_is_explained_before_anything_else_at_every_band(language: str) -> None:
    for definition in DEFINITIONS.values():
        for variant in definition.variants:
            state = start(
                definition, band=variant.band, language=language, words=Words(name="Sam")
            ).state
            # The intro comes before the privacy notice, which is the first to name the IRO.
            intro, _privacy = introduction(definition, state)
            assert any(e in intro for e in EXPLAINED[language]), (definition.id, variant.band)


def test_chair_advocate_and_pathway_plan_are_explained_where_asked() -> None:
    for band in ("12_15", "16_plus"):
        definition, step = begin("my_review", band)
        chair = _to(definition, step, "chair").prompt.text
        assert "(lead" in chair, chair
        advocate = _to(definition, step, "advocate").prompt.text
        assert "speak" in advocate and "up for you" in advocate
    _, step = begin("my_review", "16_plus")
    assert "pathway plan (your plan for" in step.prompt.preamble[0]


# -- 6: consent only after words, numbering, sentence-case labels, the people you live with ------
@pytest.mark.parametrize(
    ("survey", "band"), [("tell_us_more", "8_11"), ("after_my_review", "12_15")]
)
def test_consent_to_quote_is_asked_only_of_a_child_who_wrote(survey: str, band: str) -> None:
    definition, step = begin(survey, band)
    while step.prompt.kind == "question":
        step = advance(definition, step.state, Press("_skip"))
    assert step.prompt.kind == "review"
    assert "consent_to_quote" not in step.state.answers

    definition, step = begin(survey, band)
    while step.prompt.kind == "question" and not step.prompt.accepts_text:
        choices = step.prompt.choices
        step = advance(definition, step.state, Press(choices[0].id if choices else "_skip"))
    step = advance(definition, step.state, Text("More time to talk"))
    while step.prompt.question_id != "consent_to_quote":
        assert step.prompt.kind == "question", step.prompt
        step = advance(definition, step.state, Press("_skip"))
    assert step.prompt.step == step.prompt.total  # a follow-up of the last question


def test_option_labels_are_sentences_even_with_the_childs_words() -> None:
    for band in ("8_11", "12_15", "16_plus"):
        definition, step = begin("my_review", band, family_time="dad time", carer="nan")
        step = _to(definition, step, "topics")
        labels = [c.label for c in step.prompt.choices if c.id != "_done"]
        assert any(label.endswith("Dad time") for label in labels), labels
        assert all(label.lstrip("👪🏠🏫💪⚽✨ ")[0].isupper() for label in labels), labels
        step = _to(definition, step, "who_should_come")
        assert "Nan" in [c.label for c in step.prompt.choices]


def test_the_people_you_live_with_in_english_and_welsh() -> None:
    _, english = begin("my_review", "4_7")
    _, welsh = begin("my_review", "4_7", language="cy")
    assert english.prompt.text == "How do you feel at home with the people you live with?"
    assert welsh.prompt.text == "Sut wyt ti'n teimlo gartref gyda'r bobl rwyt ti'n byw gyda nhw?"


# -- 3: After my review asks first whether the child was there ----------------------------------
@pytest.mark.parametrize("band", ["4_7", "8_11", "12_15"])
def test_a_child_who_was_not_at_the_meeting_is_not_asked_how_it_went(band: str) -> None:
    definition, step = begin("after_my_review", band)
    assert step.prompt.question_id == "attended"
    assert step.prompt.text == "Were you at your meeting?"
    step = advance(definition, step.state, Press("no"))
    assert step.prompt.question_id == "next_time_better"
    step = advance(definition, step.state, Press("_skip"))
    assert step.prompt.kind == "review"
    assert set(step.state.answers) == {"attended", "next_time_better"}


def test_a_child_who_was_there_is_asked_how_it_went_with_numbers_that_never_change() -> None:
    definition, step = begin("after_my_review", "8_11")
    first = step.prompt
    step = advance(definition, step.state, Press("yes"))
    assert step.prompt.question_id == "how_it_went"
    assert (first.step, step.prompt.step, step.prompt.total) == (1, 2, 9)
    _, away = begin("after_my_review", "8_11")
    away = advance(DEFINITIONS["after_my_review"], away.state, Press("no"))
    # Whatever was skipped over, a question keeps the number it has for every child.
    assert (away.prompt.question_id, away.prompt.step) == ("next_time_better", 9)


# -- 7: the time a child is told -----------------------------------------------------------------
def test_the_intro_and_hearme_try_state_the_same_computed_time() -> None:
    for definition in DEFINITIONS.values():
        for variant in definition.variants:
            for language, intro in variant.intro.items():
                if "minute" in intro or "munud" in intro:
                    assert f" {stated_minutes(variant)} m" in intro, (definition.id, language)
            if definition.id == "my_review" and variant.band == "8_11":
                result = run_hearme(["try", "my_review", "--age", "9"], "")
                assert f"about {stated_minutes(variant)} minutes" in result.stdout
                assert (
                    f"about {stated_minutes(variant)} minutes"
                    in result.stdout.split("Nothing is stored.")[1]
                )


def test_the_checker_fails_a_stated_time_more_than_a_minute_out(tmp_path: Path) -> None:
    survey = valid_survey()
    survey["variants"][1]["intro"] = {"en": "Hi {name}. About 9 minutes.", "cy": "Helo {name}."}
    problems = [str(p) for p in check_files([write(tmp_path, survey)])]
    variant = Definition.model_validate(survey).variants[1]
    assert problems == [
        f"little.yaml: variants[1].intro.en: says 9 minutes but answering takes about "
        f"{estimate_minutes(variant):.1f} (say {stated_minutes(variant)})"
    ]
    survey["variants"][1]["intro"]["en"] = f"Hi {{name}}. About {stated_minutes(variant)} minutes."
    assert check_files([write(tmp_path, survey)]) == []


# -- 8: Welsh complete ---------------------------------------------------------------------------
def test_every_shipped_survey_is_in_welsh_with_welsh_yes_and_no() -> None:
    for definition in DEFINITIONS.values():
        assert definition.languages == ("en", "cy"), definition.id
    definition, step = begin("my_review", "8_11", language="cy")
    step = _to(definition, step, "feel_safe")
    assert [c.label for c in step.prompt.choices] == [
        "Ydw",
        "Nac ydw",
        "Ddim bob amser / weithiau",
    ]
    definition, step = begin("after_my_review", "8_11", language="cy")
    assert step.prompt.text == "Oeddet ti yn dy gyfarfod?"
    assert [c.label for c in step.prompt.choices] == ["Oeddwn", "Nac oeddwn"]


def test_welsh_uses_swyddog_adolygu_and_the_informal_register() -> None:
    for definition in DEFINITIONS.values():
        for text in _texts(canonical_json(definition), "cy"):
            assert "IRO" not in text, text
            assert "os gwelwch yn dda" not in text and " chi " not in text, text


def _texts(body: str, language: str) -> list[str]:
    import json

    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if language in node and isinstance(node[language], str):
                found.append(node[language])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(body))
    return found


def test_the_checker_fails_a_declared_language_with_a_missing_text(tmp_path: Path) -> None:
    survey = valid_survey()
    del survey["variants"][1]["privacy"]["cy"]
    result = run_hearme(["surveys", "check", str(write(tmp_path, survey))])
    assert result.returncode == 1
    assert "little.yaml: variants[1].privacy: missing translation 'cy'" in result.stdout


def test_hearme_try_in_welsh_speaks_welsh_in_every_survey() -> None:
    for survey, age in (("tell_us_more", 9), ("after_my_review", 12)):
        result = run_hearme(["try", survey, "--age", str(age), "--lang", "cy"], "1\n" * 40)
        assert result.returncode == 0, result.stderr
        assert ", cy)" in result.stdout and "Haia" in result.stdout
        assert "Diolch!" in result.stdout and "Thank you" not in result.stdout


# -- the schema's later fields keep stored versions' hashes --------------------------------------
def test_a_version_stored_before_the_new_fields_keeps_its_hash() -> None:
    old = valid_survey()
    definition = Definition.model_validate(old)
    dumped = canonical_json(definition)
    assert '"exclusive"' not in dumped and '"extra"' not in dumped
    assert '"written"' not in dumped and '"follow_up"' not in dumped
    again = Definition.model_validate_json(definition.model_dump_json())
    assert definition_hash(again) == definition_hash(definition)
    marked = Definition.model_validate_json(DEFINITIONS["my_review"].model_dump_json())
    assert definition_hash(marked) == definition_hash(DEFINITIONS["my_review"])
    assert '"exclusive":true' in canonical_json(marked)
