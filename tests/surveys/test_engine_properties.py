"""Property tests: whatever a child (or a broken client) sends, the engine holds together."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveys.engine import (
    CONTROL_IDS,
    Action,
    AnswerValue,
    Choose,
    Press,
    RunState,
    Step,
    Text,
    Toggle,
    Voice,
    Words,
    advance,
    current,
    start,
)
from surveys.flow import visible
from surveys.model import Definition
from tests.surveys.walk import DEFINITIONS

RUNS = [
    (definition, variant.band, language)
    for definition in DEFINITIONS.values()
    for variant in definition.variants
    for language in definition.languages
]
ALL_IDS = sorted(
    {
        o.id
        for d in DEFINITIONS.values()
        for v in d.variants
        for q in v.questions
        for o in q.effective_options()
    }
    | {q.id for d in DEFINITIONS.values() for v in d.variants for q in v.questions}
)
BUTTONS = [*CONTROL_IDS, "_done", "_send", "_resume", "meeting", "iro_only", "", "_change:"]

ids = st.sampled_from(ALL_IDS) | st.text(max_size=8)
button = st.sampled_from(BUTTONS) | ids | ids.map(lambda q: f"_change:{q}")
actions: st.SearchStrategy[Action] = st.one_of(
    button.map(Press),
    ids.map(Toggle),
    st.lists(ids, max_size=4).map(lambda xs: Choose(tuple(xs))),
    st.text(max_size=60).map(Text),
    st.sampled_from(["he hits me", "fine", "happy", "yes", "kms"]).map(Text),
    st.text(max_size=10).map(Voice),
)


# Realistic presses weighted in, so runs get deep into the flow, not only re-prompts.
def plausible(step: Step, pick: int) -> Action:
    options = [c.id for c in (*step.prompt.choices, *step.prompt.controls)]
    if step.prompt.accepts_text and pick % 3 == 0:
        return Text("something about school")
    return Press(options[pick % len(options)]) if options else Text("hi")


def assert_valid(definition: Definition, state: RunState) -> None:
    variant = next(v for v in definition.variants if v.band == state.variant)
    shown = {q.id: q for q in visible(variant, state.answers)}
    assert set(state.answers) <= set(shown), "answer to a hidden or unknown question"
    if state.phase in ("question", "audience"):
        assert state.at in shown
        question = shown[state.at]
        options = {o.id for o in question.effective_options()}
        assert set(state.selected) <= options
    if state.phase == "audience":
        assert state.pending is not None
    for question_id, value in state.answers.items():
        question = shown[question_id]
        if value.kind == "choice":
            assert value.choices and set(value.choices) <= {
                o.id for o in question.effective_options()
            }
        if value.kind in ("text", "voice"):
            assert question.is_text and value.text
    assert RunState.model_validate_json(state.model_dump_json()) == state


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    run=st.sampled_from(RUNS),
    moves=st.lists(st.tuples(st.booleans(), actions, st.integers(0, 50)), max_size=45),
)
def test_any_sequence_never_raises_and_keeps_a_valid_state(
    run: tuple[Definition, str, str], moves: list[tuple[bool, Action, int]]
) -> None:
    definition, band, language = run
    step = start(definition, band=band, language=language, words=Words(name="Alex"))
    for realistic, action, pick in moves:
        chosen = plausible(step, pick) if realistic else action
        # The state goes through JSON every time, as it does through the database.
        state = RunState.model_validate_json(step.state.model_dump_json())
        step = advance(definition, state, chosen)
        assert_valid(definition, step.state)
        assert step.prompt == current(definition, step.state) or step.prompt.preamble
        if step.prompt.kind == "question":
            assert tuple(c.id for c in step.prompt.controls) == CONTROL_IDS


@settings(max_examples=60, deadline=None)
@given(
    run=st.sampled_from(RUNS),
    picks=st.lists(st.integers(0, 9), min_size=1, max_size=12),
    backs=st.integers(1, 12),
)
def test_back_then_forward_keeps_answers(
    run: tuple[Definition, str, str], picks: list[int], backs: int
) -> None:
    definition, band, language = run
    step = start(definition, band=band, language=language, words=Words())
    for pick in picks:
        if step.prompt.kind != "question" or step.prompt.accepts_text:
            break
        choices = [c.id for c in step.prompt.choices if c.id != "_done"]
        chosen = choices[pick % len(choices)]
        step = advance(
            definition, step.state, Choose((chosen,)) if step.prompt.multiple else Press(chosen)
        )
    answers = dict(step.state.answers)
    for _ in range(backs):
        step = advance(definition, step.state, Press("_back"))
        assert step.state.answers == answers
        if step.prompt.kind == "question" and step.prompt.question_id in answers:
            assert step.prompt.previous == answers[step.prompt.question_id]
    # Forward again by re-giving each shown earlier answer: nothing is lost or changed.
    while step.prompt.kind == "question" and step.prompt.question_id in answers:
        earlier: AnswerValue = answers[step.prompt.question_id]
        again: Action = (
            Choose(earlier.choices)
            if earlier.kind == "choice"
            else Press("_skip" if earlier.kind == "skipped" else "_decline")
        )
        step = advance(definition, step.state, again)
    assert step.state.answers == answers
