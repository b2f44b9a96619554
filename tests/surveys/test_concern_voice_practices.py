"""Harmful practices and trafficking in a small child's or a young adult's voice.

``surveys/concern_voice_practices.py`` reads a girl to be a bride under sixteen beside "I am
next"; a marriage refused and a threat; a spirit driven out with starving or a beating; a baby
girl to be cut; "my cutting" and a lady; a passport gone, a wedding and a groom never met; a
boyfriend seen and "like they did with my aunt"; someone who is no real family and a child's
housework with no school; begging for someone who takes it all; a room and flowers sold; a
family abroad who "pays"; the police as a threat at work; "his worker now" after a lorry; and
work abroad kept from the carer. Its fresh wordings, written before the rules, are batches rk
and rl of ``adversarial.txt`` (first sight, rules alone, urgent: 10/16); its ordinary neighbours
are the block "thirteenth hand voices, practices" of ``near_misses.txt``. Here: the batches
whole, disclosures beside twins, a split chat, the near misses, each rule's words in everyday
talk, and the set-asides of ``surveys.concern_everyday_practices`` with disclosures they must not
hide.
"""

from __future__ import annotations

from tests.surveys.chats import (
    not_urgent,
    raising,
)

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("harmful_practices", "rk"): 8, ("trafficking", "rl"): 8}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("my sister is 12 and she is going to be a wife in pakistan at christmas, mama says im after"
     " her",
     "my sister is 12 and she is going to be a shepherd in the nativity at christmas, mama says im"
     " after her"),
    ("they promised me to a man in the village and when i said no my uncle said id be dead to the"
     " family",
     "they promised me a trip to the village and when i said no my uncle said id miss the party"),
    ("the pastor says my brother is possessed and they held him down and put pepper in his eyes",
     "the pastor says my brother is a good singer and they held him up to see the choir"),
    ("my partners mum wants our baby girl cut when we go back home, she has found a woman",
     "my partners mum wants our baby girls hair cut when we go back home, she has found a woman"),
    ("nana says a lady will do my cutting at the party on sunday",
     "nana says a lady will do my face painting at the party on sunday"),
    ("my passport has gone missing and the nikah is next month, i have never met him",
     "my passport has gone missing and the holiday is next month, i have never been abroad"),
    ("if my sister keeps seeing her boyfriend my brothers say theyll sort her like they did with"
     " our aunt",
     "if my sister keeps seeing her boyfriend my brothers say theyll tease her like they did our"
     " aunt at her wedding"),
    ("the woman i live with is not my real aunty, i cook and look after the kids and i sleep on"
     " the floor",
     "the woman i live with is not my real aunty, she is my foster carer and i have my own room"),
    ("a man makes me beg outside the station every day and he takes all the money",
     "a man plays guitar outside the station every day and people give him money"),
    ("a lady kept me and my brother in a flat and we had to sell flowers at the traffic lights",
     "a lady kept me and my brother in the flat when it rained and we had to do jigsaws"),
    ("the people who brought me say if i run away my dad back home will get hurt",
     "my dad back home will get a new phone if i save up, i am sending money"),
    ("the boss at the takeaway says if i tell the police i will be deported, i work every night",
     "the police came to the takeaway where i work to talk about road safety"),
    ("we came in the back of a van and the man says i belong to him now",
     "we rode in the back of a van to the festival and the puppy we got belongs to him now"),
    ("my aunt is sending me to another country to work and says dont tell my social worker",
     "my aunt is sending me to another country to study and says tell my social worker"),
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["the lady says call her auntie", "she is not my real auntie",
      "i clean and mind her babies and i dont go to school"],
     ["auntie pam is nice", "she is not my real auntie", "i help her bake and i go to school"]),
]


# Each rule's words in everyday talk, beside the near-miss block: a bridesmaid, tears at a
# wedding, a nan's long marriage, a film night, a cut knee, a lawn cut, cutting out, a passport
# renewed, teasing, a family friend called auntie, flowers for a fair, sweets begged, a flight
# paid, a stolen bike, a boat trip, a job abroad told to all.
EVERYDAY = [
    "my cousin is 9 and she is going to be a bridesmaid, I am next to be one",
    "my sister is 14 and she cries at every wedding, I am next to cry probably",
    "my nan got married at 16 and she is still with grandad, they are so cute",
    "if I refuse to wear the dress to the marriage do my nan will be upset",
    "the church has a film night about a demon and a witch and we had pizza",
    "my daughter cut her knee at the park and the lady at the cafe gave us a plaster",
    "we paid a lady in the village to cut our grass while we are away",
    "my mum will do my cutting out for the craft party",
    "my passport has gone to the office for renewal, my cousins wedding is in may and I have never"
    " met him",
    "if I keep seeing my girlfriend at lunch my mates say they will tease me",
    "auntie jo is not my real auntie, she is mums friend, I clean my room and go to school",
    "we sold flowers outside the church for the summer fair",
    "my brother begs at the shops for sweets and mum says no",
    "my family in spain will pay for my flight when I visit them",
    "if i tell the police my bike got stolen will i get it back",
    "we went on a boat trip and the captain said I am his best helper",
    "my cousin is going to another country to work in a hotel, she told everyone",
]

def test_each_rules_words_in_everyday_talk_stay_quiet() -> None:
    assert raising(EVERYDAY) == []


# The set-asides (a nan wed long ago, a cake cut, a passport renewed) hide no harm told after.
STILL_URGENT = [
    "my nan got married at 14 and she says I am next this summer in bangladesh",
    "the lady will do the cutting of the cake and then she will do my cutting down there",
    "the man took my passport to renew it and never gave it back, i work for him for nothing",
]

def test_a_set_aside_hides_no_disclosure_told_beside_it() -> None:
    assert not_urgent(STILL_URGENT) == []
