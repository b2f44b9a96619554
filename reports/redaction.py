"""Quotes that leave the IRO service: a few per question, with names and contacts removed.

Links, emails, @handles, postcodes and phone numbers go first; then every known name in one
pass of one compiled pattern. The names (tens of thousands nationally) are folded into a trie,
so the pattern tries a handful of letters at each word rather than every name in turn, and it
is built once per report, not once per quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MIN_QUOTE_GROUP = 10
# A report quotes "a few comments": this many per question at most, spread over the period.
QUOTES_PER_QUESTION = 10

_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{7,}\d")


def _phone(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group())
    return "[phone]" if digits >= 9 else match.group()


# Words that are never a name on their own: a carer known as "my nan" or "Auntie Bev" must not
# turn "my IRO is kind and listens" into "[name] IRO is kind [name] listens".
_NOT_NAMES: frozenset[str] = frozenset(
    word
    for line in (
        "a an and the my our your his her their of to with at in on for me i we you they he she",
        "it is are was be mr mrs ms miss mx dr sir mum mom mam mummy mommy mother dad daddy",
        "father nan nana nanna nanny gran granny grandma grandmother grandad granddad grandpa",
        "grandfather auntie aunty aunt uncle cousin sister brother step stepmum stepmom stepdad",
        "foster carer carers family home people live lives worker key social iro staff teacher",
        "friend boyfriend girlfriend partner",
    )
    for word in line.split()
)
# Given names that are also everyday words: removed only when written with a capital letter
# ("Will said" but not "I will go").
_EVERYDAY: frozenset[str] = frozenset(
    word
    for line in (
        "will may rose hope joy grace faith bill mark jack pat sue dawn amber summer april june",
        "august holly ivy lily daisy honey sunny rich frank sky river storm autumn penny robin",
    )
    for word in line.split()
)

_GAP = r"[\s-]+"  # between the words of a name: "Jo Bloggs", "Jo  bloggs", "Mary-Jane"


def _name_patterns(names: Iterable[str]) -> list[tuple[str, bool]]:
    """``(phrase, any_case)`` to remove: each whole name, and each part of it that is a name.

    Longest first, so "Jo Bloggs" goes before "Jo". Only single everyday words ("Will") are
    not ``any_case``.
    """
    found: dict[str, bool] = {}
    for name in names:
        cleaned = " ".join(name.split())
        parts = [p for p in re.split(_GAP, cleaned) if len(p) >= 2]
        proper = [p for p in parts if p.casefold() not in _NOT_NAMES]
        if not proper:
            continue  # "my nan", "mum": a way of speaking, not a name
        if len(cleaned) >= 2:
            found[cleaned] = len(parts) > 1 or cleaned.casefold() not in _EVERYDAY
        for part in proper:
            found.setdefault(part, part.casefold() not in _EVERYDAY)
    return sorted(found.items(), key=lambda item: len(item[0]), reverse=True)


_END = ""  # a trie key no character uses: a phrase ends here
Trie = dict[str, "Trie"]


def _key(ch: str) -> str:
    # Characters equal under re.IGNORECASE share their lower case, so they share a branch;
    # the space between words stands for any gap.
    if ch == " ":
        return " "
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


def _pattern(trie: Trie) -> str:
    """The trie as a regular expression; at each fork the longer names are tried first."""
    text = ""
    node = trie
    # A run without forks is written out flat, so only forks nest.
    while len(node) == 1 and _END not in node:
        ((key, node),) = node.items()
        text += _GAP if key == " " else re.escape(key)
    branches = [
        (_GAP if key == " " else re.escape(key)) + _pattern(child)
        for key, child in node.items()
        if key != _END
    ]
    if not branches:
        return text
    optional = "?" if _END in node else ""
    return f"{text}(?:{'|'.join(branches)}){optional}"


def _compile(names: Iterable[str]) -> re.Pattern[str] | None:
    trie: Trie = {}
    capitalised: list[str] = []
    for phrase, any_case in _name_patterns(names):
        if not any_case:
            first = re.escape(phrase[0].upper())
            capitalised.append(f"(?-i:{first}){re.escape(phrase[1:])}")
            continue
        node = trie
        for ch in phrase:
            node = node.setdefault(_key(ch), {})
        node[_END] = {}
    # An everyday name is one word, so a name in the trie matching at the same place is at
    # least as long: the trie goes first, as the longest name wins.
    branches = ([_pattern(trie)] if trie else []) + capitalised
    if not branches:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(branches)})(?!\w)", re.IGNORECASE)


def _without_contacts(text: str) -> str:
    result = _URL.sub("[link]", text)
    result = _EMAIL.sub("[email]", result)
    result = _HANDLE.sub("[handle]", result)
    result = _POSTCODE.sub("[postcode]", result)
    return _PHONE.sub(_phone, result)


class Redactor:
    """Removes links, emails, @handles, postcodes, phone numbers and known names from quotes.

    Names are matched whole-word and case-insensitively (children often type names in lower
    case); a full name is removed whole and each part of it that is a name on its own. Words
    like "my", "nan" or "auntie" are never removed by themselves, and a name that is also an
    everyday word ("Will") only when it starts with a capital. Build one per report: compiling
    the names is the expensive part.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._names = _compile(names)

    def redact(self, text: str) -> str:
        """The quote with every contact detail and known name replaced by a placeholder."""
        result = _without_contacts(text)
        if self._names is None:
            return result
        return self._names.sub("[name]", result)


def redact(text: str, names: Iterable[str]) -> str:
    """One quote redacted (see :class:`Redactor`; for many quotes build one and reuse it)."""
    return Redactor(names).redact(text)


@dataclass(frozen=True)
class QuoteCandidate:
    """A free-text answer that might be quoted."""

    text: str
    consented: bool
    question_id: str


def spread(count: int, wanted: int) -> list[int]:
    """``wanted`` positions out of ``count``, evenly spaced (all of them when there are few)."""
    if count <= wanted:
        return list(range(count))
    return [(2 * i + 1) * count // (2 * wanted) for i in range(wanted)]


def choose_quotes(
    candidates: Iterable[QuoteCandidate],
    *,
    respondents: int,
    names: Iterable[str],
    per_question: int = QUOTES_PER_QUESTION,
) -> list[tuple[str, str]]:
    """Consented quotes, redacted, as ``(question_id, text)``; none from under 10 respondents.

    At most ``per_question`` for each question, spread evenly over the candidates (which come
    in the order they were sent, so the quotes span the period), kept in that order. Only the
    chosen quotes are redacted.
    """
    if respondents < MIN_QUOTE_GROUP:
        return []
    eligible: dict[str, list[tuple[int, str]]] = {}
    for position, candidate in enumerate(candidates):
        text = candidate.text.strip()
        if candidate.consented and text:
            eligible.setdefault(candidate.question_id, []).append((position, text))
    chosen: list[tuple[int, str, str]] = []
    for question, found in eligible.items():
        chosen += [(found[i][0], question, found[i][1]) for i in spread(len(found), per_question)]
    if not chosen:
        return []
    redactor = Redactor(names)
    return [(question, redactor.redact(text)) for _, question, text in sorted(chosen)]
