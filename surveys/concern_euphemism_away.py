"""Going missing and a room no longer safe, told in code: a vanishing act, a sleepover, a welcome.

The twelfth blind hand (``tests/corpora/twelfth_hand``) names going missing and an unsafe home in
the words children use among themselves. The lexicon of ``surveys.concern_codes`` reads "gone
walkabout" or "off grid" beside a phone off; these shapes were missing, each read only beside its
harmful part:

- going missing: a vanishing code ("a disappearing trick", "a houdini", "doing a ghost", "a
  ninja", "getting lost on purpose", "going poof") beside nights away, a place slept or the
  placement left; a night out ("a sleepover" of five days, "on tour", "crashing", a stairwell, a
  car park) beside nobody knowing (staff who think I'm at a mate's, carers who have no idea,
  nobody who rang, "don't tell my PA", not going back); a child hidden in the loft or at a
  neighbour's when the social worker comes; a night at a stranger's from an app, a man "called"
  someone, people I don't know; a hostel or placement left at night for a city I don't know; a
  SIM taken and "I don't come back";
- an unsafe room: a lock, handle or key gone or broken, and someone walking in, trying the door,
  or the child not sleeping; a child sleeping dressed to run or behind a wardrobe against the
  door, and someone who comes in or moves it; someone standing in the doorway, over the bed or at
  the door glass, with "soon", in boxers, watching me sleep or with his own key; a threat of a
  "welcome", a "visit" or a "bedtime surprise" for tonight, with a knife, a blade or a kettle;
  "the pillow game" on my face; a throat to be cut if I tell; a man who stays and asks which room
  is mine; a lodger who waits on the landing when I go for a wee; someone on the landing again and
  no sleep; a man who takes my food and says I'm next; a night worker who lets his mates knock on
  the girls' doors; an ex outside for nights.

Fresh wordings, written before the rules, are batches qc to
qf of ``tests/corpora/adversarial.txt``; the everyday sentences that share the codes are the block
"euphemisms for dying, going missing and an unsafe room" of ``tests/corpora/near_misses.txt``.
Self-harm told softly is in ``surveys.concern_euphemism_self``. Same syntax as
``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import WEEKDAYS

# --- going missing -----------------------------------------------------------------------------

# A vanishing code: never a ghost costume or story, nor a houdini in an escape room alone.
_VANISH = ("(disappearing (trick|act)|vanishing (trick|act)|vanishing|houdini|(do|doing|did|done|"
           "pull|pulled|pulling) (a|my) (ninja|ghost|houdini)(?! (costume|story|stories|film|"
           "tour|walk|hunt|train|impression)(?![a-z]))|(go|going|goin|gona go) poof|(get|getting|"
           "got) lost on purpose)(?! ([a-z0-9]+ ){0,6}(panto|show|talent|magic|theatre|party|"
           "circus|stage|audience|magician|escape room)(?![a-z]))")
# Away for nights, or a place slept that is not a home.
_NIGHTS_AWAY = ("(([0-9]+|to|for|two|three|four|five|six|seven|a few|a couple of) (nights|days)|"
                "([0-9]+(rd|th|nd)|third|fourth|fifth) night|day [0-9]+|since (" + WEEKDAYS +
                "|last)|(fri|friday) to (mon|monday)|every weekend|till they stop (looking|"
                "searching)|(not|never|wont|dont|isnt|am not) (come|coming|going|go) back|"
                "sleeping|slept|kipping|den|under the slide|on a bench|in the park|car park|"
                "stairwell|in the woods|placement|the unit|late back|late in)")
# Away from where the child lives: a night out, in the child's words.
_OUT = ("(sleeping|slept|sleep|kipping|crashing|crashed|crash|bunking|bunkin|couch surfing|couch "
        "surfin|sofa surfing|staying(?! (up|in|home|late))|stayin|sleepover|on tour|on holiday|"
        "den|tent|under the slide|on a bench|night bus|car park|stairwell|multistorey|multi "
        "storey|off grid|bunk off|dipping|walked out|disappearing|vanishing|houdini|ghost|ninja|"
        "lost on purpose)")
# Nobody who should know where the child is knows.
_UNKNOWN = ("((staff|carers|carer|my carers|they|everyone|the home) (think|thinks) (im|i am|were|"
            "we are)|(staff|carers|they) (just )?(put|write|wrote|have|mark|marked) me (down )?as|"
            "reported me|(nobody|no one|noone)( at (the )?[a-z]+( [a-z]+)?)? (rang|rung|called|"
            "has called|has rung|noticed|has noticed|knows where (i|we))|nobodys (rung|called)|"
            "(not|never|isnt|aint|am not|are not|were not) (come|coming|going|go) back(?! (next|to "
            "(that|this)|there|this|again|till|until|for|after|in|on|at)(?![a-z]))|till they stop "
            "(looking|searching)|((pls|please) )?(dont|do not) tell (my |the )?(carers|carer|staff|"
            "pa|social worker|social|sw|foster [a-z]+)|(dont|do not) tell (anyone|anybody|nobody) "
            "where|(has|have) no idea|since i got kicked out)")
# When the social worker or the police come, the child is hidden.
_AUTHORITY_COMES = ("(when|if|whenever|before) (the )?(social|social worker|social workers|"
                    "socials|sw|police|feds)( [a-z]+){0,2} (come|comes|coming|visits|visit|knock|"
                    "knocks|knocking|calls|call|round)")
_HIDDEN_AWAY = ("((hides|hid|hide|hiding|keeps|kept) (me|us)(?! (a|some|the|my) [a-z]+)|(go|goes|"
                "send|sends|sent|put|puts) (me |us )?(up|in|into) (the )?(loft|attic|wardrobe|"
                "cellar|cupboard)|(says|tells me to|told me to|makes me|have to) (go|stay|hide) "
                "(in|into) (the )?(back room|back bedroom|shed)|not (allowed|meant|supposed) to "
                "be (on paper|here|seen|known)|so (i|we) (dont|do not|wont) (get|be) (took|taken|"
                "sent) back)")
# A night at a stranger's, found online.
_STAYED_AT = ("(sleeping|slept|kipping|crashing|crashed|crash|bunking|bunkin|couch surfing|couch "
              "surfin|sofa surfing|staying|stayin) (at|with|on|in)")
_STRANGER = ("((a|some) (man|guy|bloke|fella) called|strangers|a strangers|(from|off) (snap|"
             "snapchat|insta|instagram|tiktok|discord|an app|the app|online|grindr)|(didnt|dont) "
             "(even )?(know|get) (his|her|their) name|people i (dont|didnt|do not) (really )?know|"
             "older girls flat)")
# A hostel or placement left at night, for a city the child does not know.
_LEFT_AT_NIGHT = ("(left|walked out of|ran from|ran out of|climbed out of) (the |my )?(hotel|"
                  "placement|unit|home|childrens home|hostel|foster [a-z]+)( at| in)( the)? "
                  "(night|midnight)")
_ELSEWHERE = ("((other|another) city|a city i dont know|(dont|do not) know (which|where)|(come|"
              "came) with (a )?car for me|nobodys rung|nobody (has )?(rang|rung|called))")

# --- an unsafe room ----------------------------------------------------------------------------

# The room's defences gone: a lock, a handle, a key.
_LOCK_GONE = ("((lock|handle|key|bolt|latch)( on my door| to my room)? (got |has )?(broke|broken|"
              "went missing|gone|took off|taken off|took of|removed|ripped off)|(took|taken|has) "
              "(the )?(handle|lock|key|bolt) (off|of|to) (my|the) (door|room|bedroom))")
# Someone walking in, trying the door, at night; or the child not sleeping.
_WALKS_IN = ("((?<!brother )(?<!sister )(?<!dog )(?<!cat )(comes|walks|come|walk) (right )?in"
             "( my room)? (whenever|at night|in the night|when (i am|im) (asleep|in bed|"
             "changing|sleeping)|when (his|her) (wife|wifes|husband|husbands)|when (she|he) (is "
             ")?(out|at work))|(tries|trying|tried|tryin) (my|the) (door|handle)|stands over my "
             "bed|in the dark|(havent|not|cant|cannot) (slept|sleep|sleeping)|(said|says) (they|"
             "he|she) (wil|will) (sort|see|visit))")
# Sleeping dressed to run, or behind furniture against the door.
_DEFENDED = ("((sleep|slept|sleeping|go to bed|went to bed) (in|with|w) (my )?(trainers|shoes|"
             "jeans|coat|hoodie|clothes)|(wardrobe|chest of drawers|drawers|chair|desk|bed|"
             "mattress) (i put |i pushed )?(against|behind|in front of) (my|the) door|dragged "
             "(my|his|her) mattress|so i can run|hold it till morning)")
_PRESENCE = ("((?<!cat )(?<!dog )(he|someone|somebody|a man|the man|the lodger|lodger|son|"
             "boyfriend|friend|uncle|staff|night worker|landlord) ([a-z]+ ){0,4}((comes|come|came) "
             "in|(is |was |gets )?in my room|on the landing)|(someone|somebody|he|they) (still "
             ")?(keeps|keep) (moving|shoving|pushing)|(someone|somebody|he|they) (still )?(shoves|"
             "moves) it|waits there|took the key)")
# Someone at the child's door or bed, with menace: not a brother waking me, nor a cake.
_AT_MY_DOOR = ("((?<!brother )(?<!sister )(?<!dog )(?<!cat )(?<!mum )(?<!nan )(stands|standing|"
               "stood|waits|waiting|sat|sits|sitting) (in|at|on|over|by) (my (doorway|door|door "
               "glass|bed|bedroom door)|the landing|the (bedroom|room) door))")
_MENACE = ("(boxers|watching me sleep|watchin me sleep|in the dark|his key|"
           "let himself in|when (she|he|his wife|her husband)( is)? ([a-z]+ ){0,2}(out|at work|on "
           "shift|goes out|asleep)|every time she goes out|when i go for a wee)")
_STANDS_THERE = ("((comes|come|walks|opens (my|the) door) (right )?(in )?and (just )?(stands|"
                 "stood|standing) there)")
_LINGERS = "(a long time|for ages|watching me|staring)"
# A coded threat for tonight, with a weapon.
_SAID_WELCOME = ("((say|says|said|saying) ([a-z]+ ){0,4}(getting|get) (welcomed|the welcome|"
                 "initiated)|(will|going to|gona) ([a-z]+ )?(welcome|visit|see|initiate) (me|you|"
                 "him|her|us|them)|(will|going to|gona) pay (me|you|him|her|us) a visit|(my|the|"
                 "his|her|their) initiation|bedtime surprise)")
_WEAPON = ("(knife(?! and fork)|knives|blade|blades|the kettle|pillowcase|sock full of|batteries|"
           "iron|went hospital|in hospital)")
_TONIGHT = ("(tonight|every night|when (the )?(night )?staff (are|is) (asleep|aslep|gone)|after "
            "lights out|last time)")

PHRASES: Final[dict[str, list[str]]] = {
    "unsafe_home": [
        # A throat to be cut or slit, a threat said by someone.
        "(he|she|they) (wil |would |is going to |gona )?(slit|cut|slash) (my|your|our) throat",
        # The pillow game on my face, till I nearly pass out.
        "(pillow|cushion) ([a-z]+ ){0,3}on my face (till|until|til) i (nearly |almost )?(go to "
        "sleep|pass out|passed out|black out|cant breathe|go dizzy|went dizzy|faint)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A vanishing code, with nights away or the placement left.
    ("missing", (_VANISH, _NIGHTS_AWAY), 16),
    # A night out, and nobody who should know knows.
    ("missing", (_OUT, _UNKNOWN), 16),
    # Hidden when the social worker comes.
    ("missing", (_AUTHORITY_COMES, _HIDDEN_AWAY), 16),
    # A night at a stranger's.
    ("missing", (_STAYED_AT, _STRANGER), 14),
    # A hostel left at night for a city I do not know.
    ("missing", (_LEFT_AT_NIGHT, _ELSEWHERE), 18),
    # A SIM taken, and I don't come back.
    ("missing", ("(took|take|taken|tok) my (sim|sim card)", "i (dont|wont|will not) come back(?! "
                                             "(to|for|in|on|at|till|until|here)(?![a-z]))"),
     16),
    # The lock gone, and someone walking in or trying the door.
    ("unsafe_home", (_LOCK_GONE, _WALKS_IN), 18),
    # Sleeping dressed to run, or barricaded, and someone who comes in.
    ("unsafe_home", (_DEFENDED, _PRESENCE), 18),
    # Someone at the door or the bed, with menace.
    ("unsafe_home", (_AT_MY_DOOR, _MENACE), 14),
    ("unsafe_home", (_STANDS_THERE, _LINGERS), 12),
    ("unsafe_home", ("(lodger|a man|the man|uncle|son|boyfriend|fella|he) (waits|stands|is waiting|"
                     "hangs about) (there|on the landing|outside the (bathroom|toilet))",
                     "when i go for a (wee|pee)"), 10),
    # Someone on the landing again, and the child not sleeping.
    ("unsafe_home", ("(he is|hes|someone is|a man is|the man is) on the landing again(?! "
                     "[a-z]+ing(?![a-z]))",
                     "(not|cant|wont|cannot) (sleeping|sleep)( tonight)?"), 10),
    # A man who takes my food and says I am next.
    ("unsafe_home", ("(man|bloke|guy|fella|lodger|landlord|resident|he) ([a-z]+ ){0,6}(takes|took|"
                     "steals|stole) my (food|stuff|money|things|dinner)", "(said|says|saying) (i "
                     "am next|im next|next (he|they) (take|takes|wil take|will take|is taking) me|"
                     "(he|they) (wil|will) take me next)(?! (to|in|on|for|at|up)(?![a-z]))"), 16),
    ("unsafe_home", ("(landlord|lodger|[a-z]+ son|boyfriend|fella) in my (room|bedroom) with his "
                     "key", "(sat|sitting|standing|stood) (on|by|over) my bed"), 14),
    # A welcome, a visit or a surprise for tonight, with a weapon.
    ("unsafe_home", (_SAID_WELCOME, _WEAPON, _TONIGHT), 20),
    # A man who stays and asks which room is mine.
    ("unsafe_home", ("(a man|a guy|a bloke|carers (friend|mate|boyfriend)|her (friend|mate)|friend "
                     "from work|uncle|lodger) ([a-z]+ ){0,3}(stays|staying|stayed|sleeps over)",
                     "(asks|asked|asking|wants to know) (me )?(which|what) (room|bedroom) (is "
                     "mine|i am in|i sleep in)(?! so (he|she|they) can)"), 20),
    # A night worker who lets his mates knock on the girls' doors.
    ("unsafe_home", ("(lets|let|letting) (his|her|their) (mates|friends|boys|pals) in",
                     "knocking on (the )?(girls|our|my|peoples|bedroom) doors"), 16),
    # A man who keeps coming to the home, asking for me by name.
    ("unsafe_home", ("(a man|some man|a guy|a bloke) (keeps|kept) (coming|turning up) to (the )?"
                     "(back gate|gate|door|window|home)", "asking for me(?! to)"), 14),
    # An ex found the flat, outside for nights.
    ("unsafe_home", ("(my ex|ex boyfriend|babys dad|baby dad|babydad) ([a-z]+ ){0,2}(found|knows|"
                     "found out) (where|my address|the address|my flat|the flat)",
                     "outside (([0-9]+|to|for|two|three|four|five|every) nights|every night|all "
                     "night)"), 16),
    # Someone in my room while I was out, the underwear drawer, a note.
    ("unsafe_home", ("(been|was|went) in my (room|bedroom)", "(underwear|knickers|pants|bra) "
                     "drawer", "(note|message) (saying|sayin|that said|says) (tonight|soon|next|"
                     "i am watching|im watching|see you)"), 20),
)
