"""Neglect and abuse told as someone else's, or as a plan, by the shapes a ninth corpus showed.

The ninth hand's corpus moves every serious line away from "this is happening to me now": to a
little sister still at mum's, a friend in the same home, a cousin, a mother or a baby, or to a
plan, a date, a stay to come, something starting again. Read without the shift, what is left is
who did what to whom, and often an age that makes it plain (Working Together to Safeguard
Children; NSPCC signs of neglect, sexual, emotional and domestic abuse):

- neglect: a young child left alone, or for days, or with a baby; a parent gone for a week while
  a child feeds the baby; a child's inhaler, insulin or epilepsy tablets not given, and a fit or
  an ambulance; a carer asleep or drunk all day and no tea, no school, a child caring for the
  little ones; eating once in days; a baby with a fever for days and no doctor; living in a car
  or a van again;
- sexual: made to undress "so he can check her", or at an age that says it all; "the touching
  thing" he used to do, and a stay or a move back; videos of people with no clothes a child is
  made to watch; a tickle game or "things" under the covers, again, hushed or hurting; a Welsh
  hand down trousers; asked to come alone to a special room, or kissed on the lips; a threat to do
  "the same" to a sister; a landlord paid "another way"; hurt down there; a worker's bed and the
  door shut;
- emotional: a child put in the dog's cage; made to sleep in the shed or the hallway, "you don't
  deserve a bed"; things burned, binned or posted "if you tell"; "rather you were dead" for coming
  out; not spoken to for weeks, or silenced for a day as if not there; a grown-up's names, every
  day or "back again"; "dead to the family"; "you'll end up like your mum"; a partner who will
  tell social services and the baby taken; no friends, no phone, only cook and clean; a bank card
  kept until "you behave";
- domestic: grown-ups fighting with bottles and blood; a threat to kill a mother on a date; an
  old woman shoved over when he has had a drink; screaming and smashing and an ambulance last
  time; a mother beaten with a stick or a belt; an ex who will "do what he did before".

A line whose only reading is as near to ordinary life as to harm is left to the learned layer:
a name a carer calls a child once, a teenager home alone for an evening, a threat over a present
"if you tell", an old man's "come round next time" with no act or secret beside it.

Fresh wordings of each shape, written before the rules and measured at first sight, are batches
oa to od of ``tests/corpora/adversarial.txt``; the ordinary answers nearest them (a teenager home
alone for an evening, an inhaler forgotten and a spare at school, a bath for a little one, the
tickle game with nobody hushed, a puppy's crate, a jokey "bin your toys", an uncle who comes to
fix the boiler) are the block "not me, not now" of ``tests/corpora/near_misses.txt``.
``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category, parts,
window)`` for ``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_hedged_harm_abuse import CLOTHES as _CLOTHES
from surveys.concern_hedged_harm_abuse import GROWN_UP as _GROWN_UP
from surveys.concern_slots import QUEER

# A child young enough that what is done to them, or left undone, is plainly serious: an age told
# after the act ("she is only 5", "hes 9"; "4" and "2" are spelled "for" and "to" by then), a
# number beside a brother or a sister, a baby or a toddler.
YOUNG = ("((she|he|they|who|baby|sister|brother|cousin|nephew|niece|son|daughter|twins) (is|are)"
         " (only |just )?([1-9]|10|11|12|one|three|five|six|seven|eight|nine|ten|eleven|twelve)"
         "(?! (days|weeks|hours|minutes|mins|times|oclock|pounds|quid|pm|am|miles|percent)"
         "(?![a-z]))|(brother|sister|cousin|son|daughter|nephew|niece) (for|[1-9]|10|11|12)"
         "(?! (days|weeks|hours|ages|a|an|the|his|her|my|me|him|them|us|it|what|years)(?![a-z]))|"
         "([1-9]|to|for|one|two|three|four|five|six) (year|yr|years|yrs) old|(the|a|my|our|her|"
         "his|your) (baby|babies|toddler|twins))")

# Neglect: left alone, and how long or how young.
_LEFT = ("(leave|leaves|left|leaving|leavin) (me|him|her|them|us|my|our|his|your|the (kids|twins|"
         "baby|babies|little ones|children))(?! (dog|dogs|cat|cats|puppy|kitten|hamster|rabbit|"
         "fish|phone|bike|car|stuff|things|bag|plants|keys)(?![a-z]))")
_ALONE = ("(alone|on (his|her|their|my|our|your|there) own|by (himself|herself|themselves|myself|"
          "ourselves|yourself))(?! for ([a-z0-9]+ |a couple of )?(minute|minutes|second|seconds|"
          "sec|moment|bit|min|mins|hour|hours)(?![a-z]))")
# Left with a little one to mind, for days.
_WITH_A_LITTLE_ONE = ("with (her|his|my|their|the|your) ([a-z0-9]+ ){0,3}(brother|sister|baby|"
                      "babies|kids|little ones)")
_FOR_DAYS = ("((for|over) (([a-z0-9]+ |a few )?days|a week|weeks|a fortnight|([a-z0-9]+ )?nights|"
             "new year|christmas|easter)|all night)")
_GONE_A_WEEK = ("(doesnt|didnt|does not|did not|dont|not|never) (come|comes|came) (home|back)"
                "( for)?( like)? (a week|days|weeks|([a-z0-9]+ )(days|nights))")
_CARING_ALONE = ("(look|looking|feed|feeding|care for|caring for|cook for|cooking for) (after )?"
                 "(your|my|the|our|his|her) ([a-z]+ )?(baby|little|brother|sister|kids|twins)")
# A child's medicine not given, and what followed.
# Someone else's forgetting: "i forgot my inhaler" is the child's own.
# (A clause's first part is grouped by its first letters, so this one goes second.)
_MEDICINE_KEPT = ("(?<!i )(?<!we )(doesnt give|dont give|does not give|never gives|never give|"
                  "wont give|stopped giving|not giving|forgets|forgot|keeps forgetting|doesnt "
                  "bring)( [a-z]+){0,4} "
                  "(insulin|inhaler|epilepsy|tablets|meds|medicine|medication|antibiotics|"
                  "injection|injections|epipen)")
_AFTER_IT = ("(fit|fits|seizure|seizures|a e|hospital|ambulance|attack|collapsed|passed out|"
             "ended up)")
# A carer out of it all day, and children who go without.
_OUT_OF_IT = ("((asleep|sleep|sleeps|sleeping|in bed|passed out|out of it)( [a-z]+)? (from the "
              "drink|from drink|drunk|with the drink)|(stays|lies|stay|lie|staying|lying) in bed "
              "all day|(always|all day) (drunk|passed out)|passed out drunk)")
_GO_WITHOUT = ("((dont|do not|never|didnt) (get|have) (any )?(tea|dinner|food|breakfast|lunch|fed)"
               "|(have|has|got) to (look after|feed|cook for) ([a-z]+ ){0,3}(myself|herself|"
               "himself|cousins|kids|children|brother|brothers|sister|sisters|baby|babies)|(do|"
               "does) all (the )?cooking|not (go|going) (to )?school|dont go (to )?school)")
# A baby ill for days, and no doctor.
_BABY_ILL = ("(baby|son|daughter|little one|child) (has|have|had|got|is|with) (a )?(high )?(fever|"
             "temperature|rash|diarrhoea|vomiting)")
_NO_DOCTOR = ("(no (gp|doctor|doctors|bus money|help)|nobody (help|helps|will help)|no one (help|"
              "helps)|cant (get|afford|see) (a )?(gp|doctor|to hospital)|not registered)")

# Sexual abuse: undressed, and why or how young.
_UNDRESSED = ("(take|takes|took|taking|pull|pulls|pulled|pulling|get|gets) (her|his|my|their|your) "
              f"{_CLOTHES} (off|down)(?! (for|before|after|to (have|get in)) (her |his |my |the |"
              "a )?(bath|shower|bed|swim|swimming|pe|wash)(?![a-z]))")
_MADE = "(makes|made|make|making|gets|got|tells|told|forces|forced)"
_SO_HE_CAN = "so (he|they) (can|could) (check|look|see|watch|film|touch|feel)"
_USED_TO = ("(used to|did|done|was doing) ([a-z]+ ){0,2}(the touching thing|touching thing|touch "
            "me|touching me|things to me|stuff to me)(?! with (my|her|his) [a-z]+)")
_BACK_AGAIN = ("(moving back|moving in|coming back|move back|have to stay|has to stay|stay there|"
               "stay over|staying there|staying over|back there|going back)")
_UNDER_COVERS = "under the (covers|duvet|blanket|blankets|sheets|quilt)"
_COVERS_GAME = ("(tickle game|tickling game|tickle|tickling|(does|did|do|doing) (things|stuff)"
                "(?! like)|special game|touching game|secret game)")
_HUSHED_OR_HURT = ("(secret|cant tell|dont tell|not allowed to tell|mustnt tell|it hurts|"
                   "hurts|she will cry|he will cry)")

# Emotional abuse: where a child is made to sleep, and why.
_SLEEPS_OUT = ("(sleep|sleeping|sleeps|slept|sleepin) (in|on) the (shed|garage|hallway|hall|"
               "landing|cupboard|garden|bathroom)")
_AS_PUNISHMENT = ("(dont deserve|do not deserve|evil|like before|like last time|punish|punishment|"
                  "(make|makes|made) (me|him|her|you|us) sleep)")
_DESTROYED = ("(burn|bin|smash|chuck|throw away|rip up|post (it|them|my [a-z]+|his [a-z]+|her "
              "[a-z]+)|put (it|them|my [a-z]+) on (fb|facebook|insta|instagram|tiktok|snapchat|"
              "online))")
_IF_TOLD = ("if (i|he|she|you|they) (tell|tells|told|say anything|says anything|talk to|speak to|"
            "speaks to|talks to|go to|goes to|grass|snitch)(?!( [a-z]+){0,4} (present|presents|"
            "surprise|party|birthday)(?![a-z]))")
_NAMES = ("(waste of space|retard|rat|thick|fat|useless|worthless|scum|evil|stupid|mong|"
          "spastic|freak|a nobody)")
_CALLED = ("((calls|called|calling|call) (me|him|her|us|them|you)|(he|she|they) (calls|called) "
           "(me|him|her)|(gets|get|got) called)")
_OFTEN = "(every day|every contact|every visit|every night|again|are back|is back|back again)"
_SILENCED = ("(not allowed|isnt allowed|not aloud|isnt aloud) to (talk|speak) for (a |the )?"
             "(whole )?(day|days|week|weeks)")
_NOT_SPOKEN_TO = ("(dont|do not|doesnt|wont|never) (speak|talk) to (me|you|your|her|him) for "
                  "(weeks|days|a week|a month|months)")

PHRASES: Final[dict[str, list[str]]] = {
    "neglect": [
        # Eating once in days.
        "(eat|ate|eating|have food|get food) (one time|once|1 time|one meal) (in|every|each) "
        "([a-z0-9]+ )?days",
    ],
    "sexual_abuse": [
        # Welsh: a hand down her trousers or knickers.
        "(rhoi|roi|rhoid) ei (law|ddwylo) (lawr|i lawr|yn|mewn|dan|o dan) (fy|ei) (nhrowsus|"
        "nhrwsus|nicyrs|nillad|mhants|sgert)",
    ],
    "emotional_abuse": [
        # Put in the dog's cage.
        "((gets|get|got|is|was|being) (put|locked|shut|kept)|(puts|put|locks|locked|shuts|shut|"
        "keeps|kept|makes|made) (me|him|her|us|them|my ([a-z]+ )?(brother|sister|bro|sis|cousin|"
        "son|daughter))( sleep| stay| go)?) (in|into|inside) (the|a|their|his|her) (dog|dogs) "
        "(cage|crate|kennel)",
        # Dead to the family.
        "dead to (the|this|our|my|his|her) family",
    ],
    "domestic_abuse": [
        # A mother beaten with a stick or a belt.
        "(beat|beats|beating|hit|hits|hitting|punch|punches|punched|kick|kicks|kicked|slap|slaps|"
        "slapped) (my|your|his|her|their|the) (mother|mum|mam|mom|wife|aunty|auntie|aunt|nan|"
        "step mum|stepmum) (with|black|until|till|so bad|in front of|every)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A young child left alone, or left for days or nights.
    ("neglect", (_LEFT, _ALONE, YOUNG), 16),
    ("neglect", (_LEFT, f"({_ALONE}|{_WITH_A_LITTLE_ONE})", _FOR_DAYS), 14),
    # A parent gone for a week while a child feeds the baby.
    ("neglect", (_GONE_A_WEEK, _CARING_ALONE), 16),
    # Medicine not given, and a fit, an attack or an ambulance.
    ("neglect", (_AFTER_IT, _MEDICINE_KEPT), 20),
    ("neglect", ("anghofio (rhoi )?(tabledi|moddion|inswlin|pwmp)", "(ffit|ysbyty|ambiwlans)"), 16),
    # A carer out of it all day, and no tea, no school, children caring for children.
    ("neglect", (_OUT_OF_IT, _GO_WITHOUT), 20),
    # A baby ill for days and no doctor.
    ("neglect", (_BABY_ILL, _NO_DOCTOR), 18),
    # Living in a car or a van again.
    ("neglect", ("(living|live|sleep|sleeping|slept|stay|staying) in (the|a|his|her|our|dads|mums) "
                 "(car|van)", "(all winter|no (house|flat|home)|got no (house|flat|home)|"
                 "nowhere (to live|else))"), 14),
    # Made to undress so he can check her, or at an age that says it all.
    ("sexual_abuse", (_MADE, _UNDRESSED, f"({_SO_HE_CAN}|{YOUNG})"), 22),
    # "The touching thing" he used to do, and a stay or a move back.
    ("sexual_abuse", (_USED_TO, _BACK_AGAIN), 22),
    # Videos of people with no clothes a child is made to watch.
    ("sexual_abuse", ("(videos|vids|films|pictures|pics|porn)( on (his|her|their|the) [a-z]+)? "
                      "(of|with) (people|men|women|grown ups|adults)( [a-z]+){0,2} (no clothes|"
                      "naked|nothing on|doing (stuff|it|things|sex))",
                      "(makes|made|make|making) (her|him|me|them|us|my [a-z]+( [a-z]+)?) (watch|"
                      "look)"), 20),
    # A game or "things" under the covers, again, hushed or hurting.
    ("sexual_abuse", (_COVERS_GAME, _UNDER_COVERS, _HUSHED_OR_HURT), 18),
    # Asked to come alone, and a special room or a kiss on the lips.
    ("sexual_abuse", ("(wants|want|asked|asks|told|tells|says) (me|her|him) (to )?(come|go|visit|"
                      "pop)( round| over| up| in)? (on (my|her|his) own|alone|by (myself|herself|"
                      "himself)|without (mum|mam|nan|anyone))",
                      "(kissed (me|her|him) on the (lips|mouth)|special (room|den|place)|secret "
                      "(room|den|place)|our secret)"), 22),
    # A threat to do "the same" to a sister if the child tells.
    ("sexual_abuse", ("what (he|she|they) (did|done|does|do) to (me|us)",
                      "(do|does|did) the same( thing)? to (my|your|our) ([a-z]+ )?(sister|brother|"
                      "cousin|sisters|brothers)"), 22),
    # Rent paid to a landlord "another way".
    ("sexual_exploitation", ("(landlord|rent)",
                             "pay ((him|her|them|it) )?(in )?(another|other|a different|some "
                             "other) (way|ways)(?! (by|with|through|via|online|like|using|bank|"
                             "card|on|from|into)(?![a-z]))"), 14),
    # Hurt down there by a grown-up.
    ("sexual_abuse", ("(grandad|taid|uncle|dad|step dad|stepdad|man|boyfriend|brother|cousin|he)"
                      "( [a-z]+){0,6} (hurts|hurt|hurting|touches|touched|touching|pokes|poked) "
                      "(me|her|him) (down there|in (my|her|his) (privates|private parts|front "
                      "bottom|fanny|willy))",), 16),
    # A worker's bed and the door shut.
    ("sexual_abuse", ("(wants|asks|asked|asking|tells|told|telling|makes|made) (me|her|him) "
                      "(to )?(sit|lie) on (his|her) bed",
                      "((door|doors) (shut|closed|locked)|(shut|close|lock) the door|on our own|"
                      "our secret)"), 26),
    # Made to sleep in the shed or the hallway, as a punishment.
    ("emotional_abuse", (_SLEEPS_OUT, _AS_PUNISHMENT), 16),
    # Things burned, binned or posted by a grown-up if the child tells.
    ("emotional_abuse", (_DESTROYED, _IF_TOLD, _GROWN_UP), 30),
    ("emotional_abuse", ("(rhoi|roi|taflu|llosgi) fy (nheganau|nhegan|mhethau|stwff|nillad)",
                         "os ([a-z]+ ){0,3}(siarad|dweud|deud)"), 18),
    # Rather dead than gay or trans.
    ("emotional_abuse", (QUEER, "(rather|prefer) (i|he|she|you|your|u)( was| were| be)? (dead|"
                         "never born|not born)(?! than)"), 18),
    # Names called, every day or back again (no one named: a review found "the teacher got
    # called away again" read as this too).
    ("emotional_abuse", (_NAMES, _CALLED, _OFTEN), 14),
    # "You will end up like your mum", every day.
    ("emotional_abuse", ("(you|she|he|i) (will|would|are going to|is going to) end (up )?like "
                         "(your|her|his|my) (mum|mam|dad|mother|father)",
                         "(every day|drugs|ditch|dead|prison|junkie|stop eating)"), 14),
    # Silenced for a day as if not there, or not spoken to for weeks.
    ("emotional_abuse", (_SILENCED, f"((pretend|pretends|act like|acts like) (she|he|i|you|your)"
                         f"( is| are)? (not|isnt|wasnt|arent) there|{YOUNG})"), 22),
    ("emotional_abuse", (_NOT_SPOKEN_TO, f"(only (talk|speak|speaks|talks) to (your|my|her|his) "
                         f"(brother|sister)|{_SLEEPS_OUT}|sleep (in|on) the)"), 22),
    # A partner who will tell social services and the baby be taken.
    ("emotional_abuse", ("(tell|ring|call|report me to|phone) (social services|the social|socials)",
                         "(take|takes|taking|took) (the|my|our|your) (baby|kids|children|son|"
                         "daughter|little one)", "if (i|you) (talk|speak|ring|see|go|tell|leave)"),
     30),
    # No friends, no phone, only cook and clean.
    ("domestic_abuse", ("(cannot|cant|can not|not allowed to|wont let me|never) (see|meet|go out "
                        "with|talk to) (my )?friends",
                        "(no phone|take my phone|took my phone|without a phone|not allowed a "
                        "phone)",
                        "(only cook and clean|only cook|only clean|send me back|if i "
                        "complain)"), 24),
    # A bank card kept until the child behaves.
    ("domestic_abuse", ("(took|takes|take|keeps|kept|has|holds|taken) my (bank card|card|money|"
                        "benefits|wages|universal credit)",
                        "(if i behave|too (thick|stupid|dumb|useless) to|cant be "
                        "trusted with)"), 16),
    # Grown-ups fighting with bottles, and blood.
    ("domestic_abuse", ("(fight|fights|fighting|fought|hit|hits|hitting|smash|smashed|smashing|"
                        "throw|throws|threw|throwing)( [a-z]+){0,3} (with )?((?<!water )bottles|a "
                        "bottle|glasses|a glass|knives|a knife|plates)",
                        "(grown ups|grownups|adults|mum|mam|dad|auntie|aunty|uncle|nan|step mum|"
                        "step dad|stepdad|boyfriend|girlfriend|husband|wife|partner)",
                        "(blood|bleeding|stitches|a e|hospital|ambulance|police)"), 18),
    # A threat to kill a mother, on a date.
    ("domestic_abuse", ("(going to|gonna|will|is going to|said he would|says he will|would) (kill|"
                        "murder|stab|end) (your|my|his|her|their|our|the) (mum|mam|mother|mom|"
                        "wife|nan|missus|girlfriend|partner)(?! (when|if|cos|because|for)"
                        "(?![a-z]))",
                        "((on|at|for|before|after|by) (her|his|your|my|the|their) (birthday|"
                        "wedding|anniversary)|next week|at christmas|tonight|to (my|her|his|their) "
                        "face|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))"), 18),
    # An old woman shoved over when he has had a drink, and a promise not to tell.
    ("domestic_abuse", ("(shoves|shoved|pushes|pushed|knocks|knocked) (her|him|my nan|my mum|my "
                        "mam|nan|mum|grandad|my grandad) (over|down|about|around|to the floor)"
                        "(?! by accident)",
                        "(had a drink|has a drink|drunk|pissed|promise not to tell|not to "
                        "tell|dont tell)"), 18),
    # A mother and her fella fighting, screaming, and an ambulance last time.
    ("domestic_abuse", ("(mum|mam|she|nan|auntie|aunty|dad) and (her|his|my) (boyfriend|partner|"
                        "fella|husband|man|girlfriend|wife)( are| were| keep| keeps| is| always)? "
                        "(fighting|fight|arguing|rowing|kicking off|going at it)(?! (over|about)"
                        "(?![a-z]))",
                        "(smashing|smashed|blood|a e|hospital|ambulance|police)"),
     22),
    # An ex who will do what he did before.
    ("domestic_abuse", ("((my|her|his) )?(ex|ex boyfriend|ex partner|exs)",
                        "(do|doing|finish|finishing) what (he|she|they) (did|done|started|was "
                        "doing)( to me| to her)? (before|last time|again)(?! and (bring|fix|sort|"
                        "help|cook|take|drop|pick|buy|get)(?![a-z]))"), 26),
)
