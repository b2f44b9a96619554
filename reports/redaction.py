"""Quotes that leave the IRO service: a few per question, with anyone who could be known removed.

Links, emails, @handles, postcodes and phone numbers go first; then street addresses, schools
and other institutions; then every known name in one pass of one compiled pattern: the council's
own lists (children, carers, staff) and the first names shipped with hearme
(:mod:`reports.gazetteer`). The names (tens of thousands nationally) are folded into a trie, so
the pattern tries a handful of letters at each word rather than every name in turn, and it is
built once per report, not once per quote. Then titled names ("Mrs Patel"), names after a
relationship ("my social worker Dave"), where a child lives, ages beside names, and any other
capitalised word inside a sentence (:mod:`reports.identifiers`): when in doubt, redact.

A quote that lost a lot (:data:`HEAVY_REPLACEMENTS` names or places, or more than a third of
its letters to them; contact details do not count) is held until a participation officer has
read the redacted words (``hearme quotes review``); :func:`pick_quotes` says which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from reports import gazetteer, identifiers
from reports.identifiers import Tally

MIN_QUOTE_GROUP = 10
# A report quotes "a few comments": this many per question at most, spread over the period.
QUOTES_PER_QUESTION = 10
# A quote with this many things removed, or more than this share of its letters, waits for
# approval.
HEAVY_REPLACEMENTS = 2
HEAVY_SHARE = 1 / 3

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
# Given names and places that are also everyday words: removed only when written with a
# capital letter ("Will said" but not "I will go").
_EVERYDAY: frozenset[str] = gazetteer.EVERYDAY

_GAP = r"[\s-]+"  # between the words of a name: "Jo Bloggs", "Jo  bloggs", "Mary-Jane"


def _name_patterns(names: Iterable[str], *, parts_too: bool = True) -> list[tuple[str, bool]]:
    """``(phrase, any_case)`` to remove: each whole name, and each part of it that is a name.

    Longest first, so "Jo Bloggs" goes before "Jo". Only single everyday words ("Will") are
    not ``any_case``. Without ``parts_too`` only whole phrases ("Stoke on Trent", not "on").
    """
    found: dict[str, bool] = {}
    for name in names:
        cleaned = " ".join(name.split())
        parts = [p for p in re.split(_GAP, cleaned) if len(p) >= 2]
        split = parts_too
        proper = [p for p in parts if p.casefold() not in _NOT_NAMES]
        if not proper:
            continue  # "my nan", "mum": a way of speaking, not a name
        if len(cleaned) >= 2:
            found[cleaned] = len(parts) > 1 or cleaned.casefold() not in _EVERYDAY
        for part in proper if split else ():
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


def _compile(names: Iterable[str], *, parts_too: bool = True) -> re.Pattern[str] | None:
    trie: Trie = {}
    capitalised: list[str] = []
    for phrase, any_case in _name_patterns(names, parts_too=parts_too):
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


def _without_contacts(text: str, tally: Tally) -> str:
    result = tally.sub(_URL, "[link]", text)
    result = tally.sub(_EMAIL, "[email]", result)
    result = tally.sub(_HANDLE, "[handle]", result)
    result = tally.sub(_POSTCODE, "[postcode]", result)
    return tally.sub(_PHONE, _phone, result)


@lru_cache(maxsize=1)
def _places() -> re.Pattern[str] | None:
    return _compile(gazetteer.places(), parts_too=False)


@dataclass(frozen=True)
class Redacted:
    """A quote after redaction, and how much was taken out of it."""

    text: str
    replaced: int
    share: float

    @property
    def heavy(self) -> bool:
        """Changed so much that a person should read it before it is published."""
        return self.replaced >= HEAVY_REPLACEMENTS or self.share > HEAVY_SHARE


class Redactor:
    """Removes contacts, addresses, institutions, places, names and ages from quotes.

    Names are matched whole-word and case-insensitively (children often type names in lower
    case); a full name is removed whole and each part of it that is a name on its own. Words
    like "my", "nan" or "auntie" are never removed by themselves, and a name that is also an
    everyday word ("Will") only when it starts with a capital. Build one per report: compiling
    the names is the expensive part.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._names = _compile([*names, *gazetteer.first_names()])

    def examine(self, text: str) -> Redacted:
        """The quote redacted, with how many things were removed and what share of it."""
        # Phone numbers, emails and links are removed for certain and say nothing about how
        # much of the quote is left to read: they do not count towards holding it.
        result = _without_contacts(text, Tally())
        tally = Tally()
        result = identifiers.places(result, tally)
        if self._names is not None:
            result = tally.sub(self._names, "[name]", result)
        result = identifiers.people(result, tally)
        places = _places()
        if places is not None:
            result = tally.sub(places, "[place]", result)
        result = identifiers.ages(result, tally)
        result = identifiers.capitalised_guesses(result, tally)
        share = tally.characters / len(text) if text else 0.0
        return Redacted(result, tally.replaced, share)

    def redact(self, text: str) -> str:
        """The quote with every identifying detail replaced by a placeholder."""
        return self.examine(text).text


def redact(text: str, names: Iterable[str]) -> str:
    """One quote redacted (see :class:`Redactor`; for many quotes build one and reuse it)."""
    return Redactor(names).redact(text)


@dataclass(frozen=True)
class QuoteCandidate:
    """A free-text answer that might be quoted (``answer_id`` and ``child_id`` when stored)."""

    text: str
    consented: bool
    question_id: str
    answer_id: int | None = None
    child_id: int | None = None


@dataclass(frozen=True)
class ChosenQuote:
    """A quote picked for a report, redacted; ``held`` until a person approves it."""

    question_id: str
    text: str
    held: bool
    answer_id: int | None = None
    child_id: int | None = None


# A person's decision on a heavily redacted quote, by (answer id, redacted text).
Decisions = Mapping[tuple[int, str], str]
APPROVED, REJECTED = "approved", "rejected"


def spread(count: int, wanted: int) -> list[int]:
    """``wanted`` positions out of ``count``, evenly spaced (all of them when there are few)."""
    if count <= wanted:
        return list(range(count))
    return [(2 * i + 1) * count // (2 * wanted) for i in range(wanted)]


def pick_quotes(
    candidates: Iterable[QuoteCandidate],
    *,
    respondents: int,
    names: Iterable[str],
    decisions: Decisions | None = None,
    per_question: int = QUOTES_PER_QUESTION,
) -> list[ChosenQuote]:
    """Consented quotes, redacted; none from under 10 respondents.

    At most ``per_question`` for each question, spread evenly over the candidates (which come
    in the order they were sent, so the quotes span the period), kept in that order. Only the
    chosen quotes are redacted. A heavily redacted quote is ``held`` unless ``decisions``
    approves exactly its redacted words; a rejected one is left out.
    """
    if respondents < MIN_QUOTE_GROUP:
        return []
    eligible: dict[str, list[tuple[int, QuoteCandidate]]] = {}
    for position, candidate in enumerate(candidates):
        if candidate.consented and candidate.text.strip():
            eligible.setdefault(candidate.question_id, []).append((position, candidate))
    chosen: list[tuple[int, QuoteCandidate]] = []
    for found in eligible.values():
        chosen += [found[i] for i in spread(len(found), per_question)]
    if not chosen:
        return []
    redactor = Redactor(names)
    decided = decisions or {}
    picked = []
    for _, candidate in sorted(chosen, key=lambda pair: pair[0]):
        redacted = redactor.examine(candidate.text.strip())
        decision = (
            None
            if candidate.answer_id is None
            else decided.get((candidate.answer_id, redacted.text))
        )
        if decision == REJECTED:
            continue
        picked.append(
            ChosenQuote(
                candidate.question_id,
                redacted.text,
                redacted.heavy and decision != APPROVED,
                candidate.answer_id,
                candidate.child_id,
            )
        )
    return picked


def choose_quotes(
    candidates: Iterable[QuoteCandidate],
    *,
    respondents: int,
    names: Iterable[str],
    per_question: int = QUOTES_PER_QUESTION,
) -> list[tuple[str, str]]:
    """The quotes a report may print now, as ``(question_id, text)`` (see :func:`pick_quotes`)."""
    picked = pick_quotes(
        candidates, respondents=respondents, names=names, per_question=per_question
    )
    return [(quote.question_id, quote.text) for quote in picked if not quote.held]
