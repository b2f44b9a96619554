"""Harmful practices, radicalisation and an unsafe placement, told hedged (issue 13).

The sixth hand's corpus (``tests/corpora/sixth_hand``) says each disclosure the way a child not
sure it "counts" would: played down, asked as a question, told as a sister's. The clauses in
``surveys/concern_hedged_practices.py``, ``concern_hedged_practices_radicalisation.py`` and
``concern_hedged_placement.py`` read the roles and acts under the hedge; their fresh wordings
are batches wa, wb and wc of ``adversarial.txt`` (first sight, rules alone, urgent: 19/55; a
second probe written after the fix: 10/14), and their ordinary twins the block "hedged
practices and placements" of ``near_misses.txt``. Here:
a split disclosure and its ordinary twin for each kind, more fresh wordings, the near misses
kept silent, every clause reached, and the batches whole.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.safeguarding import lines_of
from surveys import (
    concern_hedged_placement,
    concern_hedged_practices,
    concern_hedged_practices_radicalisation,
)
from surveys.concern_clauses import compile_part
from surveys.concerns import URGENT, detect, normalise
from tests.surveys.chats import near_misses
from tests.surveys.test_concerns import sections

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
MODULES = (concern_hedged_practices, concern_hedged_practices_radicalisation,
           concern_hedged_placement)

# One disclosure over several messages, and ordinary messages that share its words.
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["summer plans?", "going to pakistan with mum and dad",
      "they say im being married off to a man out there and im only 14"],
     ["summer plans?", "going to pakistan with mum and dad",
      "for my cousins wedding, im only 14 so i get to be a flower girl"]),
    (["hows the online stuff", "this server i joined says the asylum seekers must go",
      "and they want me to prove im loyal by doing something irl"],
     ["hows the online stuff", "this server i joined is all about minecraft builds",
      "and they want me to show my castle at the meetup"]),
    (["the new placement is ok", "but the lock on my door doesnt work",
      "and one of the men keeps coming in my room at night"],
     ["the new placement is ok", "but the lock on my door doesnt work",
      "staff are getting someone to fix it on monday"]),
]

# Fresh wordings of each shape, in no corpus, each urgent on its own.
FRESH = [
    ("harmful_practices", "is it legal for my dad to have me engaged to his mates son, im 15"),
    ("harmful_practices", "theyve hidden my passport and keep saying the trip home is for my "
                          "nikah, i know whats going on"),
    ("harmful_practices", "my nan says in the village a lady will cut me so i become a proper "
                          "woman, dont worry about it she says"),
    ("harmful_practices", "the man at church says my baby brother has a demon and they held "
                          "him down and put oil in his eyes"),
    ("harmful_practices", "my uncle says hell end me for the shame on the family if i keep "
                          "seeing my boyfriend"),
    ("radicalisation", "honestly i want to stab the muslims at my college, ive thought about how"),
    ("radicalisation", "someone online says im a real one if i put stickers on the mosque, its "
                       "my initiation"),
    ("radicalisation", "the guys on the chat say teachers are the enemy and i should stop going "
                       "to lessons"),
    ("radicalisation", "my brother sends me execution clips and says hes going to syria soon"),
    # A tyrant praised by a group that has the child act for it (the tenth hand's shape).
    ("radicalisation", "the group i am in online said hitler was right and showed me how to do "
                       "the salute"),
    ("radicalisation", "my mates brother says the nazis were heroes and wants me to put up "
                       "stickers with him"),
    ("unsafe_home", "nobody fixed the bathroom lock and the older lad keeps coming in when im "
                    "in the bath"),
    ("unsafe_home", "a drunk bloke from upstairs was kicking my door at 4am shouting open up"),
    ("unsafe_home", "the lads at the unit said theyll stab me if i come back tonight, its fine "
                    "tho"),
]

# Ordinary answers that share those words, and must raise nothing.
NEAR = [
    "my sister is getting married in august and im 12 so im the youngest bridesmaid",
    "we went to the gurdwara for my cousins ceremony and had a big party after",
    "in history we learned about the holocaust and the gas chambers",
    "my clan in the game wants me to prove myself in the next tournament",
    "my housemate is loud and keeps playing music till midnight",
    "the lock on my bike is broken so i walk to college now",
    "in history we learned that people thought hitler was right and did the salute",
    "in history miss showed us the salute hitler made people do, then we made posters about it",
    "my grandad told me hitler was a bad man and showed me his medals and posters from the war",
    "we did a play about the war, i had to do the salute and hitler was the baddie",
]


@pytest.mark.parametrize(("category", "text"), FRESH)
def test_fresh_wordings_are_urgent_in_their_own_category(category: str, text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == URGENT, text
    assert category in found.categories, found


@pytest.mark.parametrize("text", NEAR)
def test_near_misses_are_silent(text: str) -> None:
    assert detect(text, learned=False) is None, text


def test_the_near_miss_block_is_whole_and_silent() -> None:
    block = near_misses("# --- hedged practices and placements")
    assert len(block) == 54
    assert [line for line in block if detect(line) is not None] == []


def test_the_batches_are_whole_and_urgent() -> None:
    lines = (CORPORA / "adversarial.txt").read_text(encoding="utf-8").splitlines()
    counts: Counter[tuple[str, str]] = Counter()
    for number, category, text in sections("adversarial.txt"):
        header = next(line for line in reversed(lines[:number]) if line.startswith("# --- "))
        batch = header.split("batch ")[1].split(":")[0] if "batch " in header else ""
        if batch in ("wa", "wb", "wc"):
            counts[(category, batch)] += 1
            found = detect(text, learned=False)
            assert found is not None and found.level == URGENT, text
    # The first probe (19, 19 and 17 lines) and a second, written after it was fixed.
    assert counts == {("harmful_practices", "wa"): 25, ("radicalisation", "wb"): 23,
                      ("unsafe_home", "wc"): 21}


def test_every_clause_is_reached_by_a_line_written_for_it() -> None:
    # A clause no wording reaches is dead weight, or a typo in one of its parts: each was
    # written from the sixth hand's lines and the fresh wordings of their shapes.
    texts = [normalise(text) for _, _, text in sections("adversarial.txt")]
    texts += [normalise(text) for _, text in FRESH]
    for kind in ("harmful_practices", "radicalisation", "unsafe_home"):
        texts += [normalise(text) for text in lines_of(CORPORA / "sixth_hand" / f"{kind}.txt")]
    for module in MODULES:
        for category, parts, _window in module.CLAUSES:
            patterns = [compile_part(part) for part in parts]
            assert any(all(p.search(text) for p in patterns) for text in texts), (category,
                                                                                  parts[0][:40])
