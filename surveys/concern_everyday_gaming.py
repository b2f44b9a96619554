"""Ordinary gaming chat, by kind of everyday context: what happens in the game stays in the game.

Children of 7 to 16 told ordinary game news (the fifteenth hand's gaming third) in the words
games use every day, and the older rules read some of it as harm, in a few kinds of everyday
context that ``surveys.concern_everyday_online`` (kicked from a lobby, "kill me" with a laugh,
a phone from a carer) does not hold:

- a move in the game's world: pushed or knocked into the void, the lava or the water in an
  obby or a map; hit with the ban hammer;
- a loss taken hard: beaten by a score ("smashed 7-0") and "nearly threw my controller"; a
  controller thrown at the sofa or the bed;
- a game's own gore: an update, a map or an event with blood over the walls;
- a brother's or sister's threat over a game lost or won ("she'd strangle me if I beat her at
  Mario Kart");
- a brother's or sister's "kill me" over their game thing the child lost by accident (a world
  deleted, a save wiped);
- a stranger in a game who called the child names, blocked and reported;
- the water, the heating or the power off at school, at a campsite or a pool, or for a day and
  back on, or the heating off in summer;
- a night out on an expedition or at a campout: sleeping wherever the map says, a night in the
  garden at a scout campout.

Each saying names the everyday thing (the void, the ban hammer, the score, the update, the game,
the accident, the blocking, the place or the day) and runs only over harmless words to the
words of harm it holds; none runs across, or is followed by, words that turn it back to harm (a
grown-up at home, on purpose, for real, every night, hurt, telling). A match is set aside only
when a saying holds all of it (``surveys.concerns``), so harm told beside a saying is still
read; ``surveys.concern_everyday`` adds them to its sayings, per category. Same syntax as the
phrase lists; phrases are squeezed as texts are.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words no saying's gap may run over: a grown-up at home or a man, a blow, telling, on purpose.
_TURNS = ("dad|mum|stepdad|step|carer|carers|uncle|boyfriend|fela|man|men|told|tell|tells|"
          "telling|hit|hits|punch|punched|slapped|hurt|hurts|bled|blod|bleeding|scared|police|"
          "knife|real|really|actually|serious|purpose|every|night|secret")
# What, within the next words, turns a saying back to harm.
_TURN_AFTER = (f"(?!( [a-z0-9]+){{0,8}} ({_TURNS}|for real|not joking|not a joke|in real life|irl)"
               "( |$))")
_GAME = ("(the |a |an |my |our )?(obby|game|map|server|minecraft|roblox|fortnite|skyblock|bedwars|"
         "level|parkour|among us|cod|fifa|fc|mario kart|smash|rocket league|apex|gta|lobby|"
         "world|realm)")
_SIBLING = ("my (little |big |older |younger |baby )?(brother|bro|sister|sis|cousin|cuz|mate|"
            "friend|bestie)")


def _harmless(most: int) -> str:
    """Up to ``most`` words, none a word that turns a saying to harm."""
    return _gap(f"({_TURNS})", most)


# --- a move in the game's world ---------------------------------------------------------------
_IN_THE_GAME_WORLD = [
    f"([a-z]+ ){{0,3}}(keps |kept |keep |always )?(pushing|pushed|push|pushes|knocking|knocked|"
    "knocks|kicking|kicked|throwing|threw|shoving|shoved) me (into|in|of|off|of of) (the )?(void|"
    "lava|water|ocean|storm|abyss|spikes|pit|map|edge)( [a-z0-9]+){0,3} (in|on) "
    f"{_GAME}( to trol me)?{_TURN_AFTER}",
    f"(got |get |was |been |i got )?hit (with|by) the ban hamer{_TURN_AFTER}",
]

# --- a loss taken hard --------------------------------------------------------------------------
_LOSS_TAKEN_HARD = [
    "(got |get |been |was |i got )?(smashed|battered|hammered|thrashed|destroyed|bodied|demolished"
    f"|beaten|beat) [0-9]+ [0-9]+{_harmless(8)} (nearly|almost) (threw|smashed|broke|snapped|"
    f"chucked|launched) my (controler|pad|headset|phone|remote|keyboard|mouse){_TURN_AFTER}",
    # Thrown at the furniture, not at anyone: "threw the controller at the sofa when he lost".
    "(threw|throws|chucked|chucks|smashed|smashes|lobbed|launched|slammed) (the|my|his|her) "
    "(controler|pad|headset|phone|remote) (at|on|onto|across|into) the (sofa|bed|flor|couch|"
    f"cushion|cushions|pillow|beanbag|setee){_harmless(6)}{_TURN_AFTER}",
]

# --- a game's own gore ------------------------------------------------------------------------
_GAME_GORE = [
    "(update|map|level|event|mod|skin|season|dlc|horor game|horor map|halowen update|halowen "
    "event)( [a-z]+){0,2} (has|had|got|with|and|puts) (fake )?blod (al )?(over|on|up) the wals"
    f"{_TURN_AFTER}",
]

# --- a brother's or sister's threat over a game -------------------------------------------------
_THREAT_OVER_A_GAME = [
    f"{_SIBLING} (said|says|sayd) (shed|hed|she would|he would|she wil|he wil|they would|she is "
    "going to|he is going to) (strangle|kil|batter|murder|end|choke|smash) me if i (beat|win|won|"
    f"kil|knock)( (her|him|them))?( again)? (at|in|on) {_GAME}{_TURN_AFTER}",
]

# --- "kill me" over their game thing lost by accident -----------------------------------------
_LOST_BY_ACCIDENT = [
    f"{_SIBLING}( is| s| wil)? (going to )?kil me( because| cos)?( i)?( just)? (deleted|lost|broke|"
    "wiped|reset|sold|crashed|burned|burnt|blew up) (his|her|their) ([a-z]+ ){0,2}(world|save|base|"
    "build|house|acount|skin|skins|progress|game|controler|headset|streak|pet|realm|server|"
    f"village|island)( [a-z]+)? (by acident|accidentally|acidentaly){_TURN_AFTER}",
]

# --- a stranger in a game called the child names, blocked and reported --------------------------
_STRANGER_BLOCKED = [
    "(some |a |this )?(random|rando|randoms|kid|player|guy|person|someone|somebody|people)"
    f"( [a-z]+)? (in|on) {_GAME}( [a-z]+){{0,2}} (called|calling|calls|caled) me names( [a-z]+)"
    "{0,3} (so |and )?i (blocked|reported|muted|left)( and (reported|blocked|muted))?( him| them|"
    f" her)?{_TURN_AFTER}",
]

# --- a supply off somewhere else, or for a day --------------------------------------------------
_SUPPLY = ("(the )?(water|heating|electric|electricity|gas|power|hot water) (is|was|has been|got|"
           "s) (of|cut of|turned of)")
_SUPPLY_OFF_AWAY = [
    f"{_SUPPLY}( [a-z0-9]+){{0,2}} (at|in) (school|the school|the campsite|camp|the caravan|the "
    "pool|the leisure centre|the sports centre|the gym|college|the hotel|scouts|the cottage|nans|"
    f"my nans|the club){_TURN_AFTER}",
    f"{_SUPPLY}{_harmless(6)} (it|its|it is|and it) (came|come|back|was back|is back|was fixed)"
    f"{_TURN_AFTER}",
    f"(the )?heating (is|was|has been) (of|turned of)( [a-z0-9]+){{0,4}} (in|for|al) (the )?summer"
    f"{_TURN_AFTER}",
]

# --- a night out on an expedition or at a campout ---------------------------------------------
# Sleeping wherever the map or the leader says; a night in the garden at a scout campout.
_NIGHT_ON_AN_OUTING = [
    "(sleping|slept|slep|staying|camping|camped|kiping|kip) wherever (the|we|our|they)( "
    f"[a-z0-9]+){{0,4}}{_TURN_AFTER}",
    "(slep|slept|sleping|camp|camped|camping)( out)? in the (back )?garden( [a-z0-9]+){0,4} (at|"
    "for|on) (the |our |a |my )?(scout |cub |cubs |brownie |brownies |guide |guides |school |big "
    f"garden )?(campout|camp out|camp|sleepover|badge|challenge){_TURN_AFTER}",
]

GAMING: Final[dict[str, list[str]]] = {
    "physical_abuse": [*_IN_THE_GAME_WORLD, *_LOSS_TAKEN_HARD, *_THREAT_OVER_A_GAME],
    "unsafe_home": [*_LOSS_TAKEN_HARD, *_GAME_GORE],
    "emotional_abuse": [*_LOST_BY_ACCIDENT, *_STRANGER_BLOCKED, *_NIGHT_ON_AN_OUTING,
                        *_THREAT_OVER_A_GAME],
    "bullying": _STRANGER_BLOCKED,
    "neglect": _SUPPLY_OFF_AWAY,
    "missing": _NIGHT_ON_AN_OUTING,
}
