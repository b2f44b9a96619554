"""Self-harm, a man at the bedroom door at night and going missing, told in social media's words.

The fifteenth blind hand (``tests/corpora/fifteenth_hand``) wrote young people of 11 to 19 on
Snapchat, TikTok, Instagram and WhatsApp groups. Their harm is told beside the app's own words: a
goodbye is a last post and every group chat left, cuts are posted to a private account, a method
is shown by a page, the bridge is checked on Snap Map, a lift is sorted off someone on Snap, a
social worker is blocked, men are added to a group chat of girls. The older rules knew the harm
in plain words; here the app's word for the place, the person or the farewell stands beside the
harmful part, and both are asked for:

- self-harm: accounts deleted or every group chat left × not being here after a day ("wont be here
  much longer", "wont need any of it after friday"); a last post or message × goodbye or the top of
  a bridge; cuts or arms after cutting posted to an account × kept hidden or getting deeper; a
  method shown online (hanging, a noose, "how to do it" only with a belt, a rope or a scarf: a hair
  tutorial's "do it" is not one) × tried in a wardrobe or a garage × trying again; a streak or a
  sister as the only thing keeping me here × no point, a rope or pills; a bridge or a car park
  checked on a map × doing it or going to the top; jumping off a multi-storey spelt as one word;
- an unsafe home at night: a man who stays (a carer's, a mum's or a sister's boyfriend, a mate, a
  lodger, a lad, a foster brother) × watching the child asleep or in the shower, sitting on the
  bed at night, messaging to ask if the child is alone or the door locked, trying the door
  handle at night, knocking or whispering at the door at night; a camera found in the bedroom
  pointing at the bed or put there by someone; too scared to sleep and up on the phone to hear
  him or the door come;
- sexual exploitation: a group chat or a server of girls × men added or joining × money sent or
  offered;
- going missing: someone from an app (a lift sorted off someone on Snap, people from a group
  chat) × a lift, a train or a coach × not coming back, nobody knowing where, "dont try find me";
  a social worker or carers to be blocked × coming to live, a taxi or a coach paid for, or not
  telling; a brother or sister missing for days × posting from a flat no one knows.

Fresh wordings written before the rules are batches zd (unsafe home), ze (self-harm), zh (missing)
and zk (sexual exploitation) of ``tests/corpora/adversarial.txt``; the ordinary answers nearest
them (a tie tutorial, a gym streak, a bridge on a walk, night checks, a cup of tea at the door, a
baby monitor, a hair tutorial, a concert trip with the group chat, an ex blocked) are the block
"fifteenth hand, social media" of ``tests/corpora/near_misses.txt``. Emotional harm, honour,
domestic abuse, radicalisation and bullying told the same way are in
``surveys.concern_socials_shamed``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- self-harm ----------------------------------------------------------------------------------

# Accounts, pictures and group chats wiped or left: the app's goodbye.
_WIPED = ("(deleted|deleting|delete|wiped|wiping|left|leaving|leave|came off|coming off|archived|"
          "archiving|unfollowed|unfollowing) (everyone|all |"
          "every |each )?(of )?(my |the )?(tiktok|insta|instagram|snap|snapchat|socials|accounts|"
          "account|pictures|photos|gc|gcs|group chats|group chat|posts|stuff|streaks)")
_GIVEN_AWAY_ONLINE = ("(put|putting|listed|listing|selling|sold|gave|giving) (all )?(my )?(stuff|"
                      "things|clothes|games) (up )?(for free|away|on vinted|on ebay)")
# Not to be here after a day, or not to need things: never "for two weeks", "cos of exams".
_DAY = ("(tonight|today|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this "
        "week|the weekend)")
_NOT_HERE = ("((wont|will not|wont be|not going to be) (be )?(here|around|alive) (much longer|"
             f"for much longer|after {_DAY}|by {_DAY})|(wont|will not|dont) need (it|them|any of "
             f"it|any of them|anything) (after {_DAY}|where i am going))(?! (because|as|for|til|"
             "until|on|in|at|with|i move|we move)( |$))")
_LAST_WORDS = ("(last|final|goodbye) (post|message|msg|snap|story|video|vid|tiktok|voice note|"
               "text)")
_AT_THE_EDGE = ("((when|once) (i am|i get) (on|at|to|up|on top of) (the )?(bridge|roof|top of "
                "the [a-z]+|edge|tracks|railway|cliff|multi storey|multistorey|multistory)|says "
                "goodbye|saying goodbye|(wont|will not) be (here|around|alive)(?! (because|as|"
                "for|til|until|on|in|at|with)( |$)))")
_POSTING = ("(post|posts|posting|posted|share|sharing|shared|upload|uploading|uploaded|put|"
            "putting)")
# Cuts made by the child: not a barber's cuts and fades, nor scars from an operation.
_OWN_CUTS = ("((?<!hair )my (fresh |new )?(cuts|scars|burns)(?! (and|from) )|my (arms|arm|legs|"
             "thighs|wrists) (after|when) i (cut|burn|do it))")
_HIDDEN_OR_WORSE = ("(private|secret|spam|finsta|nobody knows|no one knows|noone knows|have no idea"
                    "|dont know|deeper|worse|bleeding|bleed)")
# A method: "do it" alone is a hair or a make-up tutorial's too.
_SHOWN_HOW = ("(page|video|vid|tiktok|account|site|website|forum|channel|reel) ([a-z]+ ){0,5}(how "
              "to (tie it|hang|end it|kill yourself|kill myself|make a noose|tie a noose)|(how to "
              "do it )?with a (belt|rope|cord|scarf|lead))")
_TRIED_IN_A_ROOM = ("(tried|try|trying|did it)( it)? (last night |yesterday |this morning )?(in|"
                    "at) (my|the) (wardrobe|garage|shed|loft|bathroom|stairs|attic)")
_AGAIN = "(didnt work|try again|going to try|il try|will try|do it again)"
_ONLY_HOLD = ("(only|one) (thing|reason|person) (keeping me (here|alive|going)|i stayed for|to "
              "stay( alive| here)?|i was staying for)(?! (at|in|on|out|up|home|for|through|til)( "
              "|$))")
_NO_POINT_NOW = ("(whats the point|(theres )?no point( now| anymore)?(?! ([a-z]+ing|in|to|of)( |"
                 "$))|rope|pills|tablets|belt|blade|blades|razor)")
_CHECKED_ON_A_MAP = ("(checking|check|checked|look at|looking at|looked at|stare at|staring at|"
                     "zoom in on|zooming in on|keep finding) the (bridge|multi storey|"
                     "multistorey|multistory|car park|cliff|cliffs|roof|tracks|railway|viaduct|"
                     "quarry)")
_MAP = "(snap map|google maps|maps|street view|google earth)"
_GO_THROUGH = ("(do it|jump|end it|not coming back|wont come back|the last time|go off it|(going|"
               "go|get) to the top(?!( [a-z]+){0,4} (on holiday|for the view|with|to see|for a "
               "picture|for a photo)))")

# --- a man at the bedroom door at night ---------------------------------------------------------

# A man who stays, not one of the child's carers: their boyfriend, their mate, a lodger, a lad.
_STAYING_MAN = ("((carers|mums|mams|dads|nans|sisters|aunties|foster mums|foster dads|my carers|my "
                "mums) "
                "(boyfriend|fella|partner|mate|mates|friend|brother|lodger)|(the|a|this|her) "
                "lodger|foster brother|stepbrother|(man|bloke|guy|lad|boyfriend|uncle|mate|"
                "brother) (who|that) (stays|sleeps|comes round|comes over|lives|lodges|is staying|"
                "visits|attacked me)|(the|a) (new )?(lad|man|bloke|guy) (at|in) (the|my) "
                "(placement|home|unit)|the (new|other|older) (lad|boy|man|guy))")
_AT_NIGHT_DOOR = ("((watching|watches|watched|staring at|stares at|looking at|looks at) me (when|"
                  "while|as) (he thinks )?(i am |i was )?(asleep|sleeping|sleep|in the shower|in "
                  "the bath|getting changed|changing|in bed)|(sits|sitting|sat|stands|standing|"
                  "stood|comes|came|creeps|crept) (in|on|at|into|by) (the end of )?my (bed|"
                  "doorway|door|room|bedroom)( [a-z]+){0,3} (at night|when he thinks|while i "
                  "(sleep|am asleep))|(texts|texting|texted|messages|messaging|messaged|snaps|"
                  "snapping|snapped|dms|rings|calls)( me)?( (?!ask )[a-z0-9]+){0,4} (asking "
                  ")?(if|whether) (i am|my door is|the door is)( awake and( if i am)?)? (alone|"
                  "on my own|by myself|locked)(?! (for|so|because|to)( |$))|(tried|tries|trying|"
                  "try|rattles|rattling|rattled) my (bedroom |bathroom )?(door|door handle|"
                  "handle|lock)( [a-z0-9]+){0,3} (at night|every night|in the night|last night|"
                  "at midnight|at [1-5] ?am|times)|(whispers|whispering|whispered|knocks|"
                  "knocking|knocked|scratches|scratching|taps|tapping) (through|on|at) my "
                  "(bedroom )?door (at night|every night|in the night|at midnight|at [1-5] ?am|"
                  "saying let me in)|(stands|standing|stood|waits|waiting) (outside|by) the "
                  "(bathroom|shower) (when|while))")
_CAMERA = "(a |little |tiny |small |hidden |secret )?(camera|cam|webcam)"
_IN_MY_ROOM = ("(in|inside|above|over|under|behind) (my|the) ([a-z]+ ){0,2}(room|bedroom|bathroom|"
               "bed|shower|smoke alarm|plug|charger|clock|light)")
_AIMED_OR_PUT = ("((pointing|pointed|facing|aimed) at (my bed|me|the shower|the bed)|(put|hid|"
                 "placed|set up|stuck) (it|them|the camera) (there|in))")
# Too scared to sleep, up on the phone to hear someone come: never a parcel or a baby.
_AFRAID_TO_SLEEP = ("((scared|frightened|afraid|terrified|petrified) (to )?(go to )?sleep|(dont|"
                    "cant|do not|never) sleep (til|until) (its light|it is light|morning|[0-9]))")
_LISTENING_FOR = ("(hear|listen|listening|in case) (if|when|for)? ?(he|someone|anyone|they|the "
                  "door)( [a-z]+){0,2} (comes|come|goes|opens|tries|coming|gets in)")

# --- a group chat of girls that men are added to, for money -------------------------------------

_GIRLS_GROUP = ("((group|group chat|gc|server|chat|discord)( [a-z0-9]+){0,5} (girls|of us girls)|"
                "(girls|us girls)( [a-z]+){0,4} (group|group chat|gc|server|chat))")
_MEN_ADDED = ("(men|grown men|older (men|guys|lads)|guys|old men) (get|got|getting|keep getting|"
              "are|join|joined|joining|keep joining) (added|in|it)")
_PAYING = "(send|sends|sent|pay|pays|paid|offer|offers|offered) ([a-z]+ )?(money|cash|for)"

# --- going missing ------------------------------------------------------------------------------

_FROM_AN_APP = ("(someone|somebody|a guy|a lad|a man|people|some people|a girl|this lad|this guy|"
                "this man|a woman|some lads|some boys|a boy|mates) (i met |i know )?(from|on|off|"
                "in) (snap|snapchat|insta|instagram|tiktok|a gc|the gc|a group chat|the group chat"
                "|discord|telegram|whatsapp|online|an app)")
_A_RIDE = ("((driving|drive|taking|take|collecting) me (to|up|down)|a lift|lift sorted|picking "
           "me up|pick me up|the train|a train|train ticket|the coach|a coach|a taxi|an uber|a "
           "ticket|tickets|(go|going|went|been going|goes) to [a-z]+ (every|each) (weekend|"
           "night))")
_GONE = ("((dont|do not) (try )?(and |to )?(find|look for|come looking for) me|not coming back|"
         "(dont|never) come back (til|till|until)|(staff|carers|carer|nobody|no one|noone|my sw|"
         "sw|my social worker)( [a-z]+){0,2} (dont|doesnt|wont|never) know where|not telling "
         "(anyone|anybody|my carers|staff|my sw)|(going to|about to) (run|do one|leg it|go "
         "missing))")
_BLOCK_THE_WORKER = ("(block|blocked|blocking|delete|deleted|ignore) (my )?(sw|social worker|"
                     "social|carers|carer|staff|keyworker|key worker)")
_COME_AWAY = ("(come (and )?(live|stay) with|come to (his|hers|theirs|him|her)|(paying|paid|pay) "
              "for (the|my|a) (coach|train|taxi|ticket|uber)|sending (a|an|me a|me an) (taxi|uber|"
              "car|ticket)|not telling (anyone|anybody)|(cant|cannot|not allowed to) tell (anyone|"
              "anybody))")
_GONE_DAYS = ("(been|has been|he is|she is) (missing|gone) (for )?([0-9]+|to|for|two|three|"
              "four|five|a few) (days|nights)")
_POSTING_FROM = ("(posting|posts|posted) (on )?(his|her|their) (story|snap|tiktok|insta) from "
                 "(a|some|this) (flat|house|place|hotel|car)")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("self_harm", (_WIPED, _NOT_HERE), 110),
    ("self_harm", (_GIVEN_AWAY_ONLINE, _NOT_HERE), 90),
    ("self_harm", (_LAST_WORDS, _AT_THE_EDGE), 100),
    ("self_harm", (_POSTING, _OWN_CUTS, _HIDDEN_OR_WORSE), 110),
    ("self_harm", (_SHOWN_HOW, _TRIED_IN_A_ROOM, _AGAIN), 160),
    ("self_harm", (_ONLY_HOLD, _NO_POINT_NOW), 120),
    ("self_harm", (_CHECKED_ON_A_MAP, _MAP, _GO_THROUGH), 120),
    ("unsafe_home", (_STAYING_MAN, _AT_NIGHT_DOOR), 90),
    ("unsafe_home", (_CAMERA, _IN_MY_ROOM, _AIMED_OR_PUT), 90),
    ("unsafe_home", (_AFRAID_TO_SLEEP, _LISTENING_FOR), 110),
    ("sexual_exploitation", (_GIRLS_GROUP, _MEN_ADDED, _PAYING), 150),
    ("missing", (_FROM_AN_APP, _A_RIDE, _GONE), 120),
    ("missing", (_BLOCK_THE_WORKER, _COME_AWAY), 110),
    ("missing", (_GONE_DAYS, _POSTING_FROM), 80),
)

PHRASES: Final[dict[str, list[str]]] = {
    # "multistory" as one word, which the place slot spells "multistorey"; not a game's.
    "self_harm": [
        "(jump|jumping|go|going) (off|of|from) (the )?(top of the )?(multistory|multi story)"
        "(?!( [a-z]+){0,4} (in|on) (gta|fortnite|minecraft|roblox|the game))",
    ],
}
