"""Ordinary answers from children in care in Wales, set aside by kind of everyday context.

``surveys/concern_everyday_wales.py`` names the everyday contexts in which the answers of
``tests/corpora/ordinary_wales.txt`` (150 in Welsh as children type it, 150 in the English of
Wales) borrowed the words of harm: a knock in a sport or a lesson with its cause, a horse that
threw its rider, a joke between brothers, sisters or friends, a present kept secret, "killing" over
a trifle with a laugh, clay pigeon shooting, running from the waves, a bathroom locked against the
little ones, hiraeth for someone the child visits. Here every answer of that file raises nothing,
learned layer included; the fresh ordinary answers written for each context before the set-asides
(the block "Wales, everyday" of ``near_misses.txt``) raise nothing at all; and each context's
ordinary answer stands beside a disclosure in the same words whose doer, object or ending turns it
back to harm (:data:`WALES`, read with the other hands' tables by
``test_concern_set_aside_twins.py``: the ordinary one raises nothing, learned layer included, and
the disclosure is urgent from the rules alone).
"""

from __future__ import annotations

import pytest

from surveys.concerns import detect
from tests.surveys.chats import near_misses
from tests.surveys.test_concerns import corpus

ORDINARY_WALES = corpus("ordinary_wales.txt")
BLOCK = "# --- Wales, everyday"

# (the context, an ordinary answer set aside, a disclosure in the same words that stays urgent)
WALES = [
    # A knock in a sport or a lesson, with its cause: the gear, the game, the horse.
    ("a bruise from a hurdle, a bruise they say to say",
     "big bruise on my thigh from a hurdle at sports day",
     "big bruise on my thigh from a hurdle at sports day, dad said to say that"),
    ("knees bruised kneeling in ballet, kneeling for him",
     "my knees are bruised from kneeling on the floor in ballet",
     "my knees are bruised from kneeling on the floor when he makes me"),
    ("a cricket bat by accident, a stepdad's",
     "got hit on the arm with a cricket bat by accident at practice",
     "got hit on the arm with a cricket bat by my stepdad"),
    ("a hockey stick at training, what to tell school",
     "got whacked on the ankle with a hockey ball at training, proper swollen now",
     "got whacked on the ankle with a hockey ball at training, thats what i have to tell school"),
    ("a pony threw me, an instructor threw me",
     "the pony threw me off at the riding school but I got back on",
     "my riding instructor threw me off at the riding school"),
    ("fell flat at cross country, pushed first",
     "I fell flat on my face in the mud at cross country",
     "he pushed me and i fell flat on my face in the mud"),
    ("a kick in a game by accident, a dad's 'accident'",
     "nath bachgen o Lanelli gicio fi yn y gêm bêl-droed, damwain oedd e",
     "nath dad gicio fi yn y gêm bêl-droed yn yr ardd, damwain medde fe"),
    ("the ball hit me in the lesson, the teacher did",
     "nath y bêl daro fi yn fy wyneb yn y wers chwaraeon",
     "nath yr athro daro fi yn fy wyneb yn y wers chwaraeon"),
    ("a horse threw me, a stepfather threw me",
     "nath y ceffyl fy nhaflu i ar y ffens yn y stablau ond o'n i'n iawn",
     "nath fy llystad fy nhaflu i ar y llawr yn y stabl"),
    ("a black eye at rugby, a black eye from a stepfather",
     "dwi'n chwarae rygbi i Bontypridd, ges i lygad ddu ond naethon ni ennill",
     "dwi'n chwarae rygbi i Bontypridd, ges i lygad ddu gan fy llystad ar ôl y gêm"),
    # A joke between brothers, sisters or friends.
    ("a sister's joke lock, a stepdad's",
     "my sister locked me out of her room as a joke lol",
     "my stepdad locked me out of my room as a joke"),
    ("mates' joke lock, all night",
     "my mates locked me in the changing room for a laugh",
     "my mates locked me in the changing room for a laugh and left me there all night"),
    ("a friend's joke lock in Welsh, all night",
     "nath Siôn gloi fi mewn yn y cwpwrdd am hwyl, o'n i'n chwerthin",
     "nath Siôn gloi fi mewn yn y cwpwrdd am hwyl drwy'r nos"),
    ("a sister's joke lock in Welsh, a stepfather's",
     "nath Mali gloi fi allan o'n stafell fel jôc",
     "nath llystad gloi fi allan o'n stafell fel jôc"),
    # A present the child keeps secret for someone else.
    ("a secret present for a carer, one from a man",
     "got a secret present for my carer's birthday, don't tell her",
     "got a secret present from a man for my birthday, don't tell her"),
    ("a secret present for a friend, a man's money for it",
     "got a secret present for my carer's birthday, don't tell her",
     "got a secret present for Bev, the man at the flat gave me the money for it"),
    ("a present for mam kept secret, a man's present kept secret",
     "dwi'n cadw'r anrheg i mam yn gyfrinach tan dydd sul",
     "dwi'n cadw'r anrheg gan y dyn yn gyfrinach tan dydd sul"),
    # Killing over a trifle, with a laugh.
    ("late for tea, telling",
     "nain yn mynd i ladd fi os dwi'n hwyr i de haha",
     "nain yn mynd i ladd fi os dwi'n deud wrth neb haha"),
    ("a broken telly, hurt last time",
     "dad yn mynd i ladd fi os dwi'n torri'r teledu eto lol",
     "dad yn mynd i ladd fi os dwi'n torri'r teledu eto lol, nath e frifo fi tro diwetha"),
    ("a messy room, telling",
     "mum's gonna kill me when she sees my room lol",
     "my carer is going to kill me if i tell anyone lol"),
    # A pastime.
    ("clay pigeon shooting, shotting for money",
     "went clay shooting with grandad at the show, hit 6 lol",
     "I go shotting with my uncle's mates for money"),
    # Running from the waves.
    ("from the waves, from carers",
     "we ran away from the waves at Tenby, so cold",
     "we ran away from our carers at Tenby and slept on the beach"),
    ("from the waves in Welsh, from the house",
     "nethon ni redeg i ffwrdd o'r tonnau yn Aberporth",
     "nes i redeg i ffwrdd o'r tŷ yn Aberporth"),
    # The bathroom locked against the little ones.
    ("a little sister walking in, a stepfather",
     "dwi'n cloi drws y toiled achos ma'n chwaer fach yn dod mewn o hyd",
     "dwi'n cloi drws y toiled achos ma llystad yn dod mewn o hyd"),
    # Hiraeth for someone the child visits.
    ("visits every half term, a blow at home",
     "hiraeth am Anti Bethan, ond dwi'n mynd ati bob hanner tymor",
     "hiraeth am Anti Bethan, ond dwi'n mynd ati bob hanner tymor achos ma llystad yn fy nharo "
     "adre"),
]


def test_the_file_holds_three_hundred_answers() -> None:
    assert len(ORDINARY_WALES) == 300, len(ORDINARY_WALES)


@pytest.mark.parametrize(
    ("number", "text"), ORDINARY_WALES, ids=[f"line{n}" for n, _ in ORDINARY_WALES]
)
def test_no_ordinary_answer_from_wales_raises_anything(number: int, text: str) -> None:
    # The learned layer too: it is trained on these answers, so that Welsh is not by itself a
    # sign of harm (bench/concern_model.py).
    found = detect(text)
    assert found is None, f"ordinary_wales.txt line {number}: {found} for {text!r}"


def test_the_fresh_ordinary_answers_for_each_context_are_all_here_and_silent() -> None:
    block = near_misses(BLOCK)
    assert len(block) == 54, len(block)
    assert {ordinary for _, ordinary, _ in WALES} <= set(block)
    assert [line for line in block if detect(line) is not None] == []
