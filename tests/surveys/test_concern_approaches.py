"""An adult seeking a child out, told with no act yet (issue 13).

``surveys/concern_approaches.py`` reads three shapes the rules had no words for: a man who keeps
asking where a child lives or goes to school, a party or a stay at his place kept from the
child's carers, and a grown-up who gets too close when the child does not want it. Here each is
written in new words beside an ordinary answer in the nearest words; the ordinary answers near
all three are the block "an adult seeking a child out" of ``near_misses.txt``.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, detect
from tests.surveys.chats import near_misses

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # a man who wants to know where the child lives or goes to school
    ("a man keeps asking me where i live",
     "the postman keeps asking me where number 12 is"),
    ("some guy on snap keeps asking what school i go to",
     "my cousin on snap keeps asking what game i play"),
    ("this man in a car always asks me where i stay when i walk home",
     "this man in a car always asks me the way to the station when i walk home"),
    ("a bloke at the park keeps asking me where i go to school",
     "a bloke at the park keeps asking me where i got my trainers"),
    # a gathering at his place, kept from the people who look after the child
    ("dont tell your mum about the party at his flat",
     "dont tell your mum about the party at nans, its a surprise"),
    ("dont tell your carer about staying over at the older lads flat ok",
     "dont tell your carer about the present for her birthday ok"),
    ("dont tell mum about the party at his house on saturday",
     "dont tell mum about the party at his house on saturday, its her surprise"),
    ("the party at his flat is saturday and he said dont tell staff",
     "the party at his flat was fun, dont tell my mum i stayed up till 12 lol"),
    # a grown-up too close, and the child not wanting it
    ("he gets really close to me and i dont like it",
     "he gets really close to the goal and i dont like it when he scores"),
    ("my uncle sits really close to me on the sofa and i dont like it",
     "my uncle sits really close to the telly and i dont like it cos i cant see"),
    ("my coach stands right up against me in the changing room when no one is around",
     "my coach stands right next to me at the penalty spot and it puts me off"),
    ("the taxi man gets too close to me and it makes me feel weird",
     "he came close to me in the race and i hate it when he wins"),
]


def test_the_near_misses_written_beside_them_are_all_here_and_silent() -> None:
    block = near_misses("# --- an adult seeking a child out")
    assert len(block) == 16, len(block)
    assert [line for line in block if detect(line, learned=False) is not None] == []


# Ordinary answers written beside each rule here (a review's surprise party, then more using the
# rules' own words innocently: a man from the council or a delivery who needs the address, a
# sleepover the child wants to tell mum about themselves, cake and a late night kept from mum, a
# teacher's coffee, a crowded bus, popcorn at the cinema, nerves before a race), which the rules
# made urgent until narrowed.
REVIEWED = [
    "Don't tell mum about the party at his house on Saturday, it's her surprise.",
    "A man from the council keeps asking me what my address is for my bus pass form.",
    "A man in a van keeps asking me where the home is cos he's delivering our new sofa.",
    "Don't tell mum about staying over at his house yet, I want to ask her myself first.",
    "The party at his house was class and he said don't tell your mum how much cake we ate lol.",
    "The sleepover at his house was fun and they said dont tell mum we stayed up late.",
    "My teacher sits really close to me in maths and I hate it cos she smells of coffee.",
    "The man on the bus sat really close to me and I hate it when it's busy.",
    "I hate it when he sits too close to me in the cinema, he eats popcorn so loud.",
    "I don't like it when my coach stands really close to me cos I get nervous before the race.",
]

# Disclosures in new words that must stay urgent from the rules alone.
STILL_URGENT = [
    ("sexual_exploitation", "a man keeps asking me where i go to school on snapchat"),
    ("sexual_exploitation", "some guy on insta keeps asking me my postcode"),
    ("sexual_exploitation", "dont tell your carer about the party at the older lads flat"),
    ("sexual_exploitation", "the party at the older lads flat is friday and they said dont tell "
                            "your carer"),
    ("sexual_abuse", "my tutor sits really close to me when nobody else is home and i dont like "
                     "it"),
    ("sexual_abuse", "i dont like it when the caretaker stands really close to me"),
]


def test_the_ordinary_answers_written_beside_the_rules_raise_nothing() -> None:
    assert [text for text in REVIEWED if detect(text, learned=False) is not None] == []


@pytest.mark.parametrize(("category", "text"), STILL_URGENT)
def test_disclosures_in_new_words_stay_urgent(category: str, text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == URGENT, text
    assert category in found.categories, found
