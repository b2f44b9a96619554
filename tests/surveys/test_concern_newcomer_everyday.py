"""Ordinary news in the English of a new language, set aside by kind of everyday context.

``surveys/concern_everyday_newcomer.py`` names the everyday contexts in which refugee and
unaccompanied young people's ordinary answers (the fourteenth hand's second part of
``ordinary.txt``) and the near misses written for the new-language rules borrowed the words of
harm: a knock by accident with a sorry, the child's own bump, a slap on the back for papers
granted, a Home Office errand, "killing" a brother over a trifle with a laugh, a story on a
screen, a ball kicked at a sister, a nose (not a noose) bleeding, the floor on a trip, no food
shop near, a fast, rubbish at cooking, a sofreh on the floor, photos by the railway, a
solicitor's advice, a bed moved to make room. Each context's ordinary answer stands beside a
disclosure in the same words whose doer, object or ending turns it back to harm (:data:`NEWCOMER`,
read with the other hands' tables by ``test_concern_set_aside_twins.py``: the ordinary one raises
nothing, learned layer included, and the disclosure is urgent from the rules alone).
"""

from __future__ import annotations

from bench import safeguarding
from surveys.concerns import detect
from tests.surveys.test_concerns import CORPORA

# (the context, an ordinary answer set aside, a disclosure in the same words that stays urgent)
NEWCOMER = [
    ('a knock by accident and a sorry, a knock on purpose',
     'my friend kick me by accident in football, my leg bleed little. he say sorry many times',
     'my foster dad kick me by accident he say, my leg bleed. he say sorry but he do it again'),
    ('my own bump on the bunk, pushed into it',
     'i bump my head on the top bunk at the hostel, small bump, everyone laugh',
     'i bump my head on the top bunk when he push me at the hostel'),
    ('a slap on the back for good news, a slap for bad news',
     'my friend slap me on the back when i tell him i got my papers, he is so happy for me',
     'my uncle slap me on the back of my head when i tell him i lost my papers'),
    ('papers granted, papers taken',
     'i got my papers today, alhamdulillah, my social worker cry with me',
     'i got my papers today but the man take them and keep them'),
    ('a visa appointment, a visa taken',
     'i have visa appointment on monday, my key worker come with me',
     'they have my visa and my passport, they not give them back'),
    ('killing a friend over headphones with a laugh, a man who says it',
     'my brother break my headphones, i will kill him lol',
     'my brother break my headphones, now the man say he will kill him for real'),
    ('a push in a film, a push at home like it',
     'in the film the man push her down the stairs and everyone scream',
     'in the film the man push her down the stairs, last night my stepdad pushed my mum down the '
     'stairs'),
    ('a ball kicked at a sister, on purpose every day',
     'my cousin kick the ball at my sister by mistake, she laugh',
     'my cousin kick the ball at my sister on purpose every day and she cry'),
    ('a nose bleeding at boxing, a noose',
     'at boxing my friend bleeding from the nose, coach stop the fight',
     'at boxing my friend bleeding from the nose and he say he have a rope ready at home'),
    ('the floor on a school trip, the floor at home',
     'on the residential we sleep on the floor in sleeping bags, so fun',
     'at home i sleep on the floor every night, no bed for me for months'),
    ('no food shop near, no food at home',
     'at the campsite no food shop near so we bring pasta',
     'at the campsite no food shop near and at home no food for days'),
    ('a fast, no food for days',
     'in ramadan i fast, no food until iftar, i feel good',
     'in ramadan my carer say i fast, no food for days, they lock the kitchen'),
    ('rubbish at cooking, rubbish at everything',
     'my carer say i am rubbish at cooking lol, she teach me',
     'my carer say i am rubbish at everything and nobody want me'),
    ('a sofreh on the floor, like a dog',
     'like in afghanistan my foster mum make me eat on the floor on the sofreh, i love it',
     'my foster mum make me eat on the floor like a dog'),
    ('photos by the railway, the railway with an ending',
     'i stand by the railway with my camera to take photos of the trains',
     'i stand by the railway with my camera and i want to jump when the fast train come'),
    ("a solicitor's advice, a man's threat",
     'my solicitor say if i miss the interview the home office can send me back',
     'the man say if i not work for him the home office can send me back'),
    ('a bed moved to make room, a bed against a man',
     'i push my bed against the door to make more space for my desk',
     'i push my bed against the door every night because the man come in'),
]

# The fourteenth hand's answers in this voice: lines 135 to 268 of its ordinary.txt.
_THIRD = safeguarding.lines_of(CORPORA / "fourteenth_hand" / "ordinary.txt")[134:268]


def test_the_answers_in_this_voice_raise_nothing_from_the_rules() -> None:
    assert len(_THIRD) == 134
    assert [text for text in _THIRD if detect(text, learned=False) is not None] == []
