"""Physical and sexual abuse told hedged or as a question, by the shapes a sixth corpus showed.

The sixth hand's corpus (``tests/corpora/sixth_hand``) tells abuse as a child unsure it
"counts": "does it still count if", "is it normal that", "was only open hand tho", "my friend
said", a joke emoji after it. Strip the hedge and what is left is who did what to whom, often
told as the act itself or what it left, with no word for abuse (NSPCC signs of physical and
sexual abuse; Working Together to Safeguard Children):

- physical: held round the neck or by the throat; a bone promised to snap; grip or finger marks,
  bruises all up an arm and a promise not to say; dragged or yanked by the hair or an arm so hard
  it leaves marks; knelt or sat on until they cannot breathe; a grown-up's slap or "hiding"; a
  slipper or a spoon "and not a hand"; PE missed so nobody sees the marks; the story told and
  "it wasnt"; used as a punching bag; thrown at a wall; Welsh, hit with a belt or a stick;
- sexual: a hand inside clothes; private parts touched; a bottom grabbed "as banter"; a lap
  when nobody is home and "he gets funny"; not wanting to stay "because of what he does" at bath
  time or when a grown-up sleeps; made to undress for a dare or a picture; a "no clothes game";
  made to touch someone; forced after "no"; a lock taken off a bathroom a grown-up walks into;
  "something happened" with a coach and "my fault"; kissed "like a boyfriend".

Fresh wordings of each shape, written before the rules and measured at first sight, are batch
(xb) of ``tests/corpora/adversarial.txt``; the ordinary answers nearest each rule (a hug round
the neck, a rope swing, grip marks on a window, a rugby bruise, a doctor's check, a brother who
walks in) are a block of ``tests/corpora/near_misses.txt``. ``PHRASES`` are in the syntax of
``surveys.concern_frames``; ``CLAUSES`` are ``(category, parts, window)`` for
``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

# Grown-ups at home or in care (not classmates or brothers: harm between children is bullying).
GROWN_UP = ("(dad|mum|mam|mummy|daddy|step dad|step mum|stepdad|stepmum|carer|carers|foster "
            "(carer|carers|dad|mum|mam|mother|father|parents)|uncle|auntie|aunt|aunty|nan|nana|"
            "nain|grandad|taid|grandma|gran|parents|boyfriend|girlfriend|partner|fella|key "
            "worker|keyworker|night worker|worker|staff|lodger|social worker)")
# Where a child is held by.
_NECK = ("(neck|throat)(?! of)(?!( [a-z]+){0,2} (headlock|hug|cuddle|play|playfight|messing|joke|"
         "game))")
_BODY = ("(arm|arms|leg|legs|neck|back|wrist|wrists|face|body|shoulder|shoulders|thigh|thighs|"
         "chest|side|ribs|tummy|belly)")
_MARKS = "(bruises|bruses|bruise|bruising|marks|welts|cuts)"
_SECRET = ("((pinky )?promise not to (say|tell)|said not to (say|tell)|not to say|told (me|him|her"
           "|us) not to (say|tell)|dont (say|tell) anyone)")
_DRAGGED = ("(drag|drags|dragged|dragging|yank|yanks|yanked|yanking|pull|pulls|pulled|pulling|"
            "grab|grabs|grabbed|grabbing|haul|hauled)( [a-z]+){1,6} by (the|my|his|her|their|your) "
            "(hair|arm|arms|ear|ears|neck|collar|hoodie|hood|jumper|top|shirt)")
_DRAGGED_BY_HAIR = ("(drag|drags|dragged|dragging|yank|yanks|yanked|yanking|pull|pulls|pulled|"
                    "pulling|grab|grabs|grabbed|grabbing|haul|hauled)( [a-z]+){1,6} by (the|my|"
                    "his|her|their|your) (hair|ear|ears|neck|throat)")
_HURT_BY_IT = ("(so hard|screamed|scream|cried|crying|marks|bruise|bruises|bruised|hurt|up the "
               "stairs|down the stairs|across the|down the hall|along the|out of (bed|the|my))")
_CANT_BREATHE = ("(couldnt|could not|cant|can not|cannot|struggling to|struggled to|hard to) "
                 "(breathe|breath|breathing)(?! (for|from) (laughing|laughter))")
_KNELT_ON = ("(kneel|kneels|kneeling|knelt|sat|sit|sits|sitting|lay|lies|lying|pinned|pinning|"
             "pressed|pressing|leaning|leant) (on|onto|across) (my|his|her|their|me|him|her) "
             "(back|chest|neck|head|throat)")
_BLOW = ("(gave|give|gives|giving) (me|him|her|us|my [a-z]+( [a-z]+)?) (a |an )?(proper |good |big "
         "|hard |right )?(slap|smack|clout|whack|hiding|hidin|beating|kicking|punch|backhander|"
         "leathering|belting|thump|battering|pasting|thrashing)(?! (on the (back|shoulder)|for "
         "(scoring|winning))(?![a-z]))(?! (at|in) (football|cards|fifa|chess|pool|darts|"
         "monopoly|uno|the game|the match|it|tennis|badminton|snooker|golf|ludo|mario kart|"
         "fortnite|scrabble|swingball|the final|the quiz|the race)(?![a-z]))")
_THROWN = ("(threw|throws|throw|chucked|chucks|chuck|flung|flings|lobbed|hurled|slammed|slams) "
           "(me|him|her|us|my (little |big |baby )?(brother|sister|bro|sis))( [a-z]+)? (across|"
           "against|into|down|onto|at|over) (the )?(room|sofa|settee|couch|wall|walls|floor|"
           "stairs|table|door|fridge|radiator|kitchen|wardrobe)(?!( [a-z]+){0,3} (play|playing|"
           "playfight|game|laughing|tickle|tickling|messing|for fun|loves it))")
_INJURY = ("(black eye|bruise|bruises|lump|burn|cut|fat lip|split lip|marks|broken (arm|wrist|"
           "finger|nose)|scratches|bite marks)")
_STORY_TOLD = ("(told|tell|said|say|telling|saying)( [a-z]+){0,3} (it was|i) (from |at |playing |"
               "in )?(football|rugby|pe|the trampoline|trampoline|fell|fall|falling|tripped|walked "
               "into|off my bike|the stairs|an accident|the door|a door|boxing|netball|training)")
_NOT_TRUE = ("((wasnt|was not) (football|rugby|pe|the trampoline|trampoline|an accident|a fall|"
             "from [a-z]+)|(i|it) didnt (fall|trip|walk into)|i didnt$|(it was|it is) a lie|not "
             "(really )?(football|an accident|the trampoline))")
_HIDDEN_AT_PE = ("(out of|skip|skipped|miss|missed|bunk|bunked|skive|skived|avoid|avoided|didnt "
                 "do|dont do|wont do|sit out|sat out) (pe|swimming|games|p e|changing|the changing "
                 "rooms|sport)")
_SEEN = ("(see|seeing|sees|saw|notice|noticing|look at|looking at|spot) (my|the) (back|marks|"
         "bruises|bruising|scars|burns|welts)")
# Clothes a hand goes inside, and parts of the body children name.
CLOTHES = ("(trousers|pants|knickers|shorts|skirt|top|bra|pyjamas|pjs|joggers|nightie|"
           "nightdress|boxers|undies|jeans|leggings|tights|clothes|dress|school skirt)")
_PRIVATES = ("(privates|private parts|private bits|private area|willy|fanny|minge|front bottom|"
             "down there|girly bits|boy bits|vagina|penis|genitals)")
_UNDRESSED = ("((pull|pulls|pulled|pulling|take|takes|took|taking|get|got|lift|lifted) (his|her|my|"
              "their|our|your) (pants|trousers|knickers|top|clothes|shorts|bra|undies|boxers|skirt|"
              "dress|pyjamas|t shirt|shirt|joggers) (down|off|up)|strip(?! (the|my|his|her) "
              "(bed|beds|wallpaper|paint))|stripped|get naked|got naked|undress|undressed)")
_MADE = ("(made|makes|make|making|forced|forces|dared|dares|told|tells|asked|asks|wanted|wants|"
         "got|gets)")
_SEEN_OR_DONE = ("(do stuff|do things|did stuff|did things|filmed|film|filming|(?<!team )photos|"
                 "(?<!team )photo|pictures|picture|pics|pic|videos|video|snap|snapchat|dare|touch|"
                 "touched)")

PHRASES: Final[dict[str, list[str]]] = {
    "physical_abuse": [
        # Held round the neck or by the throat.
        "(grab|grabs|grabbed|grabbing|had|has|got|pin|pins|pinned|pinning|hold|holds|held|holding"
        "|lift|lifted|lifts|squeeze|squeezed|choke|choked|chokes) (me|you|him|her|us|my [a-z]+"
        "( [a-z]+)?)( up)?( against (the|a) (wall|door|fridge|floor|window|wardrobe))?( up)?"
        "( off (the|my) (floor|ground|feet))? (by|"
        f"round|around) (the|my|your|his|her|their) {_NECK}",
        # A bone promised to snap.
        "(he|she|they|he would|she would|they would|he wil|she wil|they wil)( is going to| was "
        "going to| are going to)? (snap|break|brake|smash) (my|me|your) (arm|arms|leg|legs|neck|"
        "fingers|finger|wrist|jaw|nose|face|teeth|ribs|back|knees|head)(?! (lol|jk|haha|joking|"
        "lmao)(?![a-z]))",
        # Grip or finger marks on someone.
        "(finger|fingertip|grip|hand|handprint|hand print|thumb) (marks|bruises|bruising|prints)"
        f"( [a-z]+){{0,2}} (on|up|round|all over|all up|down) (me|him|her|them|(my|his|her|their) "
        f"{_BODY})",
        # A slipper or a spoon "and not a hand".
        "(with|wiv|wi|using) (a |the |his |her |my )?(slipper|belt|shoe|wooden spoon|spoon|stick|"
        "cane|hairbrush|brush|hanger|coat hanger|ruler|cable|wire|flip flop|sandal|trainer) (and|"
        "not|instead of|but not|rather than)( not)? (a |the |his |her |their |your )?(hand|fist|"
        "hands|fists)",
        # Used as a punching bag.
        "(uses|used|using|use) (me|him|her|us|them|my [a-z]+( [a-z]+)?) (as|like) (a|his|her|their"
        "|a human|his own|her own) (punching bag|punchbag|punch bag|punching ball|human punchbag)"
        "(?! (in|at|for) (boxing|training|sparring|the gym|practice|drills))",
        # Welsh: hit with a belt, a stick or a slipper.
        "(bwrw|bwrodd|taro|tarodd|curo|curodd|hitio|hitiodd|waldio|waldiodd|slapio|cicio|ciciodd) "
        "(fi|ni|fo|hi|nhw|fy [a-z]+|i|mi)( [a-z]+)? (gydar|gyda|efor|efo|hefo|hefor|gydag) (y |r |"
        "a |ei )?(belt|gwregys|ffon|ffyn|sliper|slipars|llwy|esgid|stick|cebl|brwsh)",
    ],
    "sexual_abuse": [
        # A hand inside clothes.
        "(put|puts|putting|stuck|sticks|shoved|shoves|slid|slides|slips|slipped|has|had|moved|"
        "moves) (his|her|their|a) (hand|hands|fingers|finger)( on my [a-z]+ and)? (in|into|down|"
        "inside|up|under) (my|"
        f"your|her|his|their|our) {CLOTHES}",
        # Private parts touched.
        "(touch|touches|touched|touching|feels|felt|feeling|rubs|rubbed|rubbing|grabs|grabbed|"
        "grabbing|plays with|played with|strokes|stroked) (my|her|his|their|your|our|me on my|her"
        f" on her|him on his) {_PRIVATES}",
        # A bottom grabbed by a grown-up "as banter".
        f"({GROWN_UP}|one of the staff|man|men|he|teacher|coach)( keeps| kept| always)? (grabbing|"
        "grabs|grabbed|touching|touches|touched|squeezing|squeezes|squeezed|slapping|slaps|"
        "slapped|pinching|pinches|pinched|feeling|feels|felt|stroking|strokes) (my|her|his) (bum|"
        "backside|arse|ass|bottom|butt|bum cheeks)",
        # Not wanting to stay because of what he does at bath time or while a grown-up sleeps.
        "(because|of|and) (of )?what (he|she|they|his (mate|friend|brother|son)|her (boyfriend|"
        "partner|fella|son)|my [a-z]+|uncle [a-z]+|[a-z]+) (does|did|do|keeps doing)( to (me|us|"
        "her|him|my [a-z]+))? (at|when|in|during|after) (bath time|bathtime|bath|the bath|the "
        "shower|(she|he|mum|mam|mums|mams|nan|nans|dad|dads|everyone|they|grandad)( is| are)? "
        "(asleep|out|at work|in bed|sleeping))",
        "(because|of) (of )?what (he|she|they|his (mate|friend|brother|son)|her (boyfriend|partner"
        "|fella|son)|my [a-z]+|uncle [a-z]+|[a-z]+) (does|did|do|keeps doing) to (me|us|her|him|"
        "my [a-z]+) (at|in|during|after) (bedtime|bed time|night|night time|nighttime|sleepovers|"
        "my room)",
        # A "no clothes game".
        "(no clothes|naked|nudey|nudie|nudy|undressing|undress|strip|secret touching|touching|"
        "willy|private|privates) (game|games)",
        # Made to touch someone.
        "(makes|made|make|making|forces|forced|force|gets|got|tells|told) (me|him|her|us|them|my "
        "[a-z]+( [a-z]+)?|our [a-z]+( [a-z]+)?) (to )?(touch|suck|lick|rub|stroke|feel) (him|her|"
        "it|them)(?! (with|in (tag|tig|it|the game|a game)|at|on the (arm|shoulder|head|back)|"
        "first|back)(?![a-z]))",
        # Kissed like a boyfriend.
        "(kisses|kissed|kissing|kiss|snogs|snogged|snogging) (me|her|him|us)( on the (lips|mouth))?"
        " (like|as if|the way) (a|my|her|his|i am|he is|she is|your) (boyfriend|girlfriend|husband"
        "|wife|lover|partner)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A neck squeezed until they go dizzy or cannot breathe.
    ("physical_abuse", ("(squeeze|squeezes|squeezed|squeezing|press|presses|pressed|pressing|grip|"
                        "grips|gripped) (my|his|her|your) (neck|throat)(?! (pillow|cushion|"
                        "support|brace|muscle|muscles))",
                        "(dizzy|couldnt breathe|cant breathe|black out|blacked out|pass out|passed "
                        "out|went red|go red|purple|(til|until) (i|he|she) (cry|cried))"), 12),
    # Arms round the neck squeezed until they could not breathe, whoever did it and however it
    # began ("hugged me round the neck and squeezed").
    ("physical_abuse", ("(round|around|on) (my|his|her|your|the) (neck|throat)",
                        "(squeeze|squeezes|squeezed|squeezing|tighter|pressed|pressing) (til|until|"
                        "so hard|so tight|that hard|that tight)( that)? (i|he|she) (couldnt|could "
                        "not|cant|can not|cannot|nearly couldnt) (breathe|breath)"), 14),
    # Bruises all up an arm, and a promise not to say.
    ("physical_abuse", (f"{_MARKS} (all )?(up|over|down|on) (my|his|her|their) {_BODY}",
                        _SECRET), 18),
    # Dragged or yanked by a grown-up by the hair, or by an arm hard enough to hurt.
    ("physical_abuse", (_DRAGGED_BY_HAIR, GROWN_UP), 14),
    ("physical_abuse", (_DRAGGED, _HURT_BY_IT), 14),
    # Knelt or sat on until they could not breathe.
    ("physical_abuse", (_KNELT_ON, _CANT_BREATHE), 16),
    # A grown-up's slap or "hiding".
    ("physical_abuse", (_BLOW, GROWN_UP), 10),
    # Thrown at a wall or across a room by a grown-up.
    ("physical_abuse", (_THROWN, GROWN_UP), 12),
    # An injury, the story told about it, and "it wasnt".
    ("physical_abuse", (_INJURY, _STORY_TOLD, _NOT_TRUE), 20),
    # PE missed so nobody sees the marks.
    ("physical_abuse", (_HIDDEN_AT_PE, _SEEN), 16),
    # A lap when nobody is home, and "he gets funny".
    ("sexual_abuse", ("(sit|sat|sits|sitting|wants (me|her|him|you) sat) (me |you |her |him )?"
                      "on (his|their|her) (lap|knee|knees)",
                      "(when (mum|mam|mums|mams|nan|nans|nobody|no one|noone|everyone|she|he|they)"
                      "( is| are)? (at|out|asleep|home|not|gone|in bed|away)|gets funny|goes funny|"
                      "funny about it|weird|hard|breathes|breathing|moves|moving|rubs|rubbing|"
                      "wriggle|on our own|secret)"), 16),
    # Made to undress for a dare or a picture.
    ("sexual_abuse", (_UNDRESSED, _MADE, _SEEN_OR_DONE), 16),
    # Forced after "no".
    ("sexual_abuse", ("(forced (me|her|him)(?! to)|forced himself on|(kept going|carried on|didnt "
                      "stop|wouldnt stop)(?! on| to| out| back))",
                      "((i|she|he) (said|kept saying|was saying|told him|screamed) no|even though "
                      "(i|she) said no|after (i|she) said no)"), 12),
    # A lock a grown-up took off or broke, and they walk in on a bath or a shower.
    ("sexual_abuse", ("((took|takes|taken|removed|removes|unscrewed|broke|broken|bust|busted)"
                      "( [a-z]+){0,2} (lock|locks|bolt)|(lock|locks|bolt)( [a-z]+){0,3} (off|"
                      "broke|broken|bust|removed))",
                      # Not a little brother or sister, whose walking in is a nuisance.
                      "(?<!brother )(?<!sister )(?<!brother keps )(?<!sister keps )(?<!brother "
                      "keeps )(?<!sister keeps )(walks|walked|comes|came|barges|barged|keeps "
                      "coming|keeps walking) in",
                      "(shower|bath|getting changed|getting dressed|naked|undressed|toilet)",
                      f"((he is|she is) the one (who|that) (broke|took|removed)|{GROWN_UP}|man|"
                      "teacher)"), 26),
    # "Something happened" with a coach or a teacher, and "my fault".
    ("sexual_abuse", ("something (happened|happens|went on|goes on|has happened)( [a-z]+)? (with|"
                      "between me and) (my |the |a |our )?([a-z]+ )?(teacher|coach|tutor|"
                      "instructor|staff|carer|youth worker|driver|taxi driver|sir|leader|scout "
                      "leader|priest|imam)",
                      "(let him|i let|my fault|said yes|i wanted|up for it|secret|cant tell|dont "
                      "tell anyone|get done)"), 20),
)
