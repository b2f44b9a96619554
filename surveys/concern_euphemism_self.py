"""Self-harm told softly: death as a place or a person to go to, a game's end, pet names for cuts.

The twelfth blind hand (``tests/corpora/twelfth_hand``) names self-harm the way children and young
people do when the plain words are too hard or a platform would hide them. The lexicon of
``surveys.concern_codes`` knows the published moderation dodges ("unalive", "sewerslide"); these
shapes were missing, and each is read only beside its harmful part:

- death told as going somewhere: to a nan or a brother who died, to heaven or "the place in the
  sky", "where she is", the "big" or "long sleep", "my way out", "where I'm going" after things
  are given away, a voice that says to go in the water "like" someone who did, beside a means (a
  store of tablets under any name, even "sweets from the med hatch"; a bridge, a viaduct, the
  tracks), a plan or a death named;
- a game's ending said of real life: the quit button "on real life", no continues "irl", the final
  level off a roof at night, the despawn button at 2am on a bridge, not pressing respawn "for
  real", uninstalling or "unborning" myself, alt-F4 "irl";
- a child's pet names for cuts ("zebra stripes", "scratchy lines", "ouchy lines", "red lines",
  "red pen", "the little friend"), beside the blade or the sharpener and a body or the secrecy;
  cat scratches or a barcode back or worse, and hidden or not to be stopped;
- a road walked into with the eyes shut, or a lorry left "to decide"; the wrong side of the
  yellow line when the last train comes; the train lines with the mind made up; a bridge where
  "I'm doing my flying";
- letters done and hidden under the mattress, one for each person.

Left to the learned layer, as near to ordinary talk as to harm: "one night I'm just not gonna walk
on" (said on a bridge, but in words a walk home holds), and a "log off day" with nothing beside
it. Fresh wordings, written before the rules, are batches qa and qb of
``tests/corpora/adversarial.txt``; the everyday sentences that share the codes are the block
"euphemisms for dying, going missing and an unsafe room" of ``tests/corpora/near_misses.txt``.
Going missing and an unsafe room told in code are in ``surveys.concern_euphemism_away``. Same
syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import WEEKDAYS

# --- death as a place or a person to go to -----------------------------------------------------

# The people a child may long to go to, in their family's words.
_KIN = ("(nan|nana|nanna|nanny|nain|mam gu|mamgu|gran|granny|grandma|grandad|grandpa|taid|bampi|"
        "mum|mam|mama|mummy|dad|daddy|baba|brother|sister|cousin|best friend|friend|mate|baby|"
        "auntie|aunty|uncle)")
# Died: "who passed", "is dead" (not "before I was born", nor "when he passed" told of the past).
_DIED = ("(died|passed|passed away|is dead|dead|in the ground)(?! (before|when|while|after) "
         "(i|we|my)(?![a-z]))")
# Going to the dead: the child goes, meets, finds or is with them, or goes where they are.
_TO_THE_DEAD = ("((go|going|goin|gona|to|and|be|stay) (to )?(see|meet|find|join|be with|stay "
                f"with|go to) (my )?{_KIN}( [a-z]+){{0,4}} (who|whos|that|thats|she|he|they) "
                f"(is |are |has |have )?{_DIED}|(go|going|be|stay|sleep) ([a-z]+ ){{0,3}}(in|to|"
                "up in) (heaven|the sky|the stars|nefoedd)|place in the sky|(go|be) where (she|he|"
                "they) (is|are|went)(?! (on|for|to) (holiday|holidays|work|school)(?![a-z]))|"
                f"(meet|see|find|join) (my )?{_KIN} (on|at|by|under) the (tracks|railway|train "
                "line|bridge|river|sea|canal))")
# Death as a sleep with no morning, or a way out.
_LONG_SLEEP = ("((want|wana|need|ready for|time for|going to have) (the|a|my) (big|long|forever|"
               "last|final|endless) sleep(?! (over|in|at|on|after)(?![a-z]))|no "
               "(morning|mornings|tomorrow) after|(nobody|no one|noone) (wakes|will wake) me( up)?|"
               "not come back (down|up)|(my|the) (exit plan|way out|escape plan)(?! of (the|this|"
               "that|a) (room|game|maze|level|building)(?![a-z]))|(log off|logoff|game over|"
               "despawn) day)")
# The means: tablets stored up under any name, a store counted.
_PILL_NAMES = ("(tablets|tablits|pills|meds|medicine|medication|paracetamol|co codamol|codamol|"
               "sertraline|fluoxetine|citalopram|quetiapine|mirtazapine|diazepam|painkillers|"
               "sleeping tablets|night tablets|bedtime sweets|white ones|(sweets|sweeties) "
               "(from|out of|out) the (med|meds|medicine) (hatch|cupboard|trolley|box))")
_STORED = ("(saving|saved|savin|save|hiding|hid|hidden|keep|keeping|kept|stashing|stashed|"
           "collecting|collected|hoarding|stockpiling|got|bought|have) (up )?(my |me |the |all "
           "my |all the |a |one |two |to |three |for |[0-9]+ |some )?((packs|boxes|packets|"
           f"bottles|pack|box|packet|bottle) of )?([a-z]+ ){{0,1}}{_PILL_NAMES}")
_COUNTED = ("(got [0-9]+ now|[0-9]+ (of them )?now|(nearly|almost) a (month|week) of them|when "
            "(there is|i have|ive got) enough|enough (now|saved))")
# A high place or the water, gone to.
_HIGH_PLACE = ("(bridge|viaduct|car park roof|multi storey|multistorey|roof|rooftop|cliff|"
               "cliffs|tracks|train line|train lines|railway|flyover|canal|river|reservoir)")
_GOING_UP = ("((go|going|goin|gona|head|heading|walk|walking|up|on|onto|to|over|off) the "
             f"{_HIGH_PLACE}|i know (which|the|a|where the) {_HIGH_PLACE})(?! (to|for|and) "
             "(feed|put|lay|leave|watch|take|walk|see|film|photograph|fish)(?![a-z]))")
# Things given away, and "where I'm going" at the end of the message.
_GIVEN_AWAY = ("(gave|given|giving|give) (away )?(my|all my|me) [a-z]+( [a-z]+){0,4} (to|away)")
_WHERE_IM_GOING = ("(wont|will not|dont|not going to) need (it|them|those|these|that|this|my "
                   "[a-z]+|any of it|anything) where i am going( x+)?$")
# A voice in the head telling the child to go in the water or the road, like someone did.
_VOICE_TELLS = ("(voice|voices|shaytan|shaitan|shaitaan|jinn|djinn|something in my head|my head) "
                "(tells|tell|telling|told|says|keeps telling|keep telling) me (to )?(go|jump|walk|"
                "get) (in|into|off|under|in front of) the (canal|river|sea|water|reservoir|lake|"
                "road|traffic|tracks|train)")
_AGREEING = ("(like ([a-z]+ ){1,2}(did|went|done)|i (think|thinks) (its|it is|he is|she is|they "
             "are) right|(i|im|i am) (agree|going to|gona)|now i am agree)")
# Letters done, hidden in the bed, one for each person.
_LETTERS_DONE = ("(letters|notes|letter) (are |is )?(already )?(done|wrote|written|finished|"
                 "ready)(?! (for|to) (santa|father christmas|the tooth fairy|school|homework|"
                 "english|maths|revision|my exam|my exams|the exam)(?![a-z]))")
_IN_MY_BED = ("(under|in|inside) (my )?(mattress|matress|pillow|pillowcase|pilowcase|duvet|bed)"
              "(?! for (the tooth fairy|santa|father christmas)(?![a-z]))")
_ONE_EACH = ("one for (my |me )?[a-z]+( [a-z]+)?,? (and )?one for(?! (santa|the tooth fairy|father "
             "christmas)(?![a-z]))")

# --- a game's ending said of real life ---------------------------------------------------------

# A game's way out: never respawning itself, which a child wishes after an embarrassing day.
_NO_RESPAWN = ("((not|no|never|without|dont|wont) ((press|pressing|hit|hitting|click|clicking|"
               "use|using) )?(the )?respawn|no respawns)")
_GAME_END = (f"({_NO_RESPAWN}|despawn|despawn button|quit button|alt f4|alt fa|final level|no "
             "continues|no more continues|last life|no lives left|delete my save|log off|logging "
             "off)")
_REAL_LIFE = "(irl|in real life|on real life|on life|for real this time|real life)"
_NIGHT_PLAN = (f"(tonight|at night|[0-9]+ ?am|this weekend|{WEEKDAYS}|thinking about|thinking "
               "bout|thinkin about|tempting|want to|going to|gona|ready)")

# --- pet names for cuts ------------------------------------------------------------------------

_CUT_NAMES = ("(zebra stripes|tiger stripes|scratchy lines|ouchy lines|owie lines|red lines|red "
              "pen|little friend|cat scratches|barcode(?! (tattoo|sticker|scanner|reader))|my "
              "lines)")
_BLADE = ("(blade|blades|razor|razors|sharpener|pencil sharpener|scalpel|stanley knife|"
          "craft knife)")
_SECRET_OR_BODY = ("(again|everyone (is|was) asleep|everyone went to bed|in the toilets|long "
                   "sleeves|sleeves|only thing|shuts|go quiet|goes quiet|(my|me) (arm|arms|wrist|"
                   "wrists|legs|leg|thighs|thigh|tummy))")
_BACK_AGAIN = "(back|again|worse|deeper|deper)"
_HIDDEN = ("(hoodie|sleeves|blazer|jumper|cardigan|hide|hiding|hid|cover|covering|noticed|clocked|"
           "clock|cant stop|cannot stop|cannae stop|so (miss|sir|staff|mum|mam|they|nobody|no "
           "one) (dont|doesnt|wont|cant|does not) (see|clock|notice|know))")

# --- traffic, the railway and a height ---------------------------------------------------------

_INTO_THE_ROAD = ("(walk|walking|step|stepping|run|running|go|going|lie|lay|stand|standing) (in|"
                  "into|onto|out into|in the middle of|in middle of|on) (the )?(middle of )?(the )?"
                  "(road|traffic|motorway|dual carriageway|bypass|roundabout|a road)")
_BLIND = ("(with my eyes (shut|closed)|eyes (shut|closed)|let (a|the) (lorry|car|bus|truck|van|"
          "driver) decide|without looking|and not look)")
_WRONG_SIDE = "(wrong side of|over|past) the (yellow|white) line"
_TRAIN_COMING = ("(when|as) the (last|fast|next|express|big) (train|one) (comes|goes|is coming|"
                 "comes through|comes thru|goes past|goes through)")
_MIND_MADE = ("(i|im|i am|ive|i have) (decide|decided|made my mind up|make up my mind)|no more "
              "(interview|interviews|waiting|court)")
_TO_THE_LINES = ("(go|going|goin|gona go|walk|walking) (to|down to|onto) the (train lines|train "
                 "line|railway lines|railway line|tracks|train tracks)(?! ([a-z]+ ){0,3}(to|and) "
                 "(watch|see|film|photograph|spot)(?![a-z]))")
_MY_FLYING = ("(doing|do|going to do|gona do) my (flying|big fly|fly|flight)(?! (lesson|lessons|"
              "with|of|club|badge|hours|test|exam)(?![a-z]))")

PHRASES: Final[dict[str, list[str]]] = {
    "self_harm": [
        # Uninstalling or unborning myself, a quit button on life, alt-F4 said of real life.
        "(unborn|uninstall|uninstal|despawn|unexist|alt f4|alt fa) (myself|my self|my life)(?! "
        "from (the|this|that|a|my|our)(?![a-z]))",
        "(quit|exit|off) button on (real )?life",
        # Welsh: wanting to go to a grandmother in heaven.
        "(eisiau|isio|moyn|isie|am) (mynd|fynd) (at|i|ir) ([a-z]+ ){0,3}(yn y |i )?nefoedd",
        f"(want to|going to|gona|to) (go )?(be with|join) (my )?{_KIN}( again)?,? (she|he|who|"
        f"whos|they) (is |has |have )?{_DIED}",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Going to the dead, the long sleep or a way out, beside tablets stored or a high place.
    ("self_harm", (_TO_THE_DEAD, f"({_STORED}|{_GOING_UP})"), 30),
    ("self_harm", (_LONG_SLEEP, _STORED), 24),
    ("self_harm", (_STORED, _COUNTED), 12),
    # Meeting a nan or a brother where the trains are, with the death named.
    ("self_harm", (_TO_THE_DEAD, f"({_DIED}|waiting for me|what time the fast one)"), 20),
    # Things given away, not needed where I'm going.
    ("self_harm", (_GIVEN_AWAY, _WHERE_IM_GOING), 22),
    # A voice saying go in the water, like someone who did.
    ("self_harm", (_VOICE_TELLS, _AGREEING), 16),
    # Letters done and hidden in the bed, one for each person.
    ("self_harm", (_LETTERS_DONE, _IN_MY_BED, _ONE_EACH), 24),
    # A game's ending, in real life, with a plan or a wish.
    ("self_harm", (_GAME_END, _REAL_LIFE, _NIGHT_PLAN), 14),
    # A game's ending and a high place, at night or on a day.
    ("self_harm", (_GAME_END, _GOING_UP, _NIGHT_PLAN), 16),
    # Not pressing respawn, for real.
    ("self_harm", (_NO_RESPAWN, "(play dead|for real this time|irl|in real life)"), 12),
    # Pet names for cuts, the blade, and a body or secrecy.
    ("self_harm", (_CUT_NAMES, _BLADE, _SECRET_OR_BODY), 16),
    # Cuts named in code, back or worse, and hidden or not to be stopped.
    ("self_harm", (_CUT_NAMES, _BACK_AGAIN, _HIDDEN), 16),
    # Into the road blind, or a lorry left to decide.
    ("self_harm", (_INTO_THE_ROAD, _BLIND), 14),
    # The wrong side of the yellow line when the last train comes, planned.
    ("self_harm", (_WRONG_SIDE, _TRAIN_COMING, "(going to|gona|tonight|done now|will|wil)"), 18),
    # The train lines, the mind made up.
    ("self_harm", (_TO_THE_LINES, _MIND_MADE), 16),
    # A bridge where I'm doing my flying, on a day or a secret.
    ("self_harm", (_MY_FLYING, _HIGH_PLACE, f"({WEEKDAYS}|tonight|dont tell|after contact)"), 16),
)
