"""A grown-up hurting another at home, told in a family's own words: "the thunder", "words".

The twelfth blind hand (``tests/corpora/twelfth_hand``) told domestic abuse the way a child
hears it named at home: "the big shout", "the thunder", "his bad nights", "the Friday talk",
"having a debate", "dancing", "fight night", "the persuader". As with the punishments of
``surveys.concern_euphemism_home``, the code is new every time; the rest of the sentence is
not, and these rules read it, leaving the code free:

- his turn named (he "did his", "had one of his", "him and her") with what comes after: the
  police, the blue lights or an ambulance, and her hurt (a bleedy lip, her neck hidden, her
  wrist in a sling, her head through the door) or the smashing; or, told "again", her hurt
  alone;
- children hiding (under the bed, locked in the bathroom, headphones on in the wardrobe, hands
  over their ears) while he goes for their mum, starts on her or she cries "stop";
- it heard through the wall with her crying "stop", her hitting it, or her story ("she says
  she fell");
- what he did "to mum with the kettle", with the police; the story she is to give ("say she
  fell in the kitchen") with her hurt;
- a door kicked in, with her hiding or slaps; the police at the house with something done "on
  her"; a thing held over her head, with her heard begging;
- her put in the river or the ground "if she leaves"; dragged by her hair, thrown into the
  wardrobe; "the knife comes out" with the children locked in a room; the code said not to be
  what it sounds like ("its not dancing its throwing").

Each part asks for the harm, never the topic alone: a nan's fall and the ambulance, a "big
shout" at the telly, a debate about pizza, children hiding in a wardrobe at hide and seek, the
police at school for road safety. Those answers, written before the rules, are in the block
"the twelfth hand's codes for harm at home" of ``tests/corpora/near_misses.txt``; fresh
disclosures written before the rules are batches qk and ql of ``tests/corpora/adversarial.txt``.
Same syntax as ``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

# --- who: him, and her ------------------------------------------------------------------------

# A man at home: "mums man", "her fella", "my sisters husband", "tata", "aabo".
_HIM = ("(dad|daddy|step dad|grandad|uncle|fela|boyfriend|partner|partners|husband|man|he|him|"
        "tata|abo|gaz|steve)")
# Her: mum in the words children use for her, or another woman at home.
_HER = "(her|mum|mam|mummy|mamy|mama|hooyo|aunty|auntie|nan|nana|nanny|my sister)"
_HERS = ("(her|mums|mams|nanys|nanas|aunties|auntys|mamys|mumys|mamas|hoyos|sisters|girlfriends|"
         "[a-z]+s)")

# --- what comes after ---------------------------------------------------------------------------

# The police, the blue lights or an ambulance, at the house.
_AUTHORITY = ("(blue lights|police|feds|ambulance|(rang|caled|phoned) (the )?(police|999|feds)|"
              "999)(?! (came|come|visited|were) (to|into) (schol|clas|asembly))")
# Her hurt, or the hiding of it, or the smashing at home.
_HER_HURT = (f"({_HERS} ([a-z]+ ){{0,1}}(lip|nose|neck|eye|face|cheek|arm|wrist|throat|eyebrow|"
             "head|ribs|lips)( [a-z]+){0,3} (bleding|bledy|blod|swolen|broke|broken|in a sling|"
             "split|black|marks|bruised|bust|cut)|(split|bust|bledy|swolen|black) (lip|eye|eyebrow|"
             "nose)|blod on her (lip|face|nose|mouth)|(cut|cuts|gash|lump|bruise|bruises|marks) "
             "on her (head|face|arm|neck|lip|eye)|(hide|hid|hiding|cover|covered|covering) her "
             "(neck|face|eye|arm|marks)|her (head|face) (thru|through|into|against) the|al the "
             "glas went|the smashing|(glases|glas|plates|miror|tely) ([a-z]+ ){0,2}(broke|broken|"
             "smashed|everywhere|through the window)|blod on the|finger marks)")
# His turn named: "did his big shout", "had one of his episodes", "him and her".
_HIS_TURN = (f"({_HIM}( [a-z]+){{0,3}} (did|does|had|has|gets|got|goes) (one of his|his|their|the)"
             " ([a-z]+ ){1,3}(again|last night|then|on (her|mum|mam)|with (her|mum|mam))|had one "
             "of his|(him|he) and (her|mum|mam)|(mum|mam|nana|nan) (and|n) (her|his) (husband|"
             "fela|boyfriend|partner|man)|(grown ups|adults) were)")
# Told again: "had words again", "it started again", "fight night in ours".
_AGAIN = ("((had|has|did|does|having) (another|one) of (his|their) [a-z]+|(had|has|did|does|"
          "having|were having|was having) (one of )?(his|their|the|her)( [a-z]+){1,2} again|had "
          "words|fight night in ours|it started again)")

# --- the children -------------------------------------------------------------------------------

# Children hiding, or covering their ears, while it happens.
_CHILDREN_HIDE = ("((hide|hid|hiding|sit|sat|lock ourselves|locked ourselves|locks us|locked us)"
                  "( [a-z]+){0,2} (in|under|behind|on) (the|my|our) ([a-z]+ )?(bed|bathrom|"
                  "wardrobe|loft|bath|cupboard|bedrom|stairs)|(hands|hand) over (my|our) ears|"
                  "(put|puts|turn|turns) (the )?(music|headphones|tely) (on|up)( loud)?|put "
                  "(my |our )?headphones on)")
# He turns on her: "goes for her", "starts on her", "throwing mum about", "she cries stop".
_ON_HER = (f"((goes|went|going|starts|started|starting|kicks of|kicked of) (for|on) {_HER}|goes "
           f"[a-z]+ on {_HER}|(did|does|done|doing) (the |his )?([a-z]+ ){{0,2}}on her(?! (own|"
           f"oponent|friend|phone|bike|head|hair|face|way|birthday|team))|throwing {_HER} about|"
           f"{_HER} (screaming|crying|shouting|begging) (help|stop)|crying stop|(the )?knife "
           "(comes|came) out)")
# Heard through the wall: her crying "stop", her hitting it, it happening, her story after.
_HEARD = "(heard|hear|hearing|could hear)"
_THROUGH_WALL = "(through|thru) (the|my|our) ([a-z]+ )?(wal|wals|flor|dor|ceiling)"
_HER_PAIN = ("(crying (stop|help)|screaming (stop|help)|begging|she (says|said) she fel(?! (asleep|"
             "in love|of to sleep))|she said (it )?was the|her hiting it|it hapen|it hapening|her "
             "(screaming|crying))")

# The story she is to give: "say she fell in the kitchen".
_HER_STORY = "(say|tel them|tels them) (she|mum|mam|i) (fel|tripped|walked into)"

# --- what he did with something, and threats ---------------------------------------------------

# "What dad done to mum with the kettle".
_DONE_TO_HER_WITH = (f"(done|did|does|do) (to|on) {_HER} with (the|a|his) [a-z]+")
# A door kicked in, and her hiding, or slaps, or her phone taken.
_DOOR_IN = "(kicked|kicks|kick|smashed|boted|put) (the )?(dor|bathrom dor|bedrom dor) in|dor in"
_SHE_HID = ("((mam|mum|she) hid|i pushed her behind|slaps|(phone|her phone) (tok|taken|took)|"
            "(took|takes|tok) her phone)")
# Something held over her head, and her heard begging.
_OVER_HER_HEAD = f"(had|held|holds|has|holding) (it|the [a-z]+|a [a-z]+) over {_HERS} head"
_HEARD_HER = "(i )?(heard|hear) her (begin|begging|screaming|crying|scream|cry)"
# Put in the river or the ground if she leaves.
_IF_SHE_LEAVES = (f"((put|throw) {_HER} ([a-z]+ ){{0,2}}(in the (river|ground|canal|sea|lake)|six "
                  f"fet under)|(bury|burry|kil|drown) {_HER})( [a-z]+){{0,4}} if she (leaves|tels|"
                  "talks|tries to leave|cals the police|rings the police)")
# Dragged by her hair, thrown into the wardrobe, by him.
_BY_HER_HAIR = (f"(draged|drags|drag|puled|pulls|grabed|grabs) {_HER}( [a-z]+){{0,4}} by (the|"
                "her) (hair|neck|throat)")
_THROWN_INTO = (f"(threw|throws|throwing|shoved|shoves|pushed|pushes) {_HER} (into|against|down|"
                "through) the (wardrobe|wal|dor|stairs|window|flor|cupboard)")
# Something thrown through the window, and her arm.
_THROUGH_THE_WINDOW = "(through|thru) the window and her (arm|head|face|hand)"
# The children locked away while the knife comes out.
_KNIFE_OUT = "(the |a |his )?knife (comes|came|coming) out"
_LOCKED_AWAY = ("(locks|locked|lock) (us|me|the kids|my sister|my brother)( [a-z]+){0,2} in (the|"
                "my|our) ([a-z]+ )?(bedrom|bathrom|rom)")
# The code said not to be what it sounds like: "its not dancing its throwing".
_NOT_WHAT_IT_IS = ("(its|it is|thats|that is) not (really )?(dancing|a game|a joke|playing|play) "
                   "(its|it is|thats|that is) (throwing|hitting|punching|kicking|slapping|choking)")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # His turn, then the police and her hurt or the smashing.
    ("domestic_abuse", (_AUTHORITY, _HER_HURT, _HIS_TURN), 30),
    # His turn told again, with her hurt.
    ("domestic_abuse", (_AGAIN, _HER_HURT), 24),
    # Children hiding while he goes for their mum.
    ("domestic_abuse", (_CHILDREN_HIDE, _ON_HER), 22),
    # The police, and something done on her.
    ("domestic_abuse", (_AUTHORITY, _ON_HER), 20),
    # Heard through the wall: her crying stop, her story, her hitting it.
    ("domestic_abuse", (_HEARD, _THROUGH_WALL, _HER_PAIN), 20),
    # The story to give for her, and her hurt.
    ("domestic_abuse", (_HER_STORY, _HER_HURT), 16),
    # What he did to her with something, and the police.
    ("domestic_abuse", (_DONE_TO_HER_WITH, _AUTHORITY), 20),
    # A door kicked in, and her hiding or the slaps.
    ("domestic_abuse", (_DOOR_IN, _SHE_HID), 16),
    # Something held over her head, and her heard begging.
    ("domestic_abuse", (_OVER_HER_HEAD, _HEARD_HER), 14),
    # Dragged by her hair or thrown into the wardrobe, by him.
    ("domestic_abuse", (_BY_HER_HAIR, _HIM), 14),
    ("domestic_abuse", (_THROWN_INTO, _HIM), 10),
    # His turn, something thrown through the window, and her arm.
    ("domestic_abuse", (_HIS_TURN, _THROUGH_THE_WINDOW), 24),
    # The knife comes out, and the children locked away.
    ("domestic_abuse", (_KNIFE_OUT, _LOCKED_AWAY), 20),
)

PHRASES: Final[dict[str, list[str]]] = {
    # Put in the river or the ground if she leaves: a threat on her life, said alone.
    # The code said not to be what it sounds like: "its not dancing its throwing".
    "domestic_abuse": [_IF_SHE_LEAVES, _NOT_WHAT_IT_IS],
}
