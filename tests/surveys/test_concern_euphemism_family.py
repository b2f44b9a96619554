"""A grown-up hurting another at home, told in a family's own words: "the thunder", "words".

``surveys/concern_euphemism_family.py`` reads what stays when the family's word for the fight
changes: his turn named with the police or an ambulance after and her hurt, children hiding
while he goes for their mum, it heard through the wall, a door kicked in, a threat on her life
if she leaves. Its fresh wordings, written before the rules, are batches qk and ql of
``adversarial.txt`` (first sight, rules alone, urgent: 4/10; every line checked urgent);
the ordinary answers that share their words are in the block "the twelfth hand's codes for harm
at home" of ``near_misses.txt``, read whole in ``test_concern_euphemism_home``. Here: a
disclosure in words neither uses beside its ordinary twin, for every rule, and the bare words.
"""

from __future__ import annotations

from surveys.concerns import detect
from tests.surveys.chats import not_urgent

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("domestic_abuse", "qk"): 5, ("domestic_abuse", "ql"): 5}

# (a disclosure in new words, its ordinary twin in the nearest words), one or more a rule.
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # His turn, the police, her hurt.
    ("my step dad had one of his rages, the feds came and mums eye was black",
     "my step dad had one of his naps, the feds came to next door and mums eye was itchy"),
    # His turn told again, and her hurt.
    ("grandad had another of his tantrums and nans lip was split",
     "grandad had another of his tantrums at the darts and nan laughed at him"),
    # Children hiding while he goes for mum.
    ("we sit on the stairs with our hands over our ears when he starts on mum",
     "we sit on the stairs with our hands over our ears when the fireworks start"),
    # The police, and something done on her.
    ("the police were round again cos her boyfriend did the headlock on her",
     "the police were round again cos her car alarm went off"),
    # Heard through the wall.
    ("i could hear it through the wall, mum crying stop",
     "i could hear it through the wall, next doors dog barking"),
    # The story to give for her, and her hurt.
    ("he told me to say mum tripped on the step but her nose is broken",
     "nan told me to say mum tripped on the step at the wedding, everyone laughed"),
    # What he did to her with something, and the police.
    ("the police lady asked me what dad did to mum with the frying pan",
     "my teacher asked me what dad did with the frying pan at the bbq"),
    # A door kicked in, and her hiding.
    ("mum hid in the bathroom and he kicked the door in",
     "we locked ourselves out and dad had to get a man to open the door"),
    # Something held over her head, and her begging.
    ("he held the bat over mums head and i heard her begging",
     "he held the umbrella over mums head and i heard her laughing"),
    # Dragged by her hair.
    ("mums husband dragged her up the hall by her hair",
     "mums husband brushed her hair in the hall before the wedding"),
    # Thrown into the wardrobe.
    ("my uncle threw auntie against the wall last night",
     "my uncle threw auntie a surprise party last night"),
    # The knife comes out, the children locked away.
    ("when he drinks the knife comes out and mum locks us in the bedroom",
     "when he cooks the big pan comes out and mum lays the table in the kitchen"),
    # His turn, something through the window, her arm.
    ("mums fella had one of his moods, the chair went through the window and her arm",
     "mums fella had one of his moods at the football, he shouted at the ref"),
    # Put in the river if she leaves.
    ("he told mum he would throw her in the canal if she leaves",
     "he told mum he would throw her a party if she leaves her job"),
    # The code said not to be what it sounds like.
    ("they call it a debate but its not play its punching",
     "they call it a debate but its just the quiz at the pub"),
]

# A disclosure split over messages and an ordinary chat in the same words: read by
# test_concern_split_twins.py.
SPLITS = [
    (["weekend was rubbish", "when he starts on mum", "we hide in the wardrobe"],
     ["weekend was fun", "when the film starts", "we get the popcorn out"]),
]


# The bare words the rules are made of, alone: none is a disclosure without the harm.
BARE = [
    "The police came to school today.",
    "Mum had a bleedy lip from the dentist.",
    "We hid under the bed at hide and seek.",
    "I heard music through the wall.",
    "Dad painted the door in the garden, it was blue.",
    "Grandad did his loud voice for the quiz again.",
]


def test_the_bare_words_stay_quiet() -> None:
    assert [text for text in BARE if detect(text, learned=False) is not None] == []


# Written after the first rules, in words none of the above use: at first sight 4 of 7 were
# urgent; a cut on her head and a scream through the bedroom wall were then read.
LATER = [
    "my stepdad had his 'funny five minutes' again and mum's got a cut on her head and the police"
    " came",
    "when dad comes back from the bookies we hide in the bath cos he goes for mum",
    "i heard mum screaming stop through my bedroom wall and in the morning she had a black eye",
    "her boyfriend kicked the bedroom door in and mum hid in the wardrobe",
    "grandad says he'll drown nan in the lake if she tells anyone",
]
# Their ordinary twins, written with them.
LATER_EVERYDAY = [
    "my stepdad had his funny five minutes again at the karaoke, mum was crying laughing",
    "i heard mum singing through my bedroom wall and in the morning she was so happy",
    "the wind kicked the bedroom door in and mum jumped",
    "grandad says he'll take nan to the lake if she gets better",
]


def test_the_later_wordings_are_urgent_and_their_twins_quiet() -> None:
    assert not_urgent(LATER) == []
    assert [text for text in LATER_EVERYDAY if detect(text, learned=False) is not None] == []
