"""The phrase lists compiled: per category, all at once, and the everyday sayings beside them.

Phrases are written in a small syntax over normalised text (``surveys.concern_phrases`` says
it: ``_`` a gap of up to three words, ``__`` up to six, none of them a negation; every ``(``
a group). Compiling all of them takes seconds, so it is done once, on first use
(``surveys.on_first_use``), never on import: :data:`LISTS` is read by ``surveys.concerns``,
and ``concerns.warm_up`` builds it as a process that will read children's words starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from surveys import concern_sources
from surveys.concern_alternation import dispatch, expand
from surveys.concern_idioms import IDIOMS
from surveys.concern_speak import spelled
from surveys.on_first_use import OnFirstUse

__all__ = ["LISTS", "Compiled", "by_first_letters", "compile_phrases", "sayings_at"]

# A gap never spans a word that negates what follows: "he never hits me" is not "he _ hits me".
_WORD: Final = r"(?!(?:never|not|dont|doesnt|didnt|wont|no|nobody) )[a-z0-9]+ "
_GAP: Final = f"(?:{_WORD}){{0,3}}"
_WIDE_GAP: Final = f"(?:{_WORD}){{0,6}}"


def _body(phrase: str) -> str:
    # Spelled as the text is (squeezed, text-speak spelled out) before any syntax is added.
    return (re.sub(r"\((?!\?)", "(?:", spelled(phrase)).replace("__ ", _WIDE_GAP)
            .replace("_ ", _GAP))


def compile_phrases(phrases: list[str]) -> re.Pattern[str]:
    """One pattern that finds any of ``phrases`` (in the phrase lists' syntax) as whole words."""
    # Grouped by first letters (``surveys.concern_alternation``): a search skips most of them.
    alternatives = [alt for phrase in phrases for alt in expand(_body(phrase))]
    return re.compile(r"(?<![a-z0-9])(?:" + dispatch(alternatives, 0) + r")(?![a-z0-9])")


@dataclass(frozen=True)
class Compiled:
    """Every phrase list, compiled: per category, all at once, and the everyday sayings."""

    # Per category, in the order alerts name them.
    by_category: tuple[tuple[str, re.Pattern[str]], ...]
    # One pattern for every category: ordinary answers (nearly all of them) need one search only.
    any: re.Pattern[str]
    # Everyday sayings that use the words of harm ("mum will kill me if I'm late"), per category.
    idioms: dict[str, re.Pattern[str]]
    # The same sayings one by one, filed by the first two letters they can begin with (``""``
    # for any), to find the longest that begins at a word (:func:`sayings_at`).
    sayings: dict[str, dict[str, tuple[str, ...]]]


def _compile_lists() -> Compiled:
    sayings = {c: by_first_letters(p) for c, p in IDIOMS.items()}
    # Sayings that may begin with any word are tried wherever one is found, and are many:
    # compiled now, so no child's message waits for them. The rest are a few at a word, compiled
    # the first time one is needed (a few milliseconds).
    for filed in sayings.values():
        for phrase in filed.get("", ()):
            _one_saying(phrase)
    return Compiled(
        by_category=tuple(
            (category, compile_phrases(concern_sources.phrases(category)))
            for category in concern_sources.CATEGORIES
        ),
        any=compile_phrases(
            [p for c in concern_sources.CATEGORIES for p in concern_sources.phrases(c)]
        ),
        idioms={c: compile_phrases(p) for c, p in IDIOMS.items()},
        sayings=sayings,
    )


def by_first_letters(phrases: list[str]) -> dict[str, tuple[str, ...]]:
    """The phrases filed by the first two letters each can begin with (``""``: any)."""
    filed: dict[str, list[str]] = {}
    for phrase in phrases:
        for alternative in expand(_body(phrase)):
            prefix = alternative.text[:2]
            key = prefix if prefix.isalnum() and len(prefix) == 2 else ""
            if phrase not in filed.setdefault(key, []):
                filed[key].append(phrase)
    return {key: tuple(found) for key, found in filed.items()}


def sayings_at(category: str, text: str, at: int) -> list[re.Pattern[str]]:
    """Each saying of ``category`` that may begin at ``at``, compiled on its own."""
    filed = LISTS.get().sayings.get(category, {})
    return [_one_saying(p) for p in (*filed.get(text[at : at + 2], ()), *filed.get("", ()))]


@cache
def _one_saying(phrase: str) -> re.Pattern[str]:
    return compile_phrases([phrase])


LISTS: Final = OnFirstUse("concern phrase lists", _compile_lists)
