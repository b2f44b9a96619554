"""Criminal and sexual exploitation in a small child's voice and a young adult's.

The thirteenth blind hand (``tests/corpora/thirteenth_hand``) wrote at both ends of the age range.
A small child tells of exploitation through their own things and errands: little bags in a teddy
or "the white stuff" in a wheelchair bag, a bag held on the lap on night drives to other towns
and not to be opened, a backpack carried on a train and given to a lady "and he says it's food",
watching the window for the police and whistling, things posted through doors at night alone,
men who sell at the door the child must open; a body part shown on a camera for robux or a
console, money given to mummy and the child taken into the bedroom. A young adult tells of it
through a home and bills: a "mate" who moved into the flat to deal, with people at the door all
night buying and a threat if the young person rings anyone; a room rent free or the electric
paid if they "entertain" or are "nice to" his mates; "modelling" for rent money that is a webcam
with a man in the room, videos sent for money and a man who now wants to meet with a friend.

Each clause reads the voice beside the harmful part it needs: a thing of the child's beside
something hidden and handed to a stranger, a bag beside not looking inside and towns at night,
a reward beside a private part shown, a home or a bill beside sex with his mates. A topic word
alone (a bag, a train, a teddy, a flat, a landlord, a camera) is never enough. Fresh wordings
written before the rules are batches rs, rt and ru of ``tests/corpora/adversarial.txt``; the
ordinary answers nearest them (raisins in a lunchbox, a surprise cake on a night drive, cops and
robbers, leaflets in the dark, a flatmate who deals with the bills, a potty sticker, a room rent
free for walking his dogs) are the block "thirteenth hand voices, work" of
``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- criminal exploitation: a small child's things and errands ---------------------------------

# What is hidden or carried: never "a bag" alone, nor "little bags" of something named.
_GOODS = ("(little bags|tiny bags|litle bags|baggies|packets|little packets|litle packets|"
          "packages|parcels|the white stuff|white stuff|the white powder|white powder|"
          "the stuff|stuff)(?! of (raisins|sweets|crisps|seeds|sand|glitter|sugar|flour|popcorn|"
          "treats|chocolate))")
# A thing of the child's, or a baby's, that the goods are put in.
_CHILD_THING = ("(in|inside|into|under) (my|his|her|the babys|my baby [a-z]+s|my (little|baby) "
                "[a-z]+s|the) (teddy|bunny|teddy bear|bear|toy|toys|dolly|doll|lunchbox|lunch box|"
                "book bag|school bag|pencil case|wheelchair|wheelchair bag|pushchair|buggy|pram|"
                "car seat|nappy bag|wellies|coat|hood|rucksack|backpack|scooter bag|cuddly toy)")
# Given on to someone the child does not name: a man in a car, a lady at a bus stop.
_STRANGER = "(man|men|lady|woman|boy|big boy|person|guy)"
_TO_A_STRANGER = ("(give|gives|gave|hand|hands|handed|take|takes|took|bring|brings) (it|them|the "
                  f"bag|the bags|the backpack|the rucksack|bunny|teddy|it all) to ((a|some) "
                  f"{_STRANGER}( in a car| by the| at the| in the)?|the {_STRANGER} (in a car|in "
                  "the car|by the|outside|at the bus stop|round the corner|on the corner|at the "
                  "park))")
# The white stuff hidden or put somewhere: a small child's word for drugs, with hiding.
_HIDES_WHITE = ("(hide|hides|hid|hiding|stuff|stuffs|stuffed|zip|zips|zipped|tuck|tucks|tucked|"
                "stash|stashes|stashed) (the )?white (stuff|powder|rocks|bags)")
# Sold: "they sell the white stuff at the door".
_SELLS_WHITE = "(sell|sells|selling|sold|sel|sels) (the )?white (stuff|powder|rocks|bags)"
_SELLS_WHITE_AT_HOME = (f"{_SELLS_WHITE} (at|from|in|out of) (the|our|my|mummys|mums|daddys|"
                        "nannys|his) (door|front door|kitchen|house|flat|window|room|bedroom)")
_OPEN_THE_DOOR = ("(i|me) (have to|has to|got to|must|make me|made me|makes me) (open|answer|get)"
                  " (it|the door|the dor)|(have to|has to|make me|makes me|made me) (say|tell)"
                  " ([a-z]+ ){0,2}(mummy|mum|nanny|nan|daddy|dad) is (out|asleep|sleeping|not in)")

# A bag held on journeys and not to be looked in or opened.
_HOLD_A_BAG = ("(hold|holds|holding|carry|carries|carrying|have|keep|sit with) (the|a|his|her|"
               "their)( heavy| big| black| sports)? (bag|backpack|rucksack|holdall|parcel|package|"
               "box|suitcase)")
_NOT_LOOK = ("((not|never|dont|do not|cant|can not) (to )?(look|open|peek|see)|not (aloud|allowed)"
             " to (look|open|peek|see))( in| inside| in it| into it| it)?")
_ODD_ROUTES = ("(other towns|different towns|another town|towns i dont know|in the night|at night|"
               "in the dark|places i dont know|far away)")

# A bag carried on a journey, handed to a stranger, with a cover story or pay.
_CARRY_ON_A_RIDE = ("(carry|carries|carried|carrying|take|takes|took|ride|rides|hold|holds|with) "
                    "(the|a|his|her|their) (bag|backpack|rucksack|holdall|parcel|package|box)")
_COVER_OR_PAY = ("((he|she|they) (says|said|sez|sed|say) (its|it is|they are|theyre) (just |only"
                 " )?(food|clothes|sweets|presents|shopping|washing|nothing|books|toys)|(gives|"
                 "gave|give|pays|paid|pay) me ([0-9]+|money|cash|a fiver|a tener|sweets|a phone)|"
                 "for [0-9]+)")

# A lookout: made to watch for the police and give a sign.
_MADE_TO = ("(i have to|i got to|i must|make me|makes me|made me|told me to|tells me to|they make"
            " me|he makes me|i has to)")
_POLICE = ("(for|if (i|we) see) (the )?(police|police car|police cars|feds|cops|coppers|boys in "
           "blue|old bill)")
_SIGN = "(whistle|whistles|shout|shouts|text|ring|knock|bang|wave|flash|warn)"

# Things posted through doors at night, alone.
_POSTED = ("(post|posts|posting|posted|put|puts|putting|push|pushes|deliver|delivers|delivering|"
           "drop|drops|dropping) (things|stuff|envelopes|packets|parcels|little bags|bags|notes)"
           " (thru|through|in) (doors|letterboxes|letter boxes|peoples doors|the doors)")
_IN_THE_DARK = "(at night|in the night|in the dark|late at night|after dark)"
_ALONE = "(by myself|on my own|alone|by my self|on my tod)"

# --- criminal exploitation: a young adult's flat ----------------------------------------------

# Someone who moved in or uses the flat.
_STAYER = ("(moved into my (flat|place|house)|moved in|moving in|crash at mine|crashing at mine|"
           "staying at mine|staying at my (flat|place)|stays at mine|moved into mine|(use|uses|"
           "using) my (flat|place)|(sell|sells|selling|deal|deals|dealing) (from|out of) my (flat|"
           "place)|basically moved in|took over my (flat|place)|taken over my (flat|place)|(at|in|"
           "from) (mine|my flat|my place))")
# Dealing from it: people buying at the door all night, bagging up, moved in to deal.
_DEALING_THERE = ("((people|cars|fiends|customers) (at the door|knocking|knock|knocks|coming|come "
                  "round) (all night|all hours|all day and night|at all hours)( [a-z]+){0,2} "
                  "(buying|to buy|for (stuff|food|bits|gear|it|sweets))|to deal(?! with)|"
                  "dealing(?! with)|bag up|bagging up|bags up|serving (from|out)|shotting)")
# A threat if the young person tells anyone.
_IF_I_TELL = ("if (i|you) (ring|call|tell|grass|go to|talk to|phone) (anyone|anybody|the police|"
              "police|the feds|the housing|housing|my worker|the council|social|the landlord|"
              "my pa|staff)( [a-z]+){0,4} ((i |you )?(wil |il |would |d |youl )?(end up|be) in "
              "the (river|harbour|canal|sea|ground|hospital|boot)|(gets|get) (it|hurt|stabbed|"
              "done)|burn)")

# --- sexual exploitation ------------------------------------------------------------------------

# A private part shown (a small child's words, and a young person's).
_SHOW_PRIVATE = ("((show|showing|shows|showed|sho) (him |them |the man |the boy |his friends )?"
                 "(my |me )?(willy|front bottom|private bits|privates|private parts|bum|bottom|"
                 "boobies|boobs|chest|wee wee|minnie|fanny|tuppence|foof|winkle|bits|no clothes|"
                 "body)|take (my|me) (pants|knickers|top|clothes|trousers) (off|of))")
# A reward for it: game currency, a console, money.
_REWARD = ("((give|gives|gave|wil give|il give|pay|pays|paid|get|gets|got|send|sends) (me |us )?"
           "(robux|vbucks|v bucks|gems|coins|skins|money|cash|sweets|his switch|a switch|his "
           "scooter|a scooter|a pokemon card|pokemon cards|a phone|an ipad|a tablet|his xbox|a "
           "playstation|his playstation|[0-9]+( quid| pounds)?)|robux|vbucks)")

# A home or a bill paid for: a room rent free, the electric paid.
_PAID_FOR = ("(rent free|for free|the room cheap|room for cheap|cheap rent|no rent|pays my "
             "(electric|gas|rent|bills|phone|gas and electric)|rent money|for (my )?rent|stay at "
             "his|a place to stay|somewhere to stay|stay there for free|covers my rent)")
# His mates to be "entertained", "been nice to", who "expect stuff".
_WITH_THEM = ("(entertain|entertaining|be nice to|being nice to|be friendly with|friendly with|"
              "be friendly to|keep company|sleep with|sleeping with|do stuff with)")
_FOR_HIS_MATES = (f"({_WITH_THEM} ((his|the|their)( [a-z]+)? (mates|friends|men|lads|guys|"
                  "mate|friend)|them|him)|(mates|friends|men|lads) (come|coming|comes|came) (round|"
                  "over|down)( [a-z]+){0,4} (and )?(expect|want|wants|expecting) (stuff|things|"
                  "something|sex|favours|more)|men coming (down|round|over)|keep (his|their|the) "
                  "(mates|friends|men|lads) company)")

# A camera or pictures sent for money, with a man who controls it or wants to meet.
_CAMERA = ("(modelling|photo shoots|photoshoots|photo shoot|camming|webcam|web cam|cam shows|a "
           "camera|(send|sending|sent|for) (him |them )?(videos|vids|pics|pictures|photos|nudes))")
_FOR_MONEY = ("(for (rent|cash|money|the rent|rent money)|rent money|(pays|paid|pay|gives|gave) me "
              "([0-9]+|money|cash)|[0-9]+ (each|every|a) time)")
_HE_CONTROLS = ("((keeps|kept|takes|took) (the|my|all the|half the|half|a cut|most of the) ?"
                "(money|cut|half)?|(meet|meeting) (up|him)|a hotel|bring a friend|meet his "
                "(friend|mate|mates)|in (the|a) (bed)?room|not modelling)")

# Money given to a parent by men, and the child taken into a room.
_PAID_TO_MUM = ("(friends|friend|men|man|the men|they|one of them|he|her boyfriend|his mates) "
                "(give|gives|gave|pay|pays|paid) (mummy|mum|mam|my mum|my mummy|her|daddy|dad|"
                "nanny) (money|cash|[0-9]+)")
_TAKEN_TO_A_ROOM = ("(take|takes|took|taking) me (in|into|to|up to) (the|his|her|a|my|mummys) "
                    "(bedroom|bathroom|room|spare room|back room)|(take|takes|took) me upstairs")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # The white stuff hidden in a thing of the child's.
    ("exploitation", (_HIDES_WHITE, _CHILD_THING), 40),
    # Goods in a thing of the child's, handed to a stranger.
    ("exploitation", (_GOODS, _CHILD_THING, _TO_A_STRANGER), 130),
    # The white stuff sold at home, and the child opening the door.
    ("exploitation", (_SELLS_WHITE_AT_HOME,), 80),
    ("exploitation", (_SELLS_WHITE, _OPEN_THE_DOOR), 100),
    # A bag held on drives to other towns or at night, not to be looked in.
    ("exploitation", (_HOLD_A_BAG, _NOT_LOOK, _ODD_ROUTES), 130),
    # A bag carried on a ride and handed to a stranger, with a cover story or pay.
    ("exploitation", (_CARRY_ON_A_RIDE, _TO_A_STRANGER, _COVER_OR_PAY), 120),
    # Made to watch for the police and give a sign.
    ("exploitation", (_MADE_TO, _POLICE, _SIGN), 60),
    # Things posted through doors at night, alone.
    ("exploitation", (_POSTED, _IN_THE_DARK, _ALONE), 120),
    # Someone who moved into the flat deals from it, or threatens the young person if they tell.
    ("exploitation", (_STAYER, _DEALING_THERE), 120),
    ("exploitation", (_STAYER, _IF_I_TELL), 160),
    # A private part shown for a reward.
    ("sexual_exploitation", (_SHOW_PRIVATE, _REWARD), 50),
    # A home or a bill paid for, and his mates to be entertained.
    ("sexual_exploitation", (_PAID_FOR, _FOR_HIS_MATES), 120),
    # A camera or pictures for money, and a man who keeps the money or wants to meet.
    ("sexual_exploitation", (_CAMERA, _FOR_MONEY, _HE_CONTROLS), 90),
    # Men pay mummy, and the child is taken into a room.
    ("sexual_exploitation", (_PAID_TO_MUM, _TAKEN_TO_A_ROOM), 80),
)
