"""Signs of the kinds of harm nearest county lines, from the indicators guidance lists for them.

A fresh probe of ten wordings each (batch g of ``tests/corpora/adversarial.txt``), written from
the signs guidance names before the detector read them, showed what the rules had no notion of:

- an unsafe home: a household that tiptoes round someone's mood, a carer's partner who screams
  at the child for moving, no privacy from him, nobody coming when the child calls for help
  (Working Together's signs of emotional abuse and neglect);
- trafficking and modern slavery: promised school and made to keep house, brought in a lorry
  and working to pay for it, moved from city to city without knowing why (the modern slavery
  statutory guidance's indicators);
- sexual exploitation: sex as the price of a debt, being "passed round" or made to sleep with
  someone's friends, and videos held for money (sextortion) (Keeping Children Safe in Education,
  the NWG and NSPCC signs).

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses`` (every part within ``window`` words, any
order). Each rule has its nearest everyday answers in ``tests/corpora/near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

# Someone the child lives with, or their partner.
_HOME_PERSON = ("((carers|mums|mams|dads|my (carers|mums|mams|dads)) (boyfriend|girlfriend|"
                "partner|fella|husband|wife)|step (dad|mum)|stepdad|stepmum|my (carer|dad|mum|mam|"
                "uncle)|foster (dad|mum|carer))")

PHRASES: Final[dict[str, list[str]]] = {
    "unsafe_home": [
        "no privacy (from|with|because of|cos of) (him|her|them|my (step dad|stepdad|dad|carer|"
        "uncle)|mums (boyfriend|partner))",
        "(nobody|no one|noone|no body) (ever )?(comes|came|helps|helped|answers|listens|hears) "
        "(when|if|even when|whenever) i ((shout|scream|cry|yell)( out| for help)?|call (out|for "
        "help))(?! (with|for (my|the|a) ))",
    ],
    "sexual_exploitation": [
        # Sex as the price of a debt.
        "(sleep with|have sex with|do (stuff|things|sexual stuff|sexual things) (with|to|for)) __ "
        "(if|when|cos|because) (they|we|i|you|the girls) (owe|lose|lost|dont pay|cant pay)",
        "(pay|paying|paid|work) (it|that|the debt|what i owe|my debt)? ?off (with|by) (sex|my body"
        "|sleeping with|doing stuff|favours)",
        "(pass|passes|passed|passing|share|shares|shared|sharing) me (round|around|about|between|"
        "with) (their|his|the|her|all their|all his) (mates|friends|boys|lads|men|mandem)",
        "(make|makes|made|making) (me|us) (sleep|have sex) with (his|their|her|the) (mates|friends|"
        "boys|lads|men|mandem|cousins)",
        "(gwneud|neud|gneud|gorfodi|gorfod) (i )?(fi|mi|ni) (gysgu|gael rhyw|cael rhyw|cysgu) "
        "(gydai|efoi|hefoi|gyda (ei|eu|dynion|nhw)|efo (ei|eu|dynion|nhw))",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Everyone keeping quiet round someone's temper.
    ("unsafe_home", ("(tiptoe|tip toe|tiptoeing|walk on eggshells|walking on eggshells|on "
                     "eggshells|creep around|creeping around|creep round)", "(in a (mood|temper|"
                     "rage|state)|angry|drunk|kicks off|kicking off|goes off|loses it|lose it|"
                     "raging|in one of his|in one of her)"), 12),
    # Screamed at for moving: fear of someone at home.
    ("unsafe_home", ("(scream|screams|screamed|shout|shouts|yell|yells|swear|swears|"
                     "goes mad|go mad|gets angry|kicks off|hits|slaps) (at )?(me )?(if|when|"
                     "whenever|every time) i (move|moved|breathe|make (a )?(sound|noise)|cry|look "
                     "at (him|her)|touch anything)", _HOME_PERSON), 14),
    # Promised school or a better life, made to keep house instead.
    ("trafficking", ("(said|told me|promised|they said) (i was|i would|id|i could|i am) (coming|"
                     "come|brought) (here |over )?(to|for) (go to )?(school|study|learn|a better "
                     "life|get a job|work)", "(clean|cook|look after|mind|wash|work) (their|the|his"
                     "|her) (house|kids|children|shop|home|babies)|never (went|go|been) to school"),
     16),
    # Brought hidden in a lorry, and working to pay for it.
    ("trafficking", ("(brought|came|come|smuggled|carried|moved|taken|put) (here |over |in |me "
                     ")?(on|in|by|under|inside|in the back of) (a|the) (lorry|truck|van|boat|"
                     "container|dinghy)", "((work|working|worked) (for free|for nothing|to pay "
                     "(them|him|it off|off|back|the))|pay (them|him) (back|off)|owe (them|him))"),
     16),
    ("trafficking", ("(mewn|yng nghefn) (lori|fan|cwch|cynhwysydd)", "(gweithio|weithio) (am dim|"
                     "heb dal|heb gyflog|i dalu)"), 16),
    # Moved from city to city without knowing why.
    ("trafficking", ("(moved|moves|move|taken|took|takes|sent|sends|drove|drives|passed|passes) "
                     "(me|us) (from )?[a-z]+ to [a-z]+ (to|and then|then|and) [a-z]+",
                     "(dont|didnt|do not|never) (know|knew|understand|get|got told) (why|where|"
                     "what for)|(nobody|no one) (tells|told|says|said) (me )?(why|where)"), 16),
    # Videos held for money: sextortion.
    ("sexual_exploitation", ("(my|the|some|those|these) (videos|vids|video|pics|pictures|photos|"
                             "nudes|snaps)", "(wants|want|wanted|asking for|asks for|demanding|"
                             "demands) (money|cash|[0-9]+|more|me to pay|paying)|(pay|send) (him|"
                             "them) (money|[0-9]+)", "(send|post|share|leak|show|put|spread) "
                             "(them|it|the (videos|pics|photos))"), 16),
)
