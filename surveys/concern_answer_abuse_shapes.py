"""Self-harm and abuse at home by the shapes a fifth blind corpus, written as answers, showed.

The fifth hand's corpus (``tests/corpora/fifth_hand``) answers the survey's own questions, so a
disclosure sits inside an answer about school, contact or the placement, often after "but" or
at its end, and is often told as what follows from the harm rather than the harm itself: the
marks that keep a child out of PE, the story they were told to tell, a threat for next time,
what a carer says every day. The rules before this module read "who does what to whom" and
missed these shapes (NSPCC signs of physical, sexual and emotional abuse; Working Together to
Safeguard Children), each written as its structure:

- self-harm: a road or a platform crossed every day and a thought of not stopping; a high
  place nobody would see them go over; tired of being alive; pills kept for "the lot"; not
  being here for the next review; letters written "just in case"; a ligature tied to see if it
  would hold someone;
- physical: an injury with the story they must tell about it; a "hiding" promised for next
  time; an injury "an accident" that was not; a sibling's injury whispered about; hit with
  whatever is to hand, a lump or a bruise after; a household member's kicks when nobody looks;
  something hot held on them; a threat to break a bone if they tell; a story a place gives the
  lie to; an implement "used on us";
- sexual: a hand moving up a leg or a skirt; made to bathe with a grown-up; made to do things
  to someone; made to show their body and told nobody would believe them; photographed in a
  changing room or a shower;
- emotional: a carer's words that they are bad, unwanted or kept for money, "no wonder" their
  mother did not want them; shamed in front of others as a punishment (stood in the hall in
  underwear, wet clothes to school, a diary read out); eating apart "because I'm not family";
  locked in from outside; a pet threatened; their things bagged at the door "for real next
  time"; the only photo of a parent burnt.

Fresh wordings of each shape, written before the rules and measured at first sight, are batch
(r) of ``tests/corpora/adversarial.txt`` (36/117 of the seven kinds caught at first sight);
batches (s) and (t), written after, are second and third probes (40/45, then 16/20, at first
sight). The ordinary answers nearest each rule are in ``tests/corpora/near_misses.txt``.
``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

# Grown-ups at home or in care, as children name them in an answer (not classmates).
_ADULT = ("(dad|mum|mam|mummy|daddy|step dad|step mum|stepdad|stepmum|carer|carers|foster (carer|"
          "carers|dad|mum|mam|parents)|uncle|auntie|aunt|aunty|anti|nan|nana|nain|grandad|taid|"
          "grandma|gran|parents|(mums|mams) (boyfriend|partner|fella|bf)|(dads) (girlfriend|"
          "partner|gf)|key worker|keyworker|staff|social worker|lodger)")
# An injury a child can be seen to have.
_INJURY = ("(mark|marks|bruise|bruises|bruised|black eye|burn|burns|cut|cuts|lump|welts|scar|"
           "scars|fat lip|split lip|broken (arm|wrist|finger|nose)|scratches|bite marks)")
# The story told about it.
_TOLD_TO_SAY = ("((said|sed|says|told me|tells me|told|tell|tells|made me) to (say|tell (them|"
                "school|people|sir|miss|my [a-z]+|everyone|the [a-z]+))|(tell|say to) (them|school|"
                "people|sir|miss|everyone) (i|it|that i)|(said|say|says) it was (from|off))")
_STORY = ("(fell|fall|fallen|walked into|tripped|bumped|banged|slipped|came off|come off|off my "
          "bike|down the stairs|on the cupboard|from (football|netball|rugby|pe|hockey|boxing|"
          "training)|(at|in|playing) (football|netball|rugby|pe|hockey|boxing|training))")
# Whatever is to hand, and what a child is hit with.
_IMPLEMENT = ("((hoover|vacuum) (pipe|hose|lead|cable)|pipe|mop( handle)?|broom( handle)?|brush|"
              "poker|stick|cane|shoe|slipper|wooden spoon|spoon|belt|bat|hose|rolling pin|"
              "remote|plank|hanger|coat hanger|cable|lead|charger|wire)")
_HIT_WITH = ("(leathered|battered|belted|whacked|hit|hits|beat|beats|smacked|smacks|thrashed|"
             "walloped|clouted|lamped|bashed|whacks)")
# What it leaves behind.
_LEFT_HURT = ("(lump|lumps|bruise|bruises|bruised|marks|mark|lines|welts|red|black and blue|"
              "bleeding|bled|swollen|cut)")
# A hiding promised.
_HIDING = ("(hiding|good hiding|beating|belting|leathering|battering|pasting|thrashing|slap|"
           "smack|the belt|the slipper)")
# Words that tell a child they are bad, unwanted or kept for money (a grown-up's, said to them).
_UNWANTED = ("(devils (child|kid|spawn)|devil child|(i am|you are|youre|i was) evil|evil like|"
             "waste of (space|oxygen|air|skin)|thick and ugly|ugly and thick|fat slag|slag|slut|"
             "tramp|(bad|rotten) (one|apple|egg|seed)"
             "|worthless|good for nothing|(ruined|wrecked|broke|destroyed) (the|this|our|my|her|"
             "his) (whole )?(family|life|marriage)|(the )?only (reason|why) (they|she|he|we) "
             "(keep|keeps|kept|have|has|want|wants) me|(keep|keeps|kept|have|has|want|wants) me "
             "for the (money|cash|pay)|only (keep|keeps|have|has|want|wants) me for|not (real|"
             "proper|part of the|part of this|a real|a proper) family|not (their|our|your|his|"
             "her) (real|proper) family|(i am|you are|youre) only (here|kept|wanted) (for|because "
             "of) the (money|cash|pay)|never (be|will be) (real|proper) family|(wishes|wished|"
             "wish) (i|you) (was|were) never born)")
_NO_WONDER = ("no wonder (my|her|his|our) (real )?(mum|mam|dad|mother|father|parents|"
              "family) (didnt|did not|dont|doesnt|never) (want|wanted|keep|kept|love|loved)|no "
              "wonder (my|her|his|our) (mum|mam|dad|mother|father|parents) (left|gave (me|you)"
              " up)")
_SAYS = ("(says|said|tells|told|telling|saying|calls|called|calling|screams|screamed|screaming|"
         "shouts|shouted|shouting|yells|yelled|keeps saying|goes|voice notes|messages|texts)")
# Shamed before others as a punishment.
_SHAMED = ("(in (my|his|her|our) (pants|underwear|undies|knickers|boxers|nappy|vest)|(the )?"
           "(others|other kids|other lads|everyone|they all|the other [a-z]+) (laugh|laughs|"
           "laughed|laughing|walk past|walks past|stare|can see)|(laugh|laughs|laughed|laughing) "
           "at me|so i learn|to learn|learn my lesson|to make me cry|to teach me|when i am"
           " (naughty|bad)|if i (get|do|say) (anything|something|it) wrong|when i (get|do) "
           "(things|anything|it) wrong)")

PHRASES: Final[dict[str, list[str]]] = {
    "self_harm": [
        # Tired of being alive.
        "(tired|sick|bored|done|fed up) (of|with) (being alive|living|existing|being here|life "
        "itself|life)(?! (in|at|with|near|on|of|admin|here|there|without) )",
        # Not being here for the next review, birthday or Christmas.
        "(i|ill) (wont|will not|am not going to|isnt going to|not going to|not) (be here|be "
        "around|be "
        "alive) (for|by|at) (it|the next|my next|then|christmas|my birthday)(?!( [a-z]+)? (because|"
        "as|i am|ill be|i will be|on|its|it is|so|we|were|i have|but))",
    ],
    "physical_abuse": [
        # Hit with whatever is to hand.
        f"{_HIT_WITH} (me|us|him|her|my (brother|sister)) (with|wiv|wi) (a |the |his |her |my |"
        f"their |an )?(old )?{_IMPLEMENT}",
        # An implement "used on us", or taken to them.
        f"(uses|used|using|use|takes|took|taking|gets out|got out) (the|a|his|her|their) "
        f"{_IMPLEMENT} (on|to) (us|me|my (brother|sister|legs|back|hands|bum))(?! to (measure|"
        f"check|see))",
        # Something hot held on them.
        "(pressed|pushed|put|held|holds|presses|stuck|pushes|puts) (the|a|his|her) (iron|lighter|"
        "cigarette|fag|hot pan|hot spoon|kettle|hair straighteners|straighteners|curling tongs|"
        "hot knife) (on|onto|against|into|to) (it|me|my (hand|arm|leg|back|skin|neck|face|foot|"
        "wrist|fingers|belly|tummy|chest))",
        # Welsh: slapped, hit or kicked.
        "(slapiodd|slapio|slapian|hitiodd|hitio|tarodd|ciciodd|dyrnodd|dyrnu) (fi|i|mi|fy)( yn| "
        "ar)?",
    ],
    "sexual_abuse": [
        # A hand moving up a leg or a skirt.
        "(hand|hands) (higher|further|right|all the way)? ?(up|between|inside|under|in) (my|me) "
        "(skirt|shorts|dress|thigh|thighs|legs|knickers|pants|bra)",
        "(hand|hands) (higher|further|right) up (my|me) (leg|thigh|top)",
        # Made to bathe with a grown-up.
        "(makes|made|make|making|wants|wanted|tells|told|forces|forced) me (to )?(get|go|have|"
        "take|sit|be) (in|into)? ?(a |the )?(bath|shower|bathtub) with (him|his|her|them|me "
        "dad|my (dad|step dad|stepdad|uncle|grandad|mums boyfriend|foster dad|carer))",
        # Made to do things to someone.
        "(made|makes|make|making|forced|forces|force|gets|got) (me|us|my [a-z]+|my [a-z]+ [a-z]+|"
        "him|her|them) (to )?do (stuff|things|sex stuff|sexual things|it) to (him|her|them)",
        # Made to show their body.
        "(made|makes|make|asked|asks|wants|wanted|told|tells) me (to )?show (him|her|them|his|"
        "the man|[a-z]+) my (chest|boobs|breasts|body|bits|privates|private parts|willy|bum|"
        "fanny|nipples|tits|down there)",
        # Photographed in a changing room or a shower.
        "(takes|took|taking|take|films|filmed|filming|records|recorded|recording) (pictures|"
        "photos|videos|pics|snaps)? ?(of )?(us|me|her|him|the (girls|boys|kids)) (in|when|while)"
        " (the |were |we are |im |they are )?(changing rooms?|showers?|getting changed|"
        "undressed|naked)",
    ],
    "emotional_abuse": [
        # Kept for the money, never real family: words only a carer says of a child in care.
        "(the )?only (reason|why) (they|she|he) (keep|keeps|kept|have|has|want|wants) me (is|"
        "its|it is|is for) (the )?(money|cash|pay)",
        "(only )?(keep|keeps|kept|have|has|want|wants) me for the (money|cash|pay)",
        "not (real|proper|part of the|a real|a proper) family (and|n) (never|wont) (will )?be",
        # Locked in from outside, light taken.
        "(lock|locks|locked|locking) (me in|me in my|my|the) (bedroom|room)( door)? (from|on) "
        "(the )?outside",
        # Their things bagged at the door, "for real" next time.
        "(puts|put|packs|packed|putting|packing|chucks|chucked) (all )?my (stuff|things|clothes|"
        "belongings) (in|into) (bin bags|bags|a bin bag|black bags|bin liners) __ (next time|for"
        " real|every time|if i|kick me out|chuck me out|send me back|im out)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A road or a platform crossed every day, and a thought of not stopping.
    ("self_harm", ("(think|thinking|thought|thinkin) (about|bout|of) (just )?(not (stopping|"
                   "looking|stepping back|moving)|stepping (off|out|in|forward)|leaning (out|"
                   "over)|walking (out|in front)|staying on|jumping|"
                   "going over|letting go)", "(road|roads|traffic|dual carriageway|motorway|"
                   "platform|tracks|train|level crossing|railway|bridge)"), 16),
    # A high place nobody would see them go over.
    ("self_harm", ("(no one|nobody|noone) (would|will|wud) (see|notice|know|find) (me|if i)",
                   "(go|going|went|jump|drop|fall|go off|went off) (over|off)( the top)?|went "
                   "over", "(bridge|multi storey|car park|cliff|cliffs|pier|roof|viaduct|"
                   "quarry|tower|flats|footbridge)"), 18),
    # Pills kept for when it gets bad: "taking the lot".
    ("self_harm", ("(pills|tablets|paracetamol|painkillers|meds|medicine|medication|"
                   "antidepressants|sleeping (pills|tablets)|sertraline|fluoxetine)",
                   "(i am|i will|ill|i would|i|going to|want to)( just)? (take|taking|have|"
                   "having|neck|necking|swallow|swallowing|down|downing) (the lot|them all|all of"
                   " them|the whole lot)"), 24),
    # Letters written for people, kept "just in case".
    ("self_harm", ("(wrote|written|writing|write|done) (a )?(letters|letter|notes|note) (for|to)"
                   " (everyone|my|me|the)(?!( [a-z]+){0,5} (for|at) (christmas|xmas|her birthday|"
                   "his birthday|my birthday|eid|diwali|mothers day|fathers day))",
                   "just in case(?! (i|we|they|he|she) (forget|lose|miss|need|get))"), 26),
    # A ligature tied to see if it would hold someone.
    ("self_harm", ("(belt|rope|scarf|cord|lead|cable|tie|dressing gown cord|wregys)", "(bunk|"
                   "top bunk|banister|door handle|hook|beam|rail|curtain pole|wardrobe|bync)",
                   "(hold|take|held|took|dal) (him|her|me|my|his|their|e|fe)( weight)?"), 16),
    # An injury, and the story they must tell about it.
    ("physical_abuse", (_TOLD_TO_SAY, _INJURY, _STORY), 20),
    # A hiding promised for next time.
    ("physical_abuse", (f"(i|you|ill|youll) (get|gets|will get|are getting|am getting|are "
                        f"going to get|am going to get) (a |the )?(proper |good |real )?{_HIDING}",
                        "(next time|if|when|every time|unless) (i|you)"), 14),
    # An injury "an accident" that was not.
    ("physical_abuse", ("(said|says|told (them|everyone|school|the [a-z]+)|say) (it was|its|"
                        "it is) (an )?accident", "(it|but it) (wasnt|was not|isnt)|on purpose|"
                        "(he|she) meant it", _INJURY), 22),
    # A sibling's injury, and who did it whispered.
    ("physical_abuse", ("(whispered|told me|said|says|admitted|tells me) (that )?(her|his|my|"
                        "our|the) (step dad|stepdad|dad|mum|mam|step mum|stepmum|foster (dad|mum|"
                        "carer)|carer|uncle|nan|grandad|mums boyfriend) (did|done|does|caused) "
                        "(it|that|them)", _INJURY), 14),
    # Hit with something, and what it left.
    ("physical_abuse", (f"{_HIT_WITH} (me|us|him|her)", _LEFT_HURT), 16),
    # A household member's kicks or blows when nobody looks.
    ("physical_abuse", ("(foster carers|carers|foster|step|my carers|the carers) (son|grandson|"
                        "daughter|brother|sister|boyfriend)|foster (brother|sister)", "(kicks|"
                        "kicking|booting|boots|punches|punching|hits|hitting|kicked|punched) me",
                        "(no ones|nobodys|no one is|nobody is|the adults are|carers are|no one)"
                        " (looking|there|out|around|about)|bruised|bruises|black and blue"), 18),
    # Something hot held on them, and the burn hidden or left.
    ("physical_abuse", ("(pressed|pushed|held|put|stuck) (the|a|his|her) (iron|lighter|"
                        "cigarette|fag|hot pan|kettle|straighteners|hair straighteners|curling "
                        "tongs) (on|onto|against) (it|me|my)", "(burn|burns|burnt|blister|scar|"
                        "mark|hiding|hurt)"), 16),
    # A threat to break a bone if they tell.
    ("physical_abuse", ("if (i|you) (ever )?(tell|told|say|said|speak to|talk to) (the |my |a |"
                        "your )?(social worker|social|school|teacher|teachers|police|iro|anyone|"
                        "anybody|someone|about|sw|staff|nurse|doctor)", "(break|snap|smash) (my|"
                        "your|both) (arm|arms|legs|leg|neck|jaw|fingers|face|ribs|wrist)"), 22),
    # An injury's story that the place gives the lie to.
    ("physical_abuse", (_STORY, _INJURY, "(havent|hasnt|have not|has not|dont|doesnt|isnt)"
                        " (even )?(got|have|own|one|a)( a| one| any)?"), 20),
    # Pictures in a changing room, told to the review.
    ("sexual_abuse", ("(pictures|photos|pics|videos|snaps) of (us|me|the (girls|boys|kids))",
                      "(changing rooms?|showers?|toilets|getting changed)"), 12),
    # Told nobody would believe them, after being made to show or do something.
    ("sexual_abuse", ("(no one|nobody|noone) (will|would|is going to|gonna) (ever )?believe "
                      "(a kid like me|me|you|a kid|a [a-z]+ like (me|you))", "(show|touch|do|"
                      "watch|take (off|my)|undress)"), 18),
    # A grown-up's words that they are bad, unwanted or kept for money.
    ("emotional_abuse", (_UNWANTED, _ADULT, _SAYS), 18),
    ("emotional_abuse", (_NO_WONDER, _ADULT), 20),
    # Shamed before others as a punishment: stood in the hall, wet clothes worn.
    ("emotional_abuse", ("(have to|had to|got to|make me|makes me|made me|make|made) (me )?stand"
                         " (in|on|at|outside) (the )?(hall|hallway|landing|corner|garden|doorway"
                         "|street)", _SHAMED), 18),
    ("emotional_abuse", ("(make|makes|made|making) (me|him|her|us|them|my (brother|sister|"
                         "little brother|little sister)) (wear|sleep in|keep on|go to school in|go"
                         " out in)", "(wet|soiled|dirty|weed|pee|pissed|wee)", "(school|"
                         "breakfast|learn|learns|lesson|everyone|out)"), 16),
    ("emotional_abuse", ("(reads|read|reading) (out )?my (diary|letters|messages|texts|journal|"
                         "notes)(?! (entry|entries|story|poem|piece))",
                         "(other (kids|lads|girls|boys)|everyone|the others|the group)",
                         "(laugh|laughs|laughed|laughing|to make me cry|humiliate)"), 18),
    # Eating apart "because I'm not family".
    ("emotional_abuse", ("(make|makes|made|have to|got to|had to) (me )?eat (my )?(tea|dinner|"
                         "meals|food|breakfast|lunch|meal)? ?(in|on) (the |my )?(hall|hallway|"
                         "landing|stairs|room|bedroom|garden|kitchen|own)", "(not (part of the |"
                         "real |proper )?family|(on|by) my own|by myself|on my own)"), 20),
    # A pet threatened if they do not behave.
    ("emotional_abuse", ("(if|unless) (i|i am) (dont|do not|am|misbehave|play up|tell|say|bad|"
                         "naughty|behave|keep)", "(dog|cat|pet|rabbit|hamster|puppy|kitten|"
                         "guinea pig) (gets|will get|get|getting|be|will be) (put down|killed|"
                         "drowned|put to sleep)|(drown|kill|put down) (my|the|your) (dog|cat|pet|"
                         "rabbit|hamster|puppy|kitten)", "(my fault|on me|your fault|if i)"),
     22),
    # The only photo of a parent burnt or torn as a punishment.
    ("emotional_abuse", ("(burned|burnt|burn|ripped|tore|torn|set fire to|binned|cut up) (up )?"
                         "(the only|my only|the last|my last|all my|the) (photo|photos|picture|"
                         "pictures|letter|letters) (i had |i have )?(of|from) my", "(in front of"
                         " me|to teach me|to punish|as a punishment|while i watched|made me watch"
                         ")"), 18),
    # Welsh: shouted at that they are worthless and nobody loves them.
    ("emotional_abuse", ("(gweiddi|gweud|dweud|deud|ddweud|ddeud) (bo|bod|fod) (fi|fin|i)",
                         "(dda i ddim|da i ddim|neb yn (y |fy )?(ngharu|caru)|neb isio|neb eisiau"
                         "|neb moyn)"), 16),
)
