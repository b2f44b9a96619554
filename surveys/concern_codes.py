"""Harm named in code: self-harm, abuse, neglect, domestic abuse and going missing.

Children and the people around them often name harm in code words: a spelling made to slip past
a platform's moderation, the shorthand of an online self-harm community, a family's word for a
smacking or for a child's private parts, a grown-up's "special game", a word for a parent's
drinking or drug use. hearme's other rules are written in plain words, so a disclosure told in
code was mostly missed. The codes here come from published guidance and glossaries (never from
this project's corpora):

- moderation dodges for suicide and self-harm ("unalive", "sewerslide", "self delete"), and the
  self-harm community's words for depth and relapse ("cat scratches", "beans", "styro",
  "barcode", days "clean" and a relapse): Huck, "TikTokers are using secret hashtags to discuss
  self-harm" (huckmag.com); WIRED via Liverpool Digest, "Are TikTok algorithms changing how
  people talk about suicide?" (liverpooldigest.co.uk); "Self-Deletion, Sewerslide, Unalive: the
  linguistic creep of social media censorship on suicide" (thethreepennyguignol.com); Exploring
  Self-Harm, "The slang of self-injury" (exploringselfharm.com); Smoothwall, "The secret
  language of self-harm" (smoothwall.com); Nottinghamshire Police's list of slang and hashtags
  for parents, as reported by The London Economic (thelondoneconomic.com);
- family words for a beating ("licks", "a skelping", "a whooping", "a leathering", "dead arms"):
  words of ordinary speech, used here only beside a belt, a slipper or a spoon, or marks;
- "grape", the moderation dodge for rape (the same essay on linguistic creep);
- a grown-up's "special game", "secret cuddles", "play doctors", and families' names for private
  parts ("minnie", "foof", "front bottom", "tuppence", "willy"): NHS Greater Glasgow and Clyde's
  Sandyford, "Language" for parents of under-fives (sandyford.scot); HuffPost, "8 reasons not to
  call your child's genitals pet names" (huffpost.com); Safe and Sound, "What children might
  say" (safeandsoundcac.org); Restore Their Hope, "How children tell" (restoretheirhope.org);
- a parent "on the sauce", "on the pop", "on the brown" or "on a bender", told beside a child
  left with nothing to eat, cold or alone (neglect); a man who "gets handy" with mum, sunglasses
  worn indoors to hide a black eye (domestic abuse); the "scapegoat" or the "golden child" at
  home, told with the screaming or blame (emotional abuse); "gone walkabout", "off grid", "gone
  dark" with the phone off or the social kept from tracking (missing).

A code that names harm and nothing else in a child's answer is a phrase (``PHRASES``); a code
that is also an everyday word (a cat's scratches, beans on toast, a game, a cuddle, pop, a
walkabout) is a clause (``CLAUSES``, ``surveys.concern_clauses``) that needs the harm beside it:
a blade or bleeding, a belt, a touch or a bed and a secret, a child left hungry, a phone off.
Fresh wordings written before the rules are batches wd to wj of ``tests/corpora/adversarial.txt``;
the everyday sentences that share the codes are the block "codes" of
``tests/corpora/near_misses.txt``. Exploitation, trafficking, harmful practices, radicalisation
and an unsafe home told in code are in ``surveys.concern_codes_groups``. Same syntax as
``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import WEEKDAYS

# --- self-harm ---------------------------------------------------------------------------------

# Moderation dodges for suicide: said of oneself, or as a wish or plan (not a film's villain).
_UNALIVE = "(unalive|unaliving|unalived|self delete|self deleting|self deletion|selfdelete)"
# Wished or planned by the child: not messages an app is "going to self delete".
_WISH = ("(i|im|i am|ive|i have|i keep|i kept|i was) ([a-z]+ ){0,2}(want to|wana|gona|going to|"
         "thinking about|thinking of|think about|thought about|planning to|planning|plan to|tried"
         " to|try to|trying to|gonna|about to|wish i could)")
# The self-harm community's words for a cut's depth, read only beside a blade or bleeding.
_DEPTH = "(to|hit|hitting|reached|got to|down to|into|went) (beans|styro|styrofoam)"
_BLEEDING = ("(blade|blades|razor|razors|sharpener|bleeding|bled|wont stop|stitches|steri "
             "strips|butterfly strips|pencil case)")
_CAT_SCRATCHES = "(did|done|doing|do|made) (some |more |the |a few )?cat scratches"
_DEEPER = "(myself|deeper|blade|blades|razor|sharpener|relapse|relapsed|bleeding|bled)"
_BARCODE = "barcode"
_ON_MY_BODY = ("(on|up|across|down) my (arm|arms|wrist|wrists|thigh|thighs|leg|legs|hip|hips|"
               "stomach|tummy|ankle|ankles)")
_OPENED = ("(opened|open|bleeding|bled|fresh|deeper|sleeves|cut|cuts|scars|relapsed|relapse|"
           "blade|razor|hide it|hiding it|hid it)")
_RELAPSE = "(relapsed|relapse|relapsing)"
_SELF_HARM_WORD = ("(self harm|selfharm|razor|blade|blades|sharpener|burning myself|cut myself|"
                   "cutting myself)")

# --- physical abuse ----------------------------------------------------------------------------

_FAMILY_BEATING = ("(gives|gave|give|giving|get|gets|got|getting|gona get|going to get|im "
                   "getting|had) (me |us |him |her |my (brother|sister) )?(a |some |the |proper "
                   "|good )?(licks|skelp|skelping|skelped|skelpit|whooping|whoopin|whupping|"
                   "leathering|belting|thrashing|larruping|hiding|slippering)")
_IMPLEMENT = ("(belt|slipper|shoe|cane|wooden spoon|spoon|wire|cable|strap|hairbrush|ruler|"
              "hanger|flip flop|chancla|marks|welts|bruises|bruised|cant sit)")
_DEAD_ARMS = "(dead arms|dead legs|digs in the ribs|digs in my ribs)"
_TILL_I_CRY = "(till i cry|until i cry|til i cry|till i bruise|(?<!no )bruises|black and blue)"

# --- sexual abuse ------------------------------------------------------------------------------

_GROWN_GAME = ("((special|secret|tickling|tickle|grown up|grownup|naughty|private|touching|"
               "sleepy) game|plays doctors|play doctors|played doctors|playing doctors|doctors and "
               "nurses|mummies and daddies)")
_FAMILY_PRIVATES = ("(minnie(?! mouse| doll| toy| teddy)|foof|foofoo|front bottom|tuppence|noo "
                    "noo|twinkle|winky|willy|privates|private parts|private bits|moo moo|lala|"
                    "nunny|tuppy|pee pee|wee wee|fanny)")
# Not "hold": an older child may hold a toddler brother's when he wees in the potty.
_TOUCH = ("(touch|touches|touched|touching|rub|rubs|rubbed|rubbing|lick|licks|licked|kiss|"
          "kisses|kissed|tickle|tickles|tickled|strokes|stroked|feel|feels|felt)")
# Touched there, or clothes off: never a touch alone ("a secret game where you touch your nose").
_UNDRESSED = (f"({_TOUCH} (me )?(on |in )?(my|his|her) ({_FAMILY_PRIVATES}|bum|bottom|chest|"
              "boobs|private|down there)|under my (clothes|pyjamas|nightie|pants|knickers)|"
              "(takes|took|take|taking) (my|his|her|our) (clothes|knickers|pants|pyjamas|nightie)"
              " off|naked|nude|no clothes on|pants off|knickers off)")
_SECRET_CUDDLES = "(secret|special|private|naughty|grown up) (cuddles|cuddle|snuggles)"
_IN_BED = ("((in|into) (his|her|their|grandads|grandpas|uncles|dads|step dads|the) bed|under "
           "the (covers|duvet|blanket|quilt)|in the bath|in my bed at night)")
_KEEP_QUIET = ("((dont|do not|not to|mustnt|never) tell|our (little )?secret|nobody (can|must) "
               "know)")

# --- emotional abuse ---------------------------------------------------------------------------

_FAMILY_ROLE = ("(scapegoat|golden child|black sheep|problem child|devil child|mistake baby|"
                "accident baby)")
_AT_HOME = ("(at home|in my family|in our house|(my|me) (mum|mam|dad|carer|carers|parents|step "
            "dad|step mum|stepdad|stepmum|nan)|dad|mum)")
_SCORN = ("((scream|screams|screamed|screaming|shout|shouts|shouted|yell|yells|yelled) at me|"
          "blame me|blames me|blamed me|ruined (their|his|her) (life|lives)|waste of space|never "
          "(have )?been born|hate me|hates me|hit me|hits me)")

# --- neglect -----------------------------------------------------------------------------------

_USING = ("(on the (sauce|pop|drink|bottle|brown|gear|smack|white|rock|booze|cans|voddy|tins)|"
          "on (a|another) bender|on the lash|mashed|wasted|smashed|steaming|blotto|off (her|his) "
          "(face|head|nut)|out of (her|his) (face|head|tree)|too far gone)")
_PARENT = ("(mum|mam|mom|ma|dad|da|step dad|stepdad|mums boyfriend|mums fella|mams fella|"
           "carer|she|he)")
# Left wanting: not "hungry" after a wedding, nor a night at nan's.
_LEFT_WANTING = ("(nothing (to eat|in the (cupboards|fridge))|no food|living off|live off|no "
                 "(leccy|electric|electricity|gas|heating|hot water)|leccy|meter|(hasnt|havent"
                 "|has not|not|didnt) (come|been) (back|home)|on our own|left us|leaves us|i "
                 "(feed|make tea for|look after) (my|the) (baby|little|sisters|brothers|brother|"
                 "sister)|take (him|her|me|us) to the (dentist|doctor|doctors)|rotten tooth)")

# --- domestic abuse ----------------------------------------------------------------------------

_HANDY = ("(gets|got|getting|get) handy with (her|mum|my mum|my mam|mam|his missus)(?! (bike|car"
          "|phone|garden|shelves|tools|diy|sewing|shed))")
_AFTER_DRINK = ("(drink|drunk|bruise|bruises|bruised|sunnies|sunglasses|cover|black eye|marks|"
                "hits|hit her)")
_SHADES_INDOORS = ("(wears|wearing|wore|puts on|put on) (her |his )?(sunnies|sunglasses|shades)"
                   " (inside|indoors|in the house|in winter)")
_HIDING_A_MARK = ("(black eye|bruise|bruises|bruised|covering|hides (it|the)|hiding (it|the)|"
                  "he (hit|hits|punched|did))")

# --- missing -----------------------------------------------------------------------------------

_GONE = ("(went|gone|go|going|goes|gona go) (walkabout(?! (in|around|round|on (her|his) gap))|"
         "awol|off grid|off the grid|dark|on the missing list)")
_UNTRACED = ("(phone (is |s )?(off|dead)|(days|nights) ago|since (" + WEEKDAYS + "|last)|"
             "staff (dont|do not|dont even) know|nobody "
             "knows|no one knows|cant track|so (the )?(social|police|staff|carers|they) (cant|"
             "wont|dont)|sleeping (in|on|rough))")

PHRASES: Final[dict[str, list[str]]] = {
    "self_harm": [
        f"{_UNALIVE} (myself|me|my self)",
        f"{_WISH} (to )?{_UNALIVE}",
        "(sewerslide|sewer slide(?! (at|in|ride|park|was|is))|sue decide|sooicide|suey side)",
    ],
    "sexual_abuse": [
        # A family's word for private parts, touched (not a Minnie Mouse toy).
        f"{_TOUCH} (my|his|her|their) {_FAMILY_PRIVATES}",
        # "Grape", the moderation dodge for rape, done to someone (not grapes eaten).
        "(i was|i got|i been|was|got|been|being|he|she|they) graped|graped (me|her|him|us)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A cut's depth in the community's words, beside a blade or bleeding.
    ("self_harm", (_DEPTH, _BLEEDING), 12),
    # "Cat scratches" done (not a cat's), deeper or with a blade.
    ("self_harm", (_CAT_SCRATCHES, _DEEPER), 14),
    # A "barcode" on an arm or thigh that opened, bled or is hidden.
    ("self_harm", (_BARCODE, _ON_MY_BODY, _OPENED), 12),
    # Days "clean" and a relapse, with self-harm named.
    ("self_harm", (_RELAPSE, _SELF_HARM_WORD), 10),
    # A family's word for a beating, with the belt, the slipper or the marks.
    ("physical_abuse", (_FAMILY_BEATING, _IMPLEMENT), 10),
    # Dead arms and digs in the ribs till the child cries or bruises.
    ("physical_abuse", (_DEAD_ARMS, _TILL_I_CRY), 10),
    # A grown-up's game, with touching or clothes off.
    ("sexual_abuse", (_GROWN_GAME, _UNDRESSED), 14),
    # Secret cuddles, in a grown-up's bed, kept secret.
    ("sexual_abuse", (_SECRET_CUDDLES, _IN_BED, _KEEP_QUIET), 14),
    # The scapegoat or the golden child at home, told with the screaming or blame.
    ("emotional_abuse", (_FAMILY_ROLE, _AT_HOME, _SCORN), 18),
    # A parent using, and a child left hungry, cold or alone.
    ("neglect", (_USING, _PARENT, _LEFT_WANTING), 22),
    # A man who "gets handy" with mum, with the drink or the marks.
    ("domestic_abuse", (_HANDY, _AFTER_DRINK), 12),
    # Sunglasses indoors, to hide a black eye.
    ("domestic_abuse", (_SHADES_INDOORS, _HIDING_A_MARK), 12),
    # Gone walkabout, off grid or dark, with the phone off or days gone.
    ("missing", (_GONE, _UNTRACED), 14),
)
