"""Emotional abuse told hedged or joked about, by the shapes a sixth blind corpus showed missing.

The sixth hand's children tell a carer's cruelty as a question ("do other kids have to", "am I
allowed to be"), a shrug ("whatever", "at least she's consistent lol") or a count ("only like
four times this week"). Without the hedge, each is one of the signs of emotional abuse guidance
names (NSPCC; Working Together to Safeguard Children), said by a grown-up who cares for them:

- a slur for who they are (a Gypsy or Traveller child, a deaf child) before others, or their
  signing or stammer copied and laughed at;
- eating alone in their room while the family eat together, kept from the family's table;
- a death wished on them or laid on them ("should have been you", "you are the reason she is
  dead"), "the worst thing that ever happened to me";
- shamed with a nappy or a sign and shown to others or sent round; a photo of them crying
  posted to be laughed at;
- stood facing a wall for hours; left out of the family's photos, told they are not part of the
  family and that the carer is ashamed of them;
- threatened with being locked up "forever" if they do not behave;
- told at every contact they are ugly, beside a sibling who is "the pretty one".

Fresh wordings of each shape, written before the rules and measured at first sight, are batch
(xc) of ``tests/corpora/adversarial.txt``; the ordinary answers nearest each rule (a nephew's
nappy, a sign held for charity, tea in their room by choice, a happy photo, a team photo) are a
block of ``tests/corpora/near_misses.txt``. ``PHRASES`` are in the syntax of
``surveys.concern_frames``; ``CLAUSES`` are ``(category, parts, window)`` for
``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_hedged_harm_abuse import GROWN_UP as _GROWN_UP

# Slurs for who a child is (not words children swap in a playground row: those are bullying,
# and the clause needs a grown-up who cares for them).
_SLUR = ("(calls|called|calling|call|says|said|saying|say) (me|us|him|her) (a |an )?((dirty|"
         "little|stupid|filthy|thick) )*(gyppo|gypo|gippo|pikey|pikie|piky|tinker|knacker|paki|"
         "retard|mong|spastic|spaz|deaf and dumb|stupid deaf|deafo|dumb deaf)")
_MOCKED = ("(copy|copies|copied|copying|mock|mocks|mocked|mocking|laugh at|laughs at|laughed at|"
           "laughing at|imitate|imitates|takes the mick out of)( [a-z]+){0,4} (my |the way i |"
           "how i )?(sign|signing|signs|stammer|stutter|speech|deaf|deafness|hearing aid|hearing "
           "aids|autism|autistic|wheelchair|limp|tics|stims|stimming)")
# Eating apart from the family.
_EATS_ALONE = ("((eat|eats|eating|ate|have|has|having|had) (my |our |their |his |her )?(tea|dinner|"
               "dinners|meals|meal|food|supper|breakfast)|(i|he|she) (eat|eats|ate))( [a-z]+){0,3} "
               "(on (my|their|his|"
               "her|our) own|alone|by (myself|themselves|himself|herself)|in (my|their|his|her) "
               "(room|bedroom)|upstairs)")
_FAMILY_EAT = ("(while|whilst|when) (the|their|my|her|his|the rest of the|they|her kids|his "
               "kids|their kids|their own kids)( [a-z]+){0,2} (eat|eats|are eating|all eat|have "
               "(tea|dinner)|sit) (together|downstairs|at the table)"
               "(?!( [a-z]+){0,3} (canteen|school|dinner hall|lunch hall|college|class))")
# Shamed with a nappy or a sign, and shown.
_SHAMED_WITH = ("(make|makes|made|making) (me|him|her|us|my [a-z]+( [a-z]+)?) (wear|wore|put on|"
                "hold|holding|carry|stand with) (a |my |the )?(nappy|nappies|pull ups|pullups|"
                "sign|paper|card|board|placard)(?! (for|at|up)(?![a-z]))")
_SHOWN = ("(show|shows|showed|showing|laugh|laughs|laughed|laughing|for a laugh|photo|photos|pic|"
          "picture|pics|sent|send|sends|posted|posts|in front of|to (her|his|their) (kids|friends|"
          "mates|family|group))")
_POSTED = ("(put|puts|posted|posts|posting|shared|shares|sent|sends|uploaded|filmed|films|filming|"
           "recorded|took) (a )?((pic|picture|photo|video|vid|clip) of )?me (crying|upset|having a "
           "meltdown|in a meltdown|kicking off|sobbing|screaming)")

PHRASES: Final[dict[str, list[str]]] = {
    "emotional_abuse": [
        # Kept from the family's table.
        "(stopped|banned|kept|barred) from (eating|sitting|having (my |our )?(tea|dinner|meals)) "
        "(at|round|with) (the )?(table|family|them|everyone)",
        "(not allowed|aint allowed|cant|can not|cannot|never allowed)( to)? (eat|sit|have (my )?"
        "(tea|dinner|meals)) (at|round) the (table|dinner table|kitchen table) with (the family|"
        "them|everyone|the others|the rest|her family|his family|their family)",
        # A death wished on them or laid on them.
        "(should|shouldve|shoulda)( of| have)? (been|bin) (me|you) (that|who)? ?(died|dead|got "
        "killed)",
        "(wish|wishes|wished|wishing) (it|that it) (was|were) (me|you) (that|who)? ?(died|dead|got"
        " killed|instead)",
        "(she|he|they|mum|mam|dad|nan|carer|uncle|aunt|auntie)( says| said| tells me| told me)?"
        "( she| he| they)? (wish|wishes|wished) (i|you|me) (die|died|was dead|were dead|dead|would"
        " die|had died)",
        "(i am|you are|i was|you were) (the )?reason (my|your|our|her|his) (mother|mum|mam|father"
        "|dad|baby|brother|sister|nan|grandad)( is| was| has| got)? (die|died|dead|passed|passed "
        "away|killed)",
        # "The worst thing that ever happened to me."
        "(i am|i was|you are|you were) the (worst|biggest) (thing|mistake|regret)( that)?( has)?"
        "( ever)? (happened|to happen|happend) to (her|him|them|me|us|this family|the family|our "
        "family|their family)",
        "(i am|you are|i was|you were) (her|his|their|my) (biggest|worst) (mistake|regret)",
        # Left out of the family's photos; not part of the family; a carer ashamed of them.
        "(pics|pictures|photos|photographs|frames) of (all )?(the other kids|the kids|everyone|all "
        "of us|her kids|his kids|their kids|the family|her grandkids|his grandkids|the grandkids|"
        "all the kids|all the grandkids|everybody)( [a-z]+){0,5} (except|apart from|but not|"
        "except for) me(?! (because|cos|as) i (hid|was|wasnt|didnt))",
        "(says|said|tells me|told me|telling me|saying)( that)? (i am|i was|you are) not (part|"
        "one) of (the|this|our|her|his|their) family",
        "(she is|he is|they are) ashamed of me",
        # Threatened with being locked up if they do not behave.
        "(get|have|send|put|lock)( [a-z]+)? (me|you|us)( [a-z]+)? (sent|put|locked up|locked away"
        "|taken)( away| up)? (to|in|into) (a |the )?(secure|secure unit|secure home|prison|jail|"
        "juvie|young offenders)( [a-z]+){0,6} (forever|for ever|if i dont|if i do not|unless i|if "
        "you dont|if i (say|tell|misbehave|answer back|talk back))",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A grown-up's slur, or a disability mocked.
    ("emotional_abuse", (_SLUR, _GROWN_UP), 12),
    ("emotional_abuse", (_MOCKED, _GROWN_UP), 14),
    # Eating alone while the family eat together.
    ("emotional_abuse", (_EATS_ALONE, _FAMILY_EAT), 16),
    # Shamed with a nappy or a sign, and shown.
    ("emotional_abuse", (_SHAMED_WITH, _SHOWN), 16),
    # A photo of them crying posted, to be laughed at.
    ("emotional_abuse", (_POSTED, "(fb|facebook|insta|instagram|snap|snapchat|tiktok|story|family "
                         "group|group chat|whatsapp|online|status)",
                         "(state of|laugh|laughing|laughed|pathetic|cry baby|crybaby|drama queen|"
                         "joke)"), 20),
    # Stood facing a wall for hours.
    ("emotional_abuse", ("(stand|stood|standing|sit|sat|sitting|kneel|kneeling)( [a-z]+){0,3} "
                         "(facing )?(the |a )?([a-z]+ )?(wall|corner)",
                         "(for hours|hours|all (day|night|evening|afternoon)|[0-9]+ hours|(til|"
                         "until) (bedtime|bed|midnight|they|she|he)|times this week)",
                         "(make|makes|made|making|have to|has to|had to|forced|gets me to)"), 18),
    # Told at every contact they are ugly, beside a sibling who is the pretty one.
    ("emotional_abuse", ("(telling|tells|told|calling|calls|called|says|saying|keeps saying) me "
                         "(i am |that i am |how )?(fat and ugly|ugly and fat|fat|ugly|disgusting|a "
                         "disgrace|an embarrassment|a mistake|a burden|pathetic|a failure)",
                         _GROWN_UP,
                         "(whole (hour|time|visit|contact|day)|every (contact|visit|day|single)|"
                         "the pretty one|the clever one|the good one|the favourite|the smart "
                         "one)"), 20),
)
