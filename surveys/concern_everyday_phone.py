"""Ordinary news sent from a phone in the words of harm, by kind of everyday context: set aside.

The eleventh hand's ordinary answers were typed or dictated on a phone, by children and by care
leavers who are young parents themselves, and they borrowed the words of harm in a few kinds of
everyday context:

- the writer's own small child is the one who kicks, hits or climbs into bed ("took my son to
  soft play n he kicked me in the face");
- a brother's or a mate's play-fight or joke threat over a game just won or lost ("punched me on
  the arm bc i beat him at fifa");
- a named film, song or game ("suicide squad", a song "runaway train", a NERF war);
- hyperbole about treats or screens ("overdosed on chocolate");
- and ordinary news one at a time: a passport got at last, a grown relative or a mentor whose age
  or role is named, a partner of an adult's own age, a fiver paid back, locked out by accident,
  fireworks that made the child jump, out late with permission, a kitchen locked against
  biscuit raids, hide and seek, a head bumped on a cupboard, a present kept secret, a dad who
  texts where to meet for contact, a puppy begged for, bags of sweets sold at a fair, a wedding's
  groom, a passport a carer keeps safe, a haircut that will "shame the family", TikTok dances.

Each saying names the everyday thing (who does it, or what it is about) and runs only over the
words that finish it; none runs across the words that turn it back to harm (another grown-up,
telling, a real weapon, tablets, nowhere to go, being kept hungry). A match is set aside only
when one of these spans holds all of it (``surveys.concerns``), so harm told beside a saying is
still read; ``surveys.concern_everyday`` adds them to its sayings, per category. Same syntax as
the phrase lists. The harmless end of a saying a match runs into ("wanted to die of
embarrassment") is read by ``surveys.concerns`` itself.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words of harm no saying's gap may run over: a blow, a touch or a threat told inside the span
# would be hidden by it.
_HARM = ("hit|hits|hitting|punched|punches|kicked|kicks|slapped|slaps|beat|beats|battered|stabbed|"
         "pushed|shoved|threw|grabbed|touched|touches|touch|raped|hurt|hurts|strangled|choked|"
         "knife|knives|drunk|drugs|weed|police|scared|afraid|crying|cried|man|men|stranger")


def _harmless_gap(turns: str, most: int) -> str:
    """Up to ``most`` words, none of them ``turns`` nor a word of harm (``_HARM``)."""
    return _gap(f"({turns}|{_HARM})", most)


# Adults a young parent may also write of: a partner or an ex in the gap means "he" may be them.
_ADULTS = ("(dad|daddy|father|stepdad|boyfriend|bf|partner|ex|fella|man|men|uncle|grandad|mum|mam|"
           "nan|friend|mate|mates|he|she|they|someone|somebody|his|her|their|who|drunk|police|was|"
           "were|when|while|came|come|home|back|crying|screaming|asleep|sleeping|angry)")
_NEVER_AFTER = ("(?!( [a-z0-9]+){0,8} (hospital|police|scared|frightened|terrified|bleeding|bled|"
                "blood|bruise|bruises|bruised|black eye|knife|knives|on purpose|every day|all the "
                "time)( |$))")

# --- (1) the writer's own small child ---------------------------------------------------------
# "my son", "my daughter", "my toddler", "the baby" (also one still to be born); never "my baby"
# alone (a partner may be called that) nor "my sons dad".
_OWN_CHILD = ("((my|our) (little |baby |youngest |eldest |oldest |two year old |three year old |"
              "[0-9] year old )?(son|daughter|toddler|little one|little boy|little girl|little man|"
              "twins|babies|baby boy|baby girl)|the baby)")
_BODY = "(face|nose|head|eye|lip|mouth|arm|leg|belly|tummy|back|boob|boobs|chest|shin|knee|ear)"
_CHILDS_ACT = (
    "((kicked|kicks|kick|kicking|hit|hits|smacked|whacked|headbutted|head butted|bit|bites|punched|"
    f"punches|scratched|slapped|slaps|elbowed|kneed) (me|my {_BODY})( (in|on) (the|my) {_BODY})?"
    "|(pulled|pulls|pulling) my hair|(climbs|climbed|climb|climbing|gets|got|crawls|crawled|creeps|"
    "crept|comes|came|sneaks|snuck) (into|in|in to) (my|our) bed)"
)
_OWN_CHILD_DID = [
    f"{_OWN_CHILD}{_harmless_gap(_ADULTS, 6)} ((and|n|then|but) )?((he|she|they) )?(just |always "
    f"|still )?{_CHILDS_ACT}{_NEVER_AFTER}",
]

# --- (2) a play-fight or a joke threat over a game --------------------------------------------
_PEER = ("(my )?(little |big |older |younger |twin |step |half )?(brother|bro|stepbrother|sister|"
         "sis|stepsister|cousin|mate|best mate|bestie|best friend|friend|pal|flatmate)")
_PLAY_BLOW = ("((punched|hit|whacked|thumped|slapped|kicked|smacked|elbowed|tackled|jumped on|"
              "dead armed)( me)?( (on|in) the (arm|leg|shoulder|back|head)| under the table)?|"
              "(is|was|wil be) (going to|gona) (kill|murder|batter|destroy|end) me|(will|would|"
              "wil|wants to|wanted to) (kill|murder|batter) me|(said|says) (he|she) (will|would|"
              "wil|is going to|was going to) (kill|murder|batter) me)")
_PLAYED = ("(fifa|fortnite|monopoly|uno|mario kart|mariokart|chess|cards|pool|snooker|darts|the "
           "xbox|xbox|ps|psa|the ps|playstation|the switch|switch|football|footy|table tennis|"
           "tennis|ping pong|smash|rocket league|call of duty|cod|minecraft|roblox|among us|"
           "scrabble|connect four|ludo|jenga|a race|the race|the game|a game|the quiz|quiz|arm "
           "wrestling|rock paper scissors|the beach volleyball|volleyball)")
_GAME_REASON = (
    "(because|cause|after|when|for) ((i|eye|we) (beat|thrashed|smashed|battered|whooped|owned|"
    "destroyed|hammered|won|win|won against|scored (on|against)|knocked out|got out)( (him|her|"
    "them|us))?|(he|she|they) lost( to me)?|(i|eye) (cheated|paused it|unplugged it))( [a-z0-9]+)"
    "{0,3} (at|on|in) " + _PLAYED
)
_PLAY_FIGHT = [
    f"{_PEER} {_PLAY_BLOW} {_GAME_REASON}{_NEVER_AFTER}",
]

# --- (4) a named film, song, show or game -----------------------------------------------------
# Titles whose words are never a child's own harm.
_TITLES = ("(the )?suicide squad|kill bill|the purge|(thirteen|13) reasons why|killing eve|how to "
           "get away with murder|a good girls guide to murder|murder mystery( 2| two)?|murder "
           "on the orient express|(the )?hunger games|the hanging tree|killing me softly|kill "
           "this love|final destination|happy death day|(the )?walking dead|dead by daylight|"
           "dying light|fight club|gangstas paradise|gangsters paradise|peaky blinders|squid "
           "game|five nights at freddys|prison life|criminal minds|line of duty|suicideboys|"
           "suicide boys|stressed out|killer queen|smells like teen spirit")
# Titles whose words may be a child's own: only after a word that names a title.
_HEARD_TITLES = ("(run away train|runaway train|run away|runaway|taken|get out|the hunt|hurt|"
                 "psycho|heathens|home alone|knives out|jaws|the ring)")
_NAMES_A_TITLE = ("((fav|favourite|fave|best|new|old|that|this|the) )?(song|tune|track|album|film|"
                  "movie|show|programme|series|game|book|musical|play) (is|was|called|named) |"
                  "(watched|watching|watch|saw|seen|listening to|listened to|listen to|sang|"
                  "singing|sing|played|playing|put on|singing along to) (the (film|movie|song) )?")
_CALLED = "(film|movie|song|show|series|game|book|musical|episode|documentary) (called|named)"
_TITLE_WORD = "( (?!(and|but|because|so|then|i|me|my|myself|he|she|they|him|her) )[a-z0-9]+)"
_NAMED_WORKS = [
    f"({_TITLES})",
    f"{_NAMES_A_TITLE}{_HEARD_TITLES}( (on|by|from|with|again|lol|lmao|haha|every|in|at|at the|"
    "with my) [a-z0-9]+| (lol|lmao|haha)|(?= (she|he|they|we|it|its|is|was)))",
    "(watched|watching|watch|listening to|listened to|played|playing|love|like|loved|liked) "
    f"(a|the) {_CALLED}{_TITLE_WORD}{{1,4}}",
]
# A game with toy weapons: a NERF war, paintball, laser tag, water pistols.
_TOY_WEAPONS = [
    "(nerf|paintball|paint ball|laser tag|laser quest|lazer tag|water pistol|water pistols|water "
    "gun|water guns|super soaker|super soakers)( (war|wars|gun|guns|battle|fight|party|game|match|"
    "blaster|blasters))?"
    + _harmless_gap("real|actual|actually|bleeding|blood|shot|shoot|shooting", 10),
]

# --- (5) hyperbole about treats and screens ---------------------------------------------------
_TREATS = ("(chocolate|easter eggs|easter egg|sweets|sugar|haribo|cake|cakes|cookies|biscuits|ice "
           "cream|pizza|chips|candy|crisps|popcorn|doritos|nutella|mince pies|selection boxes|"
           "selection box|doughnuts|donuts|pancakes|netflix|tiktok|youtube|love island|christmas "
           "films|christmas movies|disney|anime|revision|homework|maths|harry potter|fortnite|"
           "cuteness|kdramas|k dramas|reality tv|telly|tv|films|marvel|taylor swift|football)"
           "(?! (pills|tablets|free|and (pills|tablets|paracetamol|medicine)))")
_TOO_MUCH = [
    "(overdosed|overdose|overdosing|od|oded) on (the |my |all the |too much |so much |way too "
    f"much )?([a-z]+ )?{_TREATS}",
]

# --- (6) ordinary news, one kind at a time ----------------------------------------------------
# A passport of one's own at last: never one someone else "got".
_NOT_TAKEN_BY = "".join(f"(?<!{who} )" for who in (
    "he", "she", "they", "him", "man", "boss", "has", "have", "had", "hes", "theyve", "someone",
    "somebody", "uncle", "he has", "she has", "they have"))
_OWN_PASSPORT = [
    f"{_NOT_TAKEN_BY}(got|get|getting|received|collected) my (first |new |own |british |uk )?"
    "passport( (at last|finally|after [a-z0-9]+ (years|months|weeks)|today|in the post|through the "
    "post|for (my|the|our) (holiday|trip|school trip)))",
]
# A grown relative, the carer's son or a mentor named with their age or their role: the age says
# who they are, never what they ask.
_KIN = ("(brother|bro|sister|cousin|uncle|auntie|aunty|foster brother|foster sister|step brother|"
        "carers son|carers daughter|carers grandson|foster carers son|foster carers daughter)")
_NOTHING_ASKED = ("(?!( [a-z0-9]+){0,8} (gives me (weed|drugs|money|vapes|alcohol|cash)|makes me|"
                  "touch|touches|touched|kiss|kisses|sex|drugs|weed|party|parties|older men|his "
                  "mates|his friends|secret|dont tell|not to tell|pictures|photos|pics|nudes)"
                  "( |$))")
_NOT_KIN = "(mate|mates|friend|friends|boyfriend|man|men|guy|bloke|lad|lads|older)"
_AGE = "(he is|she is) (1[7-9]|[2-6][0-9])"
# What a grown-up may do to draw a child in: never in the gap before their age.
_FAVOURS = ("(and|but|he|she|text|texts|texted|messages|messaged|snapchat|snaps|gifts|buys|bought|"
            "money|likes|love|loves|lift|lifts|car|meet|meets|secret|alone|special|girlfriend|"
            "boyfriend)")
_ROLE = ("(social worker|teacher|form tutor|tutor|pa|personal adviser|keyworker|key worker|iro|"
         "advocate|foster dad|foster carer|carer|driving instructor|instructor|youth worker|mentor|"
         "coach|doctor|counsellor|therapist|dad|uncle|vicar|pastor|imam)")
_GROWN_AND_NAMED = [
    # From "my": ``surveys.concern_everyday`` has a saying from the relative that ends at the car,
    # and of two sayings from one word only the first is tried.
    f"(my|our) (big |older |eldest |oldest )?{_KIN}{_harmless_gap(_NOT_KIN, 10)} "
    f"(in|with) (his|her) car( and)? {_AGE}{_NOTHING_ASKED}",
    f"{_KIN} (is|has been|was) (teaching|teachin|teaches|taught|helping) me (to )?(drive|driving)"
    f"{_harmless_gap('secret|alone|special|money|gifts|snapchat|girlfriend|boyfriend', 8)} {_AGE}"
    f"{_NOTHING_ASKED}",
    f"(my|our) (new )?{_ROLE}{_harmless_gap(_FAVOURS, 6)} {_AGE}( years old| now| "
    f"this year)?{_NOTHING_ASKED}",
    f"(my|our) {_ROLE} is an older (guy|man|bloke|fella|lady|woman) (from|at) (the |my |our )?"
    "(church|mosque|temple|gurdwara|scouts|college|youth club|the centre|work|school)"
    f"{_NOTHING_ASKED}",
]
# Both adults, in the same breath: "my boyfriend is 23 n im 21".
_BOTH_ADULTS = [
    "(boyfriend|girlfriend|partner|bf|gf|fella) is (1[89]|2[0-9]|3[0-5]) (and|n) (i am|me) (1[89]|"
    "2[0-9])",
    "(i am|me) (1[89]|2[0-9]) (and|n) my (boyfriend|girlfriend|partner|bf|gf|fella) is (1[89]|"
    "2[0-9]|3[0-5])",
]
# A fiver or a tenner paid back: the debt is over.
_PAID_BACK = [
    "(paid|gave|handed|payed) ((my|his|her) [a-z]+|him|her|them) (back|bk) (the|a|my|that) (fiver|"
    "tenner|quid|[0-9]{1,2} (quid|pounds)|twenty quid|money) (i|we|that i) (owed|owe) (him|her|"
    "them)(?!( [a-z0-9]+){0,8} (still|more|interest|work|sell|bag|bags)( |$))",
]
# Locked out by accident, waiting for a key or a locksmith.
_BY_ACCIDENT = "(by accident|by mistake|accidentally)"
_SAID_SO = ("(?!( [a-z0-9]+){0,10} ((she|he|they) (says|said|claims|claimed|reckons)|every|again|"
            "always|all night|punish|punishment)( |$))")
_LOCKED_OUT_BY_ACCIDENT = [
    f"locked (me|us|herself|himself|themselves|ourselves) out {_BY_ACCIDENT}{_SAID_SO}",
    f"{_BY_ACCIDENT} locked (me|us|herself|himself|themselves|ourselves) out{_SAID_SO}",
]
# A bang that made the child jump: fireworks, thunder, a film.
_MADE_ME_JUMP = [
    "(firework|fireworks|banger|bangers|bangs|bang|thunder|lightning|the noise|a noise|the alarm|"
    "fire alarm|smoke alarm|jumpscare|jump scare|the film|the movie|horror film|scary film|the "
    "balloon|a balloon|balloon|the door|the cat|the dog|the doorbell|doorbell|my phone|the phone|"
    "the ghost train|the clown)"
    + _harmless_gap("he|she|they|him|shouting|someone|lads", 6)
    + " (made|makes|make) (me|us) (jump|jumped)"
    "(?! (off|out|in|into|from|a|him|her|them|someone|people|kids|lads|boys|girls)( |$))",
]
# Out late with a carer's yes: where, then who was told and what they said.
_WITH_LEAVE = [
    "(stayed|stopped|was|were|went|stayed out)( out)? (at|in|to|down) (the|my|a) ([a-z]+ )?(park|"
    "beach|town|shops|cinema|mates|friends|bowling|rec|field|skatepark)"
    + _harmless_gap("night|nowhere|home|back|cos|because|run|ran", 8)
    + " (told|asked|texted|rang|phoned|called) (the )?(staff|my carer|carers|my carers|my foster "
    "carer|my keyworker|mum|my mum)" + _gap("(but|not|didnt|dont|angry|mad)", 3)
    + " (said|say|says) (its|thats|it is|that is|it was|that was)? ?(fine|ok|okay|alright|cool|no "
    "problem|allowed)",
]
# A kitchen or a cupboard locked at night against raids on the treats.
_TREAT_RAIDS = [
    "(lock|locks|locked|locking) the (kitchen|fridge|cupboard|cupboards|snack cupboard|treat "
    "cupboard|sweet cupboard|biscuit tin)( at night)? (so|cos|because) (we|i) (dont|cant|wont|"
    "do not|cannot) (eat|have|raid|scoff|nick|take|finish) (all )?(the )?(biscuits|sweets|snacks|"
    "chocolate|treats|crisps|cake|ice cream|midnight snacks|easter eggs)(?!( [a-z0-9]+){0,10} "
    "(starving|hungry|nothing|no food|all day|days)( |$))",
]
# Hiding in a game of hide and seek, the game named first.
_HIDE_AND_SEEK = [
    "(hide and seek|hide n seek|hide and go seek|hide n go seek)"
    + _harmless_gap("shouting|angry|boyfriend|dad|stepdad|came|from|him", 10)
    + " (hid|hide|hiding) (in|under|behind) (the|my|a) (wardrobe|cupboard|bed|shed|curtains|"
    "bath|garage|loft|attic|airing cupboard|washing basket)",
]
# A head bumped on a cupboard: no one's hand named before it.
_NOT_BY = "".join(f"(?<!{who} )" for who in (
    "he", "she", "they", "him", "her", "man", "dad", "mum", "mam", "stepdad", "boyfriend",
    "carer", "brother", "sister", "uncle", "someone", "somebody", "then", "and he", "and she",
    "partner", "ex", "fella", "friend", "mate", "teacher", "staff", "lad", "lads", "boys"))
_BUMPED_HEAD = [
    f"{_NOT_BY}(hit|banged|bumped|smacked|whacked|knocked) my head on the ([a-z]+ )?(cupboard|"
    "cupboard door|door|table|shelf|bunk|bunk bed|car door|ceiling|beam|doorframe|door frame|"
    "corner|window|tap|sink|fridge|freezer)( door)?"
    + _harmless_gap("he|she|they|him|her", 3) + " ((getting|standing|sitting|"
    "bending|reaching|climbing|coming) (up|out|in|down|over)|proper (egg|lump|bump)|(got|have|now) "
    "(a|an|this) (egg|lump|bump)|ouch|ow|oops|lol|haha|lmao|by accident|accidentally|again|(when|"
    "as|while) i)",
]
# A present for someone else's day kept secret.
_OCCASION = "(birthday|bday|christmas|xmas|mothers day|fathers day|anniversary|wedding|easter)"
_PRESENT_KEPT = [
    "(keeping|keep|kept|keepin) (my|her|his|our|the) ([a-z]+ )?(sisters |brothers |mums |mams |"
    f"dads |nans |carers |friends )?{_OCCASION} (present|presents|gift|card|cake|surprise|party) "
    "(a )?(secret|surprise)(?! (from|and) )",
]
# A parent's message where to meet for contact or a meal.
_MEETING_FOR_CONTACT = [
    "(dad|mum|mam|nan|gran|grandad|auntie|uncle|social worker|contact worker|brother|sister)"
    "( [a-z0-9]+){0,2} (texts|text|texted|messages|messaged|tells|told|rings|rang) me where to "
    "meet( (him|her|them|up))? (for|at|on|before|after) ([a-z0-9]+ ){0,3}(contact|tea|lunch|"
    "dinner|breakfast|coffee|mcdonalds|maccies|costa|greggs|the park|the contact centre|the "
    "station|the shops|town|the cinema|bowling|saturday|sunday|the weekend|my birthday)",
]
# Begging a carer for a pet or a treat.
_BEGGED_FOR = [
    "(had to|have to|having to|has to) beg (my|our|the) ([a-z]+ ){0,2}(for|to (let|get|buy)) (a |"
    "an |the |my |some |us |me )?([a-z]+ ){0,2}(puppy|dog|kitten|cat|hamster|rabbit|pet|phone|"
    "iphone|xbox|ps|switch|trampoline|sleepover|trip|tickets|concert|holiday|trainers|bike|"
    "pizza|takeaway|maccies|car|lift)",
]
# Bags of sweets at a fair; old bags sold online.
_SOLD_AT_A_FAIR = [
    "(sell|sold|selling|sells) (bags|bag) of (sweets|popcorn|crisps|cakes|cookies|fudge|glitter|"
    "slime|candy floss|toffee|biscuits|lavender|marbles)(?! (for (him|them|the olders|the man|the "
    "lads)|with (pills|drugs|weed)|laced))",
    "(sell|sold|selling|sells) (my|her|some|the|our) (old )?(bags|handbags|clothes) on (vinted|"
    "ebay|depop|facebook|marketplace)",
]
# A wedding's groom.
_GROOM = [
    "(the|a|her|his|bride and( the)?|bride n( the)?) groom(?! (me|us|her|him|them|you|kids|"
    "children|young|girls|boys|people)( |$))",
]
# A carer keeping a passport safe.
_PASSPORT_KEPT_SAFE = [
    "(foster carer|foster carers|carer|carers|social worker|mum|mam|nan|dad|keyworker|key worker|"
    "staff) (keeps|kept|keep|has|holds|looks after) my passport (in|safe|locked|for me)( (her|his|"
    "the|a|their) )?([a-z]+ )?(safe|drawer|filing cabinet|office|box|folder|cupboard|lost)?"
    "(?!( [a-z0-9]+){0,6} (cant|wont|refuse|refuses|leave|go)( |$))",
]
# A haircut or an outfit that will "shame the family", said as a joke.
_SHAME_IN_JEST = [
    "(haircut|hair cut|hair|outfit|dancing|singing|tattoo|trainers|jumper|christmas jumper|dance "
    "moves|karaoke|fringe|glasses|shoes)"
    + _harmless_gap("sent|send|marry|married|wedding|honour|abroad|home|back|kill", 6)
    + " (would|will|is going to|gona) (shame|embarrass) the (whole )?family( (lol|haha|lmao|jk))+",
]
# Friends who make the child join TikTok dances.
_MADE_TO_DANCE = [
    "(make|makes|made) me do (stuff|things) like (tiktok|tik tok|tiktoks|the) (dances|dance|"
    "challenges|trends)",
]
# Cash for helping on a van, said to be known to the PA.
_KNOWN_TO_THE_PA = [
    "(mate|friend|uncle|neighbour|dad|brother|cousin) pays me (cash|money|[0-9]+ quid|a tenner|a "
    "fiver)? ?to help (on|with|in) (his|her) (van|stall|shop|garden|removals|business|car wash)"
    + _harmless_gap("bags|parcels|packages|lads|olders|county|phone|phones|secret", 10)
    + " (and )?(i )?told my (pa|personal adviser|social worker|carer|carers|keyworker) about it "
    "(so )?(its|it is) (all )?(above board|legit|fine|ok|allowed|sorted)",
]

PHONE: Final[dict[str, list[str]]] = {
    "physical_abuse": [*_OWN_CHILD_DID, *_PLAY_FIGHT, *_BUMPED_HEAD, *_TOY_WEAPONS],
    "sexual_abuse": [*_OWN_CHILD_DID, *_MADE_TO_DANCE],
    "emotional_abuse": [*_PLAY_FIGHT, *_LOCKED_OUT_BY_ACCIDENT, *_TOY_WEAPONS],
    "coercion": _PLAY_FIGHT,
    "self_harm": [*_NAMED_WORKS, *_TOO_MUCH, *_OWN_CHILD_DID],
    "missing": [*_NAMED_WORKS, *_WITH_LEAVE, *_TOY_WEAPONS],
    "unsafe_home": [*_TOY_WEAPONS, *_TREAT_RAIDS, *_HIDE_AND_SEEK, *_NAMED_WORKS],
    "domestic_abuse": _TOY_WEAPONS,
    "trafficking": [*_OWN_PASSPORT, *_BEGGED_FOR, *_PASSPORT_KEPT_SAFE],
    "sexual_exploitation": [*_GROWN_AND_NAMED, *_BOTH_ADULTS],
    "exploitation": [*_TOY_WEAPONS, *_BOTH_ADULTS, *_PAID_BACK, *_MADE_ME_JUMP, *_PRESENT_KEPT,
                     *_MEETING_FOR_CONTACT, *_SOLD_AT_A_FAIR, *_GROOM, *_KNOWN_TO_THE_PA],
    "harmful_practices": _SHAME_IN_JEST,
}
