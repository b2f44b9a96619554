"""Radicalisation told in a group's cover words (the twelfth hand's shape).

``surveys/concern_euphemism_cause.py`` reads a "mission", a "score", a "patrol", a "cleanse", a
hotel "with the migrants in it", hijrah with a ticket and martyrs praised, each beside the part
that makes it harm. Its fresh wordings, written before the rules, are batches qq and qr of
``adversarial.txt`` (first sight, rules alone, urgent: 6/13; every line checked urgent with every
batch); its ordinary neighbours are in the block "the twelfth hand's cover stories" of
``near_misses.txt``, checked silent in ``test_concern_euphemism_body``. Here: a disclosure in
words neither uses beside its ordinary twin, one split over messages beside its twin, the
batches whole, and the ordinary readings of each cover word.
"""

from __future__ import annotations

from tests.surveys.chats import raising

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("radicalisation", "qq"): 7, ("radicalisation", "qr"): 6}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("the lads in the discord say the refugees in our town are invaders and need to be cleansed",
     "the lads in the discord say the aliens are invaders and need to be beaten in the game"),
    ("my telegram group gave me a mission for my college, pick the busiest day",
     "my minecraft group gave me a mission to build a college, pick the biggest block"),
    ("they rank the school shootings by high scores in the server",
     "they rank the arcade games by high scores in the server"),
    ("he asked me to snap the synagogue and send its address, says theyll handle it",
     "he asked me to snap the synagogue and send its address for the open day leaflet"),
    ("the lads from the gym say remigration is coming and asked who can get guns",
     "the lads from the gym say the protein shake is coming and asked who can get weights"),
    ("the leader wants us to bring machetes when we go on patrol",
     "the scout leader wants us to bring torches when we go on the night hike"),
    ("a brother online says make hijrah, hell pay the flight and dont tell my carers, im 15",
     "my uncle says we make hijrah to medina next year, hell pay the flight and my carers know"),
    ("he said martyrs go straight to paradise and wants me to record a video for him",
     "in RE miss said some faiths teach that martyrs are remembered and we wrote an essay"),
    ("they say i could be the next saint like the christchurch guy",
     "they say i could be the next saint like saint david, our vicar laughed"),
    # rules no batch line reached: legit targets, the prophet's insulters, bricks through
    # windows, "going ER"
    ("a man in my discord says the police at my college are legit targets",
     "a man in my discord says the bosses in my game are legit targets"),
    ("the preacher online said punish anyone who mocked the prophet and posted their addresses",
     "the teacher said dont punish anyone who mocked you, just report it and ignore them"),
    ("the lads want to put bricks through the windows of the refugees next week",
     "the lads are putting new bricks round the windows of the refugee centre next week"),
    ("my mate keeps saying hes going er on the girls at college",
     "my mate keeps saying hes going er on the bus to college, not the train"),
]

# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did): the rules alone made all 5 urgent.
SECOND_PROBE = [
    "the older guys in my telegram say the jews in our town are the enemy and must be cleansed",
    "the group gave me a mission for my school before summer, pick the busiest time",
    "lads in the gym chat want me to bring petrol to the hotel where the migrants are staying",
    "they share the kill counts from the mosque shootings and say i could get a high score",
    "my cousin online says he will pay my ticket to make hijrah, im 14, dont tell my social worker",
]


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["the gym lads are ok", "they say the hotel with the migrants in it", "is next, bring petrol"],
     ["the gym lads are ok", "they say the hotel with the migrants in it", "is on the bus route"]),
]


# Each rule's cover word in everyday talk, beside the near-miss block: a scout patrol, a game's
# mission, a fire drill, a fighter pilot, hijrah with family, saints in church, RE lessons.
EVERYDAY = [
    "my scout patrol leader said bring a penknife and a torch for camp",
    "the mission in fortnite is to get to the school and grab the loot",
    "the hotel with the refugees had a fire drill and everyone stood outside",
    "my aunty wants to marry a fighter pilot when she finishes uni",
    "our family made hijrah to medina years ago and grandad paid the tickets",
    "in RE we learned that some people call others kufar and why that hurts",
    "the brothers at the mosque are collecting for the food bank, they sent me the address",
    # Found by a review after the rules were first written, and narrowed for:
    "on tiktok people say the gays need to be punished and it makes me sad",
    "after baseball we had to clean up the bats and the balls",
    "dad used a machete to clear out the brambles on patrol of the allotment",
    "they are building the new mosque with red bricks",
    "we helped clean up the mosque after eid",
    "tomorrow I go to the mosque with dad, then we stop for petrol",
    "our young lions team had a tour of the police station and made a video",
    "in RE we read that unbelievers must be punished in some old stories",
    "the men at the mosque say we should be brave like the martyrs in the stories",
]


def test_the_cover_words_in_everyday_talk_stay_quiet() -> None:
    assert raising(EVERYDAY) == []
