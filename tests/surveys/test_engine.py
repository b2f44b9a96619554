"""The flow engine's behaviour, as a child meets it."""

from __future__ import annotations

import pytest

from surveys.catalogue import definition_hash
from surveys.engine import (
    AdvocateRequested,
    AnswerDropped,
    AnswerSaved,
    AnswerValue,
    ChairRequested,
    Choose,
    ConcernDetected,
    DefinitionMismatch,
    NoVariant,
    Press,
    RunCompleted,
    RunState,
    RunStopped,
    TalkToSomeone,
    Text,
    Toggle,
    Voice,
    Words,
    advance,
    current,
    start,
)
from surveys.model import Definition
from tests.surveys.walk import DEFINITIONS, answer_until_review, begin, play

CONTROLS = ("_skip", "_decline", "_back", "_stop")


def test_first_prompt_has_intro_privacy_and_equal_controls() -> None:
    _, step = begin("my_review", "8_11", name="Sam", carer="Nan")
    prompt = step.prompt
    assert prompt.kind == "question" and prompt.question_id == "home"
    assert prompt.text == "How are things at home with Nan?"
    assert prompt.preamble[0].startswith("Hi Sam!")
    assert "not safe" in prompt.preamble[1] and "skip" in prompt.preamble[1]
    assert tuple(c.id for c in prompt.controls) == CONTROLS
    assert [c.label for c in prompt.controls] == [
        "Skip",
        "I don't want to say",
        "Back",
        "Stop for now",
    ]
    assert (prompt.step, prompt.total) == (1, 14)


def test_preferred_words_fill_options_too() -> None:
    definition, step = begin("my_review", "8_11", family_time="mum time")
    step = play(definition, step, Press("happy"), Press("yes"), Press("okay"))
    assert step.prompt.text == "How is mum time going?"
    step = play(definition, step, Press("happy"))
    # An option that opens with the child's own word is still written as a sentence.
    assert "👪 Mum time" in [c.label for c in step.prompt.choices]


def test_skip_and_decline_are_saved_as_answers() -> None:
    definition, step = begin("my_review", "4_7")
    step = advance(definition, step.state, Press("_skip"))
    assert step.events == (AnswerSaved("home", "home", AnswerValue(kind="skipped")),)
    step = advance(definition, step.state, Press("_decline"))
    assert step.state.answers["feel_safe"].kind == "declined"
    assert step.prompt.question_id == "school"


def test_back_shows_the_earlier_answer_and_forward_keeps_it() -> None:
    definition, step = begin("my_review", "8_11")
    step = play(definition, step, Press("sad"), Press("yes"))
    step = advance(definition, step.state, Press("_back"))
    assert step.prompt.question_id == "feel_safe"
    assert step.prompt.previous == AnswerValue(kind="choice", choices=("yes",))
    assert step.prompt.preamble == ("You said before: Yes",)
    step = advance(definition, step.state, Press("_back"))
    assert step.prompt.preamble == ("You said before: 🙁 Sad",)
    step = advance(definition, step.state, Press("_back"))
    assert step.prompt.question_id == "home"
    assert step.prompt.preamble == ("This is the first question, so there's nothing before it.",)
    assert step.state.answers["feel_safe"].choices == ("yes",)


def test_safe_no_raises_a_concern_and_requests_raise_events() -> None:
    definition, step = begin("my_review", "12_15")
    step = play(definition, step, Press("happy"))
    step = advance(definition, step.state, Press("no"))
    concern = [e for e in step.events if isinstance(e, ConcernDetected)]
    assert concern == [
        ConcernDetected("feel_safe", ("unsafe_home",), "Do you feel safe where you live? — No")
    ]
    step = answer_until_review(definition, step)
    step = advance(definition, step.state, Press("_change:chair"))
    step = advance(definition, step.state, Press("with_help"))
    assert ChairRequested("chair") in step.events
    assert step.prompt.kind == "review"
    # Already asked for (first option) and chosen again: not raised twice.
    step = play(definition, step, Press("_change:advocate"))
    step = advance(definition, step.state, Press("yes"))
    assert not any(isinstance(e, AdvocateRequested) for e in step.events)
    step = play(definition, step, Press("_change:advocate"), Press("no"))
    step = play(definition, step, Press("_change:advocate"))
    step = advance(definition, step.state, Press("not_sure"))
    assert AdvocateRequested("advocate") in step.events


def test_free_text_is_checked_for_harm_wherever_it_arrives() -> None:
    definition, step = begin("my_review", "8_11")
    # Text where a button was expected: a kind re-prompt, and the disclosure is not ignored.
    step = advance(definition, step.state, Text("my stepdad hits me when mum is out"))
    assert step.prompt.question_id == "home"
    assert step.prompt.preamble == ("Please tap one of the answers, or press Skip.",)
    [event] = step.events
    assert isinstance(event, ConcernDetected) and "physical_abuse" in event.categories
    assert event.question_id == "home" and event.excerpt.startswith("my stepdad")


def test_written_answer_asks_who_may_hear_it() -> None:
    definition, step = begin("my_review", "12_15", iro="Priya")
    step = answer_until_review(definition, step)
    step = advance(definition, step.state, Press("_change:for_iro"))
    step = advance(definition, step.state, Text("I want to move schools"))
    assert step.prompt.kind == "audience" and step.events == ()
    assert [c.label for c in step.prompt.choices] == [
        "OK to talk about at my meeting",
        "Just for Priya",
    ]
    step = advance(definition, step.state, Press("iro_only"))
    saved = AnswerValue(kind="text", text="I want to move schools", audience="iro_only")
    assert step.events == (AnswerSaved("for_iro", "for_iro", saved),)
    assert step.prompt.kind == "review"
    assert "“I want to move schools” (just for Priya)" in (step.prompt.summary or "")


@pytest.mark.parametrize(
    ("text", "told", "summary_mark"),
    [
        (
            "my stepdad hits me",
            "What you wrote will go to Priya and a safeguarding worker, so they can help. It "
            "won't be read out at your meeting.",
            "(sent to Priya and a safeguarding worker)",
        ),
        (
            "people at school call me names",
            "What you wrote will go to Priya, so they can help. It won't be read out at your "
            "meeting.",
            "(sent to Priya so they can help)",
        ),
    ],
)
def test_words_that_raise_an_alert_are_never_offered_just_for_my_iro(
    text: str, told: str, summary_mark: str
) -> None:
    definition, step = begin("my_review", "12_15", iro="Priya")
    step = answer_until_review(definition, step)
    step = advance(definition, step.state, Press("_change:for_iro"))
    step = advance(definition, step.state, Text(text))
    # No "who can hear what you wrote? Just for Priya" after an alert: the child is told
    # plainly who will see it, and the words are kept out of the meeting.
    assert step.prompt.kind == "review"
    assert all(c.id != "iro_only" for c in step.prompt.choices)
    assert step.prompt.preamble == (told,)
    assert any(isinstance(e, ConcernDetected) for e in step.events)
    assert step.state.answers["for_iro"].audience == "iro_only"
    summary = step.prompt.summary or ""
    assert f"“{text}” {summary_mark}" in summary
    assert "just for Priya" not in summary


def test_skipping_the_audience_keeps_words_for_the_iro_only() -> None:
    definition, step = begin("my_review", "16_plus")
    step = answer_until_review(definition, step)
    step = play(definition, step, Press("_change:for_iro"), Text("rent is late"))
    step = advance(definition, step.state, Press("_skip"))
    assert step.state.answers["for_iro"].audience == "iro_only"


def test_changing_a_controlling_answer_drops_hidden_answers() -> None:
    definition, step = begin("my_review", "8_11")
    step = play(definition, step, *[Press("happy")] * 1, Press("yes"), Press("happy"))
    step = play(definition, step, Press("happy"), Choose(("home",)))
    step = advance(definition, step.state, Choose(("school", "talk")))
    assert TalkToSomeone("worries") in step.events
    assert step.prompt.question_id == "worries_more"
    step = play(definition, step, Text("tests"), Press("meeting"))
    assert "worries_more" in step.state.answers
    step = play(definition, step, Press("_back"), Press("_back"))
    assert step.prompt.question_id == "worries"
    step = advance(definition, step.state, Choose(("nothing",)))
    assert AnswerDropped("worries_more") in step.events
    assert "worries_more" not in step.state.answers
    assert step.prompt.question_id == "topics"


def test_multiple_choice_by_toggles_then_done() -> None:
    definition, step = begin("my_review", "8_11")
    step = play(definition, step, Press("happy"), Press("yes"), Press("happy"), Press("happy"))
    assert step.prompt.multiple and step.prompt.choices[-1].id == "_done"
    step = play(definition, step, Toggle("school"), Toggle("home"), Toggle("school"))
    assert step.prompt.selected == ("home",)
    step = advance(definition, step.state, Press("_done"))
    assert step.state.answers["going_well"].choices == ("home",)
    step = advance(definition, step.state, Press("_done"))
    assert step.prompt.preamble == ("Tap the answers that fit, then press Done, or press Skip.",)


def test_input_that_does_not_fit_gets_a_kind_reprompt() -> None:
    definition, step = begin("my_review", "4_7")
    for action in (Press("purple"), Voice("file-1"), Choose(("happy", "sad")), Press("_send")):
        again = advance(definition, step.state, action)
        assert again.state == step.state
        assert again.prompt.question_id == "home" and len(again.prompt.preamble) == 1
    typed = advance(definition, step.state, Text("happy"))
    assert typed.state.answers["home"].choices == ("happy",)


def test_voice_note_is_kept_by_reference() -> None:
    definition, step = begin("after_my_review", "4_7")
    step = play(definition, step, Press("yes"), Press("green"), Press("yes"))
    assert step.prompt.accepts_voice
    step = advance(definition, step.state, Voice("voice/abc123"))
    assert step.state.answers["next_time_better"] == AnswerValue(kind="voice", text="voice/abc123")
    assert step.prompt.kind == "review" and "(voice note)" in (step.prompt.summary or "")


def test_stop_and_resume_where_the_child_was() -> None:
    definition, step = begin("tell_us_more", "12_15")
    step = play(definition, step, Press("yes"), Press("_stop"))
    assert step.events == (RunStopped(),) and step.state.stopped
    assert step.prompt.kind == "stopped" and step.prompt.choices[0].id == "_resume"
    assert advance(definition, step.state, Press("yes")).state == step.state
    step = advance(definition, step.state, Press("_resume"))
    assert step.prompt.question_id == "iro_helps_me_understand"


def test_send_finishes_and_later_input_changes_nothing() -> None:
    definition, step = begin("after_my_review", "12_15")
    step = answer_until_review(definition, step)
    assert step.prompt.summary and step.prompt.summary.startswith("• Were you at your meeting?")
    assert "• Overall, how did" in step.prompt.summary
    step = advance(definition, step.state, Press("_send"))
    assert step.events == (RunCompleted(),) and step.state.finished
    after = advance(definition, step.state, Press("green"))
    assert after.state == step.state and after.events == ()
    assert after.prompt.preamble == ("You've already sent your answers. Thank you!",)


def test_welsh_run_speaks_welsh() -> None:
    _, step = begin("my_review", "8_11", language="cy", name="Cai")
    assert step.prompt.preamble[0].startswith("Haia Cai!")
    assert step.prompt.text == "Sut mae pethau gartref gyda'r bobl rwyt ti'n byw gyda nhw?"
    assert step.prompt.controls[0].label == "Neidio"


def test_a_language_without_phrases_falls_back_to_english() -> None:
    _, step = begin("tell_us_more", "8_11", language="fr")
    assert step.state.language == "en"
    assert step.prompt.choices[1].label == "Sometimes"


def test_bands_map_to_configured_variants() -> None:
    assert begin("tell_us_more", "16_plus")[1].state.variant == "12_plus"
    with pytest.raises(NoVariant):
        start(DEFINITIONS["tell_us_more"], band="4_7", language="en", words=Words())


def test_state_is_json_and_pinned_to_the_definition() -> None:
    definition, step = begin("my_review", "12_15")
    step = play(definition, step, Press("happy"), Press("_stop"))
    text = step.state.model_dump_json()
    restored = RunState.model_validate_json(text)
    assert restored == step.state
    assert restored.definition_hash == definition_hash(definition)
    pinned = Definition.model_validate_json(definition.model_dump_json())
    assert definition_hash(pinned) == restored.definition_hash
    assert current(pinned, restored).kind == "stopped"
    changed = definition.model_copy(update={"version": "2"})
    with pytest.raises(DefinitionMismatch):
        advance(changed, restored, Press("_resume"))


def test_every_shipped_variant_reaches_review_and_completes() -> None:
    for definition in DEFINITIONS.values():
        for variant in definition.variants:
            step = start(definition, band=variant.band, language="en", words=Words())
            step = answer_until_review(definition, step)
            assert step.prompt.choices[0].id == "_send"
            done = advance(definition, step.state, Press("_send"))
            assert done.state.finished


def test_statements_and_answer_buttons_are_in_the_childs_voice() -> None:
    _, step = begin("tell_us_more", "12_15")
    assert step.prompt.text == "My IRO does what they say they will."
    _, named = begin("tell_us_more", "8_11", iro="Priya")
    assert named.prompt.text == "Priya does what they say they will."
    definition, step = begin("my_review", "8_11")
    step = play(definition, step, *[Press("happy")] * 1, Press("yes"), Press("happy"))
    step = play(definition, step, Press("happy"), Choose(("home",)), Choose(("nothing",)))
    step = play(definition, step, Choose(("home",)))
    assert step.prompt.question_id == "who_should_come"
    assert "Just me and my IRO" in [c.label for c in step.prompt.choices]
    definition, step = begin("my_review", "12_15", language="cy")
    step = answer_until_review(definition, step)
    step = play(definition, step, Press("_change:for_iro"), Text("dim byd"))
    assert [c.label for c in step.prompt.choices][1] == "Dim ond i fy Swyddog Adolygu"


@pytest.mark.parametrize(
    ("survey", "band", "last_step", "thanks"),
    [
        (
            "my_review",
            "12_15",
            "This is what your IRO will see.",
            "Thank you! Your answers have been sent to your IRO.",
        ),
        (
            "tell_us_more",
            "12_15",
            "This is what the IRO service will see (your name is never put in a report).",
            "Thank you! Your answers have been sent to the IRO service.",
        ),
        (
            "after_my_review",
            "8_11",
            "This is what your IRO and the IRO service will see.",
            "Thank you! Your answers have been sent to your IRO and the IRO service.",
        ),
    ],
)
def test_the_last_step_names_who_reads_the_answers(
    survey: str, band: str, last_step: str, thanks: str
) -> None:
    definition, step = begin(survey, band)
    step = answer_until_review(definition, step)
    assert step.prompt.text.startswith(last_step)
    done = advance(definition, step.state, Press("_send"))
    assert done.prompt.text.startswith(thanks)


def test_asking_to_hear_about_advocates_says_someone_will_explain() -> None:
    for band in ("8_11", "12_15", "16_plus"):
        definition, step = begin("my_review", band)
        step = answer_until_review(definition, step)
        step = advance(definition, step.state, Press("_change:advocate"))
        assert "someone will get in touch to explain" in step.prompt.text
        labels = {c.id: c.label for c in step.prompt.choices}
        assert labels["not_sure"] == "Tell me more about having an advocate"
        step = advance(definition, step.state, Press("not_sure"))
        assert AdvocateRequested("advocate") in step.events


def test_the_total_stays_the_same_when_a_follow_up_is_shown() -> None:
    for definition in DEFINITIONS.values():
        for variant in definition.variants:
            step = start(definition, band=variant.band, language="en", words=Words())
            totals, steps = set(), []
            while step.prompt.kind != "review":
                totals.add(step.prompt.total)
                steps.append(step.prompt.step)
                prompt = step.prompt
                if prompt.kind == "audience":
                    step = advance(definition, step.state, Press("meeting"))
                elif prompt.accepts_text:
                    step = advance(definition, step.state, Text("I like my football club"))
                elif prompt.multiple:
                    # The last area before "nothing"/"talk" opens the follow-ups where there are.
                    step = advance(definition, step.state, Choose((prompt.choices[0].id,)))
                else:
                    step = advance(definition, step.state, Press(prompt.choices[0].id))
            assert len(totals) == 1, (definition.id, variant.band, totals)
            assert steps == sorted(steps) and steps[-1] == step.prompt.total
    definition, step = begin("my_review", "8_11")
    step = play(definition, step, Press("happy"), Press("yes"), Press("happy"), Press("happy"))
    step = play(definition, step, Choose(("home",)))
    assert (step.prompt.question_id, step.prompt.step, step.prompt.total) == ("worries", 6, 14)
    step = advance(definition, step.state, Choose(("school",)))
    assert (step.prompt.question_id, step.prompt.step, step.prompt.total) == (
        "worries_more",
        6,
        14,
    )


def test_a_survey_is_only_for_the_ages_it_covers() -> None:
    my_review = DEFINITIONS["my_review"]
    assert my_review.variant_for("16_plus", 25) is not None
    assert my_review.variant_for("16_plus", 26) is None
    assert my_review.variant_for("16_plus") is not None  # the band alone cannot tell
    with pytest.raises(NoVariant, match="it is for ages 4–25"):
        start(my_review, band="16_plus", language="en", words=Words(), age=30)
    assert DEFINITIONS["tell_us_more"].variant_for("8_11", 7) is None
