"""``hearme surveys check`` and ``hearme try``: check definition files, and try a survey.

``hearme try`` is the simulator a participation officer uses before children see a change: the
real engine, numbered answers, typed text, nothing stored. It reads answers line by line, so it
also works with answers piped on stdin, and ends cleanly when they run out.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TextIO

import click

from surveys.bands import band_for_age
from surveys.catalogue import SurveyDefinitionError, load_definitions, shipped_paths
from surveys.check import check_files, stated_minutes
from surveys.concerns import WORRY, level_of, warm_up
from surveys.engine import (
    Action,
    AdvocateRequested,
    ChairRequested,
    Choose,
    ConcernDetected,
    Event,
    Press,
    Prompt,
    RunCompleted,
    RunStopped,
    Step,
    TalkToSomeone,
    Text,
    Words,
    start,
    summary,
)
from surveys.engine import advance as advance_run
from surveys.model import Definition
from surveys.support import support_reply, worry_reply

# Who reads the answers, by survey kind (as each survey's privacy notice tells the child).
READERS = {
    "consultation": "the IRO",
    "survey": "the IRO service",
    "feedback": "the IRO and the IRO service",
}


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    group.add_command(surveys)
    group.add_command(try_survey)


@click.group()
def surveys() -> None:
    """Survey definitions (the YAML files children's questions come from)."""


@surveys.command("check")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
def check(files: tuple[Path, ...]) -> None:
    """Check survey definition FILES (default: the shipped ones); exit 1 on any problem."""
    paths = list(files) or shipped_paths()
    problems = check_files(paths)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        raise click.ClickException(f"{len(problems)} {noun} in {len(paths)} file(s)")
    click.echo(f"OK: {len(paths)} file(s), no problems")


@click.command("try")
@click.argument("survey")
@click.option("--age", type=click.IntRange(0, 30), required=True, help="The child's age in years.")
@click.option(
    "--lang", "language", type=click.Choice(["en", "cy"]), default="en", show_default=True
)
@click.option("--name", default=None, help="The preferred name to greet the child by.")
def try_survey(survey: str, age: int, language: str, name: str | None) -> None:
    """Try SURVEY in the terminal as a child of --age would see it. Nothing is stored.

    Answer with the numbers shown (several numbers, like "1 3", where more than one answer
    fits) or type words where a written answer is asked for. Answers can be piped on stdin.
    """
    try:
        definitions = load_definitions()
    except SurveyDefinitionError as error:
        raise click.ClickException(f"the shipped surveys have problems:\n{error}") from error
    definition = definitions.get(survey)
    if definition is None:
        known = ", ".join(sorted(definitions))
        raise click.ClickException(f"no survey called {survey!r}; choose one of: {known}")
    if language not in definition.languages:
        # Never fall back silently: someone checking the Welsh must not be shown English.
        shipped = ", ".join(definition.languages)
        raise click.BadParameter(
            f"{survey} has no {language} version (it is written in: {shipped})",
            param_hint="--lang",
        )
    band = band_for_age(age)
    if band == "under_4":
        raise click.ClickException("children under 4 are not asked directly (their review is PN0)")
    variant = definition.variant_for(band, age)
    if variant is None:
        # A usage error (exit 2): the survey exists, the age asked for is outside its range.
        raise click.BadParameter(
            f"{survey} is for ages {definition.ages()}, so there is no version for age {age}",
            param_hint="--age",
        )
    click.echo(
        f"Trying {survey} for age {age} ({variant.band}, {language}), "
        f"about {stated_minutes(variant)} minutes. Nothing is stored."
    )
    # What is typed is read for harm as a child's words are. The detector's patterns take
    # seconds to compile: they compile beside the first question while it is read, and a typed
    # answer that comes sooner waits for them (each is built once, under one lock). A run
    # answered with buttons alone never waits, and does not keep the command open for them.
    threading.Thread(target=warm_up, name="hearme-warm-up", daemon=True).start()
    first = start(definition, band=band, language=language, words=Words(name=name), age=age)
    simulator = Simulator(definition, band, sys.stdin)
    simulator.run(first)


class Simulator:
    """One terminal run: show a prompt, read a line, advance, until finished or input ends."""

    def __init__(self, definition: Definition, band: str, source: TextIO) -> None:
        self.definition = definition
        self.band = band
        self.source = source

    def run(self, step: Step) -> None:
        while True:
            self.show_events(step.events, step.state.language)
            options = self.show(step.prompt)
            if step.prompt.kind == "finished":
                return
            line = self.source.readline()
            if not line:
                click.echo("\n(end of input: stopped here; nothing was stored)")
                return
            action = self.read(line.strip(), step.prompt, options)
            if action is None:
                click.echo("Please type one of the numbers shown.")
                continue
            step = advance_run(self.definition, step.state, action)
            if step.prompt.kind == "finished":
                self.show_events(step.events, step.state.language)
                click.echo(f"\nThis is what {READERS[self.definition.kind]} would see:")
                click.echo(summary(self.definition, step.state) or "(no answers)")
                click.echo(step.prompt.text)
                return

    def show(self, prompt: Prompt) -> list[str]:
        """Print a prompt with every choice numbered; returns the ids in number order."""
        click.echo("")
        for line in prompt.preamble:
            click.echo(line)
        if prompt.kind == "question":
            click.echo(f"[{prompt.step}/{prompt.total}] {prompt.text}")
        else:
            click.echo(prompt.text)
        if prompt.summary:
            click.echo(prompt.summary)
        listed = [c for c in prompt.choices if c.id != "_done"] + list(prompt.controls)
        for number, choice in enumerate(listed, start=1):
            mark = " (picked)" if choice.id in prompt.selected else ""
            click.echo(f"  {number}) {choice.label}{mark}")
        if prompt.multiple:
            click.echo("  (type every number that fits, like: 1 3)")
        if prompt.accepts_text:
            voice = " (a voice note would also do here)" if prompt.accepts_voice else ""
            click.echo(f"  Type your answer, or a number.{voice}")
        return [choice.id for choice in listed]

    def read(self, line: str, prompt: Prompt, ids: list[str]) -> Action | None:
        """Turn a typed line into an action: numbers pick choices, anything else is text."""
        parts = line.replace(",", " ").split()
        if parts and all(part.isdigit() for part in parts):
            picked = [int(part) for part in parts]
            if not all(1 <= number <= len(ids) for number in picked):
                return None if not prompt.accepts_text else Text(line)
            chosen = [ids[number - 1] for number in picked]
            if len(chosen) == 1:
                if prompt.multiple and not chosen[0].startswith("_"):
                    return Choose((chosen[0],))
                return Press(chosen[0])
            return Choose(tuple(chosen))
        return Text(line)

    def show_events(self, events: tuple[Event, ...], language: str) -> None:
        for event in events:
            if isinstance(event, ConcernDetected):
                click.echo("\n--- hearme would reply at once: ---")
                worry = level_of(event.categories) == WORRY
                reply = worry_reply if worry else support_reply
                click.echo(
                    reply(self.band, language, out_of_hours=False, assisted=self.band == "4_7")
                )
                categories = ", ".join(event.categories)
                readers = "the IRO" if worry else "the IRO and the duty worker"
                click.echo(f"(an alert would go to {readers}: {categories})")
            elif isinstance(event, AdvocateRequested):
                click.echo("(the IRO would be told: an advocate was asked for)")
            elif isinstance(event, ChairRequested):
                click.echo("(the IRO would be told: the child wants to chair the meeting)")
            elif isinstance(event, TalkToSomeone):
                click.echo("(the IRO would be told: the child wants to talk to someone)")
            elif isinstance(event, RunStopped):
                click.echo("(stopped for now: a real run would wait here)")
            elif isinstance(event, RunCompleted):
                click.echo("(sent)")
