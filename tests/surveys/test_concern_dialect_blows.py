"""Dialect words for a beating, and the sea as a way to die, read only beside their harm.

``surveys/concern_dialect_blows.py``: "leathers me", "skelped me", "booted me" from a grown-up
who looks after the child (never over a game, a ball or out of a group), "battering my mam" by a
partner or "he", and walking into the sea wanted and not coming back. Its ordinary neighbours
are the block "dialect words for a beating and the sea, ordinary" of ``near_misses.txt``.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, detect
from tests.surveys.chats import near_misses

# (a disclosure, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs, with the learned layer.
# Its twins stay quiet with the learned layer too (test_concern_rule_twins.py).
PAIRS_QUIET_LEARNED = True
PAIRS = [
    ("my carer leathers me when I'm late", "my dad leathers me at fifa every night"),
    ("my foster dad skelped me for spilling juice", "my foster dad skelped me at chess lol"),
    ("my carer booted me in the leg", "my carer booted me off the xbox at 10"),
    ("my stepdad booted me down the stairs", "my stepdad booted me the ball and I scored"),
    ("he keeps battering my mam", "he's battering my mam at scrabble"),
    ("i'm going to walk into the sea tonight and let it take me",
     "we're going to walk into the sea at sunrise for the charity dip"),
    ("sometimes i think about walking into the sea and drowning",
     "i want to walk into the sea but mum says i'll drown in these waves lol"),
]

# Disclosures in other words: other children, other places.
FRESH = [
    "ma da leathers me wi his belt",
    "ma maw skelped me across the face",
    "me da's battering me mam again",
    "my stepdad was battering my mum last night",
    "my mams fella leathered me cos i was late in",
    "i keep thinking i could just walk into the sea and never be found",
]


@pytest.mark.parametrize("text", [*FRESH, *(disclosure for disclosure, _ in PAIRS)])
def test_a_dialect_beating_or_the_sea_is_urgent(text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == URGENT, (text, found)


def test_the_ordinary_neighbours_are_silent() -> None:
    block = near_misses("# --- dialect words for a beating and the sea, ordinary")
    assert len(block) == 10, len(block)
    assert [line for line in block if detect(line) is not None] == []
