"""Ordinary answers in the North West's and the Midlands' voice, by kind of everyday context.

Young people of the North West and the Midlands (the sixteenth hand's second third) told
ordinary life in words the older rules read as harm, in kinds of everyday context no other
set-aside module holds:

- a knock taken at a sport: a nose bust or a lip split sparring, at boxing, at footy or at
  training (a bust "nose" reads, squeezed, as a "noose");
- a small brother's or sister's blow with a toy ("me little sister whacked me with her doll,
  she's 3");
- food burnt at a fire or a hob ("I burnt me marshmallow to a crisp", "burnt me toast");
- a parent's "she'll kill me if I don't pass" over schoolwork, told as a joke ("she was jokin");
- locked out because the grown-up was held up (stuck on the A500, late from work);
- a small brother or sister with nightmares, or the cat, who keeps coming in at night;
- hands put on the radiator or by the fire to warm them;
- the older men ("the older fellas") at a bowls or a chess club who taught the child to play;
- the dentist not booked because a wobbly tooth will come out on its own, or the doctor's
  until the surgery opens.

Each saying names the everyday thing (the sport, the toy and the small child, the food, the
exam and the joke, the hold-up) and runs only over harmless words to the words of harm it holds;
none runs across, or is followed by, words that turn it back to harm (a grown-up's blow, on
purpose, for real, every night, telling). A match is set aside only when a saying holds all of it
(``surveys.concerns``), so harm told beside a saying is still read; ``surveys.concern_everyday``
adds them to its sayings, per category. Same syntax as the phrase lists; phrases are squeezed as
texts are.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words no saying's gap may run over, nor follow it: a grown-up at home, a blow, a weapon,
# telling, a secret, fear, on purpose, "for real".
_TURNS = ("dad|stepdad|step|carer|carers|uncle|boyfriend|fela|man|men|punch|punched|kick|kicks|"
          "kicked|slapped|hurt|hurts|beat|batter|stab|knife|scared|police|tell|told|secret|real|"
          "really|actually|serious|purpose|every|owe|debt|olders")
_TURN_AFTER = (f"(?!( [a-z0-9]+){{0,8}} ({_TURNS}|for real|not joking|on purpose|every time|"
               "last time|every night)( |$))")

# --- a knock taken at a sport ----------------------------------------------------------------
_SPORT = ("(sparing|boxing|kickboxing|the boxing club|boxing club|training|footy|football|rugby|"
          "the ring|judo|karate|taekwondo|hockey|netball|cricket)")
_KNOCK_AT_SPORT = [
    f"(bust|busted|burst|broke|broken|bloody|bleding|split|fat) (my |me |a |his |her )?(nose|lip)"
    f"{_gap(f'({_TURNS})', 2)} (at |in |from |doing )?{_SPORT}{_TURN_AFTER}",
]

# --- a small brother's or sister's blow with a toy ------------------------------------------
_SMALL_ONES_TOY = [
    "(litle|baby|toddler|younger) (sister|sis|brother|bro|cousin)( [a-z]+){0,2} (whacked|hit|"
    "smacked|bashed|thumped|walloped|clouted|lamped|bit|kicked|punched) me with (her|his) (dol|"
    "toy|teddy|rattle|blocks|brick|lego|bottle|cup|spoon|dumy|book|car|train|sword|wand)"
    f"{_TURN_AFTER}",
]

# --- food burnt ------------------------------------------------------------------------------
_BURNT_FOOD = [
    "(burnt|burned|burn) (me|my|our|the) (marshmalow|marshmalows|toast|tea|dinner|bacon|sausage|"
    "sausages|burger|burgers|pancake|pancakes|cake|chips|pizza|beans|eg|egs|popcorn|crumpet|"
    f"crumpets|oatcake|oatcakes|noodles|rice){_TURN_AFTER}",
]

# --- a parent's "kill me" over schoolwork, told as a joke ----------------------------------
_JOKING_OVER_SCHOOL = [
    "(said|says|saying) (she|he|they)( wil| would| is going to| is gona)? kil (me|us) if i (dont|"
    "do not|fail|didnt)( [a-z]+){0,4} (she|he|they) (was|were|is|are) (only |just )?(joking|"
    f"kidding|mesing){_TURN_AFTER}",
]

# --- locked out while the grown-up was held up -----------------------------------------------
_HELD_UP = [
    "(got|get|was|were|i got|we got) locked out( after schol| at home| of the house)? (because|"
    "cos) (my|our) (carer|carers|foster carer|mum|mam|dad|nan|gran) (was|were|got) (stuck|late|"
    "held up|delayed|at work|in trafic|on the bus|on the train)"
    f"{_TURN_AFTER}",
]

# --- a small brother or sister who comes in at night ----------------------------------------
_SIBLING = "(our kid|ar kid|my (litle |baby |younger )?(brother|sister|bro|sis|cousin))"
_SIBLING_AT_NIGHT = [
    f"{_SIBLING}( [a-z]+){{0,3}} (has|gets|had|is having|keps having) (nightmares|bad dreams|night "
    f"terors|a nightmare)( and| so| cos| because)?{_gap(f'({_TURNS})', 14)}{_TURN_AFTER}",
]

# --- a pet that comes in at night --------------------------------------------------------------
_PET_AT_NIGHT = [
    "(the|our|my) (cat|cats|dog|dogs|kitten|puppy)( [a-z]+){0,2} (keps|kep|always|wil) (coming|"
    f"walking|creeping|sneaking) (in|into){_gap(f'({_TURNS})', 10)}{_TURN_AFTER}",
]

# --- hands warmed -------------------------------------------------------------------------------
_HANDS_WARMED = [
    "([a-z]+ )?(put|held|puts|holds|rubbed) (my|our) (hands|hand|feet|fingers|toes) (on|by|near|"
    "against|under|over) (the |a )?(radiator|fire|heater|hot tap|hot water botle|aga)"
    f"( [a-z]+){{0,2}} to (warm|thaw|heat){_TURN_AFTER}",
]

# --- older men at a club who teach a game -----------------------------------------------------
_OLDER_AT_A_CLUB = [
    "(the )?older (men|felas|blokes|fellows) (at|from|in) (the )?(bowls|bowling|club|alotments|"
    "alotment|church|chapel|golf|darts|snoker|parkrun|park run|cricket|chess)( club)?( [a-z]+){0,2}"
    f" (taught|teach|teaches|showed|show|shows|helped|help|helps) (me|us) (to|how){_TURN_AFTER}",
]

# --- a tooth to come out on its own, a surgery shut -------------------------------------------
# From how long the tooth has been loose, and who will not take the child: "wobbly for weeks,
# mum won't take me the dentist cos it'll fall out on its own".
_TOOTH_OUT = [
    "(((wobly|loose) )?for (weks|days|ages|a wek|a few days) )?((my |me )?(mum|mam|dad|nan|carer|"
    "carers|foster (mum|mam|dad|carer)|she|he|they) )?"
    "(wont|will not|doesnt|dont|cant|can not) (take|book|get) me( to)? the (dentist|doctors|doctor)"
    "( [a-z]+){0,2} (because|cos|til|until) (it|itl|it wil|its going to|the (surgery|dentist|"
    f"doctors)) (fal|falls|come|comes|opens|is open)( out)?( on its own)?{_TURN_AFTER}",
]

NORTH_WEST: Final[dict[str, list[str]]] = {
    "self_harm": _KNOCK_AT_SPORT,
    "physical_abuse": [*_SMALL_ONES_TOY, *_BURNT_FOOD, *_HANDS_WARMED],
    "emotional_abuse": _JOKING_OVER_SCHOOL,
    "coercion": _JOKING_OVER_SCHOOL,
    "unsafe_home": [*_HELD_UP, *_SIBLING_AT_NIGHT, *_PET_AT_NIGHT],
    "sexual_abuse": [*_SIBLING_AT_NIGHT, *_PET_AT_NIGHT],
    "neglect": _TOOTH_OUT,
    "exploitation": _OLDER_AT_A_CLUB,
    "sexual_exploitation": _OLDER_AT_A_CLUB,
}
