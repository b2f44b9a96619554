"""Telling a child truly where words about their IRO go: to a safeguarding worker, not the IRO.

When an answer raises an alert about the child's IRO (written in the survey about them, or
naming them), the duty team is told and the IRO never is. The engine, which does not know who
the IRO is, said "it will go to your IRO"; here the notice is said for the duty team, and the
answer is marked (``AnswerValue.told_duty``) so every later screen that shows it (the summary
before sending, "you said before", the thank-you) says so too, in words a child understands.
"""

from __future__ import annotations

from bot.conversation.consultation import LoadedRun
from surveys.engine import Step
from surveys.engine_types import AlertLevel
from surveys.flow import render_prompt
from surveys.wording import phrase


def told_duty(
    step: Step, notice: str | None, level: str, loaded: LoadedRun
) -> tuple[Step, str | None]:
    """The step and notice after an alert about the IRO on the answer to the question
    ``loaded`` was on: the notice names the duty team alone, and that written answer is marked
    for it. Returns the step to store and show (its events as they were) and the notice."""
    lang, words = loaded.state.language, loaded.state.words
    said = phrase(f"alert_{level}", lang, words)
    instead = phrase(f"alert_{level}_duty", lang, words)
    preamble = tuple(instead if line == said else line for line in step.prompt.preamble)
    state = step.state
    answered = loaded.state.at
    value = None if answered is None else state.answers.get(answered)
    if answered is not None and value is not None and value.kind == "text":
        told: AlertLevel = "worry" if level == "worry" else "urgent"
        marked = value.model_copy(update={"told_duty": told})
        state = state.model_copy(update={"answers": {**state.answers, answered: marked}})
    prompt = render_prompt(loaded.definition, state, preamble)
    return Step(state, prompt, step.events), instead if notice == said else notice
