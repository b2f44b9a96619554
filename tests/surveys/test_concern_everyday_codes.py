"""The twelfth hand's ordinary answers, set aside by kind of everyday context, beside twins.

``surveys/concern_everyday_codes.py`` names the everyday contexts in which the twelfth hand's
ordinary answers borrowed the words of harm (a pet, make-believe, a trip with a group, a fast or
one's own medicine, older lads who taught a skill, a celebration). Here each saying's ordinary
answer in other words, beside a disclosure in the same words whose doer, object or ending turns
it back to harm: the ordinary one raises nothing (with the learned layer too), the disclosure is
urgent from the rules alone (both checked, and the ordinary answer beside another message, with
the other hands' tables in ``test_concern_set_aside_twins.py``). The same ordinary answers and
more are the block "the twelfth hand's false alarms in other words" of ``near_misses.txt``,
every line silent; the thirteen alarms the corpus itself raised are held at none by
``test_concern_blind_hands.py``.
"""

from __future__ import annotations

from surveys.concerns import detect
from tests.surveys.chats import near_misses

# (the context, an ordinary answer set aside, a disclosure in the same words that stays urgent)
TWELFTH = [
    ("a puppy's scratch, a stepdad's",
     "our new puppy scratched my arm when i tried to put his coat on",
     "my stepdad scratched my arm when i tried to put my coat on and leave"),
    ("a cat's scratch, a blade after",
     "the cat scratched my arm when i picked her up",
     "the cat scratched my arm when i picked her up so i scratched my arm more with a blade"),
    ("ran from a swan, ran from a placement",
     "a swan chased us by the lake and we ran away laughing",
     "a dog chased me at the park and i ran away from my foster home"),
    ("stabbed with a plastic sword, with a real one",
     "in the nativity i get stabbed with the plastic sword by herod lol",
     "the olders said i get stabbed with a real sword if i dont sell for them"),
    ("a game character's debt, my own",
     "my skyrim character owes the thieves guild money haha",
     "my skyrim character owes the thieves guild money and i owe the olders money for real"),
    ("a clip of a ref hit by a football, of me hit by him",
     "watched a vid of a ref gettin hit by a football lol",
     "my brother sent a video of me getting hit by my stepdad"),
    ("country to a caravan, country for the olders",
     "were going country to a caravan in the dales for half term",
     "were going country for the olders for a week and i have to sell till its gone"),
    ("a tent with scouts, a tent after running",
     "we slept in a tent at the beach for cubs, so windy",
     "i slept in a tent in the park cos i ran away from my carers"),
    ("no food till sunset in ramadan, no food at home",
     "during ramadan we have no food till sunset then a massive iftar",
     "during ramadan we have no food till sunset and at home theres no food at all after either"),
    ("allergy tablets, the whole box",
     "took my allergy tablets and went to school",
     "took my allergy tablets and the whole box of paracetamol cos i want to die"),
    ("older lads who taught me pool, who made me hold their weed",
     "the older lads at the youth club taught me pool properly",
     "the older lads at the youth club taught me pool then made me hold their weed"),
    ("a bouquet thrown, a woman thrown",
     "at the wedding she threw her bouquet and my auntie caught it",
     "at the wedding she threw her bouquet and then he threw her into the wall"),
    ("thunder scared the dog home, dad scared the baby",
     "the thunder scared the dog so we went home from the park",
     "dads shouting scared the baby so we went home to nans and hid"),
]


def test_the_twelfth_hands_false_alarms_in_other_words_are_all_here_and_silent() -> None:
    block = near_misses("# --- the twelfth hand's false alarms in other words")
    assert len(block) == 25, len(block)
    assert {ordinary for _, ordinary, _ in TWELFTH} <= set(block)
    assert [line for line in block if detect(line) is not None] == []
