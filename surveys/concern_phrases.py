"""The words ``surveys.concerns`` looks for: phrase lists per kind of harm, in English and Welsh.

Kept apart from the matching code so that safeguarding leads can review the lists on their own.
Phrases are regular expressions over normalised text (lower-case ASCII letters, digits and
single spaces; see ``surveys.concerns.normalise``). Every ``(`` is a non-capturing group, and a
lone ``_`` stands for up to three words ("touches me _ down there" also matches "touches me
right down there"). Write words in their ordinary spelling: repeated letters are squeezed in
phrases and texts alike. Welsh phrases carry their mutated forms ("taro", "daro", "nharo").
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import COUNTRY_PASTIME, CUCKOOED, UNALIVED

# --- phrase lists -----------------------------------------------------------------------------

_ME = "(me|us)"
_SELF = "(myself|my self)"
_BODY = "(arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|belly|hip|hips|body)"
_ADULT = ("(he|she|they|dad|mum|mam|step dad|step mum|carer|carers|foster (carer|carers|dad|mum)|"
          "uncle|auntie|aunt|nan|grandad|brother|sister|boyfriend|girlfriend|man|men|lad|lads)")
_HIT = ("(hit|hits|hitting|hited|beat|beats|beating|beaten|punch|punches|punched|punching|kick|"
        "kicks|kicked|kicking|slap|slaps|slaped|slaping|smack|smacks|smacked|smacking|whack|whacks|"
        "whacked|batter|batters|battered|strangle|strangles|strangled|choke|chokes|choked|choking|"
        "throttle|throttled|burn|burns|burned|burnt|pinch|pinches|pinched|hurt|hurts|hurted|"
        "hurting|belt|belts|belted|thump|thumps|thumped|"
        "shove|shoves|shoved|abuse|abuses|abused|abusing|harm|harms|harmed)")

ENGLISH: Final[dict[str, list[str]]] = {
    "self_harm": [
        f"(kill|killing|killed|harm|harming|harmed|cut|cuts|cutting|burn|burning|burned|burnt|"
        f"scratch|scratching|starve|starving|strangle|choke|choking|hang|hanging|hanged|drown|"
        f"stab|stabbing|poison|poisoning|overdose|end|ending|knife|punish|punishing) {_SELF}"
        "(?! laughing| with laughter)",
        f"(hurt|hurting|hit|hitting|punch|punching) {_SELF}"
        "(?! (playing|at|on|during|riding|skating|falling|by accident|accidentally|in pe|"
        "in football|in the (park|garden|gym)))",
        "(want|wanted|wants|going|trying|tried|try|wish|wishing|like|ready|deserve) to die"
        "(?! (my|her|his|their) hair)",
        "(want|wanna|wish|wished) (i was|i were|to be|i could be) dead",
        "(wish|wished) (i was|i were|i had) (never|not) (born|ben born|here|alive)",
        "wish i (wasnt|didnt exist|could disappear|could just disappear|could die|was gone)",
        "better off (dead|without me|if i (was|were) (dead|gone))", "take my (own )?life",
        "(end|ending|ended) (it all|my (own )?life|everything)", "suicide", "suicidal",
        "self harm", "self harming", "self harmed", "self injuring", "self injury",
        "(no|whats the) (point|reason) (in |of )?(living|being alive|to live|going on|"
        "me being here)",
        "(dont|do not|never|not) want to (be alive|live|live anymore|exist|be here anymore|"
        "be here any more|be here no more|wake up(?! early| for| at| in))",
        "(cant|cannot) go on (like this|any ?more|living)", "(overdose|overdosed|overdosing)",
        "(cant|cannot) (do this|cope|take it) (anymore|any more)",
        "(took|swallowed) all (of )?(my|the) (pills|tablets|paracetamol|painkillers)",
        "(took|take|taking|swallowed|swallow) (a lot of|loads of|lots of|too many|"
        "a whole|a bunch of|a handful of|handful of|a box of|a packet of|a pack of|[0-9]+) "
        "(pills|tablets|paracetamol|meds|painkillers)",
        f"(cut|cuts|cutting|cuted|slit|slitting|scratch|scratched|carve|carved|carving|burn|"
        f"burning|burned) (my|me) {_BODY}",
        f"(scars|scar|marks|cuts|burns|cut marks) (on|all over|up|down) my {_BODY}",
        f"(razor|razors|blade|blades|knife|knives|sharpener|glass|lighter|compass) (on|to|against|"
        f"into|across|and|at) my {_BODY}",
        "(knife|razor|blade|pills|rope|blood) (blood|knife|pills|myself|me)",
        "(i|been|do|started|still|stop|stopped|relapsed|relapse|urge to|urges to|want to) sh",
        "sh (again|scars|marks|cuts|urges|relapse)",
        "jump (off|of|in front of) (a |the |this |that )?(bridge|building|roof|train|car|bus|"
        "cliff)",
        "(step|walk|run) (in front of|into) (a |the )?(car|bus|train|lorry|traffic)",
        "nobody would (miss|care if|notice if) (me|i (died|was gone|was dead))",
        "everyone (would be|is) better off without me", "(want|wish) it (all )?to (end|"
        "stop) forever",
        "hate (myself|my life|being alive)", "i am a burden", "(tie|make|tied|made) a noose",
        "noose", "want coffin", "(want|wish) (someone|somebody) (would|to|could) kill me",
        "(no|nothing) (left )?to live for",
        "(want|wanna|going|ready|deserve) to dye(?! (my|her|his|their|it|the|a|your))",
        "(relapsed|relapse|relapsing) (with|on|into)? ?sh", "(doing|did|with|into) sh",
        "(took|take|taking|swallowed|swallow|swallowing) (a |the )?(whole |entire )?(load|loads|"
        "lot|lots|bunch|handful|box|packet|pack|bottle|tub|strip|all|too many)( of)? (the |my "
        ")?(pills|tablets|paracetamol|meds|painkillers|ibuprofen)",
        "unalive", UNALIVED, "unaliving", "(want to|going to|wanna) (kill|die)$",
        "(want to|wish i could|wish i would|hope i|and) (never|not) wake up", "(hope|wish) i "
        "(dont|do not|never|wouldnt) wake up(?! (late|early|in time|on time|for|before))",
        "(want|wanna|wish i could|going|like) to (go to )?sleep (forever|and never)",
        "disappear forever", "(nobody|no one) would (notice|care|even notice|even care|miss me)",
        "(dont|cant|do not|cannot) see the point (anymore|any more|in (anything|living|life|"
        "going on))",
        "no point (anymore|any more|in anything)", "i am ending it",
        "(end|ending) it (tonight|all|now|soon|today)",
        "goodbye (letter|letters|note|notes|message|messages)", "suicide note",
        "(saving|saved|stockpiling|hoarding|collecting) (up )?(my )?(pills|tablets|meds|"
        "paracetamol)",
        "(ways|way|how) to (die|end it)", "want (to )?(coffin|noose|rope)",
        "(hide|hiding|cover|covering|covers) (up )?(my )?(arms|wrists|cuts|scars|marks|legs)",
        "(nobody|no one|people dont|noone) (sees|see|can see) my (arms|wrists|legs|cuts|scars)",
    ],
    "physical_abuse": [
        f"{_HIT} {_ME}(?! back| at (?!home|night|school|the weekend|weekends)|"
        " in (a |the )?(game|match|race))", "beat me up",
        "(get|getting|gets|got|been|being) (hit|beaten|beat|battered|slapped|smacked|kicked|"
        "punched|whacked|hurt|thumped|belted|strangled|choked)(?! (by (a|the) ball|at|in (a|the) "
        "(game|match|race)|in (pe|football|rugby|games)|off|out|playing|[0-9]))",
        "(bruise|bruises|bruised|black eye|black eyes|fat lip|nose bleed|nosebleed) (on|from|"
        "because|cos|after)", "(gave|give|gives|leaves|left) me (a |)(bruise|bruises|black eye|"
        "fat lip|nose bleed|nosebleed|marks)", "(made|makes|make) me bleed",
        "(pull|pulls|pulled|pulling) my hair", "(bang|bangs|banged|smash|smashed) my head",
        "(pushed|pushes|push|pushing|shoved|threw|throws|throw) me (down|over|into|against|across|"
        "on the floor|out of|off)", "(throws|threw|throw) (things|stuff|plates|chairs) at me",
        "abused me", "physically abused", "physical abuse", "(punch|punches|punched) my face",
        "(grabbed|grabs|grab|held|holds|hold|squeezed|squeezes|hands|hand) (me )?(by|round|"
        "around) (the|my) (neck|throat)",
        "(drag|drags|dragged|dragging|pull|pulls|pulled|grab|grabbed|grabs) me by (my|the) "
        "(hair|arm|arms|neck|throat|ear|ears|collar)",
        "(get|getting|gets|got|been|being) (hit|beaten|battered|slapped|smacked|kicked|punched|"
        "whacked|belted) at (home|night)",
        "(bruise|bruises|black eye|marks) (but|and) i (say|said|tell|told)",
        "(say|said|tell|told) (people |them |school |teachers |everyone )?i fell (over|down)",
    ],
    "sexual_abuse": [
        "(touch|touches|touched|touching|feel|feels|felt|rub|rubs|rubbed|grab|grabs|grabbed) "
        "(me|my) _ (private|privates|private parts|down there|bum|boobs|chest|breasts|willy|penis|"
        "vagina|fanny|front bottom|bottom|between my legs|where (he|she|they|it) (shouldnt|"
        "should not)|"
        "in places|in a way|under my)",
        "(touch|touches|touched|touching|keeps touching|kept touching) (me|"
        "my body)(?! on the shoulder)",
        "touch (his|him|her|their) (private|privates|willy|penis|dick|thing|bits)",
        "(forced|forcing|forces|force|made|makes|make|making|pressured|pressures|pressuring) "
        "(me|us) (to )?(have sex|do sex|do sexual|do stuff|do things|suck|give him|touch|kiss him|"
        "watch porn|take my clothes off|get naked|undress|send nudes|send pictures|sleep with)",
        "(forced|made|being made|being forced) to (have sex|do sexual|do stuff|do things|touch|"
        "sleep with|get naked)", "(have|had|having|has) sex", "sex with (me|him|her|them)",
        "rape", "raped", "raping", "rapes", "sexual abuse", "sexually", "molest", "molested",
        "molesting", "groped", "gropes", "grope", "fingered me", "inappropriate(ly)? (touch|"
        "touching|touched|pictures|photos|messages|things)", "touched (me )?inappropriately",
        "(comes|came|coming|creeps|crept|sneaks|sneaked|snuck|gets|got) in(to)? my (room|bedroom|"
        "bed) (at night|when|while|and)", "(gets|got|climbs|climbed|comes|came) in(to)? (my bed|"
        "bed with me)", "(show|shows|showed|shown|showing) me (his|her|their) (private|privates|"
        "willy|"
        "penis|dick|bits|body|naked)", "(show|shows|showed|makes me watch|made me watch) (me )?"
        "(porn|sex videos|naked pictures)", "penis", "nudes", "naked pictures", "(does|did|doing) "
        "stuff to me", "(makes|made|forces|forced) me (to )?do (things|stuff) i (dont|"
        "didnt) (want|like)",
        "(takes|took|taking) (pictures|photos|videos) of me (naked|in the bath|undressed|with no)",
        "sexual (things|stuff|pictures|messages)",
        "(rubs|rubbed|rubbing|strokes|stroked|stroking|touches|touched) my (leg|legs|thigh|"
        "thighs|chest|boobs|bum|body)",
        "between my legs", "(his|her|their) (hand|hands|fingers) (down|up|inside|in) my",
        "(does|did|doing|do) (things|stuff) to me",
        "(makes|made|make|wants|wanted|forces|forced|tells|told|asks|asked|gets|got) (me|us) "
        "(to )?touch (him|her|them|his|it)",
        "sit on his (lap|knee)", "(hurt|hurts|hurting|sore|pain|bleeding|bleed) down there",
        "(touch|touches|touched|touching) (me |my )?down there", "what happens at night",
        "(comes|came|walks|walked|barges|barged|gets|got) in(to)? (the )?(bathroom|shower|"
        "toilet) (when|while)",
        "(tries|try|trying|tried|wants|wanted) to get me (alone|on my own|by myself)",
        "(picture|pictures|photo|photos|video|videos|selfie|myself|me) (without|with no) "
        "clothes", "(take|takes|took|taking) (off )?my clothes",
        "(photo|photos|picture|pictures|video|videos|selfie) of (myself|me) (without|with no|"
        "naked|in my (underwear|pants|bra))",
    ],
    "emotional_abuse": [
        "(calls|called|calling) me (stupid|fat|ugly|worthless|useless|a waste|a mistake|thick|"
        "retard|a slag|a slut|a whore|a bitch|disgusting|pathetic|a freak|nothing|names)",
        "(says|said|tells|told|telling|saying) (me )?(i am|i was|im) (worthless|useless|stupid|"
        "a mistake|nothing|a waste of space|a burden|unwanted|unloved|not wanted|a freak|evil|"
        "disgusting|pathetic)",
        "(said|says|tells|told) (me )?(he|she|they) (wish|wishes|wished) i (was|were) (dead|never)",
        # "I feel like nobody cares about me" is a feeling (upset), not a report of what is done.
        "(?<!like )nobody (wants|loves|cares about) me",
        "(?<!like )no one (wants|loves|cares about) me",
        "(screams|screamed|screaming|shouts|shouted|shouting|yells|yelled|yelling|swears|swearing)"
        " at me (all the time|every day|every night|constantly|for nothing|for no reason|and (hits|"
        "hurts|calls|scares|threatens|throws))", "always (shouting|screaming|yelling|"
        "swearing) at me",
        "(threatens|threatened|threatening|threaten) (me|to (hit|hurt|kill|beat|stab|kick me out|"
        "send me away|hurt my))", "(said|says|told me) (he|she|they|he will|she will|they will|"
        "he would|she would|they would) _ (kill|hurt|stab|beat) (me|my)",
        "(tried|try|trying|going) to kill me", "(locks|locked|lock|locking) (me|us) (in|out|up)",
        "(wont|doesnt|dont|never|not) (let|allowed|allow) me (eat|have food|out of my room|go to "
        "the toilet|use the toilet|see my friends|talk to anyone|leave)", "kill yourself",
        "told me to kill myself", "makes me feel (worthless|useless|scared|unsafe|like nothing|"
        "like rubbish|like dirt|like i should die)", "emotional abuse", "emotionally abused",
        "(scream|shout|yell|swear) at me (all the time|every day|every night|constantly|for "
        "nothing|for no reason)",
        "if i (tell|told|say anything|said anything) _ (kill|hurt|beat|stab) (me|my|us)",
        "(get|got|am|was|been|being|keep getting) locked (in|up) (in )?(my|the|a) (room|bedroom|"
        "cupboard|house|shed|bathroom)", "locked (me |us )?out (of the house|all night|overnight)",
        "(made|makes|make|making) me (stand|stay|sleep|sit|wait) outside",
        "outside (in the cold )?all night",
    ],
    "neglect": [
        "(no|not any|not enough|never any|never enough|hardly any|isnt any|isnt enough|never) food",
        "nothing to eat", "(havent|have not|not|didnt|did not|hasnt|aint|never) (eaten|ate|eat|had "
        "(any )?(food|dinner|breakfast|tea|lunch|anything to eat)) (in|for|since|all (day|week))",
        "(havent|have not|hasnt) (eaten|ate)(?! yet)", "(go|goes|went|going|sent) to bed hungry",
        "(always|so|really|very|constantly) hungry (at home|because|cos|all the)",
        "(wont|doesnt|dont|never|not) (feed|feeds|fed|cook for|cooks for|get fed) (me|us)",
        "(no|not any|never any) (dinner|breakfast|tea|meals) (at home|in the house|for days)",
        "(no|empty) (fridge|cupboards|food in the (house|fridge|cupboard|cupboards))",
        "(nobody|no one) (looks after|takes care of|feeds|cooks for|cares for|washes) (me|us)",
        "(left|leaves|leave|leaving) (me|us) (home )?(alone|on (my|our) own|by (myself|ourselves))"
        " (all (day|night|weekend)|for (days|hours|ages|the (night|weekend))|overnight|at night|"
        "with my|to look after)", "(left|leave|leaves|leaving) (me |us )?home alone",
        "(no|not any) (heating|electric|electricity|hot water|water|clean clothes|bed|mattress|"
        "gas|lights)", "(dirty|same|smelly) clothes (every day|for days|all week|all the time)",
        "(sleep|sleeping|sleeps|slept) on the floor", f"{_ADULT} (is|are|gets|get|was|were) "
        "(always |really |so )?(drunk|wasted|high|off (his|her|their) face|smashed|stoned)",
        "(drinks|drinking|takes drugs|taking drugs|does drugs|doing drugs|on drugs) (all the time|"
        "every day|every night|too much|loads)", "(nobody|no one|never) (takes|take|took|taken) "
        "me to the (doctor|dentist|hospital)", "neglect", "neglected", "neglecting",
        "(house|flat|home) is (filthy|disgusting|dirty)",
        "(was|were|am|get|got|been|being|are) left (home )?(alone|on my own|on our own|by "
        "myself|by ourselves) (all|for|overnight|at night|with)",
        "spends (the|all the|our|her|his|their|all our) money on (drink|drugs|alcohol|booze|"
        "gambling|weed)",
        "(always|constantly) starving (at home|all the time)",
        "(get|have|got|gets) no (breakfast|tea|dinner|lunch|food|meals)(?! money| break| time| "
        "club)",
        "(goes|went|go) out and (leaves|left|leave) (me|us)",
        "(leaves|left|leave) (me|us) with my (baby|little) (sister|brother|sisters|brothers)",
    ],
    "exploitation": [
        "(give|gives|gave|given|giving) (me|us) (weed|drugs|stuff|packages|parcels|bags|money|gear|"
        "phones|a phone|food|sim cards) to (carry|hold|sell|deliver|move|stash|hide|drop|take|"
        "look)",
        "(carry|carrying|carried|hold|holding|held|move|moving|moved|deliver|delivering|delivered|"
        "drop|dropping|stash|stashing|hide|hiding|sell|selling|sold|deal|dealing|dealt|run|"
        "running) (drugs|weed|coke|crack|gear|packages|parcels|bags|food|bud|sim cards)",
        "county lines", "countylines", "trap house", "traphouse", CUCKOOED, "cuckooing",
        "drug debt", "(owe|owes|owed) (them|him|people|the lads|the boys) (money|for)",
        "older (lads|boys|men|guys|man|girls|friends|boyfriend) _ (give|gives|gave|"
        "buy|buys|bought|got|get) (me|us)", "older (boyfriend|man|men|guys|lads)",
        "(boyfriend|girlfriend) (is|who is|whos) (1[89]|[2-6][0-9])",
        "(man|guy|men|someone|somebody|adult|person|stranger|he|she|boy|lad|girl) online",
        "online (man|guy|men|someone|somebody|adult|person|stranger|boyfriend|friend) _ (wants|"
        "asks|asked|wanted|keeps asking|makes|made|told me)",
        "(wants|asks|asked|asking|wanted|keeps asking|kept asking|begging) (me )?(for |to send |to "
        "take |me to send )?(pictures|photos|nudes|naked|videos|vids|selfies)",
        "(send|sent|sending) (him|her|them|a man|someone|somebody) (pictures|photos|nudes|videos)",
        "(meet|meeting|met) (up )?(with )?_ (online|on snapchat|on snap|on insta|on instagram|on "
        "tiktok|on discord|on roblox|on the internet|on fortnite|on xbox|on whatsapp)",
        "(our|a|its|it is|it was|this is) (little |special )?secret",
        "keep (it|this|everything) (a )?secret",
        "(told|tells|said|says) (me )?(not to|to not|dont|never to|never) tell (anyone|anybody|"
        "nobody|my|the|them)", "(trafficked|trafficking|pimp|pimped|sold me|selling me)",
        "(made|make|makes|forced|forces) me (go with|sleep with|have sex with|be with) (his|their|"
        "other|older)", "(in|part of|join|joined|joining|with) (a )?gang", "gang (members|stuff)",
        "(carry|carrying|carried) a (knife|blade|shank|weapon)",
        "(give|gives|gave|buy|buys|bought) me (drugs|weed|alcohol|vodka|cocaine|coke|"
        "pills) (and|to|"
        "for|if|so)", "(groom|grooms|groomed|grooming)", "exploit", "exploited", "exploiting",
        "(went|go|going|gone|been) country" + COUNTRY_PASTIME,
        "(meet|meeting|met|meet up with|meeting up with) (a |this |some |up with a |up with "
        ")?(guy|man|boy|lad|girl|woman|someone|somebody|person|people|men) (from|off|i met on|"
        "on) (snapchat|snap|insta|instagram|tiktok|discord|roblox|online|the internet|fortnite|"
        "xbox|whatsapp|an app|a game|a dating app)",
        "keep secrets", "not allowed to tell (anyone|anybody|nobody|my|the|you)",
        "(guy|man|boy|lad|someone|somebody|person|adult|grown up|stranger) on (insta|instagram|"
        "snap|snapchat|tiktok|discord|roblox|fortnite|xbox|whatsapp|facebook|fb|an app|a game|"
        "the internet) _ (wants|asks|asked|says|said|told|keeps|sends|sent|messaged|messages|"
        "added|loves|wanted)",
        "(send|sent|sending) more (pictures|photos|nudes|videos)",
        "(post|share|leak|show|send) (the ones|the pictures|the photos|my pictures|my photos|"
        "them) i sent",
        "(gave|give|gives|given) me a (burner|work phone|second phone|sim)", "burner phone",
        "answer (it|the phone) (whenever|every time|when ever) it rings",
        "(with|carry|carrying|take|taking|took) (bags|packages|parcels) for (them|him|the lads|"
        "older)",
        "(other|different) (towns|cities|places) (with|for) (bags|them|packages|parcels|stuff)",
        "(paid|pay me|pays me|paying me) to (drop|carry|move|hold|sell|run)",
        "(drop|dropping|dropped) off (packages|parcels|bags|stuff|drugs)",
        "(men|adults|strangers|older lads|older men|older guys) i (dont|didnt|do not|did not) know",
        "(picked up|pick me up|picks me up|picking me up) (in cars|in a car|by men|by older)",
        "i owe (them|him|the lads|the boys|people)",
        "(1[89]|[2-6][0-9]) (year old|yr old|yo|years old) (boyfriend|man|guy|men|lad|"
        "girlfriend|bf)s?",
        "(flat|house|place) with (people|men|adults|strangers|lads) i (dont|didnt|do not|did "
        "not) know",
    ],
    "missing": [
        "(run|ran|running|runs|runing|gone|go|going to) (away|off) (from )?(home|placement|my "
        "placement|my carers|my foster|care|here|this house|the home|again|and)",
        "(run|ran|running|runs|runing) away",
        "(i|we|me) (am |was |have |had |keep |will |might |want to )?(go|went|going|been|gone|goes)"
        " missing",
        "(stay|stayed|staying|sleep|slept|sleeping) out (all night|at (a|some|an|this) (mans|guys|"
        "lads|strangers|older))", "(didnt|did not|dont|never) (come|go|went) (back )?home (all "
        "night|for (days|the night|a (few|couple)|[0-9]+))",
        "(sleep|slept|sleeping|sleeps) (rough|on the streets|on the street|in a park|in the park|"
        "on a bench|in a car|in a stairwell)", "(havent|not) been home (for|in|since)",
        "(the )?police (found|brought|bring|picked|pick) me", "missing person",
        "reported (me )?missing", "(going to|want to|will|might|planning to|gonna) (leave|escape) "
        "(home|here|this place|this house|and never|and not|tonight)", "escape from (here|home|"
        "this place|this house|them)", "(packed|pack|packing) my (bag|bags|stuff) and (leave|go|"
        "run|leaving|going|running)",
        "(packed|pack|packing) my (bag|bags|stuff) and (left|went|ran)",
        "(not|never) (going|coming) back (home|there|to (my|the) (placement|carers|house|home|"
        "foster))", "(not|never) (going|coming) home",
        "so i (dont|do not) have to go (home|back)",
    ],
    "unsafe_home": [
        "(dont|do not|never|not|doesnt|dnt|no) (feel|feeling|feels) (safe|save|saf|sefe)",
        "(unsafe|not safe|isnt safe|not saf)",
        "(feel|feeling|i am|am) (scared|frightened|afraid|terrified|petrified) (at home|in my "
        "(house|home|placement|room|bed)|where i live|here|living here|with (him|her|them|my)|of "
        "going home|to go home|all the time)",
        "(scared|frightened|afraid|terrified|petrified) (of|to) (go|going|be|being) (home|back)",
        f"(scared|frightened|afraid|terrified|petrified) (of|when) (my )?{_ADULT}",
        "(home|house|placement) (is|isnt|feels) (not safe|unsafe|scary|dangerous)",
        "(dont|do not|never) want to (go|be) (back )?(home|at home|in this house|back there)",
        f"{_HIT} my (mum|sister|brother|nan|little|baby|dad)", "domestic (violence|abuse)",
        # Police at the door, not on a visit to school ("came to our school to talk about ...").
        "(police|cops) (come|came|keep coming|were called|are always) (round|to our(?! (school|"
        "class|college|nursery|assembly|club|youth club|scouts|cubs|brownies|guides|fete|fair|"
        "street party|fun day|sports day))|to the house|here)", "(smash|smashes|smashing|smashed|"
        "breaks|broke|breaking) (things|stuff|the house|plates|windows|doors|the door)",
        "(pulled|pulls|got|had|has) a knife (on|at|out)",
        "(kicked|kick|kicks|threw|throw|throws|chucked|chucks) (me|us) out",
        "(somebody|someone|anyone|please|pls|plz) help me(?! (with|to|do|find|get|learn|out|budget|"
        "pay|sort|fill|apply|plan|save|revise|cook|move|fix|set up|understand|read|write|manage))",
        "help me please", "(fighting|fights|fight) (and|with) (knives|a knife|weapons|hitting)",
        "(scared|frightened|afraid|terrified|petrified) of (him|her|them)",
        "hate (it|living|being) (here|at home|in this house|with (him|her|them))",
        "(dont|do not|never) want to (go|be) back (there|home|to (my|the|that) (placement|"
        "carers|house|home|foster|flat|mum|dad))",
    ],
    "bullying": [
        "(bully|bullied|bullies|bullying|buly)", "(pick|picks|picking|picked) on me",
        "(calls|call|called|calling) me names", "beat me up (at|after) school",
        "(everyone|they|people|kids) (laugh|laughs|laughing) at me",
        "(post|posted|posting|share|shared|sharing) (stuff|things|pictures|photos|videos|"
        "lies) about "
        "me", "(spread|spreading|spreads) (rumours|lies)",
    ],
}

WELSH: Final[dict[str, list[str]]] = {
    "self_harm": [
        "(eisiau|isio|isie|moyn|am|ishe) (marw|farw)", "l?ladd fy hun(an)?",
        "(brifo|frifo|anafu|niweidio|torri|dorri|thorri|llosgi|losgi) fy hun(an)?",
        "hunanladdiad", "hunan (niweidio|niwed|anafu)",
        "(ddim|dim) (eisiau|isio|moyn|isie) (byw|bod yn fyw|bod yma)",
        "dim pwynt (byw|i fyw|bod yn fyw)", "gwell (fy myd |i ffwrdd )?(yn farw|heb fi)",
        "(gormod o|llwyth o|lot o) (dabledi|dabled|bilsen|pils)", "gorffen y cyfan",
        "diweddur cyfan", "rhoi diwedd ar (fy mywyd|bopeth)", "(casau|gasau) fy hun",
        "(eisiau|isio) diflannu am byth", "marcia(u)? ar fy mraich",
    ],
    "physical_abuse": [
        "fy (nharo|nghuro|nghicio|nghico|mhwnio|nyrnu|mrifo|nhagu|ngwthio|nhaflu|ngham drin|"
        "nghamdrin|slapio|nghlatsio|hitio)",
        "(taro|daro|curo|guro|cicio|gicio|cico|hitio|brifo|frifo|slapio|pwnio|bwnio|dyrnu|ddyrnu|"
        "clatsio|glatsio) (fi|ni)", "cleisiau (ar|dros) fy", "llygad ddu", "cam drin corfforol",
    ],
    "sexual_abuse": [
        "fy (nghyffwrdd|nhreisio|ngorfodi i gael rhyw)", "(cyffwrdd|gyffwrdd) (a |yn )?(fi|ynof)",
        "(treisio|dreisio|nhreisio|treisiodd)", "cam drin rhywiol", "cam driniaeth rywiol",
        "(gorfodi|orfodi|gorfod|gwneud) (fi |i |fi i )?(gael|cael) rhyw", "cael rhyw",
        "rhannau preifat", "dod i (fy |mewn i fy )?(ystafell|stafell|ngwely) (yn y nos|gydar nos)",
        "yn fy ngwely (yn y nos|gydar nos)", "lluniau noeth",
    ],
    "emotional_abuse": [
        "galw enwau arna", "galw fi yn (dwp|dwl|dew|hyll|diwerth|ddiwerth)",
        "dweud (mod i|fy mod i|bod fi|mai fi) (yn )?(ddiwerth|diwerth|dwp|ddim werth|hyll|dew)",
        "ddiwerth", "gweiddi arna (i|fi) (drwyr amser|trwyr amser|bob dydd|bob nos)",
        "(bygwth|fy mygwth) (fi|fy|i|lladd|fy lladd|fy nharo)", "fy mygwth",
        "neb yn fy ngharu", "(cloi|gloi) fi (yn|allan|mewn)", "fy nghloi",
    ],
    "neglect": [
        "dim bwyd", "dim byd (i|iw) (fwyta|fyta)", "heb (fwyta|fyta|gael bwyd|cael bwyd) ers",
        "llwglyd (drwyr|trwyr) amser", "neb yn gofalu (amdana|amdanaf|amdanon)",
        "(gadael|adael) fi (ar ben fy hun|ar fy mhen fy hun|adre ar ben fy hun)",
        "fy ngadael (ar ben fy hun|ar fy mhen fy hun)", "feddw (drwyr amser|bob nos|bob dydd)",
        "dim (gwres|trydan|dwr poeth)", "dillad budr", "cysgu ar y llawr",
    ],
    "exploitation": [
        "(cario|gario|gwerthu|werthu|symud|cuddio|guddio) (cyffuriau|gyffuriau|pecynnau|stwff|wed)",
        "llinellau sirol", "(eisiau|isio|gofyn am|moyn|ofyn am) (lluniau|llunie|fideos|"
        "lluniau noeth)",
        "(cwrdd|gwrdd|cyfarfod) (a|ag|gyda|efo) (dyn|rhywun|boi|bachgen) (o |dw i n nabod )?_ "
        "(ar lein|arlein|ar y we)", "(dyn|rhywun|boi|bachgen|merch) ar (lein|y we)",
        "(yn|n) gyfrinach", "cyfrinach ni", "ein cyfrinach", "peidio (dweud|deud) (wrth|wrthyn)",
        "(dynion|bechgyn|hogia|bois) hyn (yn|n) rhoi",
    ],
    "missing": [
        "(rhedeg|redeg) (i ffwrdd|bant|ffwrdd|o (gartref|adref|adre))", "mynd ar goll",
        "(dianc|ddianc) (o|oddi|or)", "cysgu (allan|ar y stryd|tu allan|yn y parc)",
        "heb (ddod|fynd) (adre|adref|gartre|gartref)", "heddlu (wedi )?(ffeindio|dod o hyd)",
        "(es i|aethon ni|wedi mynd|mynd|bues i|bod) ar goll",
        "(cysgu|cysgais|gysgu) (allan|tu allan|ar y stryd|yn y parc)",
    ],
    "unsafe_home": [
        "(ddim|dim|byth) yn teimlo( yn|n) (saff|ddiogel|diogel)",
        "(ddim|dim) yn (saff|ddiogel|diogel) (adre|adref|gartre|gartref|yn y ty|yma|lle)",
        "ofn (dad|mam|fy nhad|fy mam|fy llystad|llystad|llysfam|fy llysfam|fe|fo|hi|nhw|mynd adre|"
        "mynd adref|mynd gartref|bod adre|bod gartref|mynd nol)",
        "(ddim|dim) (eisiau|isio|moyn) mynd (adre|adref|gartre|gartref|nol)",
        "(helpwch fi|help fi plis|plis helpwch)",
    ],
    "bullying": ["(bwlio|fwlio|mwlio|bwli|bwlis)", "pigo arna"],
}
