"""Self-harm, abuse and neglect, typed fast on a phone (the eleventh hand's shapes).

The eleventh blind hand (``tests/corpora/eleventh_hand``) wrote as children type on a phone:
short, run together, the time of a train where a plan would be. What the rules before this module
missed was the shape of the harm, not the spelling:

- self-harm: a train that does not stop at the station, and "the plan for tonight" or being on
  the tracks; running in front of a car or a bus to go to heaven; walking into the road when the
  lorries come, "it would be quick"; a rope or a belt tied up, waiting for the staff to go to
  sleep; a note written and "offline forever" or not online after tonight;
- physical harm: burnt with an iron or straighteners by someone else, for a chore or being late;
- emotional harm: threats of a secure unit or a home where they hit children, with a condition or
  said every day; a bed-wetting shown to the neighbours; a binder thrown away with deadnaming on
  purpose; a passport to be burnt if the child messes up; "you'll end up a junkie like your mum"
  said every day; told a parent will hear the child is a monster and never visit again;
- neglect: an injury (an arm bent, swollen, fingers that won't move) with a carer who says stop
  whinging or won't take the child to a doctor; a black or rotten tooth and no dentist; insulin
  or an inhaler gone for days; children left on their own until morning; nobody to collect the
  child and a wait on the doorstep till late; a lump and no help to see a doctor; no heating and
  sleeping in coats for weeks; no food bought and meals at the mosque;
- domestic abuse: a mother got by the neck or the throat; the television smashed and mum hit;
- sexual abuse: a hand on the leg going higher, or a threat that nobody will believe the child;
  taught how to kiss by an adult who did not stop.

Every clause needs the harmful part (the plan, the dismissal, the days without, the threat, the
one who did it), never the topic alone: a train time, a rope, an iron, a binder, a tooth, an
inhaler, a pub, a doorstep. Fresh wordings, written before the rules, are batches vc to vf, vk
and vl of ``tests/corpora/adversarial.txt``; the ordinary answers nearest them are the block "the
eleventh hand's harm typed on a phone" of ``tests/corpora/near_misses.txt``. Same syntax as
``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import BODY

# Someone who looks after the child.
_CARER = ("(nan|nanny|gran|grandma|mum|mam|dad|carer|carers|foster (mum|dad|carer|carers)|"
          "stepmum|step mum|stepdad|step dad|aunty|auntie|aunt|uncle|staff|placement|hostel)")

# --- self-harm ----------------------------------------------------------------------------------

_NO_STOP = "(doesnt|does not|dont|never|wont|will not) (stop|stops) (at|here|in)"
_MY_PLAN = ("((thats|that is|its|this is) (the|my) plan (for )?(tonight|tomorrow)|the plan for "
            "(tonight|tomorrow)|(be|going to"
            " be|gonna be|go|stand|lie) on the (tracks|line|rails))")
_RAILWAY = "(train|trains|express|station|platform|halt|level crossing|tracks)"
_IN_FRONT = ("(?<!never )(?<!dont )(?<!not )(run|running|walk|walking|step|stepping|jump|jumping)"
             "( out)? (in front of|infront of|under) (a|one|the|them)")
_HEAVEN = "((go|get|be|going) (to|in|up to) heaven|be with (my|our) [a-z]+ (in heaven|again))"
_INTO_ROAD = ("(?<!never )(?<!dont )(?<!not )(walking|walk|step|stepping|run|running)( out)? (into|"
              "in to|onto|in front of) (the )?([a-z]+ ){0,2}(road|traffic|motorway|bypass|lorries|"
              "lories|trucks|buses)")
_QUICK = ("((it|that) (would|wil|will|d) be (quick|quicker|fast|over quick)|(no one|nobody|noone) "
          "(would|wil) have to)")
_TIED = ("(tied|tie|tying|hung|fixed) (a |my |the )?(rope|belt|cord|scarf|sheet|cable|lead)"
         "( [a-z]+){0,2} (up|to|round|on|from|in)")
_WAIT_SLEEP = ("(waiting|wait|waitin) (for|till|until|til) (the )?([a-z]+ ){0,2}(staff|carers|"
               "carer|everyone|mum|dad|nan|they) (to )?(go to (sleep|bed)|fall asleep|are asleep|"
               "is asleep|goes to sleep)")
_GONE_ONLINE = ("((ofline|offline|off line) (forever|for good|after tonight)|(wont|not|will not|"
                "never) be (online|on here|on) (after|again after) (tonight|today))")
_NOTE = "(wrote|written|writing|left|done|finished) (my|a|the) (note|letter|goodbye)"

# --- physical harm ------------------------------------------------------------------------------

_HOT_THING = ("(iron|straighteners|hair straighteners|kettle|lighter|cigarette|cig|hot pan|"
              "hot spoon)")
_BURNT_BY = (f"(?<!i )(?<!accidentally )((burnt|burned|burns|pressed|presses|held|holds) (the |a "
             f"|her |his )?(hot )?{_HOT_THING} (on|onto|against|to) (my|me) {BODY}|(burnt|burned|"
             f"burns) my {BODY} with (the|a|her|his) {_HOT_THING})")
_FOR_A_CHORE = ("(because|cos|cause|coz|for) (i )?(didnt|did not|forgot|wasnt|was late|talked back|"
                "answered back|not)")

# --- emotional harm -----------------------------------------------------------------------------

_SENT_AWAY = ("((send|sending|put|putting|take|taking|have) me( sent)?( away)? (to|in|into) "
              "(a|the) (secure unit|secure home|young offenders|borstal)|(a|the) (childrens |kids"
              " )?home where (they|staff|the staff) (hit|beat|hurt|lock|batter|smack))")
_IF_OR_AGAIN = ("(if (i|you) (dont|do not|keep|mess|carry on|misbehave|play up)|every (single )?"
                "day|says it (every|all the time|like every)|all the time|keeps saying)")
_WET_BED = "(wet|weed (in|on)) (the |my )?(bed|sheets|pyjamas)|(wet|weed on) (sheets|pyjamas)"
_SHOWN = ("(neighbours|the whole street|everyone (can )?(see|saw|sees)|(stand|stood) (at|by|"
          "outside) the front door|in front of (everyone|my (friends|class)|the (whole )?(class|"
          "family|street)))")
_MADE_TO = "(make|makes|made|put|puts|hangs|hung|tells|told|shows|showed) (me|my|the|them)"
_BINDER = ("(threw|throws|thrown|binned|bins|took|takes|hid|hides|cut up|ripped up|burnt|chucked|"
           "chucks|got rid of) (away )?(my|me) binder|binder ([a-z]+ ){0,3}(threw|thrown|binned|in "
           "the bin|away|out)")
_DEADNAME = ("(on purpose|old name|dead name|deadname|deadnaming|birth name|call|calls|calling|"
             "keps caling|keeps calling) ((me|by) )?(on purpose|her|him|she|he|my old name|my "
             "dead name|my birth name)")
_DOCUMENTS = ("(burn|burning|rip up|ripping up|tear up|destroy|bin|throw away) (my|ur|your) "
              "(passport|papers|documents|birth certificate|visa|brp|biometric)")
_CONDITION = ("(if (i|you|u) (mess up|mes up|dont|do not|tell|talk|misbehave|play up|kick off|"
              "leave|run)|or (else|i wil|they wil))")
_END_UP_LIKE = ("(end up|turn out|become) (a |an )?(crackhead|junkie|druggie|alkie|alcoholic|"
                "smackhead|waste of space|prostitute|loser|failure|in prison) like (my |your |ur |"
                "her |his )?(mum|mam|dad|mother|father|brother|sister)")
_SAYS_AGAIN = ("(every (single )?day|every time|all the time|keeps saying|always|tears up|rips up|"
               "ripped up|tore up)")

# Told to a parent as a monster, so the parent will never visit.
_CALLED_TO_MUM = ("(tell|telling|tel|tells) (my )?(mum|mam|dad|nan|family) (i am|im|that i am|that "
                  "im) (a )?(monster|freak|animal|nutter|psycho|evil|disgusting|a waste)")
_NEVER_VISIT = "(wont|will not|never) (ever )?(visit|come back|see me|want me|love me)"

# --- neglect ------------------------------------------------------------------------------------

_LIMB = "(arm|wrist|leg|ankle|finger|fingers|hand|foot|knee|elbow|toe|toes)"
_INJURED = (f"({_LIMB} (has been|is|was|been|is all|has gone|went)( [a-z]+){{0,3}} (bent|swollen|"
            "fat|puffy|wonky|a (funny|weird|wrong) shape)|(cant|cannot|can not) (move|bend|feel) "
            f"my {_LIMB})")
_DISMISSED = ("(stop (whinging|moaning|whining|fussing|making a fuss|complaining|being dramatic)|"
              "(wont|will not|refuses to|doesnt|didnt|hasnt|never) (take|took|taken) me (to )?(the "
              ")?(doctor|doctors|hospital|a and e|a e|gp))")
_BAD_TOOTH = ("(tooth|teeth) (is|are|has|have|been|gone|went|has been)( [a-z]+){0,4} (black|"
              "rotten|rotting|abscess|hurting for (weeks|months))")
_NO_DENTIST = ("((cant|can not|cannot|wont|never|not) (go|take me|afford|get)( [a-z]+){0,2} (the )?"
               "dentist|no money for (the )?dentist|dentist (costs|is) to much|(cant|cannot) "
               "afford (the|a) dentist)")
_LIFE_MEDS = "(insulin|inhaler|inhalers|asthma pump|epipen|epilepsy (meds|tablets))"
_WITHOUT = (f"((not|no|hasnt|havent|hasnt got|not got|not give|not given|didnt get|without)"
            f"( [a-z]+){{0,3}} {_LIFE_MEDS}( [a-z]+){{0,2}} (for|since) ([0-9]+|a few|few|two|"
            f"three|four|five|days|weeks)|{_LIFE_MEDS} (ran out|run out)( [a-z]+){{0,2}} ([0-9]+|"
            "a|two|three|to) (days|weeks|wks) ago)")
_SUFFERING = ("((cant|can not|cannot) breathe|wheezing|whezing|shaking|being sick|feel (very |"
              "really )?(bad|ill|rough)|keeps saying (she|he|they) (wil|is going to))")
_LEFT_ALONE = ("(leaves|left|leave|leaving) (me|us)( and my ([a-z]+ ){0,2}(sister|brother|sisters|"
               "brothers))? (on (our|my) own|alone|by (ourselves|myself)|home alone)")
_OVERNIGHT = "((til|till|until) (the )?(morning|next day)|all night|overnight)"
_NOBODY_COLLECTS = "(nobody|no one|noone) (picks|collects|fetches|comes for|gets) me"
_LOCKED_OUT = ("((door|doors) (is|was|are|were) locked|(nobody|no one|noone) (is|was) (in|home)|"
               "locked out)")
_WAIT_LATE = ("(sit|sat|wait|waited|sitting|waiting) (on|outside|at) (the )?(step|doorstep|door|"
              "front door)( [a-z]+){0,3} (til|till|until) (really |very )?(late|dark|midnight)")
_NO_HELP_GP = ("(wont|will not|refuse to|doesnt|dont|never) help me (register|get|see)"
               "( [a-z]+){0,3} (gp|doctor|dentist)")
_GETTING_WORSE = "(lump|geting biger|getting bigger|hurts to|bleeding|swollen)"
_NO_HEAT = "(no|not got|havent got|hasnt got) (heating|heatin|hot water|electric|electricity|gas)"
_IN_COATS = "(sleep|slep|sleeping|sleping) in (our|my) (coats|coat|jackets|clothes)"
_WEEKS = "(weeks|wks|months|since)"
_NO_FOOD_BOUGHT = ("(doesnt|dont|does not|never|wont) (buy|give|get) me (any )?(food|dinner|tea|"
                   "meals)")
_FED_ELSEWHERE = ("((eat|i eat) at the (mosque|church|food bank|foodbank|gurdwara|temple)|takes it|"
                  "hungry|starving)")

# --- domestic and sexual abuse ------------------------------------------------------------------

_SMASHED = "(smashed|broke|threw) the (telly|tv|television|table|plates|windows|window|door)"
_HIT_MUM = "(hit|punched|slapped|kicked|strangled|pushed) (mum|mam|my (mum|mam))"
_TOUCH_LEG = ("(touching|touches|touched|putting his hand on|puts his hand on|rubbing|rubs|strokes|"
              "stroking) my (leg|legs|thigh|thighs)")
_HIGHER = "((going|goes|moving|moves|moved|went)( it)? (higher|further up|up))"
_AGAIN_AND_AGAIN = "(keeps|kept|keep|every (day|time|morning)|always)"
_NOT_BELIEVED = ("((nobody|no one|noone) (wil|would|will) believe|(say|said|says) (i|im|i am) "
                 "(lied|lying|a liar|made it up))")
_KISS_LESSON = "(teach|show|showing|teaching|taught|showed) me how to kiss"
_MADE_IN_WITH = ("(makes|made|make|making) me (go )?(in|into) the (toilet|bathroom|shed|bedroom|"
                 "garage) with (him|her|them)")
_UNDRESSED = ("((pull|take|pulls|takes|took|pulled) (down )?my (trousers|pants|knickers|clothes|"
              "shorts)( down| off)?|(takes|took|taking) (photos|pictures|pics|videos))")
_DIDNT_STOP = "(didnt|did not|wouldnt|would not|wont) stop(?! ([a-z]+ing|at|for|by)(?![a-z]))"

PHRASES: Final[dict[str, list[str]]] = {
    "emotional_abuse": [
        # A family abroad threatened if the child talks to a social worker or the police.
        "(kill|kil|hurt) my [a-z]+ (in|back in|back home in) [a-z]+ if (i|you) (talk|tell|speak)"
        "( [a-z]+){0,2} (to )?(the )?(social|social worker|police|teacher|anyone|staff)",
    ],
    "domestic_abuse": [
        # A mother got by the neck or the throat: not a cat by the scruff.
        "(got|grabbed|had|held|took|grabs|gets) (mum|mam|my mum|my mam|her) by the (neck|throat)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A train that does not stop, and the plan for tonight.
    ("self_harm", (_NO_STOP, _MY_PLAN, _RAILWAY), 17),
    # In front of one, to go to heaven.
    ("self_harm", (_IN_FRONT, _HEAVEN), 17),
    # Into the road when the lorries come, and it would be quick.
    ("self_harm", (_INTO_ROAD, _QUICK), 16),
    # A rope tied up, waiting for the staff to go to sleep.
    ("self_harm", (_TIED, _WAIT_SLEEP), 20),
    # Offline forever after tonight, and a note written.
    ("self_harm", (_GONE_ONLINE, _NOTE), 12),
    # Burnt with an iron by someone else, for a chore.
    ("physical_abuse", (_BURNT_BY, _FOR_A_CHORE), 12),
    # A secure unit or a home where they hit kids, if I don't or every day.
    ("emotional_abuse", (_SENT_AWAY, _IF_OR_AGAIN), 15),
    # A wet bed shown to the neighbours.
    ("emotional_abuse", (_WET_BED, _SHOWN, _MADE_TO), 17),
    # A binder thrown away, and deadnaming on purpose.
    ("emotional_abuse", (_BINDER, _DEADNAME), 17),
    # A passport to be burnt if the child messes up.
    ("emotional_abuse", (_DOCUMENTS, _CONDITION), 9),
    # "You'll end up a junkie like your mum", said every day.
    ("emotional_abuse", (_END_UP_LIKE, _SAYS_AGAIN), 12),
    # "We'll tell your mum you're a monster", and she'll never visit.
    ("emotional_abuse", (_CALLED_TO_MUM, _NEVER_VISIT), 16),
    # An injury, and a carer who says stop whinging or won't take the child to a doctor.
    ("neglect", (_INJURED, _DISMISSED, _CARER), 24),
    # A black tooth and no dentist.
    ("neglect", (_BAD_TOOTH, _NO_DENTIST), 20),
    # Insulin or an inhaler gone for days, and the child ill.
    ("neglect", (_WITHOUT, _SUFFERING), 17),
    # Left on our own till morning.
    ("neglect", (_LEFT_ALONE, _OVERNIGHT), 13),
    # Nobody collects me, nobody is in, and a wait on the doorstep till late.
    ("neglect", (_NOBODY_COLLECTS, _LOCKED_OUT, _WAIT_LATE), 32),
    # No help to see a doctor, with a lump that is getting worse.
    ("neglect", (_NO_HELP_GP, _GETTING_WORSE), 12),
    # No heating, sleeping in coats, for weeks.
    ("neglect", (_NO_HEAT, _IN_COATS, _WEEKS), 22),
    # No food bought, and meals at the mosque.
    ("neglect", (_NO_FOOD_BOUGHT, _FED_ELSEWHERE), 25),
    # The television smashed and mum hit.
    ("domestic_abuse", (_SMASHED, _HIT_MUM), 8),
    # A hand on the leg again and again, going higher; or nobody will believe me.
    ("sexual_abuse", (_AGAIN_AND_AGAIN, _TOUCH_LEG, _HIGHER), 13),
    ("sexual_abuse", (_TOUCH_LEG, _NOT_BELIEVED), 17),
    # Made to go in the toilet with him, and clothes down or photos.
    ("sexual_abuse", (_MADE_IN_WITH, _UNDRESSED), 15),
    # Taught how to kiss, and he didn't stop.
    ("sexual_abuse", (_KISS_LESSON, _DIDNT_STOP), 13),
)
