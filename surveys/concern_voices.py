"""Signs of county lines and of an unsafe home as children of different ages and voices give them.

The frames and indicators (``surveys.concern_frames``, ``concern_indicators``,
``concern_home_indicators``, ``concern_signs``) were written from guidance in an adult's order
of words. Batches written in four voices (a 10-12-year-old, short and vague; a 15-17-year-old in
street slang; someone telling it in the past or about a friend; Welsh and Wenglish) showed the
shapes they missed, and each entry here is one of those shapes, never one sentence:

- what a child is told about what they carry: not to tell what is in it, to hide it on their
  body, to shout when the police come, that they are used because the police do not search
  children, that it was not theirs when they were stopped;
- being kept "on the block" or in a trap, and being handed things by others to hide or sell;
- being sent by "them" to a named place with no ordinary reason given;
- at home: hiding so as not to be seen, a door blocked at night, things thrown in anger, a
  carer on drugs or drunk night after night, police called for the shouting, a carer hitting
  the younger children, wishing not to live there, drugs sold from the home;
- the same in Welsh, with its mutations ("taflu", "daflu", "thaflu") and spoken forms ("ma
  nhw", "isho", "sa i moyn").

The parts of these signs that may come in any order are clauses in ``surveys.concern_clauses``.
Same syntax as the other lists (see ``surveys.concern_frames``).
"""

from __future__ import annotations

from typing import Final

# Words of text-speak and dialect the batches used, spelled out like the rest of
# ``surveys.concerns._TEXT_SPEAK`` ("holdin for em", "jus dont wanna").
TEXT_SPEAK: Final[dict[str, str]] = {"em": "them", "jus": "just", "ouse": "house"}
# A dropped final "g" and "nite", as children type going missing ("sleepin on the beach tonite,
# not goin back"): ``tests/corpora/structure.txt``, the block "practices".
TEXT_SPEAK.update({"sleepin": "sleeping", "goin": "going", "stayin": "staying", "tonite": "tonight",
                   "nite": "night", "shud": "should", "sayin": "saying", "leavin": "leaving"})

# The people a child may live with, as the subject of what they do at home.
_CARER = ("(he|she|they|(my )?(dad|mum|mam|step dad|step mum|carer|carers|uncle|nan|foster (carer|"
          "carers|dad|mum))|mums (boyfriend|partner))")
_DRUNK_OR_HIGH = ("(off (her|his|their) (face|head|tits|nut)|wasted|mashed|kaylied|steaming|"
                  "hammered|legless|drunk|out of it)")
_CHRONIC = "(every (night|day|weekend)|all the time|again|most nights|24 7|constantly|always)"

PHRASES: Final[dict[str, list[str]]] = {
    "exploitation": [
        # Told not to say, or not allowed to know, what is inside what they carry.
        "(not allowed to|cant|mustnt|must not|dont|never) (tell|say|ask|know|look|check|open|see) "
        "(anyone |anybody )?(whats|what is|what was|what) (in|inside) (it|them|the (bag|bags|box|"
        "package|parcel|parcels|packets))",
        # Told to hide it on their body.
        "(told|tell|tells|made|make|makes|have to|had to|got to|forced) (me |us )?(to )?(put|hide|"
        "keep|stuff|carry|stick|shove|hold) __ (in|inside|down|up) my (sock|socks|pants|boxers|"
        "underwear|knickers|bra|shoe|shoes|trainers|waistband|bum|crotch)",
        # Taped or strapped to the body.
        "(something|stuff|it|drugs|a package|packages|a bag|bags|things|a knife|bits) (taped|"
        "strapped|stuffed|hidden|tucked|sewn|stashed) (to|in|inside|under|round|down) my (leg|legs|"
        "body|chest|waist|stomach|thigh|thighs|back|arm|sock|socks|pants|underwear|bra|shoe|shoes)",
        # Sent out at night to meet cars; taking the blame if caught.
        "(told|tell|tells|made|make|makes|have to|had to|got to) (me )?(to )?(go |come )?(and )?"
        "(meet|get in|wait for) (a|some) (car|cars|van)",
        "(if|when) (i|we) (get|got|gets|am|was) (caught|stopped|nicked|arrested|searched) __ (say|"
        "said|tell them|claim) (its|it is|they are|it was|they were) (mine|my own)",
        # The money goes to them; paid by the bag; not allowed to say who sent them.
        "(money|cash|wages|pay|earnings) __ (all )?(goes|go|went|has to go|gets given|get given) "
        "to (them|him|the olders|olders|the man|the boss|the lads)"
        # Not a Saturday job's takings, the wages paid after.
        "(?!( [a-z]+){0,3} (pays|pay|paid) (us|me|him|her|them) (on|every|at the end|weekly|"
        "monthly|wages)|( [a-z]+){0,3} (gets|get|got) (his|her|my|our|their) (wages|pay))",
        "(a cut|a share|commission|a tenner|a fiver|[0-9]+ quid|[0-9]+|money|paid) (for|per|on|"
        "off) (every|each) (bag|package|parcel|one|drop|run) (i|we) (shift|sell|drop|move|get rid "
        "of|deliver|run)",
        "(wasnt|not|never|isnt) allowed to (say|tell|grass|snitch) (who|where|what) __ (sent|send|"
        "sends|gave|give|gives|told) (me|us)",
        # A second phone kept secret; their drops; made to run for them; no grassing.
        "(second|secret|another|extra|spare|other) (phone|sim|sim card) __ (dont|doesnt|do not|"
        "does not) know about",
        "(doing|do|did|does) (their|the olders) (drops|runs|line|shifts)",
        "(getting|get|gets|got|making|make|makes|made) (me|us) (to )?(run|sell|deal|drop|hold|"
        "carry|shot|graft|work) for (them|him)",
        "(snitches|grasses) get (stitches|hurt|stabbed|wet|done)",
        # Keeping watch for the police.
        "(shout|warn|ring|call|text|whistle|tell them|tell him) (if|when) (the )?(police|feds|cops|"
        "bill|old bill) (come|comes|coming|turn up|show up|are coming)",
        # Used because the police do not search a child.
        "(because|as|since) (i am|we are|kids are|i was|were|i look) (young|a kid|kids|under 16|"
        "under 18|too young|younger|little) __ (police|feds|cops|they|the bill) (dont|wont|never|"
        "doesnt|do not|will not) (search|stop|check|suspect|nick|look at)",
        # Kept out on the street or in a trap to sell.
        "(keep|keeps|kept|make|makes|made|have|had|got|put|leave|left) (me|us) (on|in|at) (the|a|"
        "their) (block|corner|trap|trap house|bando|strip)(?! (of|party|at school))",
        # Stopped with what was not theirs.
        "(stopped|searched|caught|arrested|nicked|pulled) __ (with|holding|carrying|had) __ (wasnt|"
        "isnt|was not|is not|werent|arent|were not) (mine|my own)",
        # Handed things by others to hide, keep or sell.
        "(give|gives|gave|given|hand|hands|handed) (me|him|her|us|them) (bags|stuff|things|drugs|"
        "packages|parcels|packets|a bag|a package|a parcel|knives|a knife|weed|gear|bits) to (hide|"
        "stash|keep|hold|mind|sell|drop|move|look after|shift)",
        # Sent by "them" to a named place, for no ordinary reason ("last week they sent me to
        # Swansea"); a school, a family visit or a trip away is no sign.
        "(they|he|the olders|olders|the boys|the lads|the gang) (sent|send|sends|sending|keep "
        "sending|kept sending|keeps sending) (me|us) (to|down to|up to|out to|off to|over to) "
        "(?!(the|a|an|my|his|her|their|our|school|bed|hospital|college|class|see|get|buy|fetch|"
        "live|stay|foster|care|court|respite|counselling|therapy|camhs|sleep|another|a)\\b)"
        "[a-z]+(?! (for|on) (a|an|the|my|our) ([a-z]+ )?(trip|holiday|camp|course|visit|match|"
        "game|trial|day|residential|tournament))",
        # Welsh: owing them, paying the debt, going somewhere to sell.
        "(owe|owio) (nhw|iddyn|iddo|em)", "(bod|bo) (fi|fin|fi n|fi yn) (ddyledus|dyledus|mewn "
        "dyled|owe)", "(mewn|yn) (dyled|nyled) (i nhw|iddyn|iddo|ir)",
        "(talu|dalu|talur|dalur) (ddyled|dyled|nyled)",
        "(mynd|fynd) i [a-z]+ (bob [a-z]+ |am [a-z]+ )?i (werthu|gwerthu|ddelio|delio)",
    ],
    "sexual_abuse": [
        # Watched in the shower; an adult at home touching a child's body again and again.
        "(watches|watching|watched|stares at|staring at|films|filmed|filming|peeks at|peeps at) "
        "me (in|getting out of|getting into|having) (the|a|my) (shower|bath)",
        "(uncle|step dad|dad|man|he|carer|foster dad|mums boyfriend|grandad|lodger) __ (keeps|kept|"
        "always) (touching|stroking|rubbing|feeling) my (leg|legs|thigh|thighs|bum|chest|body|"
        "private|privates)",
    ],
    "unsafe_home": [
        # Never anyone to make tea; left for days; holes where he punched the door.
        "(never|not) (anyone|anybody|an adult|a grown up) (to|who will|who can) (make|cook|get) "
        "(tea|dinner|food|meals|breakfast)",
        "(mums|dads|mum is|dad is|mam is|mams|she is|he is) (always )?asleep (in|during) the day",
        "(leaves|left|leave|leaving) (me|us)( and my (brother|sister|little brother|little sister|"
        "brothers|sisters))? (alone |on (my|our) own |home alone |by (myself|ourselves) )?(for "
        "days|for a week|for weeks)",
        "(holes|dents|cracks|marks) in (my|the|our) (door|wall|walls|doors) (from|where|cos|"
        "because) __ (punched|kicked|hit|smashed|threw)",
        # Windows and doors smashed by someone at home; the bedroom door taken off.
        f"{_CARER} (smashed|smashes|smashing|broke|breaks|punched|punches|kicked|kicks) (the|a|my|"
        "our) (window|windows|door|doors|wall|walls|mirror|tv|table|plates)",
        "(take|takes|took|taken|removed|removes) (my|the) (bedroom )?(door|lock|door handle)( off)?"
        " __ (cant|cannot|can not|couldnt) (lock|shut|close)",
        # Flinching at a raised voice; food taken as a punishment.
        "(flinch|flinches|flinched|freeze|froze|cower|cowers|tense up|tensed up) (when|whenever|"
        "every time|if) (he|she|they|dad|mum|my [a-z]+|my step dad) (raises|raise|raised|lifts|"
        "lift|moves|move|shouts|shout|comes near|walks in|comes in)",
        "(sent|send|sends|put) to (bed|my room) (without|with no|and no) (tea|dinner|food|supper|"
        "eating|anything to eat)",
        "(take|takes|took|stop|stops|stopped) (my|our) (food|tea|dinner|meals) (away )?(if|when|as "
        "a punishment)",
        # Hiding so as not to be seen or heard.
        "(stay|stays|staying|hide|hiding|keep|keeping) (in my room|upstairs|out of sight|out of "
        "the way|quiet|in the wardrobe|under the bed) (so|in case|till|until) (nobody|no one|he|"
        "she|they|him|her|them|my (dad|mum|step dad|carer)) ((sees|see|notices|notice|hears|hear|"
        "finds|find) (me|us)|(comes|goes|gets) (home|back|in|out|to bed|to sleep))",
        # A door blocked at night.
        "(sleep|sleeping|slept|every night|at night|before bed|before i sleep) __ (my|the) "
        "(bedroom )?door (blocked|jammed|wedged|barricaded)",
        "(block|blocks|blocking|blocked|jam|jams|jammed|wedge|wedged|barricade|barricaded) (my|"
        "the) (bedroom )?door __ (at night|every night|before (i )?(sleep|bed|go to sleep)|to "
        "sleep|when i sleep|so (he|she|they|nobody|no one) (cant|can not|cannot) (get|come) in)",
        # Things thrown or broken in anger or drink.
        "(throws|threw|throwing|chucks|chucked|smashes|smashed|breaks|broke|punches|punched|kicks|"
        f"kicked) (things|stuff|plates|chairs|cups|the (walls|wall|doors|door|tv)) (at me |at us |"
        f"at mum )?(when|whenever|every time|if) {_CARER} (is|are|gets|get|was|goes|has been) "
        "(angry|cross|mad|drunk|upset|annoyed|in a mood|raging|wasted|high)",
        # Wishing not to live there.
        "(wish|wished) (i|we) (didnt|did not|never|dont|do not|wouldnt) (have to )?(live|lived|"
        "stay|stayed|be) (there|with (him|her|them)|at home|in that (house|flat|place)|at (my "
        ")?(dads|mums|carers))",
        # A carer drunk or high night after night, or using drugs.
        f"(mums|dads|mams|step dads|carers|nans|mum is|dad is|mam is|he is|she is) (always "
        f"|constantly )?{_DRUNK_OR_HIGH} {_CHRONIC}",
        "(mums|dads|mams|step dads|carers|mum is|dad is|mam is|he is|she is|my carer is) (always "
        "|constantly )?on the (gear|crack|smack|spice|brown|rock)",
        # The police called for the shouting; a carer hitting the younger children.
        "(police|cops|feds|the bill) (came|come|comes|were called|was called|got called|get "
        "called|are called|turned up|turn up|came round|come round|keep coming) __ (because of|"
        "cos of|for|about) (the )?(shouting|fighting|screaming|rows|arguing|smashing|him|"
        "her|dad|mum|my (dad|mum|step dad))",
        "(carer|carers|staff|foster (carer|carers|dad|mum)|step dad|dad|mum|he|she) __ (hits|hit|"
        "hitting|beats|beat|hurts|hurt|kicks|slaps|slapped|smacks|smacked|hurting) (the )?"
        "(younger|little|other|smaller|youngest) (ones|kids|children|boys|girls|one)",
        # Drugs sold from the home.
        "(buy|buying|get|getting|score|scoring|pick up|picking up|collect|collecting) (drugs|weed|"
        "gear|crack|smack) (off|from) (my )?(mum|dad|mam|step dad|carer|nan|uncle)",
        # Welsh: a chair against the door, thrown things, drink, drugs, hiding, fear, the
        # placement not safe, not wanting to go back.
        "(cadair|gadair|gwely|cwpwrdd|bwrdd|droriau) (yn erbyn|tu ol i|o flaen) (y|fy|r) (drws|"
        "nrws)",
        "(gweiddi|weiddi|sgrechian) (ac|a) (yn )?(taflu|daflu|thaflu|malu|falu|torri|dorri|thorri|"
        "taro|daro|tharo)",
        "pan (mae|maen|ma|oedd) (en|on|hin|nhwn|e|o|hi|nhw|dad|mam) (yn |n )?(feddw|wedi meddwi)",
        "(mam|dad|fe|hi|nhw|o|e|fy mam|fy nhad|llystad|fy llystad) (yn|n) (cymryd|gymryd|smocio|"
        "defnyddio|iwsio) (cyffuriau|gyffuriau|drygs|crack|heroin|spice)",
        "(dynion|pobl|dyn) (dieithr|diarth) (yn y ty|yn y fflat|adre|drwyr amser|bob nos|yn aros)",
        "(prynu|brynu|nol|cael) (drygs|cyffuriau|gyffuriau|wed|stwff) (gan|oddi wrth|off|gen) "
        "(mam|dad|fe|hi|nhw|fy mam|fy nhad)",
        "(cuddio|guddio|cuddiais|guddiais) __ pan (mae|maen|ma|oedd|oedden|on) (nhw|nhwn|e|en|o|"
        "on|fe|fen|dad|mam|hi|hin) __ (ymladd|gweiddi|feddw|meddwi|cwffio|ffraeo|taro|dadlau|dod "
        "adre|dod nol|dod i mewn|cyrraedd)",
        "(lleoliad|cartref maeth|cartre maeth|ty|cartref|cartre|fflat) (ddim|dim) (yn )?(saff|"
        "ddiogel|diogel)",
        "(ddim|dim) (yn )?(saff|ddiogel|diogel) yn (y|fy|yr) (cartref|cartre|cartref maeth|"
        "lleoliad|ty|fflat|nghartref|stafell)",
        "ofn (y|yr) (dyn|dynion|boi|gofalwr|gofalwraig|gofalwyr|cariad) __ (byw|aros|cysgu) (gyda|"
        "efo|hefo|yn)",
        "(ddim|dim|sa i|sai) (eisiau|isio|isho|ishe|isie|moyn|eisio) (mynd )?(yn ol|nol|n ol) (ir "
        "lle (na|yna|yno)|yno|yna|ir ty (na|yna)|ir fflat|at (fe|fo|hi|nhw|dad|mam)|ir lleoliad|"
        "ir cartref)",
    ],
}
