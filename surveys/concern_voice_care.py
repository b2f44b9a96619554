"""Neglect and going missing in the voices at both ends of the age range.

The thirteenth blind hand (``tests/corpora/thirteenth_hand``) wrote half of every file as a child
of four to eight and half as a care leaver or young adult. A small child tells neglect as what
the child does because no adult does it, and going missing as a night out of the window; a young
adult tells neglect as care that stopped coming, and going missing as nights on a sofa or in a
bus station while a worker believes a cover story. Each shape is read only beside its harmful
part:

neglect:

- a small child in charge: a parent out at night, at the pub or the club, or no grown-ups on
  waking, beside the child caring for a baby (milk, a bottle, a nappy, a crying baby) and the
  child's own small age, "all night" or milk from the tap;
- a carer asleep all day while a child of four to eight walks to the shop or school alone;
- no heat or power at home, in a small child's spelling ("no lectric"), beside sleeping or
  eating in bed in coats, or a wet bed, at the home named;
- a doctor refused "because they ask questions", or an ache for ages and "no doctor";
- a vital medicine (insulin, an inhaler, epilepsy or seizure medicine) run out for days, with the
  young person ill or nobody sorting it;
- care that stopped: staff, carers, an agency or a worker who have not come, shopped or fed the
  young person, beside the harm (a pad unchanged, weight lost, dry cereal, not eaten, stuck in
  bed); a hoist or a wheelchair left broken beside a sore or a day on the floor;
- a baby's milk run out beside the power off or water instead;
- school stopped: nobody has sent the child to school since a month named.

going missing:

- a small child out of the window or the gate, or run from a foster home, beside the night
  unseen: while everyone slept, nobody knew, all night, nights or "sleeps" counted, a shed or the
  woods slept in, a stranger met;
- a child hidden out all night who will not go back to the new house;
- taken by a parent far away, on a plane, a boat or a long bus, beside new names or the social
  worker not to be told; a young parent taking a child "where the social can't find us";
- a young adult gone from care: sleeping rough or on sofas, in a squat or a bus station, beside a
  worker who thinks they are somewhere else, "if anyone asks", no one looking.

Left to the learned layer, as near to ordinary talk as to harm: a small child hiding in the
bushes when it is dark "and nobody finds me" (hide and seek). Fresh wordings, written before the
rules, are batches rc to rf of ``tests/corpora/adversarial.txt``; the ordinary sentences nearest
them (a babysitting sister, a night-shift parent asleep, camping in coats, an inhaler the nurse
replaced, a family holiday abroad, a gap year on a friend's sofa) are the block "thirteenth hand
voices, care" of ``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import WEEKDAYS

# --- a small child in charge -------------------------------------------------------------------

_PARENT = "(mummy|mum|mam|mama|daddy|dad|nanny|nana|nan|nain|she|he|they)"
# A parent out at night, at the pub or the club, or no grown-ups when the child wakes.
_OUT_AT_NIGHT = (f"({_PARENT}( [a-z]+){{0,2}} (goes|go|went|has gone|is) out( to the [a-z]+)? "
                 "(at night|every night|all night|when i am asleep|when i sleep|when i am in "
                 f"bed)|{_PARENT}( [a-z]+){{0,2}} (goes|go|went|has gone) (out )?to the (pub|club|"
                 "bar|casino|bookies|party|parties)|(leaves|left|leave) (me|us)( and [a-z]+"
                 "( [a-z]+)?)? (all night|in the (flat|house) when)|(wake|woke|wakes) up (and )?"
                 "(there is |"
                 "there are )?no (grown ups|grownups|adults|big people))")
# The child caring for a baby, or the baby left crying.
# Left at home alone with a little one while a parent goes out or to the pub.
_LEFT_FOR_PUB = ("(leaves|left|leave) (me|us)( and [a-z]+( [a-z]+){0,2})? (in the (flat|house)|"
                 f"at home|on our own|alone) (when|while) {_PARENT} (goes|go|went) (out|to the "
                 "(pub|club|bar|casino|bookies|party))")
# No grown-ups there at all, or a nappy left all day.
_NO_GROWN_UPS = ("(no (grown ups|grownups|adults|big people)(?! (allowed|only|can|are allowed|"
                 "area)(?![a-z]))|nappy( [a-z]+){0,4} (full|dirty|wet|smelly) all day|same nappy "
                 "all day)")
_CARING = ("((look|looks|looked|looking|stay|stayed) (after|with) (my |the )?(baby|little) ?"
           "[a-z]*|(give|gave|gived|feed|fed|make|made) (the |my )?(baby|him|her)( [a-z]+)? "
           "(milk|bottle|water|food)|(change|changed) (the |her |his )?nappy|(have|had) to "
           "change (it|her|him)|(baby|baby [a-z]+) (cries|cried|is crying|was crying)|(she|he) "
           "cries and cries)")
# A child of four to eight, or no grown-ups at all, all night, or milk from the tap.
_SMALL = ("((i am|i is) ([2-9]|two|three|four|five|six|seven|eight|nine)(?![0-9])(?! (oclock|"
          "minutes|mins|hours|weeks|days|pm|am|times|goals|points|stars|sweets|pages|laps)(?![a-z]))"
          "|no (grown ups|grownups|adults|big people)(?! (allowed|only|can|are allowed|area)"
          "(?![a-z]))|all night|milk from the tap|tap water)")
# A carer asleep all day, a small child out on the road alone.
_ASLEEP_ALL_DAY = (f"{_PARENT}( [a-z]+){{0,3}} (sleeps|sleep|slept|is asleep|stays in bed|stay "
                   "in bed)( [a-z]+){0,3} all day")
_ALONE_OUT = "(walk|walked|go|went|cross|crossed)( [a-z]+){0,4} (by myself|on my own)"

# --- cold at home --------------------------------------------------------------------------------

_NO_HEAT = ("((heating|heater|boiler|radiator|radiators) (is |are |has )?(broke|broken|bust|"
            "not working|dont work|doesnt work|does not work)|no (lectric|lectricity|electric|"
            "electricity|leccy|lights|heating))")
_COATS_IN_BED = ("((in bed|sleep|sleeping|slept) (with|in) (our|my) (coats|coat)( on)?|bed is wet"
                 "|(our|my) coats on in bed)")
_HOME_NAMED = ("((nannys|nanas|nans|mummys|daddys|mums|dads|our|my) (house|flat|home)|no (lectric|"
               "electric|leccy)|smells)")

# --- care refused, medicine run out, care stopped ------------------------------------------------

_NO_DOCTOR = ("((says|said|sed|say) (no|we cant go to the|not allowed to go to the) (doctor|"
              "doctors|hospital|gp|nurse)|(wont|doesnt|dont|never) (take|takes|let|lets) (me|us) "
              "(to|go to) the (doctor|doctors|hospital|gp))")
_WHY_NOT = ("((because|becos|cos|coz) (they|the doctor|the doctors|doctors)( [a-z]+)? (ask|asks|"
            "tell|tells|wil tell|would tell|find out|call|ring)|(hurts|hurt|sore|itchy|bleeding) "
            "(for|all) (ages|days|weeks|the time)|yucky stuff|coming out|pus)")
_VITAL = ("(insulin|inhaler|epilepsy (meds|medicine|tablets|medication)|seizure (meds|medicine|"
          "tablets|medication)|my (meds|medication))")
_RUN_OUT = (f"({_VITAL} (has |have )?(ran|run|runs) out|(ran|run|runs) out of (my )?{_VITAL})")
_STILL_WITHOUT = ("([0-9]+ (days|weeks) ago|a week ago|since ([a-z]+day|yesterday)|(?<!didnt )"
                  "(?<!dont )(?<!not )(feel|feeling|felt) (really |proper |so )?(ill|rough|sick|"
                  "shaky|awful)|(my )?sugars are|keep saying|keeps saying|wont (drive|take|get)|"
                  "(nobody|no one) (wil|has|is))")
_CARERS = ("(carers|care agency|the agency|agency|staff|support worker|worker|workers|my pa|"
           "supported lodgings( woman| man)?|staying put carers|they)")
_CARE_STOPPED = (f"({_CARERS}( [a-z]+){{0,3}} (havent|hasnt|have not|has not) (come|been|turned up|"
                 "done my shopping|bought food|fed me|done my food)|keeps? not turning up|(have |"
                 f"has )?stopped feeding me|not seen (one|a|any) {_CARERS})")
_LEFT_WITHOUT = ("(same pad|same clothes and pad|lost (loads of |a lot of )?weight|lost a stone|"
                 "dry cereal|not eaten|living off toast|cant get out of bed|left in bed|stuck in "
                 "(bed|my wheelchair))")
_AID_BROKEN = ("(chair|wheelchair|hoist|walker|frame|hearing aid|hearing aids|glasses|talker|"
               "splints|bed rail)( [a-z]+){0,3} (is |got |has |have )?(broke|broken|bust|snapped|"
               "stopped working)( [a-z0-9]+){0,8} (nobody|no one|nobodys|no ones|never) "
               "([a-z]+ )?(fixed|fix|fixes|fixing|mended|sorted)")
_HURT_BY_IT = ("(on the floor all day|stuck in|sore|bleeding|skin is|pressure sore|in bed all day|"
               "cant get (up|out))")
_MILK_OUT = ("((babys|baby|her|his|the) (milk|formula)( has| is)? (ran|run|runs|gone) out|(ran|"
             "run) out of (formula|baby milk|nappies))")
_NO_POWER = ("(no money on the meter|meter (is |has |has been |been )?(empty|ran out|run out)|"
             "electrics? (has )?(been )?(off|cut off|gone)|only (having|drinking|got|had) water|"
             "watered down)")
_NO_SCHOOL = ("(nobody|no one|nobodys|no ones)( has)? (sent|taken|took) me (to|into) (school|"
              f"college) since ({WEEKDAYS}|january|february|march|april|may|june|july|august|"
              "september|october|november|december|christmas|easter|summer)")
_NO_BASICS = ("(sleep|sleeping|slept) (on a mattress )?in the (barn|shed|garage|van)|no "
              "(toilet|bathroom|running water)")

# --- a small child gone at night -----------------------------------------------------------------

# Out of the window, or out of the gate or away from a foster home: the window is read beside
# nobody knowing, the gate only beside the night itself (a gate is how a playground is left).
_OUT_WINDOW = ("(climbed|climed|climb|got|get|go|goes|went|snuck|sneaked|sneak|jumped) (out|"
               "out of) (the|my) ((back|front|bedroom|bathroom) )?window")
_OUT_GATE = ("((climbed|climed|climb|got|go|goes|went|snuck|sneaked|sneak) (out|out of) (the|my) "
             "((back|front) )?gate|(ran|run|runned) (away|off|out) (from|of) (my|the) (foster|home|"
             "house|placement|carers|unit|new house)( [a-z]+)?)")
_NIGHT = ("((when|while) (everyone|every one|they|the staff|staff|my carers|mummy|daddy) (is|are|"
          "was|were) (asleep|sleeping)|all night|in my pyjamas|([0-9]|two|three|four) (sleeps|"
          "nights)|(slept|sleeped|hid|hided|stayed) in (the|a) ([a-z]+ )?(tunnel|dunes|bushes|shed|"
          "woods|bus shelter|field|garage|barn)|a (man|lady) i dont know)")
_UNKNOWN = "(nobody|no one) (knew|knowed|knows|noticed)"
# Walked off somewhere: never "then went back in".
_WALKED_OFF = ("(walk|walked|walks|went|go|goes|ran|runned|run) (all the way )?(to|down to) (find|"
               "see|look for|the (beach|station|train station|bus station|town|river|park|road|"
               "shops|motorway))")
_HID_OUT = ("(hid|hided|hidden|slept|sleeped|stayed) in the ([a-z]+ )?(tunnel|dunes|sand dunes|"
            "bushes|shed|woods|bus shelter|field|garage|barn|park) all night")
_WONT_GO_BACK = ("(dont|do not|never) want to go back to the (new )?(house|home|foster [a-z]+|"
                 "placement|carers|unit)")
# Kept nights at a stranger's flat, and against the child's will.
_TAKEN_TO = ("(took|takes|take) (me|us) to (her|his|their|a) ([a-z]+ )?(flat|house)( [a-z]+){0,6} "
             "(stayed|slept|sleeped) ([0-9]|to|two|three|four) (nights|sleeps|days)")
_AGAINST_WILL = ("((didnt|did not|dont) want to|(was|were) scared|gave (us|me) (cider|beer|vodka|"
                 "drink|alcohol|wine))")

# --- taken by a parent, hidden from the social ---------------------------------------------------

_TAKEN_AWAY = (f"({_PARENT}( [a-z]+){{0,2}} (took|takes|picked|is taking|wil take|says|said|sed)"
               "( [a-z]+){0,8} (far away|on a (plane|big boat|boat|long bus|long train)|to a "
               "(different|new|secret) (house|country|town|place)|(out of|from) (school|nursery))|"
               "(going|go|went|goes) on a (plane|boat|big boat|long bus) to|(i am|im) taking my "
               "(son|daughter|baby|kids|boy|girl)|moving somewhere|going where)")
_NEW_NAMES = ("((i|we) (wil get|get|got|have|had|are getting|have got|wil have|now have|have to "
              "have) (a )?(new|different) (name|names)(?! for)|(new|different) names now|new "
              "(sim|number|phone) new (name|town)|not (tell|telling|to tell) (the |my )?(social|"
              "social workers?)|not (tell|telling|to tell) (anyone|anybody) where (we|i) (live|"
              "are|am|went|go)|dont tell (my|the) social( worker)?|cant tell my "
              "social worker|(social|social services|social workers|police)( [a-z]+){0,2} (cant|"
              "wont|can not|will not|never) (find|trace|track) (us|me)|wont hear from me)")

# --- a young adult gone from care ----------------------------------------------------------------

_ROUGH = ("((sleeping|slept|sleep|staying|stayed|living|kipping) (in|at|on) ((a|the) )?([a-z]+ )?"
          "(bus station|train station|squat|doorway|car park|stairwell|underpass)|(i am|been) "
          "(in|at) (a|the) (squat|bus station|train station|doorway|stairwell|underpass)|sofa to "
          "sofa|sofa surfing|(staying|sleeping) with different (men|people|lads|blokes))")
_COVER_STORY = ("((thinks|think|thought) (i am|i was) (at|with|in|fine)|if (anyone|staff|they)( "
                "[a-z]+)? (asks|ask|ring|rings)( [a-z]+){0,3} (i am|say|tell (them|her|him)) (at|"
                "with|i am at)|(no one|nobody|noone)( is|s)? (looking|noticed)|"
                "not sure where i am|logging me as|(keeps|keep) (telling|saying)( [a-z]+){0,3} "
                "(i am|im) fine)")
_GONE_FROM_CARE = ("((walked|ran|run|left|moved|got|went) ((out of|out from|away from|from) )?"
                   "(the|my) (childrens home|placement|unit|foster (home|house|placement)|"
                   "supported lodgings|semi independent|hostel|residential)|(havent|have not|not) "
                   "been back (in|for) ([0-9]+|a|two|three) (days|nights|weeks|week))")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A small child in charge of a baby while a parent is out at night.
    ("neglect", (_OUT_AT_NIGHT, _CARING, _SMALL), 28),
    ("neglect", (_LEFT_FOR_PUB, _SMALL), 24),
    ("neglect", (_NO_GROWN_UPS, _CARING), 18),
    # A carer asleep all day, a small child alone on the road.
    ("neglect", (_ASLEEP_ALL_DAY, _ALONE_OUT, _SMALL), 28),
    # No heat or power, coats in bed, at the home named.
    ("neglect", (_NO_HEAT, _COATS_IN_BED, _HOME_NAMED), 26),
    # A doctor refused.
    ("neglect", (_NO_DOCTOR, _WHY_NOT), 20),
    # A vital medicine run out and still without it.
    ("neglect", (_RUN_OUT, _STILL_WITHOUT), 16),
    # Care that stopped coming, and the harm of it.
    ("neglect", (_CARE_STOPPED, _LEFT_WITHOUT), 24),
    ("neglect", (_AID_BROKEN, _HURT_BY_IT), 24),
    # A baby's milk run out with the power off.
    ("neglect", (_MILK_OUT, _NO_POWER), 20),
    # No school since a month named, in a barn with no toilet.
    ("neglect", (_NO_SCHOOL, _NO_BASICS), 24),
    # A small child out of the window or the gate at night, unseen.
    ("missing", (_OUT_WINDOW, _NIGHT, _WALKED_OFF), 24),
    ("missing", (_OUT_WINDOW, _UNKNOWN), 30),
    ("missing", (_OUT_GATE, _NIGHT), 20),
    ("missing", (_HID_OUT, _WONT_GO_BACK), 20),
    ("missing", (_TAKEN_TO, _AGAINST_WILL), 24),
    # Taken far away by a parent, with new names or hidden from the social.
    ("missing", (_TAKEN_AWAY, _NEW_NAMES), 26),
    # A young adult gone from care, sleeping rough, behind a cover story.
    ("missing", (_ROUGH, _COVER_STORY), 28),
    ("missing", (_GONE_FROM_CARE, _ROUGH), 24),
    ("missing", (_GONE_FROM_CARE, _COVER_STORY), 24),
)
