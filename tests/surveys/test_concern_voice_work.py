"""Criminal and sexual exploitation in a small child's and a young adult's voice (thirteenth hand).

``surveys/concern_voice_work.py`` reads the voice beside the harmful part it needs: a thing of the
child's beside something hidden in it and handed to a stranger, a bag not to be opened on night
drives, a lookout made to give a sign, things posted through doors in the dark alone, a mate who
moved into the flat to deal or who threatens if the young person tells; a private part shown for
a reward, a room or a bill paid for with his mates, pictures for money with a man who keeps it
or wants to meet, money given to mummy and the child taken into a room. Its fresh wordings,
written before the rules, are batches rs, rt and ru of ``adversarial.txt`` (first sight, rules
alone, urgent: 10/24; every line checked urgent, in its own category); the ordinary answers
nearest them are the block "thirteenth hand voices, work" of ``near_misses.txt`` (every line
checked silent). Here: a disclosure in words neither uses beside its ordinary twin, split
disclosures beside their twins, every rule reached, and every word one the text can hold.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, detect
from tests.surveys.chats import batch_lines

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("exploitation", "rs"): 8, ("exploitation", "rt"): 8, ("sexual_exploitation", "ru"): 8}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # criminal exploitation: a small child's things and errands
    ("my stepdad stashes the white stuff in my little brother's car seat",
     "my stepdad stashes the white chocolate in my little brother's car seat for easter"),
    ("the olders tuck packets inside my dolly and I hand it all to a woman outside the chip shop",
     "mum tucks seed packets inside my dolly's pram and I give them to my nan"),
    ("the men at daddy's sell the white powder from the kitchen window",
     "the men at the cafe sell the white hot chocolate from the kitchen window"),
    ("mummy's friends sell the white rocks and I have to answer the door and say mummy is asleep",
     "mummy's friends sell the white roses at the market and I have to answer the phone and say "
     "mummy is busy"),
    ("my uncle takes me to far away places in the dark and I carry a heavy box and I'm not "
     "allowed to look in it",
     "my uncle takes me to far away places on holiday and I carry a heavy box of snacks and I'm "
     "allowed to look in it"),
    ("a man pays me £20 to take a rucksack on the bus to Hull and give it to a woman, he says "
     "it's just books",
     "my dad pays for the bus to Hull so I can take a rucksack of books to my gran"),
    ("the older boys tell me to sit by the window and watch for the feds and bang on the wall",
     "my grandad tells me to sit by the window and watch for the postman and bang on the wall"),
    ("I push little bags through letterboxes late at night by myself for a man",
     "I push the church newsletters through letterboxes on saturday morning with my mum"),
    # criminal exploitation: a young adult's flat
    ("a guy from the hostel moved into my place and now there's fiends knocking at all hours to "
     "buy",
     "a guy from the hostel moved into my place and now there's his mates knocking at all hours "
     "to play fifa"),
    ("my ex's cousin is staying at mine and says if I ring my worker my little sister gets it",
     "my ex's cousin is staying at mine and says if I ring my worker she'll make us a cuppa"),
    # sexual exploitation
    ("a man in the game says he'll send me vbucks if I show him my privates",
     "my mum says she'll send me vbucks if I show her my maths test"),
    ("my ex says I can live at his rent free if I keep his mates company at night",
     "my dad says I can live at his rent free if I keep his dog company at night"),
    ("he said it was cam shows for rent money but he takes a cut and wants me to meet his mate",
     "she said it was photo shoots for my portfolio and I meet her at the studio"),
    ("the men give mummy money and one of them takes me upstairs",
     "the men give mummy money for the car boot and one of them takes me to the swings"),
]

# (a disclosure split over messages, an ordinary chat in the same words)
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["a lad from my course moved into my flat", "now theres people at the door all night buying"],
     ["a lad from my course moved into my flat",
      "now theres people at the door all night for his parties"]),
    (["a man on roblox said he will give me robux", "if i show my willy on the camera"],
     ["my brother said he will give me robux", "if i show him my drawing on the camera"]),
]


@pytest.mark.parametrize(("category", "batch"), list(BATCHES))
def test_each_batch_line_is_read_in_its_own_kind(category: str, batch: str) -> None:
    for text in batch_lines()[(category, batch)]:
        found = detect(text, learned=False)
        assert found is not None and found.level == URGENT, text
        assert category in found.categories, (text, found)
