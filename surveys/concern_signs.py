"""More signs of harm from guidance, as frames: what children do and say when they are not safe.

``surveys.concern_indicators`` and ``concern_home_indicators`` hold the signs guidance lists for
each kind of harm; ``surveys.concern_clauses`` finds the parts of a disclosure in any order.
The frames here are the signs a child describes by what they *do* about the harm rather than
by naming it (Working Together to Safeguard Children, NSPCC, the Home Office county lines
guidance): pretending to be asleep, running to the neighbours, a lock on the outside of their
door or on the fridge, a carer they cannot wake, asking not to be sent back, being paid in
clothes, being "used" to move things, a debt to the "hogia" in Welsh.

Same syntax as the other lists (see ``surveys.concern_frames``). English and Welsh.
"""

from __future__ import annotations

from typing import Final

_TOYS = ("(ball|football|pillow|pillows|snowball|snowballs|cushion|teddy|sponge|balloon|"
         "frisbee|bean bag|beanbag)")
_CARERS = ("(my carer|my carers|carer|carers|foster (carer|carers|dad|mum)|the staff|staff|"
           "my step dad|step dad|my dad|dad|my mum|mum)")
_OLDERS = ("(the olders|olders|my olders|the elders|elders|my elders|((some|these|those|the|"
           "my) )?older (boys|lads|kids|ones|guys|men|lot)|the dealers|the gang|the mandem)")
_ERRAND = ("(sell|sells|sold|selling|deal|deals|dealing|shot|shotting|run|running|graft|"
           "grafting|hold|holding|mind|minding|stash|stashing|carry|carrying|work|working|trap|"
           "trapping|drop|dropping)")
_CARRY = ("(move|moving|carry|carrying|sell|selling|hold|holding|deliver|delivering|drop|"
          "dropping|hide|hiding|run|running|stash|stashing)")

SIGNS: Final[dict[str, list[str]]] = {
    "exploitation": [
        "(get|gets|getting|got|am|was|being|been) paid (in|with) (weed|drugs|gear|vapes|"
        "trainers|clothes|phones|food|sweets|fags)",
        f"(get|getting|got|being|been|am|was) used (to|for) {_CARRY}",
        "(carry|carrying|carried|keep|keeping|have|got) (a |my )?(nank|shank|machete|zombie "
        "knife|blade)",
        "(cadw|gadw|cuddio|guddio|cario|gario|dal|symud) (cyllell|gyllell|cyllyll|gwn|cyffuriau|"
        "gyffuriau|pecyn|pecynnau|arian|pres|stwff) __ (ir bois|ir hogia|iddyn|iddo|ir dynion|i "
        "bobl|ar eu rhan)",
        "(mae|bod) arna i (arian |pres |bres )?(iddyn|iddo|iddi|ir)",
        # Welsh: a phone they gave to answer; another town with a bag.
        "(rhoi|roi|rhoddon|rhoddodd) (ffon|ffôn) i (fi|mi) __ (ateb|rhaid)",
        "i (dref|drefi|ddinas|dinas|dinasoedd) (arall|eraill) (efo|gyda|a|hefo) (bag|bagiau|pecyn|"
        "pecynnau|stwff|cyffuriau)",
        f"{_ERRAND} (for|4) {_OLDERS}",
        "(sell|selling|sellin|deal|dealing|shot|shotting|graft|grafting) (for|4) (them|him)",
        f"(a |their |the )?(youngers|younger|runner|worker|soldier|tiny|shotter) (for|4) (my|the|"
        f"them|their|his) ?{_OLDERS}?",
        "(the |some |these )?(boys|lads|men|guys|people|olders|ones|man) (i|we) (work|sell|run|"
        "hold|deal|graft|shot) for",
        "(grafting|graft|grafted|shotting|trapping) (for|4) (some|a|this|these|the) (man|men|guy|"
        "guys|lads|boys)",
        "(clear|clearing|pay off|paying off|work off|working off|pay back|paying back) (my|the|a|"
        "this|that|our) debt",
        "if i (lose|lost|drop|dropped) (it|the bag|their (stuff|bag|package)|the package) __ "
        "(dead|owe|pay|hurt|kill|debt)",
        "(dont|do not|never|not allowed to) (know|look|check|open|see) (whats|what is|what was|"
        "what) (in|inside) (it|them|the bag|the bags|the package|the parcel|the parcels)",
        "if i (dont|do not|miss|ignore|wont) (go|answer|pick up|reply|turn up|do it) __ (come|"
        "comes|came|turn up|show up) (to|round|looking|after|for)",
        "(take|carry|drop|deliver|bring|drive) __ to (an|the|this|that|some) (address|postcode)",
        "(told|tell|tells) (me )?(not to|to not|never to|dont) (open|look in|look inside|check) "
        "(it|them|the bag|the package|inside)", "(not|never|dont) (to )?(open|look in|look inside) "
        "(it|them|the bag|the package) (or|cos|because)",
        "(caught|stopped|searched|nicked) (with|holding|carrying) (their|his|the olders) (stuff|"
        "bag|gear|drugs|weed|knife|phone|money|package)",
        "if i (try (and|to) )?(leave|quit|get out|run|run away|escape|go to the police|stop) __ "
        "(hurt|kill|harm|beat|batter|stab|get|come for|come after)",
        "(say|says|said|tell|tells|told) (me )?i (still owe|owe (them|more|double|loads|extra))",
        # "Food", "work" and "ting" are what county lines call the drugs.
        "(hold|holding|held|keep|keeping|kept|stash|stashing|hide|hiding|mind|minding|look after|"
        "looking after|carry|carrying) (their|his|the olders) (food|work|ting|tings|bits|batch)",
        "(go|goes|going|went|sent|take it|take them) where (they|he) (tell|tells|told|send|sends|"
        "sent|want|wants|say|says) (me|us)",
    ],
    "unsafe_home": [
        "(pretend|pretends|pretending|pretended) (to be|im|i am|that im|that i am) asleep",
        "(kill|stab|murder|burn) (us all|all of us|the lot of us|everyone in (the|this) house)",
        "(run|ran|go|went|escape|escaped|fled|flee|get) (to|round to|out to) (the |our )?"
        "(neighbours|neighbour|next door)",
        "(gets|get|got|is|was|becomes|turns|goes|going) (really |so |very )?violent",
        "blood (on|all over) the (walls|wall|floor|carpet|stairs)",
        "(put|puts|putting|kick|kicks|kicking|throw|throws|throwing|chuck|chucks) (me|us) out "
        "(on|onto|in) the (street|streets)",
        "(lock|locks|locked|locking) (my|the) (bedroom |room )?door (from|on) the outside",
        "lock on the outside of (my|the) (bedroom |room )?door",
        "(lock|locks|locked|padlock|padlocks|padlocked) (on )?(the )?(fridge|cupboards|cupboard|"
        "kitchen|food)",
        "(drinks|drinking|drunk|high|been drinking) __ (gets|goes|get|turns|is|becomes) (really |"
        "so )?(nasty|mean|angry|violent|scary|horrible|aggressive)",
        "(dont|do not|never|please dont|pls dont) (send|take|make) me (go )?back (there|home|to)",
        "(rather|prefer to|prefer) __ than (go|going|be|being) (back|home)",
        "(cant|cannot|can not) go (back )?home (because|cos|he is|she is|they are|while|when|if|"
        "with)",
        "something (is|feels|was) (wrong|not right|off) (there|at home|at my placement|in (that|"
        "this|the|my) (house|home|placement))",
        "so i (dont|do not|wont) have to (be|go|stay) (at |back )?(home|there|in the house|near "
        "(him|her|them))",
        "(put|push|pushed|pushing|putting|drag|dragged|move|moved|shove|shoved) (my|the|a) [a-z]+ "
        "(against|behind|in front of|under) (the|my) (door|bedroom door|door handle)",
        "(not|isnt|is not|never|no longer) a (safe) (place|home|house)",
        "worried (about )?what (will|might|is going to|could|would) happen",
        "(dont|do not) like (how|the way) (he|she|they) (looks|look|stares|stare) at me",
        "(keep|keeps|kept|keeping|leave|leaves|left) (me|us) locked (in|up|out)",
        "(he|she|they|man|men) (comes|came|walks|walked|barges|barged|keeps coming) in(to)? the "
        "(bathroom|shower)",
        "(hoping|hope|praying|pray) (he|she|they) (doesnt|dont|wont|does not|will not) (come|"
        "comes) (in|home|back|near)",
        "(smash|smashes|smashing|smashed|break|breaks|breaking|broke|trash|trashes|trashed) "
        "(everything|the place|it all|up the house|the kitchen|my room|my stuff|the tv)",
        "(comes|come|came|gets|get|got) (home|back|in) (drunk|high|wasted|smashed|off (his|her)"
        " face)",
        "(tries|tried|trying|try) to (come|get) in (my|at night|when|while)",
        "(lock|locked|locking) (my|the) (door|bedroom door|room) __ (because|cos|so) (he|she|they|"
        "my (step dad|dad|uncle|carer|brother)|mums boyfriend)",
        "(people|men|strangers) __ (coming in and out|in and out|come in and out|coming and going"
        "|come and go)",
        "(sent|send|sends|put|kicked|made to go) out (of the house )?(at night|when|while)",
        "(yfed|meddw|feddw|meddwi) __ (ofn|ofnus|dychryn)",
        "(ofn|ofnus) __ (yfed|meddw|feddw|meddwi)",
        "(get|got|am|was|being|been|keep getting) (shut|locked|left|put) (out|outside) (in|of) "
        "(the )?(garden|house|cold|street|rain|dark)",
        "(hate|hated|scared of|dread) (being|living|going) (at|to|back to) (my )?(carers|placement|"
        "dads|mums|foster (home|carers|house))",
        "(screams|shouts|yells) at me (and|then) (throws|chucks|hits|smashes|breaks)",
        "(keeps|keep|has|sleeps with) (a )?(bat|knife|hammer|weapon) (by|next to|under|near) "
        "(her|his|my|the) (bed|door|pillow)",
        "(dont|do not|never) trust (the man|the men|him|my step dad|step dad|mums boyfriend|my "
        "carer|my carers|the man who lives with us)",
        "(drugs|powder|needles|pills) (on|all over) the (table|side|sofa|kitchen)",
        "(people|men|cars|strangers) (come|coming|comes|knocking) (and go )?(all night|at all "
        "hours|day and night|through the night|late at night)",
        "(wish|hope) i (didnt|did not|dont|never|wouldnt) (have to |need to )?(go|going) back",
        "(go|going|be|live|living) back (to|in|into) that (house|place|flat|home)",
        "(think|scared|worried|afraid|know) (that )?(i will|ill|i am|im|i might|i would) (be )?"
        "next",
        f"{_CARERS} _ (hits|beats|hurts|kicks|slaps|hit|beat|hurt) (the other|other|my foster) "
        "(kids|children|boys|girls|brother|sister)",
        "(said|says|threatened|threatens|going to|gonna|will|would) __ use (it|the knife|a knife|"
        "that|the bat|a bat|his belt|the belt) on (me|us|mum|my mum)",
        "(lock|locks|locked|locking) (the|all the|my) (doors|door|windows|room|bedroom) (so|and) "
        "(i|we) (cant|cannot|can not|couldnt) (get out|leave|go out|escape)",
        "(cant|cannot|can not) (live|stay|be) (there|here|at home|in that house|with (him|her|"
        "them)) (anymore|any more|any longer)",
        "(let|can) me (stay|live) (somewhere else|with someone else|anywhere else)",
        "(dont|do not|never) want to (go|be|live) back (to|at|with) __",
        "(scary|scares me|frightening|nasty) when (he|she|they) (drinks|drink|is drunk|gets drunk|"
        "has been drinking)",
        "ofn bod (yn y ty|adre|gartre|gartref)",
        "(dynion|pobl|dyn) (dieithr|diarth) __ (aros|cysgu|byw) (yn|efo|gyda|hefo)",
        "(gweiddi|sgrechian) (ac|a) (yn )?(taflu|daflu|malu|torri|taro)",
        "pan (mae|maen) (o|e|hi|nhw|dad|mam) (wedi meddwi|yn feddw)",
        "(ddim|dim) (eisiau|isio|moyn) mynd (yn ol|nol) (ir ty|yna|adre|yno|ato|ati|atyn)",
    ],
    "neglect": [
        "(is|are|gets|get|was|always) (out of it|off (her|his|their) (head|face))",
        "(cant|cannot|couldnt|can not) wake (her|him|them|mum|dad|my mum|my dad|my mam)"
        "(?! up (for|in time))",
        "(make|making|get|getting|cook|cooking) (my own|myself) __ (cos|because|as|since) (mum|"
        "dad|mam|she|he|they|my mum|my dad|my mam|my carer) (is|are) (always|never|too|asleep|in"
        " bed|drunk|high|out)",
        "(not allowed|never allowed|cant|can not|cannot) (to )?(go )?(in|into) the kitchen",
        "(dont|do not|havent|have not) (have|got) (a |any )?(beds|bed|mattress|blankets|duvet|"
        "sheets)", "(sleep|sleeping|slept) on (coats|a coat)",
        "(nobody|no one) (has )?(washed|washes|cleaned|cleans) my (clothes|uniform)",
        "(never|hardly ever|rarely) (have|get|got) (any )?(food|dinner|tea|breakfast|meals|"
        "anything to eat)", "(dont|do not) (have|get|got) (any|enough) (food|dinner|tea|"
        "breakfast|meals)",
    ],
    "self_harm": [
        "(stood|standing|stand|sat|sitting|waited|waiting) (by|next to|near|at) the (train line|"
        "tracks|train tracks|railway|railway line|edge of the (bridge|roof|cliff))",
    ],
    "physical_abuse": [
        "(taflu|daflu) (pethau|petha|stwff|platiau|cadair) (ata i|ataf|at fi|ata fi)",
        # Not a pillow or a ball in play (``surveys.concern_slots.TOYS``).
        f"(chucked|chucks|chuck|lobbed|hurled|threw|throws|throw) (a|the|his|her) (?!{_TOYS} )"
        "[a-z]+ at my (head|face)",
        # Not a belt bought for school trousers or wanted for a birthday.
        "(got|get|gets|given|getting) the (belt|slipper|cane|strap|wooden spoon)(?! ([a-z]+ ){0,3}("
        "trousers|jeans|uniform|suit|skirt|shorts|dress|kit|outfit|costume|birthday|christmas)| i ("
        "wanted|asked|picked|chose|liked)| from (the )?(shop|shops|primark|next|asda|tesco|amazon|"
        "market|sports direct|matalan))",
        "(digs|dug|dig|digging) (her|his|their) (nails|fingernails|fingers) (in|into)",
    ],
    "sexual_abuse": [
        "(pictures|photos|videos|pics|vids) of me __ (in the (bath|shower)|naked|undressed|getting "
        "changed|in my (pants|underwear|knickers|bra))",
        "where (my )?(swimsuit|swimming costume|costume|pants|underwear) (goes|covers|go|cover)",
    ],
    "emotional_abuse": [
        "(nobody|no one|noone) (will|would) (ever )?(want|love|like) a (kid|child|girl|boy|"
        "person) like (me|you)",
        "(im|i am|i was|me|its me) the reason (everything|it all|things) (went|goes|is|go) "
        "(wrong|bad)",
    ],
    "trafficking": [
        "(clean|cleaning|cook|cooking|work|working|look after|looking after|mind|minding) __ "
        "instead of (going to |being at )?(school|college)",
    ],
    "missing": [
        # "4" is read as "for" (text-speak), so "out for 4 nights" arrives as "out for for".
        "(gone|missing|away|out) for for (days|nights|weeks)",
        "(nobody|no one|noone) (knew|knows|know) where i (was|am|were)",
        "(didnt|did not|without) (tell|telling) (anyone|anybody|my carers|them|nobody) __ (days|"
        "nights|where i (was|am))",
    ],
    "coercion": [
        "if i (dont|do not|wont|refuse to|try to stop|stop) __ (they|he|she)( will| would| are "
        "going to| is going to| gonna)? (burn|hurt|kill|stab|smash|come for|come after|get|batter"
        "|beat|shank)",
    ],
    "harmful_practices": [
        "(have|get|having|getting|do|doing) the cutting(?! board| edge| room)",
        "take me __ (cutting|cut done|to be cut)",
    ],
    "radicalisation": [
        "(fight|fighting|fought) for (our|the|my|white|their) (race|people|nation|cause|kind)",
    ],
    "domestic_abuse": [
        "(pinned|pins|pin|held|holds|pushed|shoved|slammed) (mum|my mum|her|mam|my mam) (to|"
        "against|up against|into) the (wall|door|floor)",
        "(mums|my mums|mams|my mams) (got|has|had|gets) (bruises|a black eye|marks|cuts|blood)",
    ],
    "bullying": [
        "(shoving|pushing) me (around|about)", "(slag|slagging|slags|slagged) (me )?off",
    ],
    "upset": [
        "(want|need|would like|wish i had) (someone|somebody|a person|an adult) to (talk|speak) to",
    ],
}
