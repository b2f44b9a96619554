"""Helpers that play a child through a run of the real engine."""

from __future__ import annotations

from surveys.catalogue import load_definitions
from surveys.engine import Action, Press, Step, Text, Words, advance, start
from surveys.model import Definition

DEFINITIONS = load_definitions()


def begin(survey: str, band: str, language: str = "en", **words: str) -> tuple[Definition, Step]:
    definition = DEFINITIONS[survey]
    return definition, start(definition, band=band, language=language, words=Words(**words))


def play(definition: Definition, step: Step, *actions: Action) -> Step:
    for action in actions:
        step = advance(definition, step.state, action)
    return step


def answer_until_review(definition: Definition, step: Step) -> Step:
    """Answer every question with its first choice (or a short text), up to the last step."""
    for _ in range(200):
        prompt = step.prompt
        if prompt.kind == "review":
            return step
        if prompt.kind == "audience":
            step = advance(definition, step.state, Press("meeting"))
        elif prompt.accepts_text:
            step = advance(definition, step.state, Text("I like my football club"))
        elif prompt.multiple:
            step = play(definition, step, Press(prompt.choices[0].id), Press("_done"))
        else:
            step = advance(definition, step.state, Press(prompt.choices[0].id))
    raise AssertionError("never reached the last step")
