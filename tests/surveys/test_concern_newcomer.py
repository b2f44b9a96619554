"""Harm at home, nights away, care refused and self-harm in the English of a new language.

``surveys/concern_newcomer.py`` reads the fourteenth hand's refugee and unaccompanied young
people in their learner grammar: a blow at home in the verb's bare form beside what it did, a
fight and a woman bleeding, nights with men or in a park beside nobody told, hidden when the
social worker comes, an ailment left for weeks beside a carer who says "no time", food locked
away, a floor for a bed for months, a carer's contempt every day, the Home Office as a threat,
and a plan to die told as "wait the fast train", "to try it" or "i am finish". Its fresh
wordings, written before the rules, are batches si to sl and sp of ``adversarial.txt`` (first
sight, rules alone, urgent: 13/31; every line checked urgent here); its ordinary neighbours, with
those of ``surveys.concern_newcomer_recruited``, ``surveys.concern_newcomer_owned`` and
``surveys.concern_everyday_newcomer``, are the block "fourteenth hand, a new language" of
``near_misses.txt`` (every line checked silent here). Here too: a disclosure in words neither
uses beside its ordinary twin, split disclosures beside their twins, and every rule reached.
"""

from __future__ import annotations

from surveys.concerns import detect
from tests.surveys.chats import (
    near_misses,
    not_urgent,
    raising,
)

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("domestic_abuse", "si"): 7, ("missing", "sj"): 6, ("neglect", "sk"): 7,
           ("emotional_abuse", "sl"): 6, ("self_harm", "sp"): 5}
NEAR_MISSES = "# --- fourteenth hand, a new language"

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ('her boyfriend slap her every night, i hear her crying through the wall',
     'her boyfriend slap her hand away from the cake every night, we all laugh'),
    ('the husband drag his wife by the hair to the bedroom, she scream',
     'the husband drag his wife to the dance floor at the wedding, she laugh'),
    ('they fight again, she bleeding from her lip, i am in my room scared',
     'they fight again over the remote, she crying little, i am in my room doing homework'),
    ('i am so scared my uncle kill my aunt one day, he say it when he drink',
     'i am so scared my uncle kill my plants one day, he forget to water them'),
    ('i sleep now at a man house from the takeaway, my social worker dont know where i am',
     'i sleep now at my friend house for the sleepover, my social worker know where i am'),
    ('i not sleep at the foster house since tuesday, i stay with some older boys',
     'i not sleep at the foster house since tuesday, i stay with my aunt for eid'),
    ('when my key worker come the boys tell me to hide in the bathroom',
     'when my key worker come the boys tell me to tidy the bathroom'),
    ('a man from the car wash drive me to leeds tonight in his car, i dont say to my carer',
     'a man from the car wash drive me to leeds tonight in his car, i tell my carer already'),
    ('i sleep in the station 2 nights now, my phone is dead',
     'i sleep in the hotel 2 nights now on holiday, my phone is charging'),
    ('my eye very swollen since 5 days, my carer say it is nothing and not take me to doctor',
     'my eye very swollen since 5 days, my carer take me to doctor and he give me drops'),
    ('the cupboards are locked, i eat only bread, i lose 4 kilo',
     'the cupboards are locked when we go on holiday, i eat pizza in italy'),
    ('i sleep on the floor since 3 months, they say wait, no bed for me',
     'i sleep in my new bed since 3 months, they say wait for the new desk'),
    ('my foster mother say i am a dirty immigrant every day in front of her friends',
     'my foster mother say i am a good cook every day in front of her friends'),
    ('every night they say we send you back to home office if you cry',
     'every night they say we send you back to bed if you come downstairs'),
    ('she take my phone and say i never call my mother again',
     'she take my phone at night and say i can call my mother again tomorrow'),
    ('i stand at the train tracks every night and wait for the fast train, why am i alive',
     'i stand at the train station every morning and wait for the fast train to college'),
    ('i tie the cable on the shower rail to try it, please dont tell my social worker',
     'i tie the shower curtain on the shower rail, please tell my social worker it is fixed'),
    ('no more life for me, i am finish',
     'no more homework for me, i am finish with exams'),
    ("i am on the coach to manchester, i never go back to that hostel, nobody know",
     "i am on the coach to manchester with my class, we go back to the hostel tomorrow"),
    ("i am not getting any allowance for 5 weeks, i eat only at my friend house",
     "i am getting my allowance for 5 weeks together after the holiday"),
    ("my clothes are same since 2 month, no washing for me, the boys say i smell",
     "my clothes are same colour like my brother, my mum say it look nice"),
]

# (a disclosure split over messages, an ordinary chat in the same words)
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["my stepfather punch my mother", "she crying on the floor"],
     ["my stepfather and my mother watch boxing", "she crying laughing on the floor"]),
    (["a man from my country drive me to glasgow tonight in his van",
      "i dont tell my social worker"],
     ["a man from my college drive me to glasgow tonight in his van for the match",
      "i tell my social worker already"]),
]

# Ordinary sentences near these rules that the rules leave silent but the learned layer, not yet
# trained on them, raises: kept here, not in near_misses.txt, whose lines it must leave silent.
RULES_ONLY = [
    'i leave the hostel this morning on the train to london for my interview, i not go back '
    'there until monday',
    'my clothes are the same since i come, i like them, my friend say i smell nice',
    'my carer say nobody want me to leave, they love me, every day she say it',
    'i try with the belt in the wardrobe to hang my trousers, it break, please dont tell my '
    'carer i break it',
    'my dad is a doctor, he keep the work phone and when it ring in the night i must go wake him',
]


def test_the_near_misses_in_the_same_voice_stay_silent() -> None:
    block = near_misses(NEAR_MISSES)
    assert len(block) == 87, len(block)
    assert [line for line in block if detect(line) is not None] == []


def test_the_ordinary_sentences_the_learned_layer_still_raises_are_silent_from_the_rules() -> None:
    assert raising(RULES_ONLY) == []


def test_a_woman_named_as_his_is_read_and_her_things_are_not() -> None:
    # "her" is the one struck only before where or how: "push her wheelchair" is help.
    assert raising([
        "my uncle push her wheelchair to the car every morning, my aunt cannot walk",
        "the lady at the salon pull her hair very hard for the braids, my sister cry little bit",
    ]) == []
    assert not_urgent(["uncle push her down the stairs, she crying"]) == []
