"""Harm named in code: self-harm, abuse, neglect, domestic abuse and going missing.

``surveys/concern_codes.py`` reads the codes children and the people around them use for harm
(moderation dodges, the self-harm community's words, families' words for a beating and for
private parts, a grown-up's "special game", a parent "on the brown", a man who "gets handy",
"gone walkabout"), each code that is also an everyday word only beside the harm. Its fresh
wordings, written before the rules, are batches wd to wj of ``adversarial.txt`` (first sight,
rules alone, urgent: 26/45; every line checked urgent), the everyday sentences that share
the codes the block "codes" of ``near_misses.txt`` (every line checked silent). Here too: a
disclosure in words neither uses beside its ordinary twin, and every rule reached.
"""

from __future__ import annotations

from surveys.concerns import detect

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("self_harm", "wd"): 8, ("physical_abuse", "we"): 6, ("sexual_abuse", "wf"): 6,
    ("emotional_abuse", "wg"): 6, ("neglect", "wh"): 7, ("domestic_abuse", "wi"): 6,
    ("missing", "wj"): 6,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("honestly i just want to unalive myself before christmas",
     "honestly i just want to unwind myself before christmas, its been a long term"),
    ("i keep thinking about sewerslide when everyone is asleep",
     "i keep thinking about the sewer slide at the water park, we go in summer"),
    ("did more cat scratches on my leg last night with the sharpener blade",
     "did more cat drawings on my leg last night with the felt tip pen"),
    ("my barcode on my wrist is bleeding again and i wear my sleeves down",
     "my barcode on my library card is scratched again and i cant get books out"),
    ("i relapsed on sh after 3 months clean, it was a razor this time",
     "my nan relapsed after 3 months clean of cancer, the doctors are kind"),
    ("mum gave me a leathering with her slipper for spilling juice",
     "mum gave me a new slipper for my birthday, the other one went missing"),
    ("the man who minds us plays the tickling game and takes my pyjamas off",
     "the man who minds us plays the tickling game and we laugh till we cant breathe"),
    ("my step grandad tickles my foof when he baths me",
     "my step grandad tickles my feet when he reads to me"),
    ("uncle gives me special cuddles in his bed and says its our little secret",
     "uncle gives me special cuddles on the sofa and says im his favourite niece"),
    ("dads on the brown again, there is no food and my baby sister is starving",
     "dads painting the fence brown again, there is no paint left for the shed"),
    ("my stepdad gets handy with mum when hes drunk and she hides the bruises",
     "my stepdad gets handy with the drill when hes bored and builds us shelves"),
    ("my cousin graped me at the sleepover and i feel sick",
     "my cousin gave me grapes at the sleepover and i feel sick"),
    ("mum wears her sunglasses indoors all week, covering the black eye he gave her",
     "mum wears her sunglasses indoors all week, she had drops in her eyes at the opticians"),
    ("my friend went awol from her foster home and her phone has been off since friday",
     "my friend went to wales with her foster family and her phone has no signal till friday"),
]


# The bare everyday words the codes are made of, alone: none is a disclosure without the harm.
BARE = [
    "My cat scratches the door every morning.",
    "Beans on toast is my favourite tea.",
    "We played a special game at cubs.",
    "Nan gives the best cuddles.",
    "Dad likes a glass of pop with his tea.",
    "My step dad is handy with a hammer.",
    "We went walkabout round the museum.",
    "I got a barcode sticker on my new trainers.",
    "The golden child in the story finds the treasure.",
    "My dog gives me licks when I come home.",
    "We picked grapes at the farm, they were sour.",
    "Snapchat will self delete the messages after you read them.",
]


# Ordinary answers a review wrote in the rules' own words after they were written, which the
# first drafts made urgent until narrowed: a tan's strap marks, a nose-touching game, dead arms
# for a laugh, a film's golden child, a mum who cut down on smoking, a toddler at the potty.
BARE += [
    "Im getting a proper tanning in Spain, got strap marks already.",
    "My brother gives me dead arms every day haha.",
    "In the film the golden child screams when they take her toy.",
    "Mum relapsed after cutting down on smoking.",
    "I have to hold his willy so he aims in the potty, hes 2.",
    "The tickling game makes my sister laugh till she cries.",
]


def test_the_bare_everyday_words_stay_quiet() -> None:
    assert [text for text in BARE if detect(text, learned=False) is not None] == []
