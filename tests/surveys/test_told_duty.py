"""An answer whose alert went to the duty team (it was about the IRO) is shown so: the child is
told a safeguarding worker, not their IRO, reads those words, in English and in Welsh."""

from __future__ import annotations

import pytest

from surveys.engine import Press, RunState, Text, advance, current
from surveys.wording import phrase
from tests.surveys.walk import DEFINITIONS, answer_until_review, begin

WORDS = "he hits me when nobody is looking"


def _marked(state: RunState, question_id: str, level: str = "urgent") -> RunState:
    """The state as the bot keeps it after an alert about the IRO on ``question_id``."""
    value = state.answers[question_id].model_copy(update={"told_duty": level})
    return state.model_copy(update={"answers": {**state.answers, question_id: value}})


@pytest.mark.parametrize(
    ("language", "not_to_the_iro", "to_the_iro"),
    [
        ("en", "(sent to a safeguarding worker, not to Priya.", "(sent to Priya and"),
        ("cy", "(wedi mynd at weithiwr diogelu, nid at Priya.", "(wedi mynd at Priya a"),
    ],
)
def test_the_summary_and_the_thanks_say_who_reads_words_about_the_iro(
    language: str, not_to_the_iro: str, to_the_iro: str
) -> None:
    definition, step = begin("my_review", "12_15", iro="Priya", language=language)
    step = answer_until_review(definition, step)
    step = advance(definition, step.state, Press("_change:for_iro"))
    step = advance(definition, step.state, Text(WORDS))
    before = step.prompt.summary or ""
    assert to_the_iro in before and not_to_the_iro not in before
    state = _marked(step.state, "for_iro")
    review = current(definition, state)
    assert not_to_the_iro in (review.summary or "") and to_the_iro not in (review.summary or "")
    assert "Priya" in review.text.split(".", 1)[1]  # the heading says what Priya won't see
    thanks = advance(definition, state, Press("_send")).prompt.text
    assert thanks.count("Priya") == 2


@pytest.mark.parametrize(
    ("levels", "told"),
    [
        (("worry",), "went to a worker who helps keep children safe, not to Priya."),
        (("urgent",), "went to a safeguarding worker, not to Priya."),
        # Either answer's words might be the ones: the thanks names the worker of the gravest.
        (("worry", "urgent"), "went to a safeguarding worker, not to Priya."),
    ],
)
def test_the_thanks_names_the_worker_as_the_words_were_told(
    levels: tuple[str, ...], told: str
) -> None:
    definition, step = begin("my_review", "12_15", iro="Priya")
    state = answer_until_review(definition, step).state
    for question, level in zip(("for_iro", "worries"), levels, strict=False):
        state = _marked(state, question, level)
    thanks = advance(definition, state, Press("_send")).prompt.text
    assert told in thanks and thanks.count("not to Priya") == 1


def test_an_answer_not_marked_says_nothing_of_it() -> None:
    definition, step = begin("my_review", "12_15", iro="Priya")
    step = answer_until_review(definition, step)
    assert "safeguarding worker" not in current(definition, step.state).text
    thanks = advance(definition, step.state, Press("_send")).prompt.text
    assert "safeguarding worker" not in thanks


def test_the_mark_is_kept_in_the_saved_state() -> None:
    definition, step = begin("tell_us_more", "16_plus")
    assert DEFINITIONS["tell_us_more"] is definition
    step = answer_until_review(definition, step)
    question = next(iter(step.state.answers))
    value = step.state.answers[question].model_copy(update={"told_duty": "worry"})
    state = step.state.model_copy(update={"answers": {**step.state.answers, question: value}})
    again = RunState.model_validate_json(state.model_dump_json())
    assert again.answers[question].told_duty == "worry"


def test_the_engine_says_which_line_tells_the_child_who_reads_words_that_raised_an_alert() -> None:
    """The bot, which knows when the words are about the IRO, says that line again for the duty
    team: it finds it by the prompt's mark, never by its wording."""
    definition, step = begin("my_review", "12_15", iro="Priya")
    step = answer_until_review(definition, step)
    before = advance(definition, step.state, Press("_change:for_iro")).state
    alerted = advance(definition, before, Text(WORDS)).prompt
    assert alerted.alert_notice is not None
    assert alerted.preamble[alerted.alert_notice] == phrase("alert_urgent", "en", before.words)
    # Any other notice is not marked.
    nudged = advance(definition, before, Text("  ")).prompt
    assert nudged.preamble and nudged.alert_notice is None
