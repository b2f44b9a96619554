"""Worries by their structure: bullying and being upset, in words no list was written for.

A worry gets the kind reply and the IRO is told (``surveys.concerns.WORRY``), never 999. The
structures: for bullying, a jibe joined to what it is about (weight, race, religion, being in
care, an accent, hearing aids), being left out by a group, a mean group chat or a fake account,
being copied or laughed at, and things taken or knocked again and again; for being upset,
loneliness, crying, anger when family time is cancelled, a feeling about exams that keeps a
child awake, worry about being moved or about family, and feeling flat or unheard. A feeling
soothed in the same breath ("a bit nervous but excited") is set aside below (``SET_ASIDE``), and
so is name-calling by other children for emotional abuse. Same syntax as the phrase lists.
"""

from __future__ import annotations

from typing import Final

# --- bullying ---------------------------------------------------------------------------------

# Names children are called, by what they are about.
_JIBES = ("(fat|fatty|fatso|whale|pig|piggy|chubby|tubby|lard|lardy|mochyn|tew|dew|ugly|minger|"
          "spotty|four eyes|thick|dumb|stupid|retard|spaz|spastic|sped|tramp|scruff|smelly|trash|"
          "rubbish|gay|lezza|lesbo|loser|freak|weirdo|saddo|terrorist|bomber|paki|immigrant|"
          "refugee|gypo|pikey|monkey|orphan|foster kid|care kid|unwanted|charity case|poor|skank|"
          "slag|twp|dwp)")
_GROUP = ("(they|people|ppl|kids|boys|girls|lads|everyone|every1|everybody|some (boys|girls|kids|"
          "people|lads|year [0-9]+s)|the (boys|girls|kids|lads|others|class)|year [0-9]+s)")
# What a jibe is about: the child's body, background, belongings or family.
_ABOUT = ("(weight|size|body|skin|colour|color|race|religion|hijab|headscarf|turban|accent|voice|"
          "hair|clothes|shoes|trainers|glasses|teeth|brace|hearing aid|hearing aids|wheelchair|"
          "stammer|stutter|lisp|spots|name|house|coat|bag|lunch|free school meals|being in care|"
          "being fostered|walk|height)")
# A family is laughed with as often as at: only a jibe's own verbs reach it ("cuss my mum").
_FAMILY_JIBE = ("(make fun of|making fun of|made fun of|take the mick out of|taking the mick out"
                " of|"
                "mock|mocks|mocking|cuss|cusses|cussing|cussed|diss|dissing|dissed|slag off|"
                "slagging off|saying stuff about|say stuff about|jokes about) my (mum|mam|dad|"
                "family|parents|carers|foster carers)")
_RIDICULE = ("(laugh|laughs|laughing|laughed|giggle|giggling|snigger|sniggering|make fun|making "
             "fun|made fun|makes fun|take the mick|takes the mick|taking the mick|took the mick"
             "|take "
             "the piss|taking the piss|mock|mocks|mocking|mocked|tease|teases|teasing|teased|pick "
             "on|picks on|picking on|jokes|joke|joking|comments|comment|go on)")
_ITEMS = ("(things|stuff|books|book|pens|pen|pencil case|pencils|bag|tray|lunch|lunchbox|dinner|"
          "food|chair|seat|desk|pe kit|kit|coat|shoes|hat|phone|homework|work|drink|bottle|water "
          "bottle|planner|glasses|hearing aid|hearing aids|bike)")
_TAKEN = ("(knock|knocks|knocked|knocking|kick|kicks|kicked|kicking|push|pushes|pushed|pushing|"
          "flick|flicks|flicked|flicking|throw|throws|threw|throwing|chuck|chucks|chucked|chucking|"
          "grab|grabs|grabbed|grabbing|nick|nicks|nicked|nicking|steal|steals|stole|stealing|take|"
          "takes|took|taking|hide|hides|hid|hiding|snatch|snatches|snatched|snatching|rip|rips|"
          "ripped|ripping|ruin|ruins|ruined|ruining|break|breaks|broke|breaking)")
_AGAIN = ("(on purpose|every (day|time|lesson|morning|break|lunch|week)|all (week|the time|day)"
          "|out "
          "of my hands|round the (class|classroom|room|bus|corridor)|around the (class|classroom|"
          "room)|in the bin|down the toilet|so i get in trouble|and laugh|and run|and everyone "
          "laughs|till the teacher|until the teacher|when the teacher)")
_BULLYING = [
    # A jibe: "they keep calling me fatty", "they say i smell", "call me a terrorist".
    f"(call|calls|calling|called) me (a |an )?{_JIBES}",
    f"(getting|get|got|been|being|am|im) called (a |an )?{_JIBES}",
    f"{_GROUP}( [a-z]+){{0,2}} (say|says|said|saying|tell|tells|told|telling)( everyone| people)? "
    f"(that )?(i|im|i am) (smell|stink|smelly|dirty|minging|disgusting|{_JIBES})",
    "(make|makes|made|making|do|does|doing|did) (pig|monkey|oink|oinking|animal|fart|sheep) "
    "(noises|noise|sounds)", "(oink|oinks|oinking|oinked) (at me|when i)",
    "(hold|holds|holding|held) (their|his|her) (nose|noses) (when|if|as|whenever) i",
    "tell (me|us) to go back (home|to (my|your|our) (country|own country)|to where i)",
    # Ridicule joined to what it is about: "laughing at my shoes", "the mick out of my hearing
    # aids".
    f"{_RIDICULE} (at |of |out of |about |on |over )?(me )?(about |for |because of |cos of )?my "
    f"{_ABOUT}",
    _FAMILY_JIBE,
    "(whisper|whispers|whispering|point|points|pointing|stare|stares|staring) and (laugh|laughs|"
    "laughing|giggle|giggling|snigger|sniggering) (at me|about me|when i|whenever i|every time i|"
    "as i)",
    "(i know|i can tell) (its|it is|they are|theyre|they were) (about|talking about|laughing at)"
    " me",
    "(talk|talking|talks|talked|gossip|gossiping|bitch|bitching|whisper|whispering) about me "
    "(behind my back|in front of me|right in front of me|when i|in the group chat|on snap)",
    # Being copied to be laughed at.
    "(copy|copies|copying|copied|mimic|mimics|mimicking|mimicked|imitate|imitates|imitating|"
    "impressions of|impression of|do the voice of) (me|my (voice|accent|stammer|stutter|lisp|walk"
    "|laugh)|the way "
    "i (talk|speak|walk|laugh|run|read|eat|dress)|everything i (say|do)|what i say)("
    " [a-z0-9]+){0,8}"
    " (laugh|laughs|laughing|laughed|squeaky|stupid|silly|funny|posh|baby|seen|post|posted|video|"
    "tiktok|everyone|whole|every time|in class|in front of)",
    # Left out by the group.
    # "Anymore" is held in the match: after it, the word would read as "it stopped".
    "(no one|nobody|noone|no1|none of them) (will |ever )?(lets|let|allows) me (join|(play|join in"
    "|sit|hang out|hang around)(( with them| next to them| with us)( at [a-z]+( time)?)?| at (break"
    "|lunch|dinner|playtime|break time|lunch time|lunchtime|dinner time)))( anymore| any more)?",
    "(wont|dont|never|doesnt|didnt) let me (play|join in|sit|hang out|hang around|be) (with|next "
    "to|near) them",
    "(no one|nobody|noone|no1) (ever )?(picks|picked|chooses|chose|wants|wanted) me (for|on|in|as) "
    "(their|a|his|her|teams|team|groups|group|partner|partners)",
    "(groan|groans|groaned|moan|moans|moaned|sigh|sighs|sighed) when (the teacher|sir|miss|they|"
    "coach) (puts|put|pairs|paired|makes|made) (me|them)",
    "(everyone|every1|everybody|(the|my|our) whole (class|year|form|group)|all (of them|my "
    "(friends|mates|"
    "class|form))) (is |was |got |gets |were )?(in|invited|added|asked)( [a-z0-9]+){0,6} (except|"
    "apart from|but not|cept|bar) me",
    "(not|never|wasnt|werent|havent been|not been|didnt get|dont get|never get|never got) (been )?"
    "(asked|invited) (to |out to )?(one|any|a single|anything|anywhere|their|her|his)( [a-z]+)? "
    "(party|parties|sleepover|sleepovers|birthday|birthdays|anything|anywhere|things|plans)",
    "(kicked|removed|blocked|chucked|booted|left) me (out of|from) (the|their|our) (group|group"
    " chat"
    "|gc|chat|friendship group|squad|game)",
    "(got|been|was|get|keep getting) (kicked|removed|blocked|chucked|booted) (out of|from) (the|"
    "their|our) ([a-z]+ )?(group|group chat|gc|chat|squad)",
    "(made|make|makes|set) a rule (that |so )?(i am|im|i|me) (not allowed|cant|can not)",
    "(isnt|is not|not|arent|are not) allowed to (be friends|be mates|hang out) with me",
    "(dont|doesnt|do not|does not) want to be (friends|mates) with me (anymore|any more)",
    # Online: a fake account, screenshots passed round, a video or a chat about the child.
    "fake (account|insta|instagram|tiktok|snap|snapchat|profile|page|facebook|twitter|youtube|"
    "discord)( [a-z]+){0,2} (of|with|about|using|pretending|in|as) (me|my)",
    "(pretending|pretend|pretends|pretended) to be me",
    "(screenshot|screenshots|screenshotted|screenshotting) (what i|my|me)( [a-z0-9]+){0,6} (share|"
    "shares|shared|sharing|send|sent|sending|post|posted|posting|pass|passed|round|around|to "
    "laugh)",
    "(record|recorded|film|filmed|video|videoed) me( [a-z0-9]+){0,6} (round|around|to laugh|"
    "everyone|the group chat|group chat)",
    "(made|make|makes|posted|post|put) a (tiktok|video|vid|meme|story|reel|edit|page|song)( [a-z]+)"
    "{0,3} ((of|about) (me|the way i)|copying|mocking|making fun of|laughing at)",
    "(group chat|gc|chat|group) (called|named|just to|just for)( [a-z0-9]+){0,3} (me|hate|laugh|"
    "slag|make fun|take the mick)",
    # Written about the child, or things taken and knocked again and again.
    "(something|stuff|things|lies|rumours) (horrible|nasty|mean|rude|bad|disgusting|awful) about "
    "me",
    # Again and again, and meant: not "my brother keeps taking my charger".
    "(keep|keeps|kept|always|constantly|keep on) (knock|knocks|knocking|kick|kicks|kicking|throw|"
    "throws|throwing|chuck|chucks|chucking|flick|flicks|flicking|snatch|snatches|snatching|rip|"
    f"rips|ripping|ruin|ruins|ruining|break|breaks|breaking) (the back of )?my {_ITEMS}",
    f"{_TAKEN} (the back of )?my {_ITEMS}( [a-z0-9]+){{0,5}} {_AGAIN}",
    f"(barge|barges|barged|barging|shove|shoves|shoved|shoving) (past|into) me {_AGAIN}",
    # Told on for being in care, and asked about it.
    "(he|she|they|someone|somebody|friend|mate|bestie|girl|boy|kid) (told|tells|telling|spread|"
    "spreading|posted|blabbed) (it )?(to )?(everyone|every1|"
    "everybody|the whole (class|school|year|form)|people|the class|all my (class|mates|friends))"
    "( [a-z0-9]+){0,4} (in care|foster|fostered|carers|care home|adopted|social worker|my real)",
    "(keep|keeps) asking (me )?(where|why|about) (my real|i live|im in care|i am in care)",
    "(think|thinks|thought|say|says|said) care (kid|kids) (are|is)",
    "(galw|alw) (fin|fi n|fi yn|ni n|ni yn) (dew|tew|dwp|twp|hyll|mochyn|ffat|fochyn)",
    "(chwerthin|wherthin) (am|ar) (fy|ben|mhen)",
]

# --- upset ------------------------------------------------------------------------------------

_FAMILY = ("(mum|mam|dad|nan|nana|nain|mamgu|gran|grandad|taid|tadcu|brother|sister|little "
           "brother|little sister|big brother|big sister|baby brother|baby sister|family|siblings|"
           "parents|birth (mum|dad|family)|real (mum|dad))")
_UPSET = [
    # Lonely, left out, not fitting in.
    # Not "a bit lonely when my mates are away": a softened feeling passes.
    "(i|i am|im|i get|i feel|i felt|i got|i been|ive been|feeling|getting) (so |really |very |"
    "quite |proper |well )?(lonely|lonley|lonly|isolated)",
    "(feel|feels|felt|feeling|get|am|im) (so |really |a bit |proper |quite )?left out",
    "(dont|do not|never|cant|cannot) (feel like i |really |ever )?(fit in|belong)( anywhere| here|"
    " at| with|$)",
    # Not once, for a reason that says nobody left them out ("cos my mates were off sick").
    "i (sit|sat|eat|ate|spend|spent) (lunch |break |dinner )?(on my own|alone|by myself) (at|every|"
    "all|in) (lunch|break|dinner|school|college|day)(?! (cos|coz|because|as|since) (my |all my )?"
    "(mates|friends|friend|mate|bestie|best friend|best mate)( [a-z]+){0,2} (was|were|is|are) "
    "(off|away|ill|sick|absent|on))",
    "(nobody|no one|noone|no1) (ever )?(messages|texts|rings|snaps) me",
    "(dont|do not) know (anyone|anybody|any1|no one) (here|round here|at my new|at this|yet)",
    # Crying and sadness joined to a cause in the child's own life.
    "(i|im|i am|ive been|i have been|i keep|i still|i just|i always) (cry|crying|cried) (at "
    "night|in bed|in my room|in the toilets|in the toilet|when nobody|when "
    "no one|on my own|under my covers)",
    "(i|im|i am|ive been|i have been|i keep|i still|i just|i always) (cry|crying|cried) (about|"
    f"over|for|when i think about) (my )?{_FAMILY}",
    f"(sad|upset|gutted|heartbroken|hurt)( [a-z]+){{0,3}} (cos|because|coz|that|when) (my"
    f" )?{_FAMILY} (didnt|did "
    "not|never|wont|doesnt|forgot|couldnt|cancelled|left)",
    # Unfairness that saddens (read from "not fair", so "...and i dont, it makes me sad" is not
    # taken as negated); "that makes me sad" alone is too often a passing feeling.
    "(not fair|unfair)( [a-z0-9]+){0,12} (makes|made|making) me (so |really |feel )?(sad|upset|"
    "cry|angry)",
    # Anger and hurt when family time is cancelled or a parent does not come.
    "(contact|family time|mum time|dad time|visit|visits|seeing my (mum|dad)) (got |gets |was |"
    "has been |keeps getting |is |keep getting )?(cancelled|canceled) (again|at the last minute|"
    "last minute|[0-9]+ times|three times|twice|every time)",
    "(cancelled|canceled|cancels|cancel) (contact|family time|mum time|dad time|the visit|our "
    "visit) again",
    f"(angry|furious|fuming|raging|mad|livid|cross|upset|hurt) (at|with) (my )?{_FAMILY}( [a-z]+)"
    "{0,3} (for not|for never|cos she|because she|because he|cos he|for missing|for cancelling|"
    "for leaving|for lying|for choosing)",
    # Exams, school and money that keep a child awake or make them feel a failure.
    "(lie|lay|lying|laying) awake",
    "(going to|will) fail (everything|all of them|all my)",
    "(feel|feeling|felt) (like )?(a failure|thick|useless|like i (have )?let (everyone|"
    "them|you) down)", "(i|ive|i have) let (everyone|every1|them|my carer|my carers|my mum|"
    "my dad) down",
    "(im|i am|i feel|i get|freaking|freak) (freaking )?out( [a-z]+){0,2} (i )?(cant|cannot) "
    "(sleep|eat|concentrate)", "(really|proper|so) struggling (with|at)",
    "(head|brain|mind) (feels|is|gets|goes) (really |so |too |proper )?(busy|loud|noisy|"
    "foggy|fuzzy|all over the place|a mess)",
    "(worried|worrying|stressed|stressing|anxious|scared|panicking) (about|over) (money|bills|"
    "rent|debt|paying|my (rent|bills|money|debts))",
    # Afraid of being moved, worried about family far away.
    "(scared|worried|frightened|afraid|terrified|worry|worrying|nervous) (that )?(i will|ill|i am "
    "going to|im going to|they will|theyll|they are going to|they might|i might|i will have to|"
    "ill have to)( [a-z]+){0,2} (move|be moved|moving|have to move|send me|split us|separate us)",
    # Not "i get nervous before my review": felt strongly, or about what will be decided.
    "(really|so|very|proper|well|always) (nervous|worried|scared|anxious|stressed|frightened) "
    "(about|before|for) (my )?(review|reviews|meeting|meetings|court|panel)",
    "(nervous|worried|scared|anxious|stressed|frightened)( [a-z0-9]+){0,8} (what they (will )?"
    "(decide|say|do)|what will happen to me|where i (will|am going to) live)",
    "(i|im|i am|i get|i keep|i still|i always) (so |really |a lot |always )?(worry|worried|"
    f"worrying) about (my )?{_FAMILY}",
    f"(havent|have not|not) heard (from|how|anything about|about) (my )?{_FAMILY}",
    "(keep|keeps|kept|cant stop|cannot stop) (thinking|wondering|worrying)( [a-z0-9]+){0,12} "
    "(ok|okay|alright|safe|settling|happy|doing)",
    "i keep wondering",
    # Flat, fed up, unheard, wanting to talk.
    "(feel|feeling|felt|feels) (a bit |so |really |just |proper )?(flat|meh|blah|grey)",
    "(nothing|everything) (is|feels|seems) (fun|good|worth it|the same|pointless|boring) "
    "(anymore|any more)",
    "(fed up|sick and tired|sick|tired) (of|with) (being in care|being in foster care|being "
    "fostered|everything|my life|it all|being moved)",
    "(nobody|no one|noone|no1) (ever )?(listens|listen|listened|hears) (to me|to what i|me)",
    "(nobody|no one|noone|no1) ever (listens|asks|asked|hears)",
    "(nobody|no one|noone|no1) (asks|asked) me (what i|how i|if i)",
    "(feels like|like) (nobody|no one|noone) (listens|cares|understands)",
    "(talk|speak|see) (to )?(a )?(counsellor|counselor|therapist|camhs)",
    "(keep|keeping|kept|bottle|bottling|bottled) (everything|it all|things|my feelings|stuff) "
    "(bottled up|inside|to myself)",
    "hiraeth",
    "(dwin|dw in|dwi n|dwi yn|dw i yn|rwyn|rwy n|rydw in) (drist|unig|isel|poeni|crio|colli "
    "(mam|dad|fy|nhad|nain|mamgu|taid|tadcu|teulu))",
]

# Name-calling and being shunned by other children at school: bullying, a worry. The words are
# also emotional abuse's ("calls me names", "act like i dont exist"), which would send the 999
# reply; inside one of these spans they are set aside for emotional abuse, and the same span
# raises bullying, so the child is always heard. Never a carer or family: only children at
# school, in class or on the bus, or the child's own friends.
_PEERS = ("(((a|the|some|two|three|these|this) )?(boy|boys|girl|girls|kid|kids|lads|people|ppl|"
          "pupils|students|year [0-9]+s?) (in|at|on|from) (my |our |the )?(year [0-9]+|class|form|"
          "school|college|bus|yard|playground|corridor)|(boys|girls|kids|people|everyone|they|"
          "someone|somebody|a (boy|girl|kid)) (at|in) (school|college|class)|classmates)")
_PEER_JIBES = [
    f"{_PEERS}( [a-z0-9]+){{0,6}} (calls|call|called|calling) me( [a-z]+){{1,3}}",
    "(my |our )?(old )?(friends|mates|friendship group|group chat|gc)( [a-z0-9]+){0,10} (act|"
    "acts|acting|pretend|pretends|pretending) (like )?(i|i am) (dont|do not|not) (exist|there)",
    "galw enwau arna (i|fi) (yn yr ysgol|yn y dosbarth|ar y bws|ar yr iard)",
]
WORRY_SIGNS: Final[dict[str, list[str]]] = {
    "bullying": [*_BULLYING, *_PEER_JIBES], "upset": _UPSET,
}

# A feeling soothed in the same breath, or over: no worry. Set aside like an idiom, for upset only.
_SOOTHING = ("(fine|ok|okay|alright|good|nice|lovely|better|great|excited|happy|did it|won|cool|"
             "helping|helps|helped|sorted|message|revising|made a|getting there|settling in|"
             "proud)")
_FELT = ("(nervous|worried|sad|lonely|stressed|anxious|upset|scared|left out|hiraeth|miss|"
         "missing|alone|down|low)")
# Nor a let-down that keeps coming ("mam cancelled contact again"), however softly it is said.
_LASTING = ("(?!( [a-z0-9]+){0,8} (since|forever|for ever|all the time|every (day|night|weekend)|"
            "weekends|at night|anymore|any more|again|cancelled|didnt turn up|on my own))")
_THEN = "( (?!(but|now|and|then|so|because|cos|these|nowadays|anymore|still) )[a-z0-9]+){0,6}"
SET_ASIDE: Final[dict[str, list[str]]] = {
    "emotional_abuse": _PEER_JIBES,
    # Talked about behind the child's back to plan a surprise for them.
    "bullying": [
        "([a-z0-9]+ ){0,4}behind my back( [a-z0-9]+){0,6} (to plan|planning|plan|for) (my |a )?("
        "birthday|surprise|party|leaving do)",
    ],
    "upset": [
        # Softened: "a bit nervous", "excited but a bit lonely".
        # Never a feeling that lasts ("a bit lonely since my keyworker left", "weekends go on
        # forever"): that is a worry however softly it is said.
        f"([a-z0-9]+ ){{0,8}}(a bit|bit|a little|little bit|slightly|kind of|kinda|abit) {_FELT}"
        f"{_LASTING}( [a-z0-9]+){{0,12}}( but( [a-z0-9]+){{0,8}} {_SOOTHING})?",
        # Low after a match lost: "felt so down after we lost the final".
        "([a-z0-9]+ ){0,3}(down|gutted|sad|upset|low)( [a-z0-9]+){0,2} (after|when|cos|because) ("
        "we|i|my team) (lost|lose|got beat|got beaten|were beaten|got knocked out|went out)( (the|"
        "a|our|in the))? (match|game|final|semi final|semis|cup|cup final|league|tournament|derby|"
        "on penalties|at [a-z]+|[0-9]+ [0-9]+)( [a-z0-9]+){0,10}",
        # Angry at losing a game: "so angry when i lose at fifa".
        "([a-z0-9]+ ){0,3}(angry|mad|raging|fuming|furious|cross|rage)( [a-z0-9]+){0,3} (when|"
        "cos|because|if|after) (i|we|my team) (lose|lost|losing|die|died|get killed|got killed)( "
        "[a-z0-9]+){0,3} (at|on|in|playing) (fifa|fortnite|cod|call of duty|minecraft|roblox|the "
        "game|games|a game|football|footy|rugby|chess|uno|monopoly|mario kart|xbox|ps5|the switch|"
        "rocket league|apex|valorant)( [a-z0-9]+){0,10}",
        # Over: "i was so nervous but i sit with aisha now", "used to make me sad".
        f"([a-z0-9]+ ){{0,4}}(was|were|felt|got) (so |really |very )?{_FELT}( [a-z0-9]+){{0,8}} but"
        f"( [a-z0-9]+){{0,8}} ({_SOOTHING}|now)", f"used to (make me|be|feel|get){_THEN}",
        # Taken back: "... but mostly ok", "... but i see her every saturday".
        f"([a-z0-9]+ ){{0,8}}{_FELT}( [a-z0-9]+){{0,8}} but (mostly|its|it is|im|i am|all) (ok"
        "|okay|"
        "fine|alright|good|happy|sorted|better)",
        f"([a-z0-9]+ ){{0,8}}{_FELT}( [a-z0-9]+){{0,8}} but (i|we) (still )?(see|talk to|ring|"
        "facetime|visit|message|speak to) (her|him|them)",
        # In Welsh: "dw i'n colli fy nghi ond mae o'n hapus" (I miss him, but he is happy).
        "([a-z0-9]+ ){0,4}(colli|hiraeth)( [a-z0-9]+){0,6} ond( [a-z0-9]+){0,6} (hapus|iawn|ok|"
        "gret|setlo|happy|fine|ffein)",
    ],
}
