"""Sexual abuse and exploitation told behind a grown-up's cover story (the twelfth hand's shape).

``surveys/concern_euphemism_body.py`` reads each cover (a check, wash time, a blessing, pictures
"for his collection", a tuck-in, his pet name, a gift paid back, a drink before a night the child
cannot account for, "dates") beside the part that makes it harm. Its fresh wordings, written
before the rules, are batches qm to qp of ``adversarial.txt`` (first sight, rules alone, urgent:
13/27; every line checked urgent with every batch), its ordinary neighbours the block "the twelfth
hand's cover stories" of ``near_misses.txt`` (every line checked silent). Here: a disclosure in
words neither uses beside its ordinary twin, one split over messages beside its twin, the batches
and the block whole, and each rule's words as the text has them.
"""

from __future__ import annotations

import re

from surveys import concern_euphemism_body, concern_euphemism_cause
from surveys.concern_speak import spelled
from surveys.concerns import detect, normalise
from tests.surveys.chats import batch_counts, near_misses

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # pictures of a child undressed, kept or paid for
    ("the man who lodges with us takes videos of me in my knickers and gives me sweets after",
     "my auntie takes videos of me in my new dress and gives me sweets after"),
    # a pretext that needs the child bare
    ("my carers dad says he has to see if im a woman yet when im in the shower",
     "my carers dad says he has to see if im a fan yet when im in the car"),
    ("the pastor says the cleansing has to be done naked and he kept the photos",
     "the pastor says the cleansing of the font is done on sunday and he kept the photos"),
    # a bedtime visit under the covers; done while asleep
    ("my step brother gets under my duvet when he tucks me in and says its our secret, im 12",
     "my step brother gets under my duvet when we watch films and says its cosy, im 12"),
    ("my uncle does the thing to me while im asleep and i keep my eyes shut till he stops",
     "my uncle does the washing up while im asleep and i keep my eyes shut till the alarm"),
    # sore after his game; alone in his bed; videos to copy
    ("my front bottom stings after the man next door plays his special game with me",
     "my front teeth sting after the man next door plays his special game of conkers with me"),
    ("the man at the chippy wants me to sleep in his bed to say thank you for the chips",
     "my little brother wants to sleep in my bed to say thank you for the chips"),
    ("he shows me naughty videos and tells me to do what they do",
     "he shows me funny videos and tells me to do what they do, its a dance trend"),
    # exploitation: a gift paid back, flattery and a flat, a sugar daddy, dates
    ("the older boys bought me a vape and now i have to keep their mates company in the bedroom",
     "my big sister bought me a hoodie and now i have to keep her room tidy for a month"),
    ("a man at the bus station said im so mature for 13 and gave me his flat address, dont tell",
     "my coach said im so mature for 13 and gave me the captains armband, im buzzing"),
    ("my sugar daddy from snap wants me to meet him at a hotel on friday",
     "my mate joked she wants a rich husband and we laughed all the way to the hotel pool"),
    ("the woman at the hostel books me dates with older guys and keeps half",
     "the woman at the hostel books me shifts at the cafe and keeps the rota"),
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["school was ok", "mums friend takes pics of me", "in my pants for his collection"],
     ["school was ok", "mums friend takes pics of me", "in my football kit for the club"]),
    (["the lads at the flat are sound", "they give me free lifts", "if i do favours for them"],
     ["the lads at the flat are sound", "they give me free lifts", "if i chip in for petrol"]),
]


def test_the_batches_written_for_cover_stories_are_whole() -> None:
    counts = batch_counts()
    expected = {
        ("sexual_abuse", "qm"): 7,
        ("sexual_abuse", "qn"): 7,
        ("sexual_exploitation", "qo"): 7,
        ("sexual_exploitation", "qp"): 6,
    }
    assert {key: counts[key] for key in expected} == expected


def test_the_near_misses_written_beside_them_are_all_here_and_silent() -> None:
    near = near_misses("# --- the twelfth hand's cover stories")
    assert len(near) == 87, len(near)
    assert [text for text in near if detect(text, learned=False) is not None] == []


# Ordinary answers a review wrote in each rule's own words after the rules were first written,
# which some of them made urgent until narrowed (a gran's album, a dad's tuck-in, a cast in the
# bath, a sore bum after a game, a dance at a care home, an uncle's car, the back room of a shop,
# drinks at a party, an academy meeting, a baby passed round, cider at a wedding). Those another
# module's rules still make urgent are left out (a brother in my bed, free food from the older
# boys, trainers for a birthday).
REVIEWED = [
    "grandma took pics of us in the bath for their album when we were babies",
    "the doctor checks if im developing ok, mum walks in with me",
    "mum still baths me when i have a cast and i can do it myself really",
    "dad washes me in the bath cos ive got a broken arm, im 10",
    "dad tucks me in and his hand goes under the duvet to tickle my feet, im 12",
    "my bum is sore after the game yesterday, i fell on the pitch",
    "we did a dance for them to say thank you at the care home",
    "i always feel sick alone in his car on long drives, my uncle drives fast",
    "my cousin gives me free food if i help in the back room of the shop",
    "at my uncles party the men gave us drinks and we went to the bedrooms to sleep",
    "my coach says im mature for my age and wants to meet me and mum about the academy",
    "the baby got passed around at the hotel party by all the aunties",
    "my cousins gave us cider at the wedding and i woke up in a different room",
    "my stepdad says night night and turns the big light off, im 13",
    "the lodger helps me with my maths homework at his desk on my own while mum cooks",
    "the night staff check on me after lights out to make sure im ok",
    "the coach filmed me at the swimming gala in my costume on his phone",
    "my nan takes pics of me in my pyjamas and puts them on her facebook",
    "my little sister plays the secret game of hide and seek and my bum is sore from the stairs",
]


def test_the_ordinary_answers_a_review_found_stay_quiet() -> None:
    assert [text for text in REVIEWED if detect(text, learned=False) is not None] == []


# A literal word of a pattern: not an escape, a group's flags, a class, a count, nor part of a
# number.
_WORD = re.compile(
    r"\\.|\(\?[<!=:P][^)]*?|\[(?:\\.|[^\]])*\]|\{[0-9,]*\}|(?<![0-9])([a-z]+)(?![0-9])"
)
# Beside these, a word the normaliser reads by its neighbours ("hel", "shel", "id") is kept in
# at least one.
_BESIDE = ("and {} go", "the {} of", "{}")


def test_no_word_in_these_rules_is_one_the_text_can_never_hold() -> None:
    # A word the normalised text always spells otherwise ("im" is "i am") is an alternative
    # that never matches; both cover-story modules are read here.
    dead = set()
    for module in (concern_euphemism_body, concern_euphemism_cause):
        for _, parts, _ in module.CLAUSES:
            for part in parts:
                for found in _WORD.finditer(spelled(part)):
                    word = found.group(1)
                    if word and all(normalise(s.format(word)) != s.format(word) for s in _BESIDE):
                        dead.add((module.__name__, word))
    assert dead == set()
