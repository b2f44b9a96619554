"""Ordinary news in the words of harm, by kind of everyday context: the twelfth hand's, set aside.

The twelfth blind hand's ordinary answers used the same words its disclosures used as codes, in
a few kinds of everyday context, and the older rules read thirteen of them as harm:

- a pet or an animal: a kitten that scratched an arm, a goose the child ran away from;
- make-believe: a play where the child "gets stabbed" with a cardboard sword, a role-play
  character who owes a guild money, a video of a man hit by a football;
- a trip with a group: "going country" to camp, a tent slept in for DofE or with the unit;
- faith and health: a fast with no water till sunset, hay fever tablets taken;
- older lads who taught the child a game or a dish;
- a celebration: a graduate who threw her hat up, fireworks that scared the baby home.

Each saying names the everyday thing (the pet, the play, the trip, the fast, the skill, the
celebration) and runs only over harmless words to the words of harm it holds; none runs across
a word that would turn it back (a grown-up's blow, a real weapon, running from home, the olders,
a debt or selling, tablets taken all at once). A match is set aside only when a saying holds all
of it (``surveys.concerns``), so harm told beside a saying is still read;
``surveys.concern_everyday`` adds them to its sayings, per category. Same syntax as the phrase
lists.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words of harm no saying's gap may run over.
_HARM = ("hit|hits|punched|kicked|slapped|beat|battered|stabbed|pushed|shoved|threw|grabbed|"
         "touched|hurt|hurts|knife|knives|drunk|drugs|weed|police|feds|scared|crying|man|men|dad|"
         "stepdad|boyfriend|uncle|he|him|olders|sell|selling|owe|debt|ran|run|home|placement|"
         "carers|nowhere|kicked out|street")
_NEVER_AFTER = ("(?!( [a-z0-9]+){0,8} (all of|the lot|the whole|whole box|whole packet|too many|"
                "overdose|die|kill|hospital|police|blood|bleeding|on purpose|weed|drugs|sell|"
                "selling|money|bag|bags|phone|flat|party|parties|vape|knife|touch|touched|pics|"
                "photos|from (home|my (carers|placement|foster)))( |$))")


def _harmless(most: int, turns: str = "") -> str:
    """Up to ``most`` words, none a word of harm nor one of ``turns``."""
    return _gap(f"({turns + '|' if turns else ''}{_HARM})", most)


# --- a pet or an animal -----------------------------------------------------------------------
_PET = ("(kitten|kittens|cat|cats|puppy|puppies|dog|dogs|hamster|rabbit|bunny|guinea pig|ferret|"
        "parrot|pet|pets)")
_PET_SCRATCH = [
    # From a word the message before may have left ("... picked her up"): a frame reads "her"
    # as the one who scratched.
    f"((her|him|it|them|he|she|they){_harmless(3)} )?((my|the|our|a|his|her) )?{_PET}"
    f"{_harmless(3)} (scratched|scratches|scratch|nipped|bit) my (arm|arms|hand|hands|leg|"
    "legs|face|wrist|finger|fingers)( (when|while|cos|because|as) (i|we))?" + _NEVER_AFTER,
]
_ANIMAL = ("(goose|geese|swan|swans|seagull|seagulls|bee|bees|wasp|wasps|cow|cows|bull|horse|"
           "sheep|ducks|duck|dog|dogs|spider|pigeon|pigeons|crab|llama|alpaca)")
_RAN_FROM_AN_ANIMAL = [
    f"(a|the|some|this|that|big|angry) {_ANIMAL}{_harmless(8)} (i|we) (ran|run) away( screaming| "
    "laughing| crying)?(?! (from (?!(the|a|that|those|it|them) )|to|again|for|and (didnt|never|"
    "slept|stayed)))",
]

# --- make-believe -----------------------------------------------------------------------------
_PROP = ("(cardboard|plastic|foam|toy|pretend|fake|rubber|wooden|paper|inflatable|nerf) (sword|"
         "swords|knife|dagger|spear|axe|lightsaber)")
_STABBED_IN_A_PLAY = [
    f"(gets|get|got|getting) stabbed (with|by) (a|the|his|her|their) {_PROP}",
]
_GAME = ("(dnd|d and d|d n d|dungeons and dragons|rpg|role play|roleplay|skyrim|minecraft|sims|"
         "fortnite|roblox|game|video game|story)")
_IN_CHARACTER = [
    f"(my |our |the )?{_GAME} (character|char|guy|hero|villain)( [a-z]+){{0,5}} (owes|owe|owed)"
    "( [a-z]+){0,3} money( lol| haha| lmao)?",
]
_CLIP = "(vid|video|clip|tiktok|meme|reel|short|youtube video|compilation)"
_HIT_BY_A_BALL = [
    f"{_CLIP} of (a|some|this|the) (man|guy|bloke|lad|kid|goalie|goalkeeper|ref|referee|player|"
    "dad|cameraman) (getting|gets|got|get) hit (by|with) (a|the) (ball|football|frisbee|balloon|"
    "pillow|snowball|wave|door|cricket ball|tennis ball|golf ball)",
]

# --- a trip with a group ----------------------------------------------------------------------
_OUTDOORS = ("(camping|camp|a camp|walking|hiking|a hike|a walk|caravan|the caravan|farm|cottage|"
             "dofe|d of e|duke of edinburgh|scouts|cubs|brownies|guides|cadets|the lakes|the dales|"
             "the peaks|snowdonia|the beach|a festival|festival|glamping|residential)")
_GOING_COUNTRY_TO_CAMP = [
    f"(go|going|gone|went|been) country{_harmless(8, 'line|lines|cunch|ot|trap|food|shift|bag')} "
    f"{_OUTDOORS}" + _NEVER_AFTER,
]
_TENT_WITH_A_GROUP = [
    f"(slept|sleep|sleeping|stayed|staying|camped) in (a|the|our|my) tent{_harmless(6, 'alone')} "
    f"(for|with|on) (the |my |our )?(dofe|d of e|duke of edinburgh|scouts|cubs|guides|brownies|"
    "cadets|camp|school trip|trip|holiday|festival|unit|class|school|family|fun|residential|"
    "carer|carers|foster family)" + _NEVER_AFTER,
]

# --- faith and health -------------------------------------------------------------------------
_FASTING = [
    f"(ramadan|ramzan|fasting|fast|the fast|lent|yom kippur|roza|sawm){_harmless(6)} no (water|"
    "food|eating|drinking)( or (food|water))? (till|until|before|til) ([0-9]+|sunset|iftar|dark|"
    "maghrib|sundown)( ?pm| ?am| oclock)?",
]
_ALLERGY = ("(hay fever|hayfever|allergy|antihistamine|antibiotic|antibiotics|iron|vitamin|"
            "vitamins|travel sickness|asthma|adhd|epilepsy|acne|period pain)")
_OWN_MEDICINE = [
    f"(took|take|taken|taking|had|have) my {_ALLERGY} (tablets|tablet|pills|pill|meds|medicine)"
    "( (n|and|but|then|so))?" + _NEVER_AFTER,
]

# --- older lads who taught a skill ------------------------------------------------------------
_SKILL = ("(fifa|football|footy|pool|snooker|chess|cards|guitar|drums|piano|skating|skateboarding|"
          "bmx|boxing drills|drills|kick ups|the bus routes|my homework|maths|revise|revision|to "
          "iron|ironing|laundry|the washing machine|to dance|dancing|(how to |to )?(cook|make) "
          "(pasta|rice|injera|curry|noodles|jollof|chips|eggs|pancakes|a cake|bread|a brew|tea)|"
          "(how to )?cook)")
_OLDER_LADS_TAUGHT = [
    "older (lads|boys|girls|kids|ones|guys|lot)( (in|at|from|on) (the|my|our) [a-z]+( [a-z]+)?)? "
    f"(taught|teach|teaches|showed|show|shows|helped|help|helps) me (how to )?(play )?{_SKILL}"
    "( [a-z]+){0,2}" + _NEVER_AFTER,
]

# --- a celebration ----------------------------------------------------------------------------
_HAT_THROWN = [
    "(she|he|they|we|i) (threw|throw|throws|tossed|chucked) (her|his|their|our|my) (hat|hats|"
    "mortarboard|mortarboards|cap|caps|bouquet|flowers|confetti)( up| in the air| high)?",
]
_SCARED_HOME_BY_A_BANG = [
    "(firework|fireworks|bangers|bonfire|thunder|the bangs|the band|the music|the clown|father "
    "christmas|santa|the fair)( [a-z]+){0,2} scared the (baby|babies|kids|dog|dogs|little ones|"
    "cat|toddler) so (we|i|they) (went|came|left|headed) home( early)?",
]

CODES: Final[dict[str, list[str]]] = {
    "physical_abuse": [*_PET_SCRATCH, *_HIT_BY_A_BALL],
    "self_harm": [*_PET_SCRATCH, *_OWN_MEDICINE],
    "missing": [*_RAN_FROM_AN_ANIMAL, *_TENT_WITH_A_GROUP],
    "exploitation": [*_STABBED_IN_A_PLAY, *_IN_CHARACTER, *_GOING_COUNTRY_TO_CAMP,
                     *_OLDER_LADS_TAUGHT],
    "sexual_exploitation": _OLDER_LADS_TAUGHT,
    "neglect": _FASTING,
    "domestic_abuse": _HAT_THROWN,
    "unsafe_home": _SCARED_HOME_BY_A_BANG,
}
