"""Threats in jest over trivial things, and sayings of dying over a test: set aside.

The eighth hand's ordinary answers quote the other person's words, and a quoted threat over
nothing much was most of its false alarms: a brother who will "batter me if i touch his xbox
lol we always say that", an aunt who will kill the child over the last Welsh cakes, an uncle
who will throw them in the sea on holiday "but he always says that", a keyworker who will
drag them out of bed on the first day of college "he better not lol", an escape room, a nan
who will kill an uncle late for Sunday dinner, "i'm gonna die if i dont pass my theory test
lol", a carer's "little devil" over hidden car keys. Each saying here names the trivial thing
(a console, food, a chore, waking someone, lateness, a test, a team's result, a relative's
wedding) and must end on a laugh or on words that say it is only talk ("he always says that",
"he never would", "he better not"), with nothing after it of the threat meant ("... last time",
"... not joking", telling); a blow told after it has a match of its own. The condition is never
telling, money, a bag, going to someone's place, photos or doing what they say: those are not
in the lists. A match is set aside only when one of these spans holds all of it
(``surveys.concerns``); ``surveys.concern_everyday`` adds them to its sayings, per category.
Same syntax as the phrase lists.
"""

from __future__ import annotations

from typing import Final

# --- how a jest ends --------------------------------------------------------------------------
_LAUGH = "(lol|haha|hahaha|ha ha|hehe|lmao|lmfao|rofl|jk|xd|jokes|only joking)"
# Words that say the threat is only talk. "He always says that" is read only here, at the end
# of a threat over a trivial thing: after a threat over telling it is no comfort.
# Never "he wouldnt let me ...": the words that say it is talk must not start another thought.
_ONLY_TALK = ("((but |and |tho )?(he|she|they|we|i|everyone) (always|only|just) (says|say|said) "
              "(that|it|stuff like that|things like that)|(but )?(he|she|they) (never would|would "
              "never|wouldnt|would not|never does|better not|had better not)(?! (let|make|give|"
              "allow))|(but )?"
              "(he is|she is|they are) (only )?(joking|kidding|messing|so dramatic|dramatic|so "
              "extra)|(its|it is|it was) (a joke|just a joke|banter|just banter))( (tho|though|"
              "really|obviously))?")
# A set-aside is read on the message alone and on it joined with the ones around it
# (``surveys.concerns.detect_across``), so none ends on the end of the text: each ends on words
# that may not follow it, in this message or the next. Here, what makes a jest meant (a blow or
# a new threat has a match of its own, read on its own).
_MEANT = ("(actually|for real|not joking|no joke|serious|seriously|means it|mean it|meant it|last "
          "time|every time|did it|does it|done it|tell|told|telling|police|bruise|bruises|marks|"
          "scared|afraid|frightened|terrified|hurt|hurts|belt|let me|let us|days|hours|all night|"
          "starve|starved|starving|no food)")
_NOT_MEANT = f"(?!( [a-z0-9]+){{0,12}} {_MEANT}( |$))"
_JEST_END = (f"( again| first| today| tonight| this time| one more time)?(( {_LAUGH})+( "
             f"{_ONLY_TALK})?( {_LAUGH})*| {_ONLY_TALK}( {_LAUGH})*){_NOT_MEANT}")

# --- who says it ------------------------------------------------------------------------------
# The words before a threat, never across a condition or a new thought ("if i tell anyone he
# will batter me if i touch his xbox lol" keeps its threat over telling), nor a man outside the
# family: an older man's console is how a child may be drawn in.
_SAID_BY = ("((?!(if|unless|or|tell|told|telling|grass|snitch|money|bag|and|but|because|when|"
            "then|man|men|older|olders|lads|guy|guys|bloke|fella|boss|dealer) )[a-z0-9]+ ){0,5}")
_WILL = "(will|would|is going to|was going to|are going to|going to)"
_HURT = ("(kill|murder|batter|slap|smack|punch|kick|thump|lamp|deck|whack|hit|strangle|throttle|"
         "skin|sit on) (me|us)( up)?")
# A threat of locking names the room it is over ("lock me in the shed", never "lock me in"),
# and a laugh is not enough: being shut in is done to children, so the words must say it is
# only talk ("he never would").
_LOCK = ("lock (me|us) in (the|a|my|his|her) (shed|room|bedroom|bathroom|cupboard|garage|loft|"
         "attic|toilet|garden|wardrobe)")
_TALK_END = (f"( again| first| today| tonight| this time| one more time)?( {_LAUGH})* {_ONLY_TALK}"
             f"( {_LAUGH})*{_NOT_MEANT}")

# --- the trivial things a threat is over ------------------------------------------------------
_THEIRS = ("(his|her|their|my (brothers|sisters|bros|sis|mums|mams|dads|nans|cousins|carers|"
           "uncles|aunties))")
# "ps5" and "ps4" read as leetspeak become "ps" and "psa" (``surveys.concerns.normalise``).
_THINGS = ("(xbox|ps|psa|playstation|switch|nintendo|console|controller|controllers|games|game|"
           "ipad|tablet|laptop|headset|headphones|hoodie|jumper|top|clothes|trainers|shoes|"
           "makeup|make up|straighteners|hair straighteners|perfume|charger|lego|bike|scooter|"
           "seat|remote|telly|tv)")
_FOOD = ("(food|chocolate|chocolates|sweets|crisps|chips|pizza|cake|cakes|welsh cakes|biscuits|"
         "biscuit|cookies|doughnuts|donuts|yoghurt|yogurt|yoghurts|ice cream|pudding|dessert|"
         "leftovers|sandwich|noodles|cereal|nutella|easter egg|easter eggs|haribo|snacks|coke|"
         "juice|chicken|roast potatoes|custard creams|hobnobs|jaffa cakes|bara brith)")
_TEAM = ("(we|arsenal|united|man united|man u|city|man city|spurs|chelsea|liverpool|everton|villa|"
         "newcastle|leeds|wales|england|scotland|cardiff|swansea|wrexham|celtic|rangers|my team|"
         "his team|her team|our team|the team|the toon|the gunners|the blues|the reds)")
_LOST = ("(lose|lost|loses|dont win|do not win|draw|get relegated|go down|get knocked out)( the "
         "(derby|final|match|game|league|cup|semi|semi final))?")
_TEST = ("(test|tests|exam|exams|gcse|gcses|mock|mocks|sats|a levels|driving test|theory test|"
         "spellings|times tables|grades)")
_FAMILY_DO = ("(baby shower|wedding|hen do|hen party|stag do|christening|graduation|"
              "gender reveal|engagement party|birthday meal|leaving do)")
_TRIVIAL = (
    "((touch|touched|use|used|go on|went on|play on|played on|borrow|borrowed|break|broke|nick|"
    f"nicked|take|took|wear|wore|lose|lost|sit in|sat in) {_THEIRS} ([a-z]+ )?{_THINGS}|(eat|ate|"
    "finish|have|take|nick|pinch|steal|drink|touch) (all |the last |the rest of |any of |one of |"
    f"another |more )?(the |her |his |their |my |of )?([a-z]+ )?{_FOOD}|"
    "(wake|woke) (him|her|them|the baby|everyone|the house) up( early| on a saturday| on a "
    "sunday)?|(am|are) late( (for|to) ([a-z]+ ){0,2}(tea|dinner|lunch|school|college|church|"
    "mass|the bus|the train|the film|practice|training))?|(dont|do not|didnt|forget to|never) "
    "(tidy|clean|hoover|wash|feed|walk|empty|load|unload|make|do) ((my|the|our|his|her) )?(room|"
    "bedroom|bed|dishes|washing up|homework|chores|jobs|dog|cat|bins|bin|dishwasher|hamster|"
    f"rabbit)|((dont|do not|didnt) (pass|get)|fail) (my|the|his|her) ([a-z]+ )?{_TEST}|"
    f"(dont|do not|didnt|dont ever) (come|go|turn up) to (her|his|their) {_FAMILY_DO})"
)
# "... when she sees i used her straighteners": found out, over the same trifles.
_FOUND_OUT = "((he|she|they) (sees|finds out|notices|realises|knows|hears) (that )?)?"
_THREAT_OVER_A_TRIFLE = [
    f"{_SAID_BY}{_WILL} {_HURT} (if|when) {_FOUND_OUT}(i|we) (ever )?{_TRIVIAL}{_JEST_END}",
    f"{_SAID_BY}{_WILL} {_HURT} if {_TEAM} {_LOST}{_JEST_END}",
    f"{_SAID_BY}{_WILL} {_LOCK} (if|when) (i|we) (ever )?{_TRIVIAL}{_TALK_END}",
]

# --- a threat with no condition but a holiday or a morning ------------------------------------
# Thrown in the sea or a pool on holiday; dragged out of bed for college. Never a river, a lake
# or the stairs, nor "at night".
_THROWN_IN_PLAY = [
    f"{_SAID_BY}{_WILL} (throw|chuck|push|dunk) (me|us) (in|into) the (sea|pool|swimming pool|"
    "paddling pool|snow|sand|waves|ball pit)( (on|at|when|this|in) ([a-z0-9]+ ){0,4}(holiday|"
    f"beach|seaside|pool|summer|caravan))?{_JEST_END}",
    f"{_SAID_BY}{_WILL} (drag|pull|tip|kick|chuck|throw|get) (me|us) out of (bed|my bed)( early)?"
    "( (on|for|in|at|every) ([a-z0-9]+ ){0,4}(morning|day|school|college|work|exam|exams|results "
    f"day|trip|flight|holiday|training|practice|match|christmas))?{_JEST_END}",
]

# --- off a balcony on the ground floor -------------------------------------------------------
# "flatmate says if i touch his xbox again hes throwing me off the balcony lol. were on the
# ground floor": the trifle first, then the laugh and the floor that makes it no threat (or words
# that say it is only talk). Any other floor, or none, keeps the alarm.
_GROUND_FLOOR = ("((but )?(were|we are|i am|we live|i live|its|it is|the flat is|the balcony is) "
                 f"(on|in) (the )?(ground floor|bottom floor|ground level)|{_ONLY_TALK})")
_OFF_THE_BALCONY = [
    f"{_SAID_BY}(says|said|goes|reckons|told me|tells me) if (i|we) (ever )?{_TRIVIAL}( again)? "
    "(he is|she is|they are|he will|she will|they will|he would|she would) (going to |gona )?"
    "(throw|throwing|chuck|chucking|push|pushing|lob|lobbing) (me|us) (off|out of|over|out) (the|"
    f"a|his|her|our) (balcony|window)( {_LAUGH})+ {_GROUND_FLOOR}"
    f"( {_LAUGH})*{_NOT_MEANT}",
]

# --- an escape room ---------------------------------------------------------------------------
# "She'll lock us in a room lol it was the escape room": the room named, and nothing after of
# being kept there for real.
_NOT_FOR_REAL = ("(?!( [a-z0-9]+){0,8} (real|really|actually|again|every|home|night|nights|hours|"
                 "days|hit|hurt|scared|crying|cried|let us out|let me out))")
_ESCAPE_ROOM = [
    f"{_SAID_BY}{_WILL} (lock|shut) (us|me|everyone) in (a|the|this) room( (?!(if|unless) )"
    f"[a-z0-9]+){{0,6}} (escape room|escape rooms){_NOT_FOR_REAL}",
    "(escape room|escape rooms)( [a-z0-9]+){0,6} (lock|locked|locks|shut) (us|me|everyone) in( "
    f"(a|the) room)?{_NOT_FOR_REAL}",
]

# --- a relative "killed" for being late to a family meal --------------------------------------
# ``surveys.concern_idioms`` sets aside "kill me if i'm late"; this is the same saying about an
# uncle or a brother late for Sunday dinner, with nothing after it of a blow or of it meant.
# Never a mum or a partner (what a child may hear of domestic abuse), nor late home.
_KIN_LATE = ("(uncle|auntie|aunty|aunt|brother|sister|cousin|grandad|grandpa|nan|granny|bro|sis|"
             "little brother|big brother|little sister|big sister|brother in law)")
_LATE_FOR_A_MEAL = [
    f"{_SAID_BY}(kill|murder|strangle|throttle|skin) (my|her|his) {_KIN_LATE} (if|when) "
    "(he|she|they) (is|are|gets|turns up|turn up|shows up|comes|rolls in) late( (for|to) "
    "([a-z]+ ){0,2}(dinner|tea|lunch|church|the wedding|christmas|mass|the film|the match|"
    f"the christening|the meal|the bus))?( again| this time)?( {_LAUGH})*{_NOT_MEANT}"
    "(?!( [a-z0-9]+){0,12} (hits|hit|hitting|beats|beat|punches|punched|slaps|slapped|kicks|"
    "kicked|throws|threw)( |$))",
]

# --- dying over a test or a team's result -----------------------------------------------------
# The child's or a friend's "gonna die if ...": only over a test or a team, and only with a
# laugh or "he is so dramatic" after, and nothing after that of a means or of it meant. Never
# "kill myself", whatever it is over.
_WISH = ("(myself|pills|tablets|rope|bridge|mean it|means it|meant it|serious|seriously|not joking|"
         "for real|goodbye|note|actually|want to|every day|anymore|any more|cant (do|take|cope|go "
         "on)|hate|cut|cutting|end it|plan|planned|kill)")
_DIE_OVER_A_TRIFLE = [
    "((i|he|she|we) (am|is|are) |(i|he|she|we) )?(going to|will|would|could|might) (literally |"
    "actually |honestly )?(die|jump off (a|the) (roof|cliff)) if ((i|we) ((dont|do not|didnt) "
    f"(pass|get)|fail) (my|the|his|her|our) ([a-z]+ )?{_TEST}|{_TEAM} {_LOST})( again| tonight| "
    f"this time| on saturday| on sunday)?(( {_LAUGH})+|( (he is|she is|they are|i am) (so )?"
    f"(dramatic|extra|joking|kidding))( {_LAUGH})*)(?!( [a-z0-9]+){{0,12}} {_WISH}( |$))",
]

# --- a little devil over a prank --------------------------------------------------------------
# A carer's "little devil" or "cheeky monkey" for a prank, named. Never beside words of the
# devil in a child (a harm of its own), nor of what was done to them for it.
_SPIRIT = ("(hit|hits|beat|beats|punish|punished|devil|evil|spirit|spirits|witch|possessed|pray|"
           "prayed|pastor|hurt|locked|scared|cry|cried|hate|hates)")
# Inside the saying, nor a new thought or someone doing something.
_NOT_A_SPIRIT = f"(and|but|then|so|she|he|they|lock|church|out|{_SPIRIT})"
_PRANK = ("(hid|hiding|hide|took|nicked|pinched|ate|eating|drank|drew|scribbled|pranked|put|"
          "putting|swapped|jumped|scared|squirted|tickled|moved|sneaked|snuck|painted|painting)")
_LITTLE_DEVIL = [
    "(said|says|called me|calls me|call me|told me) (that )?((i was|i am) )?(a |such a |her |his "
    "|a right |a proper )?(little|cheeky|right|proper) (devil|monkey|terror|menace|rascal|minx|"
    f"madam|tinker|pickle|horror|nightmare)( (?!{_NOT_A_SPIRIT} )[a-z0-9]+){{0,3}} (because|for|"
    f"when|after) (i )?{_PRANK}( (?!{_NOT_A_SPIRIT} )[a-z0-9]+){{0,8}}( {_LAUGH})*(?!( "
    f"[a-z0-9]+){{0,12}} {_SPIRIT}( |$))",
]

JESTS: Final[dict[str, list[str]]] = {
    "emotional_abuse": [*_THREAT_OVER_A_TRIFLE, *_THROWN_IN_PLAY, *_ESCAPE_ROOM, *_LATE_FOR_A_MEAL,
                        *_LITTLE_DEVIL],
    "coercion": [*_THREAT_OVER_A_TRIFLE, *_LATE_FOR_A_MEAL],
    "physical_abuse": [*_THREAT_OVER_A_TRIFLE, *_THROWN_IN_PLAY, *_OFF_THE_BALCONY],
    "trafficking": [*_THREAT_OVER_A_TRIFLE, *_ESCAPE_ROOM],
    "self_harm": _DIE_OVER_A_TRIFLE,
}
