"""Harm told as a plan, a date to come or something coming back (the ninth hand's shape).

``surveys/concern_plans.py`` (self-harm, going missing, physical harm) and
``concern_plans_exploitation.py`` (radicalisation, harmful practices, sexual and criminal
exploitation) write each shape as its parts: a plan word, a method and a time; who, what is done
and to whom; a threat and its day. Their fresh wordings, written before the rules, are batches pa
to pg of ``adversarial.txt`` (first sight, rules alone, urgent: 17/66; every line checked urgent
with every batch), their ordinary neighbours the block "plans, dates and things coming back" of
``near_misses.txt`` (every line checked silent). Here: a disclosure in words neither uses beside
its ordinary twin, one split over messages beside its twin, and the batches and the block whole.
"""

from __future__ import annotations

from surveys.concerns import URGENT, detect
from tests.surveys.chats import batch_counts, near_misses

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # self-harm: a date picked, tablets saved, the railway with things given away, a cord
    ("set my date, the 9th. i wont be around for christmas",
     "set my date for the 9th. i wont be around for christmas, were in spain"),
    ("ive got my meds hid under the carpet, on my birthday im having them all",
     "ive got my meds from the chemist, on my birthday im having a party"),
    ("my sister is going to the railway line after her shift and she gave me her cat",
     "my sister is going to the railway museum after her shift and she gave me her cat to feed"),
    ("got a belt in my locker, just waiting till everyone is out on saturday",
     "got a belt in my locker, just waiting till everyone is ready on saturday for the photo"),
    # missing: hidden from the social, told to hide, a journey with secrecy
    ("my mates mum will keep me in her loft so the police cant find me",
     "my mates mum will keep me in her loft room when i sleep over, police said its fine"),
    ("when the social workers turn up on friday i have to hide under my bed",
     "when the social workers turn up on friday i have to show them my bedroom"),
    ("a man said get the bus to bristol on sunday and dont tell my carers",
     "my nan said get the bus to bristol on sunday and ring my carers when i get there"),
    # physical: a beating promised, the one who hurt me back, my turn next
    ("my mams fella said im getting the strap when i get back on sunday",
     "my mams fella said im getting a strap for my new watch when i get back on sunday"),
    ("my uncle is out of prison next month and hes the one who burnt my hand, he found me on fb",
     "my uncle is out of hospital next month and hes the one who fixed my bike, he found me on fb"),
    ("the man at work kicked them boys for being slow, tomorrow i will be next",
     "the man at work thanked them boys for being quick, tomorrow i will be next to train"),
    # radicalisation, harmful practices, exploitation
    ("my cousin is in a far right group and they want me to come to their training on sunday",
     "my cousin is in a five a side group and they want me to come to their training on sunday"),
    ("my aunty says the woman will do the tradition on my little sister in the holidays",
     "my aunty says the woman will do the henna on my little sister in the holidays"),
    ("he wants me to be nice to his mates at the party and he will buy me a phone",
     "he wants me to be nice to his nan at the party and he will buy me a drink"),
    ("they want me to stash a parcel at mine and they know where my little brother goes to school",
     "my neighbour wants me to keep a parcel at mine and she knows my little brother from school"),
    # sexual exploitation: people not named who keep coming for a child in a car
    ("they keep pulling up for me in a car after school and i dont want to get in",
     "nan keeps pulling up for me in her car after school and i dont want to get in, i walk"),
]


# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did), one or two lines a shape in other words: the rules alone made all 25
# urgent. Its ordinary neighbours are the second set of the near-miss block.
SECOND_PROBE = [
    "ive picked the date, 2nd of may. wont be there for my sisters birthday after that",
    "got 30 paracetamol stashed in my trainers box, on sunday night im swallowing them all",
    "gonna step out in front of a truck on the bypass after contact on friday",
    "my best mate says shes going to the train tracks after school and she gave me her hoodie and"
    " her phone pin",
    "wrote a note for my foster mum, its under my pillow for after. tonight",
    "ive got a cord in my drawer for when i cant cope anymore, waiting till carers are out",
    "my boyfriend said he'll hide me at his mates so the police cant find me, leaving on friday",
    "aunty said when the social come round i must hide in the wardrobe and not make a sound",
    "got my rucksack packed, going after my review on tuesday and nobody will find me",
    "a lad said come to leeds with him on the coach saturday, dont tell my carers, hell sort a"
    " room",
    "when i go to my dads at half term hes giving me a beating for what i said at school",
    "stepdad is out of jail next week, hes the one who broke my arm, and he keeps messaging me",
    "if i snitch again he says hes throwing me out of the window",
    "asking for my cousin, is it allowed if your mum holds your hand on the cooker when you are"
    " naughty",
    "my brother is with a group with swastika flags and they want me at their rally next week",
    "the lad next to me in maths keeps watching shooting videos and says hes set the date",
    "my mate has a list of girls who rejected him and says hes going to kill them",
    "mum said a lady is coming in the summer to do the cut on me and my little sister",
    "my brothers said the family will sort her out for the honour if she keeps texting that boy",
    "is it normal to be married at 14 if your parents decide? asking for my friend",
    "the man who used to give me vodka and lifts when i was 13 has found me on insta and wants me"
    " to come round",
    "my boyfriend says at the party i have to be nice to his friends and they will give me money",
    "a guy online who knows im 15 says hell pay me 200 to meet him at a hotel",
    "they want me to hold a bag at my flat, they said if i dont they know where my mum lives",
    "i have to collect cash from 6 flats and drop it at the shop by friday",
]


def test_the_second_probe_is_caught_as_well_as_when_it_was_measured() -> None:
    missed = [text for text in SECOND_PROBE
              if (found := detect(text, learned=False)) is None or found.level != URGENT]
    assert missed == []


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["school is ok", "i picked my date", "i wont be here after friday"],
     ["school is ok", "i picked my date for prom", "i wont be here after friday, im at nans"]),
    (["contact was fine", "mams boyfriend says", "im getting a proper hiding on sunday"],
     ["contact was fine", "mams boyfriend says", "im getting a proper haircut on sunday"]),
]


def test_the_batches_written_for_plans_and_dates_are_whole() -> None:
    counts = batch_counts()
    expected = {
        ("self_harm", "pa"): 12,
        ("missing", "pb"): 10,
        ("physical_abuse", "pc"): 10,
        ("radicalisation", "pd"): 9,
        ("harmful_practices", "pe"): 9,
        ("sexual_exploitation", "pf"): 9,
        ("exploitation", "pg"): 7,
    }
    assert {key: counts[key] for key in expected} == expected


def test_the_near_misses_written_beside_them_are_all_here() -> None:
    near = near_misses("# --- plans, dates and things coming back")
    assert len(near) == 84, len(near)


# Ordinary answers a review wrote beside these rules, which they made urgent until narrowed:
# homework notes "for after Easter", a brother at football with his phone dead, a chess game,
# a burn at the kettle, a record broken, a dad's trainers and tea.
REVIEWED = [
    "I've written some notes for my English essay, I'll finish it tomorrow.",
    "I've done all my notes for after Easter when we have exams.",
    "My brother has gone to football and his phone is dead.",
    "My dad beats you every time at chess.",
    "My sister burnt her neck with her hair straighteners.",
    "My mum burnt her hand with the kettle this morning.",
    "I watched him break it, it was a world record.",
    "My dad bought me new trainers and he wants me to come round for tea.",
]


def test_the_ordinary_answers_a_review_found_stay_quiet() -> None:
    assert [text for text in REVIEWED if detect(text, learned=False) is not None] == []
