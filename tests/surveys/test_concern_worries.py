"""Alarms in proportion on words nobody tuned for: ordinary answers that borrow the words of
harm stay silent while the disclosure beside them stays urgent, and bullying and being upset
raise the worry reply (the IRO told, no 999) while the ordinary answer beside them stays silent.

One pair per structure, each side written in words the rules were not written from, and every
worry of ``tests/corpora/worry_structures.txt`` and every answer of ``tests/corpora/everyday.txt``.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, WORRY, detect
from tests.surveys.test_concerns import sections

WORRY_CORPUS = sections("worry_structures.txt")
EVERYDAY = sections("everyday.txt")

# (structure, ordinary answer that must raise nothing, disclosure that must stay urgent); read
# by test_concern_set_aside_twins.py with every set-aside's.
NARROWED = [
    ("a nose, not a noose", "had my flu spray up my nose today, it was so weird",
     "ive made a noose and its in my wardrobe for when i cant take it anymore"),
    ("a small sum for a treat", "I owe my mate Kayden £3 for a meal deal, paying him back friday",
     "he says i owe him 40 for the food he bought me and i have to hold a bag to pay it off"),
    ("a chore a child is made to do", "my carer FORCES me to do my homework before my xbox",
     "my stepdad makes me do things in the bath that i dont like"),
    ("a book or play in a lesson",
     "in drama we're doing a play about a girl who runs away from home, I'm playing the mum",
     "the older boys got me mixed up in their gang and now i have to sell for them"),
    ("a surprise the child keeps for someone",
     "me n my sister made mam a card for mothers day, its a secret til sunday",
     "my uncle bought me a phone for my birthday and said its a secret from mum"),
    ("help asked with a task", "could somebody help me fill in my college application",
     "please someone help me he wont let me leave the house"),
    ("a knock in sport, with its cause", "got a big bruise on my shin from rugby, we won tho",
     "i have bruises on my back from the belt, i have to say its from football"),
    ("a knock in sport, then who did it", "got a black eye from rugby, my mate did the ice pack",
     "got a black eye from rugby, my stepdad did it"),
    ("a knock in sport, then made to go on",
     "bruises on my legs from training, coach says rest now",
     "bruises on my legs from training, dad makes me train till I drop"),
]

# (structure, worry that must raise the worry reply, ordinary answer that must raise nothing)
WORRIES = [
    ("a jibe about weight", "the lads on my team call me a fatso in the changing rooms",
     "my friends call me Bubbles cos I laugh so much"),
    ("a jibe about race or religion", "boys in my class call me a terrorist because I wear a hijab",
     "my nan calls me her little monkey"),
    ("a jibe about being in care", "kids in year 8 call me an orphan cos I'm in care",
     "I made a tiktok of my dog and it got 200 likes"),
    ("left out by a group", "my whole form got invited to the party apart from me",
     "I wasn't picked for the netball team this time but I'll try again at trials"),
    ("a fake account", "someone set up a fake snapchat of me and is messaging people",
     "our netball group chat is so funny, everyone sends memes"),
    ("copied and mocked", "they do impressions of my stammer every time i read out loud in class",
     "my brother does impressions of our teachers and its hilarious"),
    ("things thrown again and again", "they keep chucking my bag in the bin and laughing",
     "my brother keeps taking my charger, so annoying"),
    ("lonely", "i get lonely on sundays when everyone else is with their family",
     "i got a bit lonely at camp but it was fun"),
    ("crying, grief", "sometimes i cry in the toilets at school cos i miss my nan",
     "the baby was crying at night so I didnt sleep much lol"),
    ("sad about their own life, not a lesson", "its so sad that my mum never comes to see me",
     "we're doing the Titanic in history, it's so sad how many people drowned"),
    ("family time cancelled", "dads cancelled contact again, whats the point in even getting ready",
     "family time got moved to thursday cos mums got work, its fine"),
    ("exams keeping a child awake", "i lie awake every night worrying about my exams",
     "exams soon, bit stressed but I've made a revision timetable"),
    ("afraid of being moved", "I'm scared they will split us up and put my brother somewhere else",
     "we're moving to a new house near my school, so excited"),
    ("flat, unheard", "no one ever asks me what I want, they just decide and tell me after",
     "nobody listened to the fire drill so we had to do it again"),
    ("in Welsh", "Dwi'n colli fy mrawd bach, dwi'n crio yn y nos",
     "I miss my mamgu's house, proper hiraeth, but I see her every other Saturday"),
]


@pytest.mark.parametrize(
    ("structure", "worry", "ordinary"), WORRIES, ids=[s for s, _, _ in WORRIES]
)
def test_a_worry_gets_the_worry_reply_and_the_ordinary_answer_beside_it_nothing(
    structure: str, worry: str, ordinary: str
) -> None:
    # The rules alone: a worry must not depend on the learned layer, and must never get 999.
    found = detect(worry, learned=False)
    assert found is not None, f"{structure}: missed"
    assert found.level == WORRY, f"{structure}: {found.categories} would get the 999 reply"
    assert set(found.categories) <= {"bullying", "upset"}
    assert detect(ordinary) is None, f"{structure}: {detect(ordinary)}"


def test_a_feeling_soothed_in_the_same_breath_is_no_worry_but_one_that_is_not_still_is() -> None:
    assert detect("a bit nervous for my driving test but my instructor says im ready") is None
    assert detect("sometimes i feel left out but mostly ok", learned=False) is None
    kept = detect("i feel so lonely at my new placement, i dont know anyone", learned=False)
    assert kept is not None and kept.level == WORRY


def test_a_jibe_among_words_of_serious_harm_still_makes_the_message_urgent() -> None:
    # A worry never softens what is beside it: the dad is what the IRO and duty must hear.
    found = detect("they call me fatty at school and my dad hits me when i get home")
    assert found is not None and "bullying" in found.categories and found.level == URGENT


def test_the_worry_corpus_names_only_worries_and_has_both_kinds() -> None:
    named = {category for _, category, _ in WORRY_CORPUS}
    assert named == {"bullying", "upset"}
    assert len(WORRY_CORPUS) >= 50


@pytest.mark.parametrize(
    ("number", "category", "text"), WORRY_CORPUS, ids=[f"line{n}" for n, _, _ in WORRY_CORPUS]
)
def test_every_worry_in_the_corpus_gets_the_worry_reply(
    number: int, category: str, text: str
) -> None:
    found = detect(text, learned=False)
    assert found is not None, f"worry_structures.txt line {number} ({category}) missed: {text!r}"
    assert found.level == WORRY, f"worry_structures.txt line {number}: {found.categories}"
    assert category in found.categories, f"worry_structures.txt line {number}: {found.categories}"


@pytest.mark.parametrize(
    ("by_children", "by_family"),
    [
        ("a boy in year 9 calls me names about my weight", "my dad calls me names every day"),
        ("my old friends pretend im not there", "my carers act like i dont exist"),
        ("maen nhw'n galw enwau arna i yn yr ysgol", "mae mam yn galw enwau arna i bob nos"),
    ],
)
def test_name_calling_by_other_children_is_a_worry_and_by_family_stays_urgent(
    by_children: str, by_family: str
) -> None:
    worry = detect(by_children, learned=False)
    assert worry is not None and worry.categories == ("bullying",), worry
    urgent = detect(by_family, learned=False)
    assert urgent is not None and urgent.level == URGENT, urgent


@pytest.mark.parametrize(
    ("number", "category", "text"), EVERYDAY, ids=[f"line{n}" for n, _, _ in EVERYDAY]
)
def test_every_everyday_answer_is_silent_and_every_disclosure_beside_them_urgent(
    number: int, category: str, text: str
) -> None:
    if category == "ordinary":
        assert detect(text) is None, f"everyday.txt line {number} raised: {detect(text)}"
    else:
        found = detect(text, learned=False)
        assert found is not None, f"everyday.txt line {number} ({category}) missed: {text!r}"
        assert found.level == URGENT, f"everyday.txt line {number}: {found.categories}"
