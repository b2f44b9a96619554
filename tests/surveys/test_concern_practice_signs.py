"""Forced marriage, radicalisation, trafficking, going missing, domestic abuse and split messages
by their structure (``surveys.concern_practice_signs``, ``concern_missing_and_domestic_signs``,
``concern_spread_signs``): each structure caught urgently in words no list was written for, its
ordinary twin left quiet, by the rules alone."""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, detect

# (structure, disclosure, its ordinary twin in the nearest words)
PAIRS = [
    ("a marriage that is the child's own, and their age",
     "my mum says i am getting married in the summer holidays and im only 13",
     "my sister is getting married in the summer holidays and im her bridesmaid"),
    ("the wedding is the child's own",
     "we are going to my cousins wedding in iraq but i saw the messages and its actually mine",
     "we are going to my cousins wedding in iraq and i cant wait"),
    ("a journey abroad, and no goodbye",
     "the tickets are booked one way and im not allowed to tell my friends or say goodbye",
     "the tickets are booked for spain and im allowed to tell my friends"),
    ("the cut, and 'clean' or 'back home'",
     "nan says i will have the thing done when we go back home so i am clean",
     "nan says i will have my hair done when we go to the wedding"),
    ("a chest pressed flat",
     "my aunt rubs a hot stone on my chest so my boobs dont grow",
     "my aunt irons my school shirt so it doesnt crease"),
    ("seen with a boy, and a threat",
     "if my brothers catch me talking to a boy they said they will beat me",
     "if my brothers catch me eating their sweets they go mad"),
    ("violent videos, and praise",
     "a man on discord sends me clips of people getting shot and says they deserved it",
     "a man on youtube sends out clips of people getting shot at paintball"),
    ("a task for the group",
     "they asked me to find out when the synagogue near school is busiest",
     "they asked me to find out when the swimming pool near school is busiest"),
    ("going abroad to fight",
     "my cousin wants me to go out there and join the fighters, he has the money for flights",
     "my cousin wants me to go out there and join the football academy"),
    ("a group named as invaders, and fighting back",
     "the chat keeps saying migrants are invading and we have to fight back",
     "the chat keeps saying the other team are rubbish and we have to win"),
    ("locked in, and unable to leave",
     "the door was locked from the outside and we could not leave the house",
     "the door of the science lab was locked so we had the lesson in the hall"),
    ("told what age to say",
     "the man said tell the social worker im 16 and that he is my uncle",
     "the dentist said tell the receptionist your age and your address"),
    ("a threat to the family back home",
     "they say if i talk to the police my family in eritrea will be hurt",
     "if i talk to my family in eritrea on video i feel happy"),
    ("moved on and on",
     "they take us to different flats every few days in a van",
     "my social worker takes me to different towns to see my brothers"),
    ("work for no pay, 'for the rent'",
     "the boss drives us to the fields at 5 and we get no money, he says its for our rent",
     "the boss at my saturday job pays me every friday"),
    ("sleeping rough, and not going back",
     "slept at the bus stop last night and im not going back to the placement",
     "waited at the bus stop for ages last night and got home late"),
    ("a lift arranged online for tonight",
     "running away tonight, got a lift sorted off snapchat",
     "going to the cinema tonight, mum is giving me a lift"),
    ("days gone and the phone taken",
     "i was missing three days and they took my phone so i couldnt ring anyone",
     "i was off school three days with flu and mum took my phone so i would sleep"),
    ("a mum controlled: asking before she eats, her phone checked",
     "my stepdad goes through mums phone every night and kicks off if she has talked to anyone",
     "my stepdad goes through the recycling every night and sorts the bottles"),
    ("a man not allowed near them, back in the house",
     "dad has a court order to stay away but he keeps turning up at night",
     "dad has a day off work and he keeps turning up at my football to watch"),
    ("telling what he does to her",
     "mum says if i tell anyone what he does to her they will take us away",
     "mum says if i tell anyone what she got me for christmas it will spoil the surprise"),
]


@pytest.mark.parametrize(("structure", "disclosure", "twin"), PAIRS, ids=[p[0] for p in PAIRS])
def test_each_structure_is_caught_urgently_and_its_ordinary_twin_is_not(
    structure: str, disclosure: str, twin: str
) -> None:
    found = detect(disclosure, learned=False)
    assert found is not None and found.level == URGENT, f"{structure}: {found}"
    assert detect(twin, learned=False) is None, f"{structure}: the twin alarmed"


# One disclosure over several messages, and ordinary messages that share its words.
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["the multi storey by the retail park", "was up there on the top last night",
      "going back when no one is watching"],
     ["the multi storey by the retail park", "we parked on the top last night",
      "going back when the shops open"]),
    (["my stepdad was in a mood", "couldnt breathe when he had his hand there", "its purple"],
     ["my stepdad was in a mood", "couldnt breathe when he made me laugh", "my face went purple"]),
    (["dad said if i tell anyone", "hell do to me what he did to mum"],
     ["dad said if i tell anyone", "about the surprise party hell be gutted"]),
    (["nobody has been home since friday", "i gave my sister the last of the bread"],
     ["nobody has been to the park since friday", "i gave my sister the last of the bread"]),
    (["i work in the car wash every day after school", "and i dont get paid anything"],
     ["i work in the cafe every saturday", "and i dont get paid much but its fine"]),
    (["theyve booked our flights to pakistan", "im not allowed to tell anyone at school"],
     ["theyve booked our flights to pakistan", "im allowed to take my ipad"]),
]
