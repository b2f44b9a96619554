"""Sexual abuse and exploitation told in a grown-up's cover story: the pretext, not the act.

The twelfth blind hand (``tests/corpora/twelfth_hand``) named sexual harm the way it is dressed
up to a child: a "check", "wash time", a "blessing" or "the massage"; pictures "for his
collection"; a tuck-in that takes too long; a man's pet name for his body; sore "after his
game"; and, for exploitation, the gift that is paid back ("favours", being "nice to his mates"),
the drink before a night the child cannot account for, "spicy" pictures sold on, flattery about
age before a hotel, a "sugar daddy", "dates" someone else books. The plain words of the act are
mostly absent, so ``surveys.concern_codes`` (codes that name the act itself) missed them.

Each rule here reads the *cover* beside the part that makes it harm, never the cover alone (a
bath, a photo, a tuck-in, a lift, a gift, a party are everyday):

- pictures of a child undressed (no top on, in pants or a towel, in the bath) × kept for him or
  paid for (a collection, his own phone or laptop, skins or vapes after);
- a pretext that needs the child bare: checking whether the child is "a real boy" or "a woman
  yet", a healing or blessing "skin on skin" kept in photos or done to the child alone, a
  check or a wash in the bath the child says they can do themselves, by a grown man who is not
  a parent (a dad's bath or tuck-in for a child with a cast reads the same);
- a bedtime visit (a tuck-in, night night, "bed checks", after lights out) × his hand or his
  body under the child's covers × the child's age, silence or not being believed × a grown man
  who is not a parent; a night "check" or "massage" done on the child after lights out;
- done while the child sleeps × the child keeping still till it is over;
- his pet name for his body, touched because he makes the child, × "he calls it" or a secret;
  the little ones made to touch him × "if we tell"; "special tickling" the child hates; "a pdf
  file" (a paedophile) living in the child's home × in the child's bed or room;
- a child's private parts sore × after his game, "the thing" or "you know who";
- alone with him in his bed, bath or flat × a lock, a threat, feeling sick or "to say thank you";
- videos of grown-ups shown × the child told to copy them;
- gifts × a body as the payment (favours, his mates, the back room, men's flats, "be grateful")
  × the exchange ("if I", "to pay it back");
- drink or pills given by men × a bedroom or a night the child cannot account for; "come to
  theirs alone" × filmed or paid × men; another "chill" at a hotel × another new man;
- flattery about age × a hotel, his flat or secrecy from the child's carers, or × wanting to
  meet × met online; "my sugar daddy" × meeting or paying;
- sexual pictures asked for × money or sharing; "dates" booked × someone taking a cut; passed
  round × by his friends or men.

Left to the learned layer: a stepbrother's "doctors" with a "no" (a younger brother's game in
the same words), a symbols board's words, a Welsh uncle's "horsey" with no pyjamas named as his.
Fresh wordings written before the rules are batches qm to qp of ``tests/corpora/adversarial.txt``;
the everyday sentences that share their covers are the block "the twelfth hand's cover stories"
of ``tests/corpora/near_misses.txt``. Radicalisation told in code is in
``surveys.concern_euphemism_cause``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- shared ------------------------------------------------------------------------------------

# A child's age, under eighteen (not "im 9 and a half minutes away").
_AGE = ("(i am|am|im) (1[0-7]|[89]|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)"
        "(?! (min|mins|minutes|oclock|pm|am))")
_PRIVATES = ("(front bottom|winky|willy|foof|minnie|tuppence|privates|private parts|private bits|"
             "bottom|bum|fanny|down there)")
_SECRET = ("((dont|do not|not to|never) (tell|say)|our (little )?secret|its a secret|(no one|"
           "nobody) (believes|will believe|would believe))")

# A grown man who is not the child's parent: the lodger, mum's mate, a night worker (a dad's tuck-in
# or bath is everyday in the same words).
_GROWN_MAN = ("(lodger|the man|a man|old man|old fella|uncle|uncles|step dad|stepdad|mams ("
              "boyfriend|"
              "fella|mate|friend)|mums (boyfriend|fella|mate|friend)|dads (mate|friend)|babysitter|"
              "neighbour|coach|night (staff|worker)|key worker|carers (son|dad)|step brother)")

# --- pictures of a child undressed --------------------------------------------------------------

_SHOOTS = ("(takes|took|take|taking|snaps|snapped|snap|snapping|films|filmed|film|filming|records|"
           "recorded|videos|videoed)")
_PICTURES = (f"({_SHOOTS} (pics|pictures|photos|photo|videos|selfies) ([a-z]+ ){{0,3}}of (me|us)|"
             f"{_SHOOTS} (me|us))")
_BARE = ("(birthday suit|no (top|clothes|pants|knickers|trousers|shorts) on|(just|only|in) (my|our)"
         " ([a-z]+ )?(pants|knickers|boxers|underwear|bra|towel|towels)|naked|nude|in the (bath|"
         "shower)|with (my|our) clothes off)")
_FILMED_IT = "(films|filmed|filming|records|recorded|videos|videoed) (it|us|me|them)"
_HIS_OWN = ("(on his own (phone|laptop|camera)|his own phone|(on|to) his (laptop|computer)|for his "
            "(collection|portfolio|album))")
_KEPT = ("((for|into) his (collection|portfolio|album|little album|prayer album|file)|"
         "(on|to) his (own )?(phone|laptop|computer)|his own phone|(pays|paid|gives|gave|"
         "give) (me|us)|(robux|vbucks|skins|vapes|tenners|money|quid) (after|for it)|little model)")

# --- a pretext that needs the child bare --------------------------------------------------------

_MANHOOD = ("(check|checks|checking|checked|see|sees|look|looks|inspect|inspects) (if|whether|to "
            "see if) (i am|im) (a (real|proper) (boy|girl)|(a )?(man|woman) yet|turning into a "
            "(man|woman)|growing (up )?down there)")
_UNCOVERED = ("((in|into) the (shower|bath)|(when|while) (i am|im) (changing|in the shower|in the "
              "bath|getting changed)|pulls my (nightie|pyjamas|top|skirt|towel|shorts|"
              "pants|knickers) (up|down|off)|naked|with (my|our) clothes off)")
_RITE = ("(blessing|healing|cleansing|deliverance|prayer|the massage|massage|see my (posture|body|"
         "shape))")
_SKIN = ("(skin on skin|skin to skin|naked|with (my|our) clothes off|no clothes|in (my|our) (pants"
         "|underwear|knickers|boxers))")
_ONLY_ME = ("(photos|photo|pictures|pics|videos|filmed|films|only (of )?me|just me|on my own|alone|"
            "(he|she) kept|locks the door|my turn|his laptop)")
_CARE = ("((inspect|inspects|inspected|check|checks|checked|checking|washes|wash|baths|bath|bathes|"
         "dries) me|wash time|towel checks)")
_TOO_OLD = "(i can (do it|wash|bath|dry|shower)( myself)?|too old for)"
_IN_WATER = "((in|into) the (shower|bath)|wash time|washes me|baths me|bathes me|towel checks)"

# --- a bedtime visit under the covers -----------------------------------------------------------

_BEDTIME = ("(tuck (me )?in|tucks me in|tucking me in|tuck ins|tuck in|night night|say goodnight|"
            "says goodnight|bed checks|room checks|after lights out|when (i am|im) asleep|on "
            "nights)")
_UNDER_COVERS = ("(his hand (goes |went |slides |gets |creeps )?(under|inside|in|into) (the |"
                 "my )?(duvet|covers|quilt|blanket|sheets|pyjamas|pants|knickers|nightie)|(gets|"
                 "got|climbs|climbed|lies|lays|lay|is|been) (in|into|under) (my|the) (bed|covers|"
                 "duvet|quilt)|(he is|hes) under (the|my) (covers|duvet|quilt))")
_UNHEARD = (f"({_AGE}|{_SECRET}|pretend (to be|i am|im) asleep|keep (still|my "
            "eyes (shut|closed)))")

# --- done while the child sleeps ----------------------------------------------------------------

_WHILE_ASLEEP = ("(does|did|doing|do) (the thing|that thing|(it|stuff|things) (to|on) me)( to me|"
                 " on me)?( again)? (when|while) (i am|im|i was) (asleep|sleeping)")
_FROZEN = ("(keep my eyes (shut|closed)|pretend (to be|i am|im) asleep|wait (for it|till it|"
           "until it|till he|until he) (to )?(finish|finishes|be over|is over|stop|stops|ends))")

# --- a routine done on the child at night, or "special tickling" while mum is out -------------

_DONE_ON_ME = ("(does|did|doing|do) (his |the )?(own )?(room checks|bed checks|checks|massage|the "
               "massage|tickling) on (me|us|the (new|little|younger) (boys|girls|ones|kids))")
_UNSEEN = f"(after lights out|{_SECRET}|(now )?(he says )?its my turn)"
_TICKLING = "((special|secret) tickling)"
_HATED = (f"(i hate|i dont like|{_SECRET}|makes me (feel|cry)|while (mum|mam|mama|mom|nan|my "
          "carers?) (was|is|were|are) (at|out|away))")

# --- made to touch him, and told not to tell ---------------------------------------------------

_MADE_TOUCH = ("(makes|made|make|making) (me|us|the (little|younger) (ones|kids|children|boys|"
               "girls)) (touch|rub|kiss|lick|suck) (him|his)(?! (hand|hands|arm|shoulder|back|"
               "head|hair|face|feet|foot|car|bike|stuff|things|phone))")
_IF_WE_TELL = f"(if (we|i|you) tell|{_SECRET})"

# --- "a pdf file" living in the child's home ----------------------------------------------------

_PDF = "((a|the) (pdf file|pdf|p3do|pedo|paedo|nonce))"
_IN_MY_HOME = ("((in|at) (my|our) (foster )?(house|placement|unit|flat|home(?! (folder|screen|page|"
               "directory|drive))))")
_IN_BED = "(in my bed|in my room|touches me|touched me|(comes|came|come) in my room)"

# --- his pet name for his body ------------------------------------------------------------------

_HIS_PET_NAME = ("(makes|made|make|making|wants|tells|told|gets) me (to )?(hold|touch|stroke|rub|"
                 "kiss|lick|suck|play with) (his|him) (snake|worm|sausage|lollipop|banana|little "
                 "friend|thing|pet|willy|winky)")
_NAMED = f"(calls it|he calls|{_SECRET}|under the covers|in (his|my) bed|pants (down|off))"

# --- sore after his game ------------------------------------------------------------------------

_SORE = (f"({_PRIVATES} (is |are )?(sore|hurts|hurting|stings|bleeding|bleeds|bled)|sore "
         f"{_PRIVATES})")
_HIS_GAME = ("(his (special |secret )?(game|games)|(the|a) (special|secret) (game|games)(?! of)|"
             "you know who|wash time|(does|did|plays|"
             "played) (it|the thing|that thing|stuff|his game) (on|to|with) me|the sore "
             f"{_PRIVATES} thing)")

# --- alone with him -----------------------------------------------------------------------------

_WITH_HIM = ("((lie|lay|sleep|get) in (his|their) bed|help (him|them) in the (bath|shower)|(bath|"
             "shower) with him|dance for (him|them) alone|alone in (his|their) (room|flat|house)|"
             "(at|"
             "to) (his|their) (flat|house|place) on my own)")
_LOCKED_IN = ("((locks|locked|shuts|shut|closes) the door|feel sick|or (i am|im|"
              f"il be|i wil be) (off|out|kicked|dropped)|{_SECRET})")

# --- grown-up videos to copy --------------------------------------------------------------------

_VIDEOS = ("((grown up|adult|dirty|rude|naughty|sexy|xxx) (vids|videos|films|movies|pics)|videos "
           "([a-z]+ ){0,4}of (men and women|people|grown ups) (doing (stuff|it|things)|having sex|"
           "naked))")
_COPY = ("((wants|want|tells|told|makes|made) me (to )?(do|copy|try) (what|the same|it|that)|"
         "learn for marriage|to practise|to practice)")

# --- exploitation: a gift paid back with a body ------------------------------------------------

_GIFT = ("((gives|gave|give|giving|buys|bought|buy|gets|got|get) (me|us|her) ([a-z]+ ){0,3}(vapes|"
         "vape|weed|cider|vodka|lifts|rides|free rides|food|free food|phone|iphone|trainers|"
         "robux|nails|treats|clothes)|(let|lets) (me|us) (ride|travel|eat)|(gets|get|got) (treats|"
         "gifts|presents|vapes|weed)( [a-z]+){0,3} from|(trainers|phone|clothes|"
         "hotel|room) (he|they) (bought|got|gave|paid for) (me|us)|loverboy|pays "
         "(my|for my) (phone|rent|nails)|free rides|lifts (home|to))")
# Favours, thanks or gratitude for a gift: near it, in one sentence.
_FAVOURS = ("(if (i|we) (do|did) favours|(do|doing) favours for (men|him|them)|favours for (him|"
            "them|the (men|lads|guys|drivers|taxi drivers))|show my thanks|be grateful)")
_BODY_PAID = ("(be nice to (his|their) (mates|friends|boys|cousins)|"
              "(look after|keep) (his|their) (mates|friends)( company)?|"
              "(take|takes|took) (us|me|her) (in|into|to) the (back room|bedroom|bedrooms)|(take|"
              "takes|took) (us|me|her) (upstairs|in the back) one at a time|(different )?mens "
              "(flats|houses)|meet his (friend|mate) in "
              "a hotel)")
_EXCHANGE = ("(pay (it|him|them) (back|off)|to pay back|for it|if i|if we|in return|i just (have|"
             "got) to|now i (have|got) to|i have to|to clear|for free|then)")

# --- exploitation: drink, then a bedroom or a night unaccounted for ----------------------------

_PLIED = ("(give|gives|gave|giving|gets|got) (us|me|her) ([a-z]+ ){0,2}(vodka|cider|alcohol|booze|"
          "pills|spliffs|shots|pink drinks|wine|cans)")
_DRUGGED = ("((give|gives|gave|giving|put|puts|slipped|slip) (us|me|her) ([a-z]+ ){0,2}(pills|ket|"
             "something in (my|our) drink)|spiked (my|our) drink)")
_AT_PARTIES = "(party|parties|house party|chill|chills|the flat|men|lads|guys|the olders)"
_BY_MEN = ("(men|man|lads|guys|older (boys|lads|men)|uncles|his mates|their mates|strangers|"
           "(we|i) (dont|didnt) know)")
_GAP = ("((go|went|goes) (in|into|to) the (bedrooms|bedroom|back room)|(take|takes|took) (us|me|"
        "her) (upstairs|to the bedrooms)|(wake|woke|waking) up in (a|the)? ?(different|strange|"
        "strangers|bed)|(dunno|dont know|never know) what happens|(never|dont|cant|didnt) "
        "remember (how|what|anything)|with no clothes)")

# --- exploitation: flattery, a sugar daddy, pictures, dates ------------------------------------

_FLATTERY = ("((mature|grown up|old) for (my|your|her) age|(so )?(mature|grown up) for (a )?("
             "1[0-7]|thirteen|fourteen|fifteen|twelve)|age is (just|only) a number|not like other "
             "girls)")
# Not "don't tell the others yet" about a football trial: a secret kept from the child's carers.
_MEET_ALONE = ("(hotel room|room key|(meet|come to|at) (a|the|his) hotel|(dont|do not|not to) tell "
               "(anyone|anybody|nobody|(my|your) (carer|"
               "carers|social|social worker|mum|mam|dad|parents|staff|key worker|foster carer|"
               "foster carers|pa|nan))|his (flat|apartment|place)|meet (me|up) alone)")
_WANTS_TO_MEET = "(wants|asked|asks) (me )?to meet"
_MET_ONLINE = ("((from|on) (insta|instagram|snap|snapchat|tiktok|roblox|discord|fortnite|whatsapp|"
               "a game|an app)|online)")
_SUGAR = "((my|got a|have a|found a) sugar daddy)"
_SUGAR_ASKS = ("(wants (me|to meet)|meet (at|in|up|his)|hotel|his (flat|apartment|place)|alone|"
               "wear)")
_SEXY_PICS = ("(asked for|asks for|wants|sent (him|them)|send (him|them)|did) ([a-z]+ ){0,1}"
              "(spicy|naughty|nude|nudes|dirty|rude|sexy|private) (pics|pictures|photos|videos|"
              "vids|selfies|snaps)")
_SOLD_ON = ("(more money|money|paid|pays|quid|(share|post|send|sends|sent|shared|posted) them|"
            "(in|on) a (telegram|group|server)|wants more)")
# Not dates with a boyfriend, nor dates sold at a market: booked by someone, or with men.
_DATES = ("((books|booked|book) me (dates|clients|punters)|(sets|set) (them|the dates) up|(dates|"
          "clients|punters) with (older )?(men|guys))")
_CUT = ("((takes|keeps|gets) (half|a cut|the money|most of it)|rent arrears|arrears|to clear "
        "(my|the) (debt|rent))")
_LOST = ("((wake|woke|waking) up in (a )?(different|strange|strangers|someone elses) (house|flat|"
         "bed|place)|(dunno|dont know|no idea) what happens in between|woke up with no "
         "clothes)")
_COME_ALONE = ("(come|go|going|coming) (round |over )?(to|round) (theirs|his|their (flat|house|"
               "place)|his (flat|house|place))( [a-z]+)? alone")
_FILMED_PAID = "(film it|films it|filmed it|film me|[0-9]+ quid|money|paid me|gave me)"
_CHILL_AT = "((chill|chills|sesh|party|parties) at (the|a) (hotel|flat))"
_NEW_MAN = "(another (new )?(man|guy|fella)|a different (man|guy) (every|each) (time|night|week))"
_PASSED = "((get|got|gets|getting|been|being) passed (round|around))"
_BY_HIS = "(his (friends|mates)|the men|(by|to) men|the lads|shisha)"

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Pictures of a child undressed, kept for him or paid for.
    ("sexual_abuse", (_BARE, _PICTURES, _KEPT), 22),
    # A check at bath time filmed for his own phone or his collection.
    ("sexual_abuse", (_IN_WATER, _FILMED_IT, _HIS_OWN), 16),
    # "A real boy", "a woman yet": checked in the shower or while changing.
    ("sexual_abuse", (_MANHOOD, _UNCOVERED), 20),
    # A healing or blessing done bare, photographed or to the child alone.
    ("sexual_abuse", (_RITE, _SKIN, _ONLY_ME), 16),
    # A wash or a check in the bath the child is too old for.
    ("sexual_abuse", (_CARE, _IN_WATER, _TOO_OLD, _GROWN_MAN), 26),
    # A bedtime visit with a hand or a body under the covers, and the child's age or silence.
    ("sexual_abuse", (_UNDER_COVERS, _BEDTIME, _UNHEARD, _GROWN_MAN), 24),
    # Done while the child sleeps, the child keeping still till it is over.
    ("sexual_abuse", (_WHILE_ASLEEP, _FROZEN), 24),
    # A routine done on the child at night, or "special tickling" while mum is out.
    ("sexual_abuse", (_DONE_ON_ME, _UNSEEN), 20),
    ("sexual_abuse", (_TICKLING, _HATED), 12),
    # The little ones made to touch him, and told not to tell.
    ("sexual_abuse", (_MADE_TOUCH, _IF_WE_TELL), 14),
    # "A pdf file" in the child's home, who has been in the child's bed.
    ("sexual_abuse", (_PDF, _IN_MY_HOME, _IN_BED), 20),
    # His pet name for his body, touched because he makes the child.
    ("sexual_abuse", (_HIS_PET_NAME, _NAMED), 12),
    # Sore down there after his game, "the thing" or "you know who".
    ("sexual_abuse", (_SORE, _HIS_GAME), 14),
    # Alone with him in his bed, bath or flat, with a lock, a threat or thanks owed.
    ("sexual_abuse", (_WITH_HIM, _LOCKED_IN), 14),
    # In his bed "to say thank you".
    ("sexual_abuse", ("(lie|lay|sleep|get) in (his|their) bed", "to say thank you"), 8),
    # Grown-ups' videos shown, and the child told to copy them.
    ("sexual_abuse", (_VIDEOS, _COPY), 20),
    # A gift paid back with a body.
    ("sexual_exploitation", (_BODY_PAID, _GIFT, _EXCHANGE), 24),
    ("sexual_exploitation", (_FAVOURS, _GIFT), 15),
    # Drink or pills from men, then a bedroom or a night the child cannot account for.
    ("sexual_exploitation", (_GAP, _PLIED, _BY_MEN), 22),
    # Pills or a spiked drink given, then a night the child cannot account for.
    ("sexual_exploitation", (_DRUGGED, _GAP, _AT_PARTIES), 18),
    # Drink given, then waking in a strange house or a night unaccounted for.
    ("sexual_exploitation", (_LOST, _PLIED), 16),
    # Come to theirs alone, filmed or paid, with men.
    ("sexual_exploitation", (_COME_ALONE, _FILMED_PAID, _BY_MEN), 26),
    # Another "chill" at a hotel, another new man.
    ("sexual_exploitation", (_CHILL_AT, _NEW_MAN), 8),
    # Grown up "for fourteen", and a hotel, his flat or a secret.
    ("sexual_exploitation", (_FLATTERY, _MEET_ALONE), 18),
    # Grown up "for twelve", wanting to meet, from a game or an app.
    ("sexual_exploitation", (_FLATTERY, _WANTS_TO_MEET, _MET_ONLINE), 20),
    # "My sugar daddy", who wants to meet or pays.
    ("sexual_exploitation", (_SUGAR, _SUGAR_ASKS), 16),
    # Sexual pictures asked for, and sold or shared.
    ("sexual_exploitation", (_SEXY_PICS, _SOLD_ON), 16),
    # "Dates" booked, and someone takes a cut or a debt is cleared.
    ("sexual_exploitation", (_DATES, _CUT), 14),
    # Passed round by his friends or the men.
    ("sexual_exploitation", (_PASSED, _BY_HIS), 10),
)
