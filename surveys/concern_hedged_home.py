"""Neglect and domestic abuse as a child unsure it "counts" tells them.

The sixth hand's corpus (``tests/corpora/sixth_hand``) says each disclosure played down, asked
as a question ("is it normal that"), or told as a friend's. Stripped of the hedge, what is left
is the state of things at home, and the rules before this module missed these structures
(Working Together to Safeguard Children's signs of neglect; the Domestic Abuse Act 2021's
statutory guidance, which counts a child who sees or hears it as a victim):

- neglect: a carer away from one day to another while the child minds the little ones, nobody
  home since a named day; an ailment and a carer who will not take them to the doctor or
  dentist, or who calls it a fuss while it goes on for weeks; the same nappy all day; animal
  mess all over the floor; the same clothes for weeks with nothing washed; school food the
  only food they get, no dinner again and food off the floor, nothing in the fridge since a
  named day, nobody cooking any more; a friend taking food because there is none at hers;
- domestic abuse: held by the throat; two signs of coercive control together, asked about as
  a question ("should your dad check your stepmum's phone and not let her out"); a threat if
  she ever leaves; her head heard against a wall; children hiding while the adults fight;
  someone locked in all night; her face purple the morning after; adults throwing things at
  each other; a partner "who" hits; her ex out of prison and knowing where she lives; Welsh
  for a threat to kill her and fighting every night.

Fresh wordings of each shape, written before the rules and measured at first sight, are
batches (ya) and (yb) of ``tests/corpora/adversarial.txt``; the ordinary answers nearest each
rule (a weekend away with the child at nans, a dentist that sorted it, a loud telly through the
wall, hide and seek) are in ``tests/corpora/near_misses.txt``. Going missing is in
``surveys/concern_hedged_home_missing.py``. ``PHRASES`` are in the syntax of
``surveys.concern_frames``; ``CLAUSES`` are ``(category, parts, window)`` for
``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import WEEKDAYS as _DAYS

# The little ones a child is left to mind.
_LITTLE = ("(the |my |our )?(baby|babies|twins|little (brother|sister|one|ones|un|uns)|small "
           "(brother|sister)|baby (brother|sister)|brother|sister|fy mrawd|fy chwaer)")
# What is wrong with them: an illness or injury a carer should see to.
_AILMENT = ("(tooth|teeth|toothache|tooth ache|nits|lice|ear|earache|ear ache|eye|eyes|inhaler|"
            "insulin|insulin pen|asthma|arm|wrist|foot|ankle|leg|knee|hand|finger|rash|sores|"
            "cough|coughs|coughing|chest|infection|lump|swollen|purple|glasses)")
# A carer who will not take them to be seen.
_REFUSED = ("((wont|will not|doesnt|does not|didnt|dont|never|refuses to|wouldnt|would not) "
            "(take|took|let) (me|her|him|us|them) (to|see) (the |a )?(doctor|doctors|dentist|"
            "hospital|gp|optician|walk in)|(no|dont|doesnt|not) need (a |the |for a |for the |"
            "to see a |to go to the |to go to )?(doctor|doctors|dentist|hospital|gp)|(nobody|no "
            "one|noone) (will |wil )?(take|takes|took) (me|her|him|us) to (the )?(doctor|doctors"
            "|dentist|hospital|"
            "gp))")
# A carer who calls it a fuss, or keeps putting it off ...
_PUT_OFF = ("((says|said|say|tells me|told me) (i am|im|hes|shes|i was|stop|to stop) (being |"
            "just )?(dramatic|making a fuss|moaning|fussing|a baby|soft|putting it on|attention "
            "seeking)|keep(s)? saying (next week|tomorrow|later|soon|(she|he|they)( will|ll| wil)"
            " (ring|phone|book|take|sort))|(no one|nobody|noone) (did|does|has done|have done) "
            "anything)")
# ... while it goes on.
_LASTING = ("((since|in|back in) (like )?(september|october|november|december|january|"
            "february|march|april|may|june|july|august|easter|christmas|the summer|summer|half "
            "term|last (year|term|"
            "month))|(for |been |its been )?([0-9]+|to|two|three|four|five|six|a few|for) (weeks|"
            "months)|long time|ran out (on|in|last|since|weeks|ages)|for ages)")
# Mum, or whoever is being hurt, as children name her.
_HER = ("(her|mum|mam|mummy|mami|my mum|my mam|stepmum|step mum|my stepmum|my step mum|your "
        "mum|your stepmum|your step mum|nan|nain|my nan|my sister|his girlfriend|him)")
# Two signs of coercive control: each alone is often ordinary.
_CONTROL = ("((check|checks|checking|go through|goes through|going through|read|reads|reading) "
            "(your |her |my |his )?(mums|mams|stepmums|step mums|nans|wifes|girlfriends) (phone|"
            "texts|messages)|(check|checks|checking|goes through|going through|reads) her (phone|"
            "texts|messages)|(not|never|wont|doesnt|dont|isnt) (let|lets|letting|allow|allowing|"
            "allowed to let) (her|mum|mam|my mum|my mam|stepmum|my stepmum) (out|go out|go "
            "anywhere|go anywhere without him|see (her|anyone|any)|leave)|without him|(has|have|"
            "had) to ask (him|dad|my dad|her husband|her boyfriend) (for|before)|(make|makes|made|"
            "making) her ask (him|dad) (for|before)|(take|takes|took|taken|has|keeps) (her |my |"
            "his |your )?(her|mums|mams|stepmums|nans|wifes|girlfriends) (bank card|card|cards|"
            "money|wages|pension|benefits|car keys|keys|phone)|(took|takes|taken) her phone (off"
            "|of) "
            "her|if she (ever )?(leaves|left|tries to leave|walks out))")
# Children keeping out of the way while the adults fight.
_HIDING = ("((hide|hides|hid|hided|hiding) (under|in|behind|upstairs|in the|under the)|(locks|"
           "locked|locking) (herself|ourselves|us|themselves) in|(put|putting|puts) (my |the )?"
           "headphones on (my|the|our) (sister|brother|baby|little)|(turn|turned|turning|put) "
           "the (telly|tv|music) up for (my|the|our) (sister|brother|baby|little)|(took|take|"
           "takes|taking) (my |the |our )?(sister|brother|baby|little (one|brother|sister)) "
           "upstairs|have to (be|keep) (really |very |dead |so )?quiet)")
# They "start" on each other, not the scary bit of a film; not a fight on the telly.
_FIGHTING = ("((they|he|him|dad|(mum|mam|dad) and (dad|mum|mam|(her|his) [a-z]+)) ((start|"
             "starts|started)(?= (again|fighting|rowing|arguing|shouting|screaming|yelling|on ("
             "her|mum|mam|each other)|"
             "because|and|last time)|$)|kick off|kicks off|kicked off)(?!( [a-z]+)? (on|in) (the"
             " |a )?(telly|tv|film|game|show|cartoon|screen|match))|(fighting|fight|rowing|"
             "screaming at|shouting at|yelling at|going at it|at it) (again|her|mum|mam|stepmum|"
             "step mum|each other)|(threw|throws|"
             "smashed|smashes|smashing) the|(hurt|hit|hits|punched|beat|kicked) (mum|mam|her|my "
             "mum)|blood|(comes|gets|came|got) (home|in) (angry|drunk|raging|mad)|head (go|went|"
             "bang|banged))")

PHRASES: Final[dict[str, list[str]]] = {
    "neglect": [
        # Nobody home since a named day.
        "(nobody|no one|noone|no grown up|no grownup|no grown ups|no adult|no adults) (has |have"
        " )?(been|ben|come|came) (home|back|in|in the (house|flat)) since (dydd [a-z]+|"
        f"{_DAYS}|yesterday morning|last week)",
        # The same nappy all day.
        "(same|dirty|wet|full|soaking|filthy) (nappy|nappies) (on )?(all day|all night|for hours"
        "|for days|every day|since)",
        "(always|left|leaves (him|her)|lying) in (a |the |his |her )?(dirty|wet|same|full|"
        "soaking) (nappy|nappies)",
        # Animal mess all over the floor.
        "(dog|cat|dogs|cats) (mess|poo|poop|muck|wee|sick) all over (the |dads |mums |nans |mams"
        " |our |his |her |my )?(floor|carpet|carpets|house|flat|kitchen|sofa)",
        # Nothing in the fridge since a named day; one pot noodle a day between them.
        "(nothing|no food) (in it|in the (fridge|house|cupboards|cupboard|flat)) (but [a-z]+ )?"
        f"since ({_DAYS}|last week)",
        "(share|split|sharing|splitting) (one|a|1) (pot noodle|packet of [a-z]+|tin of [a-z]+|"
        "sandwich|slice of bread|bag of crisps) (a|per|each) day",
        # Nobody cooks any more; no proper food since the money went.
        "(nobody|no one|noone) (cooks|cooks for (us|me)|makes (us|me) (food|tea|dinner)|feeds "
        "(us|me)) (no more|anymore|any more)",
        f"no (proper |real |hot )?(food|meals|dinner|tea) (in the house )?since ({_DAYS}|last "
        "week|(mums|mams|dads|her|his|the) money)",
        # Welsh: no hot food for a week; nobody notices whether the child is home.
        "heb gael bwyd( poeth)? ers (wythnos|dyddiau|ddyddiau|pythefnos|diwrnodau)",
        "dim bwyd (yn y ty )?ers (dyddiau|ddyddiau|wythnos|pythefnos)",
        "(does neb|neb) (yn y ty )?yn sylwi os (dwi|dw i|rydw i) (adra|adre|adref|gartre)",
    ],
    "domestic_abuse": [
        # Hands round her throat.
        f"(hands|hand) (round|around|on) {_HER}s? (throat|neck)",
        # A partner "who" hits.
        "(girlfriend|boyfriend|partner|husband|wife|fella|bf|gf|missus) (who|that) (punches|"
        "hits|beats|kicks|slaps|chokes|hurts|batters|smacks|strangles) (him|her)",
        # Welsh: he says he will kill her.
        "ei lad hi",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A carer away from one day to another while the child minds the little ones.
    ("neglect", (f"((i|me|i am|i have to|i got to) (do|mind|minding|look after|looking after|"
                 f"watch|watching|feed|see to) {_LITTLE}|(leaves|left|leave) (me|us) with "
                 f"{_LITTLE}|(just|only) (me|us) and)",
                 f"{_DAYS}( night| morning)?", f"(til|until|till|back|home|to|come back) (on )?"
                 f"{_DAYS}"),
     24),
    ("neglect", ("(no|not|never|didnt|dont|doesnt|hasnt|havent) (come|came|comes|been|be) (home"
                 "|back)( for| in)? ([0-9]+|to|for|two|three|four|five|a few|few) (days|nights)",
                 "(alone|on (my|our) own|by (myself|ourselves)|(me|us) and|no food)"), 14),
    # An ailment and a carer who will not have it seen, or calls it a fuss while it lasts.
    ("neglect", (_REFUSED, _AILMENT), 20),
    ("neglect", (_PUT_OFF, _AILMENT, _LASTING), 24),
    # The same clothes for weeks with nothing washed.
    ("neglect", ("(same|one) (uniform|clothes|school shirt|shirt|top|socks|pants|trousers|"
                 "jumper|dirty clothes|socks and pants)( on)?( for| since)? ([0-9]+|two|three|"
                 "four|for|a few|to) (weeks|months)", "(washing|nobody|no one|noone|smell|smells|"
                 "stink|stinks|tramp|dirty|minger)"), 16),
    ("neglect", ("((no|theres no|there is no|havent got a|we dont have a) washing machine|"
                 "(washing machine|washer)s? (is |has |s )?(broke|broken|bust))", "(stink|stinks|"
                 "smell|smells|same (uniform|clothes)|dirty|tramp|no one fixes|nobody fixes)"), 16),
    # No dinner again, and food off the floor.
    ("neglect", ("(no|wasnt any|wasnt|never any) (dinner|tea|food|breakfast|supper) (again|for "
                 "days|today|yesterday|last night)", "((off|of|from) the (floor|side|bin|bins)|dry"
                 " (bread|cereal|pasta|noodles)|crisps|starving|hungry|nothing else)"), 16),
    # School food the only food they get.
    ("neglect", ("only (proper |real |hot |decent )?(food|meal|meals) (i|we) (get|got|have|eat)",
                 "(breakfast club|school (dinner|dinners|lunch|lunches|meal|meals)|free school|"
                 "dinners|at home (its|there is|theres|is))"), 10),
    # A friend taking food because there is none at hers.
    ("neglect", ("(nicks|steals|stealing|stole|nicked|nicking|takes|took|taking|eats) (food|"
                 "leftovers|bread|sandwiches)", "(theres|there is|there was|is) (nothing|no food) "
                 "(at|in) (hers|his|her house|his house|home|theirs|their house)"), 16),
    # Held by the throat.
    ("domestic_abuse", ("by (the|her|his|mums|mams) (throat|neck)(?! of)", "(grabbed|grab|grabs|"
                        "grabbing|had|held|holding|holds|pinned|lifted|dragged|dragging|"
                        "picked)"), 10),
    # Two signs of coercive control together, asked about as a question or told.
    ("domestic_abuse", (_CONTROL, _CONTROL), 24),
    # A threat if she ever leaves.
    ("domestic_abuse", ("if (she|he|mum|mam) (ever )?(left|leaves|leave|tries to leave|tried "
                        "to leave|walked out|walks out|went)", "(stab|kill|knife|hurt|burn|take "
                        "(us|the kids|the children|the babies)|find (her|him))"), 8),
    # Her head heard against a wall.
    ("domestic_abuse", ("(her|his|mums|mams|stepmums|nans) head (go|goes|went|going|hit|hitting|"
                        "bang|bangs|banged|banging|smash|smashed|slam|slammed) (into|against|of|"
                        "off|on) the( [a-z]+)? (wall|door|floor|table|radiator|counter|worktop)",
                        "(heard|hear|saw|see|fighting|going at it|at it|rowing|boyfriend|bf|"
                        "partner|he|him|dad)"), 16),
    # Children hiding while the adults fight.
    ("domestic_abuse", (_HIDING, _FIGHTING), 18),
    # Someone locked in all night.
    ("domestic_abuse", (f"(locked|locks|locking|lock) (her |his |their |my )?{_HER} in (the |"
                        "a |her |their )?(shed|bedroom|room|bathroom|cellar|basement|garage|car|"
                        "cupboard|loft|house)",
                        "(all night|all weekend|all day|for hours|for days|overnight|(wasnt|werent"
                        "|not) allowed)"), 10),
    # Her face purple the morning after a fight.
    ("domestic_abuse", ("(her|mums|mams|stepmums|his|nans) (face|eye|eyes|arm|arms|neck|lip) "
                        "(was |is |were |all )?(purple|black|blue|black and blue|swollen|bruised|"
                        "bleeding)", "(fight|fighting|fought|shout|shouting|screaming|row|rowing|"
                        "argue|arguing|bang|hit|hits)"), 14),
    # Adults throwing things at each other.
    ("domestic_abuse", ("(lobbing|throwing|chucking|lobbed|threw|chucked|throw|chuck|lob) (stuff|"
                        "things|plates|glasses|bottles|chairs|cups|mugs|pans|knives|furniture) at"
                        " each other", "((him|he|dad|mum|mam|she|her) (and|n) (his|her) (girlfriend"
                        "|boyfriend|ex|partner|wife|husband|bf|gf|fella|missus)|(mum|mam|dad) and "
                        "(dad|mum|mam)|my (parents|carers))"), 12),
    # Her ex out of prison and knowing where she lives.
    ("domestic_abuse", ("(found|find|finds|tracked|track) (out )?where (she|we|mum|mam|they|my "
                        "mum|my mam) (live|lives|lived|are|is|moved)", "(ex|prison|jail|scared|"
                        "restraining order|injunction|refuge)"), 16),
    # Someone who hurt mum, and blood.
    ("domestic_abuse", ("(hurt|hit|hits|punched|kicked|stabbed|beat|battered) (mum|mam|mami|her|"
                        "my mum|stepmum|step mum)", "(blood|bleeding|hided)"), 12),
    # The neighbours ringing the police on the shouting.
    ("domestic_abuse", ("(screaming|shouting|yelling) at (her|mum|mam|stepmum|step mum)",
                        "(neighbours|neighbour) (rang|called|phoned|ring|call) the (police|feds|"
                        "cops|old bill)"), 14),
    # Welsh: fighting every night.
    ("domestic_abuse", ("(cwfio|cwffio|ymladd|ffraeo|gweiddi ar (mam|hi))", "(bob nos|eto|"
                        "lladd)"), 8),
)
