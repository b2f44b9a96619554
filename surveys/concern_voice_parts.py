"""The parts of the clauses found missing by batches written in other voices.

Batches of new wordings of county lines and of an unsafe home, each in one voice (a
10-12-year-old, short and vague; a 15-17-year-old in street slang; told in the past or about a
friend; Welsh and Wenglish), were measured before any change; what they missed is written here
as parts of the shape each sign takes (see ``surveys.concern_voices`` for the signs and
``surveys.concern_clauses`` for how parts meet in any order, a few words apart). Same syntax as
``surveys.concern_clauses``.
"""

from __future__ import annotations

# The days of the week, for "on Friday" or "since Monday".
WEEKDAYS = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


def gap_without(turns: str, most: int) -> str:
    """Up to ``most`` words, none of them one of ``turns`` (the words that would make an
    everyday saying harm), for sayings that may run on only over harmless words."""
    return f"( (?!{turns} )[a-z0-9]+){{0,{most}}}"

THEIR_THINGS = ("(their|the olders) (stuff|things|gear|bits|bag|bags|drugs|weed|money|phone|"
                "phones|packages|parcels|packets|ting|food)")
KEEP = ("(keep|keeps|keeping|kept|hold|holds|holding|held|mind|minding|stash|stashing|stashed|"
        "hide|hides|hiding|hid|store|storing|stored)")
MINE = ("(in my|at mine|under my|in our|my (bag|room|house|coat|pocket|school bag|wardrobe|"
        "bedroom))")
LABEL = ("(i am|i was|be|now|me as|as) (their|his|the olders) (little )?(helper|runner|worker|"
         "soldier|youngers|younger|shotter|tiny|mule)")
NO_CHOICE = ("(have to|has to|had to|cant say no|or else|do what|make me|made me|makes me|"
             "wont let me|cant leave|cant stop)")
SENT_OFF = ("(sent|send|sends|sending|took|take|takes|drove|drive|drives) (me|us) ((up|down|out|"
            "off|over) )?(north|south|country|ot|there|away|out of town|to (?!(the )?(shop|shops|"
            "school|bed|my|his|her)\\b)[a-z]+)")
WITH_A_BAG = ("(with|carrying|and) (a|the|their|some|his|this) (bag|package|parcel|phone|burner|"
              "box)|(bag|bags) of (food|stuff|bits|drugs|weed)")
RECRUIT = ("((want|wants|wanted|ask|asks|asked|asking|keep asking|keeps asking|trying to get|"
           "tried to get|try to get) me (to )?(come|join|do it|help|go with|start|get involved|be "
           "next)|want me next|(its|it is) my turn)")
RECRUITED_TO = ("(selling|dealing|shotting|trapping|(go|going|come|coming|went) (country|ot|"
                "cunch)|runs|drops|dropping|run for|ran for|running for|the line|a line)")
MADE_TAKE = ("(made|make|makes|forced|force|forces|told|tell|tells) (me|us) (to )?(take|carry|"
             "hold|keep|hide|move|deliver|drop) (a|the|their|this|some|his) (bag|package|parcel|"
             "box|phone)")
SELLERS = ("(sell|sells|selling|sold|deal|deals|dealing|gang|group|olders|older|police|feds|"
           "cops|men|man|lads|boys|dealers)")
MADE_GO = ("(made|make|makes|forced|force|sent|send|sends) (me|us) (to )?((go|come) )?(to|up to|"
           "down to|off to)")
KEPT_AT = ("(stay|stayed|staying|kept|sleep|slept|sleeping|live|lived) (in|at) (a|some|this|"
           "their) (flat|trap|trap house|bando|crack house)")
HANDING = ("(have to|had to|got to|gotta|make me|made me|makes me|told to|tell me to|told me "
           "to)", "(give|hand|pass|drop|take|deliver|sell) (packets|packages|parcels|bags|little "
           "bags|baggies|bits)", "to (people|someone|somebody|a man|men|some (people|men|man)|"
           "cars|houses|doors|strangers|customers)")
BIG_ONES = ("(the (boys|lads|big boys|big lads|older kids|big kids|teenagers)|big boys|big lads|"
            "older kids|teenagers|olders|the olders|the gang|the men|some men)")
ERRAND_MADE = ("(make|makes|made|get|gets|got|tell|tells|told|force|forces|forced) (me|us) (to )?"
               "(post|drop|deliver|take|carry|hide|hold|keep|sell|move|put) (things|stuff|bags|"
               "packets|packages|parcels|bits|it|them)")
# Told by phone where customers want what; waiting at a flat for the call.
CALLS = ("(calls|call|texts|messages|ringing|rings) (from|off) (people|customers|randoms|users|"
         "nittys|fiends|cats)")
WANTING = "(wanting|asking for|after|want|ask for) (food|bits|stuff|drugs|weed|gear|work)"
FLAT = "(flat|trap|house i dont know|bando|hotel room)"
WAIT_CALL = ("(wait|waiting|sit|sitting|stay|staying) (till|until|for) (someone|somebody|they|the "
             "phone|a call|people) (calls|call|rings|ring|texts|messages)")
# Hurt over a bag that went missing; threats when trying to stop; jobs to get things back.
HURT_OVER = ("(stabbed|beaten|battered|jumped|shanked|slashed|attacked|wet up|done in|beat up)")
LOST_GOODS = ("(bag|package|parcel|money|stuff|drugs|food|phone) (that )?(went|was|got|had gone) "
              "(missing|lost|short|taken)|(lost|losing) (the|their|his) (bag|package|parcel|money|"
              "stuff|drugs|food)")
THREAT_KIN = ("(threatened|threaten|threatens|went after|go after|goes after|came for|come for) "
              "(my|me) ((little|big|baby) )?(sister|brother|mum|mam|family|fam|nan|dad)")
TRY_STOP = ("(tried|try|tries|want|wanted) to (stop|leave|get out|quit|say no|walk away)|(if|when) "
            "i (stop|stopped|leave|left|quit|say no|said no)")
THEFT = "(nicked|stole|robbed|snatched|jacked) (my|me)"
HELD_BACK = ("(have it back|get it back|give it back|let me go|leave me alone|call it even|we are "
             "square)")
JOBS_DONE = ("(done|do|doing) (a few|some|a couple of|[0-9]+|more|the) (jobs|runs|drops|shifts|"
             "errands|favours)")
# Arrested far from home; notes changed for them; the youngest made to carry; "family".
ARRESTED = ("(arrested|searched|nicked|picked up by (the )?(police|feds|cops)|found by (the )?"
            "(police|feds|cops))")
NEW_TOWN = ("(a|some) (town|city|place|area) i (would |had |have )?(never|not|hadnt|havent|didnt|"
            "dont) (been|know|knew|seen)")
NOTES = "(notes|fifties|tenners|twenties|cash)"
SWAP = "(swap|swapping|change|changing|break|breaking|exchange) (them |it )?(for|into)"
YOUNGEST = ("(i am|being|cos i am|because i am) the (youngest|smallest|little one|baby|youngest "
            "one)")
MUST_CARRY = ("(have to|has to|got to|make me|makes me|made me) (carry|hold|keep|hide|take|stash) "
              "(it|them|the (stuff|bag|bags|ting|bits|knife|drugs|weed|gear))")
ONE_OF_THEM = "part of (the|their|his) (family|gang|crew|team|mandem|squad)"
NO_GRASSING = "(grass|grassing|grasses|snitch|snitching|snitches|talk to the police|tell anyone)"
# Welsh: the verbs of carrying, keeping and selling (with their mutations), what is carried,
# for whom, and being made to.
CY_MADE = "(gorfod|gorfodi fi|rhaid i (fi|mi)|(gwneud|neud|gneud) i (fi|mi|ni))"
CY_ACT = ("(gadw|cadw|cario|gario|werthu|gwerthu|cuddio|guddio|dal|symud|mynd a|fynd a|nol|"
          "cymryd|gymryd|delio|ddelio)")
CY_HARD = "(cyffuriau|gyffuriau|drygs|drugs|cyllell|gyllell|cyllyll|gwn|gynnau|wed|weed)"
CY_LOOSE = "(stwff|stuff|bag|bagiau|pecyn|pecynnau|arian|pres|pethau|pethe|petha)"
# The thing right after the verb: "cadw stwff", "cario'r bagiau", not a bag named elsewhere.
CY_ACT_LOOSE = f"{CY_ACT} (y |yr |r |eu |fy )?{CY_LOOSE}"
CY_FOR = "(iddyn|iddo|i nhw|ir bois|ir hogia|ir dynion|ir bechgyn|ar eu rhan|drostyn)"
CY_GANG = "(bois|hogia|bechgyn hyn|dynion)"
CY_BOSSES = "(bois|hogia|bechgyn hyn|dynion|nhwn|nhw n|ma nhw|mae nhw|maen nhw)"
CY_TAKEN = ("((nhw|nhwn) (di |wedi |yn |n )?(mynd|fynd) a (fi|ni)|(aeth|aethon) nhw a (fi|ni)|"
            "(anfon|hanfon|yrru|gyrru) (fi|ni)|(cael|gael) (fy|ein) (anfon|hanfon|yrru|gyrru))")
CY_DEBT = ("(ddyledus|dyledus|mewn dyled|owe|talu nol|dalu nol|talu yn ol|dalu yn ol|ddyled|"
           "dyled|nyled)")
# Welsh: answering their phone and taking things to people.
CY_PHONE = "(ateb|hateb) (y|r|eu) (ffon|ffonau)"
CY_TAKE_THINGS = ("(mynd a|fynd a|cario|gario|symud) (stwff|pecyn|pecynnau|bagiau|bag|pethau|"
                  "cyffuriau|gyffuriau|drygs) i (bobl|tai|dai|rhywun|ddynion)")
# At home: anger or drink, and the child's fear of it or wish to be away.
FOUL_HOUSE = ("(smells|smell|stinks|stink|smelt|stank) of (gas|wee|pee|poo|damp|mould|smoke|"
              "rubbish|drugs|weed)")
NOBODY_CARES = ("(nobody|no one|never) (fixes|fix|cleans|clean|cares|care|does anything|sorts "
                "(it|anything))")
DISLIKE_AT = ("(dont like|do not like|hate|dread|scared of|dont want to go to|dont feel safe)"
              "( [a-z]+){0,3} (at|to) (dads|mums|my dads|my mums|nans|home|my carers|the house)")
BECAUSE_OF_THEM = ("(because of|cos of|cos|because) (him|her|them|his (girlfriend|partner|wife|"
                   "mates|friends)|her (boyfriend|partner|husband|mates|friends))")
DREAD = "(dread|dreading|dreads|scared of|fear)"
DRINKING = ("(the drinking|drinking starts|the drink|(they|he|she|mum|dad|my (mum|dad)) (drink|"
            "drinks|start drinking|starts drinking|gets drunk|get drunk))")
NO_SLEEP = ("((dont|do not|hardly|barely|never) sleep|(cant|cannot|couldnt) (get to )?sleep|(keeps|"
            "keep|kept) me awake|lie awake|lay awake)")
NIGHT_NOISE = "(shouting|screaming|banging|fighting|smashing|arguing|rows)"
SAFETY_ORDER = ("(refuge|womens aid|injunction|restraining order|non molestation order|safe "
                "house)")
BACK_AGAIN = ("(he|she|they|dad|mum|step dad|my step dad|mums ex|her ex) (is|are|has|have) (back|"
              "come back|moved back|living with us again|out of prison)")
KNOCKING = ("(keeps|kept|keep) (knocking|banging|coming round|turning up) (on our door |on the "
            "door |at our door )?(at night|in the night|all night|late)")
LET_IN = "(lets|let) (him|them|her) in"
MADE_STILL = ("(makes|made|make|forces|forced) (us|me) (sit|stand|stay|kneel|be|wait) (in "
              "silence|silent|still|quiet|in the corner|for hours|outside|in the dark)")
WHEN_DRINKING = ("(when|whenever|every time|if) (he|she|they|dad|mum|my step dad|my dad|my mum) "
                 "(drinks|is drinking|has been drinking|gets drunk|is drunk|is angry|gets angry|is "
                 "in a mood|comes home)")
HUSHED = ("(dont|cant|cannot|wont|never|not allowed to|scared to|afraid to) (tell|say|talk "
          "about|talk to)")
HOME_GOINGS = ("(happening|happens|goes on|going on|it is like) (at home|in the house|in our "
               "house|at my (house|dads|mums|place))")
THEY_WILL_KNOW = ("(cos|because|or|in case) (he|she|they|dad|mum) (will|would|might) (know|find "
                  "out|kill|hurt|hit|go mad|get me)")
THEIR_EX = "(mums|my mums|her|dads|my dads|his) (ex|ex boyfriend|ex partner|old boyfriend)"
HOUNDING = ("(keeps|kept|keep|always) (turning up|banging|knocking|following|"
            "threatening|watching|waiting outside)|banging on the (windows|door|doors)")
IN_A_RAGE = ("(when|whenever|while|if|every time) (he|she|they|(my )?(dad|mum|mam|step dad|step "
             "mum|carer|carers|uncle|brother|nan)|mums boyfriend) (is|are|gets|get|goes|has "
             "been) (angry|drunk|mad|cross|raging|high|wasted|mashed|kicking off|shouting|in a "
             "mood|in one of his moods|in one of her moods)")
DISLIKE = ("(dont like|do not like|hate|scared|frightened|afraid|not safe|dont feel safe|"
           "cant be|cannot be|cant stand|dread|weird|creepy|uncomfortable|nervous|worried)")
SCARY_PLACE = ("(scary|scares me|frightening|not safe|unsafe)(?! (film|films|movie|movies|story|"
               "stories|game|games|book|books|bit|ride|rides|clown|mask|costume|dog|dogs|"
               "programme|show))")
HOME_ROOM = ("((at|in) (my|our|the) (house|home|flat|placement|foster home|room|bedroom)|at "
             "(home|ours))")
VISITORS = ("(friends|mates|people|men|blokes|lads|guys|randoms) (come|comes|came|coming|turn "
            "up|turns up) (round |over |in )?(at night|late|all night|every night|in the night)")
THEIR_MATES = ("(his|her|their|dads|mums|my (dads|mums|step dads|carers)|step dads|mums "
               "boyfriends) (mates|friends|pals|mate|friend)")
STAY_OVER = ("(stay|stays|staying|stayed|sleep|sleeps|sleeping|slept|come|comes|came) (over|"
             "round|here|at ours|in the house)")
INTOXICATED = ("(drunk|wasted|mashed|smashed|steaming|hammered|pissed|legless|kaylied|caned|"
               "high|stoned|off (his|her|their) (face|head|nut|tits)|on the (gear|drink|booze|"
               "crack|smack|spice|pills|sauce))")
LASHING_OUT = ("(kicks off|kicking off|kicked off|kick off|smashes|smashing|smashed up|smash up|"
               "lashes out|lashing out|lashed out|(starts|start) on (me|us|mum)|violent|goes "
               "mental|went mental|goes for (me|us|mum)|throws|throwing|threw)")
NOBODY_IN = ("((nobody|no one|no body) (is |was )?(at home|home|in|there|answers|answered|opens|"
             "opened)|(cant|cannot|couldnt|can not) get (in|back in))")
LOCKED = ("((door|doors) ((is|was|are|were|gets|got|get) )?(always |usually |often |still )?"
          "(locked|shut|bolted)|locked out)")
SENT_AWAY = ("((send|sending|sent) (me|us) (away|back)|(kick|kicking|chuck|throw|throwing) (me|"
             "us) out|put (me|us) (in|into) care|get rid of me)")
PUT_OUT = ("(kicked|kicks|kick|thrown|threw|throw|chucked|chucks|chuck|locked|lock|locks|put|"
           "puts) (me |us )?out")
SLEPT_ROUGH = ("(slept|sleep|sleeping|spent the night|spend the night) (on|in|at) (the|a) (bus|"
               "street|streets|park|car|stairs|stairwell|bench|doorway|bus stop|garden|shed)|"
               "nowhere to (go|sleep)")
GO_FOR_ME = ("((start|starts|starting|started) on|go for|goes for|lay into|lays into|have a go "
             "at|has a go at|kick off at|kicks off at|kicking off at) (me|us)")
MAN_STAYING = ("(the|a|this|that|some|mums|my mums) (man|guy|bloke|fella|men|lad|friend|"
               "boyfriend) (who is |whos |that is )?(staying|living|who (stays|lives)|that "
               "(stays|lives)|sleeping) (with us|at ours|here|in our house|in the house|at our "
               "house)")
IN_MY_ROOM = ("(?<!cat )(?<!dog )(?<!kitten )(?<!puppy )(came|comes|come|coming|walks|walked|"
              "keeps coming|kept coming|creeps|crept|sneaks|snuck) in(to)? my (room|bedroom|bed)"
              "(?! to (say|wake|tell|get|ask|bring|check|tidy|clean|give))")
AT_NIGHT_OR_STRANGER = ("(at night|in the night|stayed over|stays over|staying over|stay over|a "
                        "guy|a man|the man|his mates|randoms|a bloke|drunk|when i am asleep|while "
                        "i (sleep|am asleep|was asleep)|when i was asleep)")
BROKE_IN = ("(broke|break|breaks|breaking|kicked|kick|smashed) (in|into (our|the|my) (house|"
            "flat|home|place)|(the|our|my) (door|front door) (in|down))")
CAME_FOR = ("(looking for|came for|come for|after) (mums|my mums|dads|my dads|him|her|my (dad|"
            "mum|brother|step dad)|mum|dad|money|the money|drugs)|(alone|on my own|by myself|"
            "home alone)")
CY_THEIR_MATES = ("(ffrindiau|ffrindie|ffrindia|mets) (dad|mam|fe|hi|e|o|nhw|fy nhad|fy mam|"
                  "llystad)")
CY_STAY_OVER = "(aros|cysgu|dod) (dros nos|yma|yn y ty|draw|nol)"
CY_DISLIKE = "(ddim yn (ei|eu|i) (hoffi|lico|licio|leicio)|ofn|casau|gasau|ofnus)"
