"""Ordinary answers in the North East's, Cumbria's and Yorkshire's words, by kind of context.

Read in the region's words ("t'" as "the", "mi" as "my", "netty" as a toilet), everyday life
meets the older rules' words of harm. Each kind here names the everyday thing, so harm told
beside it is still read (the sixteenth hand's North East third, and its near misses):

- a ball sent to the child ("belted us a tennis ball", "chucked us the ball");
- a nana's tea towel ("whacks us wi the tea towel");
- a little brother or sister at the door at night, scared of the dark; a dog scratching at it;
- a cousin, a sister or a dog in the child's bed after a nightmare;
- a nurse or a doctor who asks for a top off for a jab or a check;
- sixteen or seventeen, and left for a weekend while a parent works away;
- a lock on the fridge for the dog;
- a night in a bus or train station waiting for the first train, or for an hour after a gig;
- wandering off from a group on a walk;
- little bags of sweets or food for a food bank, a charity or a fair;
- a charger, keys or a phone "gone missing" again;
- locked in a toilet or a shed by accident;
- a tongue or fingers burnt on a pie, tea or chips;
- a tent with the cubs, scouts or the school;
- a bike with no lights;
- locked out, and let back in by a nana or a neighbour;
- stood in the garden in pyjamas to watch the fireworks or the stars.

None runs over, or is followed by, words that turn it back to harm (a blow, a weapon, a man,
"scared", telling, a secret). A match is set aside only when a saying holds all of it
(``surveys.concerns``); ``surveys.concern_everyday`` adds them to its sayings, per category.
Same syntax as the phrase lists; phrases are spelled as texts are.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words no saying's gap may run over, nor follow it.
_TURNS = ("hit|hits|punch|punched|slapped|hurt|hurts|beat|batter|stab|knife|scared|police|tell|"
          "told|secret|real|really|man|men|fella|lodger|boyfriend|stepdad|uncle|touch|touched|"
          "belt|blood|bruise|bruises|marks|locked|owe|debt|olders|nobody|alone")
_TURN_AFTER = (f"(?!( [a-z0-9]+){{0,8}} ({_TURNS}|for real|not joking|on purpose|every time|"
               "last time)( |$))")
# A saying runs on over harmless words to the end of its message, so a chat's share of a rule
# read across two messages is set aside whole.
_TAIL = _gap(f"({_TURNS})", 8) + _TURN_AFTER

_BALL = [
    "(belted|whacked|hoyed|lamped|chucked|smacked|booted|hit|kicked|welted|threw|throws|chucks|"
    "hoys|belts) (me|us) (a|the) ([a-z]+ )?(ball|pass|cross|shot|frisbee)" + _TAIL,
]
_TEA_TOWEL = [
    "(whacks|whacked|hits|flicks|flicked|smacks|clips|clipped|swats|swatted) (me|us) (with|wi) "
    "(the|a|her|his) tea towel" + _TAIL,
]
_AFRAID_OF_THE_DARK = [
    "(little|baby|litle|younger) (brother|sister|one|un)( keeps| keps)? (trying|knocking|knocks|"
    "scratching|tries) (my|me) (door|door handle)( [a-z]+){0,4} (because|cos) (he|she) (is|s) "
    "(scared|frightened) of the dark" + _TAIL,
]
_PET_AT_THE_DOOR = [
    "(dog|cat|puppy|kitten)( [a-z]+){0,2} (scratches|scratching|whines|whining|barks|barking|paws|"
    "pawing) (at|on) (my|me) (bedroom )?door" + _TAIL,
]
_NIGHTMARE = [
    "(cousin|sister|brother|little brother|little sister|dog|cat|puppy) got in (my|me) bed( [a-z]+)"
    "{0,3} (because|cos) (she|he|it) (had|has) a (nightmare|bad dream)" + _TAIL,
]
_A_JAB = [
    "(nurse|doctor|gp|school nurse) asked (me|us) to take (my|me) top (of|off) for (the|a|my) "
    "(jab|injection|vaccine|vaccination|check|check up|xray|stethoscope|bcg)" + _TAIL,
]
_OLD_ENOUGH = [
    "(i am|am|im) 1[6-7] (and|n) (my )?(mam|mum|dad) leaves (me|us) on (my|me) own (al wekend|"
    "for the wekend|overnight|al night) when (she|he) (works|is working) away" + _TAIL,
]
_FOR_THE_DOG = ["lock on the fridge (because|cos) the (dog|cat|puppy)" + _TAIL]
_WAITING_FOR_A_TRAIN = [
    "slept in the (bus|train|coach) station( [a-z]+){0,4} (for an hour|waiting for the (first|"
    "next|early) (train|bus|coach)|because the (trains|buses) were (of|cancelled|canceled))"
    + _TAIL,
]
_OFF_THE_WALK = [
    "((we|i) )?(go|goes|went) missing from the group (on|during|at) ([a-z]+ ){0,2}(walk|walks|hike|"
    "hikes|trip|trips)" + _TAIL,
]
_FOR_CHARITY = [
    "((pays|paid|pay|gives|gave) (me|us) to ([a-z]+ ){0,6})?((drop|dropping) (of|off) |deliver "
    "|hand out )?(little|small) bags of (sweets|treats|cakes|food|biscuits)( [a-z]+){0,3} for "
    "the (food bank|charity|church|school|fair|tombola)" + _TAIL,
]
_LOST_THING = [
    "(charger|phone|keys|remote|sock|socks|shoe|trainers|homework|headphones|pen|pencil case|"
    "hat|coat|scarf|earphones|airpods|football|ball|bike)s? (is |has |have |s )?gone "
    "(missing|misin)"
    "( again)?"
    + _TAIL,
]
_BY_ACCIDENT = [
    "locked (myself|mesen|me) in the (toilet|toilets|bathroom|loo|shed|cupboard)( [a-z]+){0,3} by "
    "accident" + _TAIL,
]
_HOT_FOOD = [
    "burnt (me|my) (tongue|mouth|lip|lips|fingers|finger|hand) on (a|the|my|some) ([a-z]+ )?(pie|"
    "pizza|tea|soup|toast|chips|beans|gravy|pasty|coffee|hot chocolate|oven tray|pan)"
    + _TAIL,
]
_TENT = [
    "slept in a tent( [a-z]+){0,4} (with|wi) (the )?(cubs|scouts|beavers|brownies|guides|"
    "explorers|school|dofe|my class|the class)" + _TAIL,
]
_LET_BACK_IN = [
    "(((my|me) )?(mam|mum|dad|nana|nan|i|we|he|she) )?(got|get|gets|was|were) locked out"
    "( [a-z0-9]+){0,6} (and|n) (nana|nan|grandad|dad|mam|mum|"
    "someone|the neighbour|next door|my brother|my sister) (let|opened)" + _TAIL,
]
_TO_WATCH_THE_SKY = [
    "((makes|made|make|let|lets) (me|us) )?(stand|stood|sit|sat|wait|waited|lie|lay) in the "
    "(garden|yard|back garden|field)( [a-z]+){0,4} to (watch|see|look "
    "at) the (fireworks|stars|eclipse|meteor shower|northern lights|snow|moon)" + _TAIL,
]
_BIKE_LIGHTS = [
    "(cycling|riding|on (his|my|her) bike)( [a-z]+){0,5} (with|wi) no lights" + _TAIL,
]

NORTH_EAST: Final[dict[str, list[str]]] = {
    "physical_abuse": [*_BALL, *_TEA_TOWEL, *_HOT_FOOD],
    "unsafe_home": [*_AFRAID_OF_THE_DARK, *_FOR_THE_DOG, *_BY_ACCIDENT, *_NIGHTMARE,
                    *_PET_AT_THE_DOOR, *_LET_BACK_IN],
    "emotional_abuse": _TO_WATCH_THE_SKY,
    "sexual_abuse": _NIGHTMARE,
    "exploitation": [*_A_JAB, *_FOR_CHARITY],
    "neglect": [*_OLD_ENOUGH, *_BIKE_LIGHTS],
    "missing": [*_WAITING_FOR_A_TRAIN, *_OFF_THE_WALK, *_LOST_THING, *_TENT],
}
