"""Concern frames for harm done to a child outside the home, from the indicators in guidance.

``surveys.concern_frames`` writes each kind of harm as who × what × to whom. The frames here
(and, for harm at home, in ``surveys.concern_home_indicators``) add the *indicators*
safeguarding guidance lists for each kind, so that a child who describes a sign rather than
naming the harm is still heard:

- child criminal exploitation and county lines (Keeping Children Safe in Education, the Home
  Office county lines guidance): debt and "tick", a staged robbery that creates a debt, being
  a runner or lookout, a phone kept for them, being sent to another town with a bag, a flat
  taken over (cuckooing), being made to steal or hurt others, being paid in drugs;
- modern slavery and trafficking (the statutory guidance's indicators): debt bondage, working
  for food only, living where they work, domestic servitude instead of school, someone else
  speaking for them or posing as family, documents held, being told to lie about their age,
  fear of the police, being moved between cities;
- sexual exploitation, forced marriage and FGM, radicalisation, going missing, and the threats
  that keep a child quiet.

Same syntax as the other lists (see ``surveys.concern_frames``). English and Welsh.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import AGENT, CONTROLLERS, ERRAND, GROUPS

_STUFF = ("(stuff|drugs|weed|gear|bag|bags|package|packages|parcel|parcels|money|cash|phone|"
          "phones|knife|blade|gun|shank|weapon)")
_THEIR = "(their|his|the olders|the dealers|the gangs|the lads|the boys)"

INDICATORS: Final[dict[str, list[str]]] = {
    "exploitation": [
        "(gave|give|gives|given|bought|buy|buys) me __ _ (earn|pay for|pay back|work for|work off) "
        "(it|them|that)",
        "(text|texts|message|messages|snap) (with|of) (a|an|the) (postcode|address|location|pin)",
        "(sell|selling|sold|deal|dealing|shotting) in (a different|another|other|different) (city"
        "|town|area|cities|towns)",
        "(tell|tells|told|say|says|said) (me )?(that )?i (work|belong) (for|to) (them|him)",
        "(use|uses|used|using) (me|us|kids) (to|for) (carry|carrying|hold|holding|sell|selling|"
        "deliver|delivering|move|moving|run|running|drop|dropping)",
        "(wont|dont|never) (get )?(searched|stopped and searched|checked|stopped) (cos|because|"
        "by)", "if i (dont|do not|miss) (answer|pick up) __ (come|comes|came) (looking|after|for|"
        "round)",
        "(text|call|ring|tell|warn) (them|him) (if|when) (the )?(police|feds|cops|bill) (come|"
        "comes|show|turn up|arrive)",
        "(holding|keeping|minding|stashing|hiding) __ (at mine|at my house|at my carers|in my "
        "room) for (someone|somebody|them|him|a mate|people)",
        "(bag|package|parcel|box|load) of (stuff|drugs|weed|gear) (at mine|for|in my)",
        "(got|get|gets|getting) me into (selling|dealing|running|trapping|shotting|a gang|the "
        "gang)", "(pay|pays|paid|paying) me __ (out of town|go ot|go country|other towns)",
        # A phone kept for them; a staged robbery and the debt it makes; "you work for me now".
        f"(phone|burner|sim) __ for {CONTROLLERS}",
        "(took|nicked|robbed|lost|stole|taken) (the|their|his) (stuff|bag|package|drugs|weed|"
        "money|food|gear) __ (debt|owe|owing|pay (it )?back)",
        "i (work|belong|run|sell) for (him|them) now",
        "(people|ones|guys|lads|man|men|them) (im|i am|i was|i) (selling|dealing|shotting|running|"
        "holding|working) for", f"(selling|dealing|shotting) for (them|him|people|{CONTROLLERS})",
        "(at|in) (a|the) trap(?! door| music)",
        "(stab|shank|hurt|beat up|rob|jump|cut) (someone|somebody|a boy|a kid|people|a man) to "
        "(prove|get in|join|show)", "to prove (myself|im|i am) __ (gang|them|olders|stab|hurt)",
        "(till|until) (i|we) (sell|sold|shift|shifted|get rid of) (it|them|the lot|everything|all)",
        # Slang for county lines work.
        "(go|going|gone|went|been|sent) (o t|ot|out there for them)", "(trapping|shotting|"
        "shotter|bando|trap house|trap phone|deal line|drug line|the line phone)",
        "(run|running|ran|runs|work|working|on) (their|his|the olders|the|a) line",
        "(shotter|drug runner|drug mule|runner for|lookout for|look out for|mule for) (them|him|"
        "the|olders|older|a gang|their|his|some)",
        "(runner|lookout|look out) (on|at|outside) (the|a) (estate|block|corner|flats|trap|"
        "house|flat)",
        # Debt: on tick, a robbery that makes a debt, working it off.
        "(owe|owes|owed|owing) __ (tick|on tick|for (the|their|a) (tick|stuff|bag|package|"
        "drugs|weed))", "(on|a|for) tick (and|so|now)",
        f"robbed (of )?{_THEIR} {_STUFF}", f"robbed (the|their|his) {_STUFF} (off|from) me",
        "(pay|paying|work|working|clear|clearing) (it|that|this|what i owe|the debt|my debt) "
        "(back|off)? ?(by|with) (working|selling|running|doing)",
        "(clear|pay off|work off|pay back) (what|the money|all) (i|we) owe",
        "(do|doing|did) (a |some )?(job|jobs|run|runs|drop|drops) for (them|him|the olders|"
        "olders|the lads|the boys|the gang|the dealers|his mates|their mates) (to|so|cos|"
        "because|or|and|after)",
        "(want|wants|make|makes|made|tell|tells|told|get|gets|got) me (to )?do (a |some )?"
        "(jobs|runs|drops|job|run|drop) for",
        # Holding, hiding or carrying for them; being stopped far from home with their things.
        f"(hide|hiding|hid|keep|keeping|kept|stash|stashing|hold|holding|mind|minding|look after"
        f"|looking after) {_THEIR} {_STUFF}",
        f"(with|carrying|had|holding) {_THEIR} {_STUFF} on me",
        f"{ERRAND} _ for {CONTROLLERS}", f"{CONTROLLERS} _ (make|makes|made|send|sends|sent|"
        f"want|wants|tell|tells|told|get|gets|got) (me|us) (to )?{ERRAND}",
        # Sent to other towns with a bag, an address by text, a ticket, a hotel.
        f"{_STUFF} __ (to|in) (a flat|a house|an address|the address|a hotel|another (town|"
        f"city|area)|a different (town|city|area)|other (towns|cities))",
        "(text|texts|texted|send|sends|sent|give|gives|gave) me (an|the) (address|postcode|"
        "location|pin) (and|to|where)", "(train|coach|bus) ticket __ (bag|package|parcel|"
        "stuff|for them|to a flat)",
        "(hotel|hotels|b and b|airbnb|flat) with (the olders|olders|them|older (lads|boys|men)"
        "|the (lads|boys|men))", "(sell|sold|selling|deal|dealt|dealing) (from|out of) (there"
        "|a (flat|house|hotel|room))",
        "(wherever|where ever|anywhere) (they|he) (send|sends|tell|tells|want|wants) me",
        # Plugging; a flat taken over; made to steal or to hurt others; paid in drugs.
        "(plug|plugged|plugging) (it|them|the (stuff|drugs|bag|package))",
        "so the (feds|police|cops|bill) (wouldnt|wont|dont|didnt|cant|couldnt) (find|see|get|"
        "catch)", "(use|uses|using|used|took over|take over|taken over) (my|our|mums|my mums|"
        "my nans) (flat|house|home|place) (to|for) (deal|sell|store|stash|cook|bag up|hide)",
        "(cant|cannot|can not) (make|get) them (to )?(leave|go|out)",
        "(get|got|am|was|been|being|keep getting) sent (out )?to (shoplift|steal|nick|rob|sell|"
        "deal|beg|mug)",
        "(make|makes|made|forced|forces|force|sent|send|sends) me (to )?(shoplift|steal|nick|"
        "pickpocket|rob|mug|beat up|batter|stab|hurt|jump|set on)( (from|people|for|phones|"
        "stuff|things))?",
        "(pay|pays|paid|paying) (me|us) (in|with) (weed|drugs|gear|vapes|trainers|clothes|"
        "phones|food)", f"(deliver|delivering|drop|dropping|sell|selling) for {CONTROLLERS}",
        "(deliver|delivering|drop|dropping|sell|selling) for (them|him) (after school|at night|"
        "every|and)",
        f"{CONTROLLERS} __ (hold|keep|hide|stash|carry|mind) (something|some stuff|stuff|things|"
        "it|a bag|a package|bits) for (them|him)",
        f"(have to|got to|must|make me|made me|makes me) (give|hand|pay) (them|him|{CONTROLLERS})"
        " (all )?(my )?(money|pocket money|dinner money|wages|cash)",
        # Welsh: owing them, being sent to other towns, made to sell or carry for them.
        "mae arna i (arian |pres )?(iddyn|iddo|iddi|ir)", "(dyled|nyled) (iddyn|iddo|iddi|ir)",
        "(anfon|hanfon) (i )?(i )?(drefi|dref|trefi|tref|ddinas|dinasoedd) (eraill|arall)",
        "(gorfod|rhaid i (fi|mi)|gwneud i fi|neud i fi) (werthu|gwerthu|cario|gario|cuddio|guddio|"
        "dwyn|ddwyn|symud) __ (iddyn|iddo|iddi|ar eu rhan|ir bois|ir hogia)",
        # Not a carer's or a parent's present with a house rule after it ("my carer bought me a
        # phone and now she wants me to text her").
        "(?<!carer )(?<!carers )(?<!mum )(?<!mam )(?<!dad )(?<!nan )(?<!nain )(?<!gran )"
        "(?<!aunty )(?<!auntie )(?<!grandad )(?<!parents )(gave|give|gives|given|bought|buy|buys) "
        "me __ (and now|now|so now) (they|he|she) (want|wants|say|says|said|expect|expects) (me|i)",
    ],
    "trafficking": [
        "(real|actual) (dad|mum|uncle|aunty|aunt|family|parents) __ (brought|bring|took) me (here|"
        "over|to)",
        "(dont|do not|havent|have not) (have|got) my (own )?(passport|papers|documents|id)",
        "(promised|told me i would (go to|get)) (school|a job|a better life|education|college) __"
        " (but|instead)",
        "(boss|man|woman|they) (says|said|tells|told) __ (must|have to|got to) (keep )?(work|"
        "working)", "(no|without|havent got) (papers|documents|passport) (and|or|so)",
        "(sleep|sleeping|slept|stay) (at|in) the (restaurant|shop|takeaway|car wash|kitchen|salon|"
        "factory|farm|nail bar) (after|when|at night|every)",
        "(not allowed|not to|never|dont) (tell|say) __ how i (came|got) (here|to this country|to "
        "england|to the uk|over)",
        "(look after|looking after|mind|minding) (her|his|their) (babies|baby|kids|children) __ "
        "(never|not allowed|cant|dont) (go|get to go) (out|to school)",
        "(said|says|pretends|pretended|claims|claimed|told me) (he|she) (was|is) my (uncle|aunty|"
        "aunt|dad|mum|brother|cousin|sister)",
        "to say (he|she|they) (is|are|was|were) my (uncle|aunty|aunt|dad|mum|parents|family|"
        "brother|sister|cousin)",
        "(shed|barn|container|storeroom|stock room|back room|garage) (there|at work|where i work|"
        "on the farm|at the farm|behind the)",
        "(wont|dont|doesnt|will not|never) (give|let me have|hand) (me )?(back )?my (passport|"
        "papers|documents|id|visa|birth certificate)",
        "(not allowed|never allowed|cant|cannot) (to )?(call|phone|ring|text|contact|speak to|"
        "talk to) my (family|mum|dad|parents|home)",
        "(cleaning|childcare|cooking|housework|washing) __ (dont|do not|never|not|wont|doesnt) "
        "(pay|paid|give me money)",
        "(moved|been moved|taken|sent) (to )?(two|three|four|five|[0-9]+|lots of|loads of|so many|"
        "many) (different )?(cities|towns|countries) (this|in a|in one|every|each) (month|week|"
        "year)",
        # Welsh: working without pay, not allowed to school.
        "(gweithio|gwaith) (heb|ond dim|a dim) (gael |cael )?(fy nhalu|tal|cyflog|arian|pres)",
        "(dim|ddim) yn cael mynd (ir|i r) ysgol",
        "(clean|cleaning|cook|cooking|work|working|look after|looking after|mind|minding) __ _ "
        "(dont|do not|cant|never|not|wont|doesnt|didnt) (let me )?(go|going|get to go) to "
        "school",
        "(boss|the man|the woman|owner|manager) __ (keeps|keep|kept|takes|take|took) (all )?("
        "the|my) (money|wages|pay|tips)",
        "(give|hand|handing|giving|gave|hand over) (all )?(my|the) (money|wages|pay|earnings|"
        "tips) (to|over to) (the )?(boss|man|woman|them|him|her|people)",
        "(work|working|works) __ (my|the|a|for) debt", "(debt|owe) __ (work|working|boss)",
        "(brought|bring|took|taken|sent|smuggled) (me|us) (here |over )?(from|over from|out of) "
        "[a-z]+ __ (work|working|school|owe)",
        "(brought|bring|took|taken|sent|smuggled) (me|us) (here|over|to (this country|england|"
        "the uk|britain)) (to|for) (work|working|clean|cook|sell)",
        "(was|were|got|been|am|being) (brought|taken|sent|smuggled) (here|over|to (this "
        "country|england|the uk|britain)) (to|for) (work|working|clean|cook|sell)",
        "(not allowed|never allowed|cant go) out (on my own|alone|by myself) __ (the man|the "
        "boss|the woman|a man|they|he|she) (always )?(comes|goes|watches|follows)",
        "(who|that) (brought|bring|took|smuggled) (me|us) (here |over )?__ (work|owe|pay|make|"
        "keep)",
        "came (here |over )?(in|on) (a|the back of a) (lorry|boat|van|truck|dinghy)",
        "(told|tell|tells|made|make|makes) (me )?(to )?(say|tell (anyone|people|them|the police"
        "|everyone)) (that )?(im|i am) (1[89]|2[0-9]|older|an adult|their (son|daughter|niece|"
        "nephew|cousin))", "(lie|lying|lied) about my age",
        "(police|immigration|the home office|the authorities) __ (put|send|lock|deport) (me|us) "
        "__ (prison|jail|back|away)",
        "(dont|do not) know (the )?(address|postcode) (of )?(where|the house|the place) (i|we) "
        "(live|stay|sleep|work|am)",
        "(family|mum|dad|parents|brother|sister) (back home|in my country) __ (hurt|killed|pay|"
        "owe|get hurt|be hurt)",
        "(only|just) (give|gives|gave|pay|pays|paid) (me|us) (food|a place to sleep|somewhere to"
        " sleep|a bed)",
        "(car wash|nail bar|nail salon|cannabis farm|weed farm|grow house) __ (all day|all night|"
        "every day|hours|no pay|not paid|dont get paid|for free|for nothing|only (pay|pays|paid|"
        "give|gives|gave|get|gets|got)|boss (keeps|kept|takes|took|has|holds|held|wont|doesnt|"
        "never|locks|locked|makes|made|says (i|we) owe)|owe|debt)",
        "(different|other|new) (houses|places|flats) in (different|other) (cities|towns|"
        "countries)", "(keep|keeps|kept) (moving|taking|sending) (me|us) __ (cities|towns|"
        "countries)",
        "(have to|has to|had to|got to|must|make me|made me|makes me) (beg|steal|shoplift|"
        "pickpocket)", "(someone|somebody|they|he|she|the man|the woman) (else )?(always )?"
        "(talks|speaks|answers) for me",
        "(dont|do not|never|not) (get|got|getting) (any |no )?(money|pay|paid|wages) (for|from)"
        " (the|my|all)? ?(work|working|jobs)",
    ],
    "sexual_exploitation": [
        "(paying|pays|paid|pay|offered) me (money )?to (meet|see|come|go) (him|them|her)",
        "(asking|asks|asked|ask) (me )?what (im|i am|i was) wearing",
        "(give|gives|gave) (us|me) (drink|alcohol|vodka|drugs|weed|fags) (and|then) (take|took|"
        "takes) (us|me) to",
        "(got|get|getting|was|been|be) paid (for|to send) (pictures|pics|photos|nudes|videos|sex|"
        "stuff)",
        "(videos|vids|pictures|pics|photos) of me __ (are|were|keep|now) (sharing|posting|"
        "spreading|sending) (them|it)",
        "(pay|paid|paying) (him|them|her) back (another way|in other ways|with (sex|my body))",
        "(men|man|guys|they) (give|gives|gave) (us|me) __ (and then|then) (do|did|does) stuff",
        "(send|share|post|show) my (pictures|pics|photos|nudes|videos) to (my )?(whole )?"
        "(school|family|mum|friends|everyone)",
        "(make|makes|made|forces|forced) me (sleep|go|have sex|be) with (his|their) (friends|"
        "mates)",
        "(on cam|on camera|on video|on webcam) (with no|without|naked|topless)",
        # An adult or a car the child does not name, following them home or about:
        # guidance lists it among the signs; a brother or a dog following is not one.
        "(someone|somebody|a man|a woman|some man|this man|this guy|a guy|a bloke|men|some men|"
        "an older (man|guy|lad|boy)|older (men|guys|lads)|a stranger|strangers|a car|a van) (i "
        "(dont|didnt|do not) know )?__ (keeps|kept|keep|has been|have been|is|are|was|were|"
        "started|starts) (following|follows|followed|follow) me (home|back|from school|to school|"
        "after school|everywhere|to my|off the bus)",
    ],
    "harmful_practices": [
        "(found|picked|chosen|chose|arranged) (a )?(husband|wife) for me",
        "(marry|married|marrying) __ (when i (turn|am)|at|before i (am|turn)) (1[0-7]|[0-9]|"
        "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)",
        "(sent|send|sending|taking|take|taken|going) (me )?(abroad|back home|overseas) __ (get "
        "married|marry|be married|wedding|cut|cutting)",
        "(have|get|getting|having) (the )?(cutting|cut) (done|ceremony)",
        "(be|get|getting) married (when i (turn|am)|at|before i (am|turn)) (1[0-7]|[0-9]|eleven|"
        "twelve|thirteen|fourteen|fifteen|sixteen|seventeen)",
        "(so|then) (i|we) (cant|can not|cannot|wont be able to) (come|get|go) (back|home)",
        "(family|familys|our|the familys) (honour|izzat|reputation|good name)",
        "(sent|send me|sending me|take me|taking me) (away|abroad|back home|back to) __ if i "
        "(see|talk|date|have|go out|text|meet|like) __ (boy|boys|boyfriend|girl|girls|"
        "girlfriend)",
    ],
    "radicalisation": [
        "(attack|kill|fight|hurt|get) them before they (attack|kill|get|hurt)",
        "(manual|guide|instructions|handbook|pdf) (on|for|about) (making|how to make|building) "
        "(weapons|bombs|explosives|guns)",
        "fights for (our|the|my|white|their) (race|people|cause|nation|religion)",
        "(how to|going to|want to|plan to|planning to|gonna|planning) (do|carry out|plan|make|"
        "commit) (an|a) (attack|bombing|shooting|massacre|terror attack)",
        "(get|getting|be|being) ready for (war|the war|the fight|battle|the race war)",
        "(ready|prepared|willing|need|have|got) to (fight|die|kill) for (our|my|the) (people|"
        "race|cause|religion|country|faith|brothers|nation|god)",
        "(attackers|shooters|bombers|terrorists|killers|attacker|shooter|bomber) (are|were|is|"
        "was) (heroes|hero|legends|legend|right|brave|martyrs)",
        f"{GROUPS} (need|needs|should|must|deserve|deserves|have|ought) to (be )?(wiped out|"
        "killed|die|removed|gassed|burned|burnt|destroyed|got rid of)",
    ],
    "missing": [
        "(run|running|ran) (off|away) (after school|tonight|tomorrow|at the weekend|this weekend)",
        # Not a school trip's night at the station, the teachers there.
        "(slept|sleep|sleeping|stayed) (in|at) (the|a) station(?!( [a-z]+){0,3} (on|with) (the |"
        "our |a )?(school trip|trip|teachers|class|school|scouts|team|carers))",
        "(?<!alarm )(?<!alarms )(?<!it )(?<!phone )(?<!light )(?<!lights )(?<!timer )(keep|keeps|"
        "kept) (disappearing|vanishing|going off|going away) for",
        "(not|without|dont) (tell|telling) (anyone|anybody|them|nobody) where (im|i am|i will be"
        "|i go|im going|i am going)",
        "(live|living|sleep|sleeping|stay|staying) on the (streets|street)",
        "(going|go|went|gone) off for (days|nights|a few days|the weekend)",
        "(stayed|stay|staying|slept) (at|in) (a|some|this) (mans|mens|guys|strangers|older) "
        "(house|flat|place)",
    ],
    "coercion": [
        "(know|knows) where my (little |baby |big )?(sister|brother|family|mum|mam|nan|dad|"
        "sisters|brothers) (lives|live|goes|go|is|are|stays)",
        "(post|share|send|show|leak) __ if i (tell|told|say|said|talk|speak|snitch|grass)",
        "be next if i",
        "if i (tell|told|say|said|talk|speak) __ (take me away|put me in care|send me away|split"
        " us up|take my (brother|sister|brothers|sisters)|never see)",
        "(something bad|bad things|something) (will|would|is going to|gonna) happen (to (me|my|"
        "us) )?if i (tell|say|talk|speak|grass|snitch)",
        "(know|knows) where (i|we|my family|my mum) (live|lives|stay)",
        "(hurt|kill|harm|beat|batter|stab) __ if i (run|run away|leave|escape|go to the police)",
        "if i (tell|told|say|said|talk|speak|grass|snitch|run) __ (come for|come after|find|"
        "prison|jail|deported|sent back|something bad)",
        "(come for|come after|find) (me|us|my) __ if i (tell|talk|say|speak|grass|snitch)",
        "or (else )?(they|he|she|theyll|hell|shell) (will |would |gonna |going to )?(batter|"
        "hurt|beat|stab|kill|shank|jump|get|do|find|come for|come after) (me|my|us)",
        f"{AGENT} (will|would|is going to) (tell|show) (everyone|people|my) __ (if i|unless i)",
        "or (he|she|they) (will|would) (tell|post|share|show) (everyone|people|my)",
    ],
}
