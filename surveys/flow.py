"""Reading a run: which questions are shown, what comes next, and how a prompt looks.

Pure helpers of :mod:`surveys.engine`; nothing here changes a state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from surveys import concerns
from surveys.engine_types import CONTROL_IDS, AnswerValue, Choice, Prompt, RunState
from surveys.model import Definition, Question, Variant
from surveys.wording import as_sentence, for_kind, phrase, render

_CONTROL_PHRASES = {"_skip": "skip", "_decline": "decline", "_back": "back", "_stop": "stop"}


def visible(variant: Variant, answers: Mapping[str, AnswerValue]) -> list[Question]:
    """The questions shown, in order, given the answers so far.

    A question with ``show_if`` is shown when its controlling question is shown and was answered
    with one of the listed options (or, with ``written``, when one of the listed questions is
    shown and was answered in words); ``show_if`` only points backwards, so one pass is enough.
    """
    shown: list[Question] = []
    shown_ids: set[str] = set()
    for question in variant.questions:
        rule = question.show_if
        if rule is not None and rule.question is not None:
            answer = answers.get(rule.question)
            if rule.question not in shown_ids or answer is None or answer.kind != "choice":
                continue
            if not set(answer.choices) & set(rule.any_of):
                continue
        if rule is not None and rule.written:
            said = [answers.get(q) for q in rule.written if q in shown_ids]
            if not any(a is not None and a.kind in ("text", "voice") for a in said):
                continue
        shown.append(question)
        shown_ids.add(question.id)
    return shown


def next_after(
    variant: Variant, answers: Mapping[str, AnswerValue], question_id: str, reviewing: bool
) -> Question | None:
    """The question after ``question_id``, or None for the last step.

    When the child is changing an answer from the last step, only questions not yet answered
    (newly shown by the change) are asked before going back there.
    """
    shown = visible(variant, answers)
    ids = [q.id for q in shown]
    later = shown[ids.index(question_id) + 1 :] if question_id in ids else shown
    if reviewing:
        later = [q for q in later if q.id not in answers]
    return later[0] if later else None


def answer_label(
    question: Question, option_id: str, language: str, words: Mapping[str, str | None]
) -> str:
    """The label of an option in a language with the child's words (the id if unknown),
    written as a sentence even when it opens with a word of the child's ("👪 Mum time")."""
    option = question.option(option_id)
    if option is None or option.label is None:
        return option_id
    return as_sentence(render(option.label, language, words))


def describe(question: Question, value: AnswerValue, state: RunState) -> str:
    """An answer in words, as the child and their IRO will see it."""
    lang, words = state.language, state.words
    if value.kind == "skipped":
        return phrase("skipped", lang, words)
    if value.kind == "declined":
        return phrase("declined", lang, words)
    if value.kind == "choice":
        return ", ".join(answer_label(question, option, lang, words) for option in value.choices)
    said = phrase("voice_note", lang, words) if value.kind == "voice" else f"“{value.text}”"
    found = concerns.detect(value.text) if value.kind == "text" and value.text else None
    if value.told_duty is not None:
        # An alert about the IRO: the child is told who reads the words, and that it is
        # not the IRO (who never sees them: reports.views withholds them).
        said = f"{said} {phrase(f'told_{value.told_duty}_duty', lang, words)}"
    elif found is not None:
        # Words that raised an alert are never described as "just for my IRO".
        said = f"{said} {phrase(f'told_{found.level}', lang, words)}"
    elif value.audience == "iro_only":
        said = f"{said} {phrase('just_for_iro', lang, words)}"
    return said


def summary(definition: Definition, state: RunState) -> str:
    """What the readers will see (the IRO, or the IRO service for a survey): every shown
    question with its answer, one per line."""
    variant = next(v for v in definition.variants if v.band == state.variant)
    lines = []
    for question in visible(variant, state.answers):
        value = state.answers.get(question.id)
        if value is None:
            continue
        text = render(question.text, state.language, state.words)
        lines.append(f"• {text} — {describe(question, value, state)}")
    return "\n".join(lines)


def progress(variant: Variant, question_id: str | None) -> tuple[int, int]:
    """``(step, total)`` counted so that the total never changes during a run.

    A follow-up question (``show_if`` with ``follow_up``, the default) shares the number of the
    question before it, so "7/12" does not become "8/13" when a child's answer opens one. Every
    other question keeps the number of its place in the survey, whichever questions were shown
    before it: a question is always asked under the same number.
    """
    total = sum(1 for q in variant.questions if not _follow_up(q))
    if question_id is None:
        return total, total
    step = 0
    for question in variant.questions:
        if not _follow_up(question):
            step += 1
        if question.id == question_id:
            break
    return max(step, 1), total


def _follow_up(question: Question) -> bool:
    return question.show_if is not None and question.show_if.follow_up


def introduction(definition: Definition, state: RunState) -> tuple[str, ...]:
    """The variant's intro and its privacy notice, in the child's words."""
    variant = next(v for v in definition.variants if v.band == state.variant)
    return (
        render(variant.intro, state.language, state.words),
        render(variant.privacy, state.language, state.words),
    )


def controls(state: RunState, ids: tuple[str, ...] = CONTROL_IDS) -> tuple[Choice, ...]:
    return tuple(
        Choice(control, phrase(_CONTROL_PHRASES[control], state.language, state.words))
        for control in ids
    )


def render_prompt(
    definition: Definition,
    state: RunState,
    preamble: tuple[str, ...] = (),
    *,
    alert_notice: int | None = None,
) -> Prompt:
    """The prompt for the state's phase, with ``preamble`` shown before it; ``alert_notice``:
    which line of it is an alert's notice (:attr:`Prompt.alert_notice`)."""
    if alert_notice is not None and not 0 <= alert_notice < len(preamble):
        raise ValueError(f"alert_notice {alert_notice} is not a line of the preamble")
    prompt = _phase_prompt(definition, state, preamble)
    return prompt if alert_notice is None else replace(prompt, alert_notice=alert_notice)


def _phase_prompt(definition: Definition, state: RunState, preamble: tuple[str, ...]) -> Prompt:
    lang, words = state.language, state.words
    variant = next(v for v in definition.variants if v.band == state.variant)
    shown = visible(variant, state.answers)
    levels = {value.told_duty for value in state.answers.values() if value.told_duty}
    told_duty = bool(levels)
    if state.phase == "finished":
        finished = phrase(for_kind("finished", definition.kind), lang, words)
        if told_duty:
            level = "urgent" if "urgent" in levels else "worry"
            finished = f"{finished} {phrase(f'finished_{level}_duty', lang, words)}"
        return Prompt("finished", finished, preamble=preamble)
    if state.phase == "stopped":
        resume = (Choice("_resume", phrase("resume", lang, words)),)
        return Prompt("stopped", phrase("stopped", lang, words), choices=resume, preamble=preamble)
    question = next((q for q in shown if q.id == state.at), None)
    if state.phase == "review" or question is None:
        change = phrase("change", lang, words)
        choices = (
            Choice("_send", phrase("send", lang, words)),
            *(Choice(f"_change:{q.id}", f"{change}: {render(q.text, lang, words)}") for q in shown),
        )
        step, total = progress(variant, None)
        heading = phrase(for_kind("review", definition.kind), lang, words)
        if told_duty:
            heading = f"{heading} {phrase('review_duty_note', lang, words)}"
        return Prompt(
            "review",
            heading,
            choices=choices,
            controls=controls(state, ("_back", "_stop")),
            preamble=preamble,
            step=step,
            total=total,
            summary=summary(definition, state),
        )
    step, total = progress(variant, question.id)
    if state.phase == "audience":
        return Prompt(
            "audience",
            phrase("audience", lang, words),
            question_id=question.id,
            question_type=question.type,
            choices=(
                Choice("meeting", phrase("meeting", lang, words)),
                Choice("iro_only", phrase("iro_only", lang, words)),
            ),
            controls=controls(state),
            preamble=preamble,
            previous=question_previous(question, state),
            step=step,
            total=total,
        )
    previous = state.pending or state.answers.get(question.id)
    if previous is not None and not preamble:
        said = describe(question, previous, state)
        preamble = (phrase("previous", lang, words, answer=said),)
    choices = tuple(
        Choice(option.id, answer_label(question, option.id, lang, words))
        for option in question.effective_options()
    )
    if question.multiple:
        choices += (Choice("_done", phrase("done", lang, words)),)
    return Prompt(
        "question",
        render(question.text, lang, words),
        question_id=question.id,
        question_type=question.type,
        choices=choices,
        multiple=question.multiple,
        selected=state.selected,
        accepts_text=question.is_text,
        accepts_voice=question.type == "text_or_voice",
        controls=controls(state),
        preamble=preamble,
        previous=previous,
        step=step,
        total=total,
    )


def question_previous(question: Question, state: RunState) -> AnswerValue | None:
    """On the audience prompt, the written answer it is about."""
    return state.pending or state.answers.get(question.id)
