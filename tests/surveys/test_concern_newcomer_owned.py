"""A young person treated as owned, in the English of a new language (the fourteenth hand).

``surveys/concern_newcomer_owned.py`` reads a girl promised to a man of forty beside a marriage,
a family that wants to "marry me" beside an age under eighteen, a photo in the shower, a man who
"do bad thing to my body", being sold beside money asked every month, brought here to work with
no school and no pay, a bed against the door beside footsteps, "he will do same to me" beside
killing, a man in the bathroom while the child washes, struck on the face beside a fist or "say i
fell", revenge for a grievance, tablets kept beside "i will take all of them", and someone who
knows the child's nightmares doing it on purpose. These came from single lines of the hand, with
no batch of their own: ``SECOND_PROBE`` below is a probe written after the rules by their author
in words the corpus does not use (it shows reach, not blindness); the ordinary sentences nearest
the rules are in the block "fourteenth hand, a new language" of ``near_misses.txt`` (checked silent
by ``test_concern_newcomer.py``).
"""

from __future__ import annotations

from surveys import concern_newcomer_owned
from tests.surveys.chats import unreached

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ('my uncle promise me to a 45 year old man, the wedding is in the summer',
     'my uncle promise me to take me to the old castle in the summer'),
    ('my parents want to marry me to a man in pakistan, i am 15',
     'my parents want to meet my teacher in school, i am 15'),
    ('the security man take pictures of me in the shower at the hotel',
     'the security man take pictures of me in the snow at the park'),
    ('the smuggler do bad things to me in the lorry',
     'the smuggler do bad things to people, we learn it in the news'),
    ('in libya the men sell me, now they want money from me every month',
     'in the market the men sell me fruit, now i buy from them every week'),
    ('my uncle bring me to the uk, i clean his houses, no school',
     'my uncle bring me to the uk, i go to school and clean my room'),
    ('i push my chest of drawers against the door every night because the man come',
     'i put my chest of drawers in the corner every night to dry my clothes'),
    ('the boy in my room say he kill people in his country and he will do the same to me',
     'the boy in my room say he play football in his country and he will teach the same to me'),
    ('the carers son come in the bathroom when i am washing, he is drunk',
     'my little cousin come in the bathroom when i am washing, he is 3'),
    ('the staff struck me on the face with his fist',
     'the ball struck me on the face in the game'),
    ('the men at the mosque say england kill our families so we must take revenge',
     'the men at the mosque say england win the match so we must take the bus home'),
    ('i collect paracetamol in my drawer, when they say no i will take all of them',
     'i collect paracetamol from the pharmacy for my carer, she take one when she need'),
    ('my foster brother know i have nightmares and knock on my door to laugh at me',
     'my foster brother know i have nightmares and sleep near my door to help me'),
]

# (a disclosure split over messages, an ordinary chat in the same words)
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["my father promise me to a 40 year old man", "i must marry him when i am 16"],
     ["my father promise me to take me to the old castle", "i must see it when i am 16"]),
]

# Written after the rules, in words the corpus does not use: every line urgent.
SECOND_PROBE = [
    'my father promise me to a 50 year old man from our village, after my papers i must marry him',
    'they want marry me to my cousin next summer, i am 16 and i say no',
    'the guard in the camp film me in the shower with his phone, he still have it',
    'the driver do bad things to me in the back of the truck, i cannot forget',
    'the smugglers sell me in sudan, now the same men want money from me every month',
    'my aunt bring me to england, i cook and clean in her restaurant, no school and they never '
    'pay me',
    'i move the drawers in front of my door every night because the older man in the house try '
    'the handle',
    'the boy in the next room say he kill a man before and he will do the same to me',
    'my carers friend come in the shower when i am washing, he was drunk, nobody say anything',
    'the hostel manager struck me on the head, he tell me to say i fell in the shower',
    'the brothers say this country kill our children in the war, we must take revenge here',
    'i keep my sleeping tablets hidden in a sock, if they refuse my case i will take all of them',
    'he knows i have flashbacks from the sea so he bang on my door at night and laugh when i cry',
]


def test_every_rule_is_reached_by_a_line_written_for_it() -> None:
    texts = SECOND_PROBE + [disclosure for disclosure, _ in PAIRS]
    assert unreached(concern_newcomer_owned, texts) == []
