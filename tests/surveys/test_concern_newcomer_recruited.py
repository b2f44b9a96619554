"""Recruiting, errands and pictures in the English of a new language (the fourteenth hand).

``surveys/concern_newcomer_recruited.py`` reads killing unbelievers as a duty beside an oath, a
pledge video asked for, a car driven into people beside a plan, the enemy beside "only listen to
them", a call to go and fight, a list of people who insulted the faith beside a punishment; a
parcel to another town beside pay or "don't open", packets in pants or socks, a line phone that
rings at night, gifts given free and work owed now, sent again with "the food"; pictures beside
"pay or he send", older girls paid beside "my turn", more pictures beside a threat to post them,
a girl passed to his friends, money to get in a car beside touching. Its fresh wordings, written
before the rules, are batches sm, sn and so of ``adversarial.txt`` (first sight, rules alone,
urgent: 8/16; every line checked urgent here); its ordinary neighbours are in the block
"fourteenth hand, a new language" of ``near_misses.txt`` (checked silent by
``test_concern_newcomer.py``).
"""

from __future__ import annotations

BATCHES = {("radicalisation", "sm"): 6, ("exploitation", "sn"): 5,
           ("sexual_exploitation", "so"): 5}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ('the man at the gym say fighting the kuffar is our duty and he want me to film my oath',
     'the man at the gym say fighting for the title is our duty and he want me to film my '
     'training'),
    ('they want me to record the bayah video tonight, the brother say i am ready',
     'they want me to record the birthday video for my cousin, she say it is lovely'),
    ('my cousin plan to drive his car into the crowd at the parade, he ask me to come',
     'my cousin plan to drive his car to the parade, he ask me to come'),
    ('he say my social worker is the enemy, only listen to the brothers',
     'he say my social worker is the best, only listen to her'),
    ('a man on telegram say come to syria and fight, he send me the route',
     'a man on telegram say come to syria and visit, he send me the photos of his village'),
    ('they say people who insult the prophet, we must punish them, i have their address',
     'they say people who insult the prophet, we must forgive them, that is our way'),
    ('the older boys say show i am brave and do something to the mosque on the corner',
     'the older boys say show i am brave and do the jump into the lake on the corner'),
    ('some guys from the phone shop give me a rucksack to carry to bristol, they pay me and say '
    'dont open',
     'my teacher give me a rucksack to carry to the office, she say thank you'),
    ('i carry the packages in my boxers on the bus for the man',
     'i carry the shopping in my bag on the bus for my aunt'),
    ('i have the line phone, when it ring at night i must go, i am 14',
     'i have the new phone, when it ring at night my mum say switch off, i am 14'),
    ('they buy us new trainers first, free, now we must sell for them',
     'they buy us new trainers first, free, for the football team'),
    ('they send me to swansea again with the food on friday',
     'we go to swansea again with the school on friday'),
    ('he have my photos and say pay 500 or he send to my family',
     'he have my photos from the wedding and say he send to my family'),
    ('at the hotel party the men pay them and now they say is my turn',
     'at the hotel party the men pay the band and now they say is my turn to dance'),
    ('he want more videos, i say no, he say he share them',
     'he want more videos of my cat, i say no, he say he share his own'),
    ('my boyfriend give me to his friends, 3 men last night',
     'my boyfriend give me his friends number, 3 of them play football with us'),
    ('the man give us money and credit to get in his car and he touch me',
     'the man give us money and credit for the school trip and we get in the coach'),
    ("a man on snap ask photos of my body, now he want more",
     "my doctor ask photos of my rash, now she want one more next week"),
]

# (a disclosure split over messages, an ordinary chat in the same words)
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["a man on tiktok ask video of my body", "he send me money first"],
     ["my pe teacher ask video of my running", "she send me the timetable first"]),
    (["a guy from the shop give me a bag to take to leeds", "he pay me 50 and say dont open it"],
     ["my aunt give me a bag to take to leeds for my cousin", "she say it is a birthday present"]),
]
