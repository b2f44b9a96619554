"""Ordinary sentences that older rules read as harm, found while writing twins: set aside.

Writing the ordinary twin of a new rule kept turning up everyday sentences that an OLDER rule
already made urgent. Each saying here names the everyday thing that makes the words harmless:

- a "secret game" of hide and seek; a "little devil" for nicking the last biscuit;
- a dad "off his face tired" after a shift, or "smashed" at a wedding and dancing;
- a possessed doll in a film; a small child's bath game "naked with her ducks";
- a cousin who "grabbed me a drink"; a chair against the door to make a den;
- a physio, nurse or doctor who "touched my leg" (with nothing after of going further);
- a little brother who climbs into bed when there is thunder;
- a TV remote smashed when a team lost; a van driver knocking with parcels for next door;
- "pictures of the match" swapped; "nothing on telly";
- a cousin who "grabbed me for a selfie"; a carer's "don't tell anyone, it's a surprise" about a
  present or a party; "if I tell my teacher" someone "will get moved up a set".

Each runs only over the words that finish it, never across a word of harm (``_HARM``), so harm
told beside a saying is still read; a match is set aside only when a saying holds all of it
(``surveys.concerns``). ``surveys.concern_everyday`` adds them to its sayings, per category.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

_HARM = ("hit|hits|hitting|punched|punches|kicked|kicks|slapped|slaps|beat|beats|battered|stabbed|"
         "pushed|shoved|threw|grabbed|touched|touches|touch|raped|hurt|hurts|strangled|choked|"
         "knife|knives|drunk|drugs|weed|police|scared|afraid|crying|cried|man|men|stranger|tell|"
         "told|secret|naked|undressed|clothes|mum|mam|me|us")
_NEVER_AFTER = ("(?!( [a-z0-9]+){0,8} (hospital|police|scared|frightened|terrified|bleeding|bled|"
                "blood|bruise|bruises|bruised|knife|knives|on purpose|dont tell|not to tell|secret|"
                "hit|hits|hurt|touched|touches)( |$))")


# Who did it, named before the words a saying holds ("dad was off his face ...").
_WHO = ("((my )?(dad|mum|mam|uncle|auntie|nan|grandad|grandma|cousin|brother|sister|he|she|they|"
        "carer|stepdad) )?")
_WHO_FETCHED = ("((my )?(dad|mum|mam|uncle|auntie|nan|grandad|grandma|cousin|mate|friend|bestie|"
                "brother|sister|he|she|they|carer|stepdad) )?")


def _harmless(most: int, turns: str = "") -> str:
    """Up to ``most`` words, none a word of harm nor one of ``turns``."""
    return _gap(f"({turns + '|' if turns else ''}{_HARM})", most)


_SECRET_GAME = [
    "(a|our|the) secret (game|round|match) of (hide and seek|hide n seek|hide and go seek|tag|"
    "sardines|murder in the dark|cards|uno|chess|monopoly)" + _NEVER_AFTER,
]
_LITTLE_DEVIL = [
    "(says|said|calls me|called me|reckons) (i am|im) a (litle|cheeky) (devil|monkey|terror|rascal|"
    "menace|horror|minx) (when|if|cos|because|for) (i )?(nick|nicked|nicking|pinch|pinched|eat|ate|"
    "take|took|steal|stole|scoff|scoffed|hide|hid|have|had) (the |all the |her |his |my )?(last )?"
    "(biscuit|biscuits|cake|sweet|sweets|chocolate|crisps|choc|cookie|cookies|slice|chip|chips|"
    "remote|chair|seat)" + _NEVER_AFTER,
]
_TIRED = [
    _WHO
    + "(was|is|were) of (his|her|their) (face|heads?) (tired|knackered|exhausted|shattered|sleepy) "
    "(after|from) (his|her|their|a|the) ([a-z]+ )?(shift|night shift|nights|work|run|match|"
    "journey|drive|flight)" + _NEVER_AFTER,
]
_DANCING = [
    "(dad|mum|mam|uncle|auntie|nan|grandad|grandma|cousin|brother|sister|everyone)"
    " (was|were|got) smashed at (the|a|my|our|his|her) ([a-z]+ )?(wedding|christening|party|"
    "do|reception|new years|christmas do|work do)" + _harmless(6) + " (did the worm|did the "
    "conga|danced|dancing|dance floor|karaoke|sang|singing|fel asleep)" + _harmless(4)
    + _NEVER_AFTER,
]
_IN_A_FILM = [
    "(in|on) (the|a|that|this) (film|movie|horror film|horror movie|scary film|scary movie|show|"
    "series|episode|game|book|trailer) (the |a )?posesed (dol|doll|toy|teddy|puppet|clown|girl|boy|"
    "nun|house|car)( [a-z]+){0,4}( up)?" + _NEVER_AFTER,
]
_BATH_GAME = [
    "(little|baby|small|younger|toddler) (sister|brother|sis|bro|cousin)( [a-z]+){0,4} naked "
    "(with|and) (her|his|the) (rubber )?(ducks|duck|bath toys|boats|toys)" + _NEVER_AFTER,
]
_FETCHED_FOR = [
    _WHO_FETCHED
    + "grabed (me|us) (a|an|some|my) ([a-z]+ )?(drink|drinks|coke|pepsi|lemonade|juice|water|"
    "coffee|tea|burger|hot dog|chips|crisps|plate|slice|seat|chair|ice cream|sweets|snack|snacks)"
    "( from the (bar|shop|kitchen|van|table|counter))?" + _NEVER_AFTER,
]
_DEN = [
    "(put|pushed|moved|used|stacked) (a|the|some|our) (chair|chairs|sofa|table|cushions|pillows|"
    "beanbag) (against|by|in front of) the dor to (make|build) (a|our|the) (den|fort|camp|castle)"
    + _NEVER_AFTER,
]
_CARE_BY_HANDS = [
    "(the |my )?(physio|physiotherapist|nurse|school nurse|doctor|gp|dentist|paramedic|sports "
    "therapist|osteopath|physio lady|physio man) touched my (leg|knee|ankle|foot|arm|shoulder|back)"
    "(?!( [a-z0-9]+){0,10} (higher|up my|under|inside|between|rubbed|rubs|stroked|strokes|kissed|"
    "kiss|alone|locked|private|privates|knickers|pants|boxers|shorts|skirt|thigh|thighs|bum|"
    "weird|funny|wrong|uncomfortable|again|every)( |$))" + _NEVER_AFTER,
]
_THUNDER = [
    "(litle|baby|smal|younger|youngest|little) (brother|sister|bro|sis)( [a-z]+){0,2} (climbs|"
    "climbed|gets|got|crawls|crawled|comes|came|sneaks|snuck|creeps|crept) (into|in|in to) "
    "(my|our) bed (when|if|cos|because|during|in) (there is |theres |its |it is |there was |he has "
    "|she has |he gets |she gets )?(thunder|a storm|storms|thunderstorms|a thunderstorm|"
    "lightning|a nightmare|nightmares|bad dreams|a bad dream|scared of the dark)" + _NEVER_AFTER,
]
_REMOTE = [
    _WHO
    + "smashed the (tv|telly) (remote|controler|controller) (when|cos|because|after) ([a-z]+ ){0,2}"
    "(lost|lose|drew|got beat|got knocked out|went out|scored|conceded|missed)" + _NEVER_AFTER,
]
_PARCELS = [
    "((a|the|our) )?(van driver|delivery driver|delivery man|postman|postie|courier|amazon driver|"
    "dpd driver|evri driver)" + _harmless(6) + " (parcels|parcel|packages|deliveries) for (next "
    "dor|the neighbours|our neighbours|the house next dor|number [0-9]+)" + _NEVER_AFTER,
]
_MATCH_PICTURES = [
    "send (me )?(my|his|her|the) (pictures|pics|photos|videos|vids) (of|from) the (match|game|"
    "football|rugby|cricket|netbal|race|tournament|gala|sports day|concert|school trip)( [a-z]+)?"
    " unles (i|we) send (him|her|them) (mine|ours)( first)?" + _NEVER_AFTER,
]
_TELLY = [
    "nothing on (the )?(telly|tv|netflix|iplayer|youtube|the radio|at the cinema|disney plus|"
    "prime)(?! (while|when|and he|and she|for (him|her|them)))",
]
_SELFIE = [
    _WHO_FETCHED
    + "grabed (me|us) for (a|the|our) (quick |big |group |family )?(selfie|photo|pic|picture|hug|"
    "snap|tiktok|dance|boomerang)" + _NEVER_AFTER,
]
# Only someone who looks after the child or family: a man online with "a surprise" is grooming.
_KEEPER = ("(carer|carers|foster mum|foster dad|foster carer|mum|mam|dad|nan|nana|gran|grandma|"
           "grandad|sister|brother|aunty|auntie|she)")
_SURPRISE = [
    f"(my )?{_KEEPER} (said|says) dont tel anyone (its|it is|it s|cos its|because its) a surprise"
    + _harmless(4) + " (got|bought|booked|is getting|s getting|getting|is having|is throwing|made|"
    "planned|is planning|ordered)( me| us)? (tickets|ticket|a party|a surprise party|a cake|cake|a "
    "present|presents|a holiday|a day out|a trip)" + _NEVER_AFTER,
]
_MOVED_SET = [
    "if (i|we) tel (my|the|our) (teacher|form tutor|tutor|head of year|maths teacher|miss|sir)( "
    "[a-z]+){0,3} (wil|il|would|might|could) (get |be )?(moved|put) (up|down|into|in) (a|the|to "
    "the|to a) (top |higher |lower |bottom |next )?(set|group|class|table)" + _NEVER_AFTER,
]

FOUND: Final[dict[str, list[str]]] = {
    "exploitation": [*_SECRET_GAME, *_PARCELS, *_SURPRISE],
    "coercion": _MOVED_SET,
    "emotional_abuse": _LITTLE_DEVIL,
    "neglect": [*_TIRED, *_DANCING],
    "domestic_abuse": _DANCING,
    "harmful_practices": _IN_A_FILM,
    "sexual_exploitation": [*_BATH_GAME, *_MATCH_PICTURES, *_TELLY],
    "physical_abuse": [*_FETCHED_FOR, *_SELFIE],
    "unsafe_home": [*_DEN, *_REMOTE],
    "sexual_abuse": [*_CARE_BY_HANDS, *_THUNDER],
}
