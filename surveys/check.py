"""Checking survey definition files: every problem at once, each with its file and field.

A participation officer edits the YAML; this tells them exactly what to fix, e.g.
``my_review.yaml: variants[1].questions[4].options: must not be empty``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from surveys.concerns import OPTION_CATEGORIES
from surveys.model import (
    QUESTION_TYPES,
    STANDARD_OPTIONS,
    Definition,
    LocalText,
    Question,
    Variant,
)
from surveys.timing import estimate_minutes as estimate_minutes  # callers know it from here
from surveys.timing import stated_minutes as stated_minutes
from surveys.timing import stated_time_problems
from surveys.wording import LANGUAGES, PLACEHOLDERS, placeholders_in

CONCERN_CATEGORIES = OPTION_CATEGORIES


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a definition file."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.file}: {where}{self.message}"


def check_files(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in the given definition files (an empty list when all is well)."""
    texts: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            texts.append((path.name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(path.name, "", f"cannot read the file: {error}"))
    return problems + check_texts(texts)[1]


def check_texts(files: Sequence[tuple[str, str]]) -> tuple[list[Definition], list[Problem]]:
    """Parse and check ``(file name, YAML text)`` pairs: the valid definitions and all problems."""
    definitions: list[Definition] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for name, text in files:
        definition, found = check_text(name, text)
        problems += found
        if definition is None:
            continue
        if definition.id in seen:
            problems.append(
                Problem(name, "id", f"'{definition.id}' is also used by {seen[definition.id]}")
            )
        seen.setdefault(definition.id, name)
        if not found:
            definitions.append(definition)
    return definitions, problems


def check_text(name: str, text: str) -> tuple[Definition | None, list[Problem]]:
    """One file: its definition (None if its shape is wrong) and every problem found in it."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return None, [Problem(name, "", f"not valid YAML: {error}")]
    if not isinstance(raw, dict):
        return None, [Problem(name, "", "must be a mapping with id, version, kind, variants")]
    try:
        definition = Definition.model_validate(raw)
    except ValidationError as error:
        problems = [Problem(name, path, message) for path, message in _shape_problems(error)]
        return None, problems + _salvage_variants(name, raw)
    return definition, [Problem(name, path, msg) for path, msg in definition_problems(definition)]


def _shape_problems(error: ValidationError, prefix: str = "") -> Iterator[tuple[str, str]]:
    for detail in error.errors():
        loc = detail["loc"]
        path = prefix + _path(loc)
        if detail["type"] == "literal_error" and loc and loc[-1] == "type":
            message = f"unknown type {detail['input']!r} (use one of: {', '.join(QUESTION_TYPES)})"
        elif detail["type"] == "missing":
            message = "required"
        elif detail["type"] == "extra_forbidden":
            message = "unknown field"
        else:
            message = detail["msg"]
        yield path, message


def _salvage_variants(name: str, raw: dict[str, Any]) -> list[Problem]:
    """When the file's shape is wrong, still check the variants that are well formed."""
    variants = raw.get("variants")
    languages = raw.get("languages", ["en"])
    if not isinstance(variants, list) or not isinstance(languages, list):
        return []
    problems = []
    for index, raw_variant in enumerate(variants):
        try:
            variant = Variant.model_validate(raw_variant)
        except ValidationError:
            continue  # already reported by the whole-file validation
        langs = tuple(str(lang) for lang in languages)
        for path, message in variant_problems(variant, f"variants[{index}]", langs):
            problems.append(Problem(name, path, message))
    return problems


def _path(loc: Sequence[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


# -- the rules -----------------------------------------------------------------------------------
def definition_problems(definition: Definition) -> list[tuple[str, str]]:
    """Every rule broken by a well-formed definition, as ``(field path, message)``."""
    found: list[tuple[str, str]] = []
    langs = definition.languages
    if "en" not in langs:
        found.append(("languages", "must include en (English is required)"))
    for index, language in enumerate(langs):
        if language not in LANGUAGES:
            found.append((f"languages[{index}]", f"no built-in phrases for {language!r}"))
    found += text_problems(definition.title, "title", langs)
    found += band_problems(definition)
    first_variant_of_core: dict[str, tuple[str, str]] = {}
    for index, variant in enumerate(definition.variants):
        where = f"variants[{index}]"
        found += variant_problems(variant, where, langs)
        for q_index, question in enumerate(variant.questions):
            if question.core is None:
                continue
            earlier = first_variant_of_core.setdefault(question.core, (question.type, where))
            if earlier[0] != question.type:
                found.append(
                    (
                        f"{where}.questions[{q_index}].type",
                        f"core '{question.core}' is {question.type} here but {earlier[0]} in "
                        f"{earlier[1]}: core items must be asked the same way in every band",
                    )
                )
    return found


def band_problems(definition: Definition) -> list[tuple[str, str]]:
    """Age bands: each variant a sensible range, together covering the survey's ages exactly."""
    found: list[tuple[str, str]] = []
    names: dict[str, int] = {}
    for index, variant in enumerate(definition.variants):
        if variant.band in names:
            found.append((f"variants[{index}].band", f"duplicate band '{variant.band}'"))
        names.setdefault(variant.band, index)
        if variant.max_age is not None and variant.max_age < variant.min_age:
            found.append((f"variants[{index}].max_age", "must not be below min_age"))
    ordered = sorted(enumerate(definition.variants), key=lambda pair: pair[1].min_age)
    expected: int | None = definition.min_age
    for index, variant in ordered:
        where = f"variants[{index}]"
        if expected is None:
            found.append((f"{where}.min_age", "overlaps a band with no upper age"))
            continue
        if variant.min_age > expected:
            found.append(
                (f"{where}.min_age", f"gap: no variant for ages {expected}–{variant.min_age - 1}")
            )
        elif variant.min_age < expected:
            found.append((f"{where}.min_age", f"overlap: age {variant.min_age} is already covered"))
        expected = None if variant.max_age is None else variant.max_age + 1
    if expected is not None and definition.max_age is None:
        found.append(("variants", f"gap: no variant for ages {expected} and over"))
    elif definition.max_age is not None and expected != definition.max_age + 1:
        last = "any age" if expected is None else f"age {expected - 1}"
        found.append(("variants", f"the last band ends at {last}, not {definition.max_age}"))
    return found


def variant_problems(
    variant: Variant, where: str, languages: Sequence[str]
) -> list[tuple[str, str]]:
    """Rules for one variant: questions, options, show_if, wording and the length budget."""
    found = text_problems(variant.intro, f"{where}.intro", languages)
    found += text_problems(variant.privacy, f"{where}.privacy", languages)
    if not variant.questions:
        found.append((f"{where}.questions", "must not be empty"))
    first_index: dict[str, int] = {}
    cores: dict[str, int] = {}
    for index, question in enumerate(variant.questions):
        q_where = f"{where}.questions[{index}]"
        if question.id in first_index:
            found.append(
                (
                    f"{q_where}.id",
                    f"duplicate id '{question.id}' (also questions[{first_index[question.id]}])",
                )
            )
        first_index.setdefault(question.id, index)
        if question.core is not None:
            if question.core in cores:
                found.append(
                    (f"{q_where}.core", f"duplicate core '{question.core}' in this variant")
                )
            cores.setdefault(question.core, index)
        found += question_problems(variant, question, index, q_where, languages)
    minutes = estimate_minutes(variant)
    found += stated_time_problems(variant, where, minutes)
    if minutes >= variant.budget_minutes:
        found.append(
            (
                where,
                f"about {minutes:.1f} minutes to answer, "
                f"over the {variant.budget_minutes:g}-minute budget",
            )
        )
    return found


def question_problems(
    variant: Variant, question: Question, index: int, where: str, languages: Sequence[str]
) -> list[tuple[str, str]]:
    found = text_problems(question.text, f"{where}.text", languages)
    standard = STANDARD_OPTIONS.get(question.type)
    option_ids: dict[str, int] = {}
    if question.is_text and question.options:
        found.append((f"{where}.options", f"a {question.type} question has no options"))
    elif question.type in ("single_choice", "multiple_choice") and not question.options:
        found.append((f"{where}.options", "must not be empty"))
    for o_index, option in enumerate(question.options):
        o_where = f"{where}.options[{o_index}]"
        if option.id in option_ids:
            found.append((f"{o_where}.id", f"duplicate option id '{option.id}'"))
        option_ids.setdefault(option.id, o_index)
        if standard is not None and option.extra and option.id in {sid for sid, _ in standard}:
            found.append((f"{o_where}.id", f"'{option.id}' is on the scale, so not extra"))
        elif (
            standard is not None
            and not option.extra
            and option.id not in {sid for sid, _ in standard}
        ):
            allowed = ", ".join(sid for sid, _ in standard)
            found.append(
                (
                    f"{o_where}.id",
                    f"'{option.id}' is not an answer of a {question.type} question ({allowed})",
                )
            )
        if option.label is None and standard is None:
            found.append((f"{o_where}.label", "required"))
        elif option.label is not None:
            found += text_problems(option.label, f"{o_where}.label", languages)
        if option.exclusive and not question.multiple:
            found.append(
                (f"{o_where}.exclusive", "only an answer of a multiple_choice question can be")
            )
        if option.extra and standard is None:
            found.append(
                (f"{o_where}.extra", f"a {question.type} question has no scale to step outside")
            )
        elif option.extra and option.label is None:
            found.append((f"{o_where}.label", "required for an answer outside the scale"))
        for c_index, category in enumerate(option.concern):
            if category not in CONCERN_CATEGORIES:
                known = ", ".join(sorted(CONCERN_CATEGORIES))
                found.append(
                    (
                        f"{o_where}.concern[{c_index}]",
                        f"unknown concern {category!r} (use: {known})",
                    )
                )
    if question.audience and not question.is_text:
        found.append((f"{where}.audience", "only a written answer can ask who may hear it"))
    if question.show_if is not None:
        found += show_if_problems(variant, question, index, f"{where}.show_if")
    return found


def show_if_problems(
    variant: Variant, question: Question, index: int, where: str
) -> list[tuple[str, str]]:
    assert question.show_if is not None
    rule = question.show_if
    ids = [q.id for q in variant.questions]
    found = [
        (f"{where}.written[{k}]", problem)
        for k, written in enumerate(rule.written)
        for problem in _written_problems(variant, ids, written, index)
    ]
    if rule.question is None:
        if rule.any_of:
            found.append((f"{where}.question", "required with any_of"))
        elif not rule.written:
            found.append((where, "needs question and any_of, or written"))
        return found
    if not rule.any_of:
        return [*found, (f"{where}.any_of", "must not be empty")]
    return found + _choice_rule_problems(variant, ids, rule.question, rule.any_of, index, where)


def _written_problems(variant: Variant, ids: list[str], written: str, index: int) -> list[str]:
    if written not in ids:
        return [f"unknown question '{written}'"]
    if ids.index(written) >= index:
        return [f"'{written}' is not an earlier question (show_if must look back)"]
    if not variant.questions[ids.index(written)].is_text:
        return [f"'{written}' is not a written question"]
    return []


def _choice_rule_problems(
    variant: Variant,
    ids: list[str],
    controlling_id: str,
    any_of: tuple[str, ...],
    index: int,
    where: str,
) -> list[tuple[str, str]]:
    rule_question = controlling_id
    if rule_question not in ids:
        return [(f"{where}.question", f"unknown question '{rule_question}'")]
    if ids.index(rule_question) >= index:
        return [
            (
                f"{where}.question",
                f"'{rule_question}' is not an earlier question (show_if must look back)",
            )
        ]
    controlling = variant.questions[ids.index(rule_question)]
    known = {option.id for option in controlling.effective_options()}
    if not known:
        return [(f"{where}.question", f"'{rule_question}' has no options to depend on")]
    return [
        (f"{where}.any_of[{k}]", f"'{option_id}' is not an option of '{rule_question}'")
        for k, option_id in enumerate(any_of)
        if option_id not in known
    ]


def text_problems(text: LocalText, where: str, languages: Sequence[str]) -> list[tuple[str, str]]:
    """A text a child reads: present in every language, not blank, only known placeholders."""
    found = [(where, f"missing translation '{lang}'") for lang in languages if lang not in text]
    for language, wording in text.items():
        if not wording.strip():
            found.append((f"{where}.{language}", "must not be empty"))
        for name in sorted(placeholders_in(wording) - set(PLACEHOLDERS)):
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            found.append((f"{where}.{language}", f"unknown placeholder {{{name}}} (use: {known})"))
    return found
