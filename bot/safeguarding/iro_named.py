"""Whether a child's words name or concern their IRO, so an alert on them never reaches that IRO.

An IRO never sees an alert about themselves (DESIGN: staff privacy). The survey about the IRO
is one way to know an alert is about them; the words are the other: "my IRO", "the reviewing
officer", the word the child uses for their IRO, or the IRO's own name, though not the IRO as
the one the child wants told ("I want my IRO to know"): those words are for the IRO. Reading
too much here costs little: the duty team is told instead, with the words, and the IRO can be
brought in by them. Reading too little sends a child's words about a person to that person, so
names are matched whole and in any case, and an IRO's first name alone is enough, as children
use it.

A first name that is also an everyday word (Will, Hope, Grace, Mark) is the exception: read
in any case and anywhere, "I will tell my carer" or "I hope" would keep that IRO off every
alert with the word in it. Such a name counts only where it is read as a name
(:func:`_read_as_name`): with a title or the surname, capitalised by a child who uses capitals,
or where only a name fits ("will hurts me", "Will's car", "I told Will").
"""

from __future__ import annotations

import re
from typing import Final

from bot.safeguarding.name_words import (
    ADVERBS,
    AFTER_A_NAME,
    BARE_VERBS,
    BEFORE_A_NAME,
    BEFORE_A_WORD,
    MODAL_NAMES,
    MODALS,
    NAMES_THAT_ARE_WORDS,
    NOT_VERBS,
    SAME_IN_THE_PAST,
    SUBJECTS,
)

# The role, in the words children and the surveys use (Welsh: "Swyddog Adolygu Annibynnol").
_ROLE: Final = re.compile(
    r"(?<![a-z0-9])(?:i\W?r\W?o|iros|independent reviewing officers?|reviewing officers?|"
    r"review officers?|swyddog(?:ion)? adolygu)(?![a-z0-9])"
)
# The IRO as the one the child wants told ("I want my IRO to know", "tell my IRO"): words
# addressed to the IRO are not about them, and the child asked for the IRO to hear them.
_TOLD: Final = re.compile(
    r"(?:(?:want|wants|wanted|would like|like|need|needs)\W+(?:my|the|our)\W+(?:i\W?r\W?o|"
    r"reviewing officer)\W+to\W+(?:know|hear|see|read)|(?:tell|telling|show|let)\W+(?:my|the)\W+"
    r"(?:i\W?r\W?o|reviewing officer)|(?:my|the)\W+(?:i\W?r\W?o|reviewing officer)\W+(?:should|"
    r"needs to|must|has to|to)\W+know)(?![a-z0-9])"
)
# Titles children put before a surname ("Miss Jones"), or before a first name ("Miss Grace").
_TITLES: Final = ("mr", "mrs", "miss", "ms", "mx", "dr")
# Shorter name parts ("Al", "Jo") are too often ordinary words read whole to count wherever they
# stand: a first name of two letters is read by its place, as a name that is a word is.
_SHORTEST_NAME: Final = 3
_WORD: Final = re.compile(r"[a-z0-9']+")


def names_iro(text: str, *, iro_name: str | None = None, iro_word: str | None = None) -> bool:
    """Whether ``text`` names or concerns the child's IRO.

    Args:
        text: The child's words, as written.
        iro_name: The IRO's name as staff are recorded ("Alice Reviewer"); its first name
            alone, the whole name, or a title and the surname count. A first name that is
            also an everyday word counts alone only where it is read as a name.
        iro_word: The child's own word for their IRO (``preferred_words["iro"]``), if any;
            read the same way when it is such a word.
    """
    lowered = text.lower()
    if _ROLE.search(_TOLD.sub(" ", lowered)):
        return True
    if any(_whole(phrase, lowered) for phrase in _phrases(iro_name, iro_word)):
        return True
    return any(_read_as_name(word, text) for word in _names_that_are_words(iro_name, iro_word))


def _phrases(iro_name: str | None, iro_word: str | None) -> list[str]:
    """What counts wherever it stands: the whole name, a title and the surname, a first name
    or a child's word that is no everyday word."""
    phrases: list[str] = []
    word = _own_word(iro_word)
    if word and word not in NAMES_THAT_ARE_WORDS:
        phrases.append(word)
    parts = (iro_name or "").lower().split()
    if parts:
        phrases.append(" ".join(parts))
        if parts[0] not in NAMES_THAT_ARE_WORDS:
            phrases.append(parts[0])
        if len(parts) > 1:
            phrases += [f"{title} {parts[-1]}" for title in _TITLES]
    return [p for p in phrases if len(p.strip()) >= _SHORTEST_NAME]


def _own_word(iro_word: str | None) -> str:
    # A default such as "your IRO" is the role, found above; a child's own word is not.
    return (iro_word or "").lower().strip().removeprefix("your ").removeprefix("my ")


def _names_that_are_words(iro_name: str | None, iro_word: str | None) -> set[str]:
    """The first name or child's word read by its place: an everyday word, or a name of two
    letters ("Jo", "Ed"), too short to count wherever it stands."""
    parts = (iro_name or "").lower().split()
    found = {parts[0]} if parts else set()
    found.add(_own_word(iro_word))
    return {
        word for word in found if word in NAMES_THAT_ARE_WORDS or len(word) == _SHORTEST_NAME - 1
    }


def _whole(phrase: str, lowered: str) -> bool:
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.search(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])", lowered) is not None


def _read_as_name(name: str, text: str) -> bool:
    """Whether ``name``, an everyday word too, is used as a name anywhere in ``text``.

    Where the place cannot tell ("Will hit me", "Mark hurt me", "scared of Will"), it is read
    as the name: the duty team is then told instead of the IRO, which costs little; read as the
    word, a child's words about the IRO would reach them.
    """
    # A child who writes capitals marks names with them; one who writes none (or only
    # capitals) says nothing by case, and the word's place decides alone.
    uses_capitals = text != text.lower() and text != text.upper()
    lowered = text.lower()
    for found in re.finditer(rf"(?<![a-z0-9']){re.escape(name)}(?![a-z0-9])", lowered):
        before = _WORD.findall(lowered[: found.start()])
        after = _WORD.findall(lowered[found.end() :])
        previous, following = (before[-1] if before else ""), (after[0] if after else "")
        if previous in _TITLES or previous in BEFORE_A_NAME:
            return True  # "Miss Will", "I told will", "scared of will"
        if lowered[found.end() :].startswith(("'s", "’s")):
            return True  # "Will's car"
        if following in MODALS:
            return True  # "Will would hurt me": the word never stands before a modal
        written = text[found.start() : found.end()]
        opens = _starts_sentence(text, found.start())
        if uses_capitals and written[0].isupper() and not opens:
            return True
        if previous in BEFORE_A_WORD:
            continue  # "I will", "the bill", "my hope": the word, not the name
        if opens:
            # "Will you tell", "Hope it stops", "will be ok": a question or a wish; else the
            # name ("Will hit me", "will and his mate").
            verb = next((word for word in after if word not in ADVERBS), "")
            if following in SUBJECTS or (name in MODAL_NAMES and verb in BARE_VERBS):
                continue
            if following:
                return True
        if following in SAME_IN_THE_PAST and name not in MODAL_NAMES:
            return True  # "then grace hurt me"; after "will" it is the bare verb
        if _a_verb_follows(after):
            return True  # "will hurts me", "hope said not to tell"
    return False


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?\n"


def _a_verb_follows(after: list[str]) -> bool:
    """Whether the next word (past an adverb or two) is a verb only a name's subject takes:
    said, hurts, grabbed, is; not "will hurt" or "will be", which the word itself takes."""
    words = list(after)
    while words and words[0] in ADVERBS:
        words.pop(0)
    if not words:
        return False
    word = words[0]
    if word in AFTER_A_NAME:
        return True
    if word in NOT_VERBS or len(word) < 3:
        return False
    past = word.endswith("ed") and not word.endswith("eed")
    present = word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
    return past or present
