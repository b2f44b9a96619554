"""How the demo's simulated people behave: what a child presses or types, and what an IRO records.

Pure: every choice comes from a ``random.Random`` seeded by the demo seed and stable names (the
child's reference, the survey, the day), so a run of the demo is the same whatever order the
children happen to answer in. The children look only at what the bot shows them (the prompt's
choices and controls); :mod:`hearme_dev.demo.run` turns a :class:`Move` into the button press or the
message it stands for.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from surveys.engine import Prompt

SKIP, DECLINE, STOP, RESUME, SEND, DONE = "_skip", "_decline", "_stop", "_resume", "_send", "_done"
AGREEMENT = ("yes", "sometimes", "no", "dont_know")
AGREEMENT_WEIGHTS = (62, 20, 9, 9)
RAG_WEIGHTS: dict[str, float] = {"green": 58, "amber": 30, "red": 12}
FACE_WEIGHTS: dict[str, float] = {"happy": 55, "okay": 33, "sad": 12}
# Options that raise an alert (a concern, or asking to talk): only the scripted disclosure
# child raises one, so the demo shows exactly one alert being handled.
ALERTING = {("feel_safe", "no"), ("feel_safe", "not_always"), ("worries", "talk")}

# What children write. None of these is a disclosure (a test checks each with surveys.concerns).
WRITTEN = (
    "I want to keep going to drama club on Saturdays",
    "Can we talk about me getting a phone",
    "I would like more time to see my little brother",
    "School is better since I moved classes",
    "I want to stay where I live now",
    "Please can the meeting be after school",
    "I am doing well at football and want to keep going",
    "I would like to learn to cook my own tea",
    "I want to know when I can see my grandad again",
    "My carers are kind and I like my new bedroom",
    "I want help with my maths homework",
    "Can my social worker ring before visiting",
    "I would like to go on the school trip to the seaside",
    "I want to start college in September",
    "Help with getting a bank account please",
    "I like that my IRO remembers what I said last time",
    "Less people at the meeting would be better",
    "My IRO could send me a text before the meeting",
    "It would be nice to meet somewhere that is not the office",
    "I liked that I could say things here instead of in the room",
    # Children name people and places: the reports' redaction must catch these.
    "Mrs Patel at Oakfield Primary School helps me with my reading",
    "My social worker Dave said I can see my brother Jayden at Christmas",
)
# The one disclosure in the demo: the alert goes to the IRO and the duty worker at once.
DISCLOSURE = "Sometimes he hits me when mum is out and I am scared to go home"
AUDIENCE: dict[str, float] = {"meeting": 60, "iro_only": 40}

OPENS_INVITE = 0.6

RunPlanKind = Literal["now", "later", "stop_resume", "stop", "never"]

# What an IRO records as done about a child's wishes ("you said / we did"), after the meeting.
WE_DID = (
    "You asked to meet after school: your next meeting is after school, at home.",
    "You wanted more time with your brother: it is now every Saturday afternoon.",
    "You asked for help with maths: your school has set up a tutor on Tuesdays.",
    "You wanted fewer people at your meeting: only your carer and social worker came.",
    "You asked about college: your personal adviser booked an open day visit.",
    "You wanted to stay where you live: the plan is that you stay.",
)


@dataclass(frozen=True)
class Move:
    """One thing a child does: press a choice or control (by id), or type text."""

    kind: Literal["press", "text"]
    choice_id: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class RunPlan:
    """How a child meets one consultation: answer at once, later (after a reminder),
    stop half-way and carry on the next day, stop half-way for good, or never reply."""

    kind: RunPlanKind
    delay_days: int = 0
    stop_after: int = 0


@dataclass(frozen=True)
class Temperament:
    """What kind of answerer a child is: how keen, how often they skip or write."""

    keen: float
    skips: float
    writes: float
    positive: float


@dataclass(frozen=True)
class Participation:
    """What an IRO records after a review: code, mode (i/v/h), chaired, spoke beforehand."""

    code: str
    mode: str
    chaired: bool
    spoke: bool


def rng_for(seed: int, *parts: object) -> random.Random:
    """A generator for one decision, from the seed and stable names only."""
    return random.Random(":".join(str(part) for part in (seed, *parts)))


def temperament(seed: int, child_ref: str) -> Temperament:
    """The child's way of answering, the same all year."""
    rng = rng_for(seed, "temperament", child_ref)
    return Temperament(
        keen=rng.uniform(0.25, 0.85),
        skips=rng.uniform(0.0, 0.25),
        writes=rng.uniform(0.2, 0.9),
        positive=rng.uniform(-0.15, 0.15),
    )


def opens_invite(seed: int, child_ref: str) -> bool:
    """Whether the child (or their carer) ever opens the invite: not everyone does."""
    return rng_for(seed, "invite", child_ref).random() < OPENS_INVITE


def run_plan(
    seed: int, child_ref: str, definition_id: str, offered_on: date, *, keen: float
) -> RunPlan:
    """How the child meets a consultation offered on ``offered_on``."""
    rng = rng_for(seed, "plan", child_ref, definition_id, offered_on.isoformat())
    roll = rng.random()
    if roll > keen:
        return RunPlan("never")
    if roll > keen * 0.75:
        return RunPlan("later", delay_days=rng.choice((3, 4, 5, 6)))
    if roll > keen * 0.6:
        return RunPlan("stop_resume", stop_after=rng.randint(1, 3))
    return RunPlan("now")


def we_did(seed: int, child_ref: str, review_day: date) -> str:
    """The IRO's "you said / we did" note on a review the child sent their views for."""
    return rng_for(seed, "we_did", child_ref, review_day.isoformat()).choice(WE_DID)


def _weighted(rng: random.Random, weights: Mapping[str, float]) -> str:
    names = list(weights)
    return rng.choices(names, [weights[name] for name in names])[0]


def _lean(weights: Mapping[str, float], good: str, shift: float) -> dict[str, float]:
    """Lean ``weights`` towards (or away from) the ``good`` option by ``shift`` (−1..1)."""
    return {name: w * (1 + shift * 2) if name == good else w for name, w in weights.items()}


def next_move(
    prompt: Prompt, rng: random.Random, mood: Temperament, *, disclose: bool = False
) -> Move:
    """What the child does with the prompt the bot is showing.

    Args:
        prompt: the question (or audience choice, last check, "carry on") on screen.
        rng: this run's generator.
        mood: the child's temperament.
        disclose: write the scripted disclosure at the first written question.
    """
    options = [choice.id for choice in prompt.choices]
    if prompt.kind == "review":
        return Move("press", SEND)
    if prompt.kind == "stopped":
        return Move("press", RESUME)
    if prompt.kind == "audience":
        return Move("press", _weighted(rng, AUDIENCE))
    if prompt.accepts_text and not options:
        if disclose:
            return Move("text", text=DISCLOSURE)
        if rng.random() < mood.writes:
            return Move("text", text=rng.choice(WRITTEN))
        return Move("press", SKIP if rng.random() < 0.8 else DECLINE)
    if rng.random() < mood.skips:
        return Move("press", SKIP if rng.random() < 0.7 else DECLINE)
    question = prompt.question_id or ""
    allowed = [o for o in options if (question, o) not in ALERTING and not o.startswith("_")]
    if not allowed and not prompt.multiple:
        return Move("press", SKIP)
    if prompt.multiple:
        if prompt.selected:
            return multiple_more(rng, prompt)
        if not allowed:
            return Move("press", DONE)
        picks = [o for o in allowed if o != "nothing"]
        if "nothing" in allowed and rng.random() < 0.4:
            return Move("press", "nothing")
        return Move("press", rng.choice(picks or allowed))
    return Move("press", _single(question, allowed, rng, mood))


def _single(question: str, allowed: list[str], rng: random.Random, mood: Temperament) -> str:
    if set(allowed) >= set(AGREEMENT):
        return _weighted(rng, _lean(dict(zip(AGREEMENT, AGREEMENT_WEIGHTS, strict=True)), "yes",
                                    mood.positive))  # fmt: skip
    if set(allowed) >= set(RAG_WEIGHTS):
        return _weighted(rng, _lean(dict(RAG_WEIGHTS), "green", mood.positive))
    if set(allowed) >= set(FACE_WEIGHTS):
        return _weighted(rng, _lean(dict(FACE_WEIGHTS), "happy", mood.positive))
    if question == "feel_safe" and "yes" in allowed:
        return "yes"
    return rng.choice(allowed)


def multiple_more(rng: random.Random, prompt: Prompt) -> Move:
    """On a multiple-choice question with something ticked: tick one more, or finish."""
    free = [
        c.id
        for c in prompt.choices
        if not c.id.startswith("_")
        and c.id not in prompt.selected
        and c.id != "nothing"
        and (prompt.question_id or "", c.id) not in ALERTING
    ]
    if free and "nothing" not in prompt.selected and rng.random() < 0.35:
        return Move("press", rng.choice(free))
    return Move("press", DONE)


def participation(rng: random.Random, *, sent_views: bool) -> Participation:
    """What the IRO records: children who sent their views through hearme mostly did not
    attend (PN6) or came and spoke for themselves (PN1)."""
    if sent_views:
        code = rng.choices(("PN6", "PN1", "PN2"), (55, 38, 7))[0]
    else:
        code = rng.choices(("PN1", "PN2", "PN3", "PN4", "PN5", "PN7"), (42, 10, 4, 4, 10, 30))[0]
    attended = code in ("PN1", "PN2", "PN3", "PN4")
    return Participation(
        code=code,
        mode=rng.choices(("i", "v", "h"), (68, 22, 10))[0],
        chaired=attended and rng.random() < 0.15,
        spoke=rng.random() < 0.85,
    )
