"""After an alert about the IRO, the engine's notice that the words go to the IRO is said for
the duty team: found by its place in the prompt, so a new wording of it is still replaced."""

from __future__ import annotations

from dataclasses import replace

from bot.conversation.told_duty import alert_notice, told_duty
from surveys.engine import Press, RunState, Step, Text, advance
from surveys.model import Definition
from tests.surveys.walk import answer_until_review, begin


def _alerted() -> tuple[Definition, RunState, Step]:
    """Words that raise an urgent alert, written for Priya (the IRO): the survey, its state
    before them, and the step the engine returned."""
    definition, step = begin("my_review", "12_15", iro="Priya")
    step = answer_until_review(definition, step)
    before = advance(definition, step.state, Press("_change:for_iro")).state
    return definition, before, advance(definition, before, Text("he hits me when nobody looks"))


def test_a_reworded_notice_is_still_said_for_the_duty_team() -> None:
    definition, before, step = _alerted()
    line = step.prompt.alert_notice
    assert line is not None
    # The notice as a new wording has it, not the text told_duty would write itself.
    preamble = list(step.prompt.preamble)
    preamble[line] = "Priya will read what you wrote, and a safeguarding worker will too."
    reworded = replace(step, prompt=replace(step.prompt, preamble=tuple(preamble)))

    told = told_duty(reworded, "urgent", definition, before)
    duty = alert_notice("urgent", before, to_duty=True)
    assert told.prompt.preamble[line] == duty and "Priya" not in duty
    assert told.prompt.alert_notice == line
    assert told.state.answers["for_iro"].told_duty == "urgent"
    assert told.events == step.events


def test_the_notice_is_said_at_the_level_of_the_alert_raised() -> None:
    # The engine read its part of the words; the alert raised on all of them is a worry.
    definition, before, step = _alerted()
    line = step.prompt.alert_notice
    assert line is not None
    told = told_duty(step, "worry", definition, before)
    assert told.prompt.preamble[line] == alert_notice("worry", before, to_duty=True)
    assert told.state.answers["for_iro"].told_duty == "worry"
