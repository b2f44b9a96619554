"""Harm told in the South, the West Country, East Anglia and on a Traveller site (the sixteenth
hand's third voice).

The sixteenth blind hand (``tests/corpora/sixteenth_hand``, lines 25-36 of each file) wrote as
young people of Kent, Essex, South London, Norfolk and Suffolk, the West Country, and Gypsy, Roma
and Traveller children on a site. Their words are read first by
``surveys.concern_dialect_south`` ("the gavvers", "vonga", "me mammy", "hent"); what the rules
still missed was harm told in the shapes of that talk, each read here only beside what makes it
harm:

- physical harm: the whip, the belt, the strap or the stick "taken to" a child, beside marks or a
  reason it was for; a hand held or pushed onto something hot by someone else;
- self-harm: stood on a bridge or a cliff looking down, and "next time" no walking off it;
  thinking of standing on a crossing when the train comes; walking out in front of a numbered
  bus, planned; the river or the canal threatened if the child is moved or taken away;
- going missing: a child hidden or taken off by family "so the social couldn't find me";
  nobody knowing where the child is, for days, with the phone off so they can't track it; a
  night slept in a horsebox or a shed after running off; run off from "me foster place";
- neglect: a young child left from one day to another or at night with the little ones while
  the grown-ups go off; an illness or a hurt that won't go and no doctor, for "a waste of time";
- emotional harm: put out of the home, and never to see a parent again;
- harmful practices: "the cutting lady" coming for a girl; death ("put me in the ground")
  threatened for seeing a boy;
- domestic abuse: a partner who bit her in a fight, and blood; a child told to say she fell;
- criminal exploitation: a run or else a brother "done in";
- sexual exploitation: an older boyfriend who made the child "link" his friends at a hotel; lifts
  paid for after, in the back of a van with their mates;
- trafficking: brought in a lorry, made to work, and locked in at night;
- an unsafe placement: a chair on the door against someone who says he'll "do me"; a man of the
  house who comes into the bathroom or the room at night, and the child who can't sleep there;
- radicalisation: a mosque or a hotel of asylum seekers to be burnt, bricked or gone for, asked
  of the child; bomb-making sent and the child called a soldier;
- a worry: kept out of a game for being a Traveller; pills saved "nearly enough" (self-harm,
  over messages).

Every clause needs its harmful part (the marks, the "next time", the social kept off, the days
alone, the threat, the blood, the lock, the asking); the topic alone (a whip at the horse fair, a
bridge walk, a caravan locked against foxes, a hair-cutting lady, a boy seen, a lift to the fair)
stays quiet. Fresh wordings, written before the rules, are batches zl to zs of
``tests/corpora/adversarial.txt``; the ordinary answers nearest them are the block "sixteenth
hand, South" of ``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

# --- physical harm ----------------------------------------------------------------------------

# "Took the whip to me", "takes the strap to us": never the dog's stick or a hose in the garden.
_TAKEN_TO = ("(?<!dog )(?<!puppy )(took|tok|takes|take|taking|taken|tuk) (the|a|his|her|a big|"
             "the big) (whip|horse whip|belt|strap|stick|cane|slipper|buckle|wooden spoon|"
             "leather|switch) to (me|us|my (back|legs|bum|arms|hands))")
_MARKS_OR_WHY = ("(marks|welts|bruises|bruised|bleeding|cant sit|couldnt sit|sore|for (being|"
                 "talking|talkin|not|answering|going|looking|saying|playing|wetting)|when (i|we) "
                 "(am|are|was|were|get|got|talk)|if (i|we)|because (i|we)|in the (yard|shed|"
                 "trailer|barn)|behind the)")
# Someone else's hand holds the child's to the heat; never "I put my hand on the hob".
_HELD_TO_HEAT = ("(?<!i )(puts|put|held|holds|holding|pushed|pushes|pressed|presses|shoved|forced|"
                 "forces) (my|me) (hand|hands|fingers|finger|arm|arms|face) (on|onto|in|into|"
                 "against|over|under) (the|a) (hot )?(stove|hob|cooker|iron|kettle|oven|fire|"
                 "grill|heater|stove top|hot plate|pan)(?![a-z])(?! to (warm|show|fel|"
                 "test))")
_WHY_OR_HURT = ("(when (i|we) (am|are|was|were) (bold|naughty|bad|cheky|late|rude)|(because|cos) "
                "(i|we) (lied|was|were|did|didnt|said|touched|broke|answered)|for (lying|being|"
                "touching|talking|not|answering|saying)|burn|burnt|burned|blister|blisters|"
                "blistered|lok at my (fingers|hand|hands|arm))")

# --- self-harm --------------------------------------------------------------------------------

_HIGH_UP = ("(stod|stood|standing|stand|sat|sitting|going up|go up|climbed|climb)( on| up| over|"
            "| by| at| to)? the( [a-z0-9]+){0,2} (bridge|footbridge|cliff|cliffs|edge|roof|multi "
            "storey|car park|viaduct|flyover)")
_NEXT_TIME = ("next time (i am|i) (not|isnt|wont|wil not|not going to) (be )?(walking|walk|coming|"
              "come|stepping|step|getting|get|climbing) (of|back|down)|next time (i am|i) (going "
              "to|wil|il) (go over|jump|do it|go of|let go)")
_AT_THE_CROSSING = ("(level crosing|crosing|railway|train tracks|tracks|platform)")
_WHEN_THE_TRAIN = ("(think|thinking|thought) about (just )?(standing|stand|stepping|walking|lying|"
                   "staying|stoping) (there|out|on the tracks|on the line|stil)( [a-z]+){0,2} "
                   "(when|til|until|as) the train(?!( [a-z]+){0,3} (past|by|through|in|into|round|"
                   "so i can|to film|and i film|to wave)(?![a-z]))")
_IN_FRONT = ("(going to|want to|wil|il|might|about to|gona) (walk|step|run|jump) (out )?in front "
             "of the [0-9]+(?! (stop|bus stop|shop|cafe|queue))")
_MOVED = ("(if|when) (they|she|he|you|the social|social|my social worker|staff) (move|moves|take|"
          "takes|send|sends|put|puts) me (of|away|out|back|from|into care|to another)")
_INTO_WATER = ("(i am|il|i wil|i am going) (going|jumping|walking|throwing myself) (in|into|of) "
               "the (river|canal|sea|lake|reservoir|quarry|docks|water|weir)(?! (for|to|with|on "
               "(a|my|the) (boat|paddle|board|kayak|canoe))(?![a-z]))")

# --- going missing ----------------------------------------------------------------------------

_HIDDEN_FROM = ("((hid|hide|hides|hiding|tok|took|takes|moved|sent|drove) me|(kept|keps|kep) me "
                "(hid|hidden))( [a-z]+){0,10} (so|because|cos) (the social|social "
                "services|the social worker|my social worker|social worker|the police|police|the "
                "council|staff|my carers) (couldnt|cant|wont|would not|wouldnt|dont|could not) "
                "(find|take|get|bring|see) me(?!( [a-z]+){0,4} (hide and seek|surprise|party|"
                "game|birthday|joke))")
_NOBODY_KNOWS = ("(nobody|no one) knows (i am|where i am|that i am) (at|in(?! (year|clas|form|"
                 "set|care|the team|love|trouble))|here)(?!( [a-z]+){0,12}"
                 " (surprise|secret santa|hide and seek|party))")
_DAYS_OR_DARK = ("(ben|been) (here|there|gone|away|staying) (for |a |like )?(a wek|a few days|days|"
                 "weeks|[0-9]+ days|[a-z]+ days|[a-z]+ nights|ages)|(phone|phones|location) (of|"
                 "is of|are of|switched of|turned of|of mostly)( [a-z]+){0,2} so (they|staff|"
                 "carers|nobody|no one|police|the social) (cant|can not|wont|dont) (track|find|"
                 "trace)")
_SLEPT_ROUGH = ("(slept|sleeping|slep|stayed|kiped|kipped) (in|on|under) (a|the) ([a-z]+ )?"
                "(horsebox|horse box|shed|barn|car|van|tent|bus shelter|park|garage|stairwell|"
                "doorway|bench|field|hedge)")
# Run off from a placement, in the voice's "me" for "my" ("run off from me foster place").
_RUN_FROM_CARE = ("(ran|run|runs|running) (of|away) from (my|me) (foster (place|home|carers|carer|"
                  "placement|house)|placement|carers|childrens home|children s home)")
_AFTER_RUNNING = ("after (i|we) (ran|run|runs) (of|away)(?! (with|at the|to the( [a-z]+)? (shop|"
                  "shops|fair|park|beach|van|field|sea)(?![a-z])))")

# --- neglect ----------------------------------------------------------------------------------

_DAY = ("(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
        "saturday|sunday|the wekend)")
_GONE_DAYS = (f"(goes|went|go|gone|going) (of|out|away)( on| for| since)? {_DAY}( [a-z]+){{0,6}} "
              "(dont|doesnt|didnt|wont|isnt|not|never|stil isnt|hasnt|and dont|n dont) (come "
              f"back|came back|coming back|back)|(goes|went|go) (of|out|away) {_DAY} (til|until) "
              f"{_DAY}")
_YOUNG = "(i am|i was) ([3-9]|1[0-2])(?![0-9])"
# Nobody grown-up there: "on my own", "by myself", "no food"; never "nan stops with us".
_ALONE = "(on my own|by myself|on me own|alone|with no fod|no fod)(?! (for [a-z]+ (minutes|mins)))"
_LEFT_WITH_LITTLE = ("(leave|leaves|left|leaving) me (with|to mind|to lok after) (my |me |the )?"
                     "([0-9]+ |two |three |to )?(little |baby |litle )?(sisters|sister|brothers|"
                     "brother|twins|baby|babies|kids|siblings)")
_AT_NIGHT_GONE = ("(at night|al night|overnight|every night|til late)( [a-z]+){0,3} (while|when|"
                  "whilst) (they|she|he|mum|dad) (go|goes|went|going) (of|out|away|drinking|to "
                  "the pub)(?!( [a-z]+){0,6} (nan|nanny|babysiter|aunty|auntie|grandad|next "
                  "dor|neighbour))")
_AILMENT = ("(nits|rash|tooth|toth|teth|ear|ears|cough|fever|infection|rotten|roten|swollen|"
            "bleding|lump|burn|sores|temperature)")
_NO_DOCTOR = ("(wont|wil not|doesnt|didnt|havent|hasnt|never|refuses to|wouldnt) (take|tok|took|"
              "taken|ring|cal|get) (me|the) (to )?(the )?(doctors|doctor|dentist|gp|hospital|a and "
              "e)")
_DISMISSED = ("(waste of (time|money)|go on (its|that|it s) own|sort itself|itl go|it wil go|"
              "not bothered|cant be bothered|for (a wek|weeks|two weks|[a-z]+ weks|ages)|wont go|"
              "al over me)")

# --- emotional harm ----------------------------------------------------------------------------

_PUT_OUT = ("(put|puts|kick|kicks|throw|throws|chuck|chucks|turn|turns|send|sends) (me|us) (out|"
            "away)( on the road| on the stret| in the road| on the streets)?")
_NEVER_SEE_KIN = ("(il|i wil|i would|youl|you wil|you would) never (se|get to se|be let se) (my|"
                  "me) (mum|mam|mamy|dad|family|brothers|sisters|sister|brother|nan|little "
                  "brother|little sister) again")

# --- harmful practices ------------------------------------------------------------------------

_NOT_HAIR = ("(?!( [a-z]+){0,8} (hair|salon|hairdresser|hairdressers|barber|barbers|fringe|trim|"
             "fabric|carpet|grass|lawn|hedge|cake|paper|wod|metal))")
_CUTTING_LADY = ("(?<!hair )(?<!grass )(?<!paper )(?<!cake )(?<!carpet )(cuting (lady|woman|aunty|"
                 "auntie)|(lady|woman|aunty|auntie) who does the cuting|the cuter)" + _NOT_HAIR)
_COMING_FOR = ("(coming|come|comes|booked|wil come|to come|arriving)( [a-z]+){0,8} (for (me|us|my "
               "(little |litle |baby )?(sister|cousin|sisters|cousins))|to do (me|us|my))")
_SEEING_A_BOY = ("if i (kep|keep|cary on|dont stop|do not stop|continue|dont give up) (seing|"
                 "talking to|texting|meting|going with|going out with|chatting to) (that|the|a|"
                 "this)( [a-z]+){0,2} (boy|lad|gorja|fela|country boy)(?! (at|in) (the )?(boxing|"
                 "gym|club|training|sparing))")
_BURIED = ("((put|puts|wil put|il put) me in the ground|bury me|end up in the ground|(kil|kils) me"
           "|do me in|finish me)(?! (of|at|in) (fifa|sparing|the ring|training|a race))")

# --- domestic abuse ---------------------------------------------------------------------------

_PARTNER = "(fela|boyfriend|partner|stepdad|step dad|husband|ex)"
_BIT_HER = ("(he|she) (bit|bites|bitten|biting) (her|my mum|my mam|mum|mam) (face|arm|hand|neck|"
            "ear|lip|cheek|nose|finger|fingers)")
_BLOOD_OR_FIGHT = "(blod|fight|fighting|bleding|screaming)"
_SAY_SHE_FELL = ("(told|tels|tel|telling|said|says) me (to )?say (she|mum|mam|i) (fel|tripped|"
                 "walked into|banged|slipped)(?! (asleep|over laughing|of the stage))")
_IF_ASKED = "if (anyone|anybody|someone|the teacher|school|they|people|the social) (asks|ask)"

# --- criminal exploitation --------------------------------------------------------------------

_NO_RUN = ("if i (dont|wont|do not|didnt|refuse to) (do|go on|make) (a|the|this|another) (run|"
           "drop|trip|line|shift|delivery)")
_KIN_DONE_IN = ("(brother|brothers|sister|sisters|mum|mam|nan|family|cousin)( [a-z]+){0,2} "
                "(getin|getting|get|gets|wil get|going to get) (done in|hurt|stabed|stabbed|"
                "merked|shot|battered|batered|dealt with|touched)(?! (the|at|by|in the)(?![a-z]))")

# --- sexual exploitation ----------------------------------------------------------------------

_MADE_LINK = ("(made|makes|make|got) me (link|lnk|meet|go with|slep with|be with|do stuf with|link "
              "up with|se) (his|their) (friends|mates|boys|mandem|cousins|cousin)")
_HOTEL_OR_UNWILLING = ("(hotel(?! (restaurant|pol|bar|for|cafe))|flat|airbnb|trap|in a car|didnt "
                       "want|did not want|said no|owe|paid)")
_LIFTS = ("(give|gives|giving|gave) (us|me) (lifts|a lift|rides|a ride)|(drive|drives) (us|me) "
          "(about|around)")
_WANT_US = "(want|wants|expect|expects|make|makes) (us|me)"
_THEIR_MATES = "with (their|his) (mates|friends|boys|cousins)"
_IN_THE_BACK = (f"{_WANT_US} (to (go|get) )?in the back( of the (van|car))?( [a-z]+){{0,3}} "
                f"{_THEIR_MATES}|{_WANT_US} in the (van|car)( [a-z]+){{0,3}} {_THEIR_MATES} after"
                "(?! (the|schol|foty|church|work))")

# --- trafficking ------------------------------------------------------------------------------

_BROUGHT_IN = ("(brought|bring|smugled|took|tok) (me|us) (in|over in|here in|into the country in)"
               " (a|the|the back of a) (lory|truck|van|boat|container)")
_LOCKED_AT_NIGHT = ("(the man|he|they|the boss|she) (lock|locks|locked) (the|our|us in the|me in "
                    "the) (caravan|container|rom|shed|van|house|door)( at night| every night)?")
_MADE_WORK = "(farm|pickin|picking|factory|car wash|nail bar|work|working)"

# --- an unsafe placement ----------------------------------------------------------------------

_BARRICADE = ("(kep|keep|keps|put|puts|wedge|wedged|push|pushed|prop|slep with) (a|the|my) "
              "(chair|wardrobe|drawers|bed|desk)( pushed| wedged| propped| shoved)? (on|against|"
              "under|behind|by) (the|my) (dor|handle)")
_THREAT_TO_ME = ("(going to|wil|il|keps saying|says|threatens)( [a-z]+){0,4} (do me|run up in my "
                 "rom|kick my dor in|stab me|shank me|batter me|hurt me|rob me)")
_MAN_OF_THE_HOUSE = ("((carers|dads|mums|foster dads|foster mums|aunts|nans) (brother|boyfriend|"
                     "fela|mate|friend|husband|partner|lodger)|lodger|her fela|his mate)")
_COMES_IN = ("(comes|keps coming|kep coming|keps walking|walks|walking|came|gets) in(to)? (the "
             "bathrom|my rom|when i am in the (shower|bath)|at night)(?! (from|after|of) )")
_UNEASE = ("(watches me|stares|staring|dont want to slep|cant slep|dont fel (right|safe)|scared|"
           "frightened|no more)")

# --- radicalisation ---------------------------------------------------------------------------

_ATTACK_ON = ("(burn|torch|set fire to|petrol bomb|throw bricks at|brick|smash up|attack|go for|"
              "going for)( [a-z]+){0,2} (the )?(new )?(mosque|mosques|synagogue|asylum hotel|hotel "
              "with the (asylum|migrants|refuges)|migrants|refuges|asylum seekers|asylum people|"
              "hostel where the migrants)(?! (welcome|diner|charity|fundraiser|open day|tour|"
              "visit))")
_ASKED_OF_ME = ("(want|wants) me to|told me( n my cousin| and my cousin)? to|(i|we) (got to|have "
                "to|need to)|(come|coming) on a march|(give|gives|pay|would give) (me|us) (money|"
                "cash)|balaclava|at the front|petrol|film it")
_BOMB_SENT = ("(sent|send|sends|showed|gave|give) me( [a-z]+){0,3} (bomb|bombs|explosive|"
              "explosives)(?! (pop|pops|lolies|lolys|lolly|bag|bags|fizz|drink|drinks)(?![a-z]))")
_SOLDIER = ("(says|cals me|cal me|told me) (i am )?(a )?(soldier|warior)|hit them first|strike "
            "(them )?first|wipe (out|us out)")

# --- self-harm over messages: tablets saved up, "nearly enough" ------------------------------

_SAVED_UP = ("(saving|savin|stockpiling|hoarding|keeping|hiding|stashing) (them|my tablets|my pils|"
             "pils|tablets|paracetamol|meds)")
_ENOUGH_NOW = ("(nearly|almost|now|finaly) (got|have) enough( now)?(?! (for|to buy|to get|money|"
               "pocket|points|tokens)(?![a-z]))")
_TABLETS = "(tablets|pils|meds|paracetamol|medication|painkilers)"

# --- worries ----------------------------------------------------------------------------------

# Kept out of a game for being a Traveller, in care, or from the site.
_KEPT_OUT = ("(wouldnt|wont|dont|didnt|never) let me (play|join in|sit|come|be in|go)( [a-z]+){0,3}"
             " (because|cos) (i am|im) (a )?(traveler|travelers|gypsy|gipsy|roma|in care|foster "
             "kid|from the site|from the traveler site)")
# Family, a home, a site or a pet missed in care: with a sign it hurts (not seen, no sleep, since
# care); "I miss my mum but I see her Saturday" stays quiet.
_MISSED = ("(miss|mis|missing) (my|the) (mum|mam|mum|dad|nan|brothers|sisters|family|site|old dog|"
           "dog|cousins|home|trailer)")
_IT_HURTS = ("(proper bad|isnt sen|havent sen|not sen (her|him|them)|cant slep|into care|in care|"
             "to quiet|(she|he|they) (dont|doesnt|wont) answer)")

PHRASES: Final[dict[str, list[str]]] = {
    "upset": [
        f"{_MISSED}( [a-z]+){{0,10}} {_IT_HURTS}",
        # Angry and not knowing why.
        "(angry|that angry|so angry|punch my pilow|cry|crying)( [a-z]+){0,8} (dont|do not) know "
        "whats wrong with me",
        "lonely (out here|here|round here|in care|at my carers|at the placement|al the time)",
        # The only one of them, and no one gets it.
        "the only (traveler|gypsy|traveler kid|one) in care( [a-z]+){0,3} no one gets it",
        # Everyone's mum there, and mine a worker.
        "everyone (had|has) their (mum|mam|dad|parents)( [a-z]+){0,6} (i had|i just had|i only "
        "had) (my )?(key worker|social worker|carer|nobody|no one)",
        # Worried for a parent who sounded wrong.
        "worried about my (mum|mam|dad|nan)( [a-z]+){0,3} (sounded|sounds|seemed|seems) (of|"
        "funy|weird|drunk|wrong|upset)",
    ],
    "bullying": [_KEPT_OUT],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("physical_abuse", (_TAKEN_TO, _MARKS_OR_WHY), 16),
    ("physical_abuse", (_HELD_TO_HEAT, _WHY_OR_HURT), 12),
    ("self_harm", (_NEXT_TIME, _HIGH_UP), 24),
    ("self_harm", (_WHEN_THE_TRAIN, _AT_THE_CROSSING), 24),
    ("self_harm", (_IN_FRONT,), 24),
    ("self_harm", (_INTO_WATER, _MOVED), 16),
    ("missing", (_HIDDEN_FROM,), 24),
    ("missing", (_NOBODY_KNOWS, _DAYS_OR_DARK), 16),
    ("missing", (_AFTER_RUNNING, _SLEPT_ROUGH), 12),
    ("missing", (_RUN_FROM_CARE,), 12),
    ("neglect", (_GONE_DAYS, _YOUNG, _ALONE), 24),
    ("neglect", (_LEFT_WITH_LITTLE, _AT_NIGHT_GONE, _YOUNG), 28),
    ("neglect", (_NO_DOCTOR, _AILMENT, _DISMISSED), 28),
    ("emotional_abuse", (_NEVER_SEE_KIN, _PUT_OUT), 20),
    ("harmful_practices", (_CUTTING_LADY, _COMING_FOR), 20),
    ("harmful_practices", (_SEEING_A_BOY, _BURIED), 16),
    ("domestic_abuse", (_BIT_HER, _PARTNER, _BLOOD_OR_FIGHT), 16),
    ("domestic_abuse", (_SAY_SHE_FELL, _IF_ASKED), 14),
    ("exploitation", (_NO_RUN, _KIN_DONE_IN), 16),
    ("sexual_exploitation", (_MADE_LINK, _HOTEL_OR_UNWILLING), 16),
    ("sexual_exploitation", (_IN_THE_BACK, _LIFTS), 20),
    ("trafficking", (_LOCKED_AT_NIGHT, _BROUGHT_IN, _MADE_WORK), 28),
    ("unsafe_home", (_BARRICADE, _THREAT_TO_ME), 24),
    ("unsafe_home", (_COMES_IN, _MAN_OF_THE_HOUSE, _UNEASE), 28),
    ("radicalisation", (_ATTACK_ON, _ASKED_OF_ME), 24),
    ("radicalisation", (_BOMB_SENT, _SOLDIER), 20),
    ("self_harm", (_ENOUGH_NOW, _SAVED_UP, _TABLETS), 24),
)
