"""Harmful practices as a child who is not sure it "counts" tells them (issue 13).

The sixth hand's corpus (``tests/corpora/sixth_hand``) wraps each disclosure in a hedge ("is
that allowed?", "prob nothing", "it was fine i guess", a sister's story): the hedge is not the
harm, so these clauses read what is left, by its roles and acts, from the multi-agency statutory
guidance on forced marriage, on FGM and on abuse linked to faith or belief, and on so-called
honour-based abuse:

- a marriage made *for* the child (promised, matched, married off, a husband found, "my nikah")
  × the child's age, or the child not wanting it or asking if it is allowed; a sister or cousin
  sent away and married × her cry for help, or "I'm next"; a passport taken × a trip × a
  wedding, or "I know what's really happening"; one-way tickets × a dress, gold or a wedding;
- a girl cut (a small cut, the cutting lady, a lady with a knife, "had it done") × a ceremony,
  becoming a woman or being made clean; a party or celebration abroad × not telling school; "make
  me clean" × a trip, a lady, fear or the child's age;
- a child called a witch, possessed, or given a "deliverance" × something done to the child's
  body (pepper or oil in the eyes, held down, tied, beaten);
- a hot or heavy thing on a girl's chest × keeping it flat or stopping it growing;
- a threat of death or harm × shame on the family; a family watching or following the child
  × harm if the child talks to boys (or girls);
- a child who is gay × taken abroad × to be "fixed" (with room for "they'll" spelled out).

``PHRASES`` and ``CLAUSES`` are in the syntax of ``surveys.concern_frames`` and
``surveys.concern_clauses``. Fresh wordings of each shape are batch wa of
``tests/corpora/adversarial.txt`` (first sight, rules alone, urgent: 6/19; a second probe after
the fix, 4/6); the ordinary answers nearest them (a cousin's happy wedding, a festival, a
haircut for a party, an iron for a shirt, a witch in a play) are the block "hedged practices and
placements" of ``near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import QUEER

# --- forced marriage --------------------------------------------------------------------------

# A marriage arranged for the child, in the words a child uses for being its object.
_MY_MARRIAGE = ("((a )?husband for me|(my|me) (future )?husband|my (nikah|rishta|wedding|marriage|"
                "engagement)|(i am|im|i wil be|il be|i am to be|im to be|im getting|i am getting|"
                "im being|i am being|ive been|i have been|i was|been|being|going to be) (wed|"
                "married|married off|engaged|promised|matched)|(have|had|got|has) me (matched|"
                "promised|engaged|married)|marry me (off|to)|married off|(fin|fi yn|i yn|mod in|"
                "mod i yn|bo fin|bo fi yn) (mynd i )?(priodi|briodi)|(il|i wil|i am going to|im "
                "going to|i have to) be (a bride|a wife|married))")
_A_CHILD = ("((i am|im|dwin|dwi yn|only|aged|since i was|when i was|she is|shes|before (i am|"
            "im|i turn)) (1[0-6]|[1-9]|"
            "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)(?! (minutes|mins|days|weeks|"
            "months|quid|pounds|miles|percent|years older|year olds|times|of)))")
_NOT_WANTED = ("((i|and i|but i) (dont|do not|really dont|didnt|did not) (want|wanna)( (it|him|"
               "this|that|to))?(?! (a|an|the|any|loads|much|too|to (invite|wear|have a|go to "
               "the)))|never (met|seen) (him|the man|the boy|his face)|dont get a say|no say|"
               "(dwi|dw i) (ddim|dim) (isio|eisiau|moyn)|is (that|it|this) (allowed|legal|normal)|"
               "can (they|she|he|you) (even )?(do that|make me)|(they are|theyre) making me)")
# A sister or cousin taken away and married, and what followed.
# Engaged or married young, asked as a question; a wedding of the child's kept quiet.
_MARRIED_YOUNG = ("((engaged|married|wed|a wife|a bride) at (1[0-6]|[1-9]|ten|eleven|twelve|"
                  "thirteen|fourteen|fifteen|sixteen))")
_STRANGER_OR_TRIP = ("(never (met|seen)|wedding|summer|holidays|back home|abroad|pakistan|"
                     "bangladesh|india|yemen|somalia|nigeria|is (that|it) (allowed|legal|normal)|"
                     "can you|can they)")
_HUSHED = ("(pack (quietly|secretly|in secret)|(not to|dont|do not|cant|mustnt) tell (anyone|"
           "school|teachers|my social worker|your social worker)|keep it (quiet|secret))")
_MARRIED_AWAY = ("((came|come|coming) (back|home) (married|with a husband)|(sent|taken|took "
                 "her|send her) (back )?(to [a-z]+ )?(and|to get|to be) married( off)?|married "
                 "off)")
_AFTER_IT = ("(i am next|im next|my (go|turn) next|(its|it is) my (go|turn)|never smiles|"
             "doesnt smile|help|get me out|nobody (has|s) heard|no one (has|s) heard|not heard "
             "from her|havent heard from her)")
_PASSPORT = ("((took|taken|take|hid|hide|hidden|hiding|kept|keeping|locked (up|away)) (my|your|"
             "our|her) (phone and )?passport)")
_A_TRIP = ("(going|go|trip|holiday|take me|taking me|send me|sending me|home|back home|abroad|"
           "seeing relatives|see nan|flight)")
_WHAT_FOR = ("(nikah|wedding|married|marry|husband|rishta|i know (whats|what is) (really )?"
             "(happening|going on)|i know why|not coming back)")
_ONE_WAY = "(one way (ticket|tickets|flight|flights))"
_BRIDAL = "(red dress|wedding dress|gold|wedding|married|husband|nikah|my big day)"

# --- FGM --------------------------------------------------------------------------------------

_CUT_GIRL = ("(cut (me|her|us|girls)(?! (hair|fringe|nails|off|some|a slice|a piece|the cake|"
             "out|finger|hand|thumb|knee|leg|arm|foot|head|lip|up|short|loose|free|slack))|the "
             "cutting|cutting lady|lady (with|has) a (knife|blade|razor)|(small|little) cut|cut "
             "down there)")
# "I had it done at her age": the cutting told only as "it", beside a ceremony and a girl.
_HAD_IT_DONE = "((had|have|get|got|getting|having) it done)"
_CEREMONY = "(the ceremony|a ceremony|her ceremony|my ceremony|the cutting)"
_HER_AGE = ("((at|by) (her|my|that) age|(little|younger|baby) sister|somalia|sudan|egypt|gambia|"
            "ethiopia|eritrea|guinea|mali|sierra leone)")
_RITE = ("((become|becoming|be made|make (me|her|us)) (a )?(big girl|woman|proper woman|clean|"
         "pure)|big girl|ceremony|special (party|celebration|day)|celebration|tradition|(at|"
         "by) (her|my) age|somalia|sudan|egypt|gambia|ethiopia|eritrea|guinea|mali|sierra leone|"
         "village|back home)")
_SPECIAL_DAY = ("((special|big girl|big girls) (party|ceremony|celebration|day)|(party|ceremony|"
                "celebration) (for|to make) (me|her|us|girls))")
_FROM_SCHOOL = ("((dont|do not|cant|cannot|not to|mustnt|must not) tell (the |your |my |her )?"
                "(teachers|teacher|school|social worker|anyone at school|sw)|(a )?secret from "
                "(school|teachers))")
_MADE_CLEAN = ("((make|made|making|wil make) (me|us|her|them) (clean|pure)(?! (my|the|up|out|"
               "our|your|his|her|their|it|everything|al|room|house|kitchen|car|toilet|dishes|"
               "plates)))")
_CLEAN_HOW = ("(like (my|her|the|big) [a-z]+|somalia|sudan|egypt|gambia|ethiopia|eritrea|guinea|"
              "mali|sierra leone|nigeria|back home|village|lady|knife|scared|cry|cried|(i am|im) "
              "([1-9]|1[0-3]))")

# --- faith or belief --------------------------------------------------------------------------

# Called a witch or possessed, or "delivered": said of the child, not a part in a play.
_POSSESSED = ("((a|an) (witch|demon|devil|bad spirit|evil spirit|jinn)|possessed|deliverance|"
              "exorcism|exorcise|(get|drive|cast|pray|beat|burn) (the )?(devil|spirit|demon|jinn|"
              "bad spirit|evil spirit) out)")
_DONE_TO_BODY = ("((chil?i|pepper|oil|hot water|salt|holy water) (in|on|into) (my|his|her|their)"
                 " (eyes|face|skin)|(held|hold|holds|pinned|tied) (me|him|her|them) (down|up|to)|"
                 "(slapped|beat|beaten|burnt|burned|starved|whipped) (me|him|her)|(no|not "
                 "allowed) food|(stopped|stop|stops) giving (me|him|her) (food|dinner|tea|meals|"
                 "anything to eat)|(not|stopped) feeding (me|him|her)|til "
                 "(she|he|i) (confeses|confess|confesed|admits))")

# --- breast flattening ------------------------------------------------------------------------

_HOT_THING = "((hot|warm|heated) (stone|stones|iron|iron thing|spoon|pestle|spatula)|stone|stones)"
_CHEST = "(on|against|onto|over) (my|me|her|their) (chest|breasts|boobs)"
_KEPT_FLAT = ("((keep|keeps|make|makes|press|presses|iron|irons) (them|it|my [a-z]+|her [a-z]+|"
              "me) flat|flatten|stop (it|them) (to )?grow|stop (it|them) (from )?growing|not grow|"
              "dont grow|wont grow)")

# --- so-called honour -------------------------------------------------------------------------

_HARM_THREAT = ("(kil|end|hurt|beat|batter|sort (me|her) out|disown|burn)(?! (it|time|the "
                "game|myself))")
# The family's honour, not a game's name ("For Honor") or a medal.
_SHAME = ("(shame on the family|shaming the family|shame to the family|bring(ing)? shame|"
          "dishonour|dishonor|(family|familys|our|his|the|my dads) (honour|honor)|honour of "
          "(the|our|my) family|izat|family name)")
_WATCHED = ("((following|follow|followed|follows|watch|watching|check|checks|checking) (me|my "
            "phone))")
_IF_BOYS = ("(if i (talk|speak|text|am sen|get sen|go out|walk) (to|with) (boys|lads|a boy|a "
            "lad|girls|him))")
_HARMED = ("(sort (me|her) out|hurt|get hurt|kil|end me|beat|batter|pay)")

# --- "fixed" for being gay --------------------------------------------------------------------

_FIXED = "(fixed|cured|straightened out|made normal)"
_SENT_ABROAD = ("(abroad|overseas|back home|pakistan|bangladesh|india|nigeria|somalia|morocco|"
                "turkey|iran|iraq|africa|(take|taking|send|sending) (me|her|him) (back|away|to))")

PHRASES: Final[dict[str, list[str]]] = {}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("harmful_practices", (_MY_MARRIAGE, _A_CHILD), 20),
    ("harmful_practices", (_MY_MARRIAGE, _NOT_WANTED), 20),
    ("harmful_practices", (_MARRIED_YOUNG, _STRANGER_OR_TRIP), 20),
    ("harmful_practices", (_MY_MARRIAGE, _HUSHED), 20),
    ("harmful_practices", (_MARRIED_AWAY, _AFTER_IT), 16),
    ("harmful_practices", (_PASSPORT, _A_TRIP, _WHAT_FOR), 24),
    ("harmful_practices", (_ONE_WAY, _BRIDAL), 16),
    ("harmful_practices", (_CUT_GIRL, _RITE), 22),
    ("harmful_practices", (_HAD_IT_DONE, _CEREMONY, _HER_AGE), 20),
    ("harmful_practices", (_SPECIAL_DAY, _FROM_SCHOOL), 20),
    ("harmful_practices", (_MADE_CLEAN, _CLEAN_HOW), 16),
    ("harmful_practices", (_POSSESSED, _DONE_TO_BODY), 16),
    ("harmful_practices", (_HOT_THING, _CHEST, _KEPT_FLAT), 14),
    ("harmful_practices", (_HARM_THREAT, _SHAME), 12),
    ("harmful_practices", (_WATCHED, _IF_BOYS, _HARMED), 24),
    ("harmful_practices", (QUEER, _FIXED, _SENT_ABROAD), 24),
)
