"""Physical and sexual abuse in a small child's words for the body and for people, and a young
adult's.

The thirteenth blind hand (``tests/corpora/thirteenth_hand``) was written at both ends of the age
range. A child of four to eight tells a hurt with the words of the nursery: grown-ups "shaked"
or "holded" or "hurted" them, the reason is theirs ("becos I was naughty", "wen I cry", "becos I
wet the bed"), breath is "breeve", a bruise is an "owie", the body is a "minnie", a "willy" or a
"front bottom", a hush is "shhh good girl", and a child with a talker says it in single words.
A young adult tells it of a flatmate, a manager or a mentor. The older rules know a teenager's
verbs and a teenager's words for the body, so these are what they missed. Each rule reads the
*voice* beside the part that makes it harm, never the voice alone (a bath, a nappy, a poorly
bottom, the doctor, a hug and a play fight are everyday):

- physical: a hurt done to the child in a small child's verbs (shaked hard, a hand held on the
  radiator, an arm twisted or pulled, a hand burnt, punched) × the child's own small reason for
  it (naughty, crying, a spill, a wet bed, flapping hands); pressed or held under × no breath;
  an arm pulled up the back × it cracked or the child cried; a smack with a belt, a spoon or a
  slipper × the lines, marks or silence after; an "owie" that is "from" a grown-up;
- sexual: a man's touch, poke or hurt on a small child's word for the private parts × a hush, a
  "game", the sting after, crying or the night; a telegraphic "man touch front bottom";
  pants off × a man × sore, hurt or the night; photos of the child with no clothes on × kept on
  his phone or told to smile; held down × "I said no" × a flatmate, a party or drinks; a
  manager, mentor or tutor who touches or presses himself on the young adult × "banter",
  "normal", freezing or not liking it.

The set-asides (``SET_ASIDE``) are ordinary answers the older rules read in the same voices: a
head banged doing roly polys, a push on the swing, a push at breakfast club that was an accident,
a tickle, an arm caught in a slip, a bruise from an operation, a nurse's check, a story on
grandad's knee. Left to the learned layer: a drawer gone through in a room nobody should enter
(a parent looking for socks reads the same). Fresh wordings of each shape, written before the
rules, are batches rm and rn of ``tests/corpora/adversarial.txt``; the ordinary answers nearest
them are the block "thirteenth hand voices, body" of ``tests/corpora/near_misses.txt``. Harm at
home in the same voices is in ``surveys.concern_voice_home``. Same syntax as
``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- shared ------------------------------------------------------------------------------------

# A small child's own reason for what was done to them: a fault, a cry, an accident, a need.
CHILD_FAULT = ("((becos|because|cus) i (was|am|were|got) (naughty|bad|silly|cheeky|slow|loud|"
               "rude|crying|too loud)|(becos|because|cus) i (spilt|spilled|spill|cried|cry|wet|"
               "did a wee|did a poo|had an accident|wouldnt|didnt|dropped|broke|tuched|touched|"
               "flapped|screamed|made a mess|woke|talked)|when i (cry|cried|scream|"
               "screamed|flap|flapped|make a mess|made a mess|wet|spill|spilt|dont eat|wont eat|"
               "wouldnt eat|talk back|am naughty|was naughty|am bad|was bad|do a wee|did a wee|"
               "have an accident|had an accident|get it wrong|got it wrong))")
# Someone else's hand, never the child's own ("i burnt my hand", "i twisted my ankle").
_NOT_ME = "(?<!i )(?<!physio )(?<!physiotherapist )(?<!nurse )(?<!doctor )(?<!dentist )"

# --- physical: a hurt in a small child's verbs ----------------------------------------------------

_HOT_OR_HARD = ("(the )?(hot |cold )?(radiator|cooker|hob|oven|fire|iron|kettle|heater|toaster|"
                "hot tap|door|wall|floor|table)")
HURT_ME = (f"{_NOT_ME}((shakes|shaked|shook|shaking|shooked) me ((really|reely|rely|so|super|"
           "very|proper) )?(hard|lots|about|around)|(held|holded|holds|hold|put|puts|putted|"
           "pushed|pushes|pressed|presses|burnt|burned|burnded|burns) my (hand|hands|fingers|arm|"
           f"face|head) (on|in|onto|against|into|under) {_HOT_OR_HARD}|(twisted|twists|twisted|"
           "pulled|pulls|yanked|yanks|bent|bends|squeezed|squeezes) my (arm|arms|ear|ears|fingers|"
           "wrist|neck|throat) (so |really |reely )?(hard|round|back|up)|(burnt|burned|burnded|"
           "hurted|hurt|hurts) my (hand|hands|fingers|arm|arms|leg|legs|face|head|back|neck|ear|"
           "tummy)|(punched|punches|hitted|hited|smacked|slapped|kicked|whacked|bashed) (me|it|"
           "my (face|head|tummy|back|legs|leg|arm|ear|bottom|botty)))")
# Pressed on, held under or smothered, by someone or something that is not a pet.
_PRESSED = (f"{_NOT_ME}(?<!dog )(?<!cat )(?<!puppy )(?<!wave )(?<!waves )(?<!current )(("
            "squished|squashed|squishes|squashes|squeezed|squeezes) me|(sits|sat|sitting|lies|lay|"
            "lying|kneels|knelt|kneeling|leans|leaned) on (me|my (chest|back|tummy|neck))|(holds|"
            "held|holded|pushes|pushed|keeps|kept|puts|put) (me|my head|my face) under( the (water|"
            "bath|tap))?)")
_NO_BREATH = ("(cant|couldnt|cannot|can not|could not|cudnt) (breathe|breve|brethe|breath|"
              "breth)(?! (for|from|through|with|properly through|cos i was laughing|because i "
              "was laughing|in the)(?![a-z]))")
# An arm pulled up the back till it gave.
_ARM_BACK = (f"{_NOT_ME}(pulled|pulls|twisted|twists|bent|bends|yanked|yanks|shoved|pushed) "
             "(it|my arm|my arms|my hand) (round|behind|up|up behind) my back")
_IT_GAVE = ("(went crack|it cracked|crack|snap|snapped|hurted|it hurt|it hurts|shut up crying|"
            "stop crying|i cried|i screamed)")
# A smack "with" a thing, given to the child, and what it left or what the child must say.
_SMACK_WITH = ("(i got|i get|i got a|gave me|gives me|give me|got me) (a )?(big |hard |proper )?"
               "(smack|smacks|whack|whacks|hiding|slap|hit|belting|wallop) with (the|a|his|her|"
               "dads|mums|mumys) ([a-z]+ ){0,2}(belt|spoon|wooden spoon|slipper|shoe|(?<!hockey )"
               "(?<!pogo )(?<!glow )stick|ruler|hairbrush|brush|lead|cable|wire|buckle)")
_AFTER_SMACK = ("(lines|marks|stripes|red|bled|bleeding|owie|owies|sore|dont tell|not tell|or i "
                "get another|i cried|i cry)")
# An owie or a bump "is from" a grown-up: never the playground, a cat or a slide.
_GROWN = ("(dad|mum|nany|nanny|nana|grandad|auntie|aunty|uncle|step dad|stepdad|step "
          "mum|stepmum|him|her|the man|the big man|the lady|staff|my carer|carer|"
          "foster dad|foster mum)")
_OWIE_FROM = (f"(owie|owies|ouchie|boo boo|bruise|bump|mark|marks|sore|poorly) on my [a-z]+ (is|"
              f"are|was|were|came) from {_GROWN}(?![a-z])(?! [a-z]+ing(?![a-z]))")

# --- sexual: a small child's words for the body -------------------------------------------------

SMALL_PRIVATES = ("(minnie|minny|willy|winky|front bottom|foof|tuppence|privates|private parts|"
                  "private bits|wee wee|noo noo|pee pee|twinkle|nunny|fairy|bottom|botty|bum)")
_MAN = ("(he|him|man|the man|a man|men|uncle|grandad|dad|step dad|stepdad|big boy|the big "
        "boy|boyfriend|mummys friend|mumys friend|mums friend|nanys man|lodger)")
_TOUCHES = (f"{_NOT_ME}(touch|touches|touched|touching|tuched|tuches|poke|pokes|poked|poking|rub|"
            "rubs|rubbed|lick|licks|licked|hurt|hurts|hurted|pinch|pinches|pinched|tickle|"
            "tickles|tickled|feel|feels|felt|kiss|kisses|kissed|put (his|her) (hand|hands|"
            "finger|fingers) (on|in|inside|down|up))")
_ON_MINE = f"{_TOUCHES} (me on |me in )?my {SMALL_PRIVATES}"
# A talker's single words: "man touch front bottom".
_TELEGRAPHIC = ("(man|men|uncle|big boy|boy) (touch|touched|hurt|hurted|poke|rub) (me )?(front "
                "bottom|willy|minnie|privates|foof|tuppence|winky|bottom|bum)")
_HUSH = ("(sh|shh|our (game|secret|special game|little secret)|its (a|our) (game|secret)|good girl|"
         "good boy|(dont|not|never) tell|(it|that|my [a-z]+) (stings|stinged|hurts|hurted|is sore"
         "|was sore|bleeds|bled)|i cry|i cried|i am crying|i was crying|under the (blanket|covers|"
         "duvet|quilt)|at night|in the night|every sleep|when i (sleep|am asleep|was asleep))")
_PANTS_OFF = "(pants|knickers|nappy|trousers|pyjamas|jamas|jammies) (of|down)"
_A_MAN = "(man|men|uncle|big boy|big boys|boy|mummys friend|mumys friend|nanys man|lodger)"
_SORE_OR_NIGHT = "(sore|hurt|hurts|hurted|stings|cry|cried|secret|sh|bed|night|dark)"
# Photos of the child bare, kept on his phone or with a hush.
_PICS = ("((takes|took|taking|take|taked|does|did) (fotos|foto|photos|photo|pictures|picture|pics|"
         "pic|videos|video)( of me)?|(fotos|foto|photos|photo|pictures|picture|pics|videos) of me)")
_NO_CLOTHES = ("(with no clothes|no clothes on|naked|nothing on|with my clothes of|with no "
               "pants|no pants on|no knickers on|in my (pants|knickers)|in the nuddy|in my "
               "birthday suit)")
_HIS_KEEPING = ("((on|to|in) (his|the man|the mans) (phone|camera|ipad|laptop|tablet|computer)|"
                "(sed|said|says) smile|(dont|not|never) tell|secret|sh)")

# --- sexual: a young adult's flatmate, manager or mentor ----------------------------------------

_HELD_DOWN = "(held|holds|hold|holding|pinned|pins|pin|pinning) me down"
_SAID_NO = ("(i said no|i told (him|her|them) no|i kept saying no|i was saying no|i said stop|i "
            "told (him|her|them) to stop|i said no more than once)(?! (fair|more haha|more "
            "tickles)(?![a-z]))")
_ADULT_NIGHT = ("(flatmate|housemate|flatmates|housemates|boyfriend|ex|his mate|a lad|a guy|my "
                "date|after the party|after drinks|after a night out|last night|drunk|at the "
                "party|at his)")
_ROLE = ("(manager|boss|supervisor|mentor|tutor|lecturer|support worker|key worker|driver|"
         "instructor|landlord|colleague|team leader)")
_PRESSES = ("((touch|touches|touched|touching) (me|each other|my (leg|legs|thigh|thighs|bum|bottom|"
            "chest|waist|knee|hair|boobs))(?! (base|up on))( like that)?|(press|presses|pressing|"
            "pressed|rubs|rubbing|rubbed|grinds|grinding) (himself|his body|up) (against|on|into) "
            "me)")
_BRUSHED_OFF = ("(just banter|its banter|(its|it is) (normal|what friends do|only a joke|just a "
                "joke|our secret)|i froze|i dont like it|i hate it|i told him to stop|makes me "
                "(feel sick|uncomfortable))")

# A part that opens with a look-behind (``_NOT_ME``) is never the first: the first parts are
# filed by their first letters (``surveys.concern_alternation``), and a look-behind has none.
CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A hurt in a small child's verbs, and the child's small reason for it.
    ("physical_abuse", (CHILD_FAULT, HURT_ME), 12),
    # Pressed on or held under, and no breath.
    ("physical_abuse", (_NO_BREATH, _PRESSED), 14),
    # An arm pulled up the back till it cracked or the child cried.
    ("physical_abuse", (_IT_GAVE, _ARM_BACK), 10),
    # A smack with a belt or a spoon, and the lines it left or the silence after.
    ("physical_abuse", (_SMACK_WITH, _AFTER_SMACK), 18),
    # A man's touch on a small child's word for the body, and a hush, a game, a sting or night.
    ("sexual_abuse", (_HUSH, _ON_MINE, _MAN), 20),
    ("sexual_abuse", (_TELEGRAPHIC, _SORE_OR_NIGHT), 8),
    # Pants off, a man, and sore or the night: a talker's single words.
    ("sexual_abuse", (_PANTS_OFF, _A_MAN, _SORE_OR_NIGHT), 8),
    # Photos of the child with no clothes on, kept on his phone or with a hush.
    ("sexual_abuse", (_PICS, _NO_CLOTHES, _HIS_KEEPING), 20),
    # Held down, "I said no", a flatmate or a party.
    ("sexual_abuse", (_HELD_DOWN, _SAID_NO, _ADULT_NIGHT), 20),
    # A manager or a mentor who touches or presses himself on the young adult, brushed off.
    ("sexual_abuse", (_ROLE, _PRESSES, _BRUSHED_OFF), 24),
)

PHRASES: Final[dict[str, list[str]]] = {
    "physical_abuse": [_OWIE_FROM],
}

# --- set aside: the same voices in everyday play, care and a hug --------------------------------

_TUMBLE = ("(roly polys|roly poly|forward rolls|forward roll|cartwheels|cartwheel|handstands|"
           "somersaults|the climbing frame|soft play|the slide|the trampoline|the bouncy castle|"
           "gymnastics|the monkey bars|the sofa|my bed|the table|the cupboard door)")
_RIDE = "(swing|swings|roundabout|trike|bike|scooter|sledge|go kart|tyre swing|buggy|pram)"
_CLINICIAN = "(the )?(nurse|doctor|doctors|gp|school nurse|dentist)"
SET_ASIDE: Final[dict[str, list[str]]] = {
    "physical_abuse": [
        # A head banged doing roly polys or on the climbing frame: the child's own tumble.
        f"(banged|bumped|hit|bashed) my head (doing|on|at|in|off) {_TUMBLE}",
        # Pushed on a swing; pushed off a bench "but it was a accident".
        f"([a-z]+ ){{0,2}}(pushes|pushed|push|pushing) (me|us) on (the|a|my|our) (big |little )?"
        f"{_RIDE}",
        "(pushed|knocked|bumped) me (off|over)( [a-z]+){0,3} but it was (a|an) accident",
        # Held down and tickled; an arm caught in a slip.
        # Never when what follows is a tickle "till I can't breathe" or till it hurt.
        "([a-z]+ ){0,3}(held|holds|pinned|pins) me down (and|to) (tickle|tickled|tickles)( me)?"
        "(?!( [a-z]+){0,5} ((cant|couldnt|cannot) (breathe|breve)|hurt|hurts|hurted|cry|cried|"
        "crying|sick|wet|bled|bleed|bruise|bruises)(?![a-z]))",
        "(grabbed|caught|held) my (arm|hand) (when|as|before) i (slipped|fell|tripped|slid)",
        # A black eye from an operation.
        "(black eye|bruise|bruises|bruised eye) from (her|his|my) (eye )?(operation|op|surgery|"
        "injection|jab)",
    ],
    "sexual_abuse": [
        # A nurse's or a doctor's check of a sore part, to see it had healed.
        f"{_CLINICIAN} (touched|touches|looked at|checked) my {SMALL_PRIVATES} to (check|see|"
        "look)( it| if)?",
        # A tutor who "touches base": a word for keeping in touch, run only over harmless words.
        "(touch|touches|touched|touching) base( (?!(touch|touches|touched|touching|me|my|kiss|"
        "kisses|hand|hands|body|secret|private|privates) )[a-z0-9]+){0,8}",
        # A story on grandad's knee.
        "sit on (his|her) knee and (we )?(read|reads|watch|watches|play|plays|sing|sings)",
    ],
}
