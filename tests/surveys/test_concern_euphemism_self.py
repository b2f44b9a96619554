"""Self-harm told softly: death as a place or a person to go to, a game's end, pet names for cuts.

``surveys/concern_euphemism_self.py`` reads the twelfth hand's soft words for self-harm (a nan who
died and the place in the sky, the long sleep, a way out, the quit button on real life, zebra
stripes and the little friend, a lorry left to decide), each beside its harmful part: tablets
stored under any name, a high place, a blade, a plan. Its fresh wordings, written before the
rules, are batches qa and qb of ``adversarial.txt`` (first sight, rules alone, urgent: 1/16;
every line checked urgent); the everyday sentences that share the codes are the block
"euphemisms for dying, going missing and an unsafe room" of ``near_misses.txt`` (every line
checked silent; it is shared with ``surveys/concern_euphemism_away.py``). Here too: a
disclosure in words neither uses beside its ordinary twin, one split over messages, the everyday
readings a review found, and every rule reached.
"""

from __future__ import annotations

from surveys.concerns import detect
from tests.surveys.chats import (
    batch_texts,
    batches_as_written,
    not_urgent,
)

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("self_harm", "qa"): 8, ("self_harm", "qb"): 8}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("i want to go and be with my grandad who passed at easter, ive stashed my night tablets",
     "i want to go and be with my grandad at easter, ive stashed my easter eggs"),
    ("been stashing my citalopram in my pencil case, got 40 now",
     "been stashing my stickers in my pencil case, got 40 now"),
    ("i want the forever sleep, ive hidden a box of paracetamol in my wardrobe",
     "i want a long sleep this weekend, ive hidden a box of chocolates in my wardrobe"),
    ("the voices keep telling me to jump in the river like my uncle did",
     "the coach keeps telling me to jump in the river like my uncle did for the charity swim"),
    ("no continues left irl, thinking about it every night",
     "no continues left on the arcade, thinking about it every night"),
    ("did my tiger stripes with a razor in the bathroom again",
     "did my tiger stripes with face paint in the bathroom again for the party"),
    ("going to step into the traffic on the bypass with my eyes closed",
     "going to step into the shop on the bypass with my eyes closed for the surprise"),
    ("ive decided, im going down to the railway lines after tea",
     "ive decided, im going down to the railway lines after tea to watch the steam train"),
    ("gave my guitar and my hoodies away to my cousin, i wont need them where im going",
     "gave my guitar and my hoodies away to my cousin, i wont need them where im going, the"
     " hostel has no space"),
    ("i want to despawn myself",
     "i want to despawn the zombies on my server"),
    ("the ouchy lines on my thighs are back and i wear trousers so mum doesnt see",
     "the ouchy lines on my thighs are back from the nettles and mum put cream on"),
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["school was long", "ive stashed my sertraline in a sock, 30 of them",
      "i want the big sleep where no one wakes me"],
     ["school was long", "ive stashed my stickers in a sock, 30 of them",
      "i want the big breakfast where no one rushes me"]),
]


# Disclosures in new words for the shapes the batches reach least, one a rule: a respawn never
# pressed, the yellow line, my flying from a car park, Welsh heaven, a sister who passed.
MORE = [
    "im going to play dead in real life and never hit respawn",
    "gonna stand past the yellow line when the fast train comes through tomorrow",
    "the multi storey by the station is where im going to do my flying, tonight, dont tell",
    "dw i eisiau mynd at taid yn y nefoedd",
    "i want to be with my sister again, she passed in the summer",
]


def test_the_batches_and_more_wordings_are_whole_and_urgent() -> None:
    assert batches_as_written(BATCHES) == BATCHES
    assert not_urgent(batch_texts(BATCHES) + MORE) == []


# Ordinary answers a review wrote in the rules' own words after they were written, which the first
# drafts made urgent until narrowed: a lie-in after a sleepover, letters for the tooth fairy, a
# flying lesson with a drone, not pressing respawn before bed.
EVERYDAY = [
    "the long sleep after a sleepover is the best, i got my meds at 8 as usual",
    "my letters are done and under my pillow for the tooth fairy, one for her and one for santa",
    "the bridge by the river is where im doing my flying lesson with my drone on friday",
    "i dont press respawn for real, i just go to bed when i lose",
    "i want to go and be with my nan at christmas, she lives in spain",
    "i want to meet my grandad who died before i was born, i love his old photos",
    "i saved up my pocket money and bought two packs of paracetamol for mums headache",
    "the voice on the satnav told me to go in the river lol it was a ferry",
    "i want to uninstall minecraft from my laptop because its slow",
    "we walked in the road with our eyes shut for a trust game in pe, the road was closed",
    "stand behind the yellow line when the last train comes tonight, the guard said",
    "im going to the train tracks to spot trains, ive decided which camera to take",
]


def test_the_everyday_readings_stay_quiet() -> None:
    assert [text for text in EVERYDAY if detect(text, learned=False) is not None] == []
