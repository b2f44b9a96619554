"""Going missing and a room no longer safe, told in code: a vanishing act, a sleepover, a welcome.

``surveys/concern_euphemism_away.py`` reads the twelfth hand's codes for going missing (a
houdini, doing a ghost, a sleepover of five days, staff who think I'm at a mate's, hidden in the
loft when the social come) and for a room no longer safe (a lock gone and someone walking in,
sleeping dressed to run, a man in the doorway in his boxers, a "welcome" tonight with a blade),
each beside its harmful part. Its fresh wordings, written before the rules, are batches qc to qf
of ``adversarial.txt`` (first sight, rules alone, urgent: 11/28; every line checked urgent);
the everyday sentences that share the codes are in the block "euphemisms for dying, going missing
and an unsafe room" of ``near_misses.txt``, read whole in
``tests/surveys/test_concern_euphemism_self.py``. Here too: a disclosure in words neither uses
beside its ordinary twin, one split over messages, the everyday readings a review found, and
every rule reached.
"""

from __future__ import annotations

from surveys.concerns import detect
from tests.surveys.chats import batch_texts, batches_as_written, not_urgent

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("missing", "qc"): 7, ("missing", "qd"): 7, ("unsafe_home", "qe"): 8,
    ("unsafe_home", "qf"): 6,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("did a houdini from my foster home, been sleeping in the park 3 nights",
     "did a houdini in the magic club at my foster home, everyone clapped"),
    ("crashing at a guys from snapchat since friday, staff think im at my sisters",
     "crashing at my sisters since friday, staff know and said its fine"),
    ("when the social worker comes round my uncle puts me in the attic",
     "when the social worker comes round my uncle puts the kettle on"),
    ("slept at a strangers from grindr last night and i dont know where i am",
     "slept at my cousins last night and i dont know where my charger is"),
    ("my door handle got taken off and someone tries my door every night",
     "my door handle got taken off and the joiner fixes my door next week"),
    ("i sleep in my jeans now because the lodger comes in my room",
     "i sleep in my pyjamas now because the heating comes on at night"),
    ("my foster dads mate stands at my bedroom door in his boxers",
     "my foster dads mate stands at the front door in his boxers to get the post"),
    ("the lads on my corridor say im getting initiated tonight and one has a blade",
     "the lads on my rugby team say im getting initiated tonight at the club dinner"),
    ("my lock got broken and now the older lad walks in at night",
     "my lock got broken and now the locksmith walks in at nine to fix it"),
    ("a man keeps turning up to the gate of my home asking for me",
     "a man keeps turning up to the gate of my home asking for my foster mum"),
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["im ok", "been on tour 4 nights", "staff think im at my mates"],
     ["im ok", "been on tour 4 nights with the band", "staff came to watch us play"]),
]


# Disclosures in new words for the shapes the batches reach least, one a rule: a SIM taken, the
# landing again, a lodger with his key, a bloke who asks where I sleep, a night manager's pals, a
# baby's dad parked outside, a note in the knickers drawer.
MORE = [
    "the men took my sim card and drove me to manchester, i wont come back",
    "someone is on the landing again, cant sleep tonight",
    "the lodger in my room with his key again, i woke up and he was sitting on my bed",
    "a bloke stays over at my nans on fridays and keeps asking which bedroom i sleep in",
    "the night manager lets his pals in late and they go round knocking on our doors",
    "my babys dad knows where my flat is now, hes been parked outside every night",
    "someone went in my bedroom while i was out, went through my knickers drawer and left a note"
    " saying soon",
]


def test_the_batches_and_more_wordings_are_whole_and_urgent() -> None:
    assert batches_as_written(BATCHES) == BATCHES
    assert not_urgent(batch_texts(BATCHES) + MORE) == []


# Ordinary answers a review wrote in the rules' own words after they were written, which the first
# drafts made urgent until narrowed: a disappearing trick at the panto, a sleepover's last pizza,
# a back room to play in, a morning bus to nan's, a SIM card and a game, a carer called in, a
# dad's goodnight, a carer by a poorly child's bed, a welcome pack, an aunty's kettle, an uncle's
# presents, a dog in the underwear drawer, hoovering on the landing, a brother's turn for the
# bathroom, a pillow fight.
EVERYDAY = [
    "doing a disappearing trick for 3 nights at the panto, the magician let me help",
    "we did a sleepover and nobody knows who ate the last pizza",
    "when the social worker comes i go in the back room to play with my little brother so they"
    " can talk",
    "i left the hostel at 9 in the morning and went to my nans on the bus",
    "mum took my sim card out and put it in her phone, i dont come back to that game anymore",
    "the key to my room went missing and my carer walks in when i call her",
    "my dad stands in my doorway every night and says sleep well, see you soon",
    "my carer sat on my bed for a long time when i was poorly and read to me",
    "the teacher said im getting a welcome pack tonight with a knife and fork set",
    "my mum said were getting a visit tonight from my aunty, she is bringing the kettle we lent"
    " her",
    "a man stays at ours at christmas, my uncle, and asks which room is mine so he can put"
    " presents in",
    "someone was in my room and messed up my underwear drawer, it was the dog, there was a note"
    " saying sorry from mum",
    "he is on the landing again hoovering, not sleeping till he stops",
    "my brother takes my food and says im next in line for the bathroom",
    "the pillow fight ended with a pillow on my face till i laughed",
]


def test_the_everyday_readings_stay_quiet() -> None:
    assert [text for text in EVERYDAY if detect(text, learned=False) is not None] == []
