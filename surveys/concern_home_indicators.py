"""Concern frames for harm at home and to oneself, from the indicators in guidance.

The companion of ``surveys.concern_indicators`` (harm outside the home): signs a child may
describe without naming the harm, from Working Together to Safeguard Children and NSPCC
guidance:

- emotional abuse: being made to feel worthless or loved only on conditions, blamed for the
  family's troubles, humiliated, ignored, kept from friends or from speaking, favoured against,
  made to watch others hurt;
- feeling unsafe at home: fear of someone in the house, strangers, drugs or weapons there,
  barricading a door, sleeping dressed to run, being watched asleep, threats to burn the house;
- self-harm by method and place, physical and sexual abuse by what is done and how it is
  hidden, neglect by what is missing, domestic abuse witnessed.

Same syntax as the other lists (see ``surveys.concern_frames``). English and Welsh.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import AGENT, CARER, FEAR, LABELS, MUM, MUMS, PLACE

_SAY = "(say|says|said|tell|tells|told|call|calls|called|calling|telling|saying)"

HOME_INDICATORS: Final[dict[str, list[str]]] = {
    "emotional_abuse": [
        "ignores me (completely|all the time|unless|until|except)",
        "(send|sending|put|putting) me (away )?(to|in|into) (a home|a childrens home|a care home|"
        "care) if i", "(wished|wishes|wish) (she|he|they) (had )?(had an abortion|aborted me|never"
        " had me)",
        "(but|and) (she|he|they) (does|do|did) (it )?(with|for|to) my (brother|sister|brothers|"
        "sisters)", "(never|doesnt|dont|wont) (hug|hugs|cuddle|cuddles) me",
        "(wont|will never|never|not going to|will not|dont) amount to (anything|nothing|much)",
        "(putting|puts|put) me down (in front of|all the time|every day|constantly)",
        "(eat|eating|sit|sleep|stand) (separately|on my own|alone|apart|outside) __ (punishment|"
        "from everyone|from the family|from them)",
        "(paid|pay|pays|money) (her |him |them )?to (keep|have|look after|put up with) me",
        "(shouted|screamed|yelled|sworn) at for (hours|ages|days)",
        f"{_SAY} (me )?(that )?(im|i am|ill be|i will be) (just )?(like|as bad as|the same as) "
        "(my )?(dad|mum|father|mother|him|her)",
        f"{_SAY} (me )?(that )?(i|im|i am) (ruin|ruined|ruins|ruining|spoil|spoilt|wreck|wrecked)"
        " (everything|it all|her life|his life|their lives|their life|the family)",
        "(nothing|none) for me (on purpose|because|cos|again)",
        "(lucky|grateful) (anyone|anybody|someone|they|she|he) (took|takes|wants|wanted|would "
        "have|puts up with|keeps) me",
        "(screams|scream|screamed|screaming|shouts|shout|shouted|yells|yell|yelled) in my face",
        "(pretend|pretends|pretended|acts like|act like) (i|im|i am) (dont|do not|didnt|not) "
        "(exist|there|here|alive)",
        "(im|i am|i was|me|its me) the reason (my|mum|dad|they|she|he|we|the family) __ (taken|"
        "into care|split|broke up|left|died|drinks|ill|prison)",
        f"(get|got|getting|am|was|being) called (a |an )?{LABELS} (at home|by (my|mum|dad|her|"
        "him|them))",
        "(not allowed|never allowed) to (talk|speak|laugh|cry) (at home|at the table|in the house"
        "|in front of (him|her|them|my)|unless (he|she|they|im|i am))",
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
    "unsafe_home": [
        "(punches|punched|punch|kicks|kicked|smashes|smashed) (holes|a hole) in (the|my) (walls|"
        "wall|doors|door)",
        "(have to|got to|need to|must) lock (the|my) (bathroom|bedroom|door|room) (when|while|"
        "because) (he|she|they|my)",
        "(drinking|drunk|high|drugs) and (fighting|fights|screaming|smashing|kicking off)",
        "so i (dont|do not|wont|dont have to) (see|be near|be around|bump into) (him|her|them|my "
        "dad|my step dad)",
        "(keeps|keep|kept) (coming|walking|barging) (in|into) (the|my) (bathroom|bedroom|room|"
        "shower) (when|while)",
        "(punched|punch|punches|kicked|smashed|hit) (the|a) (door|wall|window) (next to|by|near|"
        "beside|behind) (my|me)",
        "(fight|fights|fighting|rows|violence) __ _ (police|cops|feds) (come|came|comes|called|"
        "get called|are called)",
        "(sleep|sleeping|slept) in my (clothes|shoes|coat|trainers) (in case|so i can|because)",
        "(in case|so) i (need|have) to (run|get out|escape|leave quick|get away)",
        "(has|have|had|got) (people|men|friends|mates) (round|over) __ (drugs|crack|heroin|spice|"
        "smack)", "(walk|walking|tread|treading) on eggshells",
        "(someone|somebody|mum|she|he|they|one of them) (will|is going to|might|would|gonna) "
        "(get|be) (killed|stabbed|murdered|seriously hurt)",
        "(no lock|doesnt have a lock|dont have a lock|cant lock|wont let me have a lock) __ "
        "(comes|come|came|walks|walk|gets|get) in",
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
        "(easier|better|happier) if i (wasnt|was not|werent|am not) (around|here|alive)",
        "(rope|noose|cord|ligature) (hidden|hid|stashed|under my|in my)",
        "(hidden|hid|stashed|hiding) (a )?(rope|cord|noose)",
        "(chair|stool) with a (belt|rope|cord|scarf|lead|cable|tie)",
        "(keep|kept|keeps|always) (looking|staring) at (the|my|all the|mums|my mums|my nans) "
        "(pills|tablets|paracetamol|razor|razors|blades)",
        "(dont|do not) want to be here (tomorrow|next week|much longer|for much longer|any longer"
        "|tonight)", "(until|till|so) i (disappear|die|waste away|am gone|stop existing)",
        "(bled|bleed|bleeding|cut|burnt|burned|broke|bruised|hurt) __ on purpose",
        # Not a crossing patrol that "lets us walk", nor road safety's "never run in front of".
        "(?<!us )(?<!we )(?<!never )(?<!dont )(?<!not )(stepping|step|walk|walking|run|running) ("
        "out )?(into|in front of) the (road|traffic|cars|bus|lorry|train)",
        "(want|wanna|wish|would rather|rather) (to )?(not|never) (be here|exist|be alive|live|"
        "wake up)", "(think|thinking|thought) about ending (things|everything|my life)",
        "(into|in) the (sea|river|canal|lake|reservoir|water) (and )?(keep going|never come "
        # Not "in the water till the whistle": "till I die" is read on its own above.
        "back|not come back|drown|to die)",
        "(lay|lie|lying|laid) down (on|across) (the )?(train )?(tracks|line|railway|road)",
        "(tie|tied|tying|put|wrap|wrapped|pull|pulled) __ (round|around) my (neck|throat)",
        f"{PLACE} __ (thought about|think about|thinking about) (it|jumping|doing it|ending it)",
        f"{PLACE} __ (jump|jumping|jumped|throw myself|throwing myself) (off|from|of|in front)",
        "for (when|after) (im|i am|i) (gone|dead|die|not here|not around)",
        "(burn|burning|burnt|burned) my (arms|arm|legs|leg|wrists|skin|hands)",
    ],
    "physical_abuse": [
        "(pins|pinned|pin|holds|held|pushes|pushed|shoves|shoved) me (against|up against|to) the "
        "(wall|door|floor|fridge|car)",
        "(split lip|busted lip|bust lip|broken nose|broken arm|broken finger|broken wrist|cracked "
        f"rib|broken rib) (from|off|because of) (my |the )?{AGENT}",
        "so i (couldnt|could not|cant|cannot) breathe",
        "(nobody|no one|people|teachers|school) (sees|see|can see|will see|notices|notice|ask|"
        "asks) (the |my )?(bruises|marks|cuts|burns)",
        f"(bruises|marks|burns|cuts) {AGENT} (gives|give|gave|leaves|left|makes|made)",
        "(not allowed|cant|mustnt|not supposed) (to )?(say|tell|talk about) __ (marks|bruises|"
        "cuts|burns|black eye|injuries)",
        # Not when the child is the one who did it ("he laughed, i bent my wrist at trampolining").
        f"{AGENT} _ (?<!\\bi )(twist|twists|twisted|bent|bends) my (arm|arms|wrist|fingers)",
        # Not a brother who holds the child down and tickles them, and nothing more.
        f"{AGENT} _ (holds|held|pins|pinned) me down (and|to|so)(?! (tickles|tickled|tickle) me "
        "(?!(til|until|even|so|and)))",
        "(threw|throws|throw) (a|the|his|her) (plate|cup|glass|bottle|chair|shoe|remote|phone|mug|"
        "knife|pan|bowl|bat) at (me|my head|my face)",
        f"{AGENT} _ (pulls|pulled|drags|dragged) me (by|round by) my",
    ],
    "sexual_abuse": [
        f"{CARER} _ (makes|made|make) me feel (dirty|disgusting|gross|used)",
        "(kisses|kissed|kiss|kissing) me __ (dont like|do not like|didnt like|doesnt stop|wont "
        "stop|uncomfortable|tongue)",
        "(touch|kiss|bath|bed|secret|undress|naked|willy|privates) __ (its|it is|it was) (normal|"
        "a game|our secret|what grown ups do)",
        "(watches|watched|watching|stares at|stared at) me (get|getting) (changed|undressed|"
        "dressed|naked|in the bath|in the shower)",
        "(makes|made|make|making) me (sleep|lie|get) in (his|her|their) bed",
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
        "(havent|have not|not) (had|have) (a )?(shower|bath|wash) (in|for) (weeks|days|ages|a "
        "week|a month)", "(water|electric|electricity|gas|heating) (is|has been|got|was) (off|"
        "cut off|turned off)",
        "(no one|nobody|noone) (is )?(home|in|at home|there) (most|every|all|at) (nights|night|"
        "days|weekend|the time)",
        "(wash|washing) my (own )?(clothes|uniform) in the (sink|bath)",
        "(forgets|forgot|forget|forgetting) (to )?(pick me up|feed me|feed us|about me|about us|"
        "to get me|my dinner|my tea)",
        "(hurt|hurts|ache|aches|rotten|sore|ill|sick) __ (no one|nobody|never|noone) (takes|take|"
        "took|will take) me",
        "(look|looking) after myself (because|since|as) __ (always out|never (home|here|there|"
        "around)|drunk|out all|away)",
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
    "domestic_abuse": [
        f"{AGENT} _ (threatens|threatened|threaten|threatening) {MUM} (with|that)",
        f"(lock|locks|locked|locking) {MUM} (in|out)",
        f"{AGENT} _ (goes for|go for|went for|gone for|lays into|laid into|kicks off at|kicked "
        f"off at|flies at|flew at) {MUM}",
        f"(hands|hand|fingers) (round|around|on) {MUMS} (neck|throat)",
        f"(smash|smashing|smashed|bang|banging|banged|hit|hitting|slam|slamming) {MUMS} head",
        f"(wont|doesnt|dont|never) let {MUM} (have|go|see|out|leave|talk|speak)",
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
