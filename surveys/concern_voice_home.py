"""Emotional and domestic abuse and an unsafe home in a small child's voice and a young adult's.

The thirteenth blind hand (``tests/corpora/thirteenth_hand``) told harm at home at both ends of
the age range. A child of four to eight names the grown-ups as a small child does ("daddy",
"mama", "abba" and "ammi", "nanny" and "grandad", "nanny's man") and says what one did to the
other in a child's verbs ("hitted", "shut her head in the door"), sees the injury at contact and
is told who did it, is frightened at bedtime by a mask or "the police will take you away", has a
puppy threatened "if you tell", a talker or ear defenders taken for a laugh, is made to sleep
on the balcony, and finds "someone" opening the door "every sleep". A young adult tells of a
partner who takes the money and says "you'll end up in A&E if you show me up", who calls a young
parent useless and holds the baby over them, or of a flat-mate's men, a mum's boyfriend or a
neighbour who comes into the room or threatens the flat. Each rule reads the *voice* beside the
part that makes it harm, never the voice alone (a push on a swing, a black eye from an
operation, a scary story, a landlord's repair and a partner who looks after the baby are
everyday):

- domestic: one grown-up × a blow in a child's verb × the other, as a small child names them ×
  her neck, face or head, blood, the police, the stairs, crying or the child hiding; "he hit her
  in the face" × her husband or boyfriend × the noise and fear; her black eye or split lip × "she
  said Darren did it"; a partner's "you'll end up in hospital" × "if I" go, tell or show him up;
- emotional: a pet threatened with drowning or worse × "if I tell"; a scare at the door (a mask,
  noises, the monster or the police "will take me") × bedtime × the child awake, wetting the
  bed or not daring to come out; a child's aids taken (a talker, ear defenders, a weighted
  blanket) × laughing at the child, on purpose or when upset; "a useless mum" × the baby taken
  or in front of the baby; the baby taken "if I go"; sent away forever × "if I" flap or cry;
  made to sleep outside × when he is angry or the child was bad;
- unsafe home: someone who is not the child's carer comes into the room, tries the door or sits
  on the bed × asleep, getting changed, in the shower, every sleep or with a knife; a pillow or
  a hand over the face × sleeping or "if I tell"; "set fire to my flat" × a threat; "going to
  get me" × when the carer is out × a locked door.

The set-asides (``SET_ASIDE``) are ordinary answers the older rules read in the same words: a
push on the swing, a towel thrown on the beach, "a rubbish cook", a night in the garden in a
tent, a room entered to turn off the telly. Left to the learned layer: a drawer gone through and
a lock snapped (a move or a repair reads the same), an ex at the window with no threat said.
Fresh wordings of each shape, written before the rules, are batches ro, rp, rq and rr of
``tests/corpora/adversarial.txt``; the ordinary answers nearest them are the block "thirteenth
hand voices, home" of ``tests/corpora/near_misses.txt``. A child's own body hurt is in
``surveys.concern_voice_body``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_body import CHILD_FAULT

# --- domestic: one grown-up does something to the other ---------------------------------------

# The grown-ups as a small child names them ("daddy" and "mummy" read as "dad" and "mum").
_HE = ("(dad|papa|baba|abba|abu|abbu|grandad|grandpa|gramps|her husband|her boyfriend|mums "
       "boyfriend|mummys boyfriend|nannys man|mums man|step dad|stepdad|uncle|he)")
_SHE = "(mum|mama|mam|ammi|amma|nanny|nana|nan|gran|granny|her|auntie)"
# Hers, only as her body: "ammi's wheelchair" is no blow.
_HERS = ("(mums|mamas|mams|ammis|ammas|nannys|nanas|nans|grans|grannys|mummys|aunties) (head|"
         "neck|face|hair|arm|arms|throat|eye|nose|mouth|back|tummy)")
_BLOW = ("(hit|hits|hitted|hited|punched|punches|punch|kicks|kicked|slaps|slapped|smacked|smacks|"
         "pushes|pushed|shoved|shoves|threw|throws|chokes|choked|strangles|strangled|squeezes|"
         "squeezed|shut|shuts|bangs|banged|drags|dragged)")
_ONE_TO_OTHER = (f"{_HE} {_BLOW} ({_HERS}|{_SHE}(?! (a|the) ([a-z]+ )?(ball|towel|frisbee|coat|"
                 "keys))(?![a-z]))")
_HER_HARM = ("(neck|throat|face|head|eye|lip|nose|blood|bleeding|police|blue lights|ambulance|"
             "hospital|(cries|cried|crying)(?! (with |from )?(laughing|laughter|happy))|down the "
             "(stairs|steps)|(into|against|on) the (wall|door|floor)|in the door|bandage|cant "
             "walk|i (hide|hided|hid) (under|in|behind)|my ears|(say|said|sed) she (fell|tripped|"
             "slipped))")
_HIT_HER_FACE = ("(he|and) (hit|hitted|punched|slapped|kicked|smacked|headbutted) her (in|on) "
                 "the (face|head|eye|mouth|nose|tummy|neck)")
_HER_MAN = ("(her husband|her boyfriend|her fella|her partner|mums boyfriend|mummys boyfriend|"
            "foster mum|mum and)")
_THE_NOISE = "(smashed|scream|screamed|screaming|shouting|police|scared|frightened|crying)"
# Her injury, and who she says did it (not the cat, nor the doctor).
_HER_INJURY = ("(mum|mama|mam|ammi|amma|nanny|nana|gran|auntie)( [a-z]+){0,2} (had|has|got|"
               "has got) (a )?(big )?(purple|black|blue|bad|fat|swollen|split|bust|bleeding) (eye|"
               "lip|nose|cheek|neck|arm)(?! (shadow|liner|make up|makeup|paint|patch|operation|"
               "drops|mask)(?![a-z]))")
_WHO_DID_IT = ("(sed|said|says|told me) (?!(the |my |her |a |an |some )?(cat|dog|puppy|kitten|"
               "baby|doctor|nurse|dentist|optician|door|cupboard|wasp|bee|bees|wasps|nettles|"
               "spider|ball|swing|slide|trampoline|kids|horse) )([a-z]+ ){0,3}(did it|did that|"
               "done it|hit her|punched her)")
# "You'll end up in A&E if you show me up": a partner's threat to the young adult.
_IN_HOSPITAL = ("((put|send|land) me in (hospital|the hospital|a and e|a e|a wheelchair|a box|the "
                "ground)|end up in (hospital|the hospital|a and e|a e|a wheelchair|the ground|a "
                "box|the harbour|the river|the canal))")
_IF_I_CROSS = ("if i (embarrass|embarass|show (him|her) up|leave (him|her|them|the flat|the "
               "house)|go back|go to (my|the|his|her) (mums|mum|sisters|sister|mates|friends|"
               "family|police)|tell|text|talk|see|speak|ring|call|answer|mug|disrespect|make a "
               "show)")
_PARTNER = "(he|him|his|partner|boyfriend|girlfriend|husband|wife|ex|fella)"

# --- emotional: frightened into silence, a pet, aids taken, scorn, sent away --------------------

_PET = ("(puppy|dog|kitten|cat|hamster|rabbit|bunny|guinea pig|pony|fish|budgie|pet|tortoise|"
        "gerbil)")
_PET_HARMED = ("(drown|drowned|drowning|kill|killing|throw|chuck|hurt|stab|chop|burn|squash|shoot|"
               f"poison|strangle|get rid of) my {_PET}(?! (food|bowl|toy|toys|bed|lead|cage|"
               "hutch|tank)(?![a-z]))")
_IF_I_TELL = "if i (tell|told|say|said|speak|cry|scream|talk)"
_SCARE = ("((scary|scarey) (mask|masks|noises|noise|face|faces|voice|voices|monster)|(bangs|"
          "banging|scratches|scratching) on my door|(the )?(monster|monsters|"
          "bogeyman|bogey man|witch|ghost|police|big bad wolf) (will|wil|is going to|gonna) (eat|"
          "get|take|come for|grab) me|take me away (forever|for ever|in a van))")
_BEDTIME = ("(every night|at bedtime|bedtime|every sleep|when i go to bed|at night|in the night|"
            "wet the bed|in the dark)")
_AWAKE = ("(i (dont|cant|cannot|couldnt|never) sleep|i stay awake|i lie awake|i wet the bed|so i "
          "dont (come|get|go) out|if i (come|get) out|i hide)")
_AIDS = ("(talker|ear defenders|ear defender|headphones|weighted blanket|hearing aid|hearing aids|"
         "glasses|wheelchair|walker|walking frame|chewy|fidget|fidgets|communication book|symbols|"
         "sensory toys)")
_AIDS_TAKEN = (f"(takes|took|take|taking|hides|hid|hide|hiding|bins|binned|puts|put|throws|threw|"
               f"locks|locked|snatches|snatched) (away )?my {_AIDS}")
_CRUEL = ("((laughs|lafs|laughing|laughed|lafed|lafing|laugh|laf) (at me|when i|at it|about "
          "it)|on purpose|when (i am|i was) (upset|overloaded|melting down|having a meltdown|"
          "scared|crying|screaming)|(film|films|filming|filmed|record|records) me|call it a "
          "consequence|when i (cant|cannot) (say|talk|speak|hear|see|walk|move))")
_SCORN_PARENT = ("(useless|rubbish|crap|bad|terrible|unfit|shit|pathetic|thick|stupid|failure of "
                 "a) (mum|mother|mam|dad|father|parent)")
_TOLD_ME = "(tells me|told me|calls me|says|said|screams|shouts|telling me)"
_BABY = ("(her|him|the baby|my baby|our baby|the kids|my kids|my (son|daughter)|our (son|daughter|"
         "kids|baby))")
_BABY_TAKEN = (f"((they|the social|social|social services|social workers|he|she)( will| wil| would|"
               f" are going to| is going to| gonna) take {_BABY}|in front of {_BABY}|lose {_BABY})")
_TAKES_BABY = (f"(says|said|threatens|threatened|keeps saying|tells me)( he| she| they)?( will| "
               f"wil| would| is going to| gonna) take {_BABY}(?! (to|for|out|swimming|round|with|"
               "home|in|on|so|while|when|up|down|back|off to)(?![a-z]))")
_IF_I_GO = "if i (go|leave|tell|see|talk|text|report|ring|call|get a job|go back)"
_SENT_AWAY = ("(send|sends|sending|put|take) me (to|in|into|away)( [a-z]+){0,4}? (forever|for ever|"
              "and i (never|wont|will never) see|and never come back)")
_IF_I_DO = ("if i (flap|cry|scream|wet|tell|talk|say|am naughty|am bad|do it|make a noise|rock|"
            "hum|bite)")
_SLEEP_OUT = ("(makes|made|make|putting|puts|put|sends|sent) me (to )?sleep (on the balcony|in "
              "the garden|outside|in the shed|in the car|on the doorstep|in the dog bed|with the "
              "dog|in the bath|in the hall|on the floor|in the cupboard|in the garage)")
# The child's own fault is read with ``CHILD_FAULT``: "because I get car sick" is none.
_ANGRY_OR_BAD = ("(when (he|she|they) (is|are|gets|get) (angry|cross|mad|in a mood)|when i (am|"
                 "was) (bad|naughty)|as a punishment|for being (bad|naughty))")

# --- unsafe home: someone comes in -------------------------------------------------------------

_NOT_MY_CARER = ("(friend|friends|mate|mates|boyfriend|partner|son|man|men|lodger|landlord|guy|"
                 "big boy|big boys|big girl|big girls|flatmate|housemate|flatmates|housemates|"
                 "neighbour|fella|ex|someone(?!( [a-z]+){0,10} (cat|dog|puppy|kitten|hamster)"
                 "(?![a-z]))|somebody)")
# Never a pet's: "my cat sits on my bed when I'm asleep".
_COMES_IN = ("(?<!cat )(?<!cats )(?<!dog )(?<!dogs )(?<!puppy )(?<!kitten )(?<!hamster )((comes|"
             "came|come|coming|goes|went|go|walks|walked|walking|lets himself|let himself|gets|"
             "got) (in|into|in to) my (room|bedroom|bathroom)(?!( [a-z]+){0,8} to (check|turn|"
             "switch|give|bring|fix|get|tuck|read|say|kiss|wake|borrow|see|look at|do|help|wash|"
             "dry|brush|clean)(?![a-z]))|(tries|tried|trying|try|opens|opened|opening|open|"
             "rattles|rattling) my (door|bedroom door|room door)|(sits|sat|lies|lay|lying|"
             "sitting) on my bed|(stands|stood|standing) (by|over|next to|at the end of) (my bed|"
             "me))")
_BARE_OR_ASLEEP = ("((when|while) (i am|i was) (asleep|sleeping|in bed|getting changed|changing|in "
                   "the shower|in the bath|undressed)|when i (sleep|am in bed)|every sleep|in the "
                   "dark|(with|has|had|keeps|keep|got) a (knife|machete|blade|gun)(?! (block|set|"
                   "sharpener|crime)(?![a-z]))|at ([1-5]|12) ?am|in the night)")
# A pillow or a hand over the face, as the child sleeps or if the child tells.
_SMOTHER = ("((puts|put|putting|held|holds|hold|pushed|pushes|pressed|presses) (a |the |his |her "
            "|their )?(pillow|cushion|hand|hands|blanket) (on|over) my (face|mouth|nose|head)|"
            "smother (me|us)|smothered (me|us))")
_ASLEEP_OR_TOLD = ("((when|while) (i|i am) (sleep|asleep|sleeping)|in the night|at night|if i "
                   "(tell|grass|say|scream|cry)|(cant|couldnt) (breathe|breve))")
_FIRE_HOME = ("(burn|set fire to|torch|petrol bomb|firebomb|set alight) (my|your|the) (door|flat|"
              "house|room|letterbox|car|place|home)")
_THREATENS = ("((threatened|threaten|threatens|threatening) to|(said|says|sed) (he|she|they) (wil|"
              "would)|next time (its|it is|it wil be) (petrol|fire))")
# Found the new flat, and at the window in the night or the young adult sleeping armed.
_FOUND_ME = ("(ex|he|him) (found|got|has|knows|tracked down|turned up at) my (new )?(flat|address|"
             "house|place|room)")
# At the window in the night, at the door in the small hours.
_AT_NIGHT = ("((at|outside|banging on|knocking on|tapping on) (the|my) (window|windows)( [a-z]+)"
             "{0,2} (at ([1-5]|12) ?am|at night|in the night|in the middle of the night)|(at|"
             "outside|banging on) (the|my) (door|front door)( [a-z]+){0,2} at ([1-5]|12) ?am|"
             "(sleeping|sleep|slept) with a (knife|hammer|bat|screwdriver))")
_GET_ME = ("(going to|gonna|wil|is going to) get me(?! (a|an|some|from|at|to|up|ready|one|new|"
           "after|in|on|for|the|my|back|home)(?![a-z]))")
_CARER_OUT = ("when (mum|she|they|my carer|carer|dad|nan|nanny) (is|are) (at work|out|"
              "asleep|away|at the shops)")
_LOCKED_IN = "((locks|locked|lock) (the door|me in)|with me inside)"

# Her injury first, then who she says did it: in that order, so an ordinary answer ending in
# "... did it" and the next one's black eye from an operation are not read as one.
PHRASES: Final[dict[str, list[str]]] = {
    "domestic_abuse": [f"{_HER_INJURY}( [a-z]+){{0,6}} {_WHO_DID_IT}"],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # One grown-up's blow to the other, as a small child names them, and what it did.
    ("domestic_abuse", (_ONE_TO_OTHER, _HER_HARM), 12),
    ("domestic_abuse", (_HIT_HER_FACE, _HER_MAN, _THE_NOISE), 20),

    # "You'll end up in A&E if you show me up."
    ("domestic_abuse", (_IN_HOSPITAL, _IF_I_CROSS, _PARTNER), 20),
    # A pet threatened if the child tells.
    ("emotional_abuse", (_PET_HARMED, _IF_I_TELL), 16),
    # A scare at the door at bedtime, and the child awake or not daring to come out.
    ("emotional_abuse", (_SCARE, _BEDTIME, _AWAKE), 18),
    # A child's aids taken, and laughter or the child's distress.
    ("emotional_abuse", (_AIDS_TAKEN, _CRUEL), 16),
    # "A useless mum", told, and the baby taken or in front of the baby.
    ("emotional_abuse", (_SCORN_PARENT, _TOLD_ME, _BABY_TAKEN), 20),
    # The baby taken if the young parent goes out.
    ("emotional_abuse", (_TAKES_BABY, _IF_I_GO), 12),
    # Sent away forever if the child flaps or cries.
    ("emotional_abuse", (_SENT_AWAY, _IF_I_DO), 16),
    # Made to sleep outside when he is angry or the child was bad.
    ("emotional_abuse", (_SLEEP_OUT, _ANGRY_OR_BAD), 10),
    ("emotional_abuse", (_SLEEP_OUT, CHILD_FAULT), 10),
    # Someone who is not the child's carer in the room, at night or undressed.
    ("unsafe_home", (_BARE_OR_ASLEEP, _COMES_IN, _NOT_MY_CARER), 18),
    # A pillow or a hand over the face, asleep or if the child tells.
    ("unsafe_home", (_SMOTHER, _ASLEEP_OR_TOLD), 14),
    # "Set fire to my flat", threatened.
    ("unsafe_home", (_FIRE_HOME, _THREATENS), 12),
    # The new flat found, and at the window in the night or the young adult sleeping armed.
    ("unsafe_home", (_FOUND_ME, _AT_NIGHT), 24),
    # "Going to get me" when the carer is out, and the door locked.
    ("unsafe_home", (_GET_ME, _CARER_OUT, _LOCKED_IN), 24),
)

# --- set aside: the same words in a park, on a beach, in the kitchen and in a tent ---------------

_ITEM = "(ball|towel|frisbee|coat|keys|pillow|sandwich|jumper|hat|bag|snowball|teddy)"
SET_ASIDE: Final[dict[str, list[str]]] = {
    "domestic_abuse": [
        # A push on the swing; a towel thrown to her on the beach.
        f"{_HE} (pushes|pushed|push|pushing) {_SHE} on (the|a) (big |little )?(swing|swings|"
        "roundabout|sledge|tyre swing)",
        f"{_HE} (threw|throws|chucked|chucks) {_SHE} (a|the|her) ([a-z]+ )?{_ITEM}",
    ],
    "emotional_abuse": [
        # "A rubbish cook", a night in the garden when it was hot.
        "(says|calls me|tells me|said) (i am|im) a (rubbish|useless|terrible|bad|crap) (cook|"
        "driver|singer|dancer|golfer|player|speller|drawer|baker|gamer|swimmer)",
        "(let|lets|letting) (me|us) sleep in the (garden|garage|shed|tent|den|car|caravan|"
        "conservatory|living room)( den| tent)?(?!( [a-z]+){0,5} (angry|cross|mad|punishment|"
        "punished|naughty|bad|mood|locked|locks|lock)(?![a-z]))",
    ],
    "sexual_abuse": [
        # Into the room while the child slept, to turn off the telly or the light.
        "(came|comes|come|went|goes) (in|into) my room (while|when) (i was|i am) (asleep|"
        "sleeping) to (turn|switch) (of|off) (my|the) (telly|tv|light|lights|lamp|music|fan|"
        "phone|radio)",
    ],
}
SET_ASIDE["unsafe_home"] = SET_ASIDE["sexual_abuse"]
