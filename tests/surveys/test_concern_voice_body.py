"""Physical and sexual abuse in a small child's words and a young adult's (the thirteenth hand's).

``surveys/concern_voice_body.py`` reads a hurt in a small child's verbs beside the child's own
small reason, no breath beside being pressed on, a man's touch on a small child's word for the
body beside a hush, a talker's single words, pictures of the child with no clothes kept on his
phone, "I said no" after being held down, and a manager's or mentor's touch brushed off. Its
fresh wordings, written before the rules, are batches rm and rn of ``adversarial.txt`` (first
sight, rules alone, urgent: 7/14; every line checked urgent here), its ordinary neighbours the
block "thirteenth hand voices, body" of ``near_misses.txt`` (every line checked silent). Here: a
disclosure in words neither uses beside its ordinary twin, one split over messages beside its
twin, the batches and the block whole, each set-aside beside the harm told in its words, and
each rule's words as the text has them.
"""

from __future__ import annotations

from surveys import concern_voice_body
from tests.surveys.chats import (
    batch_texts,
    batches_as_written,
    dead_words,
    near_misses,
    not_urgent,
    raising,
    unreached,
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
    ("grandad lets me sit on his knee and we read a book",
     "grandad makes me sit on his knee and touches me"),
]


def test_the_batches_are_whole_and_urgent() -> None:
    assert batches_as_written(BATCHES) == BATCHES
    assert not_urgent(batch_texts(BATCHES)) == []


def test_the_near_miss_block_is_whole_and_silent() -> None:
    block = near_misses("# --- thirteenth hand voices, body")
    assert len(block) == 33
    assert raising(block) == []


def test_each_set_aside_stays_quiet_and_the_harm_in_its_words_does_not() -> None:
    assert raising([ordinary for ordinary, _ in SET_ASIDE_TWINS]) == []
    assert not_urgent([harm for _, harm in SET_ASIDE_TWINS]) == []


def test_every_rule_is_reached_by_a_line_written_for_it() -> None:
    texts = batch_texts(BATCHES) + [disclosure for disclosure, _ in PAIRS]
    assert unreached(concern_voice_body, texts) == []


def test_no_word_in_these_rules_is_one_the_text_can_never_hold() -> None:
    assert dead_words(concern_voice_body) == set()
