"""Ordinary answers in the plain words the oldest rules read as harm: set aside.

The first phrase lists and frames read a few words with no one named ("beats my mum", "lock us
in", "no heating", "take my top off", "out all night"), and are right about them in general. A
review found ordinary answers that hold those words whole: a parent beaten at Monopoly or hit
with a pillow in a pillow fight, a doctor's or nurse's check, a physio's, a rugby tackle or a
judo hold, a sleepover or a museum lock-in, no heating at camp or school, a night out at a
sleepover or with carers at a festival, a school trip or a tour that left a child not knowing
where they were, a brother who calls the child stupid over a game, camp beds in the garage when
the cousins came, a lesson about a baby being hurt or a road safety story, a girl from the
child's class met on snapchat, a surprise kept secret, a family's train to a birthday kept from a
sister, marks from a cat or nettles, bruises from a fall or a tackle, a debt on the car paid off,
chores and work experience unpaid, a farm at camp. Each saying names the everyday thing and
runs only over the words that finish it; none runs across words that turn it back to harm (a
man, on purpose, every time he loses, and then). A match is set aside only when one of these
spans holds all of it (``surveys.concerns``); ``surveys.concern_everyday`` adds them to its
sayings, per category. Same syntax as the phrase lists.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# --- a parent beaten at a game, hit with a pillow -----------------------------------------------
_KIN = ("(my )?(mum|mam|dad|nan|nana|grandad|sister|brother|auntie|uncle|cousin|step mum|stepmum|"
        "step dad|stepdad)")
_GAMES = ("(monopoly|chess|draughts|uno|cards|scrabble|ludo|cluedo|jenga|snap|bowling|golf|crazy "
          "golf|mini golf|pool|snooker|darts|table tennis|ping pong|tennis|badminton|fifa|mario "
          "kart|the quiz|a quiz|trivia|connect four|board games|a race|the race|arm wrestling)")
_BEATEN_AT_A_GAME = [
    f"({_KIN} )?(always )?(beat|beats|beating|beaten|kill|kil) {_KIN}( every time| again| "
    f"easily| with a perfect score| tonight)? (at|in) {_GAMES}",
    f"({_KIN} (is |s )?)?(going to|gona|wil) (kill|kil|beat|batter|thrash) {_KIN} (at|in) "
    f"{_GAMES}",
]
_PILLOW_FIGHT = [
    f"(hit|hits|whacked|whacks|bashed) {_KIN} with (a|the|her|his|my) (pillow|cushion|water "
    "balloon|snowball|balloon|foam [a-z]+|nerf [a-z]+)( in the (pillow|snowball|water) fight)?",
]

# --- a check by a doctor, a nurse or a physio -------------------------------------------------
_CLINICIAN = ("(doctor|doctors|nurse|school nurse|gp|physio|physiotherapist|osteo|dentist|the jab "
              "lady|optician|paramedic)")
_A_CHECK = ("(listen to my chest|check|check my [a-z]+|look at my [a-z]+|my (jab|injection|bcg|"
            "vaccine|vaccination|check up|checkup|x ray|rash|chest|back|heart)|the (jab|injection|"
            "bcg|x ray|rash))")
_AT_THE_DOCTORS = [
    f"{_CLINICIAN} (made|asked|told|makes|asks|tells|had|got) me (to )?take (of )?my (top|shirt|t "
    f"shirt|jumper|vest) (of )?((for|to|so) (they|she|he) (could|can) (look at|check|listen to)|"
    f"for|to) {_A_CHECK}",
    f"{_CLINICIAN} (used to |has to |had to |needs to |wil )?(touch|touches|touched) me on my ("
    "knee|ankle|back|shoulder|arm|leg|wrist|elbow|foot|neck) to (check|test|se|fel|stretch|find)",
]

# --- a tackle, a hold or a stretch in sport ------------------------------------------------------
_SPORT = ("(rugby|judo|wrestling|jiu jitsu|bjj|mma|karate|the tackle|a tackle|tackle|physio|the "
          "physio|scrum|training)")
_NOT_SPORT = "(he|she|they|home|dad|mum|stepdad|carer|night|again|purpose|til|until|cant|couldnt)"
_IN_SPORT = [
    f"{_SPORT}{_gap(_NOT_SPORT, 8)} (knee|knees) (on|in|into|across) my (back|chest|stomach|leg)",
    f"(knee|knees) (on|in|into|across) my (back|chest|stomach|leg) (in|at|during) (the )?{_SPORT}",
    "(brother|sister|cousin|bro|sis|mate) (pinned|held|holds|pins) me (down )?(on|to) the (floor|"
    "ground|bed|sofa) (and|to) (took|take|takes|grabbed|grab|nicked|got|get|tickled|tickles) (the|"
    "my|his|her) (controller|remote|pad|phone)",
    "(landed|fell|jumped) on me and hurt me( down there)? (at|in|playing) (football|rugby|pe|"
    "training|the match|the game|trampolining|the trampoline)",
]

# Bruised from a fall or a tackle in a game: never "from him", nor from a tackle at home.
_BRUISED_IN_PLAY = [
    "(bruised|bruises|bruise) from (where i (fel|slipped|tripped)( of the (trampoline|bike|wall|"
    "climbing frame|swing))?|(my )?(brother|sister|cousin|mate|friend) (tackling|tackled|fouling)"
    " me (at|in|playing) (rugby|football|footy|hockey|netball|training|pe|the match|judo))",
]

# --- a lock-in, a sleepover, camp beds in the garage -------------------------------------------
_LOCKED_IN_FOR_FUN = [
    "(sleepover|lock in|camp out|sleep over|the museum|the zoo)( [a-z]+){0,4} (lock|locks|locked) "
    "us in( the [a-z]+)?( til morning)?( for charity| with the [a-z]+| so nobody wanders)?",
]
_GUESTS = [
    "(sleep|slept|sleeping) in the (garage|garden|shed|living room) on (the|some) (camp beds|air "
    "beds|airbeds|blow up beds|lilos) when (the|my|our) (cousins|family|visitors|guests|nan|"
    "relatives) (came|come|were|stayed|visited)",
]
_GAME_NAMES = [
    "(my )?((big|little|older|younger) )?(brother|sister|bro|sis|cousin|mate|friend) (called|calls)"
    f" me (stupid|an idiot|a loser|thick|dumb)( again)? (cos|because|when|after) i (lost|beat "
    f"(him|her)|won|was losing) (at|in) {_GAMES}",
]

# --- no heating at camp or school; a night out with carers or at a sleepover ---------------------
_COLD_TRIP = [
    "(camp|scout camp|cub camp|the cabin|cabin|school|the hall|church|the classroom|classroom|the "
    "tent|tent|the caravan|changing rooms)( at (camp|school|scouts))? (had|has|there was|theres) no"
    " heating",
    "no heating (at|in) (scout |cub |brownie |guide )?(camp|school|the cabin|the hall|church|the "
    "classroom|the changing rooms)",
]
# Never with what follows turning the night to harm: "and then went to a man's house".
_NOT_THEN = "(?!( [a-z0-9]+){0,8} (man|mans|men|older|lads|police|didnt|nobody|no one|then))"
_A_NIGHT_OUT = [
    "(stayed|stay|staying|were|was) out al night at (my|a|her|his|our) (mates|friends|cousins|best "
    f"friends) (sleepover|tent|garden)( in (her|his|the) tent)?{_NOT_THEN}",
    "(stayed|stay|staying|were|was) out al night at the (festival|wedding|fireworks|party) with (my"
    f" |our )?(carers|carer|foster (mum|dad|carers|family)|mum|dad|nan|family){_NOT_THEN}",
    "stayed out al night at (her|his|my) (prom|prom afterparty|prom after party|leavers party) ("
    "mum|dad|my carers|carers|my carer) knew",
]
# A family outing kept as a surprise: "don't tell anyone but we're getting the train to London
# for mum's birthday"; never to see a man, nor with "not coming back".
_OUTING_KEPT = [
    "(dont|do not) tel (anyone|anybody|my [a-z]+|[a-z]+) but (we|were|we are)( al)? (geting|going "
    "to get|catching) the (train|bus|coach) to( (?!(a|man|men|him|his|her|mans|boyfriend|not|"
    "never) )[a-z0-9]+){1,4} (for|to se) (mums|dads|nans|grandads|my|her|his|our|the)( [a-z]+)? ("
    "birthday|party|panto|show|concert|match|wedding|anniversary|surprise)",
]
_LOST_ON_A_TRIP = [
    "on (the )?(school trip|trip|tour)( with the [a-z]+)? (and|so) i (didnt|did not) know where i "
    "was( half the time)?",
]

# --- a lesson, a friend from class, a surprise kept, a cat's scratch -----------------------------
_LESSON_BABY = [
    "(pshe|rshe|assembly|citizenship|lesson) we (learned|learnt|were told|found out) (that )?if you"
    " (see|know|hear|think)( [a-z]+){0,4} being (hurt|hit|harmed)",
]
_ROAD_SAFETY = [
    "(green cross code|road safety)( (?!(i|im|me|my|myself|il|ill) )[a-z0-9]+){0,10} (run|walk|"
    "step) in front of (a|the) (car|cars|bus|road|traffic)",
    "road safety( week)? we (learned|learnt|heard) about a (boy|girl|kid|child) who (ran|run|"
    "walked|stepped) (out )?in front of a (bus|car|lorry|van) and got hurt",
]
_FRIEND_FROM_CLASS = [
    "(met|meet) a (girl|boy) (off|from|on) (snapchat|tiktok|insta|instagram) (who goes to my school"
    "|at youth club|at the concert)( [a-z]+){0,2}( (shes|hes|she is|he is|they are|theyre) in (my "
    "class|year [0-9]+|the same (year|class))| theyre the same age)?",
]
_SURPRISE_KEPT = [
    "(surprise party|the surprise|present|party|cake) (is|s) (a|our) secret",
]
_SCRATCHES = [
    "(marks|scratches|cuts) on my (arm|arms|leg|legs|hand|hands|wrist) (are )?from (the|our|my) ("
    "new )?(cat|kitten|dog|puppy|rabbit|nettles|brambles|hamster|shin pads|watch strap|watch|"
    "socks|bag strap|skates|boots)( scratching me)?",
    "(marks|scratches) on my (arm|arms|leg|legs|hand|hands) (are )?from (nettles|brambles)( at "
    "camp)?",
]
_DO_MY_HAIR = [
    "(do|did|does|doing) things to me like (plait|brush|do|paint|curl|straighten) my (hair|nails)",
]

# --- a debt on the car, chores, work experience, a farm at camp ----------------------------------
_DEBT_ON_A_THING = [
    "(work|works|working) (extra shifts|overtime|extra hours) (til|until) the debt (is )?paid of "
    "(on|for) (the|his|her|our|my) (car|van|phone|sofa|telly|tv|loan|credit card|mortgage)",
    "(work|works|working) at the [a-z]+ (til|until) (his|her|my) debt (is )?paid of for the "
    "(phone|window|car|bike|tv|telly) (he|she|i) (broke|smashed|lost)",
]
_UNPAID_CHORES = [
    "(clean|cleaning) at home and (mum|dad|my carer|nan|my carers) (doesnt|dont|does not) pay (her|"
    "him|me|us)( for it)? (its|it is|cos its|because its) (her|his|my|our|just) (chores|jobs)",
    "(clean|cleaning|work|working|helps|helping) at the [a-z]+ for (no money|free|nothing) as ("
    "work experience|volunteering|a volunteer)",
    "((make|makes|made) (us|me) )?(work|working) on the (farm|field|garden|allotment) at (camp|"
    "scout camp|forest school|school) for (no money|nothing|free)( and send me to the kitchen)?",
]

_SHOWN = "(me|he|she|him|her|showed|sent|send|secret)"

PLAIN: Final[dict[str, list[str]]] = {
    "domestic_abuse": [*_BEATEN_AT_A_GAME, *_PILLOW_FIGHT],
    "unsafe_home": [*_BEATEN_AT_A_GAME, *_PILLOW_FIGHT],
    "sexual_abuse": [*_AT_THE_DOCTORS, *_DO_MY_HAIR],
    "physical_abuse": [*_IN_SPORT, *_LESSON_BABY, *_ROAD_SAFETY, *_BRUISED_IN_PLAY],
    "emotional_abuse": [*_LOCKED_IN_FOR_FUN, *_GUESTS, *_GAME_NAMES],
    "neglect": _COLD_TRIP,
    "missing": [*_A_NIGHT_OUT, *_LOST_ON_A_TRIP, *_OUTING_KEPT],
    "self_harm": [*_SCRATCHES, *_ROAD_SAFETY],
    "sexual_exploitation": [
        # Statues in an art lesson or a gallery, with nobody sending or showing the child anything.
        f"(in art|art lesson|gallery|museum){_gap(_SHOWN, 8)} (with )?no clothes on",
    ],
    "trafficking": [*_DEBT_ON_A_THING, *_UNPAID_CHORES],
    "exploitation": [*_AT_THE_DOCTORS, *_FRIEND_FROM_CLASS, *_SURPRISE_KEPT, *_DEBT_ON_A_THING],
    "bullying": _GAME_NAMES,
}
