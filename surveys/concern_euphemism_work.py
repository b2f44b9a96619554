"""Criminal exploitation, trafficking and harmful practices told in euphemism and family words.

The twelfth blind hand (``tests/corpora/twelfth_hand``) named these harms the way the children
and the people around them name them: a stint or a "holiday" in a flat in another town, a
"team", a "bank" or a "postman", "family now" for the man who sends them; an "uncle" who is none,
a "helper" or a "house girl" for a child brought from abroad; "becoming a woman", being "made
clean" or "pure", a "big day" or a "destiny", "family business", a bad spirit burnt out. The
plain words the older rules read (drugs, trafficked, cut, forced to marry) are mostly absent.
Each euphemism is an everyday word too (a holiday, a team, an uncle, a wedding, a blessing), so
every rule here is a clause (``surveys.concern_clauses``) whose *other* part is the harm the
euphemism stands for, never the code word alone:

- criminal exploitation: days, a stint or a "holiday" in a flat or a trap, beside serving, a
  debt, the phone kept till it is done, or not let home; money or a phone stashed in a school
  bag, a blazer or a pram because no one searches a child; a bag carried on the coach, up the
  motorway or round the estate for a man who pays in trainers or calls the child "family"; a
  debt for gifts or for what was lost, worked off, with a threat; "serving the nitties"; a
  "line phone"; the weapon "held for the ends"; a code unmasked ("they aint pets, its a shank");
  "on the team" and opening the door to a knock; carrying the "stuff" for the big boys, in Welsh;
- trafficking: brought from abroad (or "who brought me"), and the child's work, unpaid or kept
  in; an "uncle" or "cousin" who is none, beside work or confinement; the papers held and sleep
  at the work; wages kept for the room and the transport; no pay "till I pay the road"; a family
  abroad who will pay if the child stops;
- harmful practices: being "made clean" or "pure", "becoming a woman", "the women's ceremony"
  or a sunna "booked", beside the cutting or a girl's marriage; a "big day", a "destiny" or a
  nikah, beside a refusal or a child's age and a journey; a sister who never came back, married
  young; being sorted "like they sorted" a cousin, or honour's words beside what the family will
  do; a spirit burnt or beaten out.

Fresh wordings written before the rules are batches qs, qt and qu of
``tests/corpora/adversarial.txt``; the ordinary sentences that share the words (a holiday flat,
a team, a real uncle, a wedding, a blessing, a period) are the block "euphemisms" of
``tests/corpora/near_misses.txt``. Neglect told in everyday words is in
``surveys.concern_euphemism_care``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- criminal exploitation ---------------------------------------------------------------------

# A flat, a trap or a user's place, somewhere the child stays for "them".
_IN_A_FLAT = ("(in|at|to) (a|the|some|this|that|his|their|a nitys|the nitys) (flat|trap|trap house|"
              "bando|trap flat|crack house)")
# What the stay is for, or what keeps the child there: never a holiday alone.
_THE_STINT = ("(shotting|stint|no bed|nitys|nities|fiends|cant (come|go|get) (back|home)|(wont|"
              "dont|will not) let (me|us) (go|leave|come|get)( the (train|bus|coach))? (back|home)|"
              "(line|phone) is dry|debt|reset|what i owe|hand out|(open|answer) the door (when|to)|"
              "when (they|people|someone) knock|not been to school|(till|until|when) i (finish|do|"
              "have done) (the|my) (stint|holiday|shift|month|week|time)(?! (homework|project|"
              "diary|journal|reading)))")
# Hidden on a child: in a school bag, a blazer, a pram.
_ON_A_CHILD = ("(in|inside|under|into) (my|the|his|her|our|my babys|the babys|my (little |baby )?"
               "(brothers|sisters|cousins|sons|daughters)) (school bag|schoolbag|school blazer|"
               "blazer|pe bag|pe kit|uniform|pram|buggy|pushchair|lunch box|lunchbox|pencil case|"
               "book bag|bookbag)")
# Because a child is never searched, or the controllers' doing.
_UNSEARCHED = ("((no one|no ones|nobody|noone|never|wont|dont|not)( [a-z]+){0,2} (search|"
               "searches|searching|searchin|checkin|check|checks|checking|stop|stops|suspect|"
               "suspects)|crew|olders|big boys|(drop|drops|take|takes|give|gives) (them|it) to "
               "(the|a) man|(didnt|dont) want (it|them) there)")
# What is hidden is theirs: their money or phone, put there by them.
_THEIRS = ("((they|he|she|them|olders|crew|man|mate|boys|lads) (stash|stashes|stashed|hide|hides|"
           "hid|put|puts|stuff|stuffs)|the p|(the )?little (bags|packs)|(his|their) (money|p|cash|"
           "bits|stuff|phone|food)|line phone|trap phone|(give|gives|gave) me ([a-z]+ )?(sweets|"
           "food|p|money|bits|stuff|packages|parcels|envelopes) to (keep|hold|carry|hide|drop))")
# A bag or envelopes carried; a run out of town or round the estate; a man behind it.
_CARRIED = ("(holdall|rucksack|backpack|bag|bags|envelopes|parcels|packages|(things|stuff|bags) in "
            "the boot)")
_A_RUN = ("((coach|train|bus) (trip|trips|run|runs)|on (the|my) (coach|train|megabus|scooter)|(up|"
          "down) the (m[0-9]+|motorway)|shuttle|round the (estate|flats|block)|(drive|driving) "
          "([a-z]+ ){0,2}(cars|car|van) to)")
_HIS_NOW = ("((pays|paid|paying) me in (creps|trainers|clothes|jackets|designer|weed|food|"
            "phones|garms|drip)|(i am|were|we are|you are) family now|big man|"
            "(mam|mum|nan|carer|carers|staff) (doesnt|dont|does not|cant) know|no licence)")
# A debt for gifts or for what was lost, worked off, with a threat or a demand.
_OWED_FOR = ("((owe|owes|owed|owing) ([a-z]+ ){0,2}for (the|my|a|his|their|them) (phone|trainers|"
             "creps|food|bag|bags|cab|taxi|ticket|ones|stuff|ting|p|lost)|pay (back|off) (the|"
             "their|his) (food|bag|stuff|ting|p|bits|ones|work)( (i|we) lost)?)")
_WORKED_OFF = ("(errands|shift|shifts|runs|drops|ot|out of town|country|cunch|serving|a month|the "
               "flat|for (him|them) now|do (his|their) [a-z]+)")
_OR_ELSE = ("(if i (stop|say no|dont|leave)|or else|pay my (mam|mum|nan|family) a visit|hurt|know"
            " where|(want|wants|wanted) me|got robbed|lost)")
# A code unmasked: "they aint pets, its a shank".
_UNMASKED = ("(aint|arent|are not|isnt|is not|not) (really |real |actual )?(pets|sweets|sweeties|"
             "parcels|presents|snacks|food|toys|games)")
_WEAPON_OR_DRUG = ("(shank|shanks|knife|knives|blade|machete|weed|drugs|crack|coke|heroin|ting|"
                   "gun|wraps|skeng|nank)")
# Minding the weapon "for the ends", with the police.
_HELD_FOR = ("(holding|hold|keep|keeping|mind|minding|stash|stashing) (the|a|his|their) (sword|"
             "shank|ting|strap|nank|skeng|wap|burner|pack|bits)")
_FOR_THE_ENDS = ("(for the ends|for the olders|for the mandem|(feds|police|bill|old bil) (come|"
                 "find|catch|search|raid|stop)|on me)")
# "On the team" or "staff", and the door opened to a knock.
_TITLED = "(on the team|staff|the bank|their bank|the piggy bank|a postman|his runner)( now)?"
_THE_DOOR = ("((open|answer) the door (when|to)|when (they|people|someone) knock|knock [a-z0-9]+ "
             "times|boarded)")
_LINE_PHONE = ("((?<!land )line phone|trap phone|graft phone|grafting phone|phone (they|he) (call|"
               "calls) the line)")
_LINE_WORK = ("(answer|answers|answering|pram|crew|olders|parcels|flats|serving|dry|rings|carry|"
              "carrying|on me|go wherever|tells me)")

# --- trafficking -------------------------------------------------------------------------------

# Brought from abroad: the child, or by someone the child names as bringing them.
# Never a parent or a nan bringing the child over.
_BROUGHT = ("(?<!mum )(?<!mam )(?<!dad )(?<!mother )(?<!father )(?<!parents )(?<!nan )(?<!gran )"
            "((brought|brings|fetched|got|smuggled|flew|sent for) (me|us|him|her) (here |over )?"
            "(from|to)|(who|that) (brought|fetched|got) (me|us|him|her)|(brought|fetched) (me|us)|"
            "(i|we) came (here )?(from|in the back of (a|the) (truck|lorry|van)|hidden|on a boat|in"
            " a lorry|in a truck|in the truck|in a van))")
# Come hidden in the back of a lorry, and set to work.
_SMUGGLED_IN = ("(came|come|brought|got) (here )?(hidden )?in the back of (a|the) (truck|lorry|van|"
                "lory)")
_MADE_TO_EARN = ("((we|i) (sell|work|beg|clean|wash)|(took|take|takes|kept) our phones|all the "
                 "money goes)")
# The child's work in the house or for the one who brought them.
_KEPT_WORKING = ("((i|we|me|him|her|us)( (?!back )[a-z]+){0,3} (cook|clean|wash|sweep|sweeping|"
                 "mind|beg|sell|work|working|helping|water)|sweeping|helping in|working in (his|"
                 "her|their|the)|house girl|house boy|houseboy|(their|her|his) helper)")
# Unpaid, kept in, or kept from school.
_UNPAID = ("(for free|for nothing|never (pays|paid|pay)|no (money|pay|wages)|not paid|never seen "
           "(any )?money|all the money goes|give (him|her|them) the (coins|money|cash)|only allowed"
           " out|locks the door|(not|never) (at|in|allowed to go to|go to) (school|college)|dont "
           "go to school|tell (school|the school|people) (i am|he is|she is)|cant go out|canot go "
           "(out|outside)|want (me|him|her|us) back)")
# An "uncle", "cousin" or "aunty" who is none.
_NOT_KIN = ("((he|she) (is|s) not (really )?my (uncle|auntie|aunty|aunt|cousin|brother|sister|dad|"
            "mum)|not my real (uncle|auntie|aunty|aunt|cousin)|(tell|tells|told) (school|the "
            "school|people|everyone|them) (i am|he is|she is) (a|his|her|their) (cousin|nephew|"
            "niece|daughter|son))")
_HELD_IN = ("((canot|cant|not allowed to) (go )?(out|outside|leave)|windows (are )?(covered|"
            "blacked out|boarded)|(keeps|takes|kept|took) (all )?(the|my) (money|wages|pay)|for "
            "free|no (money|pay|wages)|water the plants|work (in|at) (his|her|their)|not at "
            "(school|college)|locks the door)")
# The papers held, and the work or the bed at the work.
_PAPERS_HELD = ("(got|has|have|keeps|kept|took|holds|holding|taken) (my|our) (arc card|arc|id card|"
                "id|passport|papers|documents|visa|brp|residence card|biometric card)")
_AT_THE_WORK = ("((sleep|sleeping|slept|live|living|stay) (in|at|on) the (container|shop|car wash|"
                "farm|kitchen|storeroom|back|floor|salon|restaurant|site)|(car wash|carwash|nail "
                "bar|salon|farm|factory|kitchen|restaurant|takeaway|site) ([0-9]+|seven|six) days)")
# Wages kept for the room and the transport.
_WAGES_KEPT = ("(takes|took|keeps|kept|keep|take|has) (all )?((my|our|the) )?(wages|pay|money|"
               "earnings)( [a-z]+){0,2} for (the )?(rent|transport|room|bus|van|lift|journey|road|"
               "bed|house|flat|food)")
_GANG_WORK = ("(gangmaster|gang master|boss|the man|van|minibus|farm|fields|factory|never seen|"
              "never see|every morning|picks us up)")
# No pay till the journey is paid.
_THE_ROAD = ("(till|until|before) (i|we) (pay|paid|have paid|clear|cleared) (off )?(the|my|our) "
             "(road|journey|passage|crossing|boat|lorry)(?! tax)")
_NO_WAGES = "(no money|no wages|no pay|salon|nail|farm|kitchen|years|work|working|learning)"
# A family abroad who will pay or suffer if the child stops.
_FAMILY_ABROAD = ("(family|mum|mother|parents|dad|father|brothers|sisters|grandma) (in|back in|back"
                  " home in|at home in) [a-z]+ (will|would|must|has to|have to) (pay|suffer|be "
                  "hurt|get hurt|be killed|pay for it)")
_IF_I_STOP = "(if i (stop|leave|run|tell|go)|(stop|leave|quit) (working|work|the))"
_AGENT = "(agent|snakehead|boss|debt|owe|the road|journey|the man)"

# --- harmful practices -------------------------------------------------------------------------

# Cutting in the words families use for it.
_MADE_CLEAN = ("(((made|make me|make her|be made|been made) (clean|pure|purified|cleansed|"
               "cleaned)|(get|got|getting|be|being) (cleaned|purified|cleansed))(?! (up|out|off|"
               "with|by|in the|for the|my|the|her|his|our))|the (girls|womens|womans) (ceremony|"
               "thing))")
_FOR_A_GIRL = ("(proper girl|like (a )?(proper|good|real) (girl|woman|muslim girl)|like (my|the|"
               "all the) (other )?(girls|sisters|cousins|women)|before i (am|get) married|for my "
               "(husband|marriage|wedding)|the (lady|woman|old woman|old lady|cutter|midwife) "
               "(with|comes|is coming|will|has)|blade|razor|couldnt walk|came back (bleeding|hurt|"
               "sore)|stitched)")
_BECOME_A_WOMAN = "(become|becoming|be made) a woman"
_THE_CUTTING_SIGNS = ("(vilage|had it done|have it done|couldnt walk|the (lady|woman|old woman|"
                      "cutter)|blade|razor|stitched|ceremony)")
_SUNNA_BOOKED = "(sunna|sunnah|tahara)"
_BOOKED_BLADE = "(blade|razor|cutter|cut|cutting)"
# A wedding in family words, refused or for a child and abroad.
_MY_DAY = ("((my|for my) (big day|special day|destiny|nikah|rishta|shaadi)(?! (is|was) (my )?"
           "(birthday|bday))|(nikah|rishta|marriage|wedding) (is )?(fixed|arranged|booked|planned) "
           "for me|about a husband|a husband for me|dhaqan celis)")
_REFUSED = ("(i said no|i dont want (him|to marry|to get married)|never (met|seen) him|only seen "
            "his (photo|picture)|cant say no|canot say no|(not|no longer) (her|his|their) daughter"
            "|didnt ask me|no say)")
_A_CHILD = ("((i am|im) (1[0-7]|[0-9])(?![0-9])(?! (oclock|pm|am))|stil in year (7|8|9|10|11))")
_GOING_ABROAD = ("(gold|jewellery|jewelery|dowry|tickets to|flight to|fly to|pakistan|bangladesh|"
                 "india|somalia|iraq|erbil|yemen|afghanistan|dhaka|lahore|sylhet|mirpur|the vilage|"
                 "back home|take me home)")
_NEVER_BACK = "(never|didnt|did not) (came|come) back"
_YOUNG = "(at|aged|was|is|shes|she was) (1[0-7]|[0-9])(?![0-9])"
# Dealt with "like they dealt with" a cousin, over a boyfriend, honour or coming out.
_LIKE_BEFORE = ("(sort|deal with|handle|take care of) (me|it|her|him)? ?(out )?like (they|he|she) "
                "(sorted|dealt with|did|handled|took care of) (our|my|aunty|auntie|aunt|uncle|"
                "cousin)")
_HONOUR_CAUSE = ("(westernised|westernized|boyfriend|girlfriend|gf|bf|the boy|a boy|family "
                 "business|honour|izat|namus|sharam|shame|coming out|gay|lesbian|see me with|"
                 "seeing (him|her|that boy|a boy|that girl|a girl))")
_HONOUR_WORD = ("(namus|namous|izat|sharam|sharm|ghairat|family honour|brought shame|shame on the "
                "(whole )?family)")
_FAMILY_WILL = ("((brothers|uncles|cousins|father|dad|family|they) (wil|would|going to|are going "
                "to) (take care of it|deal with it|sort (it|me|her|him)|handle it)|send(ing)? me "
                "(back|away|abroad|home)|get fixed|be fixed|fix me|cure me|get cured)")
# A spirit burnt or beaten out of a child.
_SPIRIT = ("(bad spirit|evil spirit|a spirit|the spirit|the devil|a devil|a demon|demons|the demon|"
           "jin|djin|witchcraft|kindoki|posesed)")
# What is done to drive it out, and the word "out" (apart, as the clause's parts never overlap).
_DRIVEN_OUT = ("(burn|burning|burnt|beat|beating|beaten|whip|whipping|starve|starving|hot oil|"
               "with a stick|tied (me|him|her|them|us)? ?up|(held|hold|holds) (me|him|her) down)")
_OUT = "(out|away)"
# A blood feud named, and the child as its next one.
_FEUD = "(gjakmarrja|gjakmarrje|hakmarrja|blood feud)"
_NEXT_ONE = ("(come for|coming for|kil|i am the one|do it to them|cant leave the house|turn 18|"
             "when i am 18)")

PHRASES: Final[dict[str, list[str]]] = {
    # "Serving the nitties", or staying at one's flat: the user's name is the code.
    "exploitation": [
        "(serving|serve|served|shotting|selling to) (the )?(nitys|nities|fiends)",
        "(at|in) (a|the) (nitys|fiends) (flat|house|yard|gaf|place)",
    ],
    # Given away in settlement of a feud.
    "harmful_practices": ["(given|give me|giving me|give her|given away) (in|as) (bad|baad|vani|"
                          "swara)(?! (news|luck|mood))"],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A stint in a flat, serving, owing or kept there.
    ("exploitation", (_THE_STINT, _IN_A_FLAT), 18),
    # Hidden in a school bag or a pram, theirs, because no one searches a child.
    ("exploitation", (_ON_A_CHILD, _THEIRS, _UNSEARCHED), 16),
    # A bag carried on a run for a man who pays in kind or calls the child family.
    ("exploitation", (_HIS_NOW, _A_RUN, _CARRIED), 20),
    # A debt for gifts or what was lost, worked off, with a threat or a demand.
    ("exploitation", (_OWED_FOR, _WORKED_OFF, _OR_ELSE), 22),
    # A code unmasked: not pets, a shank.
    ("exploitation", (_UNMASKED, _WEAPON_OR_DRUG), 10),
    # A weapon held for the ends, with the police.
    ("exploitation", (_HELD_FOR, _FOR_THE_ENDS), 10),
    # "On the team", opening the door to a knock.
    ("exploitation", (_TITLED, _THE_DOOR), 20),
    # A line phone answered or hidden.
    ("exploitation", (_LINE_PHONE, _LINE_WORK), 14),
    # Carrying the stuff for the big boys, in Welsh, with a threat.
    ("exploitation", ("(cario|gario|chario|carior|garior|charior) (stwf|bagiau|bag|pecyn|pethau)",
                      "(bois mawr|hogia mawr|if i dont|neu|or else|they wil do)"), 14),
    # Brought from abroad, working, unpaid or kept in.
    ("trafficking", (_BROUGHT, _KEPT_WORKING, _UNPAID), 22),
    # Come hidden in a lorry, and working or the phones taken.
    ("trafficking", (_SMUGGLED_IN, _MADE_TO_EARN), 20),
    # An "uncle" who is none, beside work or confinement.
    ("trafficking", (_NOT_KIN, _HELD_IN), 20),
    # The papers held, and a bed at the work.
    ("trafficking", (_PAPERS_HELD, _AT_THE_WORK), 14),
    # Wages kept for the room and the transport, by a gangmaster.
    ("trafficking", (_WAGES_KEPT, _GANG_WORK), 16),
    # No wages till the road is paid.
    ("trafficking", (_THE_ROAD, _NO_WAGES), 14),
    # A family abroad who will pay if the child stops, for an agent.
    ("trafficking", (_FAMILY_ABROAD, _IF_I_STOP, _AGENT), 20),
    # Made clean or pure, for a girl.
    ("harmful_practices", (_MADE_CLEAN, _FOR_A_GIRL), 18),
    # Becoming a woman, with the cutting's signs.
    ("harmful_practices", (_BECOME_A_WOMAN, _THE_CUTTING_SIGNS), 18),
    # A sunna booked, with the blade.
    ("harmful_practices", (_SUNNA_BOOKED, _BOOKED_BLADE), 20),
    # A big day, refused.
    ("harmful_practices", (_MY_DAY, _REFUSED), 24),
    # A big day for a child, abroad or with the gold bought.
    ("harmful_practices", (_MY_DAY, _A_CHILD, _GOING_ABROAD), 24),
    # A sister who never came back, married young.
    ("harmful_practices", (_NEVER_BACK, "married", _YOUNG), 16),
    # Sorted like they sorted a cousin, over a boyfriend or honour.
    ("harmful_practices", (_LIKE_BEFORE, _HONOUR_CAUSE), 20),
    # Honour's words, and what the family will do.
    ("harmful_practices", (_HONOUR_WORD, _FAMILY_WILL), 20),
    # A spirit burnt or beaten out.
    ("harmful_practices", (_SPIRIT, _DRIVEN_OUT, _OUT), 16),
    # A blood feud, and the child the next to be killed or to kill.
    ("harmful_practices", (_FEUD, _NEXT_ONE), 20),
)
