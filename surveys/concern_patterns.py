"""The phrase lists compiled: per category, all at once, and the everyday sayings beside them.

Phrases are written in a small syntax over normalised text (``surveys.concern_phrases`` says
it: ``_`` a gap of up to three words, ``__`` up to six, none of them a negation; every ``(``
a group). Compiling all of them takes seconds, so it is done once, on first use
(``surveys.on_first_use``), never on import: :data:`LISTS` is read by ``surveys.concerns``,
and ``concerns.warm_up`` builds it as a process that will read children's words starts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Final

from surveys import concern_sources
from surveys.concern_idioms import IDIOMS
from surveys.on_first_use import OnFirstUse

__all__ = ["LISTS", "Compiled"]

# A gap never spans a word that negates what follows: "he never hits me" is not "he _ hits me".
_WORD: Final = r"(?!(?:never|not|dont|doesnt|didnt|wont|no|nobody) )[a-z0-9]+ "
_GAP: Final = f"(?:{_WORD}){{0,3}}"
_WIDE_GAP: Final = f"(?:{_WORD}){{0,6}}"


def _body(phrase: str) -> str:
    body = re.sub(r"\((?!\?)", "(?:", phrase).replace("__ ", _WIDE_GAP).replace("_ ", _GAP)
    # Squeeze letters only, so regex syntax such as "\w" is never touched.
    return re.sub(r"(?<!\\)([a-z])\1+", r"\1", body)


def _top_level(body: str) -> list[str]:
    """Split a regex at the ``|`` that are not inside a group."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(body):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts


def _expand(body: str) -> list[str]:
    """Unfold a leading group into one alternative per branch, so each starts with a letter."""
    if not body.startswith("(?:"):
        return [body]
    depth, end = 0, 0
    while True:
        depth += {"(": 1, ")": -1}.get(body[end], 0)
        if depth == 0:
            break
        end += 1
    rest = body[end + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return [body]
    return [alt for branch in _top_level(body[3:end]) for alt in _expand(branch + rest)]


def _dispatch(alternatives: list[str], depth: int) -> str:
    """Group alternatives by their next letter behind a look-ahead, two letters deep."""
    groups: dict[str, list[str]] = defaultdict(list)
    for alternative in alternatives:
        prefix = alternative[: depth + 1]
        groups[prefix if prefix.isalnum() and len(prefix) == depth + 1 else ""].append(alternative)
    parts = []
    for prefix, members in sorted(groups.items()):
        if not prefix:
            parts.append("(?:" + "|".join(members) + ")")
        elif depth == 0 and len(members) > 4:
            parts.append(f"(?={prefix})(?:" + _dispatch(members, 1) + ")")
        else:
            parts.append(f"(?={prefix})(?:" + "|".join(members) + ")")
    return "|".join(parts)


def _compile(phrases: list[str]) -> re.Pattern[str]:
    # Python's regex engine tries every alternative at every word. Grouping the alternatives
    # by their first two letters behind look-aheads lets it skip all but a handful of them:
    # about ten times faster on an ordinary answer.
    alternatives = [alt for phrase in phrases for alt in _expand(_body(phrase))]
    return re.compile(r"(?<![a-z0-9])(?:" + _dispatch(alternatives, 0) + r")(?![a-z0-9])")


@dataclass(frozen=True)
class Compiled:
    """Every phrase list, compiled: per category, all at once, and the everyday sayings."""

    # Per category, in the order alerts name them.
    by_category: tuple[tuple[str, re.Pattern[str]], ...]
    # One pattern for every category: ordinary answers (nearly all of them) need one search only.
    any: re.Pattern[str]
    # Everyday sayings that use the words of harm ("mum will kill me if I'm late"), per category.
    idioms: dict[str, re.Pattern[str]]


def _compile_lists() -> Compiled:
    return Compiled(
        by_category=tuple(
            (category, _compile(concern_sources.phrases(category)))
            for category in concern_sources.CATEGORIES
        ),
        any=_compile([p for c in concern_sources.CATEGORIES for p in concern_sources.phrases(c)]),
        idioms={c: _compile(p) for c, p in IDIOMS.items()},
    )


LISTS: Final = OnFirstUse("concern phrase lists", _compile_lists)
