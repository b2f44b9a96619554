"""Physical and sexual abuse in a small child's words and a young adult's (the thirteenth hand's).

``surveys/concern_voice_body.py`` reads a hurt in a small child's verbs beside the child's own
small reason, no breath beside being pressed on, a man's touch on a small child's word for the
body beside a hush, a talker's single words, pictures of the child with no clothes kept on his
phone, "I said no" after being held down, and a manager's or mentor's touch brushed off. Its
fresh wordings, written before the rules, are batches rm and rn of ``adversarial.txt`` (first
sight, rules alone, urgent: 7/14; every line checked urgent), its ordinary neighbours the
block "thirteenth hand voices, body" of ``near_misses.txt`` (every line checked silent). Here: a
disclosure in words neither uses beside its ordinary twin, one split over messages beside its
twin, the batches and the block whole, each set-aside beside the harm told in its words, and
each rule's words as the text has them.
"""

from __future__ import annotations

from tests.surveys.chats import (
    not_urgent,
    raising,
)

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {("physical_abuse", "rm"): 7, ("sexual_abuse", "rn"): 7}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # physical: a small child's verbs and reason, no breath, an arm up the back, a smack with a
    # slipper, an owie from a grown-up
    ("my foster mum squeezed my arm really hard becos i was naughty at tea",
     "my foster mum squeezed my hand really hard becos i was scared at the dentist"),
    ("the lady at respite sat on my tummy wen i kicked and i couldnt breathe",
     "my puppy sat on my tummy wen i laid down and i couldnt stop laffing"),
    ("nanny pulled my arm up my back and it went crack",
     "nanny pulled my jumper up my back and it went over my head"),
    ("i get a hard smack with his slipper and it leaves red marks",
     "i get a hard smack with the ball at dodgeball and it leaves me laughing"),
    ("the owie on my leg is from grandad",
     "the owie on my leg is from grandads trampoline"),
    # sexual: a small child's word for the body and a hush, a talker, pictures, held down, a
    # supervisor's "banter"
    ("the lodger rubs my front bottom under the blanket and says its our secret",
     "the lodger rubs my back under the blanket when i have a cough and says its our medicine"),
    ("uncle touches my winky at night and sed its a game",
     "uncle tucks me in at night and sed its a game to count sheep"),
    ("Her words on the talker: MAN. TOUCH. FRONT BOTTOM. HURT.",
     "Her words on the talker: MAN. WAVE. FRONT DOOR. HAPPY."),
    ("Used her symbols: UNCLE. PANTS OFF. NIGHT. SORE.",
     "Used her symbols: PANTS OFF. BATH. BUBBLES. HAPPY."),
    ("the man next door took pictures of me with no clothes on on his ipad",
     "the man next door took pictures of me with my new bike on his ipad"),
    ("my housemate pinned me down on the sofa after the party and I said no",
     "my housemate pinned the poster up on the wall after the party and I said no more"),
    ("my supervisor keeps rubbing himself against me at the till and says it's banter",
     "my supervisor keeps rubbing the till screen and says it's banter when it freezes"),
]

# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did), in other words, other people and other places: the rules alone made
# 10/10 urgent. Its ordinary neighbours, written beside it, are REVIEWED: the rules made one
# urgent (a tutor who "touches base") until a set-aside was written for it.
SECOND_PROBE = [
    'my step daddy bashed my head on the table becos i spilled my cereal',
    "nanny's boyfriend holded my fingers on the iron becos i was cheeky",
    'the man at my respite pushed my face in the pillow wen i screamed and i couldnt breathe',
    'the owie on my cheek is from step dad',
    'i got a whack with the wooden spoon and it left red lines, mummy sed not to tell',
    'my mummys friend licks my minnie and sed its our secret',
    'the big boy at the after school club poked my front bottom in the toilet and it hurts',
    'grandads friend took pictures of me naked on his phone and sed smile',
    'my coworker pushed me on the bed after work drinks and held me down, I said no',
    "my tutor keeps touching my thigh in our 1 to 1s and says it's normal",
]

REVIEWED = [
    'my step daddy bumped his head on the table when he picked up my cereal',
    'nanny held my fingers to show me how to use the iron on my hama beads becos i was scared',
    'i pushed my face in the pillow wen i was crying about my goldfish',
    'the sore on my knee is from the trampoline at nannys',
    'the doctor looked at my minnie becos it was itchy and gave me cream',
    'my coworker pushed me on the swing at the work party and held my drink',
    'my tutor touches base every week and says its normal to be behind',
    'my mum puts cream on my bottom when its sore from swimming',
    'grandad holds me under my arms in the sea so i can float',
    # A review after the rules, in each rule's own words: a wave, a hockey stick, a kiss, a
    # sister in a shared bed, a haircut, a wake-up; the rules were narrowed till all were quiet.
    'the big wave held me under and i couldnt breathe, the lifeguard helped me',
    'i got a hit with the hockey stick at training and my leg went red',
    'the sore on my lip is from mum kissing me too much haha',
    'my baby sister pokes my bottom at night when we share a bed',
    'the hairdresser pulled my ear back to cut round it and i cried',
    'daddy shaked me really hard to wake me up becos i was late for school',
]


def test_the_second_probes_neighbours_stay_quiet() -> None:
    assert raising(REVIEWED) == []


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["i had nursery today", "daddy shaked me really hard", "becos i spilt my milk"],
     ["i had nursery today", "daddy shaked the snow globe really hard", "becos i spilt my milk"]),
    (["at my dads", "the man touched my minnie", "and sed shhh"],
     ["at my dads", "the man touched my shoulder", "and sed shhh the baby is asleep"]),
]

# (an ordinary answer the older rules read as harm, now set aside; the harm told in its words)
SET_ASIDE_TWINS = [
    ("i banged my head doing cartwheels in the garden",
     "i banged my head on the door when daddy pushed me"),
    ("grandad pushes me on the tyre swing at the park",
     "grandad pushes me on the floor when he is cross"),
    ("jack pushed me off the step but it was an accident",
     "jacks dad pushed me off the step and said it was an accident"),
    ("my cousin held me down and tickled me", "my cousin held me down and hurt me"),
    ("the teacher grabbed my arm when i slipped on the ice",
     "my carer grabbed my arm when i tried to leave"),
    ("nana has a black eye from her operation", "nana has a black eye from her boyfriend"),
    ("the nurse looked at my willy to check it was better",
     "the man touched my willy to see if i liked it"),
    ("my tutor touches base every week and says its fine to be behind",
     "my tutor touches base every week and then touches my leg and says its normal"),
    ("grandad lets me sit on his knee and we read a book",
     "grandad makes me sit on his knee and touches me"),
]


def test_each_set_aside_stays_quiet_and_the_harm_in_its_words_does_not() -> None:
    assert raising([ordinary for ordinary, _ in SET_ASIDE_TWINS]) == []
    assert not_urgent([harm for _, harm in SET_ASIDE_TWINS]) == []
