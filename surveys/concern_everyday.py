"""Ordinary answers that borrow the words of harm, by what they are about: set aside like idioms.

Each saying here names the everyday thing the words are about, so the words of harm beside it
are still read: a nose (the squeezed spelling of "noose"), a small sum owed for a meal deal, a
chore a carer makes a child do, a book or play studied in a lesson, a surprise the child is
keeping for someone, help asked with a task, a knock in sport with its cause, and sadness about
a lesson or a film rather than the child's own life. None is narrowed by who is named: "my dad
makes me do my homework" is set aside, "my dad makes me do things" is not. A match is set aside
only when one of these spans holds all of it (``surveys.concerns``); ``surveys.concern_idioms``
adds them to its sayings, per category. Same syntax as the phrase lists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from surveys.concern_everyday_codes import CODES
from surveys.concern_everyday_cymru import CYMRU
from surveys.concern_everyday_days import DAYS
from surveys.concern_everyday_found import FOUND
from surveys.concern_everyday_gaming import GAMING
from surveys.concern_everyday_handset import HANDSET
from surveys.concern_everyday_home_life import HOME_LIFE
from surveys.concern_everyday_home_tongue import HOME_TONGUE
from surveys.concern_everyday_jests import JESTS
from surveys.concern_everyday_newcomer import NEWCOMER
from surveys.concern_everyday_north_east import NORTH_EAST
from surveys.concern_everyday_north_west import NORTH_WEST
from surveys.concern_everyday_online import ONLINE
from surveys.concern_everyday_outings import OUTINGS
from surveys.concern_everyday_pastimes import PASTIMES
from surveys.concern_everyday_phone import PHONE
from surveys.concern_everyday_plain import PLAIN
from surveys.concern_everyday_practices import PRACTICES
from surveys.concern_everyday_reassured import REASSURED
from surveys.concern_everyday_secrets import SECRETS
from surveys.concern_everyday_socials import SOCIALS
from surveys.concern_everyday_south import SOUTH
from surveys.concern_everyday_voices import VOICES
from surveys.concern_everyday_wales import WALES
from surveys.concern_voice_body import SET_ASIDE as BODY_VOICES
from surveys.concern_voice_home import SET_ASIDE as HOME_VOICES
from surveys.concern_worry_in_care import SET_ASIDE as WORRIES_IN_CARE
from surveys.concern_worry_shapes import ALONE_UNWANTED, SHOVED_AT_SCHOOL
from surveys.concern_worry_unsure import SET_ASIDE as WORRIES_UNSURE

# Words of a story or a lesson that never turn to the child: "a boy who gets mixed up in a gang"
# is set aside, "a boy whose dad hits him like mine" is not (the span stops at "mine").
_THIRD_PERSON = ("( (?!(i|me|my|mine|myself|im|we|us|our|because|cos|and|but|so|then|like|when|"
                 "if) )[a-z0-9]+){0,14}")

# "Noose" and "nose" are one word once repeated letters are squeezed. A nose that is someone's
# body part ("up her nose", "my nose wont stop running") is not a noose, unless what follows
# tells of one ("my noose is ready", "... in my wardrobe").
_NOOSE_AFTER = ("(?! (is |was )?(ready|tied|made|hanging|hung|round|around|from|over|on (the|my) "
                "(door|bannister|banister|beam|tree|hook)|in my (room|wardrobe|cupboard|drawer"
                "|bag)|"
                "for when|for tonight))")
_NOSE = [
    "((up|in|on|off|to|from|into|through|under|round|of) )?(my|his|her|their|your|its|our|the "
    f"cats|the dogs|the babys|my (brothers|sisters)) nose{_NOOSE_AFTER}",
    "(a |the )?(runny|blocked|snotty|stuffy|bloody|red|big|button|little|pierced|cold) nose"
    f"{_NOOSE_AFTER}",
    "nose (bleed|bleeds|bled|bleeding|ring|rings|stud|piercing|pierced|job|spray|drops|wont stop "
    "running|is running|runs|ran|is blocked|hurts|itches|is itchy)",
    "red nose day",
]

# A small sum (one or two figures) owed for something bought together, whoever owes whom. Never
# a big sum, nor food or games currency given first, nor what follows of a debt to work off.
_TREATS = ("(meal deal|pizza|chips|chippy|maccies|mcdonalds|kfc|nandos|greggs|subway|sweets|snacks|"
           "a drink|drinks|milkshake|cinema|cinema ticket|ticket|tickets|bus|bus fare|train fare|"
           "lunch|tuck shop|present|birthday present|card|bowling|ice cream|cake|the trip|trip|(("
           "concert|gig|festival|match|football|rugby|theatre|panto|prom|coach|train) )?(ticket|"
           "tickets))")
# A sum written out, as small: "twenty quid", never a hundred.
_SUM_IN_WORDS = ("(six|seven|eight|nine|eleven|twelve|fifteen|twenty|twenty five|thirty|forty|fifty"
                 "|sixty|seventy|eighty|ninety)")
_SMALL_DEBT = [
    # "4" is read as "for" in text-speak: "owes me for quid".
    "(owe|owes|owed) (me|us|him|her|them|my [a-z]+|[a-z]+)( [a-z]+){0,2} ([0-9]{1,2}( quid| pounds"
    f"| p)?|(for|to|one|two|three|five|ten|a|{_SUM_IN_WORDS}) (quid|pound|pounds)) "
    # The span runs on to "ill pay him back friday": paying back a friend is no debt bondage.
    f"for (a |the |my |his |her |our |some |that )?{_TREATS}( [a-z0-9]+){{0,8}}"
    "(?!( [a-z0-9]+){0,8} (work|took|taken|lost|stuff|drugs|weed|bag|hold|carry|sell|or else|"
    "threat|hurt))",
]

# A carer or teacher making a child do a chore or homework: never "things", "stuff" or "it".
_CHORES = ("(my |the |our |all the |some |extra |more )?(homework|reading|spellings|chores|jobs "
           "round the house|dishes|washing up|the washing|hoovering|revision|revising|times "
           "tables|piano|practice|teeth|bed|room|tidying|tidy up|veg|vegetables|maths|english|"
           "coursework|exercises|physio)")
_MADE_TO_DO = [
    "(make|makes|made|making|force|forces|forced|forcing|get|gets|got) me (to )?do "
    f"{_CHORES}",
]

# A book, a play or a novel read or staged in a lesson: a story about someone else.
_LESSON_STORY = [
    "(reading|read|reads|studying|study|doing|did|performing|rehearsing|acting in|watching|"
    "watched) (a|the|this|that|our) (book|novel|play|poem|text|class novel|class book|set text)"
    "( in (english|drama|class|school|welsh|re|history|the library))? (about|where|called|in "
    f"which){_THIRD_PERSON}",
    "(in|for) (english|drama|class|school|welsh|re|history|the library) (we are|were|we were|im|i "
    "am|we) (reading|studying|doing|performing|rehearsing|watching) (a|the|this) (book|novel|"
    f"play|poem|text|film|documentary) (about|where|called){_THIRD_PERSON}",
    "(our|the|my) (class|english|drama|set) (novel|book|play|text|reader) (is|was) (about|where|"
    f"called){_THIRD_PERSON}",
]

# A surprise the child is keeping for someone else's day: the child gives, not receives.
# An ordinal birthday: "80th", "21st" (which leetspeak undoing turns into "8oth", "2ist").
_OCCASION = ("(birthday|bday|(i|s|e|a|t|[0-9])?[0-9oi](th|st|nd|rd)|christmas|xmas|mothers day"
             "|fathers day|"
             "anniversary|wedding|retirement|leaving do|easter|valentines)")
_GIFT = "(card|cake|present|presents|gift|party|surprise party|surprise|do|meal|hamper|picture)"
_SURPRISE_KEPT = [
    "(making|made|make|planning|plan|planned|getting|get|got|buying|buy|bought|baking|bake|baked|"
    "organising|organised|doing|throwing|drawing|drew|wrapping|wrapped) (?!(me|us) )([a-z]+ ){0,3}"
    f"(a |an |the |some )?(surprise )?{_GIFT}( [a-z0-9]+){{0,8}} (sh |shush |shh )?(its|it is|"
    "thats|is|keep it|keeping it|were keeping it) (a )?(secret|surprise)( (til|till|until) "
    "[a-z0-9]+)?(?! (from|and) )",
    # Someone else's day ("her 80th"), never the child's own ("my birthday ... from mum").
    "(her|his|their|mums|mams|dads|nans|grans|carers|my (mums|mams|dads|nans|grans|carers|"
    f"sisters|brothers)) {_OCCASION}( [a-z0-9]+){{0,6}} (sh |shush )?(its|it is|thats|keep it|"
    "keeping it) a secret( (til|till|until) [a-z0-9]+)?(?! (from|and) )",
]

# Help asked with a task that has an object ("help me open an account", "help me finish it").
_HELP_TASK = [
    "(someone|somebody|anyone|any1|some1) help me (open|finish|fill in|fill out|set up|sort out|"
    "write|choose|pick|apply for|plan|start|understand|revise for|fix|build|cook|book|sign up "
    "for|register for|practise|practice|read|make|learn|change|update|print|wrap|decorate) (a|an|"
    "my|the|some|this|these|more|our|up|in)( [a-z0-9]+){0,3}",
    "(someone|somebody|anyone|any1|some1) help me (finish|fill in|fill out|sort out|set up|"
    "understand|fix|do) it( please| pls| plz)?$",
]

# A knock in sport or play, with its cause named. Never the stairs, a door or a wall (what a
# child may be told to say), nor when words after tell of saying so or of someone.
_PLAY = ("(football|rugby|netball|hockey|basketball|dodgeball|cricket|pe|games|training|the match|"
         "a match|a tackle|tackling|trampolining|the trampoline|a trampoline|my bike|my scooter|my "
         "skateboard|my board|a trick|tricks|the skatepark|skateboarding|climbing|gymnastics|"
         "dance|dancing|karate|judo|boxing|kickboxing|horse riding|riding|ice skating|skating|"
         "roller skating|swimming|the park|the climbing frame|monkey bars|the swings|a swing|footy|"
         "sparring|a spar|tackle|a header|headers|heading the ball|taekwondo|mma|jiu jitsu|"
         "wrestling|fencing)")
# What a child may be told to say of a knock: "i have to say its from football". What a coach or
# a carer said of it ("coach said i was brave") is not that, so "said" alone is no sign. Nor is
# the sport the cause when someone is then named as the one who did it ("my stepdad did it"), or
# made the child go on until they dropped.
_TOLD_TO_SAY = ("(?!( [a-z0-9]+){0,10} ((he|she|they|someone|somebody|a man|dad|mum|stepdad|step "
                "dad|(my|her|his|mums|dads) [a-z]+( [a-z]+)?) (did|done|gave me) (it|that|this|"
                "them)|(makes|made|forces|forced) me (train|play|run|carry on|keep going)( [a-z]+)"
                "{0,3} (til|until) (i|my)|lie|lying|lied|pretend|pretended|really|actually|cover|"
                "excuse|supposed to|thats what|what (i|we) (tell|say|said|told)|(have|had|got) to "
                "(say|tell)|told (me )?to (say|tell)|made me (say|tell)|(say|said|tell|told|says) "
                "(it was|its|it is|that it|(school|people|everyone|teachers|the teacher|my teacher|"
                "miss|sir|them|the nurse|my social worker) (it|that))))")
_SPORT_KNOCK = [
    "(bruise|bruises|bruised|graze|grazes|scrape|cut|cuts|black eye|fat lip|split lip|nose bleed|"
    "nosebleed)( (on|all (up|over|down)) (my|his|her) [a-z]+( [a-z]+){0,2})? (from|after|at|"
    "playing|doing|in|during|off) ((playing|doing|trying|falling off|coming off|fell off|at) )?(a "
    f"|the |my )?{_PLAY}{_TOLD_TO_SAY}",
]

# Sadness about a lesson, a story or the news, not about the child's own life.
_TOPIC = ("(history|english|re|science|geography|drama|assembly|class|lesson|film|book|"
          "documentary|news|story|play|episode|learned about|learnt about|learning about)")
_SAD_ABOUT = [
    f"{_TOPIC}( [a-z0-9]+){{0,8}} (its|it is|it was|that is|thats|was|is) (so|really|very|well|"
    "proper) sad (how|what|that|when|to think)( [a-z0-9]+){0,6}",
    "(the )?(ending|end|film|book|movie|story|episode|show|song|play|last bit|last episode) (of( "
    "[a-z]+){1,3} )?(is|was|were) (so|really|very|well|proper) sad( (?!(because|cos|coz|but|and|"
    "when|it reminded|reminds) )[a-z0-9]+){0,4}",
]


# --- the fourth hand's false alarms, by what each was about ---------------------------------------
# Thirteen of its ordinary answers got the urgent reply. Before these sayings were written, each
# structure got three or four fresh ordinary answers in other voices and a disclosure beside it
# (tests/corpora/everyday.txt): at first sight the rules left 12 of the 40 ordinary answers
# silent and raised all 13 disclosures as urgent; after, all 40 silent but one the learned layer
# alone raises, and all 13 still urgent.

# A knock in sport or play that the child says was by accident, with the game named first ("at
# netball someone hit me in the nose by accident") or just after. Never when what comes between
# or after tells of saying so ("told me to say it was by accident"), nor a knock on its own.
_KNOCK = ("(kicked|kicks|hit|hits|whacked|elbowed|kneed|punched|smacked|headbutted|head butted|"
          "clattered|tripped|booted|stood on|trod on|stamped on|bashed|caught)")
_NOT_SAYING = ("( (?!(say|said|says|tell|told|pretend|pretends|pretended|claim|claims|claimed|"
               "reckons|swears|swore|make out|made out) )[a-z0-9]+)")
_BY_ACCIDENT = (f"{_KNOCK} (me|my [a-z]+){_NOT_SAYING}{{0,6}} (by accident|accidentally)(?! ("
                "he|she|they) (says|said|say|claims|claimed|reckons|swears))")
_KNOCKED_IN_PLAY = [
    f"(at|in|play|plays|played|playing|during|doing) {_PLAY}{_NOT_SAYING}{{0,10}} {_BY_ACCIDENT}",
    f"([a-z0-9]+ ){{0,2}}{_BY_ACCIDENT}( [a-z0-9]+){{0,3}} (at|in|playing|during|doing) {_PLAY}",
]
# "kicked me in the shin playing footie": the limb, then a game (never the park or the swings,
# where nobody plays against the child), then at most the mark it left.
_GAME = ("(football|footy|footie|rugby|netball|hockey|basketball|dodgeball|cricket|pe|training|"
         "the match|a match|a game|karate|judo|boxing|kickboxing|taekwondo|mma|sparring|wrestling)")
_KNOCKED_AT_A_GAME = [
    f"([a-z0-9]+ ){{0,3}}{_KNOCK} me in the (shin|shins|leg|knee|ankle|foot|calf|thigh|toe|toes) "
    f"(playing|at|during|in) (a |the )?{_GAME}( and (now )?(its|it is|i have|theres|got) "
    "(a |all )?(purple|bruised|swollen|a bruise|a lump|black and blue))?( (lol|haha|lmao))*"
    f"{_TOLD_TO_SAY}(?!( [a-z0-9]+){{0,10}} (purpose|again|always|every|because|cos|kept|keeps|"
    "till|until|stomach|head|floor|then|hard|harder|belt)( |$))",
]
# "Hit me in the nose with the ball": a nose, not a noose, when something struck it.
_NOSE_STRUCK = ("(hit|hits|punched|smacked|whacked|bopped|elbowed|kneed|headbutted|caught) (me|him|"
                "her|them) (in|on) the nose")

# A secret that is the child's own wish or crush, told in the same breath ("i got a secret, i
# want a puppy"): never one that is about someone ("... a man sends me money").
_OWN_SECRET = [
    "(i have|i have got|i got|got|tell you|heres|its|i will tell you) a secret i (really |secretly "
    "|kind of |kinda |so )?(want|would like|fancy|like|love|wish|have a crush|am going to be|"
    "fancied|liked)(?! (you to|to tell|to say))",
]

# Medicine, knives or bleach a carer keeps out of reach: the carer keeps the child safe. Never
# across words of taking them ("... but i know where the key is").
_KEPT_AWAY = ("(medicine|medicines|meds|tablets|pills|paracetamol|calpol|ibuprofen|knives|sharp "
              "knives|the knives|bleach|lighters|matches|razors)")
_KEPT_SAFE = [
    f"([a-z]+ ){{0,3}}(keeps|keep|kept|locks|lock|locked|puts|put|hides|hide|stores) (all )?(the |"
    f"our |my |her |his |their )?{_KEPT_AWAY}( [a-z0-9]+){{0,3}} (locked|in a (locked|lock|"
    "medicine|high|special|metal)|in the (locked|medicine|top)|up high|on top|out of reach|away "
    "from|where (we|the|my|little|babies|kids)|in a box|in a safe)( (?!(but|key|take|took|taking|"
    "swallow|swallowed|overdose|od|myself|die|dead|end|kill|all of them|them all) )"
    "[a-z0-9]+){0,10}",
]

# A grown-up's hand over the child's, to show them how, on the tool itself ("held my hand on the
# knife to show me how to chop"); never on the hob or the cooker, nor till it hurt.
_HAND_GUIDED = [
    "([a-z]+ ){0,3}(held|holds|hold|holding|put|puts) (my|his|her) hand on (it|the (knife|"
    "handle|pan handle|spoon|whisk|pen|pencil|mouse|bat|racket|steering wheel|wheel|reins|bow|"
    "rope|rail|bar|keys|piano|guitar|ball|brush|paintbrush|needle|scissors))(?! (till|until|for|"
    "and (it|i) (burn|burnt|burned|hurt)))( (so|to|and|while|when|as)( [a-z0-9]+){0,8})?",
]
# Taking care not to burn or cut oneself while cooking or making: "so i didnt cut myself".
_CAREFUL = [
    "(knife|knives|pan|oven|hob|kettle|iron|cooking|cook|baking|bake|chop|chopping|pancakes|"
    "straighteners|candle|bbq|barbecue|fire|sparkler|sparklers|saw|drill|scissors|glue gun)( "
    "[a-z0-9]+){0,8} (so|in case|to stop me|so that) (i|we) (didnt|dont|wouldnt|would not|did not|"
    "do not) (burn|cut) (myself|ourselves)(?! (too|deep|as|that|badly|again|anymore|any more|"
    "there|where))",
]

# Camping: a trip, a camp or the garden named first, or the tent pitched in the garden or at camp.
_CAMPING = [
    "(camping|camp|scouts|scout camp|cubs|brownies|guides|dofe|d of e|duke of edinburgh|"
    "expedition|festival|holiday|school trip|residential|back garden|garden)( [a-z0-9]+){0,6} "
    "(slept|sleep|sleeping|stayed|camped) in (a |our |the |my )?(tent|tents)",
    "(slept|sleep|sleeping|stayed) in (a |our |the |my )?(tent|tents) (in|at|on) (the |our |my )?("
    "back garden|garden|camp|campsite|festival|scout camp)",
]

# A grown-up brother, sister or cousin, their age and their car: family, never a brother's mate
# nor a boyfriend, and never across words of what such a man gives or asks.
_KIN = ("(brother|brothers|bro|sister|sisters|sis|cousin|cousins|uncle|auntie|aunty|step brother|"
        "half brother|foster brother|foster sister)")
_NOT_KIN_GAP = ("( (?!(mate|mates|friend|friends|boyfriend|girlfriend|boss|pal|pals|m8|boyfriends|"
                "mans|man|fella|fellas|lad|lads|guy|guys|bloke|ex|someone|somebody|him|this|"
                "that|who|older) )[a-z0-9]+)")
_NOTHING_ASKED = ("(?!( [a-z0-9]+){0,8} (gives me (weed|drugs|money|vapes|alcohol|booze|cash)|"
                  "makes me|touch|touches|touched|kiss|kisses|sex|drugs|weed|party|parties|older "
                  "men|his mates|his friends|secret|dont tell|not to tell|pictures|photos))")
# The car first: a saying is matched from its first word, and the longer one must hold both.
_KIN_GROWN = [
    f"{_KIN}{_NOT_KIN_GAP}{{0,10}} (picks|picked|pick|drives|drove|takes|took|gives|gave) me( "
    f"[a-z0-9]+){{0,4}} (in|with) (his|her) car{_NOTHING_ASKED}",
    f"{_KIN}{_NOT_KIN_GAP}{{0,6}} (he is|she is|is|turned|just turned|is now) [0-9]+"
    f"{_NOTHING_ASKED}",
    # A tattoo or a piercing of their own at an adult age, never one they got the child.
    f"{_KIN} (got|has|had|has got|just got|is getting|getting|wants) (a |another |his |her |a new "
    f"|two )?(tattoo|tattoos|piercing|piercings|sleeve){_NOT_KIN_GAP}{{0,4}} (he is|she is) (1[89]"
    f"|[2-6][0-9])( so (he is|she is) (allowed|old enough|legal))?{_NOTHING_ASKED}",
]

# Laughed at, and then looked after: a carer's joke at a soaking, not contempt. Never across
# words of what was said or of crying.
_LAUGHED_THEN_CARED = [
    "([a-z]+ ){0,3}(laughed|laughs|laughing|laugh) at me( (?!(said|says|called|calls|told|"
    "pathetic|stupid|useless|idiot|baby|cry|cried|crying|shouted|screamed|hit|hits|slapped) )"
    "[a-z0-9]+){0,6} (then|and then|but then|and|after) ((she|he|they) )?(ran|run|runs|made|"
    "makes|gave|gives|give|got|gets|brought|bought|buys|hugged|hugs|cuddled|helped|helps|dried|"
    "put)( me)?( a| another| my)? (bath|hot choc|hot chocolate|tea|brew|cuppa|drink|hug|cuddle|"
    "towel|another|new one|blanket|dry clothes|plaster|it up|me up)",
]

# Beaten at a game: "he beats me at fifa", "... chess ... he beats me every time". Never at home
# or at night, nor "every time he loses" (what follows turns it to a man's temper).
_GAMES = ("(fifa|fortnite|chess|draughts|checkers|uno|cards|monopoly|scrabble|pool|snooker|darts|"
          "table tennis|ping pong|tennis|badminton|mario kart|mariokart|smash|cod|call of duty|"
          "minecraft|roblox|rocket league|connect four|connect 4|ludo|snap|jenga|the game|games|"
          "board games|a race|races|running|arm wrestling|football|footy|basketball|netball|golf|"
          "bowling|every game|quiz|the quiz|trivia|xbox|ps5|playstation|the switch|the club|"
          "player|players|tournament|opponent|league|rated|ranked)")
_BEATEN = ("(beats|beat|beating|thrashes|thrashed|thrash|hammers|hammered|batters|battered|"
           "destroys|destroyed|smashes|smashed|whoops|whooped|owns|owned)")
_BEATEN_AT_GAMES = [
    f"([a-z]+ ){{0,3}}(always |still )?{_BEATEN} (me|us)( easily| again| always| every time)? "
    f"(at|in) {_GAMES}",
    f"{_GAMES}( [a-z0-9]+){{0,12}} {_BEATEN} (me|us)( [a-z0-9]+){{0,1}} (every (single )?(time|"
    "game|match|round|week)( (we|i) (play|race|versus|vs|verse))?|all the time|always|easily)"
    "(?! (he|she|they|i|we|my|you|when|if|because|and|but))",
]

# An event watched on a screen with family or friends: a funeral, a wedding, a match.
_WATCHED_TOGETHER = [
    "(watched|watch|watching|saw|seen|see) (it|them|him|her|the whole thing|the (funeral|wedding|"
    "service|match|game|ceremony|party|graduation|concert|christening|nikah|mehndi|eid|prayers|"
    "burial|football|rugby|final|fireworks|parade))( live)? on (video|a video|video call|a video "
    "call|facetime|zoom|skype|whatsapp|the telly|tv|youtube|the laptop|my phone|a phone|the "
    "computer|teams|a screen|the big screen|livestream|a livestream|a stream) with (my|our|all ("
    "my|the|our)|the) (cousins|cousin|family|mum|mam|dad|nan|nain|gran|grandad|brother|brothers|"
    "sister|sisters|aunt|auntie|aunties|uncles|uncle|carers|carer|foster family|mates|friends|"
    "class)",
]

# Pushed on a swing or in a buggy: help, not harm. Never pushed off it, nor too hard.
_PUSHED_ON_A_SWING = [
    "([a-z]+ ){0,3}(push|pushes|pushed|pushing) me (on|in|round in|around in|round on) (the|my|a) "
    "(swing|swings|pram|buggy|wheelchair|trolley|go kart|sledge|roundabout)(?! (so hard|too hard|"
    "too high|till|until|and i fell|off))( [a-z0-9]+){0,4}",
]

# Bullying by other children in words serious harm also uses: the worry is raised by
# ``surveys.concern_worry_shapes``; the serious category is set aside. Bags moved onto the seats
# so the child cannot sit there; sitting alone at lunch, in Welsh; peers who say the child lies
# about their age.
_SEATS_BLOCKED = [
    "(moving|move|moves|movin|put|puts|putting|spread|spreads|spreading) (their|there|her|his) "
    "(bags|bag|coats|coat|stuff|things|feet|legs|books) (on|onto|on to|over|across) the (seat|"
    "seats|chair|chairs|bench|table)",
]
_SITTING_ALONE_CY = [
    "(ista|isda|eistedd|steddu|sefyll|bwyta|chwarae|cherdded|cerdded) ar ben fy (hun|hunan)( ("
    "bob|amser|yn|ar|achos|am)( [a-z0-9]+){0,3})?",
]
_PEERS_SAY_AGE = [
    "(people|kids|boys|lads|girls|everyone|the others|players|the team|my team|my mates|my "
    "friends|they)( (at|in|on|from) [a-z]+( [a-z]+)?)? (say|says|said|saying|reckon|reckons|think|"
    "thinks|keep saying) (i am|im|i was|i) (lying|lied|lie) about my age",
]

_TOLD_BY_WHAT: Final[dict[str, list[str]]] = {
    "self_harm": [*_NOSE, _NOSE_STRUCK, *_KEPT_SAFE, *_CAREFUL],
    "exploitation": [*_SMALL_DEBT, *_LESSON_STORY, *_SURPRISE_KEPT, *_OWN_SECRET, *_SEATS_BLOCKED],
    "sexual_abuse": _MADE_TO_DO,
    "missing": [*_LESSON_STORY, *_CAMPING],
    "physical_abuse": [*_SPORT_KNOCK, *_LESSON_STORY, *_KNOCKED_IN_PLAY, *_KNOCKED_AT_A_GAME,
                       *_HAND_GUIDED, *_BEATEN_AT_GAMES, f"([a-z0-9]+ ){{0,3}}{SHOVED_AT_SCHOOL}",
                       *_PUSHED_ON_A_SWING],
    "emotional_abuse": [*_LESSON_STORY, *_LAUGHED_THEN_CARED, ALONE_UNWANTED],
    "sexual_exploitation": [*_KIN_GROWN, *_WATCHED_TOGETHER],
    "neglect": _SITTING_ALONE_CY,
    "domestic_abuse": _LESSON_STORY,
    "trafficking": [*_LESSON_STORY, *_PEERS_SAY_AGE],
    "radicalisation": _LESSON_STORY,
    "bullying": [*_LESSON_STORY, *_LAUGHED_THEN_CARED],
    "unsafe_home": [*_HELP_TASK, *_KEPT_SAFE],
    "upset": [*_SAD_ABOUT, *_LESSON_STORY],
}


def merged(*tables: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The tables' sayings per category, one after another, in new lists: several categories
    share one list above (``_LESSON_STORY``), and extending it in place would hand one
    category's set-asides to every other that shares it."""
    found: dict[str, list[str]] = {}
    for table in tables:
        for category, sayings in table.items():
            found[category] = [*found.get(category, ()), *sayings]
    return found


# Every kind of everyday context, each module named for what it holds (pastimes, outings, home
# life, jests, secrets, reassurance, worries in care, days, phone news, found, codes, voices,
# practices; Wales, in Welsh and English, the fourteenth hand's Welsh third first; online life;
# a new language; a home language beside English), and the plain words of the first lists
# (``surveys.concern_everyday_plain``), last.
EVERYDAY: Final = merged(
    _TOLD_BY_WHAT, PASTIMES, OUTINGS, HOME_LIFE, JESTS, SECRETS, REASSURED, WORRIES_IN_CARE,
    WORRIES_UNSURE, DAYS, PHONE, FOUND, CODES, VOICES, PRACTICES, CYMRU, WALES, ONLINE, NEWCOMER,
    HOME_TONGUE,
    # The thirteenth hand's voices (``surveys.concern_voice_body``, ``concern_voice_home``).
    BODY_VOICES, HOME_VOICES,
    # The fifteenth hand's games, phone and social media voices, and the sixteenth hand's North
    # East, North West and South (each ``surveys.concern_everyday_<voice>``).
    GAMING, HANDSET, SOCIALS, NORTH_EAST, NORTH_WEST, SOUTH,
    PLAIN,
)
