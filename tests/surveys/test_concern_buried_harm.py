"""Harm told once, in passing, among ordinary things (the tenth hand's shapes).

``surveys/concern_buried_harm.py`` (self-harm, physical, sexual, emotional and domestic abuse)
and ``concern_buried_home.py`` (neglect, going missing, an unsafe home) write each shape as its
parts, the harmful one required: a rail and the wish to let go, a knee and a cover story, clothes
off and a secret, a carer's words said again and again, little ones left for days with no food,
a night out of the window till it is light, a lock with a night worker. Their fresh wordings,
written before the rules, are batches ta to th of ``adversarial.txt`` (first sight, rules alone,
urgent: 32/50; every line checked urgent), their ordinary neighbours the block "the tenth
hand's harm and home told in passing" of ``near_misses.txt`` (every line checked silent). Here
too: a disclosure in words neither uses beside its ordinary twin, and one split over messages.
"""

from __future__ import annotations

from pathlib import Path

from bench.safeguarding import lines_of
from surveys import concern_buried_harm, concern_buried_home
from surveys.concern_clauses import compile_part
from surveys.concerns import normalise
from tests.surveys.chats import batch_texts

TENTH_HAND = Path(__file__).resolve().parent.parent / "corpora" / "tenth_hand"
MODULES = (concern_buried_harm, concern_buried_home)
# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("self_harm", "ta"): 6, ("physical_abuse", "tb"): 5, ("sexual_abuse", "tc"): 5,
    ("emotional_abuse", "td"): 8, ("neglect", "te"): 8, ("domestic_abuse", "tf"): 5,
    ("missing", "tg"): 7, ("unsafe_home", "th"): 6,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # self-harm: over the railing above the water; a plan for the car park on a day
    ("i like art. i got over the railing on the canal bridge and wanted to let go",
     "i like art. i leaned on the railing on the canal bridge and watched the ducks go"),
    ("ive got a plan for the car park after my review so i wont be around for my birthday",
     "ive got a plan for the car park boot sale after my review, im selling my old toys"),
    # physical: a knee on the neck and "I'll say you kicked off"
    ("the agency worker had his knee on my neck on the floor and said hell write that i kicked off",
     "the agency worker fell on the floor at football and said hell write that i won the cup"),
    # sexual: clothes off with God's anger; undressing on a video call
    ("the man who does the choir makes me pull my shorts down and says god will be angry if i tell",
     "the man who does the choir makes me pull my socks up and says god loves a tidy singer"),
    # emotional: only here for the money; a bag by the door and the social taking me
    ("my foster dad told me im only here for the money and i should be grateful",
     "my foster dad told me hes only fostering for the kids and im a great lad"),
    ("she put my bag of clothes by the door and said the social will take me tonight",
     "she put my bag of clothes by the door and said the taxi will take me to camp tonight"),
    # domestic: hot coffee thrown, a lie to the nurse
    ("my boyfriend threw his hot coffee at me when i was late and i told the nurse i spilt it",
     "my boyfriend spilt his hot coffee on the bus when we were late and laughed it off"),
    # neglect: little ones left for days with no food; glasses broken and nobody replacing them
    ("mam goes away for days and leaves the twins with me, theres nothing in the fridge",
     "mam goes away for work on tuesdays and nan has the twins, theres loads in the fridge"),
    ("my specs snapped at easter and nobody has ordered me new ones, i cant see the board",
     "my specs snapped at easter and the optician ordered me new ones, i can see the board"),
    # missing: sofas and nobody knowing where; out of the window till it's light
    ("been kipping on different peoples sofas, nobody knows where i am. im fine",
     "been kipping on different sofas at nans, everybody knows where i am. im fine"),
    ("i sneak out of the window when my carers are asleep and go out with lads till its light",
     "i sneak a biscuit when my carers are asleep and go back to bed till its light"),
    # unsafe home: a man with a key who comes in every night; a knife shown outside the flat
    ("a man at the b and b has a key and comes in every night and stares at me",
     "a man at the b and b has a dog and comes in every morning and says hello to me"),
    ("a lad flashed a knife at me outside my flat and they know where i live",
     "a lad flashed a torch at me outside my flat and asked where the bins live"),
    # held under in a pool; children left on their own since a day; hunger as a punishment
    # (gaps found while writing the tenth hand's set-asides)
    ("at the water fight the man held me under in the pool till i couldnt breathe",
     "at swimming my dad held me under my arms in the pool so i could float"),
    ("the power went off in the snow and mum left us on our own with candles since friday",
     "mum left me on my own for an hour while she went to tesco, i watched a film"),
    ("my carer makes me fast for days as a punishment and im starving",
     "its ramadan so my mum makes us fast till sunset, its hard but i like iftar"),
]


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["school was ok", "mum went to her boyfriends for days",
      "i had to feed the baby and there was no milk"],
     ["school was ok", "mum went to her boyfriends for tea",
      "i fed the baby and there was milk in the fridge"]),
    (["contact was fine", "dad says every contact", "im dead to him"],
     ["contact was fine", "dad says every contact", "im getting taller than him"]),
]


def test_every_rule_is_reached_by_a_line_written_for_it() -> None:
    # A rule no wording reaches is dead weight, or a typo in one of its parts: each was written
    # for a shape of the tenth hand's lines, the fresh wordings of batches ta to th or a twin's
    # disclosure.
    texts = [normalise(text) for text in batch_texts(BATCHES)]
    texts += [normalise(disclosure) for disclosure, _ in PAIRS]
    for kind, _ in BATCHES:
        texts += [normalise(text) for text in lines_of(TENTH_HAND / f"{kind}.txt")]
    rules = [(category, parts) for module in MODULES for category, parts, _ in module.CLAUSES]
    rules += [(category, (phrase,)) for module in (concern_buried_harm,)
              for category, phrases in module.PHRASES.items() for phrase in phrases]
    unreached = [(category, parts[0][:40]) for category, parts in rules
                 if not any(all(compile_part(part).search(text) for part in parts)
                            for text in texts)]
    assert unreached == []
