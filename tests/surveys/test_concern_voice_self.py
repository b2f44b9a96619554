"""Self-harm in a small child's and a young adult's words (the thirteenth hand's voices).

``surveys/concern_voice_self.py`` reads a small child's sky, heaven or angel beside the child's
own means, a talker's "me dead want" beside a means pressed, and a young adult's lost flat, job
or baby beside a means made ready (a bridge over a road for hours, tablets put by, the fast train
that does not stop), or the same means beside an ending, a cord tested, a ligature taken off and
made again, and letters left with a day named. Its fresh wordings, written before the rules, are
batches ra and rb of ``adversarial.txt`` (first sight, rules alone, urgent: 3/14; every line
checked urgent); its ordinary neighbours are the block "thirteenth hand voices, self" of
``near_misses.txt`` (every line checked silent). Here too: a disclosure in words neither
uses beside its ordinary twin, split disclosures beside their twins, a second probe written
after the rules, and every rule reached.
"""

from __future__ import annotations

from tests.surveys.chats import raising

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("self_harm", "ra"): 7, ("self_harm", "rb"): 7}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("i want to go to heaven with grandad so i will jump off the bridge",
     "grandad went to heaven and i jumped off the big step at the park"),
    ("his talker said: ME. DIE. WANT. then he pressed STAIRS",
     "his talker said: ME. JUICE. WANT. then he pressed STAIRS"),
    ("lost my tenancy on monday, been sitting on the bridge over the bypass most nights",
     "lost my bus pass on monday, been sitting on the bridge over the bypass most nights"),
    ("the social are keeping my son, got my sertraline saved up in a sock",
     "the social are helping me see my son, got my wages saved up in a sock"),
    ("lost my room at the hostel, looked up which express doesnt stop at our station",
     "lost my gloves at the station, looked up which express doesnt stop at our station"),
    ("sat on the roof of the multi storey for two hours last night, working up to it",
     "sat on the roof of the shed for two hours last night fixing it, working up to the next bit"),
    ("got a month of my meds put by, nobody will notice",
     "got a month of my meds in the blister pack, the pharmacist sorts it"),
    ("the express that doesnt stop at our station, i know which one",
     "the express that doesnt stop at our station, i know which one to catch"),
    ("tied my belt to the wardrobe to see if it would take my weight, next time i wont stop",
     "tied my hammock to the tree to see if it would take my weight, next time ill add a pillow"),
    ("the staff took a ligature off me again, i made another",
     "the staff did the ligature checks again, i made a cup of tea"),
    ("left notes for my sister and my worker, fridays the day, dont call",
     "left notes for my sister and my worker, fridays the day we move, call me after"),
    ("i want to be ded", "i want to be ded good at football"),
]

# (a disclosure split over messages, an ordinary chat in the same words)
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["lost my flat today", "been sat on the bridge over the motorway for two hours"],
     ["lost my flat keys today",
      "been sat on the bridge over the motorway for two hours in traffic"]),
]

# A second probe, written after the rules by their author in words neither the batches nor the
# corpus use: first sight, 8/8 (the author knew the rules, so it shows reach, not blindness).
SECOND_PROBE = [
    "i want to fly up to heaven with my nana so i am going to jump off the balcony",
    "(dad typing, her words) I want to be a angel with baby Noah so I will go in the river",
    "from his talker: WANT. DEAD. ME. and he pressed KNIFE",
    "i wish i wuz ded becos nobody likes me",
    "they took my twins into care last month. I've got my mum's codamol stashed in my drawer",
    "got evicted this morning. sat on the edge of the car park roof for three hours, I think I "
    "know which way",
    "keep checking the times of the fast one that doesn't stop at Hebden. nothing left to lose now",
    "nurses took a ligature off me in the shower, I'll make another",
]


def test_a_lost_key_or_a_plan_to_catch_the_train_is_no_loss_or_ending() -> None:
    assert raising(["lost my flat keys, the fast ones dont stop at ours so im done waiting",
                    "the fast one that doesnt stop at marsden, i know which one to take"]) == []
