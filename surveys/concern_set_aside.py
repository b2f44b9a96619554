"""Whether a match of the rules is set aside: negated, or held by an everyday saying.

"he never hits me" is negated; "mum will kill me if I'm late" is a saying
(``surveys.concern_idioms``) that holds the words of harm; "wanted to die of embarrassment" runs
into the start of one over words that only lead into it. ``surveys.concerns`` asks this of every
match, and of each message's share of a match read across messages.
"""

from __future__ import annotations

import re
from typing import Final

from surveys import concern_patterns

# A word just before a hit that turns it into its opposite ("nobody hurts me", "he never hits
# me"). Never applied to self-harm or sexual abuse: "i dont want to live" must not be silenced.
_NEGATORS: Final = frozenset({"nobody", "never", "doesnt", "dont", "didnt", "not", "no", "wont"})
_NEGATABLE: Final = frozenset(
    {"physical_abuse", "emotional_abuse", "neglect", "bullying", "upset", "unsafe_home"}
)
# Words after a hit that say it is over ("the bullying stopped", "not scared anymore").
_OVER: Final = re.compile(r"^(?: [a-z]+){0,2} (?:stopped|anymore|any more|has stopped|is over)\b")


def set_aside(category: str, text: str, start: int, end: int) -> bool:
    """Whether a match is negated ("he never hits me"), wholly inside an everyday saying, or
    runs into the start of one over words that only lead into it (:func:`_runs_into_saying`)."""
    if category in _NEGATABLE and _negated(text, start, end):
        return True
    idioms = concern_patterns.LISTS.get().idioms.get(category)
    if idioms is None:
        return False
    # Sayings may overlap ("... and watch" running on into "in minecraft ... so angry"), so each
    # is looked for from the word after the start of the last, not after its end as finditer
    # would: a saying that holds the match is not hidden by one that began just before it.
    at = 0
    while (found := idioms.search(text, at)) is not None and found.start() <= start:
        if end <= found.end() or _longer_saying_holds(category, text, found.start(), end):
            return True
        at = text.find(" ", found.start()) + 1
        if at == 0:
            return False
    return _runs_into_saying(category, idioms, text, start, end)


def _longer_saying_holds(category: str, text: str, begin: int, end: int) -> bool:
    """Whether another saying that begins at ``begin`` runs to ``end`` or past it.

    A search takes the first saying that matches at a place, not the longest: a short one ("hit
    me by accident in pe") can hide a longer one that begins at the same word and holds the
    whole match ("... with his elbow, my nose bleed ... he say sorry"). So each saying of the
    kind that may begin there is tried on its own.
    """
    for saying in concern_patterns.sayings_at(category, text, begin):
        found = saying.match(text, begin)
        if found is not None and end <= found.end():
            return True
    return False


# The words that only lead into what someone wanted, or was about to do: "wanted to" before
# "die of embarrassment" adds no harm of its own. Never a word of harm, of a means or of a person.
_LEAD_IN: Final = frozenset({
    "i", "im", "id", "am", "was", "were", "just", "literally", "actually", "honestly", "nearly",
    "almost", "could", "would", "should", "wanted", "want", "wants", "wana", "to", "going",
    "gona", "about", "like", "so", "wil", "il", "might", "felt", "feel", "feeling", "proper",
    "genuinely", "seriously",
})


def _runs_into_saying(
    category: str, idioms: re.Pattern[str], text: str, start: int, end: int
) -> bool:
    """Whether a match's last words of harm are the start of a saying that runs on past it.

    "wanted to die of embarrassment": the match "wanted to die" begins before the saying "die of
    embarrassment" does, so no saying holds it; but the words before the saying only lead into
    it. Any other word there ("kill myself of embarrassment") keeps the match, and a saying
    must follow on in the same words ("i wanted to die, i was so embarrassed" is no saying).
    As for a saying that holds the match, a short saying found first at a word does not hide a
    longer one from the same word (:func:`_longer_saying_holds`).
    """
    at = start
    while (at := text.find(" ", at, end) + 1) and at < end:
        if text[start:at].split()[-1] not in _LEAD_IN:
            return False
        found = idioms.match(text, at)
        if found is not None and (
            end <= found.end() or _longer_saying_holds(category, text, at, end)
        ):
            return True
    return False


def _negated(text: str, start: int, end: int) -> bool:
    before = text[:start].split()[-2:]
    if any(word in _NEGATORS for word in before) or " ".join(before[-2:]) == "no one":
        return True
    return _OVER.match(text[end:]) is not None
