"""Concern detection by structure: who does what to whom, method and place, coercion and debt.

``surveys.concern_phrases`` lists sentences children have been heard to write; a list of sentences
misses the next way of saying the same thing. Here each kind of harm is written as the *shape* it
takes, from the indicators in published safeguarding guidance (NSPCC, Working Together to Safeguard
Children, the county lines and child sexual exploitation indicators, Forced Marriage Unit and FGM
guidance, Prevent): a slot of people who may harm a child, a slot of things done, a slot of who it
is done to, joined by short gaps. "Make me carry weed for them", "made me hold a knife for the
olders" and "have to move bags to the next town" are one frame, not three sentences.

Same syntax as the phrase lists: regular expressions over normalised text, every ``(`` a
non-capturing group, a lone ``_`` up to three words and a lone ``__`` up to six.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_frames_upset import UPSET
from surveys.concern_slots import (
    AGENT,
    BODY,
    CARER,
    COERCE,
    COUNTRY_PASTIME,
    DRUGS,
    EVERYDAY,
    GOOD_CAUSE,
    GROWN_CARER,
    MARRY,
    MUM,
    MUST,
    OLDERS,
    PILLS,
    PLACE,
    PRIVATE,
    STRIKE,
    SUNNA,
    TASK,
    TOYS,
)

FRAMES: Final[dict[str, list[str]]] = {
    "self_harm": [
        "(throw|throwing|threw|chuck|chucking|fling) myself (off|in front of|under|from|out "
        "of|into)",
        "(neidio|naid) (oddi ar|oddiar|o|off) (y |r )?(bont|pont|to|adeilad|clogwyn|clogwyni|tren)",
        "(torri|dorri|thorri|llosgi|losgi) fy (mraich|mreichiau|nghoes|nghoesau|arddwrn|nghorff)",
        "(ddim|dim) (eisiau|isio|moyn|isie) (deffro|dihuno)",
        # Not a diving board, a climbing wall or a bouncy castle at the top of the gap.
        f"(jump|jumping|jumped|throw myself|throwing myself|leap|fall|step|stepping) (off|of|from|"
        f"in front of|onto|out of|into)(?! ([a-z]+ ){{0,4}}(diving|dive|climbing|bouncy)) __ "
        f"{PLACE}",
        # Not a crossing patrol that "lets us walk", nor road safety's "never run in front of".
        "(?<!us )(?<!we )(?<!never )(?<!dont )(?<!not )(stand|standing|stood|lie|lying|lay|sit|"
        "sitting|wait|waiting|walk|walking|step|stepping|run|running) (on|onto|into|in front of|"
        "on the edge of|at the edge of|on the) (the |a )?(train )?(tracks|railway|road|traffic|"
        "edge|motorway|line|lorry|lorries|lorrys|bus|train|cars|car)",
        f"{PLACE} __ (high|tall) enough", "(high|tall|far) enough (to die|to jump|i checked)",
        f"(how many|loads of|a load of|all (of )?(my|the|of my)|the whole|a whole|whole|a handful"
        f" of|saving|saved|saving up|stockpiling|hoarding|collecting|too many) __ {PILLS}(?! (do|"
        "should|can) (i|you|we) (take|have) (for|a day|each|with))", f"(take|taking|took|swallow|"
        f"swallowing|swallowed|neck|necking|down|od|od on) __ {PILLS} (and|to|tonight|n)",
        "(belt|rope|cord|scarf|tie|lead|cable|string|noose|wire) (round|around|on|to) my (neck|"
        "throat)", "noose",
        "(sleep|to sleep|asleep|close my eyes) (and|n|then) (not|never) (wake|waking) up",
        "(not|never) (wake|waking) up again",
        "(cut|cutting|cuts|cutted) (again|every (day|night)|last night|to feel|when i|to cope)",
        f"{BODY} (are |is )?(covered in|full of|all) (cuts|scars|marks|burns|bruises i done)",
        "(till|until|til) (it|they|i|my) (bleed|bleeds|bled|bleeding)",
        "(keep|keeping|hide|hiding|hid|have|got) (a )?(razor|blade|blades|razor blade|razors|"
        "sharpener blade)",
        "(no|dont see the|cant see the|whats the|theres no|there is no|is there any) (point|"
        "reason) (of|in|to|for) (being alive|living|life|me|going on|carrying on|being here)",
        "(stop|stopped) existing", "(goodbye|suicide) (note|letter|message|video)",
        "(happier|better off|better|easier) (if|when|without) (i|me) __ (gone|dead|died|not "
        "here|not around|disappeared|wasnt here)",
        "(if|when) i (just )?(died|was dead|were dead|killed myself|disappeared for good)",
        "(think|thinking|thought|dream|dreaming) about (dying|death|killing myself|ending it|"
        "not being here|being dead|how to die)",
        "(planning|plan|going|gonna|want|decided) (on |to )?(ending|end) (things|it)",
        "nearly (did it|killed myself|went through with it|jumped|ended it)",
        "(want|wanna|going|gonna) (to )?(disappear|vanish) (forever|for good|for ever)",
        "(kill|killing|cut|cutting) my ?self",
    ],
    "physical_abuse": [
        f"{AGENT} _ {STRIKE} (me|my {BODY}|(?!{TOYS} )_ at (me|my {BODY}))",
        f"{STRIKE} (me|my {BODY}) (with|against|into|up|down|by|across|till|until|so|on|off|"
        "round|around|when|if|for)",
        f"{AGENT} _ (held|holds|hold|put|puts|pinned|pins) my {BODY} (on|in|under|against|"
        "down)",
        f"(bruise|bruises|black eye|marks|burns|cuts|scars|bleeding) _ from (my |where |when |"
        f"the )?{AGENT}",
        "(get|got|getting|gets|been|being|was|am|keep getting) (hit|beaten|battered|slapped|"
        "punched|kicked|whacked|smacked|burnt|burned|strangled|choked|beaten up|thrown|pushed) "
        f"(at home|by {AGENT}|by my|for|when|if|every|all|with|again|so)",
        f"{AGENT} _ (burn|burns|burnt|burned) me with",
    ],
    "sexual_abuse": [
        "(cyffwrdd|gyffwrdd|chyffwrdd) (fy|yn fy) (nghorff|nghorff i|rhannau|nhin|mronnau)",
        "pethau (rhywiol|budr)",
        f"{AGENT} _ (touch|touches|touched|touching|feels|felt|rub|rubs|rubbed|grab|grabs|"
        f"grabbed|squeezes|strokes|kiss|kisses|kissed) _ (my|me) _ {PRIVATE}",
        "(touch|touches|touched|touching) (me )?(down there|in my|my privates|my private|my "
        "body|under my)", "(wont|doesnt|will not|didnt) stop touching",
        "(make|makes|made|making|force|forces|forced|forcing|get|gets|got) me (to )?(touch|suck|"
        "lick|watch|do|get undressed|undress|take (off )?(my )?(clothes|knickers|pants|top|"
        "trousers|bra)|kiss him|kiss her|have sex|sleep with|sit on his|do sex|do stuff|do "
        "things)",
        "(come|comes|came|coming|get|gets|got|climb|climbs) (into|in) my (bed|room|bedroom) (at "
        "night|when|in the night|and)", "(sleeps|sleep|slept) in my bed and",
        "(sex|sexual|dirty|rude|porn) (stuff|things|videos|films|games|pictures|pics)",
        "(raped|rape|rapes|raping|molested|molests|molesting|sexually)",
        "(photos|pictures|pics|videos|vids|films) of me (with no|naked|without|undressed|in the "
        "(shower|bath)|with nothing)",
        "(hand|hands|fingers) (down|in|inside|under|up) my (trousers|pants|knickers|clothes|top|"
        "shirt|skirt|pyjamas|jumper|dress)",
        "(show|shows|showed|showing) me (his|her) (willy|penis|thing|privates|private|dick|"
        "boobs|body)", "(suck|lick) (his|her) (thing|willy|penis|dick)",
        "(rub|rubs|rubbed|rubbing) (himself|herself|his thing) (on|against) me",
        "(let|letting) (him|her|them) (do it|touch)", "take my (knickers|pants|clothes) off",
    ],
    "emotional_abuse": [
        "(call|calls|called|calling|laugh at|laughs at|shout at|shouts at|scream at|screams at) "
        "me __ at home",
        f"{CARER} _ (say|says|said|tells|told) __ (give|giving|send|sending) me back",
        f"{CARER} _ (says|said|tells|told|calls|called|call|screams|shouts|telling|saying) _ "
        "(im|i am|i was|me|that im|that i am|i) _ (worthless|stupid|ugly|useless|a waste of "
        "space|waste of space|evil|a mistake|mistake|a freak|freak|a liar|fat|thick|nothing|"
        "disgusting|pathetic|a burden|the devil|a monster|unlovable|a fat pig|pig|retarded|"
        "dumb|idiot|an idiot)",
        f"{CARER} _ (says|said|tells|told) _ (wish|wishes|wished) (i|id) (was|were|had) never",
        "(no one|nobody|noone) (will|would|could) ever (love|want|like) me",
        "(its|it is|it was) my fault (my |that )?(mum|dad|nan|mam|he|she|they) (died|left|drinks"
        "|hits|is ill)",
        "(threaten|threatens|threatened|threatening) (to |me )?(send me away|kill|hurt|give me "
        "back|put me in care|kick me out|leave me|get rid of me)",
        "(will|would|going to|gonna) (kill|hurt) my (dog|cat|pet|hamster|rabbit) if i",
        "(sleep|stay|stand|sit|kneel) (in|outside in) the (garage|shed|corner|garden|cold|dark)",
        "(?<!brother )(?<!sister )(?<!bro )(?<!sis )(?<!cousin )(?<!mate )(?<!friend )(wont|doesnt|"
        "dont|will not) (talk|speak) to me for (days|weeks|ages)",
        "ruined (her|his|their|my mums|my dads) life", "(should|shoulda) (of|have) been aborted",
        "(not allowed|never allowed) to (eat|sit|be|have tea|have dinner) with (the family|them|"
        "us|everyone)", "eat on my own in my room", "end up in (prison|jail) like",
    ],
    "neglect": [
        "(never|no|nothing|not|isnt) (anything |any )?(to eat|food)",
        "(steal|stealing|stole|nick|nicking|nicked|take|taking) food (from|cos|because|to)",
        "(havent|have not|not|hasnt|didnt|did not) (had|have|get|got) (a |any )?(proper |decent |"
        "hot )?(meal|food|dinner|breakfast|tea|lunch|anything to eat) (since|for|in|all)",
        f"{CARER} _ (goes|went|go|going) out (for|all) (days|the night|night|the weekend|"
        "weekends)", "(look|looking) after my (little|baby) (brother|brothers|sister|sisters) ("
        "all night|every night|all weekend|overnight|for days|on my own|by myself|(when|while|cos|"
        "because) (mum|mam|dad|she|he|they) (is |s |are )?(drunk|passed out|high|out all night))",
        "(holes in|too small|falling apart) _ (shoes|trainers|clothes|coat|uniform)",
        "(shoes|trainers|clothes|coat|uniform) (have|has|got) holes",
        "(no|not any|got no|have no|havent got|no more) (electric|electricity|heating|gas|hot "
        "water|bed sheets|sheets|blankets|money for food)",
        "(no one|nobody|never) (takes|take|took|taken) me to (the )?(doctor|dentist|hospital|"
        "doctors|dentists)",
        "same (uniform|clothes|pants|socks) (all week|every day|for days|for a week)",
        f"{GROWN_CARER} _ (sleeps|asleep|stays in bed|in bed) all day",
        f"{CARER} _ (doesnt|dosnt|dont|never|wont) (get up|wake up|cook|make (tea|dinner|food))",
        f"{CARER} _ (always|constantly|usually|often|every night) (drunk|high|wasted|off (his|"
        "her|their) face|passed out)", "(passed out|cant wake (her|him|them) up)",
        "(im|i am|always|feel|am) (so |really |always )?hungry (at|in|all|that|every|because|"
        "cos)", "(spends|spent|spend) (all )?(our|the|the food|my) money on",
        "(mould|mouldy|moldy|dog poo|poo|rubbish|mess|dirt|rats|mice) everywhere",
        "(no one|nobody|noone) (makes sure|checks|cares if|washes|feeds|cooks|sorted|gets me)",
        "left (at home )?on (my|our) own", "(get|make|cook) my own (dinner|tea|food) every",
        "(nits|lice) for (months|ages|weeks)",
    ],
    "exploitation": [
        f"{COERCE} (me|us) (to )?{TASK}(?! {EVERYDAY}) __ ({DRUGS}|for(?! {GOOD_CAUSE}))",
        f"{MUST} {TASK} __ {DRUGS} _ (for|to)",
        f"(carry|carrying|carried|hold|holding|held|hide|hiding|stash|stashing|keep|keeping|move"
        f"|moving|take|taking|deliver|delivering|drop|dropping|sell|selling|run|running) __ "
        f"{DRUGS} _ for {OLDERS}",
        f"{DRUGS} (in|inside) (me|my body|my bum)", "plugging",
        f"(owe|owes|owed|in debt to|debt to|debt with) _ ({OLDERS}|money|quid|pounds|[0-9]+)",
        "(work|pay) (it|them|him) (off|back)",
        # On the train or coach with what is carried, never on a coach trip alone.
        "(another|other|different|the next) (town|towns|city|cities|place|places|area) __ (sell|"
        "selling|for them|bags|drop|stuff|packages|drugs|on the (train|coach|bus) (with|for) (them|"
        "him|things|stuff|a bag|bags|the bag|packages|a package|a parcel|parcels))",
        "(sent|taken|send|take|went|go|going|been going|stay|stayed|staying) (to )?(a flat |a "
        "house )?(in |to )?(another|other|different) (town|towns|city|cities) (to|for)",
        "(working|work|run|running|ran|on) (a|the) line", "when it rings i",
        "(go|going|gone|went|been) country" + COUNTRY_PASTIME,
        "(gave|give|gives|given) me (a |their )?(phone|burner|sim)(?! for (my |christmas))",
        "(look|looking|lookout|look out|watch|watching) (out )?for (the )?(police|feds|cops)",
        "(took|take|taken|taking) over (my |a |his |her )?(mates |mums |friends )?(flat|house)",
        "(carry|carrying|carried|have|had|got) (a )?(blade|knife|machete|shank|weapon|gun) "
        "(for|to|cos|because)",
        "(police|feds|cops) (wont|dont|will not) (check|search|stop) me",
        "(cadw|cario|gario|cuddio|guddio) (cyllell|cyllyll|arian|pres|gwn) (iddyn|iddo|iddi|ar "
        "ran)",
    ],
    "sexual_exploitation": [
        "if i (dont|do not|wont|stop) (send|sending) __ (show|share|post|send|tell)",
        "(boyfriend|bf|girlfriend|gf|man|guy|he|lad|fella) (is|who is|whos|thats) (like )?"
        "(1[89]|[2-6][0-9]|way older|much older|an adult|older)",
        "([2-6][0-9]) (year old|yr old|yo|years old|yrs old)",
        "older (guy|man|men|bf|boyfriend|lads|guys|fella)",
        "(buys|bought|buy|gives|gave|give|given|sends|sent|send) me (stuff|things|presents|"
        "money|vodka|drink|alcohol|fags|cigarettes|weed|a phone|a new phone|phones|trainers|"
        "clothes|drugs|gifts) __ (owe|pay (it )?back|in return|have to|sex|sleep|do things|"
        "videos|pictures|pics|photos|friends|mates|touch)",
        "(in return|pay (it )?back|owe (him|them|her)) __ (sex|sleep|do things|sexual|mates|"
        "friends)",
        "(send|post|share|show|leak|sending|posting|sharing|showing|leaking|put) _ (my|the|"
        "our) (pics|pictures|photos|nudes|videos|vids|images) (to|online|on|everywhere|unless|"
        "if)",
        "(threaten|threatens|threatening|threatened) _ (post|share|send|show|leak) _ (pics|"
        "pictures|photos|nudes|videos|vids)", "(blackmail|blackmailed|blackmailing|sextortion)",
        "(nudes|no top|(no clothes|nothing) on|naked|topless|undressed|take my clothes off|my "
        "clothes off|boobs)",
        "on (camera|cam|webcam|video) (with|without|naked|no)", "(sexual|sex) (stuff|things) on",
        "(go|sleep|be) with (his|their|other) (mates|friends|men)",
        "(sleep|slept|sleeping) with (them|him|her|men)",
        "(take|takes|took|taking) (me|us) to (hotels|parties|flats|a hotel|a flat|his flat|their"
        " flat|houses)",
        "(picks|picked|pick) me up (from|in|at) __ (car|cars|van)",
        "(meet|meet up|come to (his|her|their) (house|flat)) __ (alone|on my own|without)",
        "(met|meet|talking to|talk to|messages me|messaging me) __ (on|off) (an |a )?(app|snap|"
        "snapchat|insta|instagram|tiktok|discord|roblox|online|game|xbox|whatsapp) __ (meet|"
        "come|house|pictures|pics|camera|video|clothes|sex|touch)",
        "(men|man|guys) (give|gives|gave) (us|me) (drink|alcohol|drugs|vodka|weed)",
        "(dont|not to|never) tell (my )?(carers|mum|social worker|anyone) about (us|him|her|"
        "me and)",
        "(bygwth|fy mygwth) _ (lluniau|fideos)", "(eisiau|isio|moyn|gofyn am) lluniau",
    ],
    "trafficking": [
        "(dont|doesnt|never|wont) (pay|paid) (me|us)", "(work|working|works) __ _ (dont|doesnt|"
        "not|never|no|without) (get )?(any )?(pay|paid|money|wages)(?! (much|enough|a lot|well))",
        # Care moves school or placement; a move from home to a new town is no such thing.
        "(mov(e|ed|es|ing)) (me|us) (around|from(?! (my|our|the) (old |last )?(school|college|"
        "placement|foster|childrens home|care home))) __ (to another|to a different|to a new)",
        # A passport kept safe by a carer, or ID copied for a job, is care, unless not given back.
        "(took|taken|take|takes|keep|keeps|kept|has|have|got) (all )?(my |our )?(passports?|"
        "documents|papers|id|visas?)(?! (in a|in the|safe|for me|for safe|so it|til|until|locked|"
        "at home)| (to|for) (a )?(photocopy|copy|scan|check|checks|be copied|be checked)(?!( "
        "[a-z]+){0,4} (never|didnt|did not|havent|have not|not) (give|gave|given|got|get) (it|"
        "them) back|( [a-z]+){0,4} (still|kept|keeps|keep) (it|them)))",
        "(work|working|works|clean|cleaning) __ (dont|doesnt|not|never|no|without) (pay|paid|"
        "paying|money|wages)", "(for free|for nothing|no money|any money) __ (work|working)",
        "(work|working|works) __ (for free|for nothing|no money|any money|dont get paid)",
        "(pay|paying|pay back|work off|owe) __ (journey|travel|trip|lorry|bringing me|passage|"
        "getting here|coming here)",
        "brought me (to|here|over|into) (this country|england|the uk|britain|here)",
        "(sold|selling) (me|us) to", "(i|we) (was|were) sold",
        "(move|moved|moves|moving) (me|us) (around|from (house|place|city|town) to)",
        "came (here )?(in|on) a (lorry|boat|van|truck)", "(made|make|makes|forced) (me )?to (beg"
        "|work)",
        # Not a festival site or a school left only at the end of the day.
        "(not allowed|cant|can not|cannot) (to )?(go to school|leave(?! the (site|campsite|"
        "festival|school|field|grounds|pitch|class|classroom|table) (til|until|before))|go out ("
        "ever|at all|of the house|anywhere)|have a phone|talk to anyone|see anyone)",
        # Not board paid from a wage at home: "mum takes my wages for rent now I'm working";
        # wages kept for rent "cos I live there" are how a trafficker keeps a worker.
        "(keep|keeps|kept|take|takes|took) (all )?my (wages|money|pay)(?! for (rent|board|my keep|"
        "bills|housekeeping) (now (i|that i)|since i (started|got|began|turned)))",
        "(sleep|sleeping|live|living) (at|in) the (shop|restaurant|car wash|farm|salon|nail bar)"
        " where i work", "sex work", "(taken|brought|took me) from my (country|home country)",
        "(dont|do not) know (what|which) (city|town|country) i am in",
        "(ddim|dim) yn (talu|dalu) (fi|i fi)", "(cymryd|gymryd|cadw) fy (mhasbort|mhapurau)",
    ],
    "harmful_practices": [
        "if i (dont|do not|wont|refuse to) (marry|get married)",
        f"(want|wants|wanted|make|makes|making|made|force|forces|forced|forcing|take|taking|"
        f"send|sending|planning|plan|arranged|arranging|pressure|pressuring|expect|expects|"
        f"promised) (me|my) __ {MARRY}",
        "(i|im|i am) (have to|has to|got to|must|being made to|being forced to|going to be made "
        "to) (marry|get married)", "(marry|married) (who|whoever) (he|she|they) (chooses|"
        "choose|picks|pick|wants|want)",
        "(engaged|promised) to (a man|an older|someone|my cousin|a guy|a girl|a woman|a boy|him"
        "|a stranger)", f"(planning|planned|arranging|arranged) my {MARRY}",
        f"{MARRY} (a man|an older|someone|a stranger|my cousin) (i|who i|that i) (dont|never|"
        "didnt|havent)", "(dont|do not|didnt) want to (marry|get married)",
        "(be|get|getting|being|been) (me )?(cut|circumcised)",
        "(fgm|female circumcision|the cut on me)", SUNNA,
        "(cut|cutting|circumcise) __ (down there|become a woman|like they did|"
        "ceremony|like my sister)", "special (cutting|cut|procedure|ceremony)",
        "(shame|shamed|dishonour|dishonoured|disgrace|disgraced|dishonor) (on|to|upon|the|my|our"
        ")? ?(the |my |our )?(family|them|honour)", "because of (honour|izzat|the family name)",
        "(hurt|kill|beat|punish|disown) me if (they|he|she) (find|finds|found) out",
        "(a )?(girl|boy) who (has|had|gets) a (boyfriend|girlfriend) (deserves|should)",
        "for talking to (boys|girls|a boy|a girl)",
        "(rhaid i fi|rhaid i mi|gorfod|gorfodi fi i) (briodi|priodi)", "priodas (dan orfod|"
        "wedi ei threfnu)", "(fy nhorri|torri fi|nhorri i) (i lawr|lawr)",
    ],
    "radicalisation": [
        "(how to )?(make|making|build|building) (a )?(bomb|bombs|explosives|pipe bomb)",
        "(attack|attacking|bomb|bombing|shoot|shooting|burn|burning) (the |a )?(mosque|church|"
        "synagogue|temple|gurdwara|pride)",
        "(fight|fighting|kill|killing|hurt|hurting|get rid of|got rid of|violence against|wipe"
        " out|attack|attacking) (the |all )?(muslims|jews|immigrants|refugees|unbelievers|kuffar"
        "|infidels|whites|white people|black people|gays|asians|foreigners|people who are not "
        "like us|our enemies)", "(race war|rise up|holy war|jihad|martyr|martyrdom|caliphate)",
        "(die|dying|died) (fighting|for the cause|as a martyr|for allah|for our people)",
        "paradise if i", "(for|join) the cause", "(propaganda|recruit|recruiting|extremist|"
        "extremists|isis|daesh)", "(join|joining|go to|fight in) (the )?(fighters|syria|the "
        "group and|them out there)", "(shooting|attack|bombing|shooter|shooters) __ (heroes|hero|"
        "legends|right)", "nazi (flag|salute|stuff|group)", "(be|become) a soldier (for|ill)",
        "(get|have|getting) a weapon ready", "(ready|willing|want) to (kill|die) for",
        "(control|controls|run|runs) everything and", "(by|through) force",
        "the only answer is (violence|war|to fight)",
        "(hurt|kill|attack) (people|them) (who|because they) (are not|arent)",
        "(ymladd|ymosod) (yn erbyn|ar) (mwslemiaid|iddewon|mewnfudwyr|bobl|pobl)",
    ],
    "missing": [
        "(i|we) (am |was |will |might |want to |am going to |going to |gonna |keep |have |had )?"
        "(go|going|gone|went) missing", "no one will (find|find me|know where)",
        "(run|go|get a train|get a bus|get the train|hitch) (somewhere )?far away",
        "(?<!dad )(?<!mum )(?<!he )(?<!she )(didnt|did not|not|never|havent|have not|havent been) "
        "(go|come|gone|been|went|came) back (to|home|til|until|since|for)",
        "(slept|sleep|sleeping|stayed|staying|stay) (in|at|on) (the |a |some )?(bus station|"
        "train station|park|tent|street|streets|car(?! (on|for) the (way|drive|journey|trip|ride|"
        "ferry)| (home|back) from)|stairwell|guys|mans|strangers|beach|canal|bins|doorway|"
        "underpass)",
        "(do one|doing one|do a runner|doing a runner|bolt|disappear|vanish|leave|leaving|go) "
        "(tonight|and not come back|and never come back|for good|and not go back)",
        "(gone|missing|away|out) for ([0-9]+|two|three|four|a few|several|a couple of) (days|"
        "nights|weeks)", "(police|feds|cops) (have to|had to|keep|picked|found|bring|brought|"
        "looking|look|came looking) (for me|me|looking)", "picked up by the (police|feds|cops)",
        "(out|outside) all night", "(sneak|sneaked|snuck|climb|climbed) out (of the|the|my) "
        "(window|house|back door)(?! of (the|my|our) (tree ?house|den|wendy house|playhouse))",
        # Something that goes off is an alarm or a phone, not a child.
        "(?<!alarm )(?<!alarms )(?<!it )(?<!phone )(?<!light )(?<!lights )(?<!timer )(keep|keeps|"
        "kept) (going off|running off|running away|"
        "going missing|doing one)", "running off from", "(hitch|hitchhike|hitching)",
        "dont (bother|come) looking", "sofa surfing",
        "(where|nowhere) (im|i am|i will be|to) (going to )?(stay|sleep|go) tonight",
        "(ddim|heb) (mynd|dod) (adre|adref|gartre|gartref|nol) (neithiwr|heno|ers)",
    ],
    "domestic_abuse": [
        f"{AGENT} _ (hit|hits|hitting|beat|beats|beating|batter|batters|battered|punch|punches|"
        f"punched|kick|kicks|kicked|strangled|strangles|choked|chokes|pushed|pushes|shoved|"
        f"grabbed|grabs|dragged|drags|throws|threw|slaps|slapped|hurts|hurt|starts on|attacked|"
        f"attacks) _ {MUM}(?! feelings)",
        f"{MUM} (has|had|got|with) (bruises|a black eye|marks|cuts|blood)",
        "(threaten|threatens|threatened|going to|gonna|will) (to )?kill (my )?(mum|her|mam|dad|"
        "him)", "(knife|blade) (to|at|on) (my )?(mums|her|mams|his|dads) (throat|neck|face)",
        "(they|parents|mum and dad|carers|them) (fight|fighting|argue|arguing|scream|screaming|"
        "shout|shouting|row) __ (every night|every day|all night|all the time|and throw|and hit"
        "|and smash|and break)", "(screaming|shouting|fighting|smashing|smashed|crying) __ "
        "(every night|every day|all night)",
        "(hide|hiding|hid) (in|under) (my|the) (room|bed|bedroom|wardrobe|cupboard) (when|while|"
        "because|cos)", "(called|call|rang|ring) the (police|cops|feds|999) (when|on|because|cos)",
        "punched (a hole in )?the wall", "(in front of|protect) my (mum|mam)",
        "cant get to her", "(controls|takes|took) (all )?(mums|my mums|her) money",
        "(mum|she|mam) (isnt|is not|not|is never) allowed (out|to see|to go)",
        "(ask|asks) him (for )?permission", "(throw|throws|threw|throwing) (things|stuff) at each "
        "other", "(lock|locks|locked) (mum|my mum|her) out",
        "(taro|daro|curo|guro|brifo|frifo) (mam|fy mam|dad)",
        "(ymladd|ffraeo|gweiddi) bob (nos|dydd)", "cuddio yn fy (stafell|ystafell)",
    ],
    "unsafe_home": [
        "(scared|frightened|afraid|terrified|petrified) __ (home|house|placement|carers|foster|"
        "room|flat|key in the door|get home|go back)",
        "(scare|scares|scaring|threaten|threatens|threatening) (me|us)",
        "(chair|wardrobe|bed|drawers) (against|behind|in front of) (my|the) door",
        "(lock|locked|locking) myself in", "(hide|hiding|hid) (under|in) (my bed|the wardrobe|"
        "the bathroom|my wardrobe)",
        "(strange|strangers|men|a man|people) __ (staying over|come to the house|comes to the "
        "house|come round|comes round)",
        "(trying|tries|tried|try) to (get|come) (in|into) my (room|bed)",
        "(come|comes|came) (in|into) my room (at night|when)",
        "dont make me (go|stay|live)", "(dont|do not) like (being )?(at home )?(alone )?with him",
        "(feel|feels|is|its) (dangerous|unsafe|not safe)",
    ],
    # Threats that keep a child quiet or doing what they are told: "if I tell", "if I stop".
    "coercion": [
        "(hurt|kill|harm|get|beat|batter|stab|do) (me|my|us|you|your) __ if i (tell|told|say|"
        "said|stop|stopped|dont|do not|grass|snitch|speak)",
        # "If I told her they hurt" is trainers that pinch: the harm must fall on someone.
        "if i (tell|told|say|said|stop|stopped|grass|snitch|speak) __ (hurt (me|us|you|my|him|her|"
        "them|it)|kill|harm|get|beat|batter|stab|be hurt|get hurt|be killed)",
        "(snitches get stitches|or else)",
    ],
    "bullying": [
        "(get|got|getting|been|being) called (names|fat|ugly|gay|a )",
        "(call|calls|called|calling) me (names|fat|ugly|gay|a (tramp|freak|loser|care kid|slag|"
        "weirdo|nerd|geek|skank|retard))",
        "(laugh|laughs|laughing|laughed|make fun|making fun|made fun|makes fun|take the mick|"
        "mock|mocks|mocking) (at|of) me",
        "(pick|picks|picking|picked) on", "(push|pushes|pushed|shove|shoves) me (around|about)",
        "(tripped|trip|trips) me", "(spit|spits|spat|spitting) (at|on) me",
        "(take|takes|took|taking|nick|nicks|nicked|steal|steals) my (bag|dinner money|lunch "
        "money|lunch)", "(threw|throw|throws) my (bag|stuff|things|books)",
        "(post|posting|posted|share|sharing|shared|say|says|saying|said|send|sending|messaging|"
        "keep messaging me) (mean|nasty|horrible|rude) (stuff|things|messages|comments|pictures)",
        "(horrible|mean|nasty) (things|stuff|messages|comments) (about|to) me", "fake account",
        "group chat (to|about) (laugh|me|make fun)",
        "(no one|nobody|noone) (will )?(sit|sits|play|plays|talk|talks|hang|hangs) (with|to) me",
        "(everyone|everybody) (hates|ignores) me", "monkey noises",
        "telling everyone (im|i am)", "care kid", "chwerthin am fy (mhen|pen)",
    ],
    "upset": UPSET,
}
