"""Answers that say in their own words why the words of harm are not harm: set aside.

The eighth hand's ordinary answers held a few that carry their own reassurance: savings kept
in a jar for trainers, hungry from training with carers who feed the child loads, pins and
needles a doctor said were nothing, a social worker's question about forced marriage answered
no, a lesson's advice to tell a grown-up if anyone online asks for pictures; and, found after,
errands: tablets collected from the chemist or kept for hay fever season, a school trip paid for
by Friday. Each saying names the reassurance (the child's own savings, the sport and the food,
the limb, the worker who asked and the "no", the lesson or the teacher, the errand), and none
reaches past words that turn it back to harm: someone who takes the money, a fridge locked, hands
tied, "i said no but", "because he was in the room", a man who asked the child, "all at once". A
match is set aside only when one of these spans holds all of it (``surveys.concerns``);
``surveys.concern_everyday`` adds them to its sayings, per category. Same syntax as the phrase
lists.
"""

from __future__ import annotations

from typing import Final

# --- the child's own savings ------------------------------------------------------------------
# "keep my money in a jar, saving for air maxes": the child keeps it, at the start of the answer
# (or of a message read after another: after a word that ends one) or after "i". Never when what
# follows tells of someone else taking, keeping or being owed it.
_ENDS_A_MESSAGE = ("(lol|haha|x|xx|today|yesterday|tonight|anyway|also|btw|ok|okay|yeah|yes|no|"
                   "thanks|fine|good|great)")
_TAKEN = ("(takes|took|take|taking|keeps|kept|owe|owes|owed|boss|man|allowed|let|lets|gives|gave|"
          "give|finds|found|steals|stole|nicks|nicked|have to|has to|had to|makes me|made me|rent|"
          "debt|pay back|pay (him|her|them|it) back|pay off|hand over|hide|hidden|hiding)")
_SAVINGS = [
    f"(^|i |and i |{_ENDS_A_MESSAGE} )(keep|kept|save|saved|put|am keeping|been keeping) (all )?my "
    "(own )?(money|pocket money|birthday money|christmas money|wages|pay|savings|change) (in|into) "
    "(a|my|the|an) ([a-z]+ )?(jar|tin|piggy bank|money box|moneybox|box|savings account|bank "
    f"account|account|isa|purse|wallet|sock)(?!( [a-z0-9]+){{0,12}} {_TAKEN}( |$))",
]

# --- hungry from sport, fed well --------------------------------------------------------------
# "trainin": a dropped "g", as children type it.
_SPORT = ("(training|trainin|football|rugby|swimming|the gym|gym|growing|a growth spurt|sport|"
          "sports|running|boxing|dance|dancing|netball|hockey|cycling|athletics|all the sport|all "
          "the training|my training)")
_FEEDERS = ("(carers|foster carers|foster mum|foster dad|foster parents|mum|mam|dad|nan|they|she|"
            "he|my carers|my foster carers|my foster mum|my foster dad|my mum|my nan)")
_HUNGRY_FROM_SPORT = [
    "i am (always |so |really |constantly )?hungry( all the time| all day| constantly| every day| "
    "loads)?( but| and)?( thats| that is| its| it is)? (because|from|after) (of )?(i am )?"
    f"{_SPORT}( [a-z0-9]+){{0,2}}( and| but)? {_FEEDERS} (feed|feeds|fed|give|gives|cook|cooks|"
    "make|makes|buy|buys) (me )?(loads|lots|plenty|enough|so much|loads of food|well|a lot|really "
    "well|big portions|seconds)(?!( [a-z0-9]+){0,12} (but|except|only|dont|never|lock|locks|"
    "locked|hide|hides|nothing|sometimes|when|if)( |$))",
]

# --- pins and needles -------------------------------------------------------------------------
# A limb gone to sleep, not needles left about. Never beside what held, tied or sat on the
# child, nor what needles are used for or where they were found.
_PINS_AND_NEEDLES = [
    "pins( and| n)? needles( (in|on) (my|both|the) ([a-z]+ )?(foot|feet|leg|legs|arm|arms|hand|"
    "hands|fingers|finger|toes|toe|bum|back|face|knee|knees))?(?!( [a-z0-9]+){0,12} (tied|tie|"
    "ties|tight|rope|cable|cuffs|handcuffs|locked|strapped|held|holds|pinned|sat on|sits on|knelt|"
    "kneels|stood on|injecting|injected|inject|syringe|syringes|sharing|drugs|found|floor|bathroom|"
    "kitchen|bin)( |$))",
]

# --- a worker's question answered no ----------------------------------------------------------
# A professional asked whether anyone is making the child marry, and the child said no. Never
# when what follows the "no" takes it back or says why it was said.
_ASKER = ("(social worker|sw|iro|teacher|nurse|school nurse|doctor|gp|police|police officer|"
          "keyworker|key worker|support worker|advocate|counsellor|head|headteacher|miss|sir)")
_TAKEN_BACK = ("(but|because|lied|lie|lying|scared|afraid|frightened|really|actually|true|truth|"
               "had to|have to|told me to|made me|supposed|pretend|yes|dad|mum|mam|father|mother|"
               "uncle|brother|cousin|abroad|holiday|trip|summer|engaged|promised|wedding|nikah|"
               "already|room|listening|not allowed|wasnt allowed|kill|hurt)")
_ASKED_AND_SAID_NO = [
    f"{_ASKER} (asked|asks|was asking|keeps asking) (me )?(if|whether) (anybody|anyone|someone|"
    "somebody|my family|my parents|people) (is|was|has been|had been|were|are|ever|has ever|had)"
    "( [a-z]+){0,6}( and)? (i said|i told (her|him|them)|i says) no(?!( [a-z0-9]+){0,12} "
    f"{_TAKEN_BACK}( |$))",
]

# --- a lesson's advice about pictures ---------------------------------------------------------
# What a teacher or a talk at school said to do if anyone asks for pictures. Never across words
# of the child or a man (the span stops there), so "a man asked me for pics, in pshe ..." and
# "... but a man online keeps asking me" keep their own match.
_LESSON = ("(pshe|rse|assembly|computing|online safety|citizenship|form time|safeguarding|the "
           "talk|a talk|e safety|internet safety|class|a lesson|the lesson)")
_TEACHER = ("(miss|sir|the teacher|our teacher|my teacher|teacher|the police officer|the pcso|the "
            "nurse|the school nurse|the speaker|the police lady|the police man)")
_NOT_THE_CHILD = "( (?!(i|me|my|man|men|he|him|she|her|they|them|someone) )[a-z0-9]+)"
_ASKS_FOR_PICTURES = (
    "if (anyone|anybody|someone|somebody|a stranger|people|a person|an adult|a grown up)( online| "
    "on snap| on snapchat| on instagram| on tiktok| on the internet| you dont know)? (ever )?(asks|"
    "ask|asked|sends|send|pressures|messages) (you )?(for )?(pics|pictures|photos|selfies|images|"
    "a picture|a photo)( of (you|yourself))? (you|we|to|then you|then we)( should| must| have to| "
    "need to| can)? (tell|block|report|talk to|screenshot|speak to|ignore)"
    f"{_NOT_THE_CHILD}{{0,5}}"
)
_LESSON_ADVICE = [
    f"{_LESSON}{_NOT_THE_CHILD}{{0,4}} (said|says|told us|taught us|learned|learnt|explained)( "
    f"that)? {_ASKS_FOR_PICTURES}",
    f"{_TEACHER} (said|says|told us|taught us|explained)( to us)?( that)? {_ASKS_FOR_PICTURES}",
    f"(learned|learnt|were told|got told|was told|taught) (in|at|during) {_LESSON}( that)? "
    f"{_ASKS_FOR_PICTURES}",
]

# --- a job wished for when older --------------------------------------------------------------
# "wants to be a police officer when hes older": "he is older" here is a future, with a job
# named. Never "be with" someone, nor what follows of a man, money, a place or pictures.
_JOB = ("(police officer|policeman|police woman|copper|detective|firefighter|fireman|paramedic|"
        "nurse|doctor|vet|teacher|soldier|footballer|boxer|youtuber|streamer|gamer|mechanic|chef|"
        "social worker|youth worker|pilot|builder|plumber|electrician|hairdresser|barber|lawyer|"
        "solicitor|scientist|astronaut|engineer|architect|artist|singer|rapper|actor|dancer|"
        "zookeeper|carer|foster carer|personal trainer|lifeguard|marine)")
_GROWN_UP_JOB = [
    "(want|wants|wanted|is going|going|hopes|hope|would like|wishes) to (be|become|train as|work "
    "as) (a |an )?(pro |professional |famous |real |proper )?"
    f"{_JOB}( or (a |an )?{_JOB})? when (he is|she is|they are|i am|we are|he gets|she gets|i "
    "get|they get) (older|bigger|big|grown up|an adult)(?!( [a-z0-9]+){0,12} (man|men|boyfriend|"
    "girlfriend|older|money|cash|pay|pays|paid|flat|house|car|photos|pictures|pics|meet|touch|"
    "touches|secret|drugs|weed)( |$))",
]

# --- medicine from the chemist, a school trip paid for ----------------------------------------
# Tablets collected from the chemist or saved for hay fever season, and a school trip paid for by
# a date, are errands; what turns them back is anything after of all at once, hiding, not waking,
# a debt, work or a journey to the country.
_NOT_AN_ERRAND = ("(?!( [a-z0-9]+){0,12} (all|once|one go|save|saving|saved|stash|stashing|hide|"
                  "hiding|hidden|keep them|keeping them|take them|end|die|dead|wake|finish|done|"
                  "bridge|overdose|od|owe|owed|debt|work|working|agent|boat|lorry|journey|passport|"
                  "smuggler|england|uk|papers)( |$))")
_MEDICINE = "(tablets|meds|medicine|medication|prescription|inhaler|pills|antihistamines)"
_ERRAND_MEDICINE = [
    "(collecting|collect|collected|picking up|pick up|picked up|fetching|fetch|fetched|getting) "
    f"my ([a-z]+ ){{0,2}}{_MEDICINE} (from|at) (the )?(chemist|chemists|pharmacy|doctors|gp|"
    f"surgery|boots|superdrug|hospital pharmacy){_NOT_AN_ERRAND}",
    f"(saving|keeping) my (hay fever|hayfever|allergy|travel sickness|antihistamine) {_MEDICINE} "
    "for (the summer|summer|my holiday|the holiday|holidays|the trip|spring|pollen season|the "
    f"pollen|when the pollen is bad){_NOT_AN_ERRAND}",
]
_SCHOOL_TRIP_PAID = [
    "(pay|paying|paid|pay off|money) for (the|my|our) (school|class|year [0-9]+|residential|"
    "scouts|cadets|brownies|college|uni|football|swimming|choir|band|geography|history|field) "
    f"(trip|residential|camp|tour)( by [a-z]+| on [a-z]+| next week| this week)?{_NOT_AN_ERRAND}",
]

REASSURED: Final[dict[str, list[str]]] = {
    "self_harm": _ERRAND_MEDICINE,
    "trafficking": [*_SAVINGS, *_SCHOOL_TRIP_PAID],
    "neglect": [*_HUNGRY_FROM_SPORT, *_PINS_AND_NEEDLES],
    "harmful_practices": _ASKED_AND_SAID_NO,
    "exploitation": _LESSON_ADVICE,
    "sexual_exploitation": [*_LESSON_ADVICE, *_GROWN_UP_JOB],
}
