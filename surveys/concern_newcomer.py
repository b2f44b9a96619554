"""Harm at home, nights away, care refused and self-harm in the English of a new language.

The fourteenth blind hand (``tests/corpora/fourteenth_hand``) wrote a third of every file as
unaccompanied and refugee young people who learned English in the last year or two. Learner
grammar leaves a verb in its bare form whatever the time ("he push her down the stairs", "carer
say no time", "i not sleep at my house since saturday", "he kill her one day"), drops "to" and
"for" ("wait the fast train", "want go with him") and says "i am finish" for the end of things.
The older rules read the harm in its English tenses; here the bare form is read, always beside
the harmful part:

- domestic abuse: a man of the house who beat, choke, kick, push, throw at, pull, drag or burn a
  woman of it (his wife, her, an aunt, a sister, mama) beside the harm (down the stairs, by the
  hair, at her head, blood, crying, screaming, every night, with an iron or a belt); a fight and
  a woman bleeding beside the child afraid in a room; fear that "he kill her";
- going missing: nights with men or boys met at work, in a man's house or car, or in a park or a
  mosque with nowhere else, beside nobody told or knowing or asking; hidden when the social
  worker comes; a man or a driver who takes the child to another city beside nobody told; not
  going back to "that house" beside nobody knowing;
- neglect: an ailment left for weeks (pus, an infection, swelling, "very pain") beside a carer
  who says "no time", "later", "is nothing" or does not take the child to a doctor; a kitchen or
  fridge locked beside one meal a day, bread only or kilos lost; no food money or allowance for
  weeks beside hunger; a floor for a bed for months; days with no food in the house; clothes the
  same for months; no money for the only shoes, which have a hole;
- emotional abuse: a carer or a relative who says the child is a dirty refugee, an animal or the
  family's shame, or that it would be better the child died or drowned, or calls them a name
  "not my name"; a threat to have the Home Office send the child back; eating on the floor or
  alone "like animals"; a phone taken and a mother or sister never to be spoken to again;
- self-harm: standing by the line waiting for the fast train beside a death or "why"; a belt or
  a scarf tied in a wardrobe or a bathroom to try it, beside "don't tell"; the river or the
  railway tonight beside a letter written already; "no more life for me" and "i am finish".

Left to the learned layer, as near to ordinary talk as to harm: "police come again tonight for
the fight" (no harm named), "hungry. today nothing eat" (a fast says the same), "she call me the
stupid one" with no carer named. Fresh wordings, written before the rules, are batches si to sl
and sp of ``tests/corpora/adversarial.txt``; the ordinary sentences nearest them are the block
"fourteenth hand, a new language" of ``tests/corpora/near_misses.txt``. Same syntax as
``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- domestic abuse ------------------------------------------------------------------------------

# A man of the house, in the learner's words for him.
_MAN = ("(he|the man|a man|man|husband|her husband|uncle|my uncle|foster dad|foster father|foster "
        "man|brother in law|stepfather|step father|stepdad|baba|babam|father|my father|boyfriend|"
        "her boyfriend|cousin husband|my cousin husband)")
# A woman of the house: a wife, an aunt, a sister, a mother, or "her".
_WOMAN = ("(her(?= (down|at|in|on|by|with|to|across|against|into|so|very|hard|again|every|and|"
          "until|face|head|belly|stomach|arm|eye|neck))|his wife|the wife|the woman|the lady|the "
          "mum|my aunt|my auntie|aunt|auntie|my "
          "sister|my mother|my mum|mama|madar|mother|annem|the mother)")
# The verb of a blow in its bare form: what learner grammar writes for every time.
_BLOW = ("(beat|choke|strangle|kick|punch|slap|push|drag|pull|burn|hit|throw (?!(the |a )?(ball|"
         "frisbee|pilow|snowball|water|balon|bean bag))[a-z]+( [a-z]+)? at)")
_BLOWN = f"{_MAN}( [a-z]+){{0,3}} {_BLOW} {_WOMAN}"
# What turns a blow from play to harm: how it was done, where it struck, what it left.
_HURT_DONE = ("(down the stairs|by (her|the) hair|at her (head|face)|in her (belly|stomach|face|"
              "head|eye)|her (face|head|arm)|blood|bleeding|bleed|cry|crying|scream|screaming|"
              "cannot breathe|cant breathe|every night|with the (iron|belt|pan|stick|knife|"
              "cable|shoe)|on the floor|to the bedroom|lock the door)")
_FIGHT = ("(they|the man and (the )?woman|mum and dad|my parents|foster parents|he and she) "
          "(fight|fighting|shout and fight)( again| every night| very bad)?(?! (in|at) (the "
          ")?(boxing|ring|"
          "match|game|film|club|gym|class|training|school))")
_SHE_BLEEDS = ("(she|mama|mum|my mother|the woman|auntie|aunt) (bleeding|bleed|have blood|is "
               "bleeding)")
_AFRAID_INSIDE = ("((i am|im) (in my room|scared|hiding|afraid)|i hide|i am so scared|scared in my "
                  "room)")
_HE_KILLS_HER = (f"(scared|afraid|fear) (that )?{_MAN} (kill|wil kil|go kil|going to kil) "
                 f"{_WOMAN}(?! (in|on) (the )?(film|game|show|episode|series|book|story|movie|"
                 "next))")
_SOON = "(one day|tonight|soon|really|this time)"

# --- going missing --------------------------------------------------------------------------------

_STAY_AWAY = ("(stay|sleep|live|living|staying|sleeping) (now )?(with|at|in) (some |a |the "
              ")?(older )?"
              "(men|man|boys|guys|mans house|man house|a man house|man car|a man car|cars|car)( "
              "from (my country|the car wash|the [a-z]+ shop|the [a-z]+ wash))?(?! from (my|the) "
              "(church|mosque|school|colege|club|team|family))")
_UNTOLD = ("((i )?(dont|not|never|didnt) (tell|say to|say) (my |the )?(social worker|key worker|"
           "keyworker|carer|carers|staff)|(i )?(dont|not|never|didnt) (tell|say to|say) (anyone|"
           "anybody)(?! (my|the|about|what|how|why))|(nobody|no one|noone) (know|knows)(?! (the|"
           "how|what|this|that|why|my name|it))|(nobody|no one|noone) (ask|asks)( me)? where|(my |"
           "the )?(social worker|key worker|keyworker|carer|carers|staff) (dont|doesnt|not) (know|"
           "ask|asks) where)")
_NOT_SLEPT_HOME = ("(not|never|dont) (sleep|go back|come back|been) (at|to) (my |the )?(house|home|"
                   "hostel|placement|foster house|flat|room) since")
_VISIT = ("(social worker|key worker|keyworker|independent visitor) (come|comes|coming|visit|"
          "visits|knock|knocks)")
_HIDDEN = ("(tell|told|make|made) me (to )?hide|so (she|he|they) (not|dont|cant|doesnt) (see|"
           "find|know) (me|i am)|i (must|have to) hide|(other|another) (room|flat) and be quiet")
_TAKEN_OFF = ("(a man|some man|the man|men|the men|a driver|the driver|driver|smuggler|agent|a guy)"
              "( [a-z]+){0,4} (take|takes|bring|drive|drives) me to [a-z]+")
_BY_NIGHT = "(tonight|tomorow night|at night|in the night|in his (van|car|lorry))"
_SLEPT_OUT = ("(sleep|slept) in (the )?(mosque|park|street|station|bus station|train station|bus "
              "stop)")
_ADRIFT = ("((day|in the day) i walk|phone (battery )?(finish|die|dead)|(nobody|no one) know where "
           "i am|nowhere (to go|to sleep))")
_NIGHTS = "(([0-9]+|to|two|thre|three|for|four) (nights|days)|nobody know|no one know)"
_NOT_BACK = ("(dont|not|never|wont) (go|going) back (there|to (that|this) (house|foster house|"
             "hostel|placement|flat))(?! (until|til|before|for|after|on|next|again|tomorow))")
# Left a placement today by train or bus, and not going back.
_LEFT_PLACEMENT = ("(leave|left|run from|ran from) (the |my )?(foster house|foster home|foster "
                   "family|"
                   "placement|carers house|children home|childrens home)( this morning| today| "
                   "tonight| last night)?")
_BOUND_AWAY = "on the (train|bus|coach) to [a-z]+"

# --- neglect ----------------------------------------------------------------------------------

_AILING = ("(pus|infection|infected|swollen|very pain|very painful|face is big|cannot walk|cant "
           "walk|fever|since [0-9]+ (weks|wek|days|month|months)|since (to|thre|for) (weks|days|"
           "months))")
_CARING = ("(carer|my carer|staff|the staff|foster mum|foster dad|foster mother|foster father|key "
           "worker|keyworker|support worker|the lady|hostel manager)")
_REFUSED = (f"({_CARING} (say|said|says) (no time|later later|is nothing|its nothing|it is nothing|"
            "not important)(?! (serious|bad|to worry|broken))|(she|he|they) (say|said|says) (no "
            "time|later "
            "later)|(not|never|dont|doesnt|nobody|no one) "
            "take (me|him|her) to (the )?(doctor|dentist|hospital|gp))")
_LOCKED_FOOD = ("((kitchen|fridge|food|cupboard|cupboards) (is |are )?(locked|lock)|lock the "
                "(kitchen|fridge|food|cupboard))")
_STARVED = ("(one meal (one|a|in the|per|each) day|only bread|one time in (the )?day|lose [0-9]+ "
            "(kilo|kg|kilos)|very weak|(?<!never )(?<!not )hungry)")
_NO_FOOD_MONEY = ("(i am |i |me )(not|no|never) (receiving|receive|get|getting|given|give)( any)? "
                  "(food money|allowance|money for food)|no (food money|allowance) for me")
_WEEKS = "(for|since) ([0-9]+|thre|three|to|two|for|four) (weks|months|month)|[0-9]+ weks now"
_FLOOR_BED = "(sleep|slep) on (the )?floor"
_NO_BED = "(one blanket|no bed|bed is coming|no mattress|they say wait)"
_MONTHS = ("(since|for|is) ([0-9]+|to|two|thre|three) (month|months)|([0-9]+|to|two|thre|three) "
           "(month|months) now")
_DAYS_UNFED = ("([2-9]|to|two|thre|three|for|four) days (no|without) (fod|food|eat|eating)")
_NO_FOOD_HERE = "(in this house|(?<!never )(?<!not )hungry|very weak)"
_SAME_CLOTHES = "(clothes|clothe) (is|are) (the )?same since|no washing for me"
_SMELL = ("((i|they say i|she say i) smell(?! (nice|god|lovely|amazing|of perfume|like (perfume|"
          "flowers))))")
_SHOES_HOLED = "((shoes|shoe|coat|jacket) with (a )?hole|hole in my (shoes|shoe|coat|jacket))"
_NO_MONEY_ME = "(say|said|says) no money for me"

# --- emotional abuse -----------------------------------------------------------------------------

_CARER = ("(carer|my carer|foster mum|foster mother|foster father|foster dad|foster man|foster "
          "woman|lady in (the )?house|the lady|my aunt|aunt|my auntie|auntie|my uncle|uncle|"
          "stepmother|stepmum|stepfather|stepdad)")
_CONTEMPT = ("(i am|i) (a )?(dirty|stupid|useless|worthless) (refugee|migrant|immigrant|animal|"
             "dog)(?! (person|lover|sitter|walker))|i am (useless|an animal|a dog|a donkey|rubbish|"
             "nothing)(?! (at|in|with|person|lover|sitter|walker))|(shame of|shame for) (the |my |"
             "our )?family|(nobody|no one|no family) (want|wants) me(?! to)|go back to your war|"
             "better (i|you) (die|drown|dead|was dead|were dead)"
             "(?! (my|your|it|the|her|his))")
_OFTEN = ("(every day|everyday|every night|all the time|always|in front of|every time|again and "
          "again)")
_NAMED = (f"({_CARER}|she|he) (call|calls|called) me (the )?(stupid|dirty|ugly|donkey|animal|dog|"
          "idiot)( one)?")
_NOT_NAME = "(not my name|never my name)"
_GIVEN_BACK = "(give|send|take) (you|me) back to (the )?home office(?! (the|my|a|your) )"
_CALL_HOME_OFFICE = ("(she|he|they|carer|foster [a-z]+) (wil )?(call|ring|tel|phone) (the )?home "
                     "office")
_SEND_BACK = ("(they|she|he|home office) (wil )?(send|give|take) (me|you) back(?! (to school|to "
              "class))")
_EVERY_DAY_SAID = "(every|each) (day|night|time)"
_FLOOR_FOOD = ("(make|made|makes) me (eat|sit|sleep) (on (the )?floor|alone|outside|in my rom|in "
               "the kitchen)")
_LIKE_ANIMALS = ("((say|says|said) (animals|dogs) eat|like (a|an) (dog|animal)|(i|you) smell like|"
                 "dirty)")
_PHONE_TAKEN = "(take|took|takes) my phone"
_NEVER_AGAIN = ("(say|says|said) (i|you) (wil )?(never|not) (speak|talk|cal|see) ((with|to) )?(my "
                ")?(mother|mum|mama|madar|family|"
                "sister|brother|adey|father|baba)( [a-z]+)? again")

# --- self-harm --------------------------------------------------------------------------------

_BY_THE_LINE = ("(stand|wait|sit|standing|waiting) (by|at|near|next to|on) (the )?(train line|"
                "railway line|rail line|tracks|train tracks|railway)(?! station)")
_FAST_TRAIN = "wait (for )?the (fast|next|express) train|when the (fast|next) train"
_LOSS = "(not me|why me|no point|why (i am|am i) (alive|here)|why i (live|am alive))"
_DIED = "(die|died|dead|death|drown|drowned)"
_WATER_PLACE = "(bridge|river|sea|water|canal)"
_GO_WITH = ("(i want|i wish i can|i wish i could) (to )?(go|be) with (him|her|them)(?! (to|at|in|"
            "on|for|again))")
_TIED = ("((tie|tied|hang|put) (a |the |my )?(belt|scarf|rope|cable|cord|sheet) (in|on|to|from) "
         "(the "
         "|my )?(wardrobe|door|ceiling|bathroom|shower|rail|window|hook)|(try|tried) with (the |a |"
         "my )?"
         "(belt|scarf|rope|cable|cord|sheet) in (the |my )?(bathroom|wardrobe|shower))")
_TRIED = "(to try it|try it|tried it|it not hold|didnt hold|not strong enough)"
_DONT_TELL = ("(dont|do not|no|please no|pls dont|please dont|not) tel (my |the )?(key worker|"
              "keyworker|"
              "carer|carers|social worker|staff|teacher|anyone|anybody|mum|mama|foster [a-z]+)")
_TONIGHT_TO = ("(tonight|today|tomorrow) i (go|wil go|going) to the (river|bridge|railway|sea|"
               "train line|tracks|cliff|roof)")
_LETTER_DONE = ("(letter|letters)( [a-z]+){0,5} under my pilow|(write|wrote|written) (a |my "
                ")?(goodbye|"
                "last letter)")
_NO_MORE_LIFE = "(no more life|my life is finish|life is finish)(?!( for me)? (in|on) )"
_I_AM_FINISH = "(i am|im) finish(?! (my|the|school|work|homework|with|at|in|eating|soon|today))"

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Domestic abuse.
    ("domestic_abuse", (_BLOWN, _HURT_DONE), 18),
    ("domestic_abuse", (_FIGHT, _SHE_BLEEDS, _AFRAID_INSIDE), 14),
    ("domestic_abuse", (_HE_KILLS_HER, _SOON), 8),
    # Going missing.
    ("missing", (_STAY_AWAY, _UNTOLD), 20),
    ("missing", (_NOT_SLEPT_HOME, _STAY_AWAY), 16),
    ("missing", (_VISIT, _HIDDEN), 14),
    ("missing", (_TAKEN_OFF, _UNTOLD, _BY_NIGHT), 20),
    ("missing", (_SLEPT_OUT, _ADRIFT, _NIGHTS), 18),
    ("missing", (_NOT_BACK, _UNTOLD), 14),
    ("missing", (_LEFT_PLACEMENT, _BOUND_AWAY, _NOT_BACK), 20),
    # Neglect.
    ("neglect", (_AILING, _REFUSED), 22),
    ("neglect", (_LOCKED_FOOD, _STARVED), 12),
    ("neglect", (_NO_FOOD_MONEY, _WEEKS), 12),
    ("neglect", (_NO_FOOD_MONEY, _STARVED), 20),
    ("neglect", (_FLOOR_BED, _MONTHS, _NO_BED), 20),
    ("neglect", (_DAYS_UNFED, _NO_FOOD_HERE), 10),
    ("neglect", (_SAME_CLOTHES, _SMELL), 16),
    ("neglect", (_SHOES_HOLED, _NO_MONEY_ME), 12),
    # Emotional abuse.
    ("emotional_abuse", (_CARER, _CONTEMPT, _OFTEN), 22),
    ("emotional_abuse", (_NAMED, _NOT_NAME, _OFTEN), 16),
    ("emotional_abuse", (_GIVEN_BACK, _EVERY_DAY_SAID), 12),
    ("emotional_abuse", (_CALL_HOME_OFFICE, _SEND_BACK), 12),
    ("emotional_abuse", (_FLOOR_FOOD, _LIKE_ANIMALS), 20),
    ("emotional_abuse", (_PHONE_TAKEN, _NEVER_AGAIN), 14),
    # Self-harm.
    ("self_harm", (_BY_THE_LINE, _FAST_TRAIN, _LOSS), 24),
    ("self_harm", (_WATER_PLACE, _DIED, _GO_WITH), 16),
    ("self_harm", (_TIED, _TRIED, _DONT_TELL), 16),
    ("self_harm", (_TONIGHT_TO, _LETTER_DONE), 20),
    ("self_harm", (_NO_MORE_LIFE, _I_AM_FINISH), 12),
)
