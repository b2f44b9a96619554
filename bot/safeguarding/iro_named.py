"""Whether a child's words name or concern their IRO, so an alert on them never reaches that IRO.

An IRO never sees an alert about themselves (DESIGN: staff privacy). The survey about the IRO
is one way to know an alert is about them; the words are the other: "my IRO", "the reviewing
officer", the word the child uses for their IRO, or the IRO's own name. Reading too much here
costs little: the duty team is told instead, with the words, and the IRO can be brought in by
them. Reading too little sends a child's words about a person to that person, so names are
matched whole and in any case, and an IRO's first name alone is enough, as children use it.
"""

from __future__ import annotations

import re
from typing import Final

# The role, in the words children and the surveys use (Welsh: "Swyddog Adolygu Annibynnol").
_ROLE: Final = re.compile(
    r"(?<![a-z0-9])(?:i\W?r\W?o|iros|independent reviewing officers?|reviewing officers?|"
    r"review officers?|swyddog(?:ion)? adolygu)(?![a-z0-9])"
)
# Titles children put before a surname ("Miss Jones").
_TITLES: Final = ("mr", "mrs", "miss", "ms", "mx", "dr")
# Shorter name parts ("Al", "Jo") are too often parts of ordinary words read whole.
_SHORTEST_NAME: Final = 3


def names_iro(text: str, *, iro_name: str | None = None, iro_word: str | None = None) -> bool:
    """Whether ``text`` names or concerns the child's IRO.

    Args:
        text: The child's words, as written.
        iro_name: The IRO's name as staff are recorded ("Alice Reviewer"); its first name
            alone, the whole name, or a title and the surname count.
        iro_word: The child's own word for their IRO (``preferred_words["iro"]``), if any.
    """
    lowered = text.lower()
    if _ROLE.search(lowered):
        return True
    return any(_whole(phrase, lowered) for phrase in _phrases(iro_name, iro_word))


def _phrases(iro_name: str | None, iro_word: str | None) -> list[str]:
    phrases: list[str] = []
    if iro_word:
        # A default such as "your IRO" is the role, found above; a child's own word is not.
        phrases.append(iro_word.lower().removeprefix("your ").removeprefix("my "))
    parts = (iro_name or "").lower().split()
    if parts:
        phrases += [" ".join(parts), parts[0]]
        if len(parts) > 1:
            phrases += [f"{title} {parts[-1]}" for title in _TITLES]
    return [p for p in phrases if len(p.strip()) >= _SHORTEST_NAME]


def _whole(phrase: str, lowered: str) -> bool:
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.search(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])", lowered) is not None
