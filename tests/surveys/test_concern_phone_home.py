"""Going missing and an unsafe home typed fast on a phone (the eleventh hand's shapes).

``surveys/concern_phone_home.py`` writes each shape as its parts, the harmful one required: not
going back and "don't look for me", nights slept where a child does not live and a run, hidden in
the loft when the social worker comes; a man asking about bedtime and the child's fear, a door
handle at night and a chair against it, "I'm next" after others were hurt, a key someone should
not have, knocking at night with no staff. Its fresh wordings, written before the rules, are
batches va and vh of ``adversarial.txt`` (first sight, rules alone, urgent: 7/13; every line
checked urgent); their ordinary neighbours are in the block "the eleventh hand's harm typed
on a phone" of ``near_misses.txt``, held silent in ``test_concern_phone_harm.py``.
"""

from __future__ import annotations

from pathlib import Path

from bench.safeguarding import lines_of
from surveys import concern_phone_home
from surveys.concern_clauses import compile_part
from surveys.concerns import normalise
from tests.surveys.chats import batch_texts, unreached

ELEVENTH_HAND = Path(__file__).resolve().parent.parent / "corpora" / "eleventh_hand"
# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("missing", "va"): 6, ("unsafe_home", "vh"): 7}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("i am never coming back, staying in a bus shelter, dont come looking",
     "i am never coming back to this cafe, the toast was cold"),
    ("my nans boyfriend asks when i go to sleep and looks at me weird, im scared",
     "my nans boyfriend asks when i go to sleep because he starts work at 5, hes nice"),
    ("the handle on my bedroom door turns at 2 in the morning so i push my bed against it",
     "the handle on my bedroom door is loose so my carer is fixing it on saturday"),
    ("a lad in my unit has stabbed two of the residents and says im next",
     "a lad in my unit has beaten two of the residents at pool and says im next up"),
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["hi", "been out 5 nights now", "dont look for me"],
     ["hi", "been out 5 nights now", "dont wait up for me"]),
]

# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did): the rules alone make all of it urgent.
SECOND_PROBE = [
    "im never going home again, sleeping on random peoples sofas, dont search for me",
    "ran away from my foster placement, been sleeping in the bus station, i dont know where im"
    " going tonight",
    "my stepdad locks me in the attic when the social worker visits and tells her im at my nans",
    "the lodger keeps asking what time i go to bed and where i sleep, he scares me",
    "the door handle turns every night and i wedge my drawers against it",
    "someone has a key to my room at the hostel and my things keep moving, im scared",
    "the bloke next door at the hostel keeps banging on my door at 2 in the morning, no staff at"
    " night",
]


def test_every_rule_is_reached_by_a_line_written_for_it() -> None:
    texts = batch_texts(BATCHES) + SECOND_PROBE + [disclosure for disclosure, _ in PAIRS]
    for kind in ("missing", "unsafe_home"):
        texts += lines_of(ELEVENTH_HAND / f"{kind}.txt")
    assert unreached(concern_phone_home, texts) == []


def test_the_harmless_readings_of_each_part_stay_apart() -> None:
    # The parts' own exclusions: a tent at scout camp, "don't look for me at tea", a run in a
    # race, a threat at a game.
    rough = compile_part(concern_phone_home._SLEPT_ROUGH)
    assert rough.search(normalise("we slept in a tent at scout camp")) is None
    assert rough.search(normalise("slept in a tent by the canal"))
    look = compile_part(concern_phone_home._DONT_LOOK)
    assert look.search(normalise("dont look for me at tea")) is None
    assert look.search(normalise("dont look for me"))
    ran = compile_part(concern_phone_home._RAN)
    assert ran.search(normalise("we ran races every day")) is None
    threat = compile_part(concern_phone_home._TONIGHT_THREAT)
    assert threat.search(normalise("he said hes going to get me tonight at fifa")) is None
