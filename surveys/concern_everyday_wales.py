"""Ordinary answers from children in Wales, in Welsh and in English, by kind of everyday context.

Children in care in Wales answered in Welsh as they type it and in the English of Wales, and
the older rules read some of their ordinary news as harm, in a few kinds of everyday context:

- a knock in a sport or a lesson with its cause named: a kick in a game that was an accident,
  a ball or a stick that hit the child, a horse or a pony that threw its rider, a black eye or
  bruises from rugby, hockey, hurdles or kneeling in dance, a fall flat on one's face;
- a joke between brothers, sisters or friends: locked out of a room, or in, for a laugh;
- a present the child is keeping secret for someone else's day;
- "killing" as an idiom over a trifle, with a laugh ("mam yn mynd i ladd fi os ... lol");
- a pastime: clay pigeon shooting;
- running from the waves at the beach;
- locking the bathroom door because the little ones walk in;
- hiraeth for a relative the child goes to see every holiday.

Each saying names the everyday thing (the game, the ball, the horse, the sport, the joke, the
present, the trifle, the clays, the waves, the little ones, the visits) and runs only over
harmless words to the words of harm it holds; none runs across, or is followed by, words that
turn it back to harm (a grown-up who did it, saying it was an accident, on purpose, a man,
telling, all night, money). A match is set aside only when a saying holds all of it
(``surveys.concerns``), so harm told beside a saying is still read; ``surveys.concern_everyday``
adds them to its sayings, per category. Same syntax as the phrase lists. Welsh is written in its
ordinary spelling with the mutated forms a child types ("daro", "gicio", "lygad"); phrases are
squeezed as texts are, so "llygad ddu" is read as "lygad du".
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words no saying's gap may run over, in both languages: a grown-up or a man who did it, a blow,
# saying or telling, on purpose, home, money.
_TURNS = ("dad|mum|mam|stepdad|step|carer|carers|uncle|boyfriend|man|men|he|him|she|her|they|them|"
          "olders|said|says|say|told|tell|pretend|lie|purpose|home|house|money|drugs|hit|hits|"
          "kicked|punched|slapped|pushed|belt|"
          "tad|nhad|llystad|lystad|llysfam|yncl|dyn|dynion|fe|fo|hi|nhw|gan|achos|medde|meddai|"
          "medda|dweud|deud|ddweud|ddeud|bwrpas|bwriadol|fwriadol|adre|adref|gartre|gartref|ty|"
          "arian|pres")
# What, within the next words, turns a saying back to harm.
_TURN_AFTER = ("(?!( [a-z0-9]+){0,8} (on purpose|did it|he|she|him|hes|shes|they|them|dad|mum|"
               "mam|step|stepdad|uncle|boyfriend|carer|carers|coach|teacher|sir|instructor|athro|"
               "hyfforddwr|by (the|my|him|her|his|some)|said it was|say it was|tell|told|lie|lied|"
               "pretend|really|actually|all night|every night|every day|again and again|hours|"
               "scared|man|men|money|drugs|olders|gan (fy|ei|y|r|dad|mam)|medde|meddai|medda|"
               "dweud|deud|ddweud|ddeud|bwrpas|fwriadol|bwriadol|adre|drwy r nos|trwy r nos|drwyr "
               "nos|trwyr nos|bob nos|bob dydd|ofn|lystad|llystad|tad|nhad|dyn|dynion)( |$))")


def _harmless(most: int, turns: str = "") -> str:
    """Up to ``most`` words, none a word that turns a saying to harm nor one of ``turns``."""
    return _gap(f"({turns + '|' if turns else ''}{_TURNS})", most)


# --- a knock in a sport or a lesson, with its cause -------------------------------------------
_SPORT = ("(rugby|football|footy|footie|hockey|netball|basketball|cricket|rounders|athletics|"
          "hurdles|the hurdles|a hurdle|sports day|pe|games|training|practice|the match|a match|"
          "dance|dancing|ballet|gymnastics|gym|trampolining|karate|judo|boxing|"
          "kickboxing|taekwondo|riding|horse riding|the riding school|my lesson|my riding lesson|"
          "badminton|squash|tennis|lacrosse|the show|the gala|"
          "rygbi|pel droed|bel droed|hoci|pel rwyd|bel rwyd|criced|chwaraeon|ymarfer|"
          "ymarfer corff|addysg gorfforol|gymnasteg|dawns|ddawns|jiwdo|bocsio|marchogaeth|"
          "farchogaeth|y gem|gem|y sioe|sioe|y wers|wers|y wers (chwaraeon|ddawns|farchogaeth|"
          "ymarfer corff|gymnasteg|addysg gorfforol))")
_GEAR = ("(hockey stick|hockey ball|cricket ball|cricket bat|rounders bat|"
         "racket|racquet|shuttlecock|netball|netball post|the post|rugby ball|football|ball|"
         "hurdle|hurdles|the bar|beam|the beam|the mats|mats|the mat|studs|javelin|discus|"
         "puck|frisbee)")
_PART = ("(face|head|eye|nose|mouth|lip|cheek|chin|ear|arm|arms|hand|hands|wrist|finger|fingers|"
         "leg|legs|knee|knees|shin|shins|ankle|ankles|foot|feet|toe|toes|back|side|ribs|thigh|"
         "hip|shoulder|elbow)")
_MARK = ("(bruise|bruises|bruised|graze|grazes|grazed|cut|lump|black eye|fat lip|split lip|"
         "swollen)")
_ACCIDENT = "(by accident|accidentally|an accident|by mistake)"
# "big bruise on my shin from a hurdle in athletics", "my knees are bruised from kneeling on the
# stage in dance": a mark from a piece of gear, or from something done in a named sport.
_MARKED_AT_SPORT = [
    f"{_MARK}( (on|all over|down|up) (my|both) ([a-z]+ )?{_PART})? (from|off|after) "
    f"(a |an |the |my )?({_GEAR}|{_SPORT}|(kneeling|landing|falling|jumping|diving|sliding|"
    f"tackling|catching|fielding){_harmless(5)} (in|at|during|doing|playing) (a |the |my )?"
    f"{_SPORT}){_TURN_AFTER}",
    f"{_MARK} from {_GEAR}{_harmless(3)} (in|at|during) (a |the |my )?{_SPORT}{_TURN_AFTER}",
]
# "got hit in the face with a hockey stick by accident": the gear, then an accident or a game.
_HIT_BY_GEAR = [
    "(got|get|gets|was|been|getting) (hit|whacked|smacked|struck|caught|clipped|smashed) (in|on) "
    f"(the|my) {_PART} (with|by) (a|the|her|his|their|someones) {_GEAR}( {_ACCIDENT}| (at|in|"
    f"during|playing) (a |the |my )?{_SPORT})+{_TURN_AFTER}",
]
# "the pony threw me off at the riding school": an animal the child rides or keeps. Never a
# person, so "my riding instructor threw me off" is still read.
_MOUNT = "(horse|pony|ponies|horses|donkey|ceffyl|cefyl|geffyl|merlen|ferlen|merlyn|ferlyn|poni)"
_THROWN_BY_A_HORSE = [
    f"(the|a|my|y|r) {_MOUNT} (threw|throws|chucked|bucked|kicked|tipped|flung) me( off)?"
    f"{_TURN_AFTER}",
    f"(the|a|my|y|r) {_MOUNT} (fy nhaflu|daflu fi|taflu fi|nhaflu|fy nghicio|gicio fi|cicio fi)"
    f"{_TURN_AFTER}",
]
# Welsh: a kick or a blow in a game that the child says was an accident ("nath crwt gicio fi
# yn fy ffer yn y gem, damwain odd e"), or a ball that hit them.
_DAMWAIN = ("(damwain|ddamwain|ar ddamwain|heb feddwl|dim yn fwriadol|ddim yn fwriadol|dim ar "
            "bwrpas|ddim ar bwrpas)")
_KNOCKED_IN_A_GAME_CY = [
    f"(gicio|cicio|cico|daro|taro|hitio|bwrw|fwrw|mwrw|dyrnu) fi( (yn|ar) fy [a-z]+)?"
    f"{_harmless(3)} (yn|mewn|ar|yn ystod) (y |r )?{_SPORT}{_harmless(4)} {_DAMWAIN}"
    f"{_TURN_AFTER}",
    f"(y|r) (bel|pel|ffon hoci) (daro|taro|hitio|bwrw|fwrw) fi( (yn|ar) fy [a-z]+)?"
    f"{_TURN_AFTER}",
]
# "dwin chwarae rygbi ... ges i lygad du ond naethon ni ennill": the sport first, or just after.
_BLACK_EYE_CY = "(llygad ddu|lygad ddu|llygad du|lygad du|clais|cleisiau (ar|dros) fy [a-z]+)"
_MARKED_AT_SPORT_CY = [
    f"{_SPORT}{_harmless(8, 'nath|naeth|wnaeth')} {_BLACK_EYE_CY}{_TURN_AFTER}",
    f"{_BLACK_EYE_CY} (yn|o|or|ar ol|mewn) (y |r )?{_SPORT}{_TURN_AFTER}",
]
# "fell flat on my face in front of everyone": "fell" squeezed is "feel", and falling is no mood.
_FELL_FLAT = [
    "(i |we |he |she )?fell flat on (my|his|her|our|their|your) (face|back|bum|backside|belly)",
]

# --- a joke between brothers, sisters or friends ----------------------------------------------
# "nath Mali gloi fi allan o'n stafell fel joc": locked out of a room, or in, as a joke. The one
# who did it is never a grown-up at home, and nothing after says for how long or that it hurt.
_GROWN_UP = ("(dad|mum|mam|stepdad|step|carer|carers|uncle|boyfriend|man|he|she|they|tad|nhad|"
             "llystad|lystad|llysfam|yncl|dyn|e|o|fe|fo|hi|nhw|him|her|them)")
_ROOM = ("(room|bedroom|bathroom|changing room|changing rooms|toilet|toilets|car|tent|shed|"
         "cupboard|classroom|stafell|ystafell|stafell molchi|ystafell wely|stafell wely|toiled|"
         "bathrwm|cwpwrdd|car|sied|babell|pabell)")
_AS_A_JOKE = ("(as a joke|for a joke|for a laugh|as a laugh|for a prank|as a prank|for fun|fel "
              "joc|am laff|am laf|am hwyl|am sbort|i dynnu coes)")
_LOCKED_IN_FUN = [
    f"(?!{_GROWN_UP} )[a-z0-9]+ (yn )?(locked|locks|lock|gloi|cloi) (me|us|fi|ni) (out|in|alan|"
    "allan|mewn)( (of|in|o|oi|yn|or|on|mewn))? (the |my |her |his |our |their |y |r |fy |ei )?"
    f"{_ROOM}( (hi|fo|fe))?{_harmless(2)} {_AS_A_JOKE}{_TURN_AFTER}",
]

# --- a present kept secret ----------------------------------------------------------------------
# The child gives, never receives: "for bevs birthday", never "for me", nor "from a man".
_GIFT = ("(present|presents|gift|gifts|card|cake|surprise|party|hamper|mug|picture|plan|bench|"
         "necklace|bracelet|frame|photo frame|candle|painting|drawing|book|scarf|hoodie|voucher|"
         "plant|flowers|chocolates|teddy)")
# Who the present is for: never the child, nor a man or the olders (a present is how a child
# may be drawn in), nor "a", "the" or "some" (what follows is then no one's name).
_FOR_SOMEONE = ("(?!(me|myself|you|your|us|him|a|an|the|some|fi|ti|chdi|ni|man|men|olders|lads|"
                "boyfriend) |my (birthday|bday|christmas|own|present) )[a-z0-9]+")
_NOT_GIVEN = ("(?!( [a-z0-9]+){0,8} (from|gave|give|gives|sent|send|money|cash|paid|pays|meet|"
              "met|flat|car|pics|photos|touch|man|men|olders|him)( |$))")
_SECRET_PRESENT = [
    f"(a|our|my|this|the) (secret|surprise) {_GIFT} for {_FOR_SOMEONE}( [a-z0-9]+){{0,3}}"
    f"{_NOT_GIVEN}",
    "(got|have got|have|made|making|planning) a secret (i|we) (got|bought|made|are making|am "
    f"making|ordered|planned) {_FOR_SOMEONE}( [a-z0-9]+){{0,2}} (a|an|some)( [a-z]+){{0,2}} "
    f"{_GIFT}{_NOT_GIVEN}",
]
_RHODD = ("(anrheg|anrhegion|presant|presanta|cerdyn|gerdyn|cacen|gacen|parti|syrpreis|syrpris|"
          "llun)")
_SECRET_PRESENT_CY = [
    f"{_RHODD}( (pen blwydd|nadolig|sul y mamau|sul y tadau))? (i|ar gyfer|at) {_FOR_SOMEONE}"
    f"{_harmless(4, 'fi|mi|ti|chdi|wrth|peidio|lluniau')} (yn|n) gyfrinach( (tan|nes)"
    f" [a-z]+( [a-z]+)?)?(?!( [a-z0-9]+){{0,8}} (gan|wrth|arian|pres|lluniau|dyn|dynion)( |$))",
]

# --- "killing" over a trifle, with a laugh --------------------------------------------------
# "mam yn mynd i ladd fi os dwin colli fon fi eto lol": a grown-up at home, over losing or
# breaking a thing, being late or a messy room, ending on a laugh. Never over telling, money,
# photos or where the child goes, nor with words of it meant after.
_LAUGH = "(lol|haha|hahaha|ha ha|hehe|lmao|xd|jk)"
_KIN_CY = ("(mam|dad|nain|taid|nan|mamgu|tadcu|anti|yncl|fy chwaer|chwaer fi|fy mrawd|brawd fi|"
           "carer|carers|gofalwr|gofalwraig|mum|mums|nana|grandad|gran|my sister|my "
           "brother|my carer|my carers|my mum|my dad|my nan)")
_TRIFLE_CY = ("(colli|golli|torri|dorri|anghofio|bod yn hwyr|yn hwyr|hwyr|gadael|adael|bwyta|"
              "fwyta|gwario|difetha|sbwylio|lose|lost|break|broke|forget|am late|see|sees|finds|"
              "gweld|ffeindio|colir|gollir|torir|dorir|adael|gadael)")
_MEANT_CY = ("(deud|dweud|ddeud|ddweud|wrth|neb|heddlu|police|social|gweithiwr|arian|pres|money|"
             "lluniau|pics|photos|fflat|flat|tell|told|anyone|bag|bagiau|pecyn|stwff|cyffuriau|drugs|"
             "weed|package|parcel|o ddifri|go iawn|tro diwetha|bob tro|"
             "last time|every time|means it|serious|cleisiau|brifo|ofn|scared|hurt|bruise|bruises)")
_KILL_IN_JEST_CY = [
    f"{_KIN_CY}( yn| s| is| wil| will)? (mynd i|am|neith|wneith|going to|gona|gonna)? ?(ladd|lladd"
    "|kill) (fi|me|ni|us) (os|pan|if|when)( (hi|fe|fo|she|he|mae|maen|ma|man)( n| yn)?)?( (dwi|"
    f"dwin|i|fi|fin|rwyn|we))?( n)? {_TRIFLE_CY}{_gap(_MEANT_CY, 6)}( (eto|again))?( {_LAUGH})+"
    f"(?!( [a-z0-9]+){{0,8}} {_MEANT_CY}( |$))",
]

# --- a pastime: clay pigeon shooting ------------------------------------------------------------
# "Shooting" squeezed is "shotting" (dealing): the clays say which it is. Never across the
# olders, a man, money or a real gun after.
_CLAY_SHOOTING = [
    "(clay pigeon|clay pigeons|clay|clays|skeet) (shooting|shoot)(?!( [a-z0-9]+){0,12} (for them|"
    "for him|real|olders|elders|man|men|lads|money|cash|paid|pays|drugs|weed|bag|line|trap|made "
    "me)( |$))",
]

# --- running from the waves ---------------------------------------------------------------------
_SEA = ("(waves|wave|the sea|sea|tide|the tide|water|jellyfish|crab|crabs|seagull|seagulls|"
        "tonnau|tonne|ton|mor|llanw|gwylan|gwylanod|slefren for|slefrod mor)")
_RAN_FROM_THE_WAVES = [
    f"(ran|run|running|runing) away from (the |a |some |big |massive |huge |giant )+{_SEA}"
    "(?! (and|to|then) (slept|sleep|stayed|didnt|never|hid))",
    f"(redeg|rhedeg|redon|rhedon|redes|rhedes|redodd|rhedodd) (i ffwrdd|ffwrdd|bant) (o|or|rhag|"
    f"oddi wrth|wrth) (y |r )?{_SEA}",
]

# --- locking the bathroom door because the little ones walk in ---------------------------------
_LITTLE_ONES_CY = ("(hogia bach|hogiau bach|plant bach|rhai bach|rai bach|chwaer fach|chwiorydd "
                   "bach|brawd bach|brodyr bach|babi|efeilliaid|cefndryd bach|cyfnitherod bach|"
                   "ci|cath|gi|gath|cwn)")
_PRIVACY_LOCK_CY = [
    "(cloi|gloi) drws (y |r )?(stafell molchi|ystafell ymolchi|stafell ymolchi|toiled|bathrwm|ty "
    "bach|lle chwech)( (rwan|nawr))? (achos|oherwydd|gan) (mae |ma |mar |man |fod |bod )?"
    f"(y |r |fy |yr )?{_LITTLE_ONES_CY}( (yn|n|o hyd|wastad|dal))* ((cerdded|cerddad|dod|"
    "rhuthro|crwydro|trio dod|byrstio|dwad) (mewn|i mewn)|busnesu|sbecian|snwpian)",
]

# --- hiraeth for a relative the child visits ---------------------------------------------------
_HIRAETH_VISITED = [
    f"hiraeth (am|ar ol)( [a-z]+){{1,2}}{_harmless(2)} ond (dwi|dwin|fin|fi|rwyn|dw i|dw in) "
    "(n |yn )?(ei |eu |i )?(mynd|myn|gweld|cael gweld|ffonio|siarad) ([a-z]+ ){0,3}(bob|pob) "
    "(gwyliau|gwylie|penwythnos|wythnos|dydd sul|dydd sadwrn|hanner tymor|haner tymor|mis|nadolig)"
    f"( ysgol)?{_TURN_AFTER}",
]

WALES: Final[dict[str, list[str]]] = {
    "physical_abuse": [*_MARKED_AT_SPORT, *_HIT_BY_GEAR, *_THROWN_BY_A_HORSE,
                       *_KNOCKED_IN_A_GAME_CY, *_MARKED_AT_SPORT_CY],
    "upset": [*_FELL_FLAT, *_HIRAETH_VISITED],
    "emotional_abuse": [*_LOCKED_IN_FUN, *_KILL_IN_JEST_CY],
    "exploitation": [*_SECRET_PRESENT, *_SECRET_PRESENT_CY, *_CLAY_SHOOTING],
    "missing": _RAN_FROM_THE_WAVES,
    "unsafe_home": [*_LOCKED_IN_FUN, *_PRIVACY_LOCK_CY],
    "trafficking": _LOCKED_IN_FUN,
}
