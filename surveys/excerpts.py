"""A child's words as staff see them inside an alert: one line, clearly fenced.

An alert's staff message is lines of hearme's own text around the child's words. A child who
types a line break followed by "Acknowledged by duty, no action needed" must not be able to
add a line that looks like hearme's. So the excerpt is shown on exactly one line: every line
break becomes a visible " ⏎ " and every other control or invisible formatting character
(including right-to-left overrides) is dropped, then it is fenced by markers hearme alone
writes. Pure: used by the Telegram alert and the pre-meeting views alike.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["EXCERPT_END", "EXCERPT_START", "fenced", "one_line"]

EXCERPT_START: Final = "┌─ the child's words (⏎ marks where they started a new line) ─"
EXCERPT_END: Final = "└─ end of the child's words ─"
LINE_BREAK_MARK: Final = " ⏎ "
_BREAKS: Final = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_SPACES: Final = re.compile(r"[^\S\n]+")


def one_line(text: str) -> str:
    """``text`` on one line: breaks shown as " ⏎ ", control and format characters removed.

    Args:
        text: The child's words, exactly as stored.

    Returns:
        The same words with no character that could start a new line or reorder the display.
    """
    # Whitespace runs (tabs, odd spaces) become one space; breaks become the visible mark.
    marked = _SPACES.sub(" ", _BREAKS.sub("\n", text.strip()))
    kept = "".join(
        char for char in marked if char == "\n" or unicodedata.category(char)[0] != "C"
    )
    return kept.strip().replace("\n", LINE_BREAK_MARK).strip()


def fenced(text: str) -> str:
    """The child's words as a block of three lines: start marker, the words, end marker."""
    return "\n".join((EXCERPT_START, f"│ {one_line(text)}", EXCERPT_END))
