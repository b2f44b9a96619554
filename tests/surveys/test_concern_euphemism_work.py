"""Exploitation, trafficking and harmful practices told in euphemism (the twelfth hand's shape).

``surveys/concern_euphemism_work.py`` reads each euphemism (a stint or a "holiday" in a flat, a
school bag no one searches, "family now", an "uncle" who is none, a "helper", being "made clean",
a "big day", "like they sorted our cousin", a spirit burnt out) only beside the harm it stands
for. Its fresh wordings, written before the rules, are batches qs, qt and qu of
``adversarial.txt`` (first sight, rules alone, urgent: 12/24; every line checked urgent);
the ordinary sentences that share its words, with those of ``concern_euphemism_care``, are the
block "euphemisms" of ``near_misses.txt`` (every line checked silent). Here: a disclosure in
words neither uses beside its ordinary twin, split disclosures beside their twins, a second
probe written after the rules, every rule reached, and every word one the text can hold.
"""

from __future__ import annotations

import re

from surveys import concern_euphemism_care, concern_euphemism_work
from surveys.concern_speak import spelled
from surveys.concerns import detect, normalise

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("exploitation", "qs"): 8, ("trafficking", "qt"): 8, ("harmful_practices", "qu"): 8}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # exploitation: a stint, a pram, a run, a debt, a code unmasked, the ends, the door, a phone
    ("they keep my xbox till i finish the stint at the flat in blackpool",
     "my mum keeps my xbox till i finish my revision at the flat in blackpool"),
    ("the lads stuff their cash in my little sisters pram cos the feds never search a baby",
     "my mum stuffs the shopping in my little sisters pram cos the bus never has room"),
    ("i take a backpack up the m1 on the coach every weekend for big man, he pays me in jackets",
     "i take a backpack up the m1 on the coach every weekend to see my dad, he pays for the "
     "ticket"),
    ("i owe them for the trainers they got me so i do runs after school now or they hurt my "
     "brother",
     "i owe mum for the trainers she got me so i do the dishes after school now"),
    ("my cousin says its sweets but they aint sweets, its weed in little bags",
     "my cousin says its sweets but they aint sweets, its soap shaped like sweets"),
    ("im keeping the ting for the ends, if the feds raid its on me",
     "im keeping the ticket for the end of the season, if i lose it its on me"),
    ("im on the team now, i wait by the door and open it when people knock twice",
     "im on the team now, i wait by the goal and run when the coach whistles twice"),
    ("i keep the trap phone on me and go wherever it tells me",
     "i keep my phone on me and go wherever the map tells me"),
    ("they dropped me at a nitty's flat in luton and i stayed there all week",
     "they dropped me at a mate's flat in luton and i stayed there all week"),
    ("mae rhaid i fi gario'r stwff i'r bois mawr neu byddan nhw'n brifo fi",
     "mae rhaid i fi gario'r bagiau i nain ar ol yr ysgol"),
    # trafficking: brought and unpaid, no kin, papers, wages, the road, a family abroad
    ("the man who fetched us from albania makes us sweep his shop and never pays us",
     "the man who fetched us from the airport helps us with our shopping and pays for the taxi"),
    ("she says she is my aunty but she is not my aunty, i cant go out and i clean for her",
     "she is not my real aunty, she is mums best friend and she takes me swimming"),
    ("we came hidden in the back of a lorry and now we wash cars and all the money goes to the "
     "boss",
     "we came in the back of the car and now we wash cars for pocket money, all the money goes "
     "in my piggy bank"),
    ("the boss has my passport and we sleep in the back of the salon",
     "my foster carer keeps my passport in her drawer and we sleep at the hotel on the trip"),
    ("the gangmaster keeps all our wages for the van and the room",
     "my dad keeps some of my wages for the car and the room, i pay him rent"),
    ("no wages for me until i pay off the journey, i work at the nail bar every day",
     "no pocket money for me until i pay off the phone, i work at the cafe on saturdays"),
    ("the agent says my mum back home in vietnam will pay if i stop working",
     "my nan in poland will send me money if i stop working so hard at college"),
    # harmful practices: made pure, a woman, a sunna, a shaadi, a big day, never back, honour,
    # a demon
    ("in the summer they will take me to the village to be made pure before i get married",
     "in the summer they will take me to the village to see my cousin get married"),
    ("mum says i become a woman at the village this summer and the cutter is coming",
     "mum says i become a woman when i get my period, she bought me a book"),
    ("my sisters sunna is next week, the lady comes with the razor",
     "my sisters sunna prayers are next week, the lady comes with the cake"),
    ("my shaadi is fixed for december, i never met him and i said no",
     "my sisters shaadi is in december, i met him and he is nice"),
    ("my big day is in sylhet in august, mum bought the gold and i am 14",
     "my cousins big day is in sylhet in august, mum bought a sari and i am 14"),
    ("my sister went to yemen at 15 and never came back, they married her off",
     "my sister went to yemen at 25 and never came back, she married a doctor there"),
    ("if they see me with a boy my brothers will sort me like they sorted my cousin",
     "if they see me with a bike my brothers will fix it like they fixed my cousins"),
    ("dad says i brought shame on the family and my uncles will deal with it",
     "dad says i brought cake for the family and my uncles will eat it"),
    ("the pastor says my sister has a demon and they beat it out of her with a stick",
     "the pastor says my sister has a lovely voice and they cheer her on at church"),
    ("my grandfather says i will be given in vani to end the fight with the other family",
     "my grandfather says i will be given a vanity case to end the fight with my sister"),
    ("my family is in a blood feud and my uncle says when i turn 18 they will come for me",
     "my family is in a book club and my uncle says when i turn 18 i can come too"),
]

# (a disclosure split over messages, an ordinary chat in the same words)
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["they drove me to a flat in hull", "been there 4 days",
      "they wont let me go till the stint is done"],
     ["we drove to a flat in hull", "been there 4 days",
      "mum wont let me go till my room is done"]),
    (["my dad booked tickets to mirpur for my big day", "i am 15 and i said no"],
     ["my dad booked tickets to mirpur for my cousins big day",
      "i am 15 and i said yes to being a bridesmaid"]),
]

# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did): first sight, 8/12; after narrowing what it missed, all urgent.
SECOND_PROBE = [
    "three weeks in a trap in ipswich and they say my debt keeps going up",
    "the little bags go in my baby cousins buggy cos the police never stop a mum with a pram",
    "i do the train runs to swansea with a sports bag for the big man, he pays me in designer "
    "stuff",
    "they say i owe them for the weed that got nicked off me so i have to do drops or they come "
    "to my house",
    "the man who flew me here from vietnam makes me work in his kitchen and i never get paid",
    "he says he is my cousin but he is not, i cant leave the flat and i look after his plants",
    "the woman at the nail bar has my brp and we sleep in the back of the shop",
    "the boss takes our wages for the house and the van, we never see money",
    "nan says in the holidays i will be made clean like all the girls in our family",
    "my rishta is fixed for the summer in mirpur, i have only seen his picture and i am 15",
    "my uncles said if i keep seeing him they will deal with it like they dealt with my aunt",
    "the elders at church held my brother down and beat him to get the demon out",
]


def test_a_spirit_is_read_out_with_its_parts_apart() -> None:
    # A clause's parts never overlap: "burning the bad spirit out" is three parts, not two.
    assert detect("they will bless me by burning the bad spirit out of my hands", learned=False)
    assert detect("they say a bad spirit is in the house and we burnt sage", learned=False) is None


# A literal word of a pattern: not an escape, a group's flags, a class, a count, nor part of a
# number.
_WORD = re.compile(
    r"\\.|\(\?[<!=:P][^)]*?|\[(?:\\.|[^\]])*\]|\{[0-9,]*\}|(?<![0-9])([a-z]+)(?![0-9])"
)
# Beside these, a word the normaliser reads by its neighbours ("hel", "id") is kept in one.
_BESIDE = ("and {} go", "the {} of", "{}")


def test_no_word_in_these_rules_is_one_the_text_can_never_hold() -> None:
    dead = set()
    for module in (concern_euphemism_work, concern_euphemism_care):
        parts = [p for ps in getattr(module, "PHRASES", {}).values() for p in ps]
        parts += [p for _, ps, _ in module.CLAUSES for p in ps]
        for part in parts:
            for found in _WORD.finditer(spelled(part)):
                word = found.group(1)
                if word and all(normalise(s.format(word)) != s.format(word) for s in _BESIDE):
                    dead.add((module.__name__, word))
    assert dead == set()
