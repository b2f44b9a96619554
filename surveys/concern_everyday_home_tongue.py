"""Ordinary answers from children with a home language beside English, by kind of everyday context.

Children raised here in families who speak another language at home answered in English with
home words for family and food, and the older rules read some of their ordinary news as harm,
in a few kinds of everyday context:

- a knock from a baby, a toddler or an animal, who did it named: a little brother's bite that
  left teeth marks, a fish that slapped its holder with its tail;
- a joke over a trifle: a brother who will "kill me" over headphones broken, a grandmother who
  will "kill me" if the child does not finish her food, with a laugh or "joking" after it; a
  friend's punch on the arm for giving spoilers, with a laugh;
- a game or a harmless secret: not found in hide and seek, a secret crush on someone in the
  child's form;
- an errand with a worker or a grown-up beside the child: a passport appointment;
- a hair done: hair singed with straighteners or tongs by accident.

Each saying names the everyday thing (the baby, the fish, the headphones, the food and the
laugh, the spoilers, hide and seek, the crush, the appointment, the straighteners) and runs only
over harmless words to the words of harm it holds; none runs across, or is followed by, words
that turn it back to harm (a grown-up who did it, on purpose, telling, a man, money, every
day). A match is set aside only when a saying holds all of it (``surveys.concerns``), so harm
told beside a saying is still read; ``surveys.concern_everyday`` adds them to its sayings, per
category. Same syntax as the phrase lists.
"""

from __future__ import annotations

from typing import Final

# What, within the next words, turns a saying back to harm.
_TURN_AFTER = ("(?!( [a-z0-9]+){0,8} (on purpose|did it|again and again|every day|every night|"
               "all the time|dad|mum|stepdad|uncle|boyfriend|carer|man|men|money|drugs|told|tell|"
               "dont tell|secret|scared|hurts|bleeding|bled|punish|punished|because|cos|locks|"
               "locked|hit me|hits me|beat|beats)( |$))")
_PART = ("(arm|arms|hand|hands|leg|legs|face|cheek|nose|head|shoulder|finger|fingers|wrist|"
         "back|ear|foot|knee)")

# --- a knock from a baby, a toddler or an animal ----------------------------------------------
_LITTLE = ("(baby|little|toddler|twin) (brother|sister|cousin|cousins|bro|sis)|(the|our|my) "
           "(baby|toddler|twins)")
_BABY_BITE = [
    f"({_LITTLE}) (bit|bites|scratched|scratches|nipped|pinched) me( and (left|leaves|made))?"
    f"( (teeth|tooth|little|big|red|tiny))* marks on my {_PART}( lol| haha)?( (he|she) is "
    f"([1-4]|one|two|three|four|a baby|teething))?{_TURN_AFTER}",
]
_ANIMAL = ("(fish|cat|kitten|dog|puppy|goat|chicken|hen|goose|parrot|hamster|rabbit|horse|pony|"
           "crab|lamb|sheep|budgie|duck|swan)")
_ANIMAL_SLAP = [
    f"(the|a|this|his|her|my|our) {_ANIMAL}( (he|she|they|dad|baba|tata|abbu|i|we) (caught|"
    "bought|brought|got|was holding|held))?( and)? it (slapped|smacked|whacked|hit|kicked|"
    f"scratched|bit|pecked|headbutted) me (in|on) (the|my) {_PART}( with (its|his|her) (tail|"
    f"paw|paws|claws|beak|wing|wings|fin|fins|hoof|head))?{_TURN_AFTER}",
]

# --- a joke over a trifle ---------------------------------------------------------------------
_TRIFLE = ("(headphones|airpods|earphones|phone|charger|controller|xbox|playstation|switch|"
           "game|laptop|tablet|ipad|glasses|mug|vase|bike|screen|tv|remote|hoodie|trainers|"
           "perfume|makeup|make up|straighteners|lego|plate|window|speaker|football|shirt)")
_LAUGH = "( [a-z]+){0,4} (lol|lmao|haha|hahaha|joking|jk|kidding|shes joking|hes joking)"
_KILL_OVER_A_TRIFLE = [
    "(wil|gonna|going to|is going to)( actually| literally| proper)? kil me if (he|she|they) "
    f"(finds|find) out i (broke|lost|ate|used|borrowed|spilt|spilled|scratched|cracked|"
    f"finished|wore|sat on) (his|her|their|the) ([a-z]+ )?{_TRIFLE}{_TURN_AFTER}",
]
_FOOD = ("(food|dinner|tea|plate|sarmale|ciorba|pierogi|pierogies|rice|roti|rotis|curry|daal|"
         "dal|biryani|soup|injera|vegetables|veg|greens|bigos|borek|dolma|sarma)")
_KILL_OVER_FOOD = [
    "(says|said|say) (she|he|they) (wil|is going to|gonna)? ?kil me if i (dont|do not|didnt) "
    f"(finish|eat|try) (my|the|her|his|all my|all the|all of my) {_FOOD}{_LAUGH}{_TURN_AFTER}",
]
_PUNCH_IN_JEST = [
    "(my )?(friend|mate|bestie|best friend|brother|sister|cousin) (punched|hit|whacked|thumped|"
    "slapped) me (in|on) the (arm|shoulder) for (giving|telling|saying|spoiling|taking)"
    f"( [a-z]+){{0,3}} (lol|haha|lmao)( deserved it)?{_TURN_AFTER}",
]

# --- a game or a harmless secret --------------------------------------------------------------
_HIDE_AND_SEEK = [
    "(hid|hide|hiding)( from [a-z]+( [a-z]+){0,2})? (in|playing) hide and seek and (they|nobody|"
    "no one|noone|my [a-z]+)( [a-z]+)? (couldnt|cant|could not|didnt) find me( for ([a-z0-9]+ )?"
    f"(an hour|hours|ages|ten minutes|[0-9]+ minutes))?{_TURN_AFTER}",
]
_CRUSH = [
    "(got|have|i have|i got) a secret crush on (someone|somebody|a (boy|girl)|this (boy|girl))( in"
    f" my (form|class|year|tutor group|set))?{_TURN_AFTER}",
]

# --- an errand with a worker beside the child -------------------------------------------------
_APPOINTMENT = [
    "got my passport (appointment|photo|photos|renewal|form|forms|renewed|interview)"
    f"{_TURN_AFTER}",
]

# --- a hair done ------------------------------------------------------------------------------
_HAIR_SINGED = [
    "burnt my (hair|fringe|ear|neck) with (the|her|my|his) (straighteners|hair straighteners|"
    "curling tongs|tongs|curlers|hair dryer|hairdryer)( by accident| accidentally)"
    f"{_TURN_AFTER}",
]

HOME_TONGUE: Final[dict[str, list[str]]] = {
    "self_harm": _BABY_BITE,
    "physical_abuse": [*_ANIMAL_SLAP, *_PUNCH_IN_JEST, *_HAIR_SINGED, *_BABY_BITE],
    "harmful_practices": _KILL_OVER_A_TRIFLE,
    "emotional_abuse": [*_KILL_OVER_A_TRIFLE, *_KILL_OVER_FOOD],
    "coercion": _KILL_OVER_FOOD,
    "missing": _HIDE_AND_SEEK,
    "exploitation": _CRUSH,
    "trafficking": _APPOINTMENT,
}
