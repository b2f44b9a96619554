"""Neglect and abuse told as someone else's, or as a plan, by the shapes a ninth corpus showed.

The ninth hand's corpus moves every serious line away from "this is happening to me now": to a
little sister still at mum's, a friend in the same home, a cousin, a mother or a baby, or to a
plan, a date, a stay to come, something starting again. Read without the shift, what is left is
who did what to whom, and often an age that makes it plain (Working Together to Safeguard
Children; NSPCC signs of neglect, sexual, emotional and domestic abuse):

- neglect: a child under ten left alone, or any child left for days, or with a baby or a little
  brother; a parent gone for a week while a child feeds the baby on their own; a child's inhaler,
  insulin or epilepsy tablets not given by someone else, and a fit, an attack or an ambulance; a
  carer asleep or drunk all day, or a named grown-up in bed all day, and no tea, no school, a
  child caring for the little ones; a child eating once in days; a baby with a fever for days
  and no doctor at all; living in a car or a van again for want of a home;
- sexual: made to undress "so he can check her" (not a rash or a jab), or at an age that says
  it all; "the touching thing" he used to do, and a stay or a move back; videos of people with
  no clothes a child is made to watch; the tickle game or "things" under the covers, kept secret
  or hurting; a Welsh hand down trousers; asked to come alone to his special room, or kissed on
  the lips; a threat, if the child tells, to do "the same" to a sister; a landlord to be paid
  "another way"; hurt down there by someone, not a ball; a worker's bed and the door shut next
  time;
- emotional: a child put in the dog's cage; made to sleep in the shed or the hallway, "you don't
  deserve a bed"; the child's things burned, binned or posted "if you tell" someone; "rather you
  were dead" for coming out; not spoken to for weeks by parents, or silenced for a day for being
  "naughty" as if not there; names called, every day or "back again"; "you're dead to the
  family"; "you'll end up like your mum", on drugs or in prison; a partner who will tell social
  services and the baby taken; no friends, no phone, only cook and clean; a bank card kept,
  "too thick" to have it;
- domestic: grown-ups fighting with bottles and blood; a threat to kill a mother on a date (not
  at Monopoly); an old woman shoved over when he has had a drink; screaming and smashing and an
  ambulance last time; a mother beaten with a stick or a belt, or in front of the children; an
  ex who will "do what he did before".

A line whose only reading is as near to ordinary life as to harm is left to the learned layer:
a name a carer calls a child once, a teenager home alone for an evening, a threat over a present
"if you tell", an old man's "come round next time" with no act or secret beside it. A review then
wrote ordinary sentences in these rules' own words (a coat left at a friend's, a brother in bed
on an inset day, a tickle fight, a secret den, a tent in the garden, a carer who holds a bank
card, a water fight); each rule now asks for the harmful word itself, and those sentences and
more are ``REVIEWED`` in ``tests/surveys/test_concern_others.py``.

Fresh wordings of each shape, written before the rules and measured at first sight, are batches
oa to od of ``tests/corpora/adversarial.txt``; the ordinary answers nearest them (a teenager home
alone for an evening, an inhaler forgotten and a spare at school, a bath for a little one, the
tickle game with nobody hushed, a puppy's crate, a jokey "bin your toys", an uncle who comes to
fix the boiler) are the block "not me, not now" of ``tests/corpora/near_misses.txt``.
``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category, parts,
window)`` for ``surveys.concern_clauses``. The neglect clauses' parts, and ``YOUNG``, are in
``surveys.concern_others_parts``.
"""

from __future__ import annotations

from typing import Final

from surveys import concern_others_parts as _parts
from surveys.concern_hedged_harm_abuse import CLOTHES as _CLOTHES
from surveys.concern_hedged_harm_abuse import GROWN_UP as _GROWN_UP
from surveys.concern_slots import QUEER

# Sexual abuse: undressed, and why or how young.
_UNDRESSED = ("(take|takes|took|taking|pull|pulls|pulled|pulling|get|gets) (her|his|my|their|your) "
              f"{_CLOTHES} (off|down)(?! (for|before|after|to (have|get in)) (her |his |my |the |"
              "a )?(bath|shower|bed|swim|swimming|pe|wash|jab|injection|vaccine|vaccination|doctor|"
              "nurse|check up|checkup|scan|x ray|operation)(?![a-z]))")
_MADE = "(makes|made|make|making|gets|got|tells|told|forces|forced)"
# To look at a rash or check for verrucas is a doctor or a teacher: the look is at the child.
_SO_HE_CAN = ("so (he|they) (can|could) (check|look|see|watch|film|touch|feel)(?! for)(?! (at )?"
              "(my|her|his|your|the|their) ([a-z]+ )?(rash|chest|spots|back|arm|arms|leg|legs|"
              "tummy|"
              "belly|knee|skin|cut|cuts|bruise|bruises|scar|tattoo|heart|breathing|temperature|"
              "eczema|stitches|plaster|bite|bites|sunburn|injury|verruca|verrucas|feet|foot)"
              "(?![a-z]))")
# "Things to me like plait my hair", "touch me on my knee": a named ordinary thing is not it.
_USED_TO = ("(used to|did|done|was doing) ([a-z]+ ){0,2}(the touching thing|touching thing|touch "
            "me|touching me|things to me|stuff to me)(?! with (my|her|his) [a-z]+)(?! like)(?! (on|"
            "with) (my|her|his|the) (knee|knees|arm|arms|shoulder|shoulders|leg|legs|ankle|ankles|"
            "hand|hands|head|back|foot|feet|hair|neck|wrist|hip|elbow|face)(?![a-z]))")
_BACK_AGAIN = ("(moving back|moving in|coming back|move back|have to stay|has to stay|stay there|"
               "stay over|staying there|staying over|back there|going back)")
_UNDER_COVERS = "under the (covers|duvet|blanket|blankets|sheets|quilt)"
# A game with a name, not a tickle fight; a secret kept from someone, not a midnight feast.
_COVERS_GAME = ("(tickle game|tickling game|(does|did|do|doing) (things|stuff)(?! like)|special "
                "game|touching game|secret game)")
_HUSHED_OR_HURT = ("((its|it is|our|a|keep it) secret(?! (den|base|club|feast|handshake|code|"
                   "santa|hideout)(?![a-z]))|cant tell|(dont|not allowed to|mustnt) tell(?!( "
                   "[a-z]+)"
                   "{0,3} (we|i) (stayed|were|was) up)|it hurts|hurts|she will cry|he will cry)")

# Emotional abuse: where a child is made to sleep, and why.
# A tent, a camp bed or a sleeping bag makes it camping.
_SLEEPS_OUT = ("(sleep|sleeping|sleeps|slept|sleepin) (in|on) the (shed|garage|hallway|hall|"
               "landing|cupboard|garden|bathroom)(?!( [a-z]+){0,3} (tent|tents|camp bed|camp beds|"
               "sleeping bag|sleeping bags|air bed|blow up bed|campervan)(?![a-z]))")
# Why: the child is called undeserving or bad, or it is a punishment ("like last time" alone
# is a camping trip repeated).
_AS_PUNISHMENT = ("(dont deserve|do not deserve|evil|punish|punishment|(make|makes|made) (me|him|"
                  "her|you|us) sleep)")
# The child's own things destroyed ("burn the toast" is cooking), or posted online.
_DESTROYED = ("((burn|bin|smash|chuck|throw away|rip up)( all| up| out)? (my|his|her|your|their|"
              "all) [a-z]+|post (it|them|my [a-z]+|his [a-z]+|her [a-z]+)|put (it|them|my [a-z]+) "
              "on (fb|facebook|insta|instagram|tiktok|snapchat|online))")
# Telling someone about it: a listener named after "tell" ("if I told her they hurt" is the
# child telling the carer about shoes), or going to the police or the school.
_LISTENER = ("(anyone|anybody|someone|somebody|school|police|the police|social|socials|sw|teacher|"
             "teachers|miss|sir|(my|his|her|your|their|the|a) (?!(they|it|he|she|i|we|you|that|"
             "what|about)(?![a-z]))[a-z]+)")
_IF_TOLD = (f"if (i|he|she|you|they) ((tell|tells|told) {_LISTENER}|say anything|says anything|"
            f"(talk|speak|speaks|talks) to {_LISTENER}|(go|goes) to (the )?(police|social|school|"
            "teacher|teachers|anyone|someone|my social worker)|grass|snitch)(?!( [a-z]+){0,4} "
            "(present|presents|surprise|party|birthday)(?![a-z]))")
_NAMES = ("(waste of space|retard|rat|thick|fat|useless|worthless|scum|evil|stupid|mong|"
          "spastic|freak|a nobody)")
# A name called, the name beside the calling: "got called away again" is a teacher leaving.
_CALLED = (f"((calls|called|calling|call) (me|him|her|us|them|you)( a| an)? {_NAMES}|"
           f"{_NAMES}( and [a-z]+)? (he|she|they) (calls|called) (me|him|her)|(gets|get|got|"
           f"getting) called( a| an)? {_NAMES})")
# Again and again: "called me stupid again" after one game is a brother, not a pattern.
_OFTEN = "(every day|every contact|every visit|every night|are back|is back|back again)"
_SILENCED = ("(not allowed|isnt allowed|not aloud|isnt aloud) to (talk|speak) for (a |the )?"
             "(whole )?(day|days|week|weeks)")
# As a punishment: a sponsored silence is not.
_FOR_BEING_BAD = ("(naughty|wrong|answers back|answer back|answered back|backchat|cheeky|rude|"
                  "misbehaves|cries|punish|punishment|in trouble|told off)")
_NOT_SPOKEN_TO = ("(dont|do not|doesnt|wont|never) (speak|talk) to (me|you|your|her|him) for "
                  "(weeks|days|a week|a month|months)")

PHRASES: Final[dict[str, list[str]]] = {
    "neglect": [
        # Eating once in days, the child or someone they speak for ("i", "she", "we"), not a
        # snake or a tortoise fed once a week; and not while a bug lasted.
        "(i|we|she|he|they|my [a-z]+) (only |just |already )?(eat|ate|eating|have food|get food) "
        "(one time|once|1 time|one meal) (in|every|each) ([a-z0-9]+ )?days(?! (when|while|cos|"
        "because) (i|we|she|he) (had|was|were|got)(?![a-z]))",
    ],
    "sexual_abuse": [
        # Welsh: a hand down or under her trousers or knickers ("dan fy nillad", under my
        # clothes, is a mother feeling for a temperature; "ei llaw" is squeezed to "ei law").
        "(rhoi|roi|rhoid) ei (law|ddwylo) (lawr|i lawr|dan|o dan|mewn) (fy|ei) (nhrowsus|"
        "nhrwsus|nicyrs|mhants|sgert)",
    ],
    "emotional_abuse": [
        # A child put in the dog's cage ("them" is the dogs at a rescue centre; "made us go in
        # the dog kennel for a photo" is a game).
        "((gets|get|got|is|was|being) (put|locked|shut|kept)|(puts|put|locks|locked|shuts|shut|"
        "keeps|kept|makes|made) (me|him|her|us|my ([a-z]+ )?(brother|sister|bro|sis|cousin|"
        "son|daughter))( sleep| stay)?) (in|into|inside) (the|a|their|his|her) (dog|dogs) "
        "(cage|crate|kennel)(?! (for (a|the) (photo|picture|pic|laugh|joke|game)|to (play|hide)))",
        # Dead to the family, said of the child or someone they speak for (a soap's "Ben is
        # dead to the family" names a character).
        "(im|i am|youre|you are|your|ur|u r|she is|he is|we are|they are) dead to "
        "(the|this|our|my|his|her) family",
    ],
    "domestic_abuse": [
        # A mother beaten with a stick or a belt, black and blue, in front of the children
        # ("beats my mum every time at Monopoly" is a game; "with a pillow" a pillow fight).
        "(beat|beats|beating|hit|hits|hitting|punch|punches|punched|kick|kicks|kicked|slap|slaps|"
        "slapped) (my|your|his|her|their|the) (mother|mum|mam|mom|wife|aunty|auntie|aunt|nan|"
        "step mum|stepmum) (with (a |the |his |her |their )?(stick|belt|bat|hammer|pole|cable|"
        "chair|bottle|iron|fists|fist|shoe|slipper|hose|wire|broom|bar|spoon|knife|plank)|black|"
        "(until|till) (she|her)|so bad|in front of (me|us|the kids|the children|my|her|his|the "
        "little ones))",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A child under ten left alone, or left for days or nights.
    ("neglect", (_parts.LEFT, _parts.ALONE, _parts.UNDER_TEN), 16),
    ("neglect", (_parts.LEFT, f"({_parts.ALONE}|{_parts.WITH_A_LITTLE_ONE})", _parts.FOR_DAYS), 14),
    # A parent gone for a week while a child feeds the baby on their own.
    ("neglect", (_parts.GONE_A_WEEK, _parts.CARING_ALONE, _parts.ON_THEIR_OWN), 20),
    # Medicine not given, and a fit, an attack or an ambulance.
    ("neglect", (_parts.AFTER_IT, _parts.MEDICINE_KEPT), 20),
    # Welsh: someone else forgetting ("dw i'n anghofio" is the child), and a fit or an
    # ambulance; not "ond dim ffit", no fit, nor the hospital to fetch them.
    ("neglect", ("(?<!dim yn cael )(ffit|ambiwlans)", "(?<!dw in )(?<!nes i )anghofio (rhoi )?"
                                                      "(tabledi|moddion|"
                 "inswlin|pwmp)"), 16),
    # A carer out of it all day, and no tea, no school, children caring for children.
    ("neglect", (_parts.OUT_OF_IT, _parts.GO_WITHOUT), 20),
    # A baby ill for days and no doctor.
    ("neglect", (_parts.BABY_ILL, _parts.NO_DOCTOR, _parts.DAYS_ILL), 18),
    # Living in a car or a van again, for want of a home (not a night on the way to Scotland
    # with "nowhere else to stop", nor a workman's van all winter).
    ("neglect", ("(living|live|sleep|sleeping|slept|stay|staying) in (the|a|his|her|our|dads|mums) "
                 "(car|van)", "(no (house|flat|home)|got no (house|flat|home)|nowhere (else )?to "
                 "live|homeless)"), 14),
    # Made to undress so he can check her, or at an age that says it all.
    ("sexual_abuse", (_MADE, _UNDRESSED, f"({_SO_HE_CAN}|{_parts.YOUNG})"), 22),
    # "The touching thing" he used to do, and a stay or a move back.
    ("sexual_abuse", (_USED_TO, _BACK_AGAIN), 22),
    # Videos of people with no clothes a child is made to watch (not people "doing things to
    # help the planet", nor old statues in art).
    ("sexual_abuse", ("(videos|vids|films|pictures|pics|porn)( on (his|her|their|the) [a-z]+)? "
                      "(of|with) (people|men|women|grown ups|adults)( [a-z]+){0,2} (no clothes|"
                      "naked|nothing on|having sex|doing sex)(?!( [a-z]+){0,3} (statue|statues|"
                      "painting|paintings|in art|art)(?![a-z]))",
                      "(makes|made|make|making) (her|him|me|them|us|my [a-z]+( [a-z]+)?) (watch|"
                      "look)"), 20),
    # A game or "things" under the covers, again, hushed or hurting.
    ("sexual_abuse", (_COVERS_GAME, _UNDER_COVERS, _HUSHED_OR_HURT), 18),
    # Asked to come alone, and his special room or a kiss on the lips: "the special room" at
    # school, or "our secret den" with a friend or a brother, is children's.
    ("sexual_abuse", ("(kissed (me|her|him) on the (lips|mouth)|(his|their) (special|secret) (room|"
                      "den|place)|(its|it is|keep it|be) our secret)",
                      "(?<!brother )(?<!sister )(?<!friend )(?<!mate )(?<!cousin )(?<!bro )"
                      "(?<!sis )"
                      "(wants|want|asked|asks|told|tells|says) (me|her|him) (to )?(come|go|visit|"
                      "pop)( round| over| up| in)? (on (my|her|his) own|alone|by (myself|herself|"
                      "himself)|without (mum|mam|nan|anyone))"), 22),
    # A threat to do "the same" to a sister if the child tells (a threat: "if I tell", and a
    # will; a prank told and repeated is neither).
    ("sexual_abuse", ("what (he|she|they) (did|done|does|do) to (me|us)",
                      "(will|wil|would|going to|gonna) (do|does) the same( thing)? to (my|your|"
                      "our) "
                      "([a-z]+ )?(sister|brother|cousin|sisters|brothers)",
                      "if (i|you) (tell|say|grass|snitch)"), 22),
    # A landlord to be paid "another way", in person ("pay the rent another way" is by card).
    ("sexual_exploitation", ("(landlord|landlady)",
                             "pay (him|her|them) (in )?(another|other|a different|some "
                             "other) (way|ways)(?! (by|with|through|via|online|like|using|bank|"
                             "card|on|from|into)(?![a-z]))(?!( [a-z]+){0,6} (garden|gardening|"
                             "cleaning|painting|"
                             "decorating|jobs|chores|shifts|cash)(?![a-z]))"), 18),
    # Hurt down there by someone, not by a ball ("it hurt me") or at football.
    ("sexual_abuse", ("(grandad|taid|uncle|dad|step dad|stepdad|man|boyfriend|brother|cousin|he)"
                      "( (?!(it|ball|the ball)(?![a-z]))[a-z]+){0,6} (hurts|hurt|hurting|touches|"
                      "touched|touching|pokes|poked) (me|her|him) (down there|in (my|her|his) "
                      "(privates|private parts|front bottom|fanny|willy))(?!( [a-z]+){0,3} (by "
                      "accident|accidentally|at (football|rugby|pe|training|the park)|in (football|"
                      "rugby|pe|the game|the match)|with the ball)(?![a-z]))",), 16),
    # A worker's bed and the door shut, next time or when alone (a sister's bed and the door
    # closed for a film is two children).
    ("sexual_abuse", ("(wants|asks|asked|asking|tells|told|telling|makes|made) (me|her|him) "
                      "(to )?(sit|lie) on (his|her) bed",
                      "((door|doors) (shut|closed|locked)|(shut|close|lock) the door|on our own|"
                      "our secret)",
                      "(next (time|session|week)|on our own|when (nobody|no one)|our secret|just "
                      "(us|me and him)|nobody (else|will))"), 26),
    # Made to sleep in the shed or the hallway, as a punishment.
    ("emotional_abuse", (_SLEEPS_OUT, _AS_PUNISHMENT), 16),
    # Things burned, binned or posted by a grown-up if the child tells.
    ("emotional_abuse", (_DESTROYED, _IF_TOLD, _GROWN_UP), 30),
    # Welsh: burned, or binned or thrown out ("rhoi fy nillad yn y peiriant golchi", in the
    # washing machine, is laundry).
    ("emotional_abuse", ("((llosgi|losgi) fy (nheganau|nhegan|mhethau|stwff|nillad)|(rhoi|roi|"
                         "taflu|"
                         "daflu) fy (nheganau|nhegan|mhethau|stwff|nillad)( i gyd)? (yn y bin|ir "
                         "bin|"
                         "i r bin|allan|i ffwrdd))",
                         "os ([a-z]+ ){0,3}(siarad|dweud|deud)"), 18),
    # Rather dead than gay or trans.
    ("emotional_abuse", (QUEER, "(rather|prefer) (i|he|she|you|your|u)( was| were| be)? (dead|"
                         "never born|not born)(?! than)"), 18),
    # Names called, every day or back again.
    ("emotional_abuse", (_CALLED, _OFTEN), 14),
    # "You will end up like your mum", every day.
    ("emotional_abuse", ("(you|she|he|i) (will|would|are going to|is going to) end (up )?like "
                         "(your|her|his|my) (mum|mam|dad|mother|father)",
                         # What she became, not how often it is said ("she runs every day").
                         "(drugs|ditch|dead(?! (good|nice|funny|clever|fast|happy|proud|smart|"
                         "tired|excited|good at)(?![a-z]))|in prison|junkie|stop eating)"), 14),
    # Silenced for a day as if not there, or not spoken to for weeks.
    ("emotional_abuse", (_SILENCED, "(pretend|pretends|act like|acts like) (she|he|i|you|your)"
                         "( is| are)? (not|isnt|wasnt|arent) there", _FOR_BEING_BAD), 22),
    # Parents who do it: a brother sulking after fifa is not.
    ("emotional_abuse", (_NOT_SPOKEN_TO, f"(only (talk|speak|speaks|talks) to (your|my|her|his) "
                         f"(brother|sister)|{_SLEEPS_OUT})",
                         "(parents|mum|mam|dad|carer|carers|foster|family|nan|they|step)"), 22),
    # A partner who will tell social services and the baby be taken.
    # A threat ("he'll ring"): "you can ring social services" is a lesson in PSHE.
    ("emotional_abuse", ("(wil|will|would|il|gonna|going to) (tell|ring|call|report me to|phone) "
                         "(social services|the social|socials)",
                         "(take|takes|taking|took) (the|my|our|your) (baby|kids|children|son|"
                         "daughter|little one)", "if (i|you) (talk|speak|ring|see|go|tell|leave)"),
     30),
    # No friends, no phone, only cook and clean.
    ("domestic_abuse", ("(cannot|cant|can not|not allowed to|wont let me|never) (see|meet|go out "
                        "with|talk to) (my )?friends",
                        "(no phone|take my phone|took my phone|without a phone|not allowed a "
                        "phone)",
                        # Kept to housework or sent back: "if I complain" alone is grounding.
                        "(only cook and clean|only cook|only clean|send me back)(?!( and "
                        "[a-z]+)? for (ourselves|myself|yourselves|the group|the team))"), 24),
    # A bank card kept until the child behaves.
    ("domestic_abuse", ("(took|takes|take|keeps|kept|has|holds|taken) my (bank card|card|money|"
                        "benefits|wages|universal credit)",
                        # Told they are too stupid for it: a carer managing pocket money "if I
                        # behave" is a carer's job.
                        "(too (thick|stupid|dumb|useless) to|cant be trusted with)"), 16),
    # Grown-ups fighting with bottles, and blood: a fight, not a water fight, and things
    # thrown at someone, not a glass broken washing up.
    ("domestic_abuse", ("(blood|bleeding|stitches|a e|hospital|ambulance|police)",
                        "(grown ups|grownups|adults|mum|mam|dad|auntie|aunty|uncle|nan|step mum|"
                        "step dad|stepdad|boyfriend|girlfriend|husband|wife|partner)",
                        "((?<!water )(?<!pillow )(?<!food )(?<!snowball )(?<!nerf )(fight|fights|"
                        "fighting|fought) (with )?((?<!water )bottles|a bottle|glasses|a glass|"
                        "knives|"
                        "a knife|plates)|(hit|hits|hitting|smash|smashed|smashing|throw|throws|"
                        "threw|"
                        "throwing) (bottles|a bottle|glasses|a glass|knives|a knife|plates)"
                        "( [a-z]+){0,2} (at|over) (each other|her|him|them|mum|dad|someone|his|"
                        "her|my))"), 18),
    # A threat to kill a mother, on a date.
    ("domestic_abuse", ("(going to|gonna|will|is going to|said he would|says he will|would) (kill|"
                        "murder|stab|end) (your|my|his|her|their|our|the) (mum|mam|mother|mom|"
                        # Not a game won ("kill my mum at Monopoly"). Line 76 of a review
                        # ("my brother is going to kill my mum tonight ... lol") stays: a
                        # safeguarding lead would want to ask about a threat with a night on it.
                        "wife|nan|missus|girlfriend|partner)(?! (when|if|cos|because|for)"
                        "(?![a-z]))(?! (at|in) (a |the )?(game|games|monopoly|uno|cards|chess|"
                        "draughts|fifa|fortnite|bingo|scrabble|mario kart|darts|pool|snooker|quiz|"
                        "ludo|cluedo|tennis|badminton|ping pong|table tennis|football|bowling|"
                        "minecraft|roblox)(?![a-z]))",
                        "((on|at|for|before|after|by) (her|his|your|my|the|their) (birthday|"
                        "wedding|anniversary)|next week|at christmas|tonight|to (my|her|his|their) "
                        "face|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))"), 18),
    # An old woman shoved over when he has had a drink, and a promise not to tell (a wave
    # knocks mum over; a drink at the cafe after is a drink).
    ("domestic_abuse", ("(shoves|shoved|pushes|pushed) (her|him|my nan|my mum|my mam|nan|mum|"
                        "grandad|my grandad) (over|down|about|around|to the floor)"
                        "(?! by accident)",
                        "(when (he|she|they) (is|are|has|have|had|was|were|s)( had| been)? (a "
                        "drink|"
                        "drunk|pissed|drinking)|promise not to tell|not to tell|dont tell)"), 18),
    # A mother and her fella fighting, screaming, and an ambulance last time.
    ("domestic_abuse", ("(mum|mam|she|nan|auntie|aunty|dad) and (her|his|my) (boyfriend|partner|"
                        "fella|husband|man|girlfriend|wife)( are| were| keep| keeps| is| always)? "
                        "(fighting|fight|arguing|rowing|kicking off)(?! (over|about)"
                        "(?![a-z]))",
                        # What happened: not the hospital he works at.
                        "(smashing|smashed|blood|screaming|ended up in|in (a e|hospital)|the "
                        "ambulance|an ambulance|called the police|police came)"),
     22),
    # An ex who will do what he did before.
    ("domestic_abuse", ("((my|her|his) )?(ex|ex boyfriend|ex partner|exs)",
                        "(do|doing|finish|finishing) what (he|she|they) (did|done|started|was "
                        "doing)( to me| to her)? (before|last time|again)(?! and (bring|fix|sort|"
                        "help|cook|take|drop|pick|buy|get)(?![a-z]))(?! (on|with) (the|my|her|his|"
                        "our) )"), 26),
)
