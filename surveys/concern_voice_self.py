"""Self-harm in the voices at both ends of the age range: a small child's and a young adult's.

The thirteenth blind hand (``tests/corpora/thirteenth_hand``) wrote half of every file as a child
of four to eight and half as a care leaver or young adult. Neither says "suicide"; each says it
in the words their life has, and the rules before this module knew a teenager's words. These
shapes were missing, each read only beside its harmful part:

- a small child's wish to be dead, in a small child's words: to be with a grandparent "in the
  sky" or "in heaven", to be "an angel" or "a star with nanny", to go "where grandad is", beside
  a child's own means said as the child's own doing (I will jump out of my window, I will run in
  the road when the lorries come, I ate the white sweets from the bag, I drank the bleach, I put
  my head under the bath water); "dead" spelt as it sounds ("I want to be ded"); a talker's
  words ("ME. DEAD. WANT.", "WANT. DIE. ME.") beside the buttons pressed for a means (WINDOW,
  JUMP, ROAD);
- a young adult's loss (the flat or the room lost, an eviction, a job gone, a baby or a child
  taken or kept in care) beside a means made ready: sat or stood on the edge of a roof or on a
  bridge over a road or a railway for hours or every night, tablets saved up or put by, the fast
  train that does not stop picked out; or the same means beside an ending ("that's it", "I'm
  done", "nobody will notice", "I know which one", climbed over the railing, working up to it);
- a cord tied to a wardrobe, a loft hatch or a door to see if it holds the weight, and "next
  time I won't stop"; a ligature taken off the young person, and another made;
- letters or envelopes left for named people, a day named as "the day", and calls refused.

Left to the learned layer, as near to ordinary talk as to harm: a child hiding in the bushes
"where nobody finds me" by the river (hide and seek holds the same words). Fresh wordings,
written before the rules, are batches ra and rb of ``tests/corpora/adversarial.txt``; the
everyday sentences nearest them (a nativity angel, a star in the sky for a nan who died, road
safety, the fast train to work, a trainspotter on a bridge, a swing tied to a tree, letters for a
party) are the block "thirteenth hand voices, self" of ``tests/corpora/near_misses.txt``. Same
syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import WEEKDAYS

# --- a small child's wish and a small child's means ----------------------------------------------

# The people a small child longs to be with.
_KIN = ("(grandad|grandpa|granda|grandma|granny|gran|nanny|nana|nan|nain|taid|mummy|mum|mam|"
        "daddy|dad|baby [a-z]+|my (brother|sister|fish|dog|cat))")
# Being dead told as a small child tells it: up in the sky, in heaven, an angel, a star.
_SKY_WISH = ("((want|wana|wish|so i can|so i wil|i wil|going) (to )?(be|go|fly|live|stay)( up)? "
             f"(with {_KIN} )?(in|to|up to|up in) (the sky|heaven)|(be|go) where {_KIN} (is|are|"
             f"went)|(be|turn into) (a|an) (angel|star)( like [a-z]+( [a-z]+)?| with {_KIN}| in "
             "the sky)|be a star in the sky)")
# The child's own means, said as the child's own doing: never "mummy says never run in the road".
_CHILD_MEANS = ("((i|so i) (wil|can|am going to|am gona|want to|wana) (jump|go|run|walk|step) "
                "(out of|out|off|in|into|in front of) (my|the) (big )?(window|roof|balcony|road|"
                "cars|lorries|traffic|bridge|river|sea)|(i|i have) (ate|eated|eaten|swallowed|"
                "swalowed|drinked|drank|drunk|had) ([a-z]+ ){0,3}(tablets|pills|medicine|bleach|"
                "white sweets|sweets from)|(put|puted|held|hold|keep) my (head|face) under the "
                "(bath )?water)")
# A talker's words in its own order, and the buttons pressed for a means.
_TALKER_DEAD = "(me (dead|die|ded) want|want (dead|die|ded) me|me want (dead|die|ded))"
_TALKER_MEANS = ("(pressed|presses|press|pointed at|pointed up|points at) (the )?(window|jump|"
                 "road|car|cars|knife|tablets|stairs|bridge)")

# --- a young adult's loss, a means made ready, an ending -----------------------------------------

# A home, a job or a child lost: the adult life the hand's oldest voices tell.
_LOSS = ("((lost|losing|lose) (the|my) (flat|tenancy|room|place|house|job|baby|son|daughter|kids|"
         "children)(?! (key|keys|card|pass|badge|number|phone|book|fob))|(being|been|getting|got) "
         "evicted|eviction|(taking|took|taken|take|keeping|keep|kept) (the baby|my baby|my (son|"
         "daughter|kids|children|boy|girl)|[a-z]+( [a-z]+)?) (into|in) care|(they are|theyre|"
         "social services|social|the social)( are| is| have)? (keeping|taking|kept|took) my "
         "(son|daughter|baby|kids|children|boy|girl))")
# A high place over a road or a railway, sat or stood on, or its edge.
_ON_THE_EDGE = ("((sat|sitting|sit|stood|standing|stand) on (the )?(edge of (the|a) )?"
                "([a-z]+ ){0,2}(bridge|roof|ledge|railing|railings|parapet)( (over|above) the "
                "([a-z0-9]+ ){0,1}"
                "(motorway|road|ring road|railway|tracks|dual carriageway|bypass|a road|line))?)")
# How long, or how often, or at night: never a stop on a walk.
_DWELLING = ("(for (two|three|four|[0-9]+|a few|a couple of) hours|(most|every|all) (nights|"
             "night)|(most|all) of (tonight|last night)|last night|tonight|(most|every) night"
             "( this week)?)")
# Tablets saved up or put by.
_PILLS = ("(tablets|paracetamol|pills|sertraline|fluoxetine|citalopram|co codamol|codamol|"
          "painkillers|meds|medication)")
_PUT_BY = (f"({_PILLS}( [a-z]+){{0,6}} (saved|saved up|put by|put away|stashed|hidden)|"
           f"(a month|a week|weeks|months) of (my )?{_PILLS} (saved|saved up|put by|put away|"
           "stashed))")
# The fast train that does not stop, picked or timed.
_NON_STOP = ("((fast|express|non stop|nonstop)( [a-z]+){0,2}( that| which)? (dont|doesnt|do not|"
             "does not|wont|never) stop|(which|the) (express|fast one|fast train|fast ones)"
             "( [a-z]+)? (dont|doesnt|does not|do not) stop|fast (train|one|ones)( [a-z]+){0,10} "
             "the one that (dont|doesnt|does not|never) stops?)")
# What says it is the end: never "one more shift then that's it" alone, only beside a means.
_ENDING = ("(i am done(?! (waiting|with|for|at|in|eating|early|by|soon)(?![a-z]))|that "
           "is it|thats it|nothing left to lose|(nobody|no one) (wil|would) "
           "(notice|miss me|care)|(wil|wont|would not) miss me|not stopping next time|next time "
           "i (wont|will not|dont) stop|working up to it|not sure i (wont|will not)|i know which "
           "one(?! to (get|catch|take))|climbed over the (railing|railings|barrier|fence)|(not|"
           "wont|never) be (here|around) (after|by|on))")
# A cord tied up and tested.
_TIED_UP = ("(tied|tie|hung|hang|fixed|fastened) ([a-z]+ ){0,3}(up )?(in|to|from|on|round) (the|"
            "my) (wardrobe|loft hatch|banister|bannister|door|curtain rail|beam|light fitting|bunk)"
            "( [a-z]+){0,8} (hold|take) my weight")
# A ligature taken off the young person, or another made.
_LIGATURE = ("(ligature|ligatures)(?! (point|points|free|risk|risks|check|checks|cutter|cutters|"
             "proof|audit|training)(?![a-z]))")
_ON_ME = ("((off|from) (me|my neck)|round my neck|(made|make|making|tied|tie) (another|a new one|"
          "one|a new)|already made)")
# Letters left for named people, the day named, calls refused.
_LETTERS_FOR = ("(written|wrote|left|writing|done) (letters|envelopes|notes|cards)( [a-z]+){0,1} "
                "for (my|me) [a-z]+")
_THE_DAY = (f"(({WEEKDAYS}s|tomorrows|tonights|todays) the (day|night)|(its|it is) the day)"
            "(?! (we|i|of|for|when|that|before|after|to|out)(?![a-z]))")
_NO_CALLS = ("((dont|do not|please dont|no point) (try )?(ring|call|calling|ringing|text|texting|"
             "looking)|switch (it|my phone) off|sorry for everything)")

PHRASES: Final[dict[str, list[str]]] = {
    # "Dead" spelt as a small child hears it: a wish, never "ded tired" or "ded good".
    "self_harm": [
        "(want to|wana|wish i was|wish i were|wish i wuz|i want be) (be )?ded(?! (tired|good|funny|"
        "hard|easy|boring|cute|lucky|happy|scared|excited|jel|jealous|fast|slow|nice|bad|"
        "cool)(?![a-z]))",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A small child's sky or heaven beside the child's own means.
    ("self_harm", (_SKY_WISH, _CHILD_MEANS), 24),
    # A talker's "me dead want" and a means pressed.
    ("self_harm", (_TALKER_DEAD, _TALKER_MEANS), 14),
    # A young adult's loss beside a means made ready.
    ("self_harm", (_LOSS, _ON_THE_EDGE, _DWELLING), 26),
    ("self_harm", (_LOSS, _PUT_BY), 24),
    ("self_harm", (_LOSS, _NON_STOP), 26),
    # A means made ready beside an ending.
    ("self_harm", (_ON_THE_EDGE, _DWELLING, _ENDING), 26),
    ("self_harm", (_PUT_BY, _ENDING), 20),
    ("self_harm", (_NON_STOP, _ENDING), 20),
    ("self_harm", (_TIED_UP, _ENDING), 26),
    # A ligature taken off, another made.
    ("self_harm", (_LIGATURE, _ON_ME), 14),
    # Letters for named people, the day, no calls.
    ("self_harm", (_LETTERS_FOR, _THE_DAY, _NO_CALLS), 24),
)
