"""Trafficking and an unsafe home told as someone else's, or as a plan, by a ninth corpus's shapes.

The ninth hand's corpus (see ``surveys.concern_others``) tells trafficking and an unsafe home as
a friend's, a cousin's or a brother's, or as what is coming: a job with a room "next week", a
move to another town, men who know the new address, a door that will not lock tonight. What is
left under the shift is the trafficking indicators (Modern Slavery Act statutory guidance; the
NRM's indicators for children) and the signs of an unsafe placement:

- trafficking: a child cooking and cleaning for a family, unpaid and out of school, or for
  sixteen hours and never allowed out; papers kept by a relative and no money; an ID taken and
  made to work; a cannabis house locked; all the money to the boss where they sleep; made to work
  and sent to another town for nothing; the men who took or brought a child asking where they
  live now; moved from city to city not knowing where; juju put on a family "if I don't go work";
  a sister brought over to do it instead; a job with a room and a passport handed over or kept;
  wages taken for rent and food and the debt growing; work "until the debt finish";
- unsafe home: a broken lock and an older lad who says he is coming in; a knife waved at people;
  a drinker on a child's bed in the dark; money handed to a man "or he'll come down"; a grown-up
  who is not the carer moving in secretly; bleach put in a drink; a photo of the front door from
  an ex or from the family the child was kept from; a man walking in on a girl in
  the bath; a placement where a child went for them with a hammer; a window lock tried from
  outside; a knife left on a pillow; the men from the house where they were kept, waiting outside;
  night staff bringing men in and "its my turn".

Fresh wordings of each shape, written before the rules and measured at first sight, are batches
oe and of of ``tests/corpora/adversarial.txt``; the ordinary answers nearest them (a cousin who
helps at home, a car wash that pays, a passport for a holiday or a right-to-work check, a lock
being fixed, a chef's knife, a brother who walks in) are the block "not me, not now" of
``tests/corpora/near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_hedged_exploitation_trafficking import (
    _MADE_TO_WORK,
    _NO_PAY,
    _PAPERS,
    _WHERE_THEY_WORK,
)
from surveys.concern_others import YOUNG

_HOUSEWORK = ("(cooks and cleans|cook and clean|cooking and cleaning|does all the cleaning|do all "
              "the cleaning|(clean|cleans|cleaning) (his|her|their) (house|home|restaurant|shop)|"
              "looks after the babies|look after the babies)")
_OUT_OF_SCHOOL = ("((doesnt|dont|does not|not|never) (go|going) (to )?school|not allowed (to )?"
                  f"(go )?out|{YOUNG}|(is|she is|he is) 1[0-5])")
_TOOK_THE_CHILD = ("(man|men|woman|lady|people|lads|boys|guys) (who|that) (took|brought|trafficked|"
                   "moved|sold|kept) (me|her|him|us)")
_LOOKING_FOR = ("((asking|asked|asks)( [a-z]+){0,3} where (i|she|he) (am|is|live|lives|stay|"
                "stays)( now)?|found (me|my (insta|tiktok|number|address|snap|facebook))|knows "
                "where (i|she|he) (live|lives|is|am)|coming back for|looking for (me|her|him))")
_A_JOB_OFFERED = ("(offered|offer|offers|has|got|found) (me |her |him )?([a-z]+ ){0,2}(work|a job|"
                  "job|jobs)")
_PAPERS_HANDED = ("((give|hand|send) (her|him|them) my (passport|brp|id|papers|documents|brp card)|"
                  "(keeping|keeps|kept|holding|has|took) my (passport|brp|papers|id))")
_AWAY_WITH_IT = ("(flat|a room|with a room|flight|flights|abroad|germany|italy|contract|hotel|"
                 "london)")
_WEAPON = "(knife|knives|machete|blade|gun|hammer|bat|axe)"
_PHOTO_OF_DOOR = ("(pic|pics|picture|pictures|photo|photos|video|snap) of (my|our) (front )?(door|"
                  "window|house|flat|building)")
_FROM_THE_PAST = ("((my|her|his|mums|dads) (ex|exs)|(dads|mums|birth|his|her|old) family|the men"
                  "|ex)")

PHRASES: Final[dict[str, list[str]]] = {
    "trafficking": [
        # Work until the debt is done.
        "(work|working|works) (until|till|til) (the |my |his |their |our )?debt (finish|finished|"
        "is (paid|finished|gone|done)|paid|done)",
    ],
    "unsafe_home": [
        # Bleach or poison put in a drink.
        "(put|puts|putting|pour|pours|poured|slip|slips) (bleach|poison|rat poison|cleaner|washing "
        "up liquid|fairy liquid) (in|into) (my|his|her|your|our) (drink|food|tea|dinner|water|"
        "juice|coffee|cup|bottle)",
        # Went for a child with a hammer or a knife.
        "(went|goes|go|came|comes|come|going) (for|at) (me|you|him|her|us|them)( [a-z]+){0,2} "
        "with (a|the|his|her|their) (hammer|knife|machete|blade|bat|screwdriver|scissors|bottle|"
        "brick|axe)",
        # A knife left on a pillow or a bed.
        "(left|leaves|leave|put|puts) (a|the|his|their) (knife|blade|bullet|machete) (on|in|under) "
        "(my|the) (pillow|bed|doorstep)(?! by (mistake|accident))",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A child cooking and cleaning for a family, unpaid and out of school.
    ("trafficking", (_HOUSEWORK, _NO_PAY, _OUT_OF_SCHOOL), 26),
    # Sixteen hours of cooking and cleaning, and never allowed out.
    ("trafficking", ("(cook|cooks|clean|cleans|cooking|cleaning|work|works|working)( [a-z]+){0,5} "
                     "([0-9]+|twelve|fifteen|sixteen|eighteen) hours",
                     "(not allowed|never allowed|cant|cannot) (to )?(go )?(out|outside|leave)"),
     16),
    # Papers kept, and no money.
    ("trafficking", (_PAPERS, "(?<!i )(?<!we )(keeps|kept|keeping|took|takes|has|holds)", _NO_PAY),
     25),
    # An ID taken, and made to work.
    ("trafficking", ("(took|take|takes|taken|keep|keeps|kept|has) (her|his|my|their|your)"
                     "( [a-z]+)? (id|passport|papers|documents|brp)",
                     "((make|makes|made|making) (her|him|me|them|us) work|(work|works|working) "
                     "(nights|every night))"), 18),
    # A cannabis house, locked, or a move to come.
    ("trafficking", ("(cannabis|weed|grow) (house|farm|factory)",
                     "((men|man|they|boss) (lock|locks|locked)|lock (him|her|them|me) in|locked in|"
                     "move (him|her)|moving (him|her)|cant leave|hidden phone|secret phone|not "
                     "allowed out)"), 20),
    # All the money to the boss, where they sleep and work.
    ("trafficking", (_WHERE_THEY_WORK, "all (the )?(money|wages|pay) (go|goes|went) to (the )?"
                     "(boss|him|them|man)"), 22),
    # Made to work and sent to another town for nothing.
    ("trafficking", (_MADE_TO_WORK, "((get|gets|got|getting) nothing|no money)",
                     "(send|sends|sent|sending) (her|him|me|them) to"), 30),
    # The men who took or brought a child, asking where they live now.
    ("trafficking", (_TOOK_THE_CHILD, _LOOKING_FOR), 24),
    # Moved from city to city, not knowing where.
    ("trafficking", ("((was|were|got|been|being) (moved|taken|driven|sent)|(moved|took|drove|sent) "
                     "(me|her|him|us|them)) ([a-z]+ ){0,5}(from|to) [a-z]+ to [a-z]+ to [a-z]+",
                     "((didnt|did not|doesnt|does not) know where (she|he|i|they) (was|were|is|am)"
                     "|coming back for)"), 20),
    # Juju on a family if a child does not go to work.
    ("trafficking", ("(juju|voodoo|a curse|black magic|the oath)",
                     "if (i|she|he) (dont|do not|wont|refuse|stop|run|tell)",
                     "(go work|go to work|work (at|in|for)|brought me|bring me)"), 22),
    # A sister brought over to do it instead.
    ("trafficking", ("(bring|fetch|get) (my|her|his) ([a-z]+ )?(sister|brother|cousin|sisters|"
                     "brothers) (over|here)",
                     "(make (her|him|them) (do it|work)|do it instead|work instead)"), 18),
    # A job with a room, and a passport handed over or kept.
    ("trafficking", (_A_JOB_OFFERED, _PAPERS_HANDED, _AWAY_WITH_IT), 24),
    # Wages taken for rent and food, and the debt growing.
    ("trafficking", ("(take|takes|took|keep|keeps) my (wage|wages|pay|money) for (rent|food|"
                     "transport|the van|bed|travel)",
                     "(owe more|every week i owe|debt|cant pay (it )?off)"), 20),
    # A broken lock and an older lad who says he is coming in.
    ("unsafe_home", ("((lock|locks)( [a-z]+){0,4} (broke|broken|bust|busted|doesnt work|dont work|"
                     "not working)|no lock)",
                     "(says|said|say) (he is|he will|she is|they are|they will)( going to)? "
                     "(coming|come|be coming) in(?! to (fix|sort|mend|check|look))",
                     "(big|older) (boy|lad|kid|girl|one|lads|boys)"), 20),
    # A knife waved at people.
    ("unsafe_home", (_WEAPON, "(waves|waved|waving|points|pointed|pointing|swings|swinging) (it|"
                     "them|the [a-z]+|a [a-z]+|his [a-z]+|her [a-z]+)( around)? at (people|us|me|"
                     "her|him|mum|everyone|them|anyone)"), 18),
    # A drinker on a child's bed in the dark.
    ("unsafe_home", ("(sits|sat|sitting|lies|lay|lying|gets) (on|in) my bed",
                     "((smells|stinks|smelling|stinking) of (drink|beer|booze|alcohol)|drunk|"
                     "pissed|when (i am|im) asleep)",
                     "(friend|mate|man|boyfriend|lodger|uncle|fella|bloke)"), 22),
    # Money handed to a man, or he will come down.
    ("unsafe_home", ("(give|hand|pay) (the man|him|them|her|the [a-z]+ (upstairs|downstairs|next "
                     "door)) (my|our) (dinner money|money|food|dinner|phone)",
                     "or (he|she|they) (will|would|is going to|gonna)( [a-z]+){0,2} (come|hurt|get|"
                     "do)"), 18),
    # A grown-up who is not the carer, moving in secretly.
    ("unsafe_home", ("(not|isnt|is not) (my|your|a|our) (carer|foster carer|staff)",
                     "(live|living|lives|moving in|moving into|move in|staying|stays)",
                     "((?<!no )secret|secretly|not say|not tell|dont tell|mustnt say|keep it "
                     "quiet)"), 22),
    # A photo of the front door from an ex or the family a child was kept from.
    ("unsafe_home", (_PHOTO_OF_DOOR, _FROM_THE_PAST), 24),
    # A man walking in on a girl in the bath.
    ("unsafe_home", ("(walks|walked|walking|comes|came|barges|barged|keeps walking|keeps "
                     "coming) in on (her|me|him|my [a-z]+)( [a-z]+){0,5} (bath|shower|toilet|"
                     "getting changed|getting dressed|changing)",
                     "(boyfriend|fella|partner|man|lodger|uncle|step dad|stepdad|grandad|carer|"
                     "foster dad|carers son|his mate)"), 20),
    # A man from an old placement turning up outside the new one.
    ("unsafe_home", ("(started|starting|keeps|kept|been|now) (turning up|hanging around|waiting|"
                     "showing up)( round)? (outside|at|near|by) (my|the) (new )?(placement|home|"
                     "house|flat|school|hostel|one|college)",
                     "(used to|old placement|from my old|last placement|old home)",
                     "(man|bloke|guy|he|lad|lads|men)"), 24),
    # A window lock tried from outside, and underwear gone.
    ("unsafe_home", ("((messing|fiddling|playing|trying|tried|tries|messed)( with)? (the )?lock on "
                     "(my|the) ([a-z]+ )?(window|door)|(my|the) (window|door) (lock|handle))",
                     "(from outside|came back|underwear|knickers|pants|bras)"), 20),
    # The men from the house where they kept a child, outside now.
    ("unsafe_home", ("(men|man|people|ones|lads|woman) from the (house|place|flat) (where|that) "
                     "(they )?(kept|keep|held|hold|locked) (me|us|her|him)",
                     "(know|knows|found|wait|waiting|outside|address|watch|look at)"), 24),
    # Night staff bringing men in, and "its my turn".
    ("sexual_exploitation", ("(let|lets|letting|bring|brings|brought|bringing) (men|blokes|older "
                             "men|guys|lads) in",
                             "((take|takes|took|taking) the girls|(its|it is) my turn|girls "
                             "(rooms|upstairs))"), 22),
)
