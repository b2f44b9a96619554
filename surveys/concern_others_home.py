"""Trafficking and an unsafe home told as someone else's, or as a plan, by a ninth corpus's shapes.

The ninth hand's corpus (see ``surveys.concern_others``) tells trafficking and an unsafe home as
a friend's, a cousin's or a brother's, or as what is coming: a job with a room "next week", a
move to another town, men who know the new address, a door that will not lock tonight. What is
left under the shift is the trafficking indicators (Modern Slavery Act statutory guidance; the
NRM's indicators for children) and the signs of an unsafe placement:

- trafficking: a child cooking and cleaning for a family, unpaid and kept out of school, or for
  sixteen hours and never allowed out; papers kept by a relative or a boss (not a carer or a
  parent) and no money; an ID taken (not to check an age) and made to work; a cannabis house
  locked; all the money to the boss where they sleep; made to work and sent on to another's for
  nothing; the men who took or brought a child asking their friends where they live now, or
  finding them online; moved by men from city to city not knowing where; juju put on a family
  "if I don't go work"; a threat to bring a sister over to do the work instead; a job offered to
  the child and a passport handed over or kept; wages taken for rent and food and the debt
  growing; work "until the debt finish";
- unsafe home: a broken lock on the child's own door and an older lad who says he is coming in;
  a knife waved at people; a drinker on a child's bed in the dark; money handed to a man "or
  he'll come down"; a grown-up who is not the carer moving in secretly; bleach put in a drink;
  a photo of the front door from an ex or from the family the child was kept from, who know the
  address; a man walking in on a girl in the bath; a placement where a child went for them with a
  hammer; a window lock tried from outside by someone; a knife left on a pillow, or on the bed
  with a note; the men from the house where they were kept, waiting outside; night staff
  bringing men in and taking the girls.

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
)

_HOUSEWORK = ("(cooks and cleans|cook and clean|cooking and cleaning|does all the cleaning|do all "
              "the cleaning|(clean|cleans|cleaning) (his|her|their) (house|home|restaurant|shop)|"
              "looks after the babies|look after the babies)")
# Kept out of school or in: an age alone is a child doing chores at home.
_OUT_OF_SCHOOL = ("((doesnt|dont|does not|not|never) (go|going) (to )?school(?! on (mondays|"
                  "tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))|not allowed (to )?"
                  "(go )?out)")
_TOOK_THE_CHILD = ("(man|men|woman|lady|people|lads|boys|guys) (who|that) (took|brought|trafficked|"
                   "moved|sold|kept) (me|her|him|us)")
# Seeking the child out through friends, or finding them online; not a worker who asks the
# carer where to post the school books, nor "coming back for me on Friday" (a social worker
# who brought a child to a placement says that; a safeguarding lead would ask, not ring 999).
_LOOKING_FOR = ("((asking|asked|asks|texted|messaged|messaging|texting) (my|his|her|your) (friend|"
                "friends|mate|mates|cousin|cousins|family|sister|brother)( asking)? where (i|she|"
                "he) "
                "(am|is|live|lives|stay|stays)( now)?|found (me|my (insta|tiktok|number|address|"
                "snap|"
                "facebook))|knows where (i|she|he) (live|lives|is|am)|looking for (me|her|him))")
# A job offered to the child ("grandad got a job at the hotel" is grandad's).
_A_JOB_OFFERED = ("((offered|offer|offers) (me|her|him) ([a-z]+ ){0,2}(work|a job|job|jobs)|(has|"
                  "got|found|have) (a job|work|jobs)( [a-z]+){0,2} for (me|her|him))")
# Handed over or kept, not shown or copied for a right-to-work check.
_PAPERS_HANDED = ("((give|hand) (her|him|them) my (passport|brp|id|papers|documents|brp card)|"
                  "(keeping|keeps|kept|holding|has|took) my (passport|brp|papers|id))(?! (to|for) "
                  "(the |a )?(right to work|check|checks|photocopy|copy|scan|id check|"
                  "application)(?![a-z]))")
_AWAY_WITH_IT = ("(flat|a room|with a room|flight|flights|abroad|germany|italy|contract|hotel|"
                 "london)")
_WEAPON = "(knife|knives|machete|blade|gun|hammer|bat|axe)"
_PHOTO_OF_DOOR = ("(pic|pics|picture|pictures|photo|photos|video|snap) of (my|our) (front )?(door|"
                  "window|house|flat|building)")
# And they know where: an address given away or found.
_THEY_KNOW = "(address|knows|know where|found (me|where|my))"
# A man who walks in on a child washing or dressing, and not by accident.
_A_MAN = ("(boyfriend|fella|partner|man|lodger|uncle|step dad|stepdad|grandad|carer|foster dad|"
          "carers son|his mate)")
_WALKS_IN_ON = ("(walks|walked|walking|comes|came|barges|barged|keeps walking|keeps coming) in on "
                "(her|me|him|my [a-z]+)( [a-z]+){0,5} (bath|shower|toilet|getting changed|getting "
                "dressed|changing)(?!( [a-z]+){0,5} (by accident|by mistake|accidentally)"
                "(?![a-z]))")
_FROM_THE_PAST = ("((my|her|his|mums|dads) (ex|exs)|(dads|mums|birth|his|her|old) family|the men"
                  "|ex)")

PHRASES: Final[dict[str, list[str]]] = {
    "trafficking": [
        # Work until the debt is done: their debt, not a loan on the car or a broken phone.
        "(work|working|works) (until|till|til) (the |my |his |their |our )?debt (finish|finished|"
        "is (paid|finished|gone|done)|paid|done)(?!( off)? (on|for) (the|a|our|his|her|my) )",
    ],
    "unsafe_home": [
        # Bleach or poison put in a drink, not in a bottle to wash it.
        "(put|puts|putting|pour|pours|poured|slip|slips) (bleach|poison|rat poison|cleaner|washing "
        "up liquid|fairy liquid) (in|into) (my|his|her|your|our) (drink|food|tea|dinner|water|"
        "juice|coffee|cup|bottle)(?! (bottle|bottles|cup|flask|jug))(?!( [a-z]+){0,3} to (wash|"
        "clean|rinse|sterilise|soak)(?![a-z]))",
        # Went for a child with a hammer or a knife ("came for us at school with a bottle of
        # squash" is nan collecting; "came at me with the scissors" a barber).
        "(went|goes|go|going|gone) (for|at) (me|you|him|her|us|them)( [a-z]+){0,2} "
        "with (a|the|his|her|their) (hammer|knife|machete|blade|bat|screwdriver|scissors|bottle|"
        "brick|axe)(?! of)",
        # A knife left on a pillow or a doorstep (on a bed it is a clause: a knife from making
        # toast or cutting tags off is left on a bed too).
        "(left|leaves|leave|put|puts) (a|the|his|their) (knife|blade|bullet|machete) (on|in|under) "
        "(my|the) (pillow|doorstep)(?! by (mistake|accident))",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A child cooking and cleaning for a family, unpaid and out of school.
    ("trafficking", (_HOUSEWORK, _NO_PAY, _OUT_OF_SCHOOL), 26),
    # Sixteen hours of cooking and cleaning, and never allowed out.
    # (Twelve hours is a shift; "so I can't go out" is the child, not the worker.)
    ("trafficking", ("(cook|cooks|clean|cleans|cooking|cleaning|work|works|working)( [a-z]+){0,5} "
                     "(1[4-9]|2[0-4]|fourteen|fifteen|sixteen|seventeen|eighteen|twenty) hours",
                     "(not allowed|never allowed) (to )?(go )?(out|outside|leave)"),
     16),
    # Papers kept, and no money: kept by someone other than the child's carer or parent (a
    # carer who keeps a passport in the safe is keeping it safe).
    ("trafficking", (_PAPERS, "(?<!i )(?<!we )(?<!carer )(?<!carers )(?<!mum )(?<!mam )(?<!dad )"
                     "(?<!parents )(?<!worker )(keeps|kept|keeping|took|takes|has|holds)"
                     "(?! (my|our|the) (passport|passports|papers|documents|id)( [a-z]+)? (in|at) "
                     "(the|a) (safe|drawer|cupboard|box|file))", _NO_PAY), 25),
    # An ID taken, and made to work.
    # (Not an ID taken "to check my age", nor a carer who "works nights" at the hospital.)
    ("trafficking", ("(took|take|takes|taken|keep|keeps|kept|has) (her|his|my|their|your)"
                     "( [a-z]+)? (id|passport|papers|documents|brp)(?! (to|for) (check|copy|"
                     "photocopy|scan|see|show|verify|a check|the check|a copy|a photocopy)"
                     "(?![a-z]))",
                     "(make|makes|made|making) (her|him|me|them|us) work"), 18),
    # A cannabis house, locked, or a move to come.
    ("trafficking", ("(cannabis|weed|grow) (house|farm|factory)(?!( [a-z]+){0,3} (in|on) (the )?"
                     "(film|news|documentary|citizenship|telly|tv)(?![a-z]))",
                     "((men|man|they|boss) (lock|locks|locked)|lock (him|her|them|me) in|"
                     "move (him|her)|moving (him|her)|cant leave|hidden phone|secret phone|not "
                     "allowed out)"), 20),
    # All the money to the boss, where they sleep (where they only work, that is a job).
    ("trafficking", ("(sleep|sleeps|sleeping|slept) (in the back|at the (shop|restaurant|work|"
                     "salon|car wash)|on the (floor|kitchen floor)|in the (shop|kitchen|salon|"
                     "restaurant))", "all (the )?(money|wages|pay) (go|goes|went) to (the )?"
                     "(boss|him|them|man)"), 22),
    # Made to work and sent to another's to work, for nothing ("work on my homework" is
    # school, "sends me to nan's" a visit).
    ("trafficking", (_MADE_TO_WORK, "((get|gets|got|getting) nothing|no money)",
                     "(send|sends|sent|sending) (her|him|me|them) to (his|her|their|the|another) "
                     "([a-z]+ )?(brother|brothers|uncle|uncles|cousin|cousins|friend|friends|mate|"
                     "mates|boss|aunty|auntie|family|city|town|house|shop)"), 30),
    # The men who took or brought a child, asking where they live now.
    ("trafficking", (_TOOK_THE_CHILD, _LOOKING_FOR), 24),
    # Moved from city to city, not knowing where.
    # By men or lads, not on a school trip or a band's tour.
    ("trafficking", ("(from|to) [a-z]+ to [a-z]+ to [a-z]+",
                     "((was|were|got|been|being) (moved|taken|driven|sent)|(moved|took|drove|sent) "
                     "(me|her|him|us|them))",
                     "((didnt|did not|doesnt|does not) know where (she|he|i|they) (was|were|is|am)"
                     "|coming back for)",
                     "(by|with) (some|these|the|two|three|a|his|her) ([a-z]+ )?(men|man|lads|guys|"
                     "people|gang|woman|women|boys)(?! in the band)"), 20),
    # Juju on a family if a child does not go to work.
    # (Put on a family: a charm for luck, or a story in English, is not a threat.)
    ("trafficking", ("(juju|voodoo|a curse|black magic|the oath)( [a-z]+){0,2} on (my|your|our|her|"
                     "his|their) (family|mum|mam|mother|dad|father|brother|sister|people|kids|"
                     "children|parents)",
                     "if (i|she|he) (dont|do not|wont|refuse|stop|run|tell)",
                     "(go work|go to work|work (at|in|for)|brought me|bring me)"), 22),
    # A sister brought over to do it instead.
    # Their threat about the work, not the child's plan ("I'll get my little sister over")
    # nor a mother's over tidying.
    ("trafficking", ("(they|he|she|them) (will|wil|would|going to|gonna|said|say|says) (bring|"
                     "fetch|"
                     "get) (my|her|his) ([a-z]+ )?(sister|brother|cousin|sisters|brothers) (over|"
                     "here)",
                     "(make (her|him|them) (do it|work)|do it instead|work instead)",
                     "(police|the work|working|the job)"), 18),
    # A job with a room, and a passport handed over or kept.
    ("trafficking", (_A_JOB_OFFERED, _PAPERS_HANDED, _AWAY_WITH_IT), 24),
    # Wages taken for rent and food, and the debt growing.
    # The debt growing, not a mum's credit card paid off with board money.
    ("trafficking", ("(take|takes|took|keep|keeps) my (wage|wages|pay|money) for (rent|food|"
                     "transport|the van|bed|travel)",
                     "(owe more|every week i owe|debt (goes|keeps|getting|is getting|gets) (up|"
                     "bigger)|cant pay (it )?off)"), 20),
    # A broken lock and an older lad who says he is coming in.
    # The lock on the child's own door or room, and coming in with no errand ("coming in to
    # get the footballs" from a shed).
    ("unsafe_home", ("((my|bedroom|room|door) (lock|locks)( [a-z]+){0,5} (broke|broken|bust|busted|"
                     "doesnt work|dont work|not working)|(lock|locks) on my( [a-z]+){0,2} (is |"
                     "are )?(broke|"
                     "broken|bust|busted|not working)|no lock on my)",
                     "(says|said|say) (he is|he will|she is|they are|they will)( going to)? "
                     "(coming|come|be coming) in(?! (to|for|and) )",
                     "(big|older) (boy|lad|kid|girl|one|lads|boys)"), 20),
    # A knife waved at people.
    # (Not a bat in rounders.)
    ("unsafe_home", (_WEAPON, "(waves|waved|waving|points|pointed|pointing|swings|swinging) (it|"
                     "them|the [a-z]+|a [a-z]+|his [a-z]+|her [a-z]+)( around)? at (people|us|me|"
                     "her|him|mum|everyone|them|anyone)(?!( [a-z]+){0,3} (in|at|during) (rounders|"
                     "cricket|baseball|pe|the game|practice|training|the match)(?![a-z]))"), 18),
    # A knife left on the bed with a note.
    ("unsafe_home", ("(left|leaves|leave|put|puts) (a|the|his|their) (knife|blade|bullet|machete) "
                     "(on|in|under) my bed", "(note|message|saying|warning)"), 14),
    # A drinker on a child's bed in the dark.
    ("unsafe_home", ("(sits|sat|sitting|lies|lay|lying|gets) (on|in) my bed",
                     # Drink, not a cat while the child is asleep.
                     "((smells|stinks|smelling|stinking) of (drink|beer|booze|alcohol)|(?<!never )"
                     "(drunk|pissed))",
                     "(friend|mate|man|boyfriend|lodger|uncle|fella|bloke)"), 22),
    # Money handed to a man, or he will come down.
    # (A mother's "give her my phone or she will come up and take it" is bedtime.)
    ("unsafe_home", ("(give|hand|pay) (the man|him|them|the [a-z]+ (upstairs|downstairs|next "
                     "door)) (my|our) (dinner money|money|food|dinner|phone)",
                     "or (he|they) (will|would|is going to|gonna|wil)( [a-z]+){0,2} (come (down|"
                     "round|up|after)|hurt|batter|beat|smash|get (me|you|us)|do (me|you|us))"), 18),
    # A grown-up who is not the carer, moving in secretly.
    ("unsafe_home", ("(not|isnt|is not) (my|your|a|our) (carer|foster carer|staff)",
                     "(live|living|lives|moving in|moving into|move in|staying|stays)",
                     "((?<!no )(?<!party is a )(?<!surprise is a )(?<!present is a )secret|"
                     "secretly|not say|not tell|dont tell|mustnt say|keep it "
                     "quiet)(?!( [a-z]+){0,4} (surprise|present|party)(?![a-z]))"), 22),
    # A photo of the front door from an ex or the family a child was kept from.
    ("unsafe_home", (_PHOTO_OF_DOOR, _FROM_THE_PAST, _THEY_KNOW), 24),
    # A man walking in on a girl in the bath.
    # The man is the one who walks in (a little brother walking in, told off by the carer,
    # is not), and not by accident.
    ("unsafe_home", (f"{_A_MAN}( always| keeps| just)? {_WALKS_IN_ON}",), 20),
    ("unsafe_home", (f"he( always| keeps| just)? {_WALKS_IN_ON}", _A_MAN), 20),
    # A man from an old placement turning up outside the new one.
    ("unsafe_home", ("(started|starting|keeps|kept|been|now) (turning up|hanging around|waiting|"
                     "showing up)( round)? (outside|near|by) (my|the) (new )?(placement|home|"
                     "house|flat|school|hostel|one|college)",
                     "(used to|old placement|from my old|last placement|old home)",
                     "(man|bloke|guy|he|lad|lads|men)"), 24),
    # A window lock tried from outside, and underwear gone.
    # Someone at a window lock (a door handle mended by the landlord, dad at a stuck window).
    ("unsafe_home", ("(someone|somebody|some one|a man|some man|a guy|some guy|they|he|people)( "
                     "keeps| kept| is| was| has been| been| keep)? (messing|fiddling|playing|"
                     "trying|"
                     "tried|tries|messed)( with)? (the )?lock on (my|the) ([a-z]+ )?window",
                     "(from outside|underwear|knickers|pants|bras)"), 20),
    # The men from the house where they kept a child, outside now.
    ("unsafe_home", ("(men|man|people|ones|lads|woman) from the (house|place|flat) (where|that) "
                     "(they )?(kept|keep|held|hold|locked) (me|us|her|him)(?! (safe|when i first|"
                     "on (camp|respite)|for respite)(?![a-z]))",
                     "(know|knows|found|wait|waiting|outside|address|watch|look at)"), 24),
    # Night staff bringing men in, and "its my turn".
    # ("Its my turn next" alone is a game of pool.)
    ("sexual_exploitation", ("(let|lets|letting|bring|brings|brought|bringing) (men|blokes|older "
                             "men|guys|lads) in(?! to (fix|mend|repair|check|deliver|play|do)"
                             "(?![a-z]))",
                             "((take|takes|took|taking) the girls|girls (rooms|upstairs))"), 22),
)
