"""Neglect told in everyday words (the twelfth hand's shape): the cold, the fridge, the bed.

``surveys/concern_euphemism_care.py`` reads the everyday signs of neglect (ice on the inside, a
breath seen indoors, a fridge "on holiday", coats for a bed, a dentist "for posh people", a child
left in the car outside the pub) only beside what makes them neglect: at home, for days, living
on one thing, the mattress gone, care refused, no adult for weeks. Its fresh wordings, written
before the rules, are batch qv of ``adversarial.txt`` (first sight, rules alone, urgent: 3/8;
every line checked urgent); its ordinary neighbours are in the block "euphemisms" of
``near_misses.txt`` (read by ``test_concern_euphemism_work.py``). Here: a disclosure in words
neither uses beside its ordinary twin, a split disclosure beside its twin, a second probe
written after the rules, and every rule reached.
"""

from __future__ import annotations

# The batch of adversarial.txt written for these rules, and how many lines it holds.
BATCHES = {("neglect", "qv"): 8}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("we can see our breath in the bedroom cos the meter ran out",
     "we could see our breath on the walk to school cos it was minus two"),
    ("the fridge is empty again, me and my brother are living on toast",
     "the fridge is empty cos we are going to nans for tea"),
    ("ive eaten once in three days, just bread",
     "ive eaten once today cos we had a massive breakfast"),
    ("at my aunts i eat last and there is nothing left most days",
     "at my aunts i eat last cos i help cook and there is always loads"),
    ("she says no tea and no breakfast for me ever again",
     "no tea for me, just coffee, and no breakfast cos im at brunch"),
    ("i sleep on a pile of coats cos my mattress got thrown out",
     "i sleep on a pile of cushions at sleepovers cos im the youngest"),
    ("my bed at my mums is the landing, just a coat on the floor",
     "my bed at my mums is the top bunk, with a cosy blanket"),
    ("my tooth is rotten and throbbing but mum says the dentist is for rich people",
     "my tooth was throbbing after the filling but the dentist says its normal"),
    ("ive had the same trousers on for weeks, theres no washing machine at dads",
     "ive had the same trousers on for weeks, theyre my favourite ones"),
    ("no trainers that fit so my toes are bleeding after pe",
     "no trainers that fit in the shop so we ordered online"),
    ("dad leaves us in the car outside the pub until midnight",
     "dad leaves us in the car outside the pub for a minute while he gets crisps"),
    ("my carer went to turkey for two weeks and left me with the 5 year old",
     "my carer went to turkey for two weeks and left me with my nan and the 5 year old"),
    ("mum does home alone weekends and i do the babys bottles",
     "we watched home alone at the weekend and i did the babys bottles"),
]

# (a disclosure split over messages, an ordinary chat in the same words)
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["fridge is empty again", "me n my brother living on dry cereal since friday"],
     ["fridge is empty again", "me n my brother going to nans for pizza on friday"]),
]

# A second probe, written after the rules by their author: first sight, 3/4; all urgent after
# the empty cupboards were read with "are".
SECOND_PROBE = [
    "there is ice on the inside of my bedroom window and the meter ran out on friday",
    "the cupboards are bare again and weve been living on crackers since sunday",
    "my tooth has been black for months and my foster carer says no dentist till im on the system",
    "mum leaves me with the 3 year old for days while she goes to her boyfriends",
]
