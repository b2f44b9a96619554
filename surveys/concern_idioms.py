"""Everyday sayings that use the words of harm: a match inside one of them is no disclosure.

"Mum said she would kill me if I was late lol", "the dog ran away with my sock", "a game where
you deliver parcels", "I owe my mate a quid": each holds words a frame looks for, but says
nothing about harm. A match that lies wholly inside one of these sayings is set aside (the rest
of the text is still read, so "he said he would kill me if I told" stays a threat, and "mum will
kill me if I'm late, and dad hits me" is still about the dad).

Written narrowly on purpose: a false alarm is better than a miss, so a saying names the
ordinary thing it is about (being late, a pet, a film, a quid for the tuck shop) and never
excuses self-harm, nor sexual abuse except where the one who comes into the child's room at
night is named, in the same words, as a pet: those words have no other everyday second meaning
worth the risk.
Same syntax as the phrase lists (see ``surveys.concern_frames``).
"""

from __future__ import annotations

from typing import Final

from surveys.concern_everyday import EVERYDAY, merged
from surveys.concern_worry_signs import SET_ASIDE

# Up to five words before or six after a marker: the span a saying covers. A match is set aside
# only when the saying holds all of it, so words of harm beside a saying are still read.
_BEFORE = "([a-z0-9]+ ){0,5}"
# The span after a marker stops at a word that starts a new thought ("...and he hits me").
_AFTER = "( (?!(because|cos|coz|when|and|but|if|then|so) )[a-z0-9]+){0,6}"

# Everyday slips a parent "would kill you" for: a joke, not a threat.
_SLIPS = ("(late|home late|late home|late again|forgot|forget|lose|lost|losing|break|broke|"
          "broken|spill|spilt|spilled|mud|muddy|mess|messy|makeup|make up|homework|grades|"
          "carpet|pe kit|coat|school shoes|her (top|clothes|hair straighteners|phone|charger)|"
          "ate the last|eat the last|the last (biscuit|one|slice)|chocolate)")
_KILL = "(kill|killing|murder|strangle|skin|slaughter) (me|us)"
# Never across words that make it a threat to keep a secret: "kill me if I told about the mess",
# nor when telling follows the slip: "kill me if i ate his chocolate and told anyone".
_TELLING = "(tell|told|say|said|grass|grassed|snitch|snitched|speak|talk|talked|stop|leave|run)"
_TOLD_AFTER = "(?!( [a-z0-9]+){0,6} (tell|told|telling|grass|grassed|snitch|snitched))"
_THREAT_IN_JEST = [
    f"{_BEFORE}{_KILL} (if|when) (i|we) ((?!{_TELLING} )[a-z0-9]+ ){{0,3}}{_SLIPS}{_TOLD_AFTER}",
    f"{_SLIPS}( [a-z0-9]+){{0,8}} {_KILL}(?! (if|when) (i|we) {_TELLING})",
]
# A film, game or book about a gang or a crime. Not "on a game": games are where children are
# groomed, so only a story's own world ("in the game you can...") is set aside.
# Never "a story about": a child may tell their own that way ("a story about how my dad...").
_STORIES = ("(game|games|film|films|movie|movies|show|programme|series|episode|cartoon|drama|"
            "documentary)")
_FICTION = [
    f"(a|the|this|that|my|our|his|her) ((favourite|fave|fav|new|old) )?{_STORIES} (is |was )?"
    f"(where|about|called|in which){_AFTER}",
    f"in (the|that|this) {_STORIES} (you|u|they|the characters|people|everyone) (can|could|"
    f"have to|had to|get to|got to){_AFTER}",
    f"(baddies|baddie|villain|villains|the characters|the character){_AFTER}",
    f"(in|on) (gta|grand theft auto|call of duty|cod) (you|u) (can|could|have to|get to){_AFTER}",
    # A NERF war is read with what follows it (``surveys.concern_everyday_phone``): of two sayings
    # from one word only the first is tried, and a bare "nerf" here would hide it.
    "(cops and robbers|fighting games|play fight|play fighting|pillow fight|water fight|food "
    "fight)",
]
# A pet or a ball running off, or someone else running off with a sock.
_RUNNING_OFF = [
    "(dog|cat|puppy|kitten|hamster|rabbit|bunny|horse|pony|bird|budgie|fox|guinea pig|tortoise|"
    "ball|kite|balloon|time) (ran|run|runs|running|went|gone) (away|off)",
    "(he|she|it|they|dog|cat|puppy|kitten|brother|sister|baby) (ran|run|runs|running) (away|off) "
    "with (my|the|his|her|our|a) (sock|socks|shoe|shoes|ball|toy|toys|remote|biscuit|sandwich|"
    "food|slipper|slippers|hat|glove|gloves|homework|phone)",
]
# The cat that comes into the room at night. Never when someone else follows ("... and so does
# he"), where the pet is only the start of the sentence.
_PET_AT_NIGHT = ("(the|my|our|a|his|her|nans|mums|my nans) (cat|cats|dog|dogs|kitten|kittens|puppy|"
                 "puppies|pet|pets|hamster|rabbit|bunny|guinea pig) (comes|came|coming|come|creeps|"
                 "crept|sneaks|sneaked|snuck|gets|got|get|climbs|climbed|climb|jumps|jumped) (in|"
                 "into|on|onto) my (room|bedroom|bed)( (at night|in the night|when|while|and))?(?! "
                 "(and|but|then) (so does|he|she|my|his|her|then|the|they|a|someone|somebody))",)
_HIDE_AND_SEEK = "(hide|hiding|hid)( [a-z0-9]+){0,8} (hide and seek|hide n seek|hide and go seek)"
_SPORT = "(football|rugby|pe|training|the match|a tackle|netball|hockey|basketball|dodgeball)"
_KNOCKED = "(got|get|gets|was|been|getting) (kicked|hit|whacked|smacked|elbowed|punched|kneed)"
# Beating a brother at chess, a mate at FIFA.
_GAMES_WON = ("(beat|beats|beating|battered|smashed|thrashed|destroyed) (my|his|her) (little |big "
              ")?(brother|sister|mum|dad|nan|mate|friend|cousin|carer) (at|in) (?!home|night)"
              "[a-z]+")
_EVERYDAY_FEAR = [
    f"{_BEFORE}(scared|afraid|frightened|terrified|nervous|anxious|worried|petrified) (of|about|"
    "for|before) (the |my |a |our )?(dark|spiders|spider|ghosts|ghost|clowns|clown|dogs|dog|"
    "heights|thunder|exam|exams|test|tests|sats|gcses|dentist|jabs|injection|needles|wasps|"
    "bees|the film|horror films|first day|starting|new school|the match|the game|the play|the "
    f"show){_AFTER}",
    f"{_BEFORE}(scared|worried|frightened|upset)( [a-z0-9]+){{0,5}} (ill|sick|in hospital|poorly|"
    "had an operation|had a fall)",
    f"{_BEFORE}(horror|scary) (film|films|movie|movies|game|games|story|stories){_AFTER}",
    "(scared|afraid|frightened|terrified|jumped|jumpy)( [a-z0-9]+){0,4} (fire alarm|smoke alarm|"
    f"thunder|storm|lightning|fireworks|spider|spiders|mouse|a noise|the dark){_AFTER}",
]

# Errands with money or food: dinner money for school, a trip or a club, food for a nan. Never
# when it is then passed on ("money to take to school and give to his mate") or bought silence
# ("... if i dont tell anyone"), nor to a person outside these ("to a man at the station").
_ERRAND_MONEY = ("(money|cash|dinner money|lunch money|trip money|[0-9]+ (quid|pounds|p)|a "
                 "(fiver|tenner|pound|quid))")
_ERRAND_PLACE = ("(school|college|nursery|(the )?(dinner|lunch) (lady|ladies)|the (school )?"
                 "office|reception|the canteen|the tuck shop|(my|the) teacher|miss|sir|the "
                 "(shop|shops|post office)|church|brownies|cubs|scouts|guides|beavers|(the |my )?"
                 "(club|after school club|breakfast club))")
_ERRAND_USE = ("((my|the|a|our) )?(lunch|dinner|dinners|school dinners|tuck shop|trip|school trip|"
               "bus|bus fare|train fare|cinema|sweets|snacks|ice cream|breakfast club|after school "
               "club|uniform|school)")
_PASSED_ON = ("(?! (and|to|then) (sell|give|hand|drop|pass|swap)| for (him|them|his|their|the "
              "(olders|lads|boys|man|men|gang))|( [a-z0-9]+){0,6} (tell|telling|told|secret|quiet|"
              "say anything|grass))")
# Each starts where the rule's match does (the giving, the having to take), so that it never
# hides a longer saying that starts at the same word ("lent me money for the bus ... back").
_ERRAND_GIVEN = ("((give|gives|gave|giving|given) (me|us)|(have|has|had|got|need|needs) to (take|"
                 "bring))")
_FOOD_FOR_NAN = ("((have|has|had|got|need|needs) to )?(take|takes|taking|took|bring|brings|brought)"
                 " (some |a )?(food|dinner|tea|soup|cake|shopping) (round |over )?to (my|our) (nan|"
                 "nana|gran|grandad|grandma|neighbour|neighbours)")
_ERRANDS = [
    f"{_ERRAND_GIVEN} {_ERRAND_MONEY}( to (take|bring|pay|hand))?( in)? (to|into) {_ERRAND_PLACE}"
    f"( (for|on) {_ERRAND_USE})?{_PASSED_ON}",
    f"{_ERRAND_GIVEN} {_ERRAND_MONEY}( to (take|bring|spend|pay))? (for|on) {_ERRAND_USE}"
    f"{_PASSED_ON}",
    _FOOD_FOR_NAN,
]
# Family or a friend texting where to meet them: an arrangement, not being sent somewhere. Not
# an uncle, a cousin or a cousin's mate (who may run a line), and never when something is to be
# carried or the meeting kept from a carer ("... and i have to bring the stuff", "... cos im not
# allowed to see him"), nor when someone else is to be met ("... meet her and her boyfriend's
# mates").
_FAMILY = ("(mum|mam|dad|nan|nana|gran|granny|grandma|grandad|carer|foster (mum|dad|carer)|social "
           "worker|key worker|sister|brother|auntie|aunty|aunt|mate|friend|best friend|bestie|"
           "mates|friends)")
_ARRANGING = (f"(^|my |and |then |but |so ){_FAMILY} (texts|text|texted|messages|message|"
              "messaged|rings|rang|calls|called|phones|phoned|snaps|snapchats) (me|us)( [a-z0-9]+)"
              "{0,6} where (to|i should|we should|we can|we will|i can) meet (her|him|them|up|us)"
              "(?!( [a-z0-9]+){0,8} (bring|carry|take|drop|hold|hide|stuff|bag|bags|package|"
              "parcel|money|cash|tell|secret|car|van|flat|allowed|knows|know|without|sneak|"
              "boyfriend|boyfriends|fella|man|men|lads|boys|olders|guy|guys|someone|mates|friends|"
              "his|their))")
# A surprise kept for a birthday or Christmas, not a secret kept for someone.
_SURPRISE = ("keep (his|her|their|the|our|mums|dads|nans|my mums|my dads|my nans|my sisters|my "
             "brothers) ((birthday|christmas|xmas|mothers day|fathers day|anniversary|wedding|"
             "leaving|easter|valentines) (present|presents|card|party|cake|gift|plans|trip|meal|do"
             "|surprise)|surprise( party| plans| present)?) (a )?secret")
# A boat trip, a day out or a holiday, or a van come to help with a move: the words of a
# journey into the country, saying something else ("we came on a boat to see the seals").
# Never when what follows tells of the journey's price: things taken or kept, work, a debt.
_JOURNEY_PRICE = ("(?!( [a-z0-9]+){0,12} (took|take|taken|takes|kept|keep|keeps|work|working|"
                  "worked|owe|owes|owed|pay|paid|locked|lock|allowed|passport|passports|phone|"
                  "phones|papers|documents|sold|hide|hid|hidden|back of))")
_OUTING = [
    "(came|come|went|go|going) (here |over )?(in|on) (a|the) (boat|ferry|van|lorry|truck) (trip|"
    f"ride|tour){_JOURNEY_PRICE}",
    "(came|come|went|go|going) (here |over )?(in|on) (a|the) (boat|ferry) (to (see|watch|spot|"
    "look at|feed|visit) the (?!(man|men|boss|people|guy|guys|lads|gang) )[a-z]+|for (a|the|our|"
    f"my) (holiday|trip|day out|day|ride|birthday)|on (holiday|a trip|a day out)){_JOURNEY_PRICE}",
    "(came|come|comes) (round |over )?in (a|the|his|her|their) (van|lorry|truck) to "
    "(help (us |me )?move|move (house|our stuff|my stuff|us|me))",
]
# A pillow or a teddy in play (never over the face, nor hard); a pet hit by a car or a door.
_SOFT_PLAY = (f"{_BEFORE}(hit|hits|hitting|whack|whacks|whacked|bop|bops|bopped|smack|smacks|"
              "smacked|thump|thumps) (me|us) with (a|her|his|the|my|their) (pillow|pillows|cushion|"
              "cushions|teddy|teddies|soft toy|balloon|water balloon|sponge|foam sword|pool "
              "noodle)(?! (over|on|against|into|in) (my|his|her) (face|mouth|nose|head|neck)| (till"
              "|until|so hard|really hard|as hard))")
_PET_HIT = ("(cat|cats|dog|dogs|kitten|puppy|hamster|rabbit|bunny|guinea pig|tortoise|horse|pony|"
            "bird|budgie|hedgehog) (got|gets|get|was|has been|been|getting) (hit|knocked over|run "
            "over) by (a|the) (car|van|bus|lorry|bike|motorbike|tractor|train|door|ball)")
# Bunking off a lesson the child dislikes, not going missing (never "with" someone, nor "for"
# days, nor for another reason).
_SKIPPED_LESSON = (f"{_BEFORE}(went|go|goes|going|gone|been|keep going) missing from (pe|games|"
                   "swimming|maths|english|science|french|welsh|music|art|history|geography|re|"
                   "drama|assembly|registration|(a |my |the )?(lesson|lessons|class|classes))(?! "
                   "(with|to|and|for|because (?!i (hate|hated|dont like|didnt like|cant stand|was "
                   "bored|am bored))))")
# A night in a tent or a trip away that the child names: a festival, camp, a residential.
_TRIP = ("(festival|camp|camping|scout camp|scouts|cubs|brownies|guides|glastonbury|holiday|school "
         "trip|trip|residential|dofe|duke of edinburgh|back garden|garden|sleepover|airport)")
_NIGHT_AWAY = [
    f"(slept|sleep|sleeping|stayed|staying|stay) (in|at|on) (the |a |our |my )?tent (at|on|for|"
    f"in|with) (the |a |our |my )?{_TRIP}",
    f"(leaving|leave|going|go) tonight (for|to|on) (the |a |our |my )?{_TRIP}",
]
# Keeping to one's room when visitors come because one is shy, and saying so.
_SHY = ("(hide|hides|hiding|hid|stay|stays|stayed) in my room when( [a-z0-9]+){1,6} "
        "(come|comes|came|coming|visit|visits|visited)( round| over)? (because|as) i am (a bit |"
        "really |so |too |quite |very )?(shy|quiet)(?! of)")

# What safety talks at school are about.
_TOPICS = ("(county lines|knife crime|knives|grooming|exploitation|gangs|drugs|cuckooing|weapons|"
           "online safety|staying safe|vaping|alcohol)")
# Owing on a bill is a care leaver's budget, not a debt to someone: "i owe 80 quid on my gas
# bill". Never when the debt is to a person ("owe them ... for the phone bill").
_BILL = ("((my |the |our |a |this )?(gas|electric|electricity|energy|phone|mobile|water|internet|"
         "wifi|broadband|heating) (bill|bills|contract|top up)|council tax|tv licence|(my |the )?"
         "bills)")
_BILLS = [
    "(owe|owes|owed)(?! (them|him|her|the|those|these|some|a man|people|someone))( [a-z0-9]+){0,4}"
    f" (on|for|off|with) {_BILL}",
    f"{_BILL}( [a-z0-9]+){{0,3}} (i|and i|so i|i still|cos i|because i) (owe|owed)( [a-z0-9]+)"
    "{0,4}",
]
# Someone else's older partner, sibling or cousin: "my sisters boyfriend is 19", "my mates
# older brother drives us ... he is 18". The age of a child's own partner is the sign, so never
# when what follows makes them the child's ("... and he is my boyfriend now", "... sends pics").
_THEIRS = ("(sisters|brothers|mates|friends|cousins|mums|mams|nans|aunties|dads|carers|best "
           "friends|bestfriends)( older| big| new)? (boyfriend|girlfriend|brother|sister|cousin|"
           "fella|partner|husband|son)")
_MINE = ("(my (boyfriend|girlfriend|fella)|going out with me|dating me|seeing me|fancies me|"
         "likes me|kiss|kissed|kisses|sex|touch|touches|touched|pictures|nudes|secret|dont tell|"
         "alone)")
_NOT_MINE = [
    f"{_THEIRS}(( [a-z0-9]+){{0,8}} (he|she))? (is|who is|whos|thats) (like )?(1[89]|[2-6][0-9])"
    f"(?!( [a-z0-9]+){{0,6}} {_MINE})",
]
# Missing someone is longing, not going missing: "i went missing my mum loads at christmas".
# Never when what follows says someone looked for the child ("... my mum rang the police").
_LONGING = (f"{_BEFORE}(went|go|goes|going|gone|been|keep|am|was|is|be) missing ((my|our) (little |"
            "big |baby |old |real |birth )?(mum|mam|dad|nan|nana|gran|grandad|grandma|sister|"
            "sisters|brother|brothers|family|friends|mates|dog|cat|foster (carers|mum|dad|family)|"
            "carers|home|house|school|auntie|cousin|cousins)|him|her|them|you|home|mum|mam|dad|"
            "everyone)(?! (called|rang|phoned|reported|found|looked|went|were|was|had|got|said|"
            "came|come|knew|and the police))")

_SAYINGS: Final[dict[str, list[str]]] = {
    "emotional_abuse": [
        *_THREAT_IN_JEST, *_FICTION,
        # An old punishment at school, not one at home.
        "made me stand in the corner (in|at) (year [a-z0-9]+|reception|nursery|infants|class|"
        "school|primary)",
    ],
    "coercion": _THREAT_IN_JEST,
    "physical_abuse": [
        # A child's own slip in the kitchen: "I burned my hand on the oven".
        "i (burned|burnt|burn) my (hand|finger|fingers|arm|thumb|tongue) on the (oven|cooker|"
        "kettle|iron|hob|pan|tray|toaster|radiator|bbq|barbecue|candle)",
        *_FICTION,
        # Knocks in a game: "i got kicked in the shin in football" (never "by accident" alone,
        # which is what a child may be told to say).
        f"{_SPORT}( [a-z0-9]+){{0,6}} {_KNOCKED}( [a-z0-9]+){{0,4}}",
        f"{_BEFORE}{_KNOCKED}( [a-z0-9]+){{0,6}} (in|at|during|playing) {_SPORT}",
        "([a-z0-9]+ ){0,3}(grabbed|grabs|grab|held|holds|hold|took|takes) my hand (so (i|we) "
        "(didnt|wouldnt|dont|would not) (fall|slip|trip|get lost)|to (help|cross)|crossing|when "
        "(we|i) cross)",
        _SOFT_PLAY, _PET_HIT,
    ],
    "exploitation": [
        *_FICTION, *_ERRANDS, _ARRANGING, _SURPRISE,
        # A playground game with a secret in its name ("a secret game called wink murder").
        "(play|plays|playing|played) a secret (game|mission|handshake)( [a-z0-9]+){0,3} (called|"
        "at (school|break|lunch|club)|in (class|pe|assembly|the playground))",
        # Up to ten words before: "my sisters bag to school, we went to a different city for a
        # wedding" is a day out, whatever was carried before it.
        "([a-z0-9]+ ){0,10}(another|other|a different|different) (town|towns|city|cities) (for|"
        "to) (a |the |my |our )?([a-z]+ )?(football|match|tournament|game|holiday|trip|day out|"
        "competition|gala|wedding|party|visit|see my|concert|festival|show)",
        "(owe|owes|owed) (my |her |his )?(friend|mate|brother|sister|mum|dad|nan|carer|teacher|"
        "bestie) (a |one |some )?(money|quid|pound|fiver|tenner|go|favour|turn|thank you|thanks|"
        "hug|visit|card|apology|[0-9]+p|[0-9]+ (quid|pounds|p))",
        "(owe|owes|owed) (her|him|you) (a |one )?(go|favour|turn|thank you|thanks|hug|big one|"
        "visit|card|apology)",
        "(got|get|gets|getting) me into running(?! (for|drugs|stuff|bags|their|a line|the line))",
        # Laps run for a coach or owed to one, a bus fare a friend lent, an old phone passed on.
        "(coach|sir|miss|the teacher|our teacher|the pe teacher) (made|makes|make) (us|me) (run|"
        "do) (extra |more |ten |twenty |[0-9]+ )?(laps|sprints|press ups|lengths)( [a-z0-9]+){0,6}",
        f"{_BEFORE}(owe|owes|owed) (him|her|you|them|coach|sir|miss|my (coach|teacher)) ([0-9]+|"
        "a few|some|ten|twenty|extra) (laps|press ups|pushups|sit ups|burpees|lines|sprints)",
        "(my (mate|friend|brother|sister|mum|dad|nan|cousin|bestie|carer)|he|she) (lent|lends|"
        "borrowed) me (a |some )?(money|cash|a quid|a fiver|a tenner|[0-9]+ (quid|pounds|p)) for "
        "(the |a |my )?(bus|train|lunch|dinner|chips|tuck shop|sweets|cinema|ticket|tickets|"
        "pizza)( [a-z0-9]+){0,6} (pay|paying|paid) (him|her|them|it) back",
        "(my|his|her) (older |big )?(cousin|brother|sister|uncle|aunt|auntie|nan|mum|dad) (gave|"
        "gives|give|handed) me (his|her|their) old (phone|laptop|tablet|ipad|xbox|bike|clothes|"
        "trainers)",
        # A talk at school may name several: "a talk about knife crime and county lines".
        "(learn|learned|learnt|learning|lesson|lessons|assembly|talk|talked|talking|taught|"
        f"teaching|told us|video|videos|project|topic) (about|on) ({_TOPICS} (and|or) )*{_TOPICS}",
        *_BILLS, *_NOT_MINE,
    ],
    "missing": [
        *_RUNNING_OFF, *_FICTION, _SKIPPED_LESSON, _LONGING, *_NIGHT_AWAY,
        # Days away on a trip the child names: "away for 3 days on a school trip".
        "(gone|away|out) for ([0-9]+|two|three|four|a few|several|a couple of) (days|nights|weeks) "
        "((on|at) (a|the|our|my)( school| class| scout| cadet)? (trip|holiday|residential|camp|"
        "camping trip|activity week|exchange)|with (school|cadets|scouts|my carers|my class|my "
        "foster family))",
    ],
    "neglect": [
        # A pick-up late by minutes.
        "forgot to pick me up( [a-z0-9]+){0,4} (came|turned up|got there|was there) (after|in) "
        "(a few|ten|10|five|5|fifteen|15|twenty|20|a couple of) (minutes|mins)",
        _FOOD_FOR_NAN,
        "([a-z0-9]+ ){0,4}(could|can|would|will) (sleep|fall asleep) (on|in) (the floor|the bus|"
        "the sofa|class|my desk)",
        # An empty fridge before the shopping, the hot water off one morning.
        f"{_BEFORE}(no food|nothing) in the (fridge|cupboard|cupboards)( [a-z0-9]+){{0,4}} (go|"
        "going|went|do|doing) (shopping|to the shops|to the shop|to tesco|to asda|to aldi|to lidl|"
        "a big shop)",
        f"{_BEFORE}no hot water (this morning|today|yesterday)( [a-z0-9]+){{0,8}}",
        # A cold classroom or a cold hall: not the child's home.
        "no (heating|hot water|electric|lights) (in|at) (the |our )?(classroom|class|school|hall|"
        "gym|sports hall|changing rooms|pool|swimming pool|office|library|lab|church|tent)",
        f"{_BEFORE}(drunk|tipsy|merry|wasted|hammered) (at|on) (christmas|new year|new years|the "
        "wedding|a wedding|weddings|parties|"
        "the party|a party|her birthday|his birthday|my birthday)",
    ],
    "bullying": ["(told me|tell me|remember|forgot|need|have|had|got) to take my (bag|lunch)"],
    # The child keeping their own money, not someone keeping it from them (nor taking it after).
    "trafficking": [
        "i (keep|kept|save|saved|put) (all )?my (own )?(money|wages|pay|pocket money)(?!( "
        "[a-z0-9]+){0,12} (take|takes|took|taking|owe|owes|owed|boss|allowed|have to|has to|hand "
        "over|pay back|pay off)( |$))",
        # A loan not paid back, not wages withheld: what was lent is named, before or after.
        "(owe|owes|owed|borrowed|borrows|lent|a (fiver|tenner|quid|pound)|[0-9]+ (quid|pounds|p)"
        ")( [a-z0-9]+){0,6} (wont|doesnt|dont|never|didnt|hasnt) (pay|paid) (me|us) back",
        "(wont|doesnt|dont|never|didnt|hasnt) (pay|paid) (me|us) back (the|my|that) (fiver|tenner|"
        "quid|pound|money|[0-9]+)",
        *_OUTING,
        # Tidying one's own room unpaid is a chore ("i clean my room every day and get no money").
        "(clean|cleaning|cleaned|tidy|tidying|tidied|hoover|hoovering) (my|our) (own )?(room|"
        "bedroom|bed|stuff)(?!( [a-z0-9]+){0,3} (and|for) (theirs|their|his|her|the family|the "
        "house|everyone|them))( [a-z0-9]+){0,10}",
    ],
    "domestic_abuse": [
        *_FICTION, _HIDE_AND_SEEK, _GAMES_WON, _SHY,
        # Keeping out of the way of a sister's friends.
        f"{_BEFORE}(hide|hiding|hid) in my room when my (little |big )?(sister|brother) (has|have|"
        "had|brings) (her|his) (friends|mates) (round|over)( [a-z0-9]+){0,6}",
        # A mum "killing" a brother who hogs the Xbox, with a laugh: about a sibling, in jest.
        "(mum|my mum|mam|she|nan|my carer) (says|said|will|would|is going to|gonna)( [a-z]+)? "
        "(kill|murder) (him|my (brother|sister))( [a-z0-9]+){0,3} (lol|haha|hahaha|lmao|jk|xd)",
    ],
    "sexual_abuse": [*_PET_AT_NIGHT],
    "sexual_exploitation": _NOT_MINE,
    # A lesson about what extremists say ("we learned in history that people said ..."), never
    # across a word that starts a new thought.
    "radicalisation": ["(learned|learnt|learning|taught|teaching|lesson|lessons|assembly) (about|"
                       "in (history|re|pshe|citizenship|assembly)|that)( (?!(because|cos|coz|when|"
                       "and|but|if|then|so) )[a-z0-9]+){0,10}"],
    "unsafe_home": [
        *_FICTION, *_EVERYDAY_FEAR, *_PET_AT_NIGHT, _HIDE_AND_SEEK, _GAMES_WON,
        # A key forgotten once, not a child shut out; the police at a neighbour's party.
        "(police|cops) (came|come|comes) round( [a-z0-9]+){0,6} (neighbours|next door|the party|"
        "a party)( [a-z0-9]+){0,4}",
        # A key forgotten once, not a child shut out.
        f"{_BEFORE}(forgot|forget|lost|left) (my|the|our) (key|keys)( [a-z0-9]+){{0,12}}",
        "(nobody|no one)( [a-z0-9]+){0,12} (forgot|forget|lost|left) (my|the|our) (key|keys)",
        # Not wanting a good day to end.
        f"{_BEFORE}(dont|do not) want to go home (yet|already|just yet)",
        f"{_BEFORE}(come|comes|came|coming) round (to ours |to my house |to our house |to my "
        "carers )?for (a |the |my |our )?(bbq|barbecue|tea|dinner|party|birthday|christmas|brew|"
        "cuppa|coffee|sleepover|film)",
    ],
}

# Ordinary answers told by what they are about (a nose, a chore, a lesson's book, a surprise
# kept, a knock in sport): kept in their own module, added here per category.
IDIOMS: Final = merged(_SAYINGS, EVERYDAY, SET_ASIDE)
