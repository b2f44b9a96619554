"""The Welsh third's ordinary answers, by kind of everyday context, set aside like idioms.

The fourteenth blind hand's children in Wales (``tests/corpora/fourteenth_hand``, lines 1-134 of
``ordinary.txt``) answered near the words of harm in a few kinds of everyday context that the
rules read as harm, and the twins written for ``surveys.concern_cymru`` found more:

- a knock in a game or a sport named just after it, and the mark it left ("nath Osian hitio fi
  efo'r bêl rygbi");
- "she'll kill me" from a brother or sister over a thing borrowed without asking, or from a
  grown-up at home over a surprise let slip, with a laugh;
- a fright for fun: a ghost tour, Halloween, a haunted house at the fair;
- "the only one" ("dwi'n unig un yn y tîm"): "unig" before a noun is "only", not "lonely";
- an animal that runs off (the dog "yn rhedeg i ffwrdd");
- a grandparent's story of long ago ("my nain told me she ran away at 16 to marry taid");
- a fast: no food or drink all day in Ramadan or another fast;
- a game's traitors or impostors to kill ("yn Among Us rhaid lladd y bradwyr");
- a railway museum or a steam railway, where the child stood on the track beside a train;
- a food challenge the child "thought I was gonna die" at;
- the care system's own days: a social worker "for the" placement order, the review, court;
- older ones at a skatepark who showed the child a trick.

Each saying names the everyday thing and runs only over harmless words to the words of harm it
holds; none runs across, or is followed by, words that turn it back to harm (a grown-up who did
it, on purpose, money, telling, every night, hurt). A match is set aside only when a saying
holds all of it (``surveys.concerns``), so harm told beside a saying is still read;
``surveys.concern_everyday`` adds them to its sayings, per category, before the plain words.
Same syntax as the phrase lists; Welsh in its ordinary spelling, squeezed as the text is.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_cymru import mutated
from surveys.concern_voice_parts import gap_without

# Words no saying's gap may run over, in both languages: a grown-up or a man who did it, a blow,
# saying or telling, on purpose, home, money, hurt.
_TURNS = ("dad|mum|mam|stepdad|carer|uncle|boyfriend|man|men|said|says|told|tell|purpose|money|"
          "gofalwr|gofalwraig|llysfam|cariad|staff|"
          "drugs|hit|belt|tad|nhad|llystad|yncl|dyn|dynion|deud|dweud|gweud|ddeud|bwrpas|"
          "fwriadol|arian|pres|brifo|frifo|ofn|scared|hurt|hurts|police|heddlu|polis")
_TURN_AFTER = ("(?!( [a-z0-9]+){0,8} (on purpose|ar bwrpas|yn fwriadol|dad|mam|mum|stepdad|"
               "llystad|yncl|uncle|carer|gofalwr|gofalwraig|llysfam|staff|dyn|dynion|man|men|"
               "money|arian|pres|deud wrth|dweud wrth|gweud wrth|tell|told|every night|bob nos|"
               "bob dydd|again and again|eto ac eto|brifo|frifo|hurt|hurts|ofn|scared|cleisiau|"
               "bruises|police|heddlu|polis)( |$))")


def _harmless(most: int) -> str:
    """Up to ``most`` words, none a word that turns a saying to harm."""
    return gap_without(f"({_TURNS})", most)


# --- a knock in a game or a sport ---------------------------------------------------------------
_GROWN_UP = ("(dad|mam|mum|tad|nhad|llystad|yncl|taid|nain|carer|gofalwr|gofalwraig|athro|"
             "athrawes|hyfforddwr|dyn|fe|fo|e|hi|nhw|o)")
_GAME = ("(gem|rygbi|bel rygbi|pel rygbi|pel droed|bel droed|hoci|ffon hoci|pel rwyd|bel rwyd|"
         "criced|bat criced|rownderi|tag|tig|chwaraeon|ymarfer|addysg gorfforol|rugby|football|"
         "hockey|netball|bel|pel)")
_KNOCKED_IN_A_GAME = [
    f"((nath|naeth|wnaeth) )?(?!{_GROWN_UP} )[a-z]+ "
    f"{mutated('hitio', 'cicio', 'taro', 'bwrw', 'gwthio', 'taclo')} "
    f"fi{_harmless(4)} (efor|efo|gydar|gyda|yn|mewn|ar|wrth) (y |yr )?{_GAME}{_harmless(8)}"
    f"{_TURN_AFTER}",
]

# --- "she'll kill me" over a trifle -------------------------------------------------------------
_SIBLING = "(chwaer|chwaer fi|fy chwaer|brawd|brawd fi|fy mrawd|my chwaer|my brawd)"
_BORROWED = (f"{mutated('benthyg', 'dwyn', 'cymryd', 'gwisgo', 'defnyddio', 'bwyta', 'torri')} "
             "(ei|eu)")
_KILL_FOR_BORROWING = [
    f"{_SIBLING}( n| yn|n) (mynd i|am) (ladd|lladd) fi achos (nes i|nesi|wnes i) {_BORROWED}"
    f"{_harmless(5)}{_TURN_AFTER}",
]
_LAUGH = "(lol|haha|hahaha|lmao|xd|jk)"
_SURPRISE = "(parti|anrheg|syrpreis|syrpris|presant|cacen|gacen)"
_KILL_FOR_A_SURPRISE = [
    "(os|pan) (fi|dwi|dw i|i)(n| n| yn) (deud|dweud|gweud|son) wrth [a-z]+ am (y |yr |ei )?"
    f"({_SURPRISE})( [a-z]+){{0,3}} (bydd|fydd|neith|wneith) (hi|fe|fo|e|nhw)(n| n| yn)? "
    f"(lladd|ladd) (fi|ni)( {_LAUGH})+",
]

# --- a fright for fun --------------------------------------------------------------------------
_FUN_FRIGHT = ("(trip ysbrydion|taith ysbrydion|ghost tour|ghost walk|calan gaeaf|halloween|ty "
               "bwganod|ty ysbrydion|ffair|haunted house)")
_FRIGHT_FOR_FUN = [f"{_FUN_FRIGHT}{_harmless(20)}{_TURN_AFTER}"]

# --- the only one -------------------------------------------------------------------------------
# "dwi'n unig un yn y tîm sy'n gallu nofio": "unig" before a noun is "only", not "lonely".
_THE_ONLY_ONE = ["(dwin|fin|dw in|dwi yn|fi yn) unig (un|blentyn|ferch|fab|berson|ddisgybl)"]

# --- an animal that runs off --------------------------------------------------------------------
_ANIMAL = ("(ci|gi|cath|gath|ceffyl|geffyl|merlen|ferlen|bochdew|cwningen|gwningen|dafad|ddafad|"
           "defaid|iar|ieir|mochyn|cwn)")
_ANIMAL_RAN_OFF = [
    f"(y |yr |fy |ein )?{_ANIMAL}( ni| fi)?( n| yn|n) {mutated('rhedeg')} (i ffwrdd|bant|"
    f"ffwrdd){_TURN_AFTER}",
]

# --- a grandparent's story of long ago ----------------------------------------------------------
_ELDER = "(nain|taid|nan|nana|gran|granny|grandad|grandpa|mamgu|tadcu)"
_ELDERS_STORY = [
    f"{_ELDER}( [a-z]+){{0,2}} (told me|tells me|said|says) (that )?(she|he) ran away( from home)?"
    "( at [0-9]+| when (she|he) was [0-9a-z]+)? to (mary|marry|be with|get maried|get married)"
    f"{_TURN_AFTER}",
]

# --- a fast -------------------------------------------------------------------------------------
_FAST = "(ramadan|ramadhan|ympryd|ymprydio|yom kippur|grawys|lent)"
_WITHOUT_FOOD = (f"heb (gael )?{mutated('bwyd', 'brecwast', 'cinio', 'diod')}( na [a-z]+)?( (bob "
                 "dydd|drwyr dydd|tan [a-z]+( [a-z]+)?))*")
_FASTING = [
    f"{_FAST}( [a-z]+){{0,4}} {_WITHOUT_FOOD}{_TURN_AFTER}",
    f"{_WITHOUT_FOOD}( [a-z]+){{0,4}} (achos|gan|yn ystod|adeg) (mae |ma |ei |y |yn )?(hi n |hin )?"
    f"{_FAST}",
]

# --- a game's traitors --------------------------------------------------------------------------
_GAMES = "(among us|amongus|fortnite|roblox|minecraft|y gem|werewolf|mafia|town of salem)"
_GAME_TRAITORS = [
    f"(yn|ar|on|in) {_GAMES}( [a-z]+){{0,4}} (rhaid|isio|ishe|moyn) (lladd|ladd) (y )?(bradwyr|"
    "bradwr|impostor|imposter|impostors|imposters)",
]

# --- a railway museum or a steam railway --------------------------------------------------------
_HERITAGE = ("(amgueddfa|amgueddfar|rheilffordd stem|tren stem|tren bach|ffestiniog|talyllyn|yr "
             "wyddfa)")
_AT_THE_MUSEUM = [
    f"((yn|ir|yn yr) )?{_HERITAGE}( [a-z]+){{0,6}} (nes i|nesi|wnes i|nathon ni|naethon ni|ni di|"
    "on i n|oni n) "
    f"{mutated('sefyll', 'cerdded')} ar (y )?(lein|trac) (wrth ymyl|gyda|efo|a gweld|i weld|o "
    f"flaen|tu ol i)( y| yr)? (tren|dren)( stem| bach)?{_TURN_AFTER}",
]

# --- a food challenge ---------------------------------------------------------------------------
_HOT = "(hot wings|wings|chilli|chili|carolina reaper|spicy|hot sauce|curry|pepper|ghost pepper)"
_FOOD_CHALLENGE = [
    f"{_HOT}( [a-z]+){{0,2}} (challenge|chalenge)( [a-z]+){{0,6}} (thought|thot) i (was|wa) "
    f"(going to|gona|gonna) die( [a-z]+){{0,2}}( my (mouth|tongue|face) was on fire)?",
]

# --- the care system's own days -----------------------------------------------------------------
_CARE_DAYS = [
    "(my |the |our )?social worker for the (placement order|review|lac review|looked after review|"
    "court|hearing|meeting|panel|pathway plan|contact|visit|care order)",
]

# --- older ones at a skatepark who showed a trick -----------------------------------------------
_TRICK_TAUGHT = [
    "older (lads|boys|kids|girls|ones)( at| in| from)? (the )?(skatepark|skate park|pump track|bmx "
    "track|bike park|surf club|climbing wall)( [a-z]+){0,2} (showed|taught|show|teach) me (how to "
    "|how )?(drop in|ollie|kickflip|bunny hop|manual|grind|surf|ride|do a [a-z]+)"
    f"{_TURN_AFTER}(?!( [a-z0-9]+){{0,12}} (for them|carry|bag|bags|paid|pay|owe|party|car|weed|"
    "vape|vapes|snap|pics)( |$))",
]

CYMRU: Final[dict[str, list[str]]] = {
    "physical_abuse": _KNOCKED_IN_A_GAME,
    "emotional_abuse": [*_KILL_FOR_BORROWING, *_KILL_FOR_A_SURPRISE, *_FRIGHT_FOR_FUN],
    "missing": [*_ANIMAL_RAN_OFF, *_ELDERS_STORY],
    "upset": _THE_ONLY_ONE,
    "neglect": _FASTING,
    "radicalisation": _GAME_TRAITORS,
    "self_harm": [*_AT_THE_MUSEUM, *_FOOD_CHALLENGE],
    "exploitation": [*_CARE_DAYS, *_TRICK_TAUGHT],
    "sexual_exploitation": _TRICK_TAUGHT,
}
