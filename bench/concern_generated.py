"""Training text made from the structure of each kind of harm, and from its innocent twin.

The tuning corpora hold a few thousand sentences; a fresh wording of county lines often shares
few words with any of them. This generator renders each kind of harm's STRUCTURE (who x is made
to x do what x with what x where, and the debt, travel, phone, threat and secrecy that guidance
lists as its signs: ``tests/corpora/indicators_criminal.txt``; the signs of an unsafe home,
trafficking and sexual exploitation that guidance names) into varied sentences in
children's registers: plain, street slang, text-speak, misspelt, Welsh. Just as many ordinary
sentences use the same people, verbs and nouns innocently (an older brother's lift to football,
carrying a nan's shopping, owing a mate a quid, the police visiting school), so the learned layer
learns the structure, not the topic.

Training-time only, and measured rather than used: leaving each batch out in turn
(``python -m bench.concern_carryover --generated``) it made no clear difference, so the shipped
weights are trained without it. Seeded, so the same sentences come out every time. An ordinary
sentence the rules alarm on would teach the model wrongly, so every one is read by the rules
and dropped if they do.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Final

from surveys.concerns import detect, normalise

SEED: Final = 13
# Sentences of each kind: enough variety to teach structure, few enough to train in seconds.
COUNT: Final = 1200

_Shape = Callable[[random.Random], str]

# --- who: the people a child is exploited by, and the people in an ordinary day -------------
_OLDERS = ("some older lads", "the olders", "these older boys", "a man from the estate",
           "my cousins mate", "some guy", "a bloke", "these men", "a woman i met", "the elders",
           "some lads off the estate", "a man i met online", "my boyfriend who is 24",
           "a lad who is 19", "the older ones", "some people i met in town", "a gang",
           "my mates older mates", "a man who hangs round the park", "the guys", "my elder")
_FAMILY = ("my mum", "my carer", "my nan", "my older brother", "my big sister", "my mate",
           "my teacher", "my football coach", "my foster dad", "my uncle", "my grandad",
           "my key worker", "my best friend", "my aunty", "my form tutor", "my dad")
# --- what is done, and with what ---------------------------------------------------------------
_ACTS = ("carry", "hold", "hide", "keep", "stash", "move", "deliver", "drop", "sell", "take",
         "look after", "bring")
_CONTRABAND = ("drugs", "weed", "a bag", "packages", "parcels", "cash", "a knife", "a blade",
               "their phone", "food", "bits", "a box", "their stuff", "a gun", "wraps",
               "a bag of pills", "an envelope of money", "the gear")
_WHERE = ("in my room", "at my carers", "under my bed", "in my school bag", "to another town",
          "on the train", "at the park", "in my coat", "round the estate", "to a flat",
          "in my shoes", "across town", "to people i dont know", "")
_COERCE = ("make me {act}", "told me to {act}", "said i have to {act}", "got me to {act}",
           "want me to {act}", "force me to {act}", "keep making me {act}", "send me to {act}")
_TAILS = ("", " or else", " or theyll hurt me", " and i cant say no", " and im scared",
          " and they give me money", " and i cant tell anyone", " or they will come for my family",
          " and i cant stop", " and they said not to tell", " and i owe them")
_TOWNS = ("another town", "a town i dont know", "london", "birmingham", "liverpool", "bristol",
          "the coast", "a city miles away", "wrexham", "norwich", "some place up north",
          "plymouth", "leeds", "a seaside town", "nottingham")
_RIDES = ("train", "coach", "bus", "taxi", "a car", "a van")
_THREATS = ("hurt my mum", "stab me", "come to my house", "beat me up", "hurt my little brother",
            "burn our house", "find me", "do me in", "hurt my nan", "get me")
_TELLS = ("tell anyone", "snitch", "grass", "go to the police", "tell my carer", "stop")
# --- ordinary lives with the same words ---------------------------------------------------------
_CHORES = ("tidy my room", "do my homework", "take the bins out", "feed the dog",
           "wash up", "go to bed at 9", "hoover the stairs", "help with the shopping")
_INNOCENT = ("the shopping", "my nans bags", "my friends bag", "my pocket money", "a parcel",
             "the post", "my pe kit", "cakes", "my packed lunch", "my little sister",
             "the washing", "books", "my phone charger", "the dogs lead", "my mates coat")
_INNOCENT_WHERE = ("home", "to the post office", "at the school fair", "to my nans", "for her",
                   "to the car", "up the stairs", "in a box under my bed", "for my mate", "")
_FUN = ("see my nan", "watch the football", "go to the zoo", "visit my dad", "go shopping",
        "see a show", "go to the beach", "see my cousins", "go to a concert", "visit the museum")
_HOBBIES = ("football", "swimming", "cadets", "drama club", "boxing", "the gym", "youth club",
            "scouts", "dance", "rugby training")


def _exploitation(rng: random.Random) -> str:
    pick = rng.choice
    shape = rng.randrange(8)
    act, obj = pick(_ACTS), pick(_CONTRABAND)
    if shape == 0:
        coerce = pick(_COERCE).format(act=f"{act} {obj}")
        return f"{pick(_OLDERS)} {coerce} {pick(_WHERE)}{pick(_TAILS)}"
    if shape == 1:
        return f"i have to {act} {obj} for {pick(_OLDERS)} {pick(_WHERE)}{pick(_TAILS)}"
    if shape == 2:
        amount = pick(("money", "200", "a grand", "loads", "for the bag i lost", "for the phone"))
        return (f"{pick(_OLDERS)} say i owe them {amount} so i have to {act} {obj}"
                f"{pick(_TAILS)}")
    if shape == 3:
        return (f"{pick(_OLDERS)} send me to {pick(_TOWNS)} on the {pick(_RIDES)} with {obj}"
                f" and i stay there for days")
    if shape == 4:
        when = pick(("all night", "at 3am", "whenever it rings", "even in school", "every night"))
        return f"{pick(_OLDERS)} gave me a phone and i have to answer it {when}{pick(_TAILS)}"
    if shape == 5:
        return f"they said if i {pick(_TELLS)} they will {pick(_THREATS)}"
    if shape == 6:
        gift = pick(("trainers", "a new phone", "weed", "food", "money", "a jacket", "a bike"))
        return f"{pick(_OLDERS)} bought me {gift} and now say i owe them and have to {act} {obj}"
    police = pick(("police", "feds", "cops"))
    return f"the {police} stopped me in {pick(_TOWNS)} with {obj} that {pick(_OLDERS)} gave me"


def _ordinary_exploitation(rng: random.Random) -> str:
    pick = rng.choice
    shape = rng.randrange(8)
    if shape == 0:
        return f"{pick(_FAMILY)} makes me {pick(_CHORES)} and its fair"
    if shape == 1:
        verb = pick(("carry", "hold", "keep", "take", "bring", "look after", "move"))
        return f"i {verb} {pick(_INNOCENT)} {pick(_INNOCENT_WHERE)}"
    if shape == 2:
        what = pick(("a quid", "a fiver", "a tenner", "2 pound", "some sweets", "a can"))
        return f"i owe {pick(('my mate', 'my brother', 'my friend', 'my sister'))} {what}"
    if shape == 3:
        return f"we went on the {pick(_RIDES)} to {pick(_TOWNS)} to {pick(_FUN)}"
    if shape == 4:
        topic = pick(("staying safe", "knife crime", "drugs", "online safety", "their job"))
        return f"the police came to school to talk about {topic}"
    if shape == 5:
        return f"{pick(_FAMILY)} gives me a lift to {pick(_HOBBIES)} on saturdays"
    if shape == 6:
        return f"i got a new phone for my birthday and {pick(_FAMILY)} put credit on it"
    job = pick(("the chippy", "a cafe", "the paper round", "my uncles garage", "the market"))
    return f"i work at {job} on weekends and get paid {pick(('cash', '20 pound', 'a bit'))}"


# --- other kinds nearest county lines -----------------------------------------------------------
_CARERS = ("my step dad", "mums boyfriend", "my dad", "my carer", "my mum", "my uncle")
_UNSAFE = ("{c} hits me when he is drunk", "i hide in my room when {c} comes home",
           "im scared to go home because of {c}", "{c} locks me in my room all day",
           "{c} screams at me and throws things", "there are strangers at our house every night",
           "{c} says he will hurt me if i tell", "i dont feel safe when {c} is there",
           "{c} doesnt feed me for days", "{c} grabs me by the neck")
_SAFE_HOME = ("{c} makes tea every night", "i like it when {c} comes home",
              "{c} takes me to the park", "{c} shouts at the telly when the football is on",
              "{c} helps me with homework", "{c} locks the door at night so burglars cant get in",
              "{c} hugs me when im sad", "im scared of spiders but {c} gets them out")
_TRAFFICKING = ("my papers are with {b} and he will not give them back",
                "{b} says i must work off what it cost to bring me to england",
                "i work from morning to night at {p} and {b} keeps all of it",
                "i live where i work and {b} never lets me out alone",
                "{b} answers every question for me and i am not to speak",
                "{b} moves me to a new city every few weeks to work at {p}")
_BOSSES = ("the boss", "the man", "my uncle who is not my uncle", "the lady", "the owner")
_WORK = ("a shop", "a factory", "a farm", "a restaurant kitchen", "a building site",
         "a warehouse")
_WORK_OK = ("i have a saturday job at {p} and get paid every week",
            "my carer keeps my passport safe in a drawer for when we go on holiday",
            "we went on a school trip to {p} and learned about jobs")
_SEXUAL = ("{o} buys me things and then expects stuff back in the bedroom",
           "{o} threatens to post the photos i sent unless i send more",
           "{o} drives me to meet men i dont know",
           "{o} says i have to pay him back by being with his friends",
           "{o} films me and shows his mates")
_DATING = ("my boyfriend is in my year and we go to the cinema",
           "i take pictures of my dog and put them on my story",
           "my friends had a party and we watched films",
           "{o} at youth club helps us with the music")


# Welsh: the olders, what is carried, and the same words in an ordinary day.
_CY_OLDERS = ("y bois hyn", "y dynion", "y dyn", "rhai bechgyn hyn", "y gang")
_CY_THINGS = ("cyffuriau", "cyllell", "arian", "pecyn", "bag", "y stwff")
_CY_HARM = ("mae {o} yn gwneud i fi gario {t}", "dw i'n gorfod cuddio {t} i {o}",
            "dw i mewn dyled i {o} a rhaid i fi werthu {t}",
            "mae {o} yn dweud byddan nhw'n fy mrifo os dw i'n dweud")
_CY_ORDINARY = ("dw i'n cario bagiau siopa i mam", "aethon ni ar y bws i weld nain",
                "dw i'n helpu fy nhad yn yr ardd", "mae fy mrawd mawr yn mynd a fi i bel droed",
                "dw i'n cadw fy arian poced mewn bocs", "mae gen i ffon newydd")


def _other(rng: random.Random) -> str:
    pick = rng.choice
    kind = rng.randrange(4)
    if kind == 3:
        return pick(_CY_HARM).format(o=pick(_CY_OLDERS), t=pick(_CY_THINGS))
    if kind == 0:
        return pick(_UNSAFE).format(c=pick(_CARERS))
    if kind == 1:
        return pick(_TRAFFICKING).format(p=pick(_WORK), b=pick(_BOSSES))
    return pick(_SEXUAL).format(o=pick(_OLDERS))


def _ordinary_other(rng: random.Random) -> str:
    pick = rng.choice
    kind = rng.randrange(4)
    if kind == 3:
        return pick(_CY_ORDINARY)
    if kind == 0:
        return pick(_SAFE_HOME).format(c=pick(_CARERS))
    if kind == 1:
        return pick(_WORK_OK).format(p=pick(_WORK))
    return pick(_DATING).format(o=pick(("a man", "an older lad", "the youth worker")))


# --- voices -------------------------------------------------------------------------------------
_SPEAK = {"you": "u", "to": "2", "for": "4", "them": "dem", "because": "cos", "i have": "ive",
          "they will": "theyll", "the": "da", "with": "wiv", "people": "ppl", "money": "p"}
_SLANG = {"older lads": "olders", "drugs": "food", "police": "feds", "another town": "ot",
          "knife": "shank", "cash": "bread", "my family": "my fam", "friends": "mandem"}


def _voice(sentence: str, rng: random.Random) -> str:
    """The sentence in one of a child's registers: plain, text-speak, slang, or misspelt."""
    register = rng.random()
    if register < 0.25:
        for word, short in _SPEAK.items():
            if rng.random() < 0.6:
                sentence = f" {sentence} ".replace(f" {word} ", f" {short} ").strip()
    elif register < 0.45:
        for word, slang in _SLANG.items():
            sentence = sentence.replace(word, slang)
    elif register < 0.65:
        words = sentence.split()
        at = rng.randrange(len(words))
        if len(words[at]) > 4:
            cut = rng.randrange(1, len(words[at]) - 1)
            words[at] = words[at][:cut] + words[at][cut + 1:]
        sentence = " ".join(words)
    return sentence


def _render(shapes: Sequence[_Shape], rng: random.Random, count: int) -> list[str]:
    found: dict[str, None] = {}
    for _ in range(count * 4):
        if len(found) >= count:
            break
        shape = shapes[rng.randrange(len(shapes))]
        # Told apart as the model reads them: two spellings that normalise alike are one.
        found[normalise(_voice(shape(rng), rng))] = None
    return list(found)


def generated(*, seed: int = SEED, count: int = COUNT) -> tuple[list[str], list[str]]:
    """Sentences of harm and ordinary sentences with the same words, normalised.

    Args:
        seed: Seeds every choice; the same seed gives the same sentences.
        count: How many of each to make (fewer when the ordinary ones the rules alarm on are
            dropped, or when the shapes cannot make that many different sentences).

    Returns:
        ``(disclosures, ordinary)``: each a list of normalised sentences, in a fixed order.
    """
    rng = random.Random(seed)
    harm = _render((_exploitation, _exploitation, _other), rng, count)
    ordinary = _render((_ordinary_exploitation, _ordinary_exploitation, _ordinary_other), rng,
                       count)
    # An ordinary sentence the rules find harm in would teach the model that harm is ordinary.
    kept = [s for s in ordinary if detect(s, learned=False) is None]
    return harm, kept
