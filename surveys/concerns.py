"""Spot a disclosure of harm in whatever a child writes.

``detect(text)`` runs on every free-text answer, so it is pure and quick: the phrases children
have used (``surveys.concern_phrases``), each kind of harm as its structure (``concern_frames``:
unseen wordings are caught too) and the signs guidance lists (``concern_indicators``,
``concern_home_indicators``, ``concern_signs``, ``concern_criminal_indicators``,
``concern_nearby_indicators``) are compiled once, on first use (``surveys.on_first_use``: a
command that never reads a child's words never pays the seconds it takes; a process that will
calls :func:`warm_up` as it starts, so a child's first answer is not slower); the parts of a
disclosure in any order (``surveys.concern_clauses``) and several signs of one kind together
(``concern_clusters``) are found beside them, and a match wholly inside an everyday saying
(``surveys.concern_idioms``) is set aside. When they find nothing, a learned second layer
(``surveys.concern_learning``) may still raise an alert for a person to read. ``detect_across``
reads a message together with the one or two before it, for a disclosure split over messages;
``Concern.level`` says whether the reply must be urgent or is a worry. A false alarm is better
than a miss: a person reads each alert, while a missed "he hits me" leaves a child unheard. The
phrases are still written with the idioms children use every day in mind ("this homework is
killing me", "my brother hit the ball", "I'm dying to see my mum"), so ordinary answers do not
cry wolf.

Every text goes through the same normalisation as every phrase (see ``normalise``): lower case,
accents and punctuation removed, repeated letters squeezed ("hiiiits" and "hits" both become
"hits"), leetspeak and text-speak spelled out ("kms", "h8", "k1ll"; "hell" by the words beside
it: "hell hit me" but "it was hell"), letters spaced out to dodge
a filter joined up again ("k i l l"), and the emoji children use for self-harm or violence
turned into words. English and Welsh lists are both applied to every text, because a Welsh
speaker may write in English and the other way round.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from surveys import (
    concern_clauses,
    concern_clusters,
    concern_learning,
    concern_patterns,
    concern_sources,
    concern_typos,
)
from surveys.concern_learning import LEARNED, LEARNED_SERIOUS
from surveys.concern_set_aside import set_aside
from surveys.concern_speak import SPEAK, read, squeeze, unpunctuated, unsqueezed
from surveys.on_first_use import build_all

__all__ = [
    "CATEGORIES",
    "LEARNED",
    "LEARNED_SERIOUS",
    "OPTION_CATEGORIES",
    "SOMETIMES_UNSAFE",
    "URGENT",
    "WORRY",
    "WORRY_CATEGORIES",
    "Concern",
    "detect",
    "detect_across",
    "level_of",
    "normalise",
    "warm_up",
]

# Two levels of reply. Urgent: a risk of serious harm now (the child gets Childline and 999,
# the IRO and the duty team are told). Worry: bullying, being upset, wanting to talk (a kind
# reply and Childline, the IRO is told; no 999, which would frighten a child who is not in
# danger and teach them that telling hearme sets off an emergency).
URGENT: Final = "urgent"
WORRY: Final = "worry"
# "Not always / sometimes" to "Do you feel safe where you live?": a worker should follow it up,
# but it is no reason for a 999 reply. Raised by that answer option only, never by free text.
SOMETIMES_UNSAFE: Final = "sometimes_unsafe"
# The learned layer's ``LEARNED`` (words like a disclosure) is a worry; its ``LEARNED_SERIOUS``
# (the serious head is confident) is not, so it is urgent.
WORRY_CATEGORIES: Final = frozenset({"bullying", "upset", SOMETIMES_UNSAFE, LEARNED})


def level_of(categories: tuple[str, ...] | list[str]) -> str:
    """``worry`` when every category is a worry (bullying, upset), else ``urgent``.

    One serious-harm category among worries makes the whole message urgent: "they call me names
    and my dad hits me" is about the dad.
    """
    return WORRY if categories and set(categories) <= WORRY_CATEGORIES else URGENT


@dataclass(frozen=True)
class Concern:
    """What ``detect`` found: the kinds of harm, and the normalised words that showed them."""

    categories: tuple[str, ...]
    phrases: tuple[str, ...]

    @property
    def level(self) -> str:
        """``urgent`` or ``worry`` (see :func:`level_of`)."""
        return level_of(self.categories)


CATEGORIES: Final[tuple[str, ...]] = concern_sources.CATEGORIES
# Categories an answer option may raise: every detected one, and those only an option raises.
OPTION_CATEGORIES: Final[frozenset[str]] = frozenset({*CATEGORIES, SOMETIMES_UNSAFE})

# --- normalisation ----------------------------------------------------------------------------

# Emoji children use instead of words. Anything not listed here is dropped like punctuation.
_EMOJI: Final[dict[str, str]] = {
    "🔪": "knife", "🗡": "knife", "🩸": "blood", "💊": "pills", "💉": "needle", "🪢": "rope",
    "⚰": "coffin", "🔫": "gun", "👊": "punch", "🤛": "punch", "🤜": "punch", "🍆": "penis",
    "🤕": "hurt", "🩹": "plaster",
}

# Characters that stand for letters when they sit inside a word ("k1ll", "d!e", "$uicide").
_LEET: Final[dict[str, str]] = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                               "@": "a", "$": "s", "!": "i", "|": "i"}

_EMOJI_TABLE: Final = str.maketrans({k: f" {v} " for k, v in _EMOJI.items()})
_LEET_TABLE: Final = str.maketrans(_LEET)
_APOSTROPHES: Final = re.compile(r"['’‘`´ʼ]")
# Accents left by NFKD, and invisible characters slipped inside a word to dodge a filter.
_MARKS: Final = re.compile("[\u0300-\u036f\u00ad\u200b-\u200f\u2028-\u202e"
                           "\u2060-\u2064\ufe00-\ufe0f\U000e0000-\U000e007f]")
_LEETISH: Final = re.compile(r"[a-z][0-9@$!|]|[0-9@$!|][a-z]")
_TOKEN: Final = re.compile(r"[a-z0-9@$!|]+")
_NON_WORD: Final = re.compile(r"[^a-z0-9]+")
_SPACED_LETTERS: Final = re.compile(r"(?<![a-z0-9])[a-z](?: [a-z]){2,}(?![a-z0-9])")
# A number with its plural or ordinal ending ("year 10s", "the 1990s", "21st") is no leetspeak.
_NUMBER_WORD: Final = re.compile(r"[0-9]+(?:s|th|st|nd|rd|am|pm|p|k)")


def _unleet(match: re.Match[str]) -> str:
    token = match.group(0)
    core = token.strip("!|")
    # Only a word mixing letters with look-alike symbols is leetspeak; "12" or "h8" are not.
    if (core in SPEAK or core.isalpha() or not any(c.isalpha() for c in core)
            or _NUMBER_WORD.fullmatch(core)):
        return token
    return core.translate(_LEET_TABLE)


def normalise(text: str) -> str:
    """Bring a child's text to the plain form the phrase lists are written in.

    Args:
        text: Anything a child typed, any length, any script.

    Returns:
        Lower-case ASCII words separated by single spaces, with repeated letters squeezed,
        text-speak spelled out and self-harm emoji as words.
    """
    text = _APOSTROPHES.sub("", text)
    if not text.isascii():
        text = text.translate(_EMOJI_TABLE)
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    text = text.lower()
    if _LEETISH.search(text):
        text = _TOKEN.sub(_unleet, text)
    text = _NON_WORD.sub(" ", text).strip()
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    # Dialect, dictation and text-speak are read by ``surveys.concern_speak``.
    text = " ".join(unpunctuated(text).split())
    return read(squeeze(unsqueezed(text)).split(" "))


def warm_up() -> None:
    """Compile every pattern the rules use and load the learned layer, now.

    Call it as a process that will read children's words starts (before it takes the first
    message), so no child waits the seconds it takes. Detection is the same without it: the
    first call to :func:`detect` does the same work.
    """
    build_all()
    concern_learning.shipped()


def detect(text: str, *, learned: bool = True) -> Concern | None:
    """Look for a disclosure of harm in one free-text answer.

    Args:
        text: What the child wrote, exactly as received.
        learned: Also ask the learned second layer when the rules find nothing (the bench
            turns it off to measure the rules alone).

    Returns:
        A ``Concern`` naming each category found and the (normalised) words that matched, or
        ``None`` when nothing worrying was found. A concern only the learned layer saw has
        no matched words and one category: :data:`LEARNED_SERIOUS` (urgent) when its serious
        head is confident, else :data:`LEARNED` (a worry).
    """
    plain = normalise(text)
    found, negated = _by_rules(plain)
    # The learned layer may only add an alert: it is never asked when the rules found one, so
    # it can neither remove nor soften an urgent concern. Nor when the rules saw the words
    # and found them negated ("he never hits me"): the model does not read "never".
    asked = found is None and learned and not negated and bool(plain)
    category = concern_learning.shipped().category(plain) if asked else None
    return found if category is None else Concern(categories=(category,), phrases=())


def _by_rules(plain: str, *, clusters: bool = True) -> tuple[Concern | None, bool]:
    """What the rules find, and whether they saw words of harm that were set aside.

    ``clusters=False`` leaves out the loosest rule (several signs near each other), for
    messages joined together: there, two ordinary thoughts side by side too often look like
    one disclosure.
    """
    # A word one slip from a word of the rules is read as that word (``surveys.concern_typos``).
    plain = concern_typos.mended_text(plain)
    matches, negated = _matches(plain, clusters=clusters)
    return _concern(plain, matches), negated


def _matches(
    plain: str, *, clusters: bool, aside: Callable[[str, int, int], bool] | None = None
) -> tuple[list[tuple[str, int, int]], bool]:
    """The first match of each kind of harm not set aside (its kind, start and end), and
    whether any was set aside. ``aside`` sets aside more (a kind, a start and an end): one
    set aside that way, like any other, lets the search go on to the kind's next match."""

    def held(category: str, start: int, end: int) -> bool:
        return set_aside(category, plain, start, end) or (
            aside is not None and aside(category, start, end)
        )

    clauses = concern_clauses.find(plain)
    if clusters:
        clauses += concern_clusters.find(plain)
    lists = concern_patterns.LISTS.get()
    if not plain or (lists.any.search(plain) is None and not clauses):
        return [], False
    found: list[tuple[str, int, int]] = []
    negated = False
    for category, pattern in lists.by_category:
        match = pattern.search(plain)
        while match is not None:
            if not held(category, match.start(), match.end()):
                found.append((category, match.start(), match.end()))
                break
            negated = True
            # Look again from the next character: a match set aside may hide another that
            # overlaps it ("scared of the dark at home because of him").
            match = pattern.search(plain, match.start() + 1)
    # Parts of a disclosure met in another order, or several signs of one kind of harm
    # together (``surveys.concern_clauses``, ``surveys.concern_clusters``).
    for category, start, end in clauses:
        if any(category == seen for seen, _, _ in found):
            continue
        if held(category, start, end):
            negated = True
            continue
        found.append((category, start, end))
    return found, negated


def _concern(plain: str, matches: list[tuple[str, int, int]]) -> Concern | None:
    if not matches:
        return None
    phrases: list[str] = []
    for _, start, end in matches:
        if plain[start:end] not in phrases:
            phrases.append(plain[start:end])
    return Concern(categories=tuple(category for category, _, _ in matches),
                   phrases=tuple(phrases))


def _joined(messages: Sequence[str]) -> Concern | None:
    """What the rules find in messages read together that no one of them brings alone.

    Each message is read as it was on its own, then joined. A match whose share in one
    message lies in an everyday saying of that message is set aside: those words were read in
    their own setting already ("waste of space" about the dog), and the message beside them
    does not change what they meant.
    """
    # A message of no words (a lone emoji, punctuation) adds nothing to the join.
    parts = [read for message in messages
             if (read := concern_typos.mended_text(normalise(message)))]
    plain = " ".join(parts)
    starts = [0]
    for part in parts[:-1]:
        starts.append(starts[-1] + len(part) + 1)

    def in_one_saying(category: str, start: int, end: int) -> bool:
        return any(
            set_aside(category, part, max(start - at, 0), min(end - at, len(part)))
            for part, at in zip(parts, starts, strict=True)
            if max(start, at) < min(end, at + len(part))
        )

    # Set aside during the search, so the kind's next match across the messages is still read.
    matches, _ = _matches(plain, clusters=False, aside=in_one_saying)
    return _concern(plain, matches)


def detect_across(earlier: Sequence[str], text: str, *, learned: bool = True) -> Concern | None:
    """Look for a disclosure in one message, or spread over it and the messages just before.

    "he said he'd hurt me" … "if I tell anyone" is a threat only when read together. The
    earlier messages must be ones that raised nothing on their own (the caller forgets a chat's
    messages once they raise an alert), so a concern found here always involves ``text``.

    Args:
        earlier: The chat's previous free-text messages, oldest first (two are plenty).
        text: The message just received.
        learned: As for :func:`detect`.

    Returns:
        The concern the rules find in ``text`` alone if there is one; otherwise the first
        they find in the last one, then the last two, earlier messages joined with ``text``
        (a match whose share in one message is an everyday saying of that message is set
        aside, :func:`_joined`); else what the learned layer makes of ``text`` alone; else
        ``None``.
    """
    if not text.strip():
        return None
    found = detect(text, learned=False)
    # Every join is read by the rules before the learned layer is asked about the message
    # alone: its worry must never stand in for the urgent concern two messages make together.
    for count in range(1, len(earlier) + 1):
        if found is not None:
            return found
        found = _joined([*earlier[-count:], text])
    if found is not None:
        return found
    return detect(text) if learned else None
