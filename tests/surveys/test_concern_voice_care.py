"""Neglect and going missing in a small child's and a young adult's words (the thirteenth hand).

``surveys/concern_voice_care.py`` reads a small child in charge of a baby while a parent is out
at night, a carer asleep all day while a small child walks the road alone, no heat and coats in
bed at home, a doctor refused, a vital medicine run out for days, care that stopped coming, a
baby's milk run out with the power off; and a small child out of the window or the gate at
night, taken far away by a parent with new names, or a young adult gone from care and sleeping
rough behind a cover story. Its fresh wordings, written before the rules, are batches rc to rf
of ``adversarial.txt`` (first sight, rules alone, urgent: 9/27; every line checked urgent);
its ordinary neighbours are the block "thirteenth hand voices, care" of ``near_misses.txt``
(every line checked silent). Here too: a disclosure in words neither uses beside its
ordinary twin, split disclosures beside their twins, a second probe written after the rules,
and every rule reached.
"""

from __future__ import annotations

from tests.surveys.chats import raising

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("neglect", "rc"): 7, ("neglect", "rd"): 7, ("missing", "re"): 7, ("missing", "rf"): 6}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("mummy goes out to the pub and i feed baby his milk, i am 5",
     "mummy goes out to the shop and daddy feeds baby his milk, i am 5"),
    ("mummy leaves me at home when she goes to the pub, i am 6",
     "mummy leaves me at nanas when she goes to the pub, i am 6"),
    ("no grown ups here and baby is crying",
     "no grown ups allowed in the den and baby is crying cos she wants to come in"),
    ("nanny sleeps all day so i walk to the shop by myself, i am 5",
     "nanny naps in the afternoon so i walk to the shop with my brother, i am 5"),
    ("the boiler is broken at our flat and we sleep in our coats",
     "the boiler is broken at school and we sat in our coats"),
    ("mummy says no doctor becos they ask questions",
     "mummy says no doctor becos it is only a cold"),
    ("my inhaler ran out 3 days ago and the staff keep saying tomorrow",
     "my inhaler ran out so the staff got me a new one today"),
    ("the agency carers havent come since monday, im in the same pad",
     "the agency carers havent come since monday, my mum is helping instead"),
    ("my hoist is broke and no one has fixed it so im stuck in bed",
     "my hoist is broke and no one has fixed it so the nurse uses the spare one"),
    ("the babys milk has run out and the electric is off",
     "the babys milk has run out so we are going to the shop"),
    ("no one has sent me to school since october, we sleep in the van",
     "no one has sent me the school photos since october, we sleep in the van on holiday"),
    ("i got out the window when mummy was asleep and walked to the park",
     "i got out the car when mummy was asleep and walked to the park with daddy"),
    ("got out the bedroom window and went to find my dad, nobody knew",
     "got out the bedroom door and went to find my dad, everybody knew"),
    ("went out the gate when the staff were asleep and slept in the bus shelter",
     "went out the gate with the staff and slept in the minibus on the trip"),
    ("i hid in the bushes all night cos i dont want to go back to the unit",
     "i hid in the bushes in hide and seek cos i dont want to go back to the unit yet"),
    ("the big boy took us to his flat and we stayed three nights, he gave us vodka",
     "my big cousin took us to her flat and we stayed three nights, she gave us pancakes"),
    ("daddy is taking me on a plane and i will get a new name",
     "daddy is taking me on a plane to see nana for her birthday"),
    ("sleeping in the bus station, my worker thinks im at my mates",
     "sleeping at my mates, my worker knows im at my mates"),
    ("walked out of the placement, sofa surfing with randoms",
     "walked out of the placement meeting happy, sofa shopping with my carer"),
    ("left the unit 3 days ago, if staff ring say im at my cousins",
     "left the cinema 3 minutes ago, if mum rings say im on the bus"),
]

# (a disclosure split over messages, an ordinary chat in the same words)
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["mummy goes out at night", "i give the baby milk", "i am 6"],
     ["mummy goes out at night to work", "nanny gives the baby milk", "i am 6"]),
    (["my insulin ran out on sunday", "feeling really shaky and ill"],
     ["my insulin pen ran out at school", "the nurse gave me a new one and i feel fine"]),
]

# A second probe, written after the rules by their author in words neither the batches nor the
# corpus use: first sight, 9/9 (the author knew the rules, so it shows reach, not blindness).
SECOND_PROBE = [
    "mummy goes to the club at night and leaves me and my brother. i make him his bottle. i am 6",
    "when i woke up no grown ups was home and the baby cried and cried so i gave her milk",
    "daddy wont take me to the doctor for my poorly ear becos they ask too many questions",
    "my seizure meds ran out 5 days ago and nobody has picked up the prescription",
    "the carers haven't come since Tuesday and I've been left in bed in a wet pad",
    "no money on the meter and the baby's formula has run out, she's had water all day",
    "i climbed out the window when everyone was asleep and walked to the station to find my nan. "
    "nobody knew",
    "mummy took me out of nursery and we went on a plane to a new country, I have a new name and "
    "we can't tell the social",
    "I'm 17, left the semi independent last week, been sleeping in a stairwell. my worker thinks "
    "I'm at my aunties",
]


def test_a_playground_gate_or_a_night_out_of_the_window_come_back_from_is_no_run() -> None:
    # The gate is read only beside the night itself; the window beside nobody knowing or a walk
    # to somewhere, never "then went back in".
    assert raising([
        "we went out the gate to the field at playtime and nobody noticed the fox but me",
        "i climbed out of my window onto the flat roof when my carers were asleep to see the "
        "stars, then went back in",
    ]) == []
