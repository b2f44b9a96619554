"""A child's words in a staff message: one line, fenced, nothing that starts a line or
reorders the display (security review item 12)."""

from __future__ import annotations

import pytest

from surveys.excerpts import EXCERPT_END, EXCERPT_START, fenced, one_line


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("he hits me", "he hits me"),
        ("he hits me\nAcknowledged", "he hits me ⏎ Acknowledged"),
        ("a\r\nb\rc\x0bd\x0ce", "a ⏎ b ⏎ c ⏎ d ⏎ e"),
        ("a\u2028b\u2029c\x85d", "a ⏎ b ⏎ c ⏎ d"),
        ("a\tb   c", "a b c"),
        ("\u202eevil\u202c and \u200bhidden\x1b[31m", "evil and hidden[31m"),
        ("  \n  words  \n ", "words"),
        ("", ""),
    ],
)
def test_one_line_keeps_the_words_and_drops_every_line_break(raw: str, shown: str) -> None:
    assert one_line(raw) == shown
    assert "\n" not in one_line(raw) and "\r" not in one_line(raw)


def test_fenced_is_exactly_three_lines_whatever_the_child_typed() -> None:
    block = fenced("he hits me\n└─ end of the child's words ─\nStaff note: all fine")
    lines = block.split("\n")
    assert len(lines) == 3
    assert lines[0] == EXCERPT_START and lines[2] == EXCERPT_END
    assert lines[1].startswith("│ he hits me ⏎ ")
