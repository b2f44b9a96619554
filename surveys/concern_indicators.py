"""More concern frames, written from the indicators each kind of harm shows in guidance.

``surveys.concern_frames`` writes each kind of harm as who × what × to whom. The frames here
add the *indicators* safeguarding guidance lists for each kind, so that a child who describes a
sign rather than naming the harm is still heard:

- child criminal exploitation and county lines (Keeping Children Safe in Education, the Home
  Office county lines guidance): debt and "tick", a staged robbery that creates a debt, being
  a runner or lookout, being sent to another town with a bag, a flat taken over (cuckooing),
  being made to steal or hurt others, being paid in drugs;
- emotional abuse (Working Together to Safeguard Children): being made to feel worthless or
  loved only on conditions, blamed, humiliated, ignored, kept from friends, made to watch
  others hurt;
- modern slavery and trafficking (the statutory guidance's indicators): debt bondage, working
  for food only, living where they work, domestic servitude instead of school, someone else
  speaking for them, being told to lie about their age, fear of the police;
- feeling unsafe at home: fear of someone in the house, strangers or drugs or weapons there,
  barricading a door, being watched asleep, threats to burn the house down;
- and the methods, places, threats and signs the other kinds of harm have in common.

Same syntax as the other lists (see ``surveys.concern_frames``).
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import (
    AGENT,
    CARER,
    CONTROLLERS,
    ERRAND,
    FEAR,
    GROUPS,
    LABELS,
    MUM,
    MUMS,
    PLACE,
)

_SAY = "(say|says|said|tell|tells|told|call|calls|called|calling|telling|saying)"
_STUFF = ("(stuff|drugs|weed|gear|bag|bags|package|packages|parcel|parcels|money|cash|phone|"
          "phones|knife|blade|gun|shank|weapon)")
_THEIR = "(their|his|the olders|the dealers|the gangs|the lads|the boys)"

INDICATORS: Final[dict[str, list[str]]] = {
    "exploitation": [
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
        "pickpocket|rob|mug|beat up|batter|stab|hurt|jump|set on) (from|people|for|phones|"
        "stuff|things)?",
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
        "(gave|give|gives|given|bought|buy|buys) me __ (and now|now|so now) (they|he|she) "
        "(want|wants|say|says|said|expect|expects) (me|i)",
    ],
    "emotional_abuse": [
        # Welsh: "says she hates me", "ignores me for days".
        "fy nghasau", "(fy anwybyddu|anwybyddu fi) (i )?am (ddyddiau|wythnosau|oriau)",
        f"{CARER} _ (is|are|was|were) (so |really |always )?(horrible|nasty|cruel|vile|evil) "
        "to me",
        "(ignore|ignores|ignored|ignoring) me for (days|weeks|ages|hours)",
        "silent treatment __ (days|weeks|ages)",
        f"{CARER} _ (gives|gave|give|giving) me the silent treatment",
        "(like|as if) (im|i am|i was|i) (not|wasnt|werent|isnt) (even )?(there|here|alive|"
        "real)",
        "(only|just) (love|loves|like|likes|want|wants|care about|cares about|nice to) (me|us) "
        "(when|if)",
        f"{CARER} _ (makes fun|made fun|make fun|laughs|laughed|mocks|mocked|humiliates|"
        "humiliated|embarrasses|shames) (of |at )?me",
        "(humiliate|humiliates|humiliated|humiliating) me",
        "(laugh|laughs|laughed|laughing) at me (when|while) i (cry|am crying|cried|get upset|"
        "am upset|got hurt|get hurt)",
        "(my|its my|all my|it is my|it was my) fault (the|my|that|mum|dad|they|she|he|we) __ "
        "(broke up|split up|split|left|died|drinks|is ill|got taken|went to prison|are "
        "fighting|fight|is sad|got sick)",
        "(blames|blame|blamed|blaming) me for (everything|it all|all|what|mum|dad|the|her|his|"
        "them)",
        "(treat|treats|treated|treating) me (like|worse than|different to) (dirt|rubbish|a dog|"
        "an animal|a slave|a servant|nothing|a maid|crap|shit)",
        "(nobody|no one|noone) (else )?(would|will) (ever )?(put up with|want|love|have|look "
        "after|take) (me|you)",
        "(wont|dont|doesnt|never) (let|allow) me (to )?(have|see|go out with|talk to|text|play "
        "with|meet) (any |my )?(friends|mates)",
        "(not allowed|never allowed|arent allowed) (to )?(have|see|go out with|talk to|text|"
        "meet) (any |my )?(friends|mates) (ever|at all|anymore|any more|or go out|or have|or "
        "talk)", "(not allowed|never allowed) (to )?(have )?any (friends|mates)",
        "(tells|told|says|said) (me )?(that )?(she|he|they) (hates|hate|hated|doesnt love|dont "
        "love|never loved|never wanted|doesnt want|dont want) me",
        f"{CARER} _ (hates|hate|doesnt love|dont love|never loved|never wanted) me",
        f"(she|he|they|{CARER}) _ (wish|wishes|wished) (i|id) (would )?(go away|disappear|leave|"
        "was gone|wasnt here|was dead|never came)",
        "(should|shouldnt|should not) (never )?(have|of) (been born|had me)",
        f"{_SAY} (me |everyone |people |them )?(that )?(im|i am|i was|me) _ {LABELS}",
        f"{_SAY} me (the|a|an) (devil|demon|monster|animal|mistake|burden|problem|freak)",
        "(make|makes|made|making) me (beg|kneel|crawl|grovel|eat (off|on|from) the floor|say "
        "sorry on my knees|stand in the corner)", "on my knees (and|to|for|saying)",
        "(corner|outside|in the cold) for (hours|ages|the whole)",
        "(rip|rips|ripped|tear|tears|tore|smash|smashes|smashed|break|breaks|broke|bin|bins|"
        "binned|burn|burns|burnt) (up )?my (drawings|pictures|photos|toys|presents|cards|teddy|"
        "diary|letters|things from my mum|stuff from my mum)",
        "(make|makes|made) me watch (when|while|him|her|them) __ (hurt|hurts|hit|hits|beat|"
        "beats|kick|kicks|kill|kills|drown)",
        "(the reason|why) (she|he|they|mum|dad|mam|my mum|my dad|my mam) (drinks|drink|is ill|"
        "is sad|left|takes drugs|hits|cries|is unhappy|is stressed|has no money|got ill|is "
        "depressed)",
        "never (say|says|said) (anything )?(nice|kind|good) (to|about) me",
        "(shut up|be quiet) (every time|whenever|when ever|all the time) i (talk|speak|say|open)",
        "(put|send|sending|putting) me (back )?(in|into|to) (care|a home|a childrens home|foster"
        " care) if i",
    ],
    "trafficking": [
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
        "every day|hours|no pay|not paid|dont get paid|for free|for nothing|only|boss|owe|debt)",
        "(different|other|new) (houses|places|flats) in (different|other) (cities|towns|"
        "countries)", "(keep|keeps|kept) (moving|taking|sending) (me|us) __ (cities|towns|"
        "countries)",
        "(have to|has to|had to|got to|must|make me|made me|makes me) (beg|steal|shoplift|"
        "pickpocket)", "(someone|somebody|they|he|she|the man|the woman) (else )?(always )?"
        "(talks|speaks|answers) for me",
        "(dont|do not|never|not) (get|got|getting) (any |no )?(money|pay|paid|wages) (for|from)"
        " (the|my|all)? ?(work|working|jobs)",
    ],
    "unsafe_home": [
        # Welsh: afraid when he comes home, locking the door, strangers in the house.
        "ofn pan (mae|maen) (on|en|hin|nhwn|o|e|hi|nhw|dad|mam)",
        "(cloi|gloi) (drws|fy nrws) __ (bob nos|achos|oherwydd|rhag)",
        "(dynion|pobl|dyn) (dieithr|diarth) __ (dod|yn dod) (ir ty|adre|draw)",
        f"{FEAR} __ (what|when) (he|she|they|dad|mum|my dad|my mum|my step dad|my carer) "
        "(will|might|is going to|does|do|gets|comes|is)",
        f"{FEAR} __ (his|her|their) (car|van|footsteps|voice|key|keys)",
        f"{FEAR} (every time|whenever) (the door|someone|he|she|they|i hear)",
        "on edge (all the time|at home|at my|in the house|every)",
        "(have to|got to|must) (be|stay|keep) (really |so |very )?(quiet|silent|out of (his|her"
        "|their) way) __ (or|in case|because|cos|so (he|she|they))",
        "(home|house|placement|there|back) __ (because of|cos of|coz of) (him|her|them|my (step "
        "dad|mums boyfriend|carer|carers|uncle|brother))",
        "(chair|bed|wardrobe|drawers|table) (under|against|behind|in front of) (the|my) (door|"
        "door handle|handle)", "(jam|jammed|wedge|wedged|barricade|barricaded) (the|my) door",
        "(watches|watching|watched|stares at|staring at|stands over|stood over) me (when|while) "
        "(im|i am|i) (asleep|sleeping|sleep|in the bath|in the shower|getting changed|changing|"
        "undressing)",
        "(needles|syringes|crack pipes|pipes|drugs|powder) (on the floor|everywhere|lying "
        "around|in the house|at home|in my room)",
        "(keeps|keep|has|have|got|hides|hide) (a )?(gun|guns|machete|shotgun|crossbow) (in|at|"
        "under)", "(knife|blade|weapon|bat|hammer|scissors) under my (pillow|bed|mattress)",
        "sleep with a (knife|weapon|bat|hammer|blade)",
        "(burn|burns|set fire to|torch|blow up) (the|our|this) (house|flat|home|place)",
        "(keep|kept|have|got) (a|my) bag packed (in case|ready|so)",
        "(come|comes|came) (round|over|home) (and|so) i (lock|hide|stay in)",
        "(nobody|no one) (at home|in my house|in the house|here) (would|will|ever) (help|protect"
        "|stop (him|her|them))",
        "something bad (is going to|will|is gonna|going to) happen (at home|to me|to my mum|"
        "tonight|when)", "(hide|hiding|hid) (till|until) (morning|he|she|they)",
        "(dont|do not|cant|cannot) sleep (at night )?(because|cos) (im|i am|of) (scared|"
        "frightened|him|her|them)",
        "(drunk|high|off (his|her) face) (i|we) (go and |have to )?(hide|run|leave|get out)",
    ],
    "self_harm": [
        "(want|wanna|wish|would rather|rather) (to )?(not|never) (be here|exist|be alive|live|"
        "wake up)", "(think|thinking|thought) about ending (things|everything|my life)",
        "(into|in) the (sea|river|canal|lake|reservoir|water) (and )?(keep going|never come "
        "back|not come back|drown|until|till|to die)",
        "(lay|lie|lying|laid) down (on|across) (the )?(train )?(tracks|line|railway|road)",
        "(tie|tied|tying|put|wrap|wrapped|pull|pulled) __ (round|around) my (neck|throat)",
        f"{PLACE} __ (thought about|think about|thinking about) (it|jumping|doing it|ending it)",
        f"{PLACE} __ (jump|jumping|jumped|throw myself|throwing myself) (off|from|of|in front)",
        "for (when|after) (im|i am|i) (gone|dead|die|not here|not around)",
        "(burn|burning|burnt|burned) my (arms|arm|legs|leg|wrists|skin|hands)",
    ],
    "physical_abuse": [
        "(nobody|no one|people|teachers|school) (sees|see|can see|will see|notices|notice|ask|"
        "asks) (the |my )?(bruises|marks|cuts|burns)",
        f"(bruises|marks|burns|cuts) {AGENT} (gives|give|gave|leaves|left|makes|made)",
        "(not allowed|cant|mustnt|not supposed) (to )?(say|tell|talk about) __ (marks|bruises|"
        "cuts|burns|black eye|injuries)",
        f"{AGENT} _ (twist|twists|twisted|bent|bends) my (arm|arms|wrist|fingers)",
        f"{AGENT} _ (holds|held|pins|pinned) me down (and|to|so)",
        "(threw|throws|throw) (a|the|his|her) (plate|cup|glass|bottle|chair|shoe|remote|phone|mug|"
        "knife|pan|bowl|bat) at (me|my head|my face)",
        f"{AGENT} _ (pulls|pulled|drags|dragged) me (by|round by) my",
    ],
    "sexual_abuse": [
        "(does|did|doing|do) (bad|horrible|nasty|weird|rude|secret|private|naughty) (stuff|"
        "things) to me",
        "(does|did|doing|do|makes me do|made me do) (weird|bad|rude|horrible|funny|strange|secret"
        "|naughty) (stuff|things) __ (alone|on our own|by ourselves|at night|in my room|in bed)",
        "(film|films|filmed|filming|record|records|recorded|photograph|photographs) me (in the "
        "(shower|bath|toilet|bathroom)|getting changed|changing|undressing|naked|when i "
        "(shower|bath|change|sleep))",
        "(send|sends|sent|sending|show|shows|showed) me (pictures|photos|pics|videos|vids) of "
        "(his|her|their) (private|privates|willy|penis|dick|body|thing|bits)",
        "(have to|make me|made me|got to|must) let (him|her|them) (or|do|touch|in)",
        "(do|did|does) things to (him|her|them) (when|while|and)",
        "(under|inside) my (clothes|pyjamas|top|nightie|pants)",
    ],
    "neglect": [
        "(never|dont|do not|hardly ever|rarely) (have|get|got) anything to eat",
        "(havent|have not|hasnt|not|didnt) (had|have) (any )?(electric|electricity|gas|heating|"
        "hot water|water|food) (for|in|since)",
        "(nobody|no one|never) (takes|take|took|taken) (him|her|us|them|my (little |baby )?"
        "(brother|sister)) to (the )?(doctor|doctors|dentist|hospital)",
        "(steal|stealing|stole|take|taking) food (from|at) (school|the shop|shops)",
        "(nobody|no one) (washes|cleans|irons) my (clothes|uniform)",
        f"{MUM} (is )?(passed out|asleep|out of it|comatose) __ (most days|every day|all day|"
        "and i|so i)",
    ],
    "sexual_exploitation": [
        "(pay|paid|paying) (him|them|her) back (another way|in other ways|with (sex|my body))",
        "(men|man|guys|they) (give|gives|gave) (us|me) __ (and then|then) (do|did|does) stuff",
        "(send|share|post|show) my (pictures|pics|photos|nudes|videos) to (my )?(whole )?"
        "(school|family|mum|friends|everyone)",
        "(make|makes|made|forces|forced) me (sleep|go|have sex|be) with (his|their) (friends|"
        "mates)",
        "(on cam|on camera|on video|on webcam) (with no|without|naked|topless)",
    ],
    "harmful_practices": [
        "(be|get|getting) married (when i (turn|am)|at|before i (am|turn)) (1[0-7]|[0-9]|eleven|"
        "twelve|thirteen|fourteen|fifteen|sixteen|seventeen)",
        "(so|then) (i|we) (cant|can not|cannot|wont be able to) (come|get|go) (back|home)",
        "(family|familys|our|the familys) (honour|izzat|reputation|good name)",
        "(sent|send me|sending me|take me|taking me) (away|abroad|back home|back to) __ if i "
        "(see|talk|date|have|go out|text|meet|like) __ (boy|boys|boyfriend|girl|girls|"
        "girlfriend)",
    ],
    "radicalisation": [
        "(ready|prepared|willing|need|have|got) to (fight|die|kill) for (our|my|the) (people|"
        "race|cause|religion|country|faith|brothers|nation|god)",
        "(attackers|shooters|bombers|terrorists|killers|attacker|shooter|bomber) (are|were|is|"
        "was) (heroes|hero|legends|legend|right|brave|martyrs)",
        f"{GROUPS} (need|needs|should|must|deserve|deserves|have|ought) to (be )?(wiped out|"
        "killed|die|removed|gassed|burned|burnt|destroyed|got rid of)",
    ],
    "missing": [
        "(live|living|sleep|sleeping|stay|staying) on the (streets|street)",
        "(going|go|went|gone) off for (days|nights|a few days|the weekend)",
        "(stayed|stay|staying|slept) (at|in) (a|some|this) (mans|mens|guys|strangers|older) "
        "(house|flat|place)",
    ],
    "domestic_abuse": [
        f"{AGENT} _ (goes for|go for|went for|gone for|lays into|laid into|kicks off at|kicked "
        f"off at|flies at|flew at) {MUM}",
        f"(hands|hand|fingers) (round|around|on) {MUMS} (neck|throat)",
        f"(smash|smashing|smashed|bang|banging|banged|hit|hitting|slam|slamming) {MUMS} head",
        f"(wont|doesnt|dont|never) let {MUM} (have|go|see|out|leave|talk|speak)",
    ],
    "coercion": [
        "(something bad|bad things|something) (will|would|is going to|gonna) happen (to (me|my|"
        "us) )?if i (tell|say|talk|speak|grass|snitch)",
        "(know|knows) where (i|we|my family|my mum) (live|lives|stay)",
        "(hurt|kill|harm|beat|batter|stab) __ if i (run|run away|leave|escape|go to the police)",
        "if i (tell|told|say|said|talk|speak|grass|snitch|run) __ (come for|come after|find|"
        "prison|jail|deported|sent back|something bad)",
        "(come for|come after|find) (me|us|my) __ if i (tell|talk|say|speak|grass|snitch)",
        "or (else )?(they|he|she|theyll|hell|shell) (will |would |gonna |going to )?(batter|"
        "hurt|beat|stab|kill|shank|jump|get|do) (me|my|us)",
        f"{AGENT} (will|would|is going to) (tell|show) (everyone|people|my) __ (if i|unless i)",
        "or (he|she|they) (will|would) (tell|post|share|show) (everyone|people|my)",
    ],
    "upset": [
        "(dont|do not|never) feel (ok|okay|alright|right|comfortable|happy) (at home|here|in (this"
        "|my|the) (house|placement|home)|with (him|her|them))",
    ],
    "bullying": [
        "(sending|messaging|texting|posting|send|sends) (me|us) (horrible|mean|nasty|rude|"
        "hurtful|threatening) (messages|things|stuff|comments|pictures)",
    ],
}
