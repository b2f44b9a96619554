"""Radicalisation in a small child's or a young adult's voice (the thirteenth hand's shape).

``surveys/concern_voice_cause.py`` reads what a child is told to do to people named by their
faith, colour or country, or to the place where they pray or live; a child's "when I am big"
beside fighting and dying; a fire bottle or a nail bomb made; a group's plan against a place with
an ask of the young person; and a journey to the fighters paid or kept secret. Its fresh
wordings, written before the rules, are batches rg, rh, ri and rj of ``adversarial.txt`` (first
sight, rules alone, urgent: 7/26); its ordinary neighbours are the block "thirteenth hand voices,
cause" of ``near_misses.txt``. Here: the batches whole, a disclosure in words neither uses
beside its ordinary twin, one split over messages beside its twin, the near misses, the ordinary
readings of each rule's words (faith, history, news, games, films, sport), and the news
set-aside of ``surveys.concern_everyday_practices`` with a disclosure it must not hide.
"""

from __future__ import annotations

from tests.surveys.chats import (
    not_urgent,
    raising,
)

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("radicalisation", "rg"): 7,
    ("radicalisation", "rh"): 6,
    ("radicalisation", "ri"): 7,
    ("radicalisation", "rj"): 6,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("my stepdad says the sikh families on our street are bad and we have to burn them out",
     "my stepdad says the sikh families on our street are kind and we have to bake them a cake"),
    ("uncle says I should hurt the jewish kids at the park because god wants it",
     "uncle says I should help the jewish kids at the park build the sukkah"),
    ("my brother says we will blow up the mosque by the shops and im his soldier",
     "my brother says we will walk up to the mosque by the shops for iftar"),
    ("dads mate is going to set fire to the refugee hostel and says i am allowed to come",
     "dads mate is going to paint the refugee hostel and says i am allowed to come"),
    ("when I am big my cousin says I will go to the camp and fight and die a martyr",
     "when I am big my cousin says I will go to the camp and fish and swim in the lake"),
    ("he showed me how to make a fire bottle with a rag in it",
     "he showed me how to make a water bottle rocket with a cork in it"),
    ("the lads want to deal with the migrant hotel next week and asked me to drive",
     "the lads want to deliver coats to the migrant hotel next week and asked me to drive"),
    ("the asylum hotel needs dealing with, the chat say, and they asked if i can get petrol",
     "the asylum hotel needs volunteers, the church say, and they asked if i can help"),
    ("my online mentor says the attack will be at the christmas market and wants me to do it",
     "my online mentor says the sale will be at the christmas market and wants me to run it"),
    ("a guy on discord keeps asking when ill go er at my school, maybe it should be me",
     "my mate keeps asking when ill go up at my school assembly, maybe it should be me who reads"),
    ("my uncle wants to take me to syria to be with the fighters and says dont tell my carers",
     "my uncle wants to take me to spain to be with the cousins and says dont tell mum its a"
     " surprise"),
    ("a brother on telegram says make hijrah, hes sent me the money for the ticket",
     "my dad says we will make hijrah one day, hes saving the money for the tickets"),
    ("the discord group want me to film when the guards change at the synagogue",
     "the history group want me to film when the guards change at buckingham palace"),
    ("they want me to find out the home addresses of the staff at the asylum hotel",
     "they want me to find out the opening times of the cafe at the asylum hotel"),
    ("a lad taught me to put nails in a pressure cooker, says the eid fair is a good place",
     "a lad taught me to put rice in a pressure cooker, says the eid fair is a good place to sell"
     " it"),
    ("the men want me to help with direct action on the police station, its about time",
     "the men want me to help with the open day at the police station, its about time"),
    ("a sister online sent me money for a ticket so i can marry one of the fighters",
     "a sister online sent me money for a ticket so i can meet one of the players"),
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["my uncle is nice", "he says the people at the mosque are bad", "and I should hurt them"],
     ["my uncle is nice", "he says the people at the mosque are kind", "and I should help them"]),
]


# Each rule's words in everyday talk, beside the near-miss block: a film, a history lesson, a
# visit to a mosque, a soldier grandad in heaven, a game, a craft bottle, a shelf fixed, a
# donation run, a sponsored walk, a trip abroad, RE, a match, the news.
EVERYDAY = [
    "in the film the soldiers shoot the enemy and then go home to their families",
    "we learned the nazis wanted to kill the jewish people and we wrote a poem",
    "my dad says we should visit the mosque on the open day and try the food",
    "when I grow up I want to be a soldier like grandad who died in the war, he is in heaven",
    "when I am big I will fight fires and save people like my uncle",
    "in the game you have to burn the enemy camp to win, its real hard",
    "we made a bottle with water and glitter for the calm down corner",
    "I put screws in a pipe to fix the shelf with dad",
    "the lads want to do something for the migrant hotel at christmas and asked me to help wrap"
    " presents",
    "we are doing a sponsored walk to the mosque and they asked me to carry the banner",
    "my mate keeps saying hes going er on about his exams at college, i said maybe it should be me"
    " who revises",
    "my cousin is travelling to turkey on holiday, he sent me money for my ticket, dont tell mum"
    " its a surprise",
    "in RE we learned that jihad means struggle and the teacher sent me the notes",
    "the film was about soldiers going to fight where the war is, I watched it with dad",
    "grandad went on a plane to where the war is to help the red cross with the charity",
    "my brother says the polish team are bad and we have to beat them on saturday",
    "my little brother says the people at the church are bad at singing and he will hurt his ears",
    "the news said someone tried to burn a mosque and the police caught him",
    "on the news they said a man tried to attack a synagogue and everyone was safe",
]

def test_each_rules_words_in_everyday_talk_stay_quiet() -> None:
    assert raising(EVERYDAY) == []


# The news set-aside hides no plan told after it.
STILL_URGENT = [
    "the news said someone tried to burn a mosque and my uncle says we will burn the mosque in our"
    " town next",
]

def test_a_set_aside_hides_no_disclosure_told_beside_it() -> None:
    assert not_urgent(STILL_URGENT) == []
