"""Harm told through the phone itself (the fifteenth hand's third voice).

The fifteenth blind hand (``tests/corpora/fifteenth_hand``, lines 25-36 of each file) wrote as
young people of 12 to 21 for whom the phone is a lifeline and a leash. What the rules before
this module missed was harm told in the phone's own words, the phone beside the harmful part:

- self-harm: the phone put in order for after: a passcode, a password or the logins handed on
  "so she can keep my photos after" or with "I won't need any of it"; a will, a goodbye or who
  gets my stuff typed in the notes app beside a day; a message timed to send saying sorry and
  bye, and a place to go after; the phone "the only thing keeping me here" and a cord tied to
  the wardrobe; "if my location goes off" at a bridge; people online who say where to cut; the
  way onto a car park roof looked up, and goodbyes said;
- emotional harm: a child told that telling (the social worker, the IRO, school) will cost a
  brother, a sister or a parent for ever; shut in a room from outside, in the dark or all night,
  for a phone not handed over fast enough; the phone kept and the child told a parent does not
  want them; an insult set as the lock screen; the child's tears posted for laughs;
- harmful practices: the phone and the passport taken together, and the child's wedding named;
  "I'll be married when we land"; a cousin killed for a boyfriend, and "remember";
- neglect: the phone, the food vouchers or the food bank parcel sold or spent, and days of dry
  cereal, toast or nothing for tea; a hurt and no doctor rung, for days; left alone on crisps;
- radicalisation: a second phone, a burner or an encrypted app given for a group, and something
  made to go off at a parade, a march or a market;
- bullying (a worry): put out of the class chat and a new one made without me; a withheld number
  that rings and laughs; a poll on a story naming me the ugliest or "most likely to be a tramp";
  people who flood my posts with laughing emojis, day after day.

Every clause needs the harmful part (the "after", the threat, the lock from outside, the days
without food, the wedding, the thing to go off, the exclusion), never the phone alone: a
passcode given to a mum who checks the phone, a phone handed in at ten, a passport renewed, a
phone sold for a new one, a burner for a Saturday job, a class chat made for the new year. Fresh
wordings, written before the rules, are batches xm to xr of ``tests/corpora/adversarial.txt``
and ``FRESH_SHAPES`` of ``tests/surveys/test_concern_handset.py``;
the ordinary answers nearest them are the block "the fifteenth hand's phone" of
``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_plans import WHEN

# --- self-harm: the phone put in order for after ---------------------------------------------

# Who the keys go to: anyone but the grown-up who checks the phone by the house rule.
_HANDED_TO = ("(my |our )?(little |big |older |baby |best |bestest )?(sister|sis|brother|bro|"
              "cousin|cuz|mate|friend|bestie|nan|nanny|gran|auntie|aunty|girlfriend|boyfriend)")
_KEYS = ("(passcode|passcodes|password|passwords|pin|pins|logins|login|log ins|log in details|"
         "login details|lock code|phone code|icloud password|apple id)")
# A password to watch or play with: "my netflix password", "my fortnite login".
_SERVICES = ("(netflix|disney|spotify|fortnite|roblox|minecraft|wifi|switch|xbox|playstation|psn|"
             "steam|amazon|prime|youtube|school|homework|teams)")
# A passcode or the logins handed on: "sent my sister my passcode", "gave my cousin all my
# passwords".
_HANDED_KEYS = (f"(gave|give|giving|sent|send|sending|texted|text|left|leaving|told) {_HANDED_TO} "
                f"(all )?my ((?!{_SERVICES} )[a-z]+ )?{_KEYS}(?! (for|to) (netflix|disney|spotify|"
                "fortnite|roblox|"
                "minecraft|the wifi|wifi|my (switch|xbox|ps4|ps5|account)))")
# Not needed after: "so she can keep my photos after", "won't need any of it after tonight",
# "when I'm gone". Never "after school", "when I'm at nan's", nor a reason why ("cos I got a
# new phone").
_AFTER_ME = ("((when|after|once) (im|i am|i m) (gone|not here|dead)|(so|then) (she|he|they) "
             "(can|wil|will) (keep|have) (all )?my (pics|photos|"
             "videos|memories|stuff|things|account|accounts) after(?! (school|tea|work|college|"
             "exams|the|my|her|his|christmas|summer|i|we|im|you|it))|(wont|will not|dont|"
             "not going to|not gona|"
             "aint gona) (need|be needing) (it|them|any of (it|them)|my [a-z]+)( any ?more| again| "
             f"after( {WHEN})?)?(?!( [a-z]+){{0,2}} (cos|because|coz|as|since|till|until|til|for|"
             "now|at|in|when|while|so|on)(?![a-z])))")

# The phone wiped or the accounts gone.
_WIPED = ("(factory reset|reset|wiped|deleted|cleared|logged out of|unfollowed)( [a-z]+){0,2} (my "
          "phone|everything|every|all my|my (snap|insta|accounts|apps|tiktok|socials|pics|photos))")

# A will, a goodbye or who gets my things, typed in the phone.
# Never one written for a lesson or a leaving do: "my will in my notes app for the RE lesson".
_FOR_A_LESSON = ("(?!( [a-z]+){0,6} (for|in) (re|the re|homework|english|class|school|drama|the "
                 "play|lesson|lessons|the re lesson|pshe|assembly|the assembly)(?![a-z]))")
_LAST_WORDS = ("((my|a) (will|goodbye|goodbyes|goodbye (note|notes|letter|letters|message|"
               "messages)|last (message|messages|words)|suicide note)(?!( [a-z]+)? (speech|card|"
               "cards|party|assembly|video|hug|present|gift|song|post|to (year|the class|school|"
               f"my class|my form))(?![a-z])){_FOR_A_LESSON}|who gets my (stuff|things|stuf|"
               "clothes|games)(?! (when (we|i) (move|moves)|in the move)))")
_IN_THE_PHONE = ("(in|on|into) my (notes|notes app|phone notes|drafts|phone|notes on my phone|"
                 "google docs)")
# Sorry and bye, timed to send; and a place to go after.
_TIMED_GOODBYE = ("(scheduled|schedule|timed|set) (a|my|the) (message|text|snap|post|email)"
                  "( [a-z]+){0,8} (sorry and (bye|goodbye)|bye for ever|bye forever|goodbye "
                  "forever|for when im gone)")
_HIGH_PLACE = ("(going|goin|gona go|heading|walking) (to|up|down to|up to|off) (the|a) ([a-z]+ )"
               "{0,3}(canal|river|bridge|roof|cliff|tracks|railway|motorway|multi storey|"
               "multistorey|car park|quarry|pier|flyover)(?! (for|with|to (get|buy|meet|see|feed)"
               ")(?![a-z]))")

# --- emotional harm: telling will cost a brother, a sister or a parent for ever ---------------

_TOLD = ("(if|when) i (tell|complain|moan|grass|report|say (anything|owt|something|a word))"
         "( [a-z]+){0,3}( to)?( my| the| any)? (sw|social|social worker|iro|reviewing officer|"
         "school|teacher|teachers|police|anyone|anybody)|one word to (the|my) (social|sw|social "
         "worker|school|police|iro)")
_KIN = "(my (little |baby |big |older )?(brother|bro|sister|sis|brothers|sisters|mum|mam|nan|dad))"
_LOSS = (f"({_KIN}( wil| will| would| is going to| is gona)? (get|be) (moved|taken|sent) (away|"
         "off|miles)|(i|il|ill|i wil|i will|youl|you will) never (se|get to se|get contact with|"
         f"talk to|speak to) ({_KIN}|him|her|them)( again| ever again)|im gone and {_KIN} "
         f"(stays|stay|is staying)|{_KIN} (wont|will not|would not|wouldnt) be allowed to (see|"
         "talk to|ring|visit) me( ever)? again)")

# --- emotional harm: shut in a room for the phone -------------------------------------------

_SHUT_IN = ("(locked|lock|locks|shut|shuts|bolted|bolt|bolts|put|puts) (me )?in (the|my|a) "
            "([a-z]+ ){0,2}(room|box room|utility room|utility|garage|cupboard|shed|cellar|"
            "basement|bathroom|loft|attic)")
_LONG_DARK = ("(all night|til morning|till morning|until morning|overnight|in the dark|light off|"
              "lights off|no light|bulb taken out|bulb out|from (the )?outside)")
_PHONE_RULE = ("(?<![a-z])((i )?(didnt|dont|wont|did not|do not|wouldnt|would not) (hand|give|put|"
               "turn|switch|pass)|(if|when|whenever) (im|i am|i m) (slow|late)|(if|when|whenever|"
               "cos|because) i (hide|hid|break|broke|go over|went over|keep|kept))( [a-z]+){0,4} "
               "(my )?(phone|tablet|ipad|passcode|charger|laptop|switch|the phone rules|phone "
               "rules)")

# --- harmful practices: the phone and the passport taken, and a wedding --------------------

_PHONE = "(phone|mobile|sim|sim card)"
# Taken, hidden or locked away, never held for the journey ("has my passport and phone for the
# flight", "took them at the airport so I don't lose them").
_TAKE = "(took|taken|hid|hidden|smashed|confiscated|locked away|locked up|binned|burnt|burned)"
_BOTH_TAKEN = (f"({_TAKE}( my)? ({_PHONE} and (my )?passport|passport and (my )?{_PHONE})|no "
               f"{_PHONE} no passport|my {_PHONE} and (my )?passport (locked away|locked up|"
               f"hidden|in (his|her|their) safe)|{_TAKE} my {_PHONE} and {_TAKE} my passport|"
               f"{_TAKE} my passport and {_TAKE} my {_PHONE})(?!( [a-z]+)"
               "{0,5} (post office|renew|renewal|airport|check in|checkin|safe|safe keeping|dont "
               "lose|photo booth|trip|school trip)(?![a-z]))(?! (til|until|unless|if) )")
_MY_WEDDING = ("((says|say|said|saying|told me) (that )?(the|my) (wedding|weddings|nikah|"
               "engagement)(?! (party|do|dress|cake|photos|venue|invites|invite)(?![a-z]))|(im|"
               "i am|i m|i wil be|il be) (marrying|getting married|being married|"
               "married|engaged)|(the|my) (wedding|weddings|nikah|engagement)( is| s)? (booked|set|"
               "arranged|in|on|for|at)|marry (him|my cousin|a man|his))(?!( [a-z0-9]+){0,8} (its|"
               "it "
               "is|it s) (my )?(cousins|aunties|uncles|sisters|brothers|aunts|mates|friends)"
               "(?![a-z]))")

# --- neglect: the phone or the vouchers sold, and days with next to nothing ------------------

_FOOD_HELP = ("(phone|tv|telly|food vouchers|vouchers|shopping vouchers|meal vouchers|food bank "
              "(stuff|parcel|food|bag)|food parcel|food money|shopping money)")
_SOLD = (f"((sold|pawned|swapped|spent|blew|traded) (my|the|our|all the|all our) ([a-z]+ )"
         f"{{0,3}}{_FOOD_HELP}(?! (to|for) (get|buy|pay for) (me |us )?(a )?(new|better|newer))|"
         f"{_FOOD_HELP} went on (his|her|their) (drink|drinks|drugs|fags|cigs|"
         "stuff|gambling|bets|vapes))")
# Not "toast for breakfast cos we were late".
_SCANT = ("(dry cereal|dry toast|toast|crackers|cereal|noodles|crisps|bread|biscuits|nothing) for "
          "(tea|dinner|breakfast|breakfast and tea|every meal)(?! (cos|because|coz|as|on) )|"
          "only had (toast|crackers|cereal|"
          "noodles|crisps|bread)|(just|only) eating (toast|crackers|cereal|noodles|crisps|bread)")
# "4" and "2" are read as "for" and "to" in text-speak: "for 4 days" is "for for days"; never "the
# 3rd day of term".
_DAYS_OF_IT = ("([0-9]+(rd|th|nd|st)?|third|fourth|fifth) day(?! (of|at|back) )|for ([0-9]+|two|"
               "three|four|five|six|a|"
               "for|to) (days|weeks|week)|since (monday|tuesday|wednesday|thursday|friday|"
               "saturday|sunday|"
               "the weekend)|yesterday (or|and) today|all week|its been like that")

# --- radicalisation: a second phone for the group, and something to go off -----------------

_SECOND_PHONE = ("(second phone|other phone|burner|burner phone|secret phone|new phone just for|"
                 "encrypted app|encrypted chat|secret app)")
_GO_OFF = ("((something|a thing|stuff)( that| which)? (would|will|wil|could|can|is going to|gona|"
           "to)?"
           " ?(go off|goes off|go bang|goes bang|explode|explodes|blow up|blows up)( [a-z]+){0,2} "
           "at (the|our|a) ([a-z]+ )?(parade|march|carnival|festival|concert|market|station|mosque|"
           "church|synagogue|pride)|(leave|plant|put|drop|leaving|planting) a (device|bag|package|"
           "parcel|bomb|rucksack) at (the|our|a) ([a-z]+ )?(station|parade|march|carnival|festival|"
           "concert|market|mosque|church|synagogue|pride))")

# --- self-harm: the phone the only thing left, and a cord tied; the phone gone dark at a height;
# people online telling the child where to cut; the way onto a roof looked up, and goodbyes ---

_ONLY_THING = "(the )?only thing (keeping|that keeps|that is keeping) me (here|alive|going)"
_CORDS = ("(charger cable|charger lead|charging cable|charger|cable|lead|leads|belt|rope|cord|"
          "scarf)")
_CORD_TIED = (f"(tied|tie|tying|knotted|hung|fixed) (my |the |a )?{_CORDS}( [a-z]+)? (round|to|on|"
              f"from)|{_CORDS}( s| is| has)?( already)? (tied|knotted|hung|fixed) (round|to|on|"
              "from)")
_CORD_PLACE = ("(wardrobe|door|bannister|banister|beam|hook|curtain rail|loft hatch|bed frame|"
               "top bunk|light fitting)")
_GONE_DARK = ("(if|when|once) my (location|snap map|live location|phone|map|dot)( [a-z]+)? (goes|"
              "go|turns|is|s) (off|dark|dead|blank)")
_OFF_A_HEIGHT = ("(gone|went|go|going|jumped|jump) (up|off|of|from) (the )?([a-z]+ ){0,2}(bridge|"
                 "roof|multi storey|multistorey|car park|cliff|edge|flats|tower|quarry edge)")
_DONE_WITH = ("(not doing this|cant do this|done with (this|all this|everything|it all|life)|"
              "not coming back|goodbye|bye everyone)")
_WHERE_TO_CUT = ("(tell|told|tells|telling) me (where|how deep|how much|how) to cut(?! (my|the|your"
                 "|his|her|their|a) (hair|fringe|fabric|paper|cake|wood|card|nails))")
_SHOW_THEM = "(pic|pics|photo|photos|picture|video|deeper|worse one|every night)"
_ROOF_WAY = ("(how to get|get|getting|way) (on|onto|up on|up to|up onto) (to )?the roof of the "
             "(multi storey|multistorey|car park|flats|tower block|hospital|shopping centre)")
_BYES = ("(said bye|said goodbye|saying bye|cant face|wont have to face|without (him|her|them) "
         "knowing)")

# --- emotional harm: the phone kept and a lie about family; an insult as the lock screen; a
# child's tears posted for laughs ----------------------------------------------------------

_PHONE_KEPT = ("(took|taken|had|kept|keeping|has) my phone( off me)? (for|since)")
# "told me mum" is "told my mum" once text-speak is spelled out.
_NOT_WANTED = ("(told|tells|telling) (me |my )?(my )?(mum|dad|mam|nan|sister|brother) (didnt|"
               "doesnt|did not|does not) "
               "want (to (talk|speak) to me|to see me|me)( anymore| any more| again)?")
_INSULT_SCREEN = ("((changed|set|made|put|changes|sets) my (lock screen|lockscreen|wallpaper|"
                  "background|home screen|contact name|bio) (to|to say|as|saying|say) (useless|"
                  "stupid|ugly|fat|worthless|loser|failure|idiot|pig|mistake|"
                  "waste of space)(?=( (and|she|he|"
                  "they|so|but|every))|$))")
_KEPT_AT_IT = ("(wont let me|every (day|morning|night)|til i cry|till i cry|until i cry|reads it "
               "out)")
_TEARS_POSTED = ("(posts|posted|puts|put|uploads|uploaded|shares|shared) (videos|vids|clips|pics|"
                 "photos|a video|a vid|a clip|a pic) of me crying (on|to) (her|his|their) "
                 "(facebook|fb|story|insta|tiktok|status|page)")
_FOR_LAUGHS = ("(every (week|day|time)|(mates|friends|followers)( [a-z]+){0,2} (comment|laugh|"
               "can laugh)|laughing emojis|put up with)")

# --- harmful practices: married on landing; a cousin killed, and "remember" ------------------

_MARRIED_ON_LANDING = ("(ill|i will|il|im going to|im gona) be married (when|once|as soon as) "
                       "(we|i) (get|land|arrive)")
_KILLED_FOR = ("(got|was|been) killed (for|because of) (having a (boyfriend|girlfriend)|being "
               "gay|talking to (a )?(boy|boys|lads)|going out with)")
_REMEMBER = ("(remember what happened to her|remember what happened to him|same wil happen|thats "
             "what happens|youre next|you ll be next|youl be next)")

# --- neglect: a hurt and no doctor rung; left alone with next to nothing -----------------------

_NO_DOCTOR = ("(wont|will not|refuses to|doesnt|didnt|wont even|never) (ring|call|phone|take (him|"
              "her|me|us) to) (the )?(doctor|doctors|gp|dentist|hospital)")
_SYMPTOM = ("(leaking|swollen|pus|infected|bleeding|rash|lump|yellow stuff|green stuff|blood|"
            "fever|temperature)")
_LEFT_ALONE = ("left me (alone|on my own|by myself|in the flat|in the house|at home|with no (money|"
               "food|one))")
_LIVING_ON = ("(had|eaten|eating|ate|living on|lived on)( only| just)? (crisps|toast|cereal|noodles"
              "|biscuits|bread|sweets)(?! for (breakfast|lunch|tea|dinner) (cos|because|coz|as)"
              "(?![a-z]))")

_FAMILY = ("(mum|mam|dad|my mum|my mam|my dad|my nan|my brother|my sister|my bro|my sis|my "
           "gran|my grandad|my auntie|my aunty|my best mate|my best friend|my bestie)")
# Said as the end of the message, or with "tbh", never "idk why the match was off".
_END = "(?!( [a-z]+)?( [a-z]+)? (?!tbh|tho|just|really|honestly|lol)[a-z]+)"

PHRASES: Final[dict[str, list[str]]] = {
    "upset": [
        # A parent who did not ring on the day, and the phone watched.
        f"{_FAMILY} (didnt|did not|never|doesnt|wont|didn t) (ring|call|text|message|facetime|"
        "phone)( me)? (on|for) my (birthday|bday|christmas|results day)(?! (cos|because|coz|as|"
        "she came|he came|they came|but (she|he|they) (came|visited|was here)))",
        # A new number not given, and hurt.
        f"{_FAMILY} (got|has|changed (his|her|their)) (a )?(new )?number and (didnt|did not|wont|"
        "never|hasnt) (give|send|tell) (it )?(to )?(me|it me)( [a-z]+){0,3} (hurts|hurt|gutted|"
        "sad|upset|stings)",
        # A chat gone quiet with someone barely spoken to now.
        "(barely|hardly|never|dont) (talk|speak|text|message)( [a-z]+){0,4} (our|the|my) (chat|gc|"
        "group chat|streak)( s| is| has|s)? (gone|went|go) (quiet|dead|silent)",
        # Cut off from everyone.
        "(i )?(feel|felt) (really |so |proper |dead )?(far away|cut off) from (everyone|everybody|"
        "all my family|my family|them all)(?!( [a-z]+){0,6} (but|trip|holiday|holidays|camp)"
        "(?![a-z]))",
        # Pictures of someone missed, every night.
        "(look at|looking at|scroll through|scrolling through|go through) (old )?(pics|photos|"
        "videos) of (my )?([a-z]+ ){0,2}(dog|cat|mum|dad|nan|brother|sister|grandad|gran)( on my "
        "phone)? every night( [a-z]+){0,2} (miss|missing)",
        # Sad, and not knowing why.
        f"(sad|low|down|empty|flat) (today|again|all day|all week|rn) (idk|i dont know|dunno|i do "
        f"not know) why{_END}",
        f"(just|so|really|proper) (sad|low|down|empty) today{_END}",
    ],
    "bullying": [
        # Put out of the class chat, and a new one made without me.
        "(removed|kicked|took|chucked|booted) me (out )?(of|from) the ([a-z]+ ){0,2}(group chat|"
        "gc|whatsapp|chat|group)( [a-z]+){0,6} (a new|another|a second) (one|gc|group chat|group|"
        "chat) without me",
        "(removed|kicked|chucked|booted) (out )?(of|from) the ([a-z]+ ){0,2}(group chat|gc|"
        "whatsapp|"
        "chat|group)( [a-z]+){0,6} (a new|another|a second) (one|gc|group chat|group|chat) "
        "(without me|with everyone but me|with everyone except me)",
        # A withheld number that rings and laughs.
        "(no caller id|private number|withheld number|unknown number|hidden number)( [a-z]+){0,6} "
        "(keeps|kept|keep) (ringing|calling|phoning) me( [a-z]+){0,8} (laughing|laugh|giggling|"
        "giggle|breathing|swearing)",
        "(keeps|kept|keep) (ringing|calling|phoning) me (on|from|with|off) (a )?(no caller id|"
        "private"
        " number|withheld number|hidden number)( [a-z]+){0,6} (laughing|laugh|laughs|giggling|"
        "giggle|"
        "giggles|breathing|swearing)",
        # A poll naming me the worst of something.
        "(poll|vote)( [a-z]+){0,6} (ugliest|fattest|smelliest|weirdest|most likely to be a (tramp|"
        "loser|virgin|weirdo|freak|crackhead|smackhead))( [a-z0-9]+){0,6} (put|added|with|had|"
        "won|was) (my name|me)",
        # People who flood my posts with laughing emojis, day after day.
        "(people|everyone|they|randoms|some (girls|boys|lads))( keep| keeps)? (spam|spamming|flood|"
        "flooding) my (snap|comments|posts|story|dms|insta|tiktok|page)( [a-z]+){0,3} (laughing|"
        "clown|skull|vomit|sick|rat|pig) (emojis|emoji|faces)( [a-z]+){0,2} (its|it s|it has|this"
        " has) been going on",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # The keys handed on, and "after" or "won't need it".
    ("self_harm", (_HANDED_KEYS, _AFTER_ME), 16),
    # The phone wiped, the keys handed on, and a night or a day after which they are needed.
    ("self_harm", (_WIPED, _HANDED_KEYS, f"(need|have|use) (it|them) after {WHEN}"), 18),
    # Last words typed in the phone, and a day.
    ("self_harm", (_LAST_WORDS, _IN_THE_PHONE, f"({WHEN}|is the day|tomorrow night)"), 16),
    # Sorry and bye timed to send, and a place to go after.
    ("self_harm", (_TIMED_GOODBYE, _HIGH_PLACE), 20),
    # Telling will cost a brother, a sister or a parent for ever.
    ("emotional_abuse", (_LOSS, _TOLD), 20),
    # Shut in a room from outside, in the dark or all night, for the phone.
    ("emotional_abuse", (_SHUT_IN, _LONG_DARK, _PHONE_RULE), 22),
    # The phone and the passport taken, and the child's wedding.
    ("harmful_practices", (_BOTH_TAKEN, _MY_WEDDING), 14),
    # The phone or the vouchers sold, and days with next to nothing.
    ("neglect", (_SOLD, _SCANT, _DAYS_OF_IT), 24),
    # The phone the only thing left, and a cord tied.
    ("self_harm", (_ONLY_THING, _CORD_TIED, _CORD_PLACE), 30),
    # The phone gone dark, a height, and done with it.
    ("self_harm", (_GONE_DARK, _OFF_A_HEIGHT, _DONE_WITH), 30),
    # People online telling the child where to cut, and a picture or a worse one.
    ("self_harm", (_WHERE_TO_CUT, _SHOW_THEM), 25),
    # The way onto a roof looked up, a day, and goodbyes.
    ("self_harm", (_ROOF_WAY, f"({WHEN}|im going|going after)", _BYES), 40),
    # The phone kept, and a lie that family do not want the child.
    ("emotional_abuse", (_NOT_WANTED, _PHONE_KEPT), 20),
    # An insult as the lock screen, kept at.
    ("emotional_abuse", (_INSULT_SCREEN, _KEPT_AT_IT), 20),
    # The child's tears posted for laughs.
    ("emotional_abuse", (_TEARS_POSTED, _FOR_LAUGHS), 25),
    # Married on landing; a cousin killed, and "remember".
    ("harmful_practices", (_MARRIED_ON_LANDING,), 10),
    ("harmful_practices", (_KILLED_FOR, _REMEMBER), 30),
    # A hurt, no doctor rung, and how long.
    ("neglect", (_NO_DOCTOR, _SYMPTOM, _DAYS_OF_IT), 30),
    # Left alone, and days of next to nothing.
    ("neglect", (_LEFT_ALONE, _LIVING_ON, _DAYS_OF_IT), 30),
    # A second phone for the group, and something to go off at a crowd.
    ("radicalisation", (_SECOND_PHONE, _GO_OFF), 20),
)
