"""Harm to a child at home told in a family's own words: a punishment's pet name, a name of scorn.

The twelfth blind hand (``tests/corpora/twelfth_hand``) named harm at home the way a household
names it, never in the plain words: a beating is "the wooden spoon", "a lesson", "the hob
trick", "hot cheeks", "the twist" or "the Sunday special"; a baby is "settled" with "the shake
shake"; a child is called "the Mistake", "it" or "waste of skin" as if it were a name. The code
word is new every time, so no list of codes will hold the next one. What stays is the rest of
the sentence, and these rules read that instead, leaving the code free:

- physical abuse: a thing used on the child's body (a spoon, a buckle, the hob, a cable, the
  iron, steel toecaps, a shoe, a lead) with the mark it leaves (stripes, bubbly, a blister,
  black, a round burn, too sore to lie on, "so nothing shows"), or for a fault named ("for
  telling fibs", "if I'm late in"), or with a story the child is told to give ("say it was
  netball"), or with the marks kept hidden ("keep your hoodie on"); the story to give beside
  the body asked about ("when miss asked about my eye"); "that's what you get for" beside an arm
  still purple; a routine "done" to the child with a hurt no sport or game leaves (yellow and
  green, held "till I go dizzy", "till I scream" and swollen); a routine named ("what we call
  it") with the thing used; a hand slammed in a door and "oops clumsy"; a code said not to be
  the game it sounds like ("not the joke ones"); a baby shaken until floppy;
- emotional abuse: a name of scorn used for the child at home ("the burden", "the stray",
  "it", "waste of skin", "the Home Office parcel"), or one the child is made to say of
  themself; a child shut in a pet's cage, a crate or a "thinking cupboard"; shamed (a nappy, a
  sign, the dog's bowl or bed) and filmed or shown to others, or made to stand all night till
  wet and filmed for the family chat; a week nobody may speak to the child; a
  carer who uses what the child lived through (the boat, the fire) to watch them shake; a
  child told they will be sent back, or put in the ground, if they cry or tell; the child's
  things destroyed and a pet named next; a knife waved at the child's face till they cry; a
  child punished for being gay; a young mum told her baby will be taken if she talks.

Each part asks for the harm, never the code's topic alone: a hob burns a hand at cooking club,
a coach's plank leaves legs killing, a puppy sleeps in its crate, a child wets themself on a log
flume and mum films it. Those answers, written before the rules, are the block "the twelfth
hand's codes for harm at home" of ``tests/corpora/near_misses.txt``; fresh disclosures written
before the rules are batches qg to qj of ``tests/corpora/adversarial.txt``. The same mechanisms,
not written for them, read more of the eighth hand's lines (a hoodie kept on for the belt's
marks, "say it was the hob" when the nurse asks). A grown-up hurting another at home, told the
same way, is in ``surveys.concern_euphemism_family``. Same syntax as ``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import BODY, QUEER

# --- physical abuse: a thing used on the body, and the mark --------------------------------------

# What a household hits or burns with: never "the belt" of a karate grading (a belt is "on my
# waist" there, and no body part below is a waist).
_IMPLEMENT = ("(wooden spoon|hot spoon|spoon|buckle|buckle end|belt|cable|iron cable|iron|hob|"
              "toecaps|steel toecaps|boots|ruler|cane|stick|putter|golf club|dog lead|lead|"
              "slipper|shoe|hairbrush|hanger|wire|lighter|cigarette|cig|ciggie|kettle|strap|flex)")
_SKIN = f"({BODY}|bum|bottom|feet|foot|knuckles|knees|shins|cheek|cheeks|skin|fingers)"
# On the child's body, the implement first: "my hand on the hob" is how a cooking burn is told.
_ON_MY_BODY = (f"{_IMPLEMENT}( [a-z]+){{0,2}} (on|across|over|into|against|to|w|with) (my|our|"
               f"the (bottom|bottoms|back|backs|soles) of (my|our)|my (inner|upper|lower)) {_SKIN}")
# The mark or the pain it left, or the hiding of it.
_MARK = ("(purple|stripes|stripe|welts|welt|blister|blisters|bubbly|blistered|bruise|bruises|"
         "bruised|black|red lines|red raw|bled|bleed|bleeding|swollen|too sore|cant sit|cant lie|"
         "strapped|shape|shapes|(round|red|litle) (red )?(burn|mark)|mark (by|on|under|behind) my|"
         "(so|and) (no one|nobody|noone) (sees|can see|would see)|nothing shows|doesnt show|wet "
         "(myself|himself|herself)|scarred|scar)")
# Why it was done: a fault named, as a punishment is told ("for telling fibs", "if I'm late in").
_PUNISHED_FOR = ("(for (telling|taking|lying|backchat|backchatting|talking back|answering back|"
                 "swearing|forgetting|breaking|wetting|spilling)|(if|when|wen|every time) (i|we|"
                 "you) (lie|wet|backchat|talk back|answer back|forget|swear|spill|get (the|it|"
                 "them|my|a) ([a-z]+ )?wrong|am (late|rude|cheeky|slow|loud|naughty))|because i "
                 "(forgot|lied|wet|was late|spilt|broke)|thats what (you|u) get for)")
# The mark left, or where on the body.
_MARK_OR_PLACE = (f"({_MARK}|(on|w|with) my {_SKIN}|my {_SKIN} ([a-z]+ ){{0,2}}(went|is|are|was|"
                  "has|have|got))")
# "Gave me the Sunday special with his steel toecaps": the thing named after the routine.
_GAVE_WITH = (f"(gave|gives|give|giving) me (the|a|his|her|some) [a-z]+( [a-z]+)? (with|w) (his|"
              f"her|the) ([a-z]+ )?{_IMPLEMENT}")
# The story the child is told to give: "say it was netball", "made me say i fell".
_COVER_STORY = ("((tels|tel|told|makes|made|make) me (to )?say (it was|i fel|i tripped|i did it)|"
                "says ops clumsy|say (you|i) fel)")
# The child's body marked, or asked about: "my arm went purple", "when miss asked about my eye".
_BODY_MARKED = (f"(my {_SKIN} (is|are|was|were|went|goes) (al |stil )?(swolen|bruised|black|purple|"
                f"bleding|bled|marked)|til it went (purple|black|blue)|(asked|asks|ask|sees|saw|"
                f"notices|noticed) (about |bout )?my {_SKIN})")
# The marks kept hidden: a hoodie kept on, long sleeves, "so the teacher dont see".
_HIDE_IT = ("((keep|wear|put|kept|wore)( [a-z]+){0,2} (hoodie|hod|sleves|long sleves|tights|"
            "trackies|gloves|jumper) on|so (no one|nobody|the teacher|teachers|miss|schol) (ses|"
            "sees|dont se|doesnt se|wont se|cant se))")

# The marks named by what made them: "the stripes from the dog lead", hidden.
_MARKS_FROM = (f"(stripes|marks|lines|welts|bruises|burns|shape) (from|of|off) (the|his|her|dads|"
               f"mums) ([a-z]+ )?{_IMPLEMENT}")
# A punishment's pet name defined by the thing used: "gran's correction is the buckle end".
_CODE_IS = ("(grans|nans|dads|mums|mams|step dads|step mums|uncles|aunties|auntys|grandads|carers|"
            f"his|her) (corection|leson|reminder|special|treatment|punishment) (is|was|means) "
            f"(the |a |his |her )?{_IMPLEMENT}")
# The shape of it left on the child: "shape's still on my thigh".
_SHAPE_LEFT = ("(shape|shapes|print|marks|mark|lines|stripes) (is |are |s )?(stil )?(on|across|al "
               "over|down) my")
# "The belt comes off", as a routine, and the back still purple.
_BELT_OFF = "(the |his |her )?(belt|slipper) (comes|coming) of"
_STILL_PURPLE = ("(back|legs|bum|arm|arms) (is |are )?(stil )?(purple|black|blue|red raw|"
                 "bruised)")
# Polish, "I got a beating", with the thing used or again.
_LANIE = "(dosta them|dostalem|dostaem|dostaje|dostane) lanie"
_AGAIN_WITH = f"(again|{_IMPLEMENT})"
# Welsh, "gives me the belt", and the child asks that no one is told.
_WELSH_BELT = "(rhoi r|rhoir|roir) (belt|strap|slipar) i (fi|mi)"
_DONT_TELL = "(dont tel|paid deud|paid a deud)"

# --- physical abuse: a routine done, and a hurt no game leaves --------------------------------

# A routine done: "does the door thing", "gave me the twist", "did his hug".
# Not a face paint, a tie dye or makeup, which leave colours too.
_DOES = ("(does|did|doing|gives|gave|giving) (?!(me |us )?((the|a|his|her|some) )?(face |hair )?"
         "(paint|painting|dye|tie dye|makeup|make up|nails|glitter|tatos|tatoo|henna)(?![a-z]))"
         "(me |us )?((the|a|his|her|some|one of his|one of her) )?[a-z]+")
# A hurt that a sport or a play fight does not leave, said of the child: not legs "killing"
# after a coach's plank, nor a tickle "till he cant breathe" from laughing.
_COLOURS = "(purple|black|blue|yellow|green)"
_HURT_LEFT = (f"((its|it is|my [a-z]+ is|they are) (al )?{_COLOURS} and {_COLOURS}|black al up|"
              "(squezes|squezed|squeze|preses|presed|holds|held|sits on|sat on)( [a-z]+){0,5} "
              "(til|until) i (cant breathe|go dizy|pass out)|(back|bum|botom) (is |was )?to sore "
              "to (lie|sit))")
# A hand slammed in a door, told as an accident that was not: "says oops clumsy", strapped.
_SLAMMED = ("(slams|slamed|shuts|shut|traps|traped) my (hand|fingers|arm) in (it|the (dor|drawer|"
            "car dor|window))(?! by acident| acidentaly)")
_NOT_AN_ACCIDENT = "((says|said|goes) (ops|clumsy)|on purpose|straped|every time)"
# Done till the child screams, and the place swollen or bruised.
_TILL_I_SCREAM = "(til|until) i (scream|screamed|cry|cried|beg|begged)"
_SWOLLEN = (f"my {_SKIN} (is|are|was|were|went|goes) (al )?(swolen|bruised|black|purple|bleding|"
            "bled)")
# Sore where a game's knock would be, said only beside the place no one sees.
_SORE = "(ribs|back|side|chest) (are|is) (kiling|kilin) me"
# Where and when no one sees: the other grown-up out, a room of its own.
_UNSEEN = ("(when|while|wen) (she|he|mum|dad|my [a-z]+) (is|are|s) (out|at work|away|asleep)|in "
           "the (garage|shed|cellar|basement|back office)")
# The routine named as a code: "he calls it", "thats what we call it".
_CALLS_IT = "((calls|cals|call|cal|calling) it|what (we|he|she|they) (call|cal|calls|cals) it)"
_USED = (f"(uses|used|using) (his|her) (fists|fist|hands|{_IMPLEMENT})(?! (on|at) (the )?(punch|"
         "bag|pads|bag))")
# The code said not to be the game it sounds like: "not the joke ones", "its not dancing".
_NOT_THE_GAME = ("((its|it is|thats|that is) not (really )?(dancing|a game|a joke|playing|play|a "
                 "hug|a cuddle|a tickle)|(arent|are not|isnt|is not|not) (even )?the (joke|funny|"
                 "fun|play|pretend) (ones|one|kind))")
_HARM_AFTER = ("((tooth|teth) (came|come|fel|fals) out|blod|bleding|broke my|broken|bruises|"
               "bruised|black eye|cant breathe)")

# A baby shaken: "the shake shake", "shakey shakey", "rocked hard", until floppy or still.
_SHAKEN = ("(?<!never )(?<!dont )(?<!not )(shake shake|shakey shakey|shaky shaky|shakes (him|her|"
           "the baby)|shook (him|her|the baby)|shaking (him|her|the baby)|rocked hard|rocks (him|"
           "her) hard)")
_GONE_FLOPPY = ("(floppy|limp|head (flops|flopped|goes everywhere|went everywhere|lolls)|eyes "
                "(go|went|goes|roll|rolled) (funny|back|weird)|goes weird)")

# --- emotional abuse: a name of scorn --------------------------------------------------------

# Named by a grown-up at home: "mum calls me", "dad introduces me as", "makes me say im".
_ADULT = ("(mum|mam|dad|step dad|step mum|foster [a-z]+|carer|carers|nan|nana|grandad|uncle|aunty|"
          "auntie|my family|my own father|my own mother)")
_NAMED_BY = (f"{_ADULT}( [a-z]+){{0,2}} ((calls|called|calling) me|introduces me( [a-z]+){{0,3}} "
             "as|(makes|made) me say i am)")
# Named so at home, said of oneself: "im called", "thats my name at dads", "every day i am".
_NAMED = ("((i am|i get|i got) (just )?called|(thats|that is|its) my (real )?name|my name at|like "
          "its my (real )?name|instead of my name|(every day|everyday) i am(?= (dirty|a (mistake|"
          "burden|freak|waste|reject)|the (mistake|burden|stray))))")
# A name no one uses for a child they love: not "her little monkey", not "a happy accident".
_SCORN_NAME = ("((?<!hapy )(?<!litle )(?<!lucky )(?<!lovely )(?<!cheky )(a |the )?(mistake|"
               "accident|burden|stray|failure|parcel|rat(?! bag)|leech|parasite|vermin|reject|"
               "freak)(?! (prone|dog|cat|in the play|of))|waste of (skin|space|air|oxygen|food)|"
               "home ofice parcel|devils leftovers|dirty blood|(a )?fat pig|bin (boy|girl)|(?<=me )"
               "it (since|every|instead|now|like)|should (of|have) got rid of me)")
# Spoken of by a name of scorn as someone there: "says the stray is eating again".
_SPOKEN_OF = ("(says|said|shouts|goes) the (stray|burden|mistake|reject|parasite|leech) is "
              "[a-z]+ing again")
# At home: the place, or the child's own family.
_AT_HOME = ("(at home|at (my )?(dads|mums|mams|nans)|in (my|our) house|kinship|my own father|my "
            "own mother|at tea|mum|mam|dad|step dad|step mum|foster [a-z]+|carer|carers|nan|"
            "grandad|uncle|aunty|auntie)")
_AT_HOME_PLACE = ("(at home|at (my )?(dads|mums|mams|nans)( house)?|in (my|our) house|kinship|my "
                  "own father|my own mother|at tea)")

# --- emotional abuse: shut in, shamed, silenced --------------------------------------------

# In a pet's cage, a crate or a cupboard, put there or sent: never a child hiding at a game.
_CAGED = ("(((put|puts|putting|lock|locks|locked|shut|shuts|shove|shoves) me( [a-z]+){0,2} (in|"
          "into) ([a-z]+ ){0,2}(cage|crate|kenel|cupboard|box rom|shed|dog box)|i (have to |got "
          "to |must )?(go|sleep|stay|get put|am put|am locked)( [a-z]+){0,2} (in|into) ([a-z]+ )"
          "{0,2}(cage|crate|kenel|dog box))|(thinking|naughty) (cupboard|cage|box|shed))")
_SHUT = ("(padlock|padlocks|padlocked|clips it shut|clip it shut|locks it|locked it|bolts it|"
         "(dor|door) locked|lights (of|out)|[0-9]+ hours|al (night|wekend|day)|bucket|wee in|"
         "til i stop crying|when i am (naughty|bad|being)|(if|when) i (get (it|them|my [a-z]+) "
         "wrong|wet|answer back|talk back|backchat)|as (a )?punishment)")
# Shamed: a nappy, a sign, the dog's bowl or bed, barking for tea.
_SHAMED = ("((makes|made|make) me wear (the|a) (napy|sign|shame sign|dog colar)|shame sign|eat "
           "(out|of) the (dog|cats) (bowl|dish)|(makes|made|make) me (sit|slep|lie|eat|crawl|beg|"
           "bark)( [a-z]+){0,3} (dogs|dog|cats) (bed|bowl|basket|cage)|(makes|made|make) me bark)")
# Shown to others to laugh at: filmed for the family chat, told to the mums at the gate.
_SHOWN_TO = ("((filmed|films|filming|videod|recorded|take pictures|takes pictures|took pictures) "
             "(it |me )?(for|to|on) (the family chat|her mates|his mates|their mates|whatsap|the "
             "group|his story|her story|laugh)|(told|tels|showed|shows) (the mums|everyone|her "
             "mates|his mates|the whole))")
_SHOWN = f"({_SHOWN_TO}|(films|filmed|filming) (it|me))"
# Wetting oneself, made to stand all night: not soaked on a log flume.
_WET = "wet myself(?! laughing)"
_MADE_TO_STAND = ("(al night|for hours|arms up|as (a )?punishment|(made|makes) me (stand|knel|"
                  "kneel))")
# A week no one may speak to the child, kept by the whole house.
_SILENCED = ("(nobody|no one|noone)( [a-z]+){0,3} (is |are )?(alowed|let) to (talk|speak|say "
             "hi) to me")
# Kept for days by the whole house: not a film or an exam week.
_KEPT_BY_ALL = ("(not at tea|(for|al) (a |the )?(whole )?(wek|weks|days)|silent wek|(got|gets|get) "
                "(sent up|sent to|told of|in trouble) for (saying|talking|speaking))")

# --- emotional abuse: fear used, threats --------------------------------------------------

# What the child lived through, used to watch them shake.
_KNOWS_MY_PAST = ("(knows|knew) (about|what hapened (to me|on|in|with)) (my|the) (boat|fire|"
                  "crossing|crash|war|flood|attack|accident|dad|camp|lory)")
_WATCHES_ME = ("((to )?(watch|watches|watching|see|sees) (me|my face)( [a-z]+){0,2} (shake|shaking|"
               "cry|crying|panic|panicking|scream|screaming|freak|flinch|and laughs|and laugh)|"
               "watches my face and laughs)")
# Sent back, or put in the ground, if the child cries or tells.
_SENT_AWAY = ("((post|send|ship|put) me (back|on the plane)(?! (to|on) (school|bed|class|my rom|"
              "the shop|the bus))|(put|putting|have) me in the ground|bury me)")
_IF_I_TELL = "if i (cry|complain|tel|talk|say (anything|owt|a word)|open my mouth|gras)"
# Harm done to the child's things, and a pet named next.
_THINGS_DESTROYED = ("(drowns|drowned|drown|smashes|smashed|burns|burnt|burned|rips|riped|"
                     "snaps|snaped) (up )?my (stuf|things|toys|phone|clothes|boks|drawings|"
                     "teddy|teddies)")
_PET_NEXT = ("((next time|next) (its|it wil be|it be) (the|my) (dog|cat|fish|hamster|rabit|"
             "bird|pupy|kiten)|(already|he|she) (did|done|kiled|drowned) my (fish|hamster|rabit|"
             "cat|dog|bird))")
# A knife waved at the child's face till they cry.
_KNIFE_AT_ME = ("(waves|waved|waving|holds|held|points|pointed) (it|(a|the|his|her) ([a-z]+ )?"
                "knife)( [a-z]+){0,2} (near|at|in|by|to) my (face|throat|neck|eyes)")
_TILL_I_CRY = "(til|until) i cry"
# Punished for who the child is: out in the cold in their underwear "because i am gay".
_FOR_BEING = f"((because|since) (i am|i came out|i told them i am) {QUEER}|since i came out)"
_EXPOSED = ("(in my (boxers|pants|underwear)|out(side)? al night|in the (rain|snow|cold) for "
            "hours)")
# Told every night what will be done to the child: "the countdown".
_WHAT_HE_WILL_DO = ("(tels|tel|told) me (exactly )?what ((he|she|they) (wil|is going to|is gona|"
                    "would)|hel|shel|theyl) do to me(?! (in|at) (training|practice|the gym|footbal|"
                    "clas|schol))")
_EVERY_NIGHT = "(every (night|day|morning)|walks of laughing|when (he|she) gets to)"
# A young mum told her baby will be taken if she talks to her worker.
_IF_I_TALK = ("if i ((talk|speak|say anything) to|tel) (my|the) (pa|social worker|worker|"
              "midwife|health visitor|key worker)")
_BABY_TAKEN = ("(i am|im) a bad mum|(she|he|the baby|my baby) (gets|wil get|wil be|is) (tok|"
               "taken|took)")

PHRASES: Final[dict[str, list[str]]] = {
    # Romanian, "you are good for nothing", said to the child.
    "emotional_abuse": ["nu esti bun de nimic"],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A thing used on the child's body, with the mark it left or the hiding of it.
    ("physical_abuse", (_ON_MY_BODY, _MARK), 22),
    # A thing used for a fault named, with the mark left or the body it was used on.
    ("physical_abuse", (_IMPLEMENT, _PUNISHED_FOR, _MARK_OR_PLACE), 24),
    # "Gave me the Sunday special with his toecaps", for a fault named.
    ("physical_abuse", (_GAVE_WITH, _PUNISHED_FOR), 20),
    # The marks named by what made them, hidden.
    ("physical_abuse", (_MARKS_FROM, _MARK), 14),
    # A punishment's pet name defined by the thing used, with its shape left on the child.
    ("physical_abuse", (_CODE_IS, _SHAPE_LEFT), 14),
    # "The belt comes off", and the back still purple.
    ("physical_abuse", (_BELT_OFF, _STILL_PURPLE), 12),
    # Polish and Welsh: a beating got again or with the belt; the belt given, kept quiet.
    ("physical_abuse", (_LANIE, _AGAIN_WITH), 14),
    ("physical_abuse", (_WELSH_BELT, _DONT_TELL), 16),
    # The story to give, and the child's body marked or asked about.
    ("physical_abuse", (_COVER_STORY, _BODY_MARKED), 20),
    # The marks named by what made them, kept hidden.
    ("physical_abuse", (_MARKS_FROM, _HIDE_IT), 16),
    # A fault named, and the body still purple.
    ("physical_abuse", (_PUNISHED_FOR, _STILL_PURPLE), 16),
    # A thing used on the child's body, with the story to give.
    ("physical_abuse", (_ON_MY_BODY, _COVER_STORY), 18),
    # A routine done to the child, with a hurt no game leaves.
    ("physical_abuse", (_DOES, _HURT_LEFT), 18),
    # A routine done for a fault named, with the mark.
    ("physical_abuse", (_DOES, _PUNISHED_FOR, _MARK), 20),
    # A routine named as a code, with a hurt no game leaves.
    ("physical_abuse", (_CALLS_IT, _HURT_LEFT), 18),
    # A routine done till the child screams, and the place swollen or bruised.
    ("physical_abuse", (_DOES, _TILL_I_SCREAM, _SWOLLEN), 18),
    # A routine done to the child where no one sees, sore.
    ("physical_abuse", (_DOES, _UNSEEN, _SORE), 22),
    # A routine named as a code, with the fists or the thing used.
    ("physical_abuse", (_CALLS_IT, _USED), 16),
    # A routine named as a code, the thing used, and the mark.
    ("physical_abuse", (_CALLS_IT, _IMPLEMENT, _MARK), 24),
    # A hand slammed in a door, told as an accident that was not.
    ("physical_abuse", (_SLAMMED, _NOT_AN_ACCIDENT), 14),
    # A code said not to be the game it sounds like, with the hurt.
    ("physical_abuse", (_NOT_THE_GAME, _HARM_AFTER), 16),
    # A baby shaken until floppy.
    ("physical_abuse", (_SHAKEN, _GONE_FLOPPY), 18),
    # A name of scorn given to the child by a grown-up at home, or said to be its name there.
    ("emotional_abuse", (_SCORN_NAME, _NAMED_BY), 12),
    ("emotional_abuse", (_SCORN_NAME, _NAMED, _AT_HOME_PLACE), 24),
    # Spoken of at home by a name of scorn, as someone there.
    ("emotional_abuse", (_SPOKEN_OF, _AT_HOME), 10),
    # Shut in a cage, a crate or a cupboard.
    ("emotional_abuse", (_CAGED, _SHUT), 14),
    # Shamed and shown to others.
    ("emotional_abuse", (_SHAMED, _SHOWN), 22),
    # Made to stand all night till wet, and shown to others.
    ("emotional_abuse", (_WET, _SHOWN_TO, _MADE_TO_STAND), 30),
    # No one in the house may speak to the child.
    ("emotional_abuse", (_SILENCED, _KEPT_BY_ALL), 26),
    # What the child lived through, used to watch them shake.
    ("emotional_abuse", (_KNOWS_MY_PAST, _WATCHES_ME), 18),
    # Sent back or put in the ground if the child cries or tells.
    ("emotional_abuse", (_SENT_AWAY, _IF_I_TELL), 14),
    # The child's things destroyed, and a pet named next.
    ("emotional_abuse", (_THINGS_DESTROYED, _PET_NEXT), 18),
    # A knife at the child's face till they cry.
    ("emotional_abuse", (_KNIFE_AT_ME, _TILL_I_CRY), 14),
    # Out in the cold in their underwear for being gay.
    ("emotional_abuse", (_FOR_BEING, _EXPOSED), 24),
    # Told every night what will be done to the child.
    ("emotional_abuse", (_WHAT_HE_WILL_DO, _EVERY_NIGHT), 22),
    # A young mum told her baby will be taken if she talks to her worker.
    ("emotional_abuse", (_IF_I_TALK, _BABY_TAKEN), 18),
)
