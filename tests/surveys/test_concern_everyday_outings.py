"""Sport, outings, films and jests that borrow the words of harm: set aside (issue 13).

``surveys/concern_everyday_outings.py`` sets aside the sixth hand's false alarms by what each
answer was about. Here, in words none of them was written from: each ordinary answer must raise
nothing, the disclosure beside it (the same words of harm, with a person doing it or what the
child must say of it) must stay urgent, and so must a split disclosure whose ordinary twin stays
silent.
"""

from __future__ import annotations

from surveys.concern_everyday import EVERYDAY
from surveys.concern_idioms import IDIOMS
from surveys.concerns import URGENT, detect, detect_across

# (structure, ordinary answer that must raise nothing, disclosure that must stay urgent); read
# by test_concern_set_aside_twins.py with every set-aside's.
PAIRS = [
    ("a race run flat out",
     "did the 800m at the athletics club and thought i was going to die, got a pb tho",
     "most nights i think about how i am going to die and i want it to be soon"),
    ("a threat in jest over a game",
     "my auntie says shell kill me if i beat her at uno again",
     "he says hell kill me if i dont give him my bank card"),
    ("a knock in a fighting sport",
     "got punched loads in mma class but we wear gum shields and gloves",
     "i got punched by my mams boyfriend and i have to say it was at boxing"),
    ("camping in the woods with a group",
     "went on the cadets weekend and we slept in the forest in bivvy bags",
     "i slept in the woods last night on my own cos i cant go back there"),
    ("shooting at targets",
     "my foster dad takes me shooting clays at the farm sometimes",
     "they showed me how to use the gun and said i have to shoot him for them"),
    ("a stabbing on screen",
     "played a new horror game and the killer got stabbed at the end, so good",
     "my cousin got stabbed outside the shop and now they want me to carry for them"),
    ("medicine locked away",
     "my carers keep a lock on the cupboard with the tablets in, its the rules",
     "they lock the fridge and the cupboards so i cant have any food"),
    ("a surprise kept secret",
     "i got a secret, were planning a surprise party for my key worker",
     "i got a secret, an older man online buys me things and wants pictures"),
    ("a school trip somewhere new",
     "on the school trip they took us to a town i never heard of, it had a castle",
     "on the school trip they took us to a town i never heard of and left me there with a man"),
]


def test_a_split_threat_is_read_while_its_game_twin_is_not() -> None:
    earlier = ["hiya", "my brother says hell batter me"]
    threat = detect_across(earlier, "if i tell anyone what he does to me at night", learned=False)
    assert threat is not None and threat.level == URGENT
    twin = detect_across(["hiya"], "my brother says hell batter me at fortnite tonight lol")
    assert twin is None


def test_each_categorys_set_asides_are_its_own() -> None:
    # Several categories once shared one list, and the tables added after it were extended
    # into every category sharing it: radicalisation lost its videos to a film set-aside.
    tables = list(EVERYDAY.values()) + list(IDIOMS.values())
    assert len({id(table) for table in tables}) == len(tables)
    found = detect("i watched a video where a man says the kuffar must be killed", learned=False)
    assert found is not None and found.categories == ("radicalisation",)
    assert found.level == URGENT
