"""An unsafe home, and disclosures split over messages, as the fifth hand showed them.

The fifth hand's corpus (``tests/corpora/fifth_hand``) answers the survey's own questions, and
where a child lives is often told by what they do about it, not by who does what to them. The
shapes it showed missing, written from Working Together to Safeguard Children and the
guidance on supported accommodation for 16 and 17 year olds:

- a carer buying or selling little bags at the door at night;
- a carer watching what the child types × "I can't say" or "come and see me on my own";
- a door handle tried or a door banged on at night, someone who "knows I'm in";
- sleeping dressed "just in case", or safer sleeping anywhere but the placement;
- strangers or grown men let in at night, through a fire door, a gang at the window;
- drugs, needles or crack where the child lives; a neighbour dealing from the child's flat;
- a man drunk at the child's bedroom door, half dressed, the child afraid to sleep.

Split messages (``tests/corpora/fifth_hand/split.txt``) showed four more, each written so that
it also holds in one message: tablets saved or ready × not being here for the review; a phone
answered × things taken where he says; a high place × everything sorted × "don't come to find
me"; a marriage to someone never met × not wanting it; a man coming into the bathroom × taking
pictures (in Welsh as in English).

``PHRASES`` and ``CLAUSES`` are in the syntax of ``surveys.concern_frames`` and
``surveys.concern_clauses``. Fresh wordings of each home shape are batch w in
``tests/corpora/adversarial.txt`` (first sight, rules alone, urgent: 6/18), and of each split
shape in ``tests/surveys/test_concern_embedded.py``; the ordinary answers nearest each (a
brother at the door in the morning, a camping trip, a nurse's needles, tablets kept by the
sink) are in ``near_misses.txt`` (the block "embedded exploitation, practices and home"), and
the split shapes' ordinary twins beside them in the test.
"""

from __future__ import annotations

from typing import Final

# --- an unsafe home ---------------------------------------------------------------------------

_LITTLE_BAGS = ("((little|small|tiny) (bags|bag)(?! of (sweets|crisps|haribo|popcorn|chocolate|"
                "flour|sugar|rice|sand|glitter))|baggies|wraps)")
_A_CARER = ("(carer|carers|foster (dad|mum|carer|parents)|my mum|my dad|my mam|staff|my nan)")
_PAID_AT_THE_DOOR = "(money|cash|pays|paid|gives them|swap|swaps)"
_WATCHED_TYPING = ("((sat|sitting|sits) (right )?(next to|beside|here) (me|reading)|reading over "
                   "my shoulder|over my shoulder|watching me (type|write)|reading what i (type|"
                   "write|put)|(show|shows) (her|him|them) what i (put|type|write)|watching what "
                   "i (type|write)|(hes|shes|is) watching me (write|type))")
_CANT_TELL = ("(cant say (much|anything|it)|cannot say|its not( fine| good| ok| all good)?|not "
              "fine|see me (on my own|alone|by myself)|(have|got) to (say|put) (its|everything "
              "is|everythings|im) (all )?(good|fine|ok))")
_DOOR_TRIED = ("((try|tries|trying|tried|turn|turns|turning|turned|rattle|rattles|rattling) (my|"
               "the) (bedroom )?(door|door handle|handle)|(open|opening) my (bedroom )?door|"
               "(bang|bangs|banging|banged|knocking|kicking) on my (bedroom )?door)")
_AT_NIGHT = ("(at night|in the night|middle of the (nite|night)|every night|[1-5] ?am|at ([1-5]|"
             "one|to|two|three|four|five) in the morning|knows im in|knows i am in)")
_WHO_TRIES = ("(someone|somebody|a man|men|the lad|a lad|a boy|the man|he|they|people|one of "
              "them|staff)")
_SLEEP_DRESSED = ("(sleep|sleeping|go to bed|slept|sleeps) (in|with) (my )?(clothes|shoes|"
                  "trainers|hoodie|jeans|coat|boots)( and [a-z]+)?( on)?")
_IN_CASE = ("(just in case(?! it| we| its| the| of)|in case i (need|have) to (run|get out|"
            "leave)|ready to run)")
_MEN_IN = ("(men|strangers|people i dont know|grown men|randoms|men i dont know|(a|the) gang "
           "(after|looking for))")
_HOW_IN = ("(fire door|fire exit|back door|window|windows|let (men|strangers|them|people) in|"
           "into the (unit|house|home)|in the unit|get in)")
_NIGHT_OR_BLADE = ("(night|nite|knife|blade|machete|staff (never|dont|didnt|do not))")
_HARD_DRUGS = ("(drugs(?! (awareness|education|talk|lesson|lessons|test|dog|dogs))|needle(?! and)|"
               "needles(?! and)|syringe|syringes|crack|spice|heroin)")
_WHERE_I_LIVE = ("(hostel|unit|the home|placement|lounge|kitchen|bathroom|shower|toilets|"
                 "supported|lodgings|lodging|semi indy)")
_LEFT_ABOUT = ("(smoke|smoking|leave|leaving|left|bring|brings|bringing|everywhere|staff (dont|"
               "do not|never))")
_AT_MY_BEDROOM = "(come|comes|came|coming) (in|into|to) my (room|bedroom)"
_MAN_UNDRESSED = ("(drunk|drinks|drinking|drink|no shirt|top off|shirt off|naked|in his (boxers|"
                  "pants)|afraid to sleep|scared to sleep)")

# --- split over messages ----------------------------------------------------------------------

_PILLS = "(tablets|pills|meds|paracetamol|painkillers)"
_PILLS_READY = (f"({_PILLS} (are |all )?(ready|saved|saved up|stashed|sorted|hidden)|(saving|saved|"
                f"stashing|stashed|hiding|hid) (up )?(my |the |some )?{_PILLS})")
_NOT_HERE = ("((wont|will not|wont be|not) (be )?(here|around|at) (for|at|after)|dont think ill "
             "be (at|here|around))")
_ANSWER_IT = "((answer|pick up) (it )?)?(when|wen|whenever) it (rings|goes|goes off)"
_TAKE_WHERE = ("(take|bring|drop|carry|deliver) (things|stuff|it|bags|packages|parcels) (where|"
               "wherever|to where) (he|they|she) (says|say|tells|tell|wants)")
_HIGH_PLACE = "(bridge|tracks|railway|cliff|roof|car park|river|edge|viaduct|quarry)"
_SORTED = ("((everything|it all|all my stuff|my stuff|my things|my affairs)( is| are)?( all)? "
           "(sorted|ready|in order)|sorted (out )?(everything|it all|all my stuff)( out)?)")
_DONT_FIND_ME = ("(dont (bother )?(come|coming|try|trying) (to )?(find|look for) me|wont (be|see) "
                 "me again|(you )?wont find me)")
_NEVER_MET_HIM = ("(to|im|i am|have to|must|will) (marry|marrying|be married to|get married to) "
                  "(someone|a man|a guy|a boy|a stranger|a person|somebody|him) (ive|i have|i|"
                  "that i|who i|i had) never (met|seen)")
_AGAINST_MY_WILL = ("((dont|do not|dont really) (want|wanna)( to)?(?! (be a|be the|wear|go to "
                    "the))|make me|making me|forcing me|have to)")
_INTO_BATHROOM = ("(dod|comes|come|coming|walks|walking|yn dod) (i|ir|in|into|to) (the |y )?"
                  "(stafell ymolchi|ystafell ymolchi|bathroom)")
_PICTURES_OF_ME = ("(tynnu lluniau|lluniau ohona|(take|takes|taking|took) (pictures|photos|pics|"
                   "videos) of me|(films|filming|filmed) me)")

PHRASES: Final[dict[str, list[str]]] = {
    "unsafe_home": [
        "(safer|safe) (sleeping|to sleep|sleep) (on|in|at) (the )?(bus|street|streets|park|car|"
        "stairwell|outside|night bus)",
        "(rather|prefer to) sleep (on|in|at) (the )?(bus|street|streets|park|night bus) than (at|"
        "in) (the|my) (unit|placement|home|house|carers|hostel|flat)",
        # A neighbour or someone else dealing from the child's own flat ("cuckooing").
        "(deal|deals|dealing|dealt) (drugs |weed |crack )?(from|out of) (my|our) (flat|house|"
        "place|kitchen|room|home)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("unsafe_home", (_LITTLE_BAGS, _A_CARER, _PAID_AT_THE_DOOR), 16),
    ("unsafe_home", ("(deal|deals|dealing|dealt) (drugs |weed |crack )?(from|out of) (it|there)",
                     "(my|our) (flat|house|place|room|home)"), 14),
    ("unsafe_home", (_WATCHED_TYPING, _CANT_TELL), 18),
    ("unsafe_home", (_DOOR_TRIED, _AT_NIGHT, _WHO_TRIES), 16),
    ("unsafe_home", (_SLEEP_DRESSED, _IN_CASE), 14),
    ("unsafe_home", (_MEN_IN, _HOW_IN, _NIGHT_OR_BLADE), 16),
    ("unsafe_home", (_HARD_DRUGS, _WHERE_I_LIVE, _LEFT_ABOUT), 16),
    ("unsafe_home", (_AT_MY_BEDROOM, _MAN_UNDRESSED), 20),
    ("self_harm", (_PILLS_READY, _NOT_HERE), 20),
    ("exploitation", (_ANSWER_IT, _TAKE_WHERE), 16),
    ("self_harm", (_DONT_FIND_ME, _HIGH_PLACE, _SORTED), 22),
    ("harmful_practices", (_NEVER_MET_HIM, _AGAINST_MY_WILL), 18),
    ("sexual_abuse", (_INTO_BATHROOM, _PICTURES_OF_ME), 20),
)
