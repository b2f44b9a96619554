"""Worries of a child in care, by their structure: the bullying and sadness the fifth hand wrote.

The fifth blind hand answered the survey's own questions, so its worries sit inside answers about
school, family time and home; the rules raised 22 of its 38 bullying lines (four of them as
urgent emotional abuse) and 11 of its 38 upset lines. Each structure here got fresh worries in
other words and voices first (``tests/corpora/worry_structures.txt``, where at first sight the
rules raised 5 of 35 bullying and 5 of 52 upset lines) and ordinary answers near their words
(``tests/corpora/everyday.txt``). Bullying: kept out of a chat or a game everyone else is in, a
jibe and its reason, name-calling at school in Welsh, nobody who will sit with the child, things
hidden and then laughed at, blocked everywhere, a rumour put round, left out for who the child
is, laughed at for how they speak, comments about their body, a wheelchair or hearing aids taken
for a joke. Other children are named as the ones who do it wherever a carer could be, so this
never stands in for abuse at home. Upset: anger with no reason, wanting more family time, a
worker who leaves, a move ahead, a card or call that never came, not knowing why they are in
care, a day of the year or of the week that saddens, lying awake thinking, family time moved
again, wanting someone who listens, always the new one, missing family at night, a pet left
behind, family far away and no news, a brother or sister crying at night, friends going on
without the child, low since a move, sure of failing exams, nerves felt in the body before
family time. Each is a worry
(``surveys.concerns.WORRY``): the kind reply and the IRO told, never 999. Same syntax as the
phrase lists.
"""

from __future__ import annotations

from typing import Final

# Other children, named as the ones who do it (never a carer or a parent).
_PEERS = ("(they|people|ppl|kids|children|boys|girls|lads|everyone|everybody|some (boys|girls|kids|"
          "lads|people|students|year [0-9]+s)|the (boys|girls|kids|lads|others|other kids|other "
          "lads|other girls)|(a|this|one|some) (boy|girl|lad|kid|student)|year [0-9]+s?|classmates|"
          "students|pupils|my (form|class|mates|old mates|friends|old friends|group|old group))( ("
          "at|in|on|from) (the |my |our )?[a-z]+( [0-9]+)?)?")
_JIBE = ("(too (fat|slow|small|short|weird|thick|stupid|ugly|poor|clumsy|tall|skinny)|a baby|a "
         "weirdo|weird|a freak|a loser|a nerd|gay|a lesbian|a tramp|a grass|a snitch|fat|ugly|"
         "thick|stupid|smelly|dirty|a liar|a psycho|retarded|a retard|poor|disgusting)")
_BODY = ("(hair|glasses|hearing aids|hearing aid|accent|voice|skin|face|teeth|brace|body|weight|"
         "clothes|shoes|trainers|coat|bag|wheelchair|stammer|stutter|walk|house|family|name)")
_MEAN = "(ugly|weird|disgusting|gross|stupid|funny|minging|rank|cheap|fake|dirty|horrible|smelly)"
_AIDS = ("(wheelchair|chair|walking frame|frame|walker|crutches|stick|cane|hearing aids|"
         "hearing aid|glasses|inhaler)")
_BULLYING = [
    # Kept out of a chat or a game everyone else is in, or put out of it.
    "(with|has|had|got) (everyone|everybody|the whole (class|year|form|team)|all (my|the) (class|"
    "mates|friends|year))( in it)? (except|apart from|but not|cept|bar) me",
    "(^|i |i keep |i always |and i |just )(got|get|keep getting|been) (kicked|booted|chucked|"
    "removed) out (of )?(the|their|our) ([a-z0-9]+ )?(party|lobby|server|game|squad)",
    # A jibe, with or without its reason: "kids on the bus keep saying im gay".
    f"{_PEERS}( [a-z0-9]+){{0,3}} (keep |keeps |always )?(say|says|said|saying|tell|tells|telling|"
    f"call|calls|calling) (that )?(im|i am|me) {_JIBE}",
    f"{_PEERS}( [a-z0-9]+){{0,3}} (keep |keeps |always )?(say|says|said|saying) my {_BODY} (is|"
    f"are|was|were|looks|look|sounds|sound) {_MEAN}",
    # In Welsh: children at school, on the bus, calling the child names.
    "(plant|merched|bechgyn|hogia|genod|disgyblion|pawb)( [a-z]+){0,4} yn (galw|alw) (fi|fin|fi n|"
    "fi yn|ni|enwau|enwa)( [a-z]+){0,4}",
    # Nobody will sit with the child.
    "(no one|nobody|noone|no1) (will|would|wants to|wanted to|ever) (sit|partner|pair up|play|"
    "walk) (with|next to|near) me",
    # Things hidden or taken, then laughed at.
    f"{_PEERS} (keep |always )?(hide|hides|hid|nick|nicks|nicked|take|takes|took|steal|steals|"
    "stole|grab|grabs|grabbed) my ([a-z]+ ){0,2}(bag|pencil case|trainers|shoes|coat|phone|lunch|"
    "books|kit|pe kit|stuff|things)( [a-z0-9]+){0,6} (then|and then|and) (laugh|laughs|laughing|"
    "giggle|giggles|ask (me )?(why|what)|asks (me )?(why|what)|say what|says what)",
    # Blocked everywhere.
    f"{_PEERS}( have| all| have all)? (blocked|unadded|unfriended|unfollowed|deleted|removed) me "
    "(on|from|off) (everything|snap|snapchat|insta|instagram|tiktok|whatsapp|all|every|facebook|"
    "discord)",
    # A rumour put round.
    "(spread|spreads|spreading|spreadin) it (round|around|about)( [a-z0-9]+){0,3} (that )?(i|im|"
    "my)",
    "(put|puts|putting|told|telling) it (round|around|about) (the whole|everyone|the school|school|"
    "the year|my year|the class)( [a-z0-9]+){0,2} that (i|im|my)",
    # Left out for who the child is: "wont play with me cos im adopted".
    f"{_PEERS}( [a-z0-9]+){{0,2}} (wont|will not|dont|do not|never|refuse to|wouldnt) (play|talk|"
    "speak|sit|hang out|be friends|be mates|let me play|let me join|let me join in|let me sit)( "
    "[a-z]+){0,2} (with|to|near) (me|them)( [a-z0-9]+){0,3} (cos|because|as|since) (i|im|i am|my)",
    # Laughed at, or copied, for how the child speaks or reads.
    "(laugh|laughs|laughing|laughed|giggle|snigger|take the mick|make fun|making fun|mock|mocks|"
    "mocking) (at |of |out of )?(how|the way) i (talk|speak|read|walk|dress|look|eat|run|write|say|"
    "sound)",
    "(copy|copies|copying|mimic|mimics|mock|mocks) (the way|how) i (say|talk|speak|read|walk)( "
    "[a-z0-9]+){0,6} (every|all the time|in front|again)",
    # Comments about the child's body.
    "(nasty|mean|horrible|rude|vile|awful|disgusting|hurtful|hate|horrid) (comments|messages|"
    "things|stuff|dms|texts) (about|on) my (body|weight|face|looks|size|skin|hair|teeth|voice|"
    "spots)",
    "(comment|comments|commenting|commented|post|posts|posting|write|writes|writing|saying|says|"
    "say) (nasty|mean|horrible|rude|vile|awful|disgusting|hurtful|horrid) (stuff|things|comments) "
    "about (me|my [a-z]+)",
    # A wheelchair, a frame or hearing aids taken or moved for a joke.
    f"{_PEERS}( [a-z0-9]+){{0,3}} (hide|hides|hid|hiding|take|takes|took|taking|push|pushes|pushed|"
    f"pushing|wheel|wheels|wheeled|move|moves|moved|nick|nicks|nicked|throw|threw|kick|kicked) my "
    f"{_AIDS}( [a-z0-9]+){{0,6}} (for a (laugh|joke)|as a joke|and (left|leave|leaves|walk off|"
    "walked off|walks off|run off|ran off|laugh|laughed|laughing)|(about|around|round))",
    f"(took|take|takes|pull|pulls|pulled|rip|ripped) my {_AIDS} (out|off)( [a-z0-9]+){{0,3}} "
    "(and )?(threw|throw|chucked|passed|kicked) (them|it) (about|around|round)",
]

_FAMILY = ("(mum|mam|mom|dad|nan|nana|nain|mamgu|gran|grandad|grandma|taid|tadcu|brother|brothers|"
           "sister|sisters|little brother|little sister|little brothers|little sisters|big brother|"
           "big sister|baby brother|baby sister|family|siblings|parents|mother|father|birth (mum|"
           "dad|family)|real (mum|dad))")
_WORKER = ("(social worker|sw|key worker|keyworker|worker|iro|pa|personal adviser|support worker|"
           "mentor)")
_FELT = "(sad|down|low|lonely|upset|rubbish|awful|unhappy|homesick|alone|isolated)"
_UPSET = [
    # Anger with no reason, or at everything.
    "(i|i get|i got|i am|im|i feel|i keep getting|always|i always get|i just get) (so |really |"
    "proper |well |always )?(angry|mad|cross|raging|furious|moody|snappy) (for no reason|over ("
    "nothing|little things|small things|everything)|at (everyone|everything|everybody)|all the "
    "time|about everything)",
    # Wishing for more time with family ("i want to see my nan more" is what a child asks the
    # review for, and stays an ordinary answer).
    "wish (i could|i can|i got to|i could get to) (see|visit|spend time with|have more time with) "
    f"(my )?{_FAMILY} (more|more often|more than)",
    # A worker who leaves, or keeps changing.
    f"(since|now|cos|because) my (old |fave |favourite |last )?{_WORKER} (left|is leaving|has left|"
    "went|is going|changed|is changing|keeps changing|moved)",
    # "No" for "know", as children spell it.
    f"(dont|do not) (even )?(know|no) who my new {_WORKER} is",
    # A change the child feels, not one told as news ("my iro keeps changing, can i keep this one").
    f"(worried|sad|upset|scared|nervous|gutted|anxious|stressed) (cos|because|that) my {_WORKER} "
    "(is|keeps) (changing|leaving)",
    # A move ahead.
    "(scared|worried|nervous|anxious|stressed|frightened|terrified|worrying|stressing) (about|of) ("
    "moving|changing|starting|going) (to )?(a new |my new |my own |another |new )?(placement|"
    "school|schools|skool|skools|house|home|flat|carers|foster home|college|semi indy|semi "
    "independent|semi independence|supported lodgings|area)",
    # A card or a call that never came.
    f"(cried|cry|crying)( [a-z0-9]+){{0,4}} (cos|because|coz|when|that) (my )?{_FAMILY} (didnt|"
    "did not|never|wont|forgot|couldnt|cancelled)",
    "(scared|worried|afraid) (that )?(no one|nobody|noone)( [a-z]+){0,3} (will|is going to|gonna|"
    "wont) (send|remember|come|ring|call)",
    # Not knowing why they are in care.
    "(tell|explain|explained|explains|told) (to )?me why (i am|im|i had to|i have to|i got|i was|i "
    "cant|i can not) (in care|come into care|go into care|in foster care|be in care|taken into "
    "care|put in care)",
    # A day of the year or of the week that saddens.
    "(christmas|xmas|birthdays|my birthday|sundays|weekends|bedtime|bed time|nights|night time|"
    "mothers day|fathers day|the holidays|holidays|eid)( [a-z0-9]+){0,4} (always |still |just )?("
    "makes|make|made|gets|get) (me )?(feel )?(so |really |a bit |proper )?(sad|down|low|lonely|"
    "upset|cry|want to cry)",
    "(weekends|sundays|nights|evenings|the days) (go on|drag|last) (forever|for ever|so long)",
    # Lying awake thinking.
    "(lie|lay|lying|laying) there( for hours)? (thinking|worrying|overthinking|crying|wondering)",
    "(stay|lie|lay) awake( [a-z0-9]+){0,3} (thinking|worrying) about",
    # Family time moved again.
    "(contact|family time|mum time|dad time|visit|visits|my visit) (got |gets |was |has been |"
    "keeps getting |is |keep getting )?(moved|changed|rearranged|cancelled|canceled|put off) again",
    "(moved|changed|cancelled) my (visit|contact|family time)( with [a-z]+)? again",
    # Wanting someone who listens.
    "(want|need|wish) (someone|somebody|anyone|an adult|people) (to|would|who will|who would) ("
    "really |actually |properly |just |truly )?(listen|hear me out|hear me)(?! to (my|the|this) "
    "(music|song|songs|mixtape|playlist|podcast))",
    # Always the new one; moved so many times.
    "(always|forever) the new (kid|girl|boy|one|lad)",
    "(moved|been moved|been in|had) ([0-9]+|so many|loads of|too many|four|five|six|seven|eight) ("
    "times|placements|schools|homes|foster homes)( [a-z0-9]+){0,6} (gets to me|sick of|tired of|"
    # Held to the end: "... making friends anymore" would otherwise read as over.
    "fed up|hate it|i dont bother( [a-z]+){0,3})",
    # Missing family at night.
    f"(miss|missing) my {_FAMILY}( so much| loads| a lot| so bad)? (at night|at bedtime|every "
    "night|when i go to bed|in bed|before bed|at bed time)",
    # A pet left behind.
    "(dog|cat|rabbit|hamster|pet|puppy|kitten|guinea pig|bird|budgie|horse|pony)( (he|she|it|"
    "they))? (is|is still|are|"
    "had to stay|has to stay|stayed|still lives|got left|was left) (at|with|in) my (old|last|"
    "previous|mums|mams|dads|nans|real|birth)( [a-z]+)?( (house|home|foster home|placement|"
    "carers|family))?",
    "(leave|left|leaving) my (dog|cat|rabbit|hamster|pet|puppy|kitten|guinea pig|bird|budgie|"
    "horse|pony) behind",
    # Family far away, and no news.
    f"(worried|scared|afraid|frightened|worry) (for|about) my {_FAMILY}( [a-z]+){{0,2}} (back home|"
    "in (?!(hospital|bed|the|a|my|school|work) )[a-z]+)",
    "no news (from|of|about|for) ([a-z]+ )?(my )?([0-9]+|two|three|four|five|six|many|some|a few|"
    "weeks|months|days|family|mum|mother|dad|father|brother|sister)",
    # A brother or a sister crying at night.
    "(my )?(little |big |baby |younger |older )?(brother|sister|sis|bro) (cries|keeps crying|is "
    "crying|wakes up crying|cried)( herself| himself)?( to sleep)?( at night| every night| in bed|"
    " most nights| all night| for (mum|mam|dad|our|my)| since)",
    # Friends going on together, the child left behind.
    "(sad|gutted|upset|lonely|jealous|left out)( [a-z]+){0,2} (cos|because|coz|that) (my|all my) ("
    "mates|friends|class|form)( [a-z0-9]+){0,10} (and|but) (im not|i am not|i wasnt|i didnt|i "
    "dont|i cant|i wont|not me)",
    # Low since a move.
    f"{_FELT} since (the move|i moved|moving|we moved|i came|i got moved|i left)",
    # Sure of failing exams.
    "(worried|stressed|scared|anxious|panicking|terrified|nervous|worrying|stressing) (about|over) "
    "(my )?(gcses|exams|mocks|sats|tests|a levels|results|exam)( [a-z0-9]+){0,8} (fail|going to "
    "fail|gonna fail|mess (it|them) up|mess up|not pass|wont pass|whether|let (everyone|them) "
    "down)",
    "(worried|scared|stressed)( that)? (im|i am|ill|i will) (going to |gonna )?(fail|mess up)",
    # Nerves felt in the body before family time.
    "(sick|shaky|headache|headaches|tummy ache|tummy aches|stomach ache|butterflies|panicky|"
    "wobbly|tummy hurts|stomach hurts|belly hurts)( [a-z]+){0,4} (before|after) (contact|family "
    "time|i see my|seeing my|my review|visits|the visit)",
    "(nervous|anxious|scared|worried) before (contact|family time|i see my|seeing my)( [a-z0-9]+)"
    "{0,5} (tummy|stomach|belly|head) (hurts|aches)",
    # Talked about at a review as if not in the room.
    "(talk|talks|talking|talked|speak|speaks|speaking) about me like (i am|im) not (there|here|in "
    "the room)",
]

WORRIES: Final[dict[str, list[str]]] = {"bullying": _BULLYING, "upset": _UPSET}

# Words of serious harm inside these worries, set aside for the serious category only (the worry
# is still raised): name-calling by children at school in Welsh, a child told nobody wants them
# in a game's party, comments online, and fear of a new placement not yet met.
SET_ASIDE: Final[dict[str, list[str]]] = {
    "emotional_abuse": [
        "(plant|merched|bechgyn|hogia|genod|disgyblion|pawb) (yn yr ysgol|yn y dosbarth|ar y bws|"
        "yn fy nosbarth|yn y coleg)( yn)? (galw|alw)( [a-z]+){0,4}",
        "(party|lobby|game|team|group|squad|chat|gc|server)( (?!(home|house|family|mum|mam|dad|"
        "carer|carers) )[a-z0-9]+){0,12} (nobody|no one|noone|no1) wants me (in|on) (it|the (team|"
        "game|party|group|squad|chat))",
        "(hate|nasty|mean|horrible) (comments|messages|dms) (on|under|about) my (tiktok|tiktoks|"
        "posts|pics|pictures|videos|vids|snap|story|insta|reels|channel)( (?!(because|cos|coz|but|"
        "and|when|then|my|mum|dad|he|she) )[a-z0-9]+){0,8}",
        # Only children placed at school: "they" may be carers.
        "(boys|girls|kids|lads|people|students|pupils) (in|at|on|from) (my |our |the )?(year|"
        "class|form|school|college|bus)( [0-9]+)? (keep |keeps |always )?(calling|call|calls) me "
        f"{_JIBE}",
        # A review or a meeting where the grown-ups talk over the child: upset, not abuse.
        "(review|reviews|meeting|meetings|panel|court|lac review|cla review)( (?!(home|house|mum|"
        "mam|dad|carer|carers|nan) )[a-z0-9]+){0,6} (talk|talks|talking|talked|speak|speaks) about "
        "me like (i am|im) not (there|here|in the room)",
    ],
    "unsafe_home": [
        "(scared|nervous|worried|anxious) (about|of) (moving|going) to (a|my) new (placement|"
        "school|home|house|carers|foster home)(?!( [a-z0-9]+){0,6} (because|cos|coz|he|she|they|"
        "them|what))",
    ],
}
