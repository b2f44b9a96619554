"""Ordinary answers in the South's and the travelling families' voice, by kind of everyday context
(the sixteenth hand's third voice).

Young people of the South and on a Traveller site told ordinary life in words the older rules
read as harm, in kinds of everyday context no other everyday module holds:

- a grown-up's "kill me" over a thing they bought the child, lost or broken: "my mum's gonna
  kill me I lost the oyster she got me";
- play: a water, pillow or snowball fight where "I battered him with the hose"; the hose turned
  on the children on a hot day; a chair against the door for a den;
- animals: a horse, a pony or a cow that kicked someone; a dog that brings a stick;
- a grown-up teaching: a hand put on the hob's knobs to show which ring;
- locked out because a carer lost the keys;
- the little ones minded at night with nan next door watching; a parent away for work from one
  day to another, and another grown-up who has us;
- a little brother or sister who barges into the bathroom;
- a tent slept in at camp;
- tablets kept where the doctor said, with enough for a holiday.

Each saying names the everyday thing (the lost present, the fight's game, the animal, the knobs,
the keys, the nan next door, the camp) and runs only over harmless words; none runs across, or
is followed by, words that turn it back to harm (a blow, a weapon, a grown-up's threat, fear,
"for real"). A match is set aside only when a saying holds all of it (``surveys.concerns``);
``surveys.concern_everyday`` adds these to its sayings, per category. Same syntax as the phrase
lists; phrases are squeezed as texts are.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words no saying's gap may run over, nor follow it: a blow, a weapon, a threat, fear, "for real".
_TURNS = ("hit|hits|punch|punched|kick|kicks|kicked|slap|slapped|hurt|hurts|beat|beats|batter|"
          "stab|knife|belt|whip|scared|frightened|police|social|tell|told|secret|real|really|"
          "actually|serious|means|meant|bruise|bruises|bleeding|blod|marks|locked|lock|cried|"
          "crying|screaming")
_TURN_AFTER = (f"(?!( [a-z0-9]+){{0,8}} ({_TURNS}|for real|not joking|on purpose|every time|"
               "last time|again)( |$))")

# --- a grown-up's "kill me" over a thing lost or broken -------------------------------------
_GROWN_UP = ("(my )?(mum|mums|mam|mams|nan|nans|nanny|nannys|gran|grans|carer|carers|foster mum|"
             "foster mums|aunty|auntys|auntie|aunties)")
_LOST_HERS = ("(lost|broke|forgot|spilt|ripped|smashed|left|dropped|snapped|cracked|ruined) (the|"
              "my|her) ([a-z]+ ){0,2}(she|they) (got|bought|gave|paid for) me")
_KILL_OVER_LOST = [
    f"{_GROWN_UP}( is| s)? (going to|gona|gonna|wil|il) kil me( cos| because| coz)?( i)? "
    f"{_LOST_HERS}{_TURN_AFTER}",
]

# --- play: a fight of water, pillows or snow; the hose on a hot day; a den ------------------
_PLAY_FIGHT = ("(water|pilow|snowbal|nerf|fod|foam|water balon) fight")
_PLAY = [
    f"{_PLAY_FIGHT}{_gap(f'({_TURNS})', 3)} (i|we) (batered|soaked|got|drenched) (him|her|them|"
    "each other|my [a-z]+( [a-z]+)?) with (the|a|my|our) (hose|hose pipe|water pistol|water gun|"
    f"super soaker|pilow|pilows|snowbals|nerf gun|water balons|bucket){_TURN_AFTER}",
    f"(takes|tok|took|turned|turns) the hose (to|on) (us|me){_gap(f'({_TURNS})', 4)} (hot|"
    f"boiling|sunny|heatwave|paddling pol|water fight|garden){_TURN_AFTER}",
    "(put|pushed|wedged) a chair (against|under) the (dor|handle) (for|to make) (the|a|our) "
    f"([a-z]+ )?(den|fort|obstacle course){_TURN_AFTER}",
]

# --- animals ----------------------------------------------------------------------------------
_ANIMALS = [
    "(horse|pony|cob|donkey|mare|fol|stallion|cow|goat|ram|bul|sheep) kicked (my|me|him|her|"
    f"our)( [a-z]+)?{_TURN_AFTER}",
    "(dog|puppy|pup) (takes|brings|drops|fetches|carries) (a|the|his|her) (stick|bal) to (me|us)",
]

# --- a grown-up teaching at the cooker ------------------------------------------------------
_SHOWN_THE_HOB = [
    "(nan|nanny|mum|mam|dad|carer|grandad|gran) put my hand on the (hob|stove|oven|cooker) "
    f"(knobs|knob|dials|dial|switch|switches|buttons){_TURN_AFTER}",
]

# --- locked out for lost keys ---------------------------------------------------------------
_LOST_KEYS = [
    "locked out( of)? the (house|flat|trailer|caravan|home) (because|cos)( my| the| our)? (carer|"
    "carers|mum|mam|dad|nan|foster mum|foster dad) (lost|forgot|left|dropped) (her|his|their|the) "
    f"(keys|key){_TURN_AFTER}",
]

# --- the little ones minded, with nan next door -----------------------------------------------
_NAN_NEXT_DOOR = [
    "leave me with my (litle |little |baby )?(sisters|brothers|sister|brother|cousins) at night "
    "while they go out( [a-z]+){0,2} (nans|nan is|my nan is|grandads|aunties|the neighbours) "
    f"(next dor|in the next (trailer|caravan)|watching us){_TURN_AFTER}",
]

# --- a parent away for work, and another grown-up who has us -------------------------------
_DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the wekend)"
_AWAY_FOR_WORK = [
    f"{_DAY} for work and (is|wil be|il be|comes) back (on )?{_DAY}( [a-z]+){{0,2}} (my )?"
    "(step mum|stepmum|mum|mam|nan|aunty|auntie|carer|stepdad|step dad|dad) (has|looks after|"
    f"stays with|is with|minds) us{_TURN_AFTER}",
]

# --- a little brother or sister who barges in -------------------------------------------------
_SIBLING_BARGES_IN = [
    "my (litle |little |baby |younger )?(brother|sister) keps (coming|walking|barging) in the "
    f"bathrom when (i am|im) (brushing|doing|on|in|geting){_TURN_AFTER}",
]

# --- a tent at camp ---------------------------------------------------------------------------
_CAMP = [
    "slept in a tent( [a-z]+){0,4} (at|on) (scout|cub|cubs|brownie|brownies|guide|guides|school|"
    "dofe|cadet|cadets|forest school) camp( after (we|i) (ran|run) (of|away) to the( [a-z]+)? "
    f"(shop|toilets|lake|field|beach))?{_TURN_AFTER}",
]

# --- medicine kept as the doctor said, enough for a trip ------------------------------------
_AS_THE_DOCTOR_SAID = [
    "(keping|keep|kept) my (tablets|meds|medicine|pils|inhalers) (in|at) the ([a-z]+ ){0,2}like "
    "the (doctor|nurse|pharmacist|chemist) said( [a-z]+){0,2} got enough for the (holiday|trip|"
    f"wekend|camp|residential){_TURN_AFTER}",
]

SOUTH: Final[dict[str, list[str]]] = {
    "emotional_abuse": _KILL_OVER_LOST,
    "physical_abuse": [*_PLAY, *_ANIMALS, *_SHOWN_THE_HOB],
    "unsafe_home": [*_PLAY, *_ANIMALS, *_LOST_KEYS, *_SIBLING_BARGES_IN],
    "sexual_abuse": _SIBLING_BARGES_IN,
    "neglect": [*_NAN_NEXT_DOOR, *_AWAY_FOR_WORK],
    "missing": _CAMP,
    "self_harm": _AS_THE_DOCTOR_SAID,
}
