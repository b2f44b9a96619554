"""Ordinary answers about sport, outings, films and jokes that borrow the words of harm: set aside.

The sixth blind hand's ordinary answers raised 19 alerts of 402 from the rules alone. Most were
about something harmless these sayings name: a race run flat out ("thought i was going to
die"), a grandparent's threat in jest over a game or a birthday, a knock in a fighting sport
with guards on, a bone broken at rugby (in Welsh), camping in the woods with a group, shooting
at targets, a film's stabbing, sadness about a lesson, a team running away with a league, a
knife skill taught in a kitchen, medicine locked away, a surprise party kept secret. Before they
were written, each structure got fresh ordinary answers in other voices and the disclosures
nearest them (``tests/corpora/everyday.txt``): at first sight the rules left 18 of 35 ordinary
answers silent and raised all 8 disclosures as urgent. A match is set aside only when one of
these spans holds all of it, and none reaches past words that turn it back to harm (a person
who did it, "i have to say", "on my own", "so i cant eat"). Same syntax as the phrase lists;
``surveys.concern_everyday`` adds them to its sayings, per category.
"""

from __future__ import annotations

from typing import Final

# --- a race or a fitness test run flat out --------------------------------------------------------
_EXERTION = ("(race|races|running|ran|run|cross country|bleep test|beep test|sports day|the mile|a "
             "mile|park run|parkrun|big hill|hill|hills|gala|lengths|relay|marathon|5k|10k|pe|"
             "training|gym|workout|circuits|hike|hiking|climbing|football|rugby|netball|hockey|"
             "match|swimming|dofe|expedition|laps|last lap|sprint|sprints|sprinting|athletics|"
             "track|metres|meters)")
# A gap that never crosses a word bringing in someone who does something, or a new thought.
_NO_ONE_ELSE = ("( (?!(because|cos|coz|when|then|home|said|says|told|if|hit|hits|hurt|hurts|beat|"
                "beats|chased|chase|chasing|grabbed|he|she|they|him|her|them|want|wanted) )"
                "[a-z0-9]+)")
# What turns the saying back to the child's own wish to die, anywhere in the next few words.
_NOT_A_WISH = ("(?!( [a-z0-9]+){0,8} (want|wanted|wanting|wish|wished|myself|kill|end it|end my|"
               "every day|every night|hurt|pills|tablets|bridge|rope))")
_RUN_FLAT_OUT = [
    f"{_EXERTION}{_NO_ONE_ELSE}{{0,10}} (thought|felt like|felt as if|swear|honestly thought) (i "
    f"was going to|i would|i will|i was about to|i might) (die|pass out|be sick){_NOT_A_WISH}",
    "(nearly|almost|literally|actually) (died|die|dies|dying) (doing|running|on|in|at|during|after)"
    f" (the |a |my |our )?{_EXERTION}{_NOT_A_WISH}",
]

# --- a threat in jest over a game or a birthday ---------------------------------------------------
_GAMES = ("(fifa|fortnite|chess|pool|snooker|darts|mario kart|mariokart|cod|call of duty|minecraft|"
          "roblox|rocket league|uno|cards|monopoly|scrabble|ludo|connect four|connect 4|table "
          "tennis|ping pong|tennis|badminton|xbox|the xbox|ps5|the ps5|switch|the switch|apex|"
          "valorant|warzone|smash bros|just dance|bowling|golf|crazy golf|mini golf|tekken|street "
          "fighter|draughts|checkers|cluedo|jenga|snap|the quiz|a quiz|football|footy|basketball|"
          "netball|arm wrestling|a race|the race)")
_WIN = "(beat|beats|win|won|thrash|smash|whoop|batter)"
_DAY = ("(birthday|bday|anniversary|christmas|mothers day|fathers day|wedding|[0-9]+th|[0-9]+st|"
        "[0-9]+nd|[0-9]+rd)")
_KILL_IN_JEST = [
    f"([a-z0-9]+ ){{0,5}}(kill|murder|strangle) (me|us) if (i|we) (ever )?{_WIN} (him|her|them) "
    f"(again )?(at|in|on) {_GAMES}",
    "([a-z0-9]+ ){0,5}(kill|murder|strangle) (me|us) if (i|we) (dont|do not|didnt|forget to|"
    "forget|never) (ring|call|phone|text|facetime|visit|wish|get|buy|send|make) (her|him|them)( "
    f"[a-z0-9]+){{0,3}} (on|for) (her|his|their) {_DAY}",
    f"([a-z0-9]+ ){{0,5}}(kill|murder|strangle) (me|us) if (i|we) forget (her|his|their) {_DAY}",
]
_BEATEN = "(batter|bater|smash|thrash|destroy|beat|whoop|hammer|own|wreck)"
_BEAT_AT_A_GAME = [
    "([a-z]+ ){0,3}(says|said|reckons|reckon|swears|swore) (that )?(he|she|they|hed|shed|theyd) ("
    f"would|will|is going to|was going to|are going to|would|could)? ?{_BEATEN} (me|us) (at|in|on) "
    # The span runs on over when the game is, so a threat kept for "tonight" stays inside it.
    f"{_GAMES}( (again|later|tonight|tomorrow|after school|after tea|this weekend|next time))?",
]

# --- a knock in a fighting sport ------------------------------------------------------------------
_FIGHT = ("(boxing|boxing club|kickboxing|kick boxing|sparring|a spar|karate|judo|taekwondo|tae "
          "kwon do|jiu jitsu|bjj|mma|muay thai|wrestling|fencing|martial arts|rugby|rugby "
          "training)")
_KNOCKED = "(i )?(got|get|gets|was|been|getting) (kicked|hit|whacked|smacked|elbowed|punched|kneed)"
# Never across a person who did it or words of what the child must say of it.
_BY_NO_ONE = ("( (?!(by|my|his|her|he|she|they|him|them|say|said|tell|told|cos|because|home|"
              "again) )[a-z0-9]+)")
_NOT_TOLD = ("(?!( [a-z0-9]+){0,10} (lie|lying|pretend|pretended|really|actually|cover|excuse|"
             "supposed to|(have|had|got) to (say|tell)|told (me )?to (say|tell)|made me (say|tell)|"
             "(say|said|tell|told|says) (it was|its|that it)))")
_GUARDED = ("(head guards|head guard|headguards|headguard|gum shield|gum shields|gloves|pads|body "
            "pads|helmet|helmets|coach|it didnt hurt|i was fine|its fine|it was fine|part of it)")
_FIGHT_KNOCK = [
    f"(do|doing|did|at|in|during|go to|went to|after) (the )?{_FIGHT}{_BY_NO_ONE}{{0,6}} {_KNOCKED}"
    f"{_BY_NO_ONE}{{0,8}} {_GUARDED}{_NOT_TOLD}",
    f"{_KNOCKED}{_BY_NO_ONE}{{0,6}} (by accident |accidentally )?(sparring |sparring at )?(at|in|"
    f"during|doing|playing) (the )?{_FIGHT}{_NOT_TOLD}",
]
# Struck on the nose (not a noose) in a fighting sport.
_NOSE_IN_A_FIGHT = [f"{_KNOCKED} (in|on) the nose{_BY_NO_ONE}{{0,3}} (sparring|at {_FIGHT})"]

# --- a bone broken at a sport, in Welsh ("broke my arm playing rugby") ---------------------------
_BROKEN_AT_PLAY_CY = [
    "(dori|tori|dorais|torais|dorish|dorodd|torodd) (fy|ei|dy) (mraich|mreichiau|nghoes|nghoesau|"
    "mys|mysedd|nhrwyn|nhroed|mhigwrn|fys|fysedd|goes|fraich|arddwrn|ngarddwrn) (yn|wrth) ("
    "chwarae|ymarfer|rhedeg|sgio|neidio|dringo|reidio) [a-z]+( [a-z]+)?",
]

# --- camping in the woods with a group ------------------------------------------------------------
_CAMP_WOODS = [
    "(camping|camp|scouts|scout camp|cubs|brownies|guides|cadets|dofe|d of e|duke of edinburgh|"
    "expedition|festival|school trip|residential|forest school|wild camping)( [a-z0-9]+){0,8} ("
    "slept|sleep|sleeping|stayed|staying|camp|camped|camping) (out )?in the (woods|wood|forest|"
    "field|fields|hills|mountains)(?!( [a-z0-9]+){0,6} (alone|on my own|by myself|cos|because|"
    "couldnt|cant|wouldnt|scared|nowhere|no one|nobody))",
]

# --- shooting at targets or hoops -----------------------------------------------------------------
# "Shooting" squeezed is "shotting" (dealing), so each names what is shot or where: targets, a
# film, air rifles at cadets. Never across words of the olders, a man, money or a real gun.
_NOT_FOR_THEM = ("(?!( [a-z0-9]+){0,12} (for them|for him|gun|guns|real|someone|people|made me|"
                 "they made|olders|elders|man|men|lads|money|cash|paid|pays|drugs|weed|bag|line|"
                 "trap)( |$))")
_CADETS = "((air|army|sea|police|raf) )?cadets"
_SHOT_AT_TARGETS = [
    "(shoot|shoots|shooting|shot) (clays|clay pigeons|clay|at targets|targets|a target|the target|"
    "hoops|some hoops|baskets|arrows|a bow|at the range|paintballs|penalties|free kicks|at goal|"
    "photos|pictures|a music video|a video|a film|(a|the|our|my) (short|student|school|college|"
    f"class) (film|video|documentary|music video|advert)){_NOT_FOR_THEM}",
    "(shoot|shoots|shooting|shot)( practice)? (with|using) (an |the )?(air rifle|air rifles|air "
    f"pistol|air pistols|air gun|air guns|bb guns|nerf guns)( at (the range|{_CADETS}))?"
    f"{_NOT_FOR_THEM}",
    "(shooting|shoot) (practice|lesson|lessons|session|night|badge|competition) (at|with) "
    f"{_CADETS}{_NOT_FOR_THEM}",
    "(archery|shooting range|rifle range|clay pigeon|clay shooting)( [a-z0-9]+){0,4} (shooting|"
    "shoot|shot)( at)? (targets|target|arrows)",
]

# --- a stabbing or a shooting in a film or a game -------------------------------------------------
_ON_SCREEN = ("(film|movie|horror|horror film|scary movie|zombie film|show|episode|series|game|"
              "cartoon|anime)")
_NOT_REAL = ("( (?!(real|irl|outside|street|estate|then|after|later|next|cousin|brother|sister|"
             "uncle|dad|mum|mam|friend|bestie|because|cos) )[a-z0-9]+)")
_STABBED_ON_SCREEN = [
    f"{_ON_SCREEN}{_NOT_REAL}{{0,10}} (guy|man|woman|girl|boy|lad|someone|somebody|character|"
    "villain|baddie|killer|zombie|everyone|people|he|she) (got|gets|get|was|is) (stabbed|shot|"
    "killed|murdered)(?! (outside|in real|for real|irl|on the way|last|near|round))",
]

# --- sadness about a lesson or a film at school ---------------------------------------------------
_LESSON = ("(learned about|learnt about|learning about|lesson on|lesson about|a lesson|in history|"
           "in re|in geography|in english|in pshe|in assembly|assembly|documentary|film about|"
           "video about|in class)")
_NOT_OWN_LIFE = ("( (?!(i|im|me|my|mine|myself|because|cos|coz|mum|mam|dad|family|home|nan|"
                 "reminds|reminded) )[a-z0-9]+)")
_SAD_AT_SCHOOL = [
    f"{_LESSON}{_NOT_OWN_LIFE}{{0,10}} (it |and it |and )?(was|is|its|felt)? ?(so|really|very|"
    "well|proper|super|kinda|a bit) sad(?!( [a-z0-9]+){0,6} (me|my|i|im|because|cos|coz|"
    "reminds|reminded|made me think))",
]

# --- a team running away with a league or a game --------------------------------------------------
_RAN_AWAY_WITH_IT = [
    "(run|runs|running|ran) away with (it|the (league|title|game|match|cup|trophy|quiz|race|win|"
    "points|prize|award|show))( [a-z0-9]+){0,4}",
]

# --- a knife or a hob shown in a kitchen ----------------------------------------------------------
_SHOWN_IN_A_KITCHEN = [
    "([a-z0-9]+ ){0,8}(showed|show|shows|showing|taught|teach|teaches|teaching|helped|help) (me|"
    "us) (how )?to use (the|a|their|our) ([a-z]+ )?(knife|knives|peeler|grater|hob|oven|cooker|"
    "blender|mixer|air fryer|airfryer|microwave|iron|kettle)( (properly|safely|right))? (to|for|"
    "and|so) (chop|cut|slice|dice|peel|grate|cook|make|bake|fry|boil|do)( [a-z0-9]+){0,4}"
    "(?!( [a-z0-9]+){0,6} (myself|arm|arms|wrist|wrists|legs|skin|on me))",
]

# --- medicine, knives or bleach locked away -------------------------------------------------------
_LOCKED_AWAY = ("(medicine|medicines|meds|tablets|pills|knives|the knives|bleach|chemicals|"
                "cleaning stuff|alcohol|razors|lighters)")
_LOCKED_FOR_SAFETY = [
    "(locks|lock|locked|child locks|child lock|a lock)( on)? (the |our |a |all the )?(cupboard|"
    "cupboards|drawer|drawers|cabinet|cabinets|box|cupboard doors)( [a-z0-9]+){0,3} (for|with|"
    f"where|to keep) (the |our |all the )?{_LOCKED_AWAY}",
    f"{_LOCKED_AWAY} (is|are|kept|go|goes|stay|stays)( kept)?( in)? (a |the )?locked (cupboard|"
    "cabinet|drawer|box)",
]
# A little brother or sister who walks in because the lock is broken: a nuisance, not a threat.
_LITTLE_ONE_WALKS_IN = [
    "([a-z]+ )?(lock|locks)( [a-z0-9]+){0,6} (litle|younger|baby|smal) (brother|sister|bro|sis|"
    "brothers|sisters)( keps| always| just)? (walking|walks|walk|coming|comes|come|barging|"
    "barges|bursting|bursts) in",
]

# --- a surprise party or present kept secret ------------------------------------------------------
_SURPRISE_AFTER_SECRET = [
    "(i have|i have got|i got|got|its|heres|theres|keeping) a secret( [a-z0-9]+){0,5} (planning|"
    "throwing|making|baking|buying|getting|organising|having|doing) (a |an |my |her |his |our )?"
    "([a-z]+ ){0,2}(surprise|surprise party|party|leaving do|cake|card|present|gift)( [a-z0-9]+)"
    "{0,6}(?!( [a-z0-9]+){0,6} (from me|man|online|money|pictures|photos|touch|touched|dont tell "
    "(anyone|my|social)))",
]

# --- a school trip somewhere new ------------------------------------------------------------------
# "they took us to a town i never heard of" on a trip with school or a club, and nothing after it
# of being left, kept, made to stay or given something to carry.
_TRIP_SOMEWHERE_NEW = [
    "(on|during|for) (the|a|our|my) (school|class|year [0-9]+|college|scouts|cadets|youth club|"
    "residential|geography|history|field) trip,? (they|the teachers|our teachers|sir|miss|the "
    "leaders|we) (took|take|takes|went|go) (us )?to (a|some) (place|town|city|village) (i|id|we) "
    "(have |had )?(never heard of|didnt know|did not know|never knew)(?!( [a-z0-9]+){0,10} (left|"
    "leave|stay|stayed|kept|made|carry|bag|package|flat|house|man|men|alone|own|police|money|"
    "phone|sold|sell))",
]

OUTINGS: Final[dict[str, list[str]]] = {
    "self_harm": [*_RUN_FLAT_OUT, *_BROKEN_AT_PLAY_CY, *_NOSE_IN_A_FIGHT],
    "emotional_abuse": _KILL_IN_JEST,
    "coercion": _KILL_IN_JEST,
    "physical_abuse": [*_BEAT_AT_A_GAME, *_FIGHT_KNOCK],
    "missing": [*_CAMP_WOODS, *_RAN_AWAY_WITH_IT],
    "exploitation": [*_SHOT_AT_TARGETS, *_STABBED_ON_SCREEN, *_SURPRISE_AFTER_SECRET,
                     *_TRIP_SOMEWHERE_NEW],
    "upset": _SAD_AT_SCHOOL,
    # A game's "batter me ... tonight" is read by the placement threats too.
    "unsafe_home": [*_SHOWN_IN_A_KITCHEN, *_LOCKED_FOR_SAFETY, *_LITTLE_ONE_WALKS_IN,
                    *_BEAT_AT_A_GAME],
}
