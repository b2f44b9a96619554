"""Telling a child truly where words about their IRO go: to a safeguarding worker, not the IRO.

When an answer raises an alert about the child's IRO (written in the survey about them, or
naming them), the duty team is told and the IRO never is. The engine, which does not know who
the IRO is, said "it will go to your IRO"; here that notice is said for the duty team, found by
its place in the prompt (``Prompt.alert_notice``), not by its wording, and the answer is marked
(``AnswerValue.told_duty``) so every later screen that shows it (the summary before sending,
"you said before", the thank-you) says so too, in words a child understands.
"""

from __future__ import annotations

from surveys.engine import RunState, Step
from surveys.engine_types import AlertLevel
from surveys.flow import render_prompt
from surveys.model import Definition
from surveys.wording import phrase


def alert_notice(level: str, state: RunState, *, to_duty: bool) -> str:
    """What the child is told about who reads words that raised an alert at ``level``: their
    IRO (and a safeguarding worker when urgent), or with ``to_duty`` the duty team alone."""
    key = f"alert_{level}_duty" if to_duty else f"alert_{level}"
    return phrase(key, state.language, state.words)


def told_duty(step: Step, level: str, definition: Definition, before: RunState) -> Step:
    """The step after an alert about the IRO, at ``level``, on the answer to the question the
    run was on (``before``, its state then): the engine's alert notice, wherever it stands in
    the preamble, names the duty team alone, and that written answer is marked for it.

    Returns the step to store and show, its events as they were.
    """
    line = step.prompt.alert_notice
    preamble = list(step.prompt.preamble)
    if line is not None:
        preamble[line] = alert_notice(level, before, to_duty=True)
    state = step.state
    answered = before.at
    value = None if answered is None else state.answers.get(answered)
    if answered is not None and value is not None and value.kind == "text":
        told: AlertLevel = "worry" if level == "worry" else "urgent"
        marked = value.model_copy(update={"told_duty": told})
        state = state.model_copy(update={"answers": {**state.answers, answered: marked}})
    prompt = render_prompt(definition, state, tuple(preamble), alert_notice=line)
    return Step(state, prompt, step.events)
