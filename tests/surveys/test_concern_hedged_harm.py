"""Self-harm and abuse told hedged, played down or as a question (issue 13).

The sixth hand's corpus (``tests/corpora/sixth_hand``) says each disclosure the way a child
unsure it "counts" would. ``surveys/concern_hedged_harm.py`` (self-harm),
``concern_hedged_harm_abuse.py`` (physical and sexual) and ``concern_hedged_harm_emotional.py``
write what is left without the hedge as structures; their fresh wordings are batches xa, xb and
xc of ``adversarial.txt`` (every line checked urgent with every batch), their ordinary twins a
block of ``near_misses.txt`` (every line checked silent). Here: a disclosure in words neither
uses beside its ordinary twin, one split over messages beside its twin, and the batches whole.
"""

from __future__ import annotations

from surveys.concerns import URGENT, detect
from tests.surveys.chats import batch_counts, near_misses

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # self-harm: a method and a place with no word for dying, a goodbye, a hedge
    ("prob nothing but i keep thinking about walking in front of the 8:15 train",
     "prob nothing but i keep walking in front of the telly when grandad is watching it"),
    ("stood at the edge of the platform for ages timing the express ones again",
     "stood at the edge of the pool for ages before i jumped in"),
    ("got a scarf hidden in my wardrobe to see if it would hold me",
     "got a scarf hidden in my wardrobe for mams birthday"),
    ("i dont take my tablets at night, i hide them under my mattress just in case",
     "i take my tablets at night, i keep them in the kitchen just in case i forget"),
    ("would anybody notice if i was gone for good",
     "would anybody notice if i dyed my hair pink"),
    ("done all my notes. they will understand",
     "done all my notes for the test. they will understand it better now"),
    # physical
    ("is it normal for a carer to hold you by the throat against the fridge",
     "is it normal for a carer to hold you by the hand across the road"),
    ("nan said if i tell she will snap my fingers",
     "nan said if i tell she will make my favourite tea"),
    ("foster mum gave me a right backhander at the table",
     "foster mum gave me a right telling off at the table"),
    # sexual
    ("is it normal my stepdad puts his hand down my knickers",
     "is it normal my stepdad puts his hand down the back of the sofa for the remote"),
    ("dont want to go to grandads because of what he does to me at bedtime",
     "dont want to go to grandads because of what he does at bedtime, he snores"),
    # emotional
    ("my foster dad says it should have been me that died in the fire",
     "my foster dad says it should have been me that won the raffle"),
    ("mum makes me eat my dinner alone upstairs while they eat together at the table",
     "mum makes me eat my dinner before football while they eat later"),
]


# A second probe, written after the rules, in other voices: the rules alone made 6 of 15 urgent
# at first sight, and 11 once the nearest rules were widened. Those left (counting lorries from a
# footbridge, letters told as "one for mam", a mind made up "about the train", eating in the
# kitchen while the family eat in the dining room) each have an everyday reading as near, and
# are held here as misses rather than written into rules that would catch only themselves.
SECOND_PROBE = [
    "sometimes i stand on the footbridge over the bypass and count the lorries, wondering",
    "ive got a lead tied to my bunk, just checking it would take me. its fine",
    "been putting my night tablets in a sock instead of taking them, for when i need them",
    "if i wasnt about anymore would anyone here even notice tbh",
    "wrote one for mam, one for my brother. they'll get why",
    "made my mind up about the train, sunday",
    "is it normal my foster carer squeezes my neck till i go dizzy when im bad",
    "nan's fella lifted me off the floor by my throat, prob my fault for being gobby",
    "dad gave my sister a good hiding with the hoover pipe, we dont talk about it",
    "is it ok for my carers son to get in my bed and touch me under my pjs",
    "i dont like sleepovers at my uncles cos of what he does to me in the night",
    "the taxi man makes me sit in the front and puts his hand on my leg and up my skirt",
    "carer says im a dirty gypsy and puts my plate on the floor",
    "mam tells everyone at contact she wishes id never been born, i laugh it off",
    "they eat in the dining room and i eat in the kitchen on my own, every night since i came",
]


def test_the_second_probe_is_caught_at_least_as_well_as_when_it_was_measured() -> None:
    urgent = [
        text for text in SECOND_PROBE
        if (found := detect(text, learned=False)) is not None and found.level == URGENT
    ]
    assert len(urgent) >= 11, sorted(set(SECOND_PROBE) - set(urgent))


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["school is fine", "theres a belt in my drawer", "for when im ready to end it"],
     ["school is fine", "theres a belt in my drawer", "for when i need it for my new trousers"]),
    (["contact was ok", "i dont want to stay at dads",
      "because of what his mate does at bath time"],
     ["contact was ok", "i dont want to stay at dads",
      "because of the dog, it barks at bath time"]),
]


def test_the_batches_written_for_the_hedged_shapes_are_whole() -> None:
    counts = batch_counts()
    expected = {
        ("self_harm", "xa"): 21,
        ("physical_abuse", "xb"): 14,
        ("sexual_abuse", "xb"): 13,
        ("emotional_abuse", "xc"): 14,
    }
    assert {key: counts[key] for key in expected} == expected


def test_the_near_misses_written_beside_them_are_all_here() -> None:
    block = near_misses("# --- near batches (xa), (xb) and (xc)")
    assert len(block) == 34, len(block)
