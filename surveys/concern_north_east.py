"""Harm at home told in the North East's, Cumbria's and Yorkshire's words (the sixteenth hand).

The dialect reading (``surveys.concern_dialect_north_east``) spells "t'", "mi", "divn't" and
"knaa" the rules' way. What is left is the voice's grammar and its everyday words of a blow:
"us" for "me" ("he brays us", "does stuff to us"), and "brayed", "lamped", "clouted", "hoyed",
"chucked" that are ordinary at football, boxing or on the beach. Each rule here asks for the
harmful part beside them:

- physical harm: a dialect blow to "us" or "me" with a thing in hand (a belt, a slipper, a
  pool cue, a pan, a remote) or into a wall or a door, from a grown-up; a cigarette put out on
  the skin; a baby shaken hard;
- domestic abuse: a mother put or thrown through glass, a door, a window or a mirror; a
  pregnant mother kicked in the belly by her partner; a mother locked out all night or in her
  nightclothes;
- an unsafe home: a man of the house at the child's door or in the child's bed at night; a
  child watched changing or bathing through a gap; a blade promised "in my sleep";
- sexual abuse: made to watch "mucky" films; "stuff" done to the child in bed or filmed; asked
  to show the chest or what is under a top; touched where the knickers are; made to take
  clothes off for pictures;
- emotional harm: sent where "they hurt kids"; a pet to be drowned or put down if the child
  tells; a brother or a sister never to be seen again if the child cries; made to kneel or
  stand out in underwear or "like a dog" as a punishment.

Never the word alone: "brayed us 5-0", "lamped us at boxing", "chucked us the ball", "mucky
videos of the mud run", "my sister says she'll kill me in my sleep". Fresh wordings, written
before the rules, are batches sq to st of ``tests/corpora/adversarial.txt``; their ordinary
neighbours are the block "sixteenth hand, North East" of ``tests/corpora/near_misses.txt``.
Away from home (missing, neglect, radicalisation, exploitation) is
``surveys.concern_north_east_away``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# "Us" is "me" in this voice; "me" is "my" before a part of the body.
ME = "(me|us)"
MY = "(my|me|us)"
# The grown-ups of a child's home, in the region's words as read ("stepda", "granda", "wor
# lass's fella", "his mate").
GROWN_UP = ("(carer|carers|foster (carer|dad|mum|mam)|dad|da|mum|mam|step dad|stepdad|stepda|"
            "step mum|stepmum|stepmam|step mam|granda|grandad|nana|nan|uncle|auntie|aunty|"
            "fella|boyfriend|husband|partner|lodger|his mate|her mate|mams mate|mums mate|"
            "teacher|staff)")
# A partner of the mother, or "he".
PARTNER = ("(he|dad|da|step dad|stepdad|stepda|fella|boyfriend|husband|partner|new man|"
           "man|ex)")

# --- physical harm ------------------------------------------------------------------------------

_NE_BLOW = ("(brays|brayed|braying|bray|lamps|lamped|lamping|clouts|clouted|clouting|hoys|hoyed|"
            "hoying|chucks|chucked|chucking|cracks|cracked|belts|belted|wallops|walloped|lumps|"
            "lumped|leathers|leathered|batters|battered|whacks|whacked|smacks|smacked|thumps|"
            "thumped)")
# A thing in the hand ("wi t' dog lead"), never a ball, a pillow, a snowball or a tea towel.
_THING = ("(belt|buckle|slipper|slippers|shoe|cue|pool cue|stick|lead|dog lead|pan|frying pan|"
          "remote|spoon|wooden spoon|hose|cable|wire|bat|hairbrush|brush|plug|poker|bottle|ladle|"
          "mop|broom|shovel|spade|hammer|chair|cane|ruler|whip|stool|iron|pipe)")
_WITH_A_THING = f"(with|wi) (a|his|her|the|my|me|their|an) ([a-z]+ )?{_THING}"
_INTO_WALL = ("((into|against|off|at) (the|a) (wall|walls|door|door frame|radiator|table|kitchen "
              "table|fireplace|cupboard|cupboards|floor|stairs|banister)|(over|on|round|across) "
              "(the|my|me) (head|back|face|legs))")
# The blow to the child, then how; not "chucked us a ball", "hoyed us into the pool".
_BLOW_HOW = (f"{_NE_BLOW} {ME}(?! (a|an|some|the ball|in the (pool|sea|river)|into the (pool|"
             f"sea|river|water|lake))(?![a-z]))(?!( [a-z]+){{0,3}} (at|in|on) (pool|snooker|darts|"
             "fifa|chess|cards|tennis|boxing|sparring|the game|training|footy|football|the xbox|"
             f"xbox)( |$))( [a-z]+){{0,3}} ({_WITH_A_THING}|{_INTO_WALL})")
# A cigarette put out on the skin.
_BURN = ("(stubs|stubbed|stub|put|puts|putting|stubbing) (his|her|a|their) (tab|cig|fag|"
         f"cigarette|ciggy|ciggie|joint|spliff|lighter) out (on|in|into) {MY} (hand|hands|arm|arms|"
         "leg|legs|neck|back|skin|wrist|chest|face|belly)")
# A baby or a little one shaken hard ("his head goes back n forth").
_SHAKES = ("(shakes|shook|shaking|shake) (the|our|my|me) (baby|little one|little un|bairn|"
           "little brother|little sister|baby brother|baby sister)( [a-z]+){0,3} (hard|proper "
           "hard|really hard|so hard|violently|til he|til she|until he|until she)")

# --- domestic abuse -----------------------------------------------------------------------------

_MOTHER = "(my mam|my mum|me mam|me mum|mam|mum|her|my nana|my nan|my ma)"
_THROUGH = (f"(put|puts|putting|threw|throws|thrown|shoved|shoves|pushed|pushes|smashed|smashes|"
            f"slammed|slams|chucked|chucks|hoyed|hoys) {_MOTHER}( s)?( head| face)? (through|into) "
            "(the|a|our|their) (glass|glass table|coffee table|table|patio door|door|window|"
            "mirror|bathroom mirror|tv|telly|wardrobe|cabinet)")
_KICKED_BELLY = (f"{PARTNER} (kicked|kicks|kicking|booted|boots|punched|punches|stamped on|"
                 f"jumped on|hit|hits) {_MOTHER} (in|on) (the|her) (belly|stomach|bump|tummy)")
_PREGNANT = ("(pregnant|month gone|months gone|expecting|having a baby|carrying a baby|the "
             "baby)")
_LOCKED_OUT = (f"(locked|locks|lock|shoved|pushed|put|kicked|threw) {_MOTHER} out( [a-z]+){{0,4}} "
               "(and )?(locked|in the (snow|cold|rain|freezing cold)|in her (nightie|pyjamas|"
               "dressing gown|socks|bare feet))")
_ALL_NIGHT = ("(al night|the whole night|til [0-9]|until [0-9]|while [0-9]|in the morning|"
              "wouldnt let her (in|back in)|in her (nightie|pyjamas|dressing gown))")

# --- an unsafe home -----------------------------------------------------------------------------

_MAN_OF_HOUSE = ("(lodger|visitor|boyfriend|fella|man|bloke|gadgie|mams mate|mums mate|mates|his "
                 "mate|her mate|lad|stepdad|step dad|stepda|uncle|farm lad|the fella|some fella)")
_AT_MY_DOOR = ("(trying|tries|tried|rattling|rattles|rattled|trys) (my|me) (bedroom )?(door|door "
               "handle|handle)")
_AT_NIGHT = ("(at night|at [0-9]+ ?am|[0-9]+ ?am|every night|nights running|in the night|when "
             "everyone is asleep|while i am asleep|a chair against it|middle of the night)")
_IN_MY_BED = ("((got|gets|getting|climbed|climbs|sat|sits|sitting|was) (in|into|on) (the end of |"
              "the end o )?(my|me) bed|woke (me|us) up sat)")
_WATCHING_IN_BED = ("(last night|in the night|staring|stared|starin|while i (was|am) asleep|at "
                    "[0-9]+ ?am|slept in the bath|locked)")
_WATCHES = ("(watches|watched|watching|looks at|peeps at|spies on) (me|us)( [a-z]+){0,2} (get|"
            "getting) (changed|undressed|dressed)|(watches|watched|watching|looks at|peeps at) "
            "(me|us) in the (bath|shower)")
_GAP = ("((through|thru) (it|a (gap|hole|crack)|the (gap|hole|crack|keyhole))|(gap|hole|crack) "
        "in the (wall|door)|(says|said) he (will|wil|il) come in)")
_STAB_IN_SLEEP = (f"(stab|slash|cut|knife) {ME} (in {MY} (sleep|bed)|while (i am|im) (asleep|"
                  "sleeping))")
_BLADE = "(knife|blade|razor|scissors|machete)"
_KNOWS_WHERE = "(says|said) (he|she) knows where i sleep"
_AFRAID = "(scared|frightened|afraid|terrified|laughs|cant sleep|shut (my|me) eyes)"

# --- sexual abuse -------------------------------------------------------------------------------

_MUCKY = (f"(makes|made|making|keeps|showing|shows|showed|show) {ME}( watch| watching)? (mucky|"
          "dirty|rude|porn|adult) (films|videos|vids|movies|pictures|pics)(?! of)")
_STUFF_TO_ME = (f"(doing|does|did|do) (stuff|things) to {ME}( [a-z]+){{0,2}} (under the (covers|"
                "blanket|duvet|quilt)|in (my|me|his|her) bed|while he (filmed|films|recorded)|"
                "and filmed)")
_SHOW_BODY = (f"((asking|asks|asked|wants|wanted|told|tells) {ME} to show (him|them) {MY} "
              "(chest|body|boobs|bum|privates|knickers|bra)|(show|showing|showed) (him|them) "
              "(what is|whats) under (my|me) (top|skirt|clothes|shirt|jumper))")
_TOUCHES_WHERE = (f"(touches|touched|touching|touch) {ME} where {MY} (knickers|pants|bra|"
                  "underwear) (are|is|go)")
_CLOTHES_OFF = (f"(made|makes|make|asks|asked|asking|told|tells|gets|got) {ME} (to )?(take|"
                f"takes) {MY} (knickers|pants|trousers|clothes|top|bra|shorts|skirt) (off|of)")
_PICTURES = ("(pictures|photos|photo|picture|filmed|videoed|on his phone|sweets|his flat|his car|"
             "the barn|his house)")

# --- emotional harm -----------------------------------------------------------------------------

_PET = ("(cat|dog|rabbit|hamster|kitten|puppy|guinea pig|bird|budgie|pet|pets|tortoise|"
        "ferret|horse|pony)")
# Not a vet's news: "we might have to have my dog put down" is a pet's illness, not a threat.
_PET_THREAT = (f"((drown|kill|hurt|poison|strangle|get rid of|dump|gas) {MY} {_PET}|(?<!have to )"
               f"(?<!might )(?<!may )(have|get|got) {MY} {_PET} (put down|put to sleep|taken "
               "away|rehomed|destroyed))")
_IF_I_TELL = ("if (i|a) (tel|tell|say|grass|snitch|speak|report|talk)( [a-z]+){0,3}")
_NEVER_SEE = ("(never|not) (see|get to see) (my|me) (little |baby |big |younger |older )?"
              "(brother|brothers|sister|sisters|mam|mum|dad|nana|nan|family|siblings) again")
_IF_I_CRY = ("if (i|a) (cry|cri|roar|get upset|kick off|look sad|act up|show (i am|im) "
             "upset)")
_PUNISHED = (f"(makes|made|make|making) {ME} (stand|kneel|sit|stay|sleep) (in|on|outside|out "
             "in|out on) (the )?(yard|garden|back garden|step|doorstep|kitchen floor|floor|rain|"
             "snow|cold|shed|back yard|hallway)")
_DEGRADED = (f"(in {MY} (pants|vest|underwear|knickers|nightie|pyjamas|socks)|like a dog|dogs "
             f"eat last|calls? {ME} a (pig|dog|animal)|(because|when|if) i (wet|spil|spilt|"
             "spilled|am naughty|was naughty|cry|cried)|as a punishment)")

# Sent away to a place where children are hurt.
_SENT_WHERE_HURT = (f"(have|get|got) {ME} sent (to|away to) ([a-z]+ ){{0,3}}where (they|the staff) "
                    "(hurt|beat|batter|lock up|hit) (kids|children|bairns|you)")

PHRASES: Final[dict[str, list[str]]] = {
    "physical_abuse": [_BURN, _SHAKES],
    "domestic_abuse": [_THROUGH],
    "unsafe_home": [_STAB_IN_SLEEP + "( [a-z]+){0,8} " + _BLADE],
    "sexual_abuse": [_STUFF_TO_ME, _SHOW_BODY, _TOUCHES_WHERE],
    "emotional_abuse": [_SENT_WHERE_HURT],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A dialect blow with a thing or into a wall, from a grown-up.
    ("physical_abuse", (_BLOW_HOW, GROWN_UP), 14),
    # A pregnant mother kicked in the belly.
    ("domestic_abuse", (_KICKED_BELLY, _PREGNANT), 14),
    # A mother locked out at night or in her nightclothes.
    ("domestic_abuse", (_LOCKED_OUT, _ALL_NIGHT), 16),
    # A man of the house at the child's door at night, or in the child's bed.
    ("unsafe_home", (_AT_MY_DOOR, _MAN_OF_HOUSE, _AT_NIGHT), 18),
    ("unsafe_home", (_IN_MY_BED, _MAN_OF_HOUSE, _WATCHING_IN_BED), 18),
    # Watched changing or bathing through a gap.
    ("unsafe_home", (_WATCHES, _GAP), 16),
    # "Knows where I sleep", and fear.
    ("unsafe_home", (_KNOWS_WHERE, _AFRAID), 14),
    # Made to watch mucky films by a grown-up.
    ("sexual_abuse", (_MUCKY, f"({GROWN_UP}|he|him)"), 12),
    # Clothes off for pictures, sweets or a man's place.
    ("sexual_abuse", (_CLOTHES_OFF, _PICTURES), 12),
    # A pet threatened if the child tells.
    ("emotional_abuse", (_PET_THREAT, _IF_I_TELL), 14),
    # A brother or a sister never to be seen again if the child cries.
    ("emotional_abuse", (_NEVER_SEE, _IF_I_CRY), 10),
    # Made to kneel or stand out, in underwear or as a dog, as a punishment.
    ("emotional_abuse", (_PUNISHED, _DEGRADED), 20),
)
