"""A young person treated as owned, told in the English of a new language.

The fourteenth blind hand's refugee and unaccompanied young people (see
``surveys.concern_newcomer`` for the voice) told, in learner grammar and a translation app's stiff
English, of being promised, sold, brought to work, photographed, walked in on or struck by those
who held power over them. Each shape is read only beside its harmful part:

- harmful practices: promised or given to a man of forty years beside a marriage; a family that
  wants to "marry me" beside an age under eighteen;
- sexual abuse: a photo or a video taken of the child in the shower by a man or a guard; a man
  who "do bad thing to my body";
- trafficking: sold ("they sell me") beside money asked for every month or a debt; brought here
  "for school" beside cleaning or working for them and no school or no money;
- an unsafe home: a bed pushed against the door beside footsteps, a man or every night; a boy
  who killed people "will do same to me"; a man who comes into the bathroom while the child
  washes, beside drink or nobody saying anything;
- physical harm: struck on the face beside a closed hand, a fist or being told to say "I fell";
- radicalisation: a grievance (this country killed our families) beside taking revenge;
- self-harm: tablets collected or kept beside "I will take all of them";
- emotional abuse: someone who knows the child has nightmares beside doing it on purpose or
  laughing at the scream.

These came from single lines of the hand, with no batch of their own; fresh wordings of each are
the list ``STILL_URGENT`` of ``tests/surveys/test_concern_newcomer_owned.py`` and the ordinary
sentences nearest them are in the block "fourteenth hand, a new language" of
``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_plans import UNDER_AGE

# --- harmful practices --------------------------------------------------------------------------

_PROMISED = ("(promise|promised|promises|give|gave|sell|sold) me to (a |an )?(([0-9]+|forty|fifty|"
             "thirty) year( old)?|old|older|old old) man")
_MARRIAGE = "(marry|married|marriage|wedding|wife|husband|engaged|nikah)"
_WED_BY_FAMILY = ("(they|my family|my parents|my father|my dad|my uncle|baba|mama|my mother|my "
                  "mum) "
                  "(want|wants|say|says) (to )?marry me( to [a-z]+)?(?!( [a-z]+){0,6} (lol|haha|"
                  "game|joke|"
                  "joking))")

# --- sexual abuse -------------------------------------------------------------------------------

_SHOWER_SHOT = ("(take|took|taking|film|filmed|filming) (a )?(photo|photos|picture|pictures|video|"
                "videos) of me (in|at) (the )?(shower|bath)(?! (cap|gel|hat|toy|toys))")
_A_MAN_THERE = ("(man|security|guard|staff|worker|carer|uncle|driver|smuggler|he)")
_BAD_THING = ("(man|he|smuggler|they|uncle|driver|guard)( [a-z]+){0,2} (do|did|does) (a )?bad "
              "(thing|things) to (my body|me)")

# --- trafficking --------------------------------------------------------------------------------

_SOLD = ("(they|he|she|smuggler|smugglers|the men|people) (sell|sold) me(?! (a|an|the|some|my|his|"
         "her|their|this|that|it|drugs|weed|[0-9]+))")
_OWED = ("((ask|asks|take|takes|want|wants) (me )?(for )?(my )?money|every month|pocket money|(i "
         ")?owe|debt)")
_BROUGHT = ("(bring|brought|bringing) me (here|to (the )?(uk|england|britain|london))(?! for (the |"
            "a "
            "|my )?(trip|holiday|visit|match|interview|party|day))")
_MADE_TO_WORK = ("(i (clean|cleaning|cook|cooking) (his|her|their)|i (work|working) for (him|them)|"
                 "i "
                 "(clean|cook|work) in (his|her|their) (house|houses|shop|shops|restaurant|car "
                 "wash|"
                 "kitchen))")
_NO_SCHOOL_NO_PAY = "(no school|no money|not go to school|no pay|not pay me|never pay me)"

# --- an unsafe home ----------------------------------------------------------------------------

_BARRICADE = ("(push|put|move|pushed|moved) (my |the )?(bed|chest|wardrobe|chair|drawers|table) "
              "(against|behind|in front of) (the |my )?door")
_SOMEONE_OUTSIDE = ("(every night|footstep|footsteps|son|a man|the man|he (try|tries|come|comes)|"
                    "scared|afraid|come in at night)")
_SAME_TO_ME = "(he|she|they) (wil|going to|want to|say he wil) do (the )?same to me"
_KILLED_BEFORE = "(kil|kils|killed) (people|someone|men|a man|his)"
_WALKED_IN = ("(come|comes|came) in (the )?(bathroom|shower|my room) when i (wash|shower|am "
              "washing|"
              "change|am changing)")
_DRUNK_OR_UNCHECKED = ("(drunk|visitor|a man|uncle|boyfriend|carers son|nobody say)")

# --- physical harm ------------------------------------------------------------------------------

_STRUCK = "(struck|strike|strikes|striked) me (on|in|across) the (face|head|mouth|eye)"
_FIST_OR_LIE = ("(closed hand|with (his|her) fist|(he|she|they) (said|say|says|tel me to say) i "
                "fel)")

# --- radicalisation -----------------------------------------------------------------------------

_GRIEVANCE = ("(britain|the west|america|england|the kuffar|this country|the uk|they) (kil|kils|"
              "killed) (our|the) (families|people|brothers|sisters|muslims|children)")
_REVENGE = "(must|wil|have to|need to|should) (take|get) revenge"

# --- self-harm ----------------------------------------------------------------------------------

_HOARD = ("(collect|keep|save|hide|collecting|keeping|saving|hiding)( [a-z]+){0,3} (tablets|pills|"
          "paracetamol|medicine|meds)")
_TAKE_THEM_ALL = ("i (wil |go |going to )?(take|swallow|drink) (al of them|them al|al the (tablets|"
                  "pills))")

# --- emotional abuse ---------------------------------------------------------------------------

_KNOWS_FEAR = ("(know|knows) i (have|get) (nightmare|nightmares|panic|panic attacks|"
               "flashback|flashbacks)")
_ON_PURPOSE = ("((he|she|they) (do|does) it (for this|on purpose|because)|laugh when i (scream|"
               "cry)|(knock|knocks|bang|bangs) on my dor)")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("harmful_practices", (_PROMISED, _MARRIAGE), 24),
    ("harmful_practices", (_WED_BY_FAMILY, UNDER_AGE), 12),
    ("sexual_abuse", (_SHOWER_SHOT, _A_MAN_THERE), 10),
    ("sexual_abuse", (_BAD_THING,), 10),
    ("trafficking", (_SOLD, _OWED), 20),
    ("trafficking", (_BROUGHT, _MADE_TO_WORK, _NO_SCHOOL_NO_PAY), 26),
    ("unsafe_home", (_BARRICADE, _SOMEONE_OUTSIDE), 20),
    ("unsafe_home", (_SAME_TO_ME, _KILLED_BEFORE), 16),
    ("unsafe_home", (_WALKED_IN, _DRUNK_OR_UNCHECKED), 14),
    ("physical_abuse", (_STRUCK, _FIST_OR_LIE), 20),
    ("radicalisation", (_GRIEVANCE, _REVENGE), 16),
    ("self_harm", (_HOARD, _TAKE_THEM_ALL), 30),
    ("emotional_abuse", (_KNOWS_FEAR, _ON_PURPOSE), 20),
)
