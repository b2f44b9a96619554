"""Harm reached through a game: someone met in a game, game money as payment, a game's words.

The fifteenth blind hand (``tests/corpora/fifteenth_hand``) wrote a third of every file as
children of 7 to 16 chat while they play Roblox, Minecraft, Fortnite or Call of Duty. The harm
comes in by the game: a person is named by where the child met them ("a guy from the cod lobby",
"my roblox friend", "the mods on my server"), a payment is the game's money ("gives me
minecoins", "the guy who gets me free vbucks"), an ending is a game's ("rage quit life"). The
older rules read a stranger, a payment and an ending in the words of the street; these shapes
were missing. Each clause needs the game's word *and* the harmful part beside it, never the game
alone (a friend from Fortnite, Robux from a cousin, a server's ban are everyday):

- going missing: someone met in a game, or who gives the child game money × a pick-up, a stay
  at theirs or a meeting × a run (not going back, not telling staff, "leg it", down as missing,
  the police looking, better than the home); out since a day × staying wherever the child can
  or at a stranger's; the carers think the child is at school × not been in for weeks ×
  sleeping elsewhere;
- sexual exploitation: game money, skins or a console given × a camera, a call or videos × the
  child undressed or "what he says"; a console or skins given × owing him × his house, a hotel
  or "in private"; the child's pictures sold to other men; the child's pictures × pay (cards,
  money) × "or my carers see them"; a call or a camera × when the carers are asleep × night
  clothes × "don't tell anyone";
- self-harm: a pact made with someone ("both", "the same night", "so we're not alone") × a
  means; a game's ending for the child's own ("rage quit life", "logging off for good", "game
  over irl") × a means or a place; skins and accounts given away × "won't need them"; cuts
  posted × "deeper"; hoping a lorry "gets me";
- radicalisation: a game "not just a game" or "practice for the real war" × a faith's place, a
  people or a document; a place of worship near the child × "someone needs to act" × the
  child's postcode or town asked; a list of pupils or teachers × traitors × "do something";
  videos of real attacks × a score × "go for" or "beat" it;
- bullying, a worry: a game's jibe said again and again ("keep calling me a bot"); shut out of
  a server or a chat × talked about there or for no reason; mass reported; clips of the child
  losing posted × "bot" or laughing; "the game is for babies" × everyone laughed.

Harm at home told in a game's words (a controller over the head, a fight heard in the headset)
is in ``surveys.concern_gaming_home``; the gaming third's ordinary answers the older rules read
as harm are set aside in ``surveys.concern_everyday_gaming``. Fresh wordings of each shape,
written before the rules, are batches yd to yk of ``tests/corpora/adversarial.txt``; the ordinary
answers nearest them are the block "fifteenth hand gaming" of ``tests/corpora/near_misses.txt``.
Same syntax as ``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

# --- the game's words -----------------------------------------------------------------------

# Where a child plays and chats: a game, a platform, a server, a lobby.
GAMES = ("(roblox|minecraft|fortnite|cod|call of duty|warzone|apex|rust|valorant|among us|gta|"
         "fifa|fc|rocket league|overwatch|xbox|xbox live|playstation|psn|ps|switch|steam|discord|"
         "twitch|my server|the server|a server|our server|my realm|the realm|(the |my |a )?(cod|"
         "game|fortnite|xbox)? ?(lobby|lobbies|squad|party|party chat|clan|game chat|voice chat|"
         "vc|group|realm|server)|online|a game|the game|my game)")
# Someone named by the game the child met them in: "a guy from the cod lobby", "my roblox
# friend", "the mods on my server", "this lad i play apex with", "the man who gets me vbucks".
_ONE = ("(man|men|guy|guys|lad|lads|bloke|boy|girl|someone|somebody|person|people|mate|mates|"
        "friend|friends|admin|admins|mod|mods|owner|player|[0-9]+ (yr|year|yo) old|older (boy|"
        "lad|guy|man))")
GAME_MONEY = ("(robux|vbucks|v bucks|minecoins|mine coins|coins|gems|skins|a skin|battle pass|"
              "a battle pass|gift cards|a gift card|steam cards|steam card|game pass|points|fifa "
              "points|cod points|credits|emotes)")
GAME_CONTACT = (f"({_ONE} (i|we) (met|know|play|played|game|gamed|talk to|talked to)( [a-z]+)? "
                f"(on|in|from|with|off) {GAMES}|{_ONE} (from|off|on|in) (my |the |our |a )?"
                f"{GAMES}|my {GAMES} (friend|friends|mate|mates|bf|gf|boyfriend|girlfriend)|"
                f"{_ONE} i play [a-z]+( [a-z]+)? with|{_ONE} who (gets|buys|gives|sends|got|"
                f"bought|gave|sent) me( free)? {GAME_MONEY})")

# --- going missing --------------------------------------------------------------------------

_TAKEN_IN = ("(pick me up|picking me up|picks me up|collect me|collecting me|get me|meet me|"
             "meeting me|waiting (in his car|for me)|(stay|live|sleep|stop|staying|living|"
             "sleeping|stopping|move in|moving in|slept|stayed) (at|with|in) (his|hers|theirs|"
             "him|them|a|his (flat|house|place))|(i am|been|i have been) (staying |sleping |"
             "living )?at (the|his|a)|his place)")
_RUN = ("(not going back|not coming back|never going back|not telling (staff|my carers|anyone|"
        "my sw|my social worker)|dont tell (staff|my carers|anyone|the home)|leg it|legging it|"
        "do a runner|get out the (back|window)|sneak out|down as missing|reported missing|"
        "police (are )?looking for me|dont want to go (home|back)|better than (the home|here|"
        "my placement|my carers)|at staff handover)")

# Out for days, and a night at a stranger's: told without a game in the same third.
_OUT_SINCE = ("(?<!has )(?<!is )(?<!its )(?<!has been )(been out|out|been away|not been home|"
              "havent been home|not been back|havent been back) since (monday|tuesday|"
              "wednesday|thursday|friday|saturday|sunday|last night|yesterday|the weekend)")
# Wherever the child can, never wherever "the map says" or "we moor up".
_STAYING_ANYWHERE = ("((staying|sleping|kiping|stoping) (wherever|anywhere)(?! (the|we|our|they|he|"
                     "she|mum|dad|my|camp|tent))|some (mans|guys|blokes|randoms|strangers) (house|"
                     "flat|place)|a (man|guy) i dont( even)? know)")
# School skipped for weeks while the carers think the child is there, and nights elsewhere.
_THINK_AT_SCHOOL = ("(carers|carer|staff|mum|dad|sw|social worker|they) (think|thinks) i am "
                    "(at|in) (school|college)")
_NOT_BEEN_IN = ("(havent|havnt|have not|not|never) ben (in|there|to school|to colege)( for)? "
                "([0-9]+|to|a|two|three|a few|a couple of) (weks|wek|days)(?! (because|cos) (i|i "
                "have|i was) (ben |was )?(il|sick|of sick|poorly))")
_SLEEP_ELSEWHERE = "(sleep|sleeping|slept|stay|staying|stop|stoping|kip|kiping) (at|in|round)"

# --- sexual exploitation --------------------------------------------------------------------

_GIVEN = ("(gives|give|gave|sends|sent|send|buys|bought|got|gets|pays|paid|get) me( [a-z]+){0,2} "
          f"({GAME_MONEY}|(in|with) {GAME_MONEY})")
_ON_CAMERA = ("(on cam|on camera|on webcam|webcam|on facetime|facetime|on video|video call|"
              "videos of me|vids of me|pictures of me|on call|on stream)")
_UNDRESSED = ("(in my (underwear|pants|bra|boxers|pyjamas|towel)|(my|with my|with no) top of|no "
              "clothes|naked|nothing on|in the shower|in the bath|do what he (says|tels me))")
# A call at night kept from the carers, in night clothes: a groomer's ask.
_WHILE_ASLEEP = ("when (my |your )?(carers|carer|mum|dad|everyone|they|nan) (are |is |s )?(aslep|"
                 "in bed|out)")
_UNTOLD = ("(dont|do not|not to|never) tel (anyone|anybody|my carers|your carers|nobody|your "
           "mum|my mum)")
_NIGHT_CLOTHES = ("(wear|wearing|put on|in|stay in) (just |only )?(my |your )?(pjs|pyjamas|"
                  "underwear|pants|nightie|boxers)")
_GIFT = ("(a |an |the |my |new )?(ps|xbox|switch|console|headset|gaming chair|controller|phone|"
         "skins|battle pass|vbucks|robux|gift cards)")
# Paid back in person, the place and the paying told together: "go round his ... to say thank
# you properly", "says I owe him ... come to his hotel room".
_REPAID_AT_HIS = ("(((go|come|going|coming) (round|to|over to) (his|their|a hotel|the hotel)|"
                  "at his (house|flat|place))( [a-z]+){0,6} (to )?(say thank you properly|thank "
                  "(him|them) properly|pay (him|them|it) back)|(i owe him|says i owe( him)?)( "
                  "[a-z]+){0,6} (come|go|going|coming) (round|to|over to) (his|their|a|the) (house|"
                  "flat|hotel|place))")
_SOLD_PICTURES = ("(selling|sells|sold|sharing|shares|posting) my (pictures|nudes|videos|vids|"
                  "photos)")
_TO_MEN = ("(to|with) (other|older|loads of|some)? ?(men|blokes|guys|people)|(telegram|discord|"
           "snap|whatsapp) (group|server|channel)|in a (group|server|channel)")
_MY_PICTURES = "(my|your) (pictures|nudes|videos|vids|photos)"
_PAY_OR = ("(pay|send|sending)( me)? ([0-9]+|money|cash|[a-z]+ quid)( [a-z]+){0,3}( in "
           f"{GAME_MONEY})?( [a-z]+){{0,2}} or")
_SEEN_BY = ("(my|your) (carers|carer|mum|dad|family|school|teachers|friends|mates|social worker|"
            "sw) (se|wil se|see|gets|get|wil get) (them|it|the)")

# --- self-harm ------------------------------------------------------------------------------

_PACT = ("(we|wed|we would|we should|we wil|we could|us|us to|us both|both)( both)? (do it|end it|"
         "take al|kil ourselves|hang ourselves|jump)")
_SAME_TIME = ("((on|at) the same (night|day|time)(?! (every|each|as))|so (were|we are) not "
              "alone)")
_MEANS = ("(noose|knot|rope|ropes|belt|cord|tablets|pills|paracetamol|blade|blades|razor|bridge|"
          "multi storey|car park|train|tracks)")
_GAME_END = ("(rage quit|rage quitting|ragequit|logging of|log of|loging of|uninstal|uninstaling|"
             "game over|respawn)( for me)? (life|irl|real life)")
_MEANS_OR_PLACE = (f"({_MEANS}|(top|of) the (multi storey|car park|bridge|roof)|going to the "
                   "bridge|tonight|for tonight)")
_GIVEN_AWAY = ("((gave|given|giving|give) (away )?(al )?my ([a-z]+ )?(skins|acount|acounts|"
               "inventory|games|items|stuff|things)|deleted (al )?my acounts)")
# Not needed after a day; never "now I have a switch" or "any more".
_WONT_NEED = ("(wont|will not|dont|do not)( be)? (ned|need|neding|needing) (them|it|anything|"
              "any of it)(?! (now|anymore|any more|because|since|as|til|until|when|at|for|in|"
              "cos))")
_LOGGED_OFF = "(log of|logging of|loging of|loged of|logged of) for (god|good)"
_POSTED_CUTS = ("(post|posted|posting|posts|send|sent|share|shared|pictures of) (my|their|our|"
                "your|the)? ?(cuts|cut|scars|marks|it)")
_DEEPER = "(go|cut|goes|going|went) deper(?! (into|in) (the|a|my))"
_LORRY_GETS_ME = ("(hoping|hope|praying|wish|wishing) (a|some|the) ([a-z]+ )?(lory|car|bus|truck|"
                  "van|train) (gets|hits|takes|runs over|wil get|wil hit|would hit|would get) me"
                  "(?! (there|home|to|a|some|in|on|back|at))")

# --- radicalisation -------------------------------------------------------------------------

_NOT_A_GAME = ("((its|it is|this is|thats)( [a-z]+)? not (just )?a game|(practice|training|"
               "prep) for (the real|what comes next|the war|the real war)|the real war (is "
               "coming|is near|starts)|(game|map) (where|were) you (shot|shoot|bomb|kil))")
_FAITH_OR_PEOPLE = ("(mosque|mosques|synagogue|synagogues|church|temple|gurdwara|muslims|jews|"
                    "immigrants|refugees|asylum|manifesto|a long document|why we have to fight|"
                    "people outside)")
_PLACE_OF_FAITH = ("(mosque|synagogue|church|temple|gurdwara|asylum hotel|refugee hotel|the "
                   "hotel with the refugees)")
# Not "needs sorting" (a church roof does): to act, to deal with, to burn or take out.
_SOMEONE_ACT = ("((someone|somebody) (needs|neds|has|ought) to (act|do something|deal with|burn|"
                "hit)|needs (to be )?(dealt with|burning|taking out|burned)|should be (dealt with|"
                "burned|taken out))")
# The child's whereabouts asked: not "near me" alone (the church near me is everyday).
_WHERE_I_LIVE = "(postcode|my adres|what town|which town|where i live|what area|what street)"
# Said over and over in a server or a chat, not once by a vicar or a neighbour.
_KEEP_POSTING = "(keep|keeps|kept|always) (posting|sending|saying|talking|going on)"
_TRAITORS = "(traitors|traitor)"
_NAMES_OF = ("((list|names) of (the )?(teachers|kids|people|students|pupils|staff)|write down "
             "the names|(teachers|kids|pupils|people) who are)")
_DO_TO_THEM = ("(do something|get them|make them pay|hurt them|sort them|on the last day|last day "
               "of term|before (summer|the holidays))")
_REAL_ATTACKS = ("(real|actual) (attacks|shootings|masacres|bombings|terror attacks|killings|"
                 "stabbings)")
_SCORED = "(score|scores|scoring|leaderboard|rank|ranked|rated|how many died)"
_GO_FOR_IT = ("(should|could|can|to|wants me to|told me to) (go for|beat|get|set|top|try for)"
              "( a| the)? ?(high|top|new|best)? ?(score|record)")

# --- bullying in a game's words (a worry) -----------------------------------------------------

# A game's jibe said again and again ("they keep calling me a bot"), never once with a laugh.
_GAME_JIBE = ("(kep|keps|kept|always|al) (calling|caling|call|cal) me (a |an )?(bot|noob|npc|"
              "default|sweat|trash|dogwater)(?! (lol|back|to|as wel|haha))")
# Shut out of a server or a chat, and talked about in it or shut out for no reason.
_SHUT_OUT = "(banned|kicked|removed|booted|blocked) me"
_GAME_PLACE = "(server|gc|group chat|party|party chat|squad|realm|discord|lobby|clan)"
_TALKED_ABOUT = ("(for no reason|(talk|talking|talks|slag|slagging|laugh|laughing|chat|chatting) "
                 "(about|of|at) me|(slag|slags|slagging) me of)")
_MASS_REPORTED = "mass (report|reporting|reported|reports) (my|me)"
_CLIPS_OF_ME = ("(posting|posts|post|put|puts|sharing|shares) (my |clips of me |vids of me |videos "
                "of me )?([a-z]+ )?(clips|vids|videos)?( of me)? ?(where i|of me) (die|dying|lose|"
                "losing|fail|failing|crying)")
_MOCKING = "(bot|noob|trash|laughing|laugh|laughs)"
_LEFT_OUT = ("(wont|dont|not|never) let me (in|into|join|on) (the|their|our) (party|party chat|gc|"
             "group|server|game|squad|call)")
_FOR_BABIES = "(its|is|thats|games are|game is) for babies"
_ALL_LAUGHED = "(everyone|they|people|the class|kids|al of them) (laughed|laugh|laughing)"

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("missing", (GAME_CONTACT, _TAKEN_IN, _RUN), 24),
    ("missing", (_OUT_SINCE, _STAYING_ANYWHERE), 20),
    ("missing", (_THINK_AT_SCHOOL, _NOT_BEEN_IN, _SLEEP_ELSEWHERE), 24),
    ("sexual_exploitation", (_GIVEN, _ON_CAMERA, _UNDRESSED), 18),
    ("sexual_exploitation", (_ON_CAMERA, _WHILE_ASLEEP, _NIGHT_CLOTHES, _UNTOLD), 30),
    ("sexual_exploitation", (_GIFT, _REPAID_AT_HIS), 28),
    ("sexual_exploitation", (_SOLD_PICTURES, _TO_MEN), 8),
    ("sexual_exploitation", (_MY_PICTURES, _PAY_OR, _SEEN_BY), 20),
    ("self_harm", (_PACT, _SAME_TIME, _MEANS), 24),
    ("self_harm", (_GAME_END, _MEANS_OR_PLACE), 14),
    ("self_harm", (_GIVEN_AWAY, f"({_WONT_NEED}|{_GAME_END}|{_LOGGED_OFF})"), 22),
    ("self_harm", (_DEEPER, _POSTED_CUTS), 14),
    ("self_harm", (_LORRY_GETS_ME,), 12),
    ("radicalisation", (_NOT_A_GAME, _FAITH_OR_PEOPLE), 12),
    ("radicalisation", (_SOMEONE_ACT, _PLACE_OF_FAITH, _WHERE_I_LIVE, _KEEP_POSTING), 24),
    ("radicalisation", (_TRAITORS, _NAMES_OF, _DO_TO_THEM), 20),
    ("radicalisation", (_REAL_ATTACKS, _SCORED, _GO_FOR_IT), 18),
    ("bullying", (_GAME_JIBE,), 12),
    ("bullying", (_SHUT_OUT, _GAME_PLACE, _TALKED_ABOUT), 10),
    ("bullying", (_MASS_REPORTED,), 8),
    ("bullying", (_CLIPS_OF_ME, _MOCKING), 14),
    ("bullying", (_LEFT_OUT, _TALKED_ABOUT), 16),
    ("bullying", (_FOR_BABIES, _ALL_LAUGHED), 14),
)
