"""Harm at home in a small child's voice and a young adult's (the thirteenth hand's).

``surveys/concern_voice_home.py`` reads one grown-up's blow to the other as a small child names
them, her injury and who she says did it, a partner's "you'll end up in A&E if", a pet
threatened "if I tell", a scare at the door at bedtime, a child's aids taken for a laugh, "a
useless mum" and the baby, being sent away forever or made to sleep outside, and someone who is
not a carer in the room at night, a pillow over the face, a threat to burn the flat, a new flat
found in the night. Its fresh wordings, written before the rules, are batches ro, rp, rq and rr
of ``adversarial.txt`` (first sight, rules alone, urgent: 13/25; every line checked urgent),
its ordinary neighbours the block "thirteenth hand voices, home" of ``near_misses.txt``
(every line checked silent). Here: a disclosure in words neither uses beside its ordinary twin,
one split over messages beside its twin, the batches and the block whole, each set-aside beside
the harm told in its words, and each rule's words as the text has them.
"""

from __future__ import annotations

from tests.surveys.chats import (
    not_urgent,
    raising,
)

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("emotional_abuse", "ro"): 7, ("domestic_abuse", "rp"): 7,
    ("unsafe_home", "rq"): 5, ("unsafe_home", "rr"): 6,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # domestic: one grown-up's blow to the other, her injury and who did it, a partner's threat
    ("grandad kicked nanny on the floor and she had blood on her nose",
     "grandad kicked the ball to nanny on the floor of the gym and she laughed"),
    ("mummy and her boyfriend were shouting and he hit her in the face",
     "mummy and her boyfriend were shouting at the football when he hit the post"),
    ("at contact mummy had a swollen lip and said Lee did it",
     "at contact mummy had a swollen lip and said the dentist did it"),
    ("he says I'll end up in hospital if I text my mates again",
     "he says I'll end up in the team if I train with my mates again"),
    # emotional: a pet, a scare at bedtime, aids taken, a useless mum, the baby, sent away, made
    # to sleep in the shed
    ("daddy says he will drown my rabbit if i tell nanny",
     "daddy says he will feed my rabbit if i tell nanny what it eats"),
    ("mummy bangs on my door every night and says the bogeyman will get me so i dont come out",
     "mummy knocks on my door every night and says goodnight so i dont feel lonely"),
    ("the night staff take my chewy away and laugh at me when i cry",
     "the night staff take my chewy away to wash it and give it back when i wake"),
    ("he screams that im a useless mum in front of our son",
     "he jokes that im a useless cook in front of our son"),
    ("my girlfriend says she will take the baby if i go to my mums again",
     "my girlfriend says she will take the baby to my mums if i go to work again"),
    ("carer says they will send me away forever if i scream again",
     "carer says they will send me a postcard if i swim again"),
    ("my stepdad puts me to sleep in the shed when he is angry",
     "my stepdad puts the bikes in the shed when he is home"),
    # unsafe home: on the bed every sleep, a pillow, a fire, locked in, the new flat found
    ("mums boyfriend sits on my bed every sleep and i pretend im asleep",
     "mums cat sits on my bed every sleep and purrs"),
    ("the girls in my room said they'll put a pillow on my face while i sleep",
     "the girls in my room said they'll put a mask on my face while i sleep, its a pamper night"),
    ("my neighbour threatened to set fire to my door if I call the police",
     "my neighbour offered to paint my door if I call round with the paint"),
    ("my carers son says he is going to get me when my carer is out and he locks me in",
     "my carers son says he is going to get me a treat when my carer is out and he locks up"
     " after"),
    ("he found my new flat and was banging on the window at 4am",
     "he found my new flat and was knocking on the door at 4pm with flowers"),
]

# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did), in other words, other people and other places: the rules alone made
# 14/15 urgent; a fat lip said to be "her new boyfriend's" was then read too. Its ordinary
# neighbours, written beside it, are REVIEWED: the rules made one urgent (a den in the garage)
# until a set-aside was written for it. A fox that "will kill my hamster if I leave" the cage is
# left out: older rules of other kinds read it.
SECOND_PROBE = [
    'daddy bangs mummys head on the wall and i hide in my room',
    'papa chokes mama and she cant talk and the police came',
    'at contact mummy had a fat lip and said her new boyfriend did it',
    "my partner says I'll end up in a wheelchair if I leave him",
    "stepdad says he'll kill my hamster if i tell my teacher about him",
    'nanny puts a witch mask on at bedtime and says the witch will get me if i get out of'
    ' bed, i wet the bed now',
    'my keyworker hides my ear defenders and laughs at me when I cover my ears',
    'my girlfriend calls me a useless dad and says social will take our daughter',
    "he says he'll take the kids if i go back to college",
    'foster mum sent me to sleep in the garage when i was naughty',
    "my carer's grown up son comes into my bedroom when i'm getting changed",
    'the lads my flatmate deals to try my door at 2am and one has a blade',
    'mummys boyfriend said he will put a pillow over my face if i tell',
    'my landlord threatened to torch the flat if I report him',
    "the big man at nanny's is going to get me when nanny is at bingo, he locks me in the"
    ' back room',
]

REVIEWED = [
    'daddy bangs the drum and mummy laughs and i hide in my room to play',
    'papa chokes on his tea when mama tells jokes',
    "my partner says I'll end up in a wheelchair if I keep climbing without a rope haha",
    'nanny puts a witch mask on at halloween and says boo',
    'my keyworker keeps my ear defenders in her bag so i dont lose them',
    "my girlfriend says I'm a brilliant dad and the kids love me",
    'foster mum lets me sleep in the garage den when my cousins come',
    "my carers grown up son comes into the kitchen when i'm making toast",
    "the landlord said he'll fix my door lock on friday if I'm in",
    "my big brother is going to get me at tig when mummy is at work, he's fast",
    # A review after the rules, in each rule's own words: a pool, a wasp, snow, a fish tank, an
    # ex's week, a hairdo, a takeaway, a book's monster, a cook, a boiler; the rules were
    # narrowed till all were quiet.
    'grandad pulled nanny out of the pool and she cried laughing',
    'nanny had a swollen arm from the wasp sting and said a wasp did it',
    "my nan said i'd end up in hospital if i go out in the snow in my slippers",
    'my brother said he would squash my fish tank if i tell',
    'my ex will take the kids if i go on holiday, its his week',
    'my mums friend comes into my bathroom when i am in the bath to do my hair',
    'they found my new flat and were knocking on the door at night with a takeaway',
    'nanny puts me to bed in the dark every night and says the monster in my book will'
    ' get me, we laugh',
    "my partner says I'm a useless cook and the baby laughs",
    'my landlord has a key and comes in to check the boiler once a year',
]


def test_the_second_probes_neighbours_stay_quiet() -> None:
    assert raising(REVIEWED) == []


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["contact was ok", "mama had a black eye", "she said Darren did it"],
     ["contact was ok", "mama had a black eye patch", "she said the doctor did it"]),
    (["my new room is nice", "but mums friend comes in my room", "wen i am asleep"],
     ["my new room is nice", "but mums friend comes in my room", "to see my posters"]),
]

# (an ordinary answer the older rules read as harm, now set aside; the harm told in its words)
SET_ASIDE_TWINS = [
    ("daddy pushes mummy on the swing at the park",
     "daddy pushes mummy on the floor and kicks her"),
    ("dad threw mum the keys from the window", "dad threw mum against the wall"),
    ("my flatmate says im a rubbish cook", "my flatmate says im a rubbish person and hits me"),
    ("foster mum lets me sleep in the garage den when my cousins come",
     "foster mum makes me sleep in the garage when she is angry"),
    ("dad lets me sleep in the garden in summer",
     "dad makes me sleep in the garden when i am bad"),
    ("mums partner came in my room while i was asleep to turn off the light",
     "mums partner came in my room while i was asleep and got in my bed"),
]


def test_each_set_aside_stays_quiet_and_the_harm_in_its_words_does_not() -> None:
    assert raising([ordinary for ordinary, _ in SET_ASIDE_TWINS]) == []
    assert not_urgent([harm for _, harm in SET_ASIDE_TWINS]) == []
