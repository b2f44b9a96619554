"""Physical, sexual and emotional abuse by their structure, for wordings the first lists missed.

The third corpus (``tests/corpora/third_hand``), written by people who never saw the detector,
showed shapes of abuse at home the rules had no notion of. Each is written here as the
structure it takes in Working Together to Safeguard Children and the NSPCC's signs:

- physical abuse: being held down (a knee on the back, sat on until they cannot breathe,
  restrained face down), hair pulled out, a wrist bent back till it clicks, bitten, tied up, a
  baby shaken, "done my eye", and Welsh for a beating;
- sexual abuse: a "game" they are made to play under the covers, watched in the bath, it
  hurting to wee "because of what he does at night", a carer's partner's messages to be
  deleted, money for photos in their room, and Welsh for touching and "doing things";
- emotional abuse: told they ruined a life or killed a parent, made to eat apart while the
  family eats, shut in the dark, threatened with never seeing a brother again, a parent's
  suicide laid on them, threats to smother or stab "only joking", humiliating photos sent
  round the family, screamed at in the face, watched on their phone, "a bad spirit" beaten or
  prayed out of them, cut off from friends for months.

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses``. Each rule has its ordinary twins in
``tests/corpora/near_misses.txt`` (a dog's bite, play fighting, a lesson, a film).
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import AGENT

# Grown-ups who may harm a child (not a brother or sister at play).
_ADULT = ("(he|she|they|dad|mum|mam|step dad|step mum|carer|my carer|foster (carer|dad|mum)|uncle|"
          "my uncle|auntie|aunt|aunty|nan|grandad|grandma|staff|sir|miss|the staff|a staff|"
          "worker|his girlfriend|her boyfriend|(mums|dads|carers) (boyfriend|girlfriend|partner))")
_LIMB = "(wrist|wrists|arm|arms|fingers|finger|thumb|hand|hands|leg|neck)"
_CANT_BREATHE = ("(cant|couldnt|could not|cannot|can not) (breathe|breath|get (any )?air|get my "
                 "breath|move)")
# Being told to keep quiet about it.
_HUSH = ("(delete (it|them|the (messages|pics|pictures|photos|snaps|chat))|not to tell|dont tell|"
         "cant tell|mustnt tell|our (little )?secret|between (us|me and him|me and her)|wont tell)")

PHRASES: Final[dict[str, list[str]]] = {
    "physical_abuse": [
        # Held down: a weight on the body, sat on, restrained face down.
        "(knee|knees|whole weight|all (his|her|their) weight) (on|in|into|across) my (back|neck|"
        "chest|throat|head|stomach|face)",
        f"(sits|sat|sit|sitting|kneels|knelt|kneeling|lies|lay|lying) on (me|my (chest|back|"
        f"stomach|head|face|neck)) __ {_CANT_BREATHE}",
        "(sits|sat|sit|sitting|kneels|knelt|kneeling|lies|lying) on my (chest|back|stomach|face|"
        "neck) (till|until|til) i (stop|cant|pass|black|go)",
        f"(pinned|pin|pins|pinning|restrain|restrains|restrained|restraining|held|holds|hold|"
        f"holding) me (down )?(on|to|against|onto) __ {_CANT_BREATHE}",
        "(restrain|restrains|restrained|restraining|pin|pins|pinned|hold|holds|held) me (face "
        "down|down (on|to) the (floor|ground|bed) (till|until|and|with))",
        # Hair pulled out, a limb bent back, bitten, tied up.
        "(pulled|pull|pulls|pulling|ripped|rip|rips|ripping|yanked|yank|yanks|tore|tears) __ "
        "hair out", "(pulled|ripped|yanked|tore) out __ hair",
        f"{_ADULT} (bent|bends|bend|bending|twisted|twists|twist|wrenched|forced|yanked) my "
        f"{_LIMB} "
        "(back|backwards|behind (me|my back)|up my back)",
        f"(bent|bends|bend|bending|twisted|twists|wrenched) my {_LIMB} (back|backwards|up my back) "
        "(till|until|til) (it|i|they|one|my)",
        f"{_ADULT} (bit|bites|bitten|biting) (me|my [a-z]+)",
        "(tied|ties|tie|tying|taped|tapes|strapped|straps|cable tied) (my hands|my wrists|my legs|"
        "my feet|me) (up |together |down )?(behind|to|with|up|together|onto)",
        f"{_ADULT} (stamped|stamps|stamp|stamping|stomped|stomps) on my",
        f"{_ADULT} (throws|threw|chucks|chucked|lobs|lobbed|hurls|hurled) (things|stuff|whatever|"
        "a mug|mugs|a plate|plates|cups|a cup|a shoe|shoes|the remote|a bottle|bottles|a glass|"
        "glasses|a chair)( [a-z]+){0,4} at (me|my (head|face))",
        "(belting|hiding|leathering|battering|beating|kicking|pasting|walloping|thrashing) (off|"
        "from|of) (my )?(dad|mum|mam|step dad|step mum|carer|him|her|them|uncle|nan|grandad|"
        "foster (dad|mum|carer))",
        # A baby shaken.
        "(shakes|shook|shaking|shake|shaked) (the|my|our|his|her) (baby|babby|little (brother|"
        "sister)|baby (brother|sister))(?! (rattle|toy|toys|gym|bottle))",
        "(shakes|shook|shaking|shake) (him|her) __ (wouldnt|would not|wont|doesnt|does not) stop "
        "(crying|screaming)",
        # "Done my eye": an injury named by who did it.
        f"{AGENT} (done|did|does|busted|bust|split|burst|cracked|blacked) my (eye|eyes|lip|nose|"
        "face|jaw|head|ribs)(?! (make ?up|makeup|brows|eyebrows|lashes|liner|mascara|glitter|"
        "paint|for|up|nice|pretty))",
        # Welsh: a beating given by someone.
        "(gweir|grasfa|chweir|cweir|cosfa|curfa|clatsien) (gan|gen|wrth|oddi wrth) (fy|fi|dad|"
        "mam|nhad|yr|e|o|hi|nhw|y)",
    ],
    "sexual_abuse": [
        "(cos|because|coz) (of )?what [a-z]+ (does|did|do|done|keeps doing|makes me do) (to me )?"
        "(at night|in the night|in (my|his|her|the) (room|bed|bedroom|bathroom)|when (mum|mam|we|"
        "im|i am|nobody|no one|everyone))",
        "(kisses|kissed|kissing|touches|touched|touching) __ (its|it is|it was) (normal|a game|our "
        "secret|what (grown ups|families|people) do)",
        "(show|shows|showed|showing) me (videos|vids|pictures|pics|films|photos|porn) __ (sex|"
        "naked|rude|no clothes|doing it)",
        "(send|sent|sending) (him|her|them) (a )?(picture|pic|pics|pictures|photo|photos|video|"
        "snap|snaps) (of me )?(in (the bath|the shower|my (pants|underwear|bra|knickers|bed))|"
        "naked|with no clothes|without (my )?clothes|of my body)",
        # Welsh: touching, and "doing things" at night.
        "(twtsh|twtsho|twtshio|twtsiad|twtsio|twtsian|cyffwrdd|gyffwrdd|chyffwrdd) (fi|a fi|yn fi|"
        "a mi|mi|ynddo fi)",
        "(gwneud|neud|gneud|wneud) pethau (i fi|i mi|ata i|efo fi|gyda fi|i fin) (yn y nos|yn y "
        "gwely|pan|yn fy|dan y)",
    ],
    "emotional_abuse": [
        "(wishes|wished|wish|wishing) (she|he|they|shed|hed|she had|he had|she would|he would) "
        "(got rid of|aborted|never had|not had|given away|gave away|left) me",
        "i (ruined|ruin|wrecked|have ruined|ruined) (her|his|their|my (mums|mams|dads)|everyones) "
        "(whole )?life",
        "(i am|im) the reason __ (dead|died|left us|left|in prison|killed (himself|herself)|"
        "drinks)",
        "(says|said|tells me|told me|keeps saying|say) _ i (killed|murdered) (my )?(mum|mam|"
        "dad|nan|brother|sister|her|him|mother|father)",
        # Made to eat apart; the plate left outside like a dog's.
        "(make|makes|made|making) me (eat|have) (my )?(tea|dinner|meals|food|breakfast|lunch) "
        "(on my own|alone|by myself|in my room|on the stairs|outside|separate)",
        "(wont|dont|doesnt|never) let me (near|eat with|sit with|play with|touch) (their|the other|"
        "her|his) (own )?(kids|children|family)",
        "(leave|leaves|left|put|puts) my (plate|food|dinner|tea) (outside|on the floor|by the "
        "door)",
        # Shut in the dark.
        "(shut|shuts|lock|locks|locked|put|puts) me in (the|a|my|their) (dark )?(cupboard|"
        "wardrobe|shed|cellar|basement|bathroom|garage|loft|attic|boot|cage|dark)(?! (for a "
        "joke|as a joke|in hide|playing|when we play|by accident))",
        "(havent|hasnt|have not|not|wont|dont) (spoken|talked|speak|talk) to me __ (as (a )?"
        "punishment|to punish me)",
        "(nobody|no one) in the (house|home|family) (has )?(spoken|talked|speaks|talks) to me",
        "pretend (im|i am|i m) not (there|here)|pretend i dont exist",
        # Threats and fear.
        "(says|said|whispers|whispered|tells me|told me|threatens|threatened|says that|keeps "
        "saying) (that )?(she|he|they|she will|he will|they will|she would|he would|shed|hed|"
        "theyd|they would|shes going to|hes going to|she is going to|he is going to) ((smother|"
        "strangle|suffocate|stab|drown|choke) (me|you)|break (my|your) (neck|legs|arms|face))",
        "(gets|got|get|pulls|pulled|takes|took|grabs|grabbed) (the |a |his |her )?(big )?(knife|"
        "knives|belt|hammer|bat|gun) out",
        "(give|gives) you something to cry about",
        "what (ill|i will|youll|you will|i would|id) get (if|when) i",
        "(screams|shouts|yells|screamed|shouted|yelled|screaming|shouting|swears|swearing) (right "
        ")?(in|into) my face",
        "(sorry|apologise|apologize) for (being born|existing|being alive)",
        "only (feed|feeds|fed|let me eat) (me )?(if|when)",
        "(says|saying|telling me|tells me|told me|threatens|keeps saying) (he will|she will|they "
        "will|hes going to|shes going to|he is going to|she is going to|they are going to) (put|"
        "send) me (in|into|to|away)",
        "(drown|kill|hurt|get rid of|put down|poison) my (cat|dog|pet|hamster|rabbit|puppy|kitten|"
        "bird) (if|unless|when)",
        # Humiliation, surveillance, a "bad spirit".
        "(devil|demon|demons|evil|jinn|djinn|spirit|spirits) (in|inside) (me|my body)",
        "(beat|beats|beating|pray|praying|prays|burn|burning|cast|casting|drive|driving) (it|them|"
        "the (devil|demon|spirit|evil)) out (of me)?",
        "(pray|praying|prayed) over me",
        "(keep|keeps|kept) me (up|awake) __ (praying|all night)",
        "(see|sees|reads|read|checks|tracks|track|watches) (everything|all) (on|of|i do on) my "
        "(phone|messages|snapchat)",
        # Welsh: regretting having the child, names, nobody wanting them, a threat to kill.
        "(difaru|edifar) (cael|chael|ca) (fi|mi)",
        "galw (fi|fin|i|in|mi) ?(yn )?(dwp|twp|hyll|sbwriel|ddiwerth|diwerth)",
        "(bod|fod) neb (yn )?(moyn|isio|eisiau|eisie) (fi|ti)",
        "(lladd|ladd|ngladd) (fi|i|mi) (os|pan|achos)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A game they are made to play, and where or how it hurts.
    ("sexual_abuse", ("(makes|made|make|making) (me|us) play( [a-z]+){0,3} (game|games)",
                      "(covers|duvet|blanket|it hurts|hurts|sore|secret|special|private|bathroom|"
                      "naked|no clothes|pants|(in|under) (my|his|her|the) (bed|bedroom|covers))"),
     12),
    # Watched in the bath or getting changed.
    ("sexual_abuse", ("(bath|shower|getting (changed|dressed|undressed)|undressed|naked)",
                      "(stands there|sits there|stand there|sit there|just (sits|stands|stares|"
                      "watches)|stares at me|staring at me|looking at me|looks at me|watching me|"
                      "watches me)"), 12),
    # Messages about their body, and told to hide them.
    ("sexual_abuse", ("(sexy|naked|nude|nudes|no clothes|nothing on|in (my|his|her) (pants|"
                      "underwear|boxers|knickers)|(im|i am|i look|looking) (fit|hot|peng))", _HUSH),
     14),
    # Money for photos, where a child undresses.
    ("sexual_abuse", ("(pays|paid|pay|gives|gave|give|bribes|bribed) (me|her|him|us) (money|cash|"
                      "a fiver|a tenner|quid|pounds|sweets|vapes)", "(photos|pictures|pics|videos|"
                      "filming|film)", "(in (my|her|his) (room|bedroom|bed|pants|underwear|"
                      "knickers)|on his lap|undressed|no clothes|naked|in the bath)"), 16),
    # Eating apart while the rest of the family eats.
    ("emotional_abuse", ("(while|when|whilst) (they|the family|everyone else|the others|the "
                         "rest of (them|the family)|their kids) (all )?(eat|have (their )?(tea|"
                         "dinner)|are eating|go out|go on holiday)", "(on my own|alone|by myself|"
                         "in my room|on the stairs|outside (the|my) (room|door))"), 10),
    # Never seeing someone again, if they tell.
    ("emotional_abuse", ("(if|when) (i|you) (say|tell|said|told|talk|speak|grass|mention)",
                         "(never|not) (see|get to see|be allowed to see|seeing) (my|your|it|him|"
                         "her|them)|(send|give|take) (my|your|the) [a-z]+ away"), 16),
    # A parent's suicide laid on the child.
    ("emotional_abuse", ("(kill|hurt|harm|top) (himself|herself|themselves)|take (all )?(her|his) "
                         "(tablets|pills)", "(my fault|because of me|cos of me|be on me|on me|"
                         "blame me|your fault)"), 14),
    # A humiliating photo sent round.
    ("emotional_abuse", ("(crying|cryin|wet the bed|wet myself|in my wee|naked|on the toilet|"
                         "getting changed|in the bath|in my pants|meltdown)", "(photo|photos|"
                         "picture|pictures|video|videos|vid|pic|pics|filmed|films|filming|recorded)",
                         "(sent|send|sends|put|puts|posted|posts|shared|shares|showed|shows)"
                         "( [a-z]+){0,5}? (family|group chat|everyone|facebook|to laugh|laugh)"),
     18),
    # Cut off from friends and family for months.
    ("emotional_abuse", ("(not allowed|cant|cannot|wont let me|dont let me) (out|to go out|to see|"
                         "to talk|talk|see|to ring|ring|contact|to contact|text)", "(for|in) "
                         "(months|a year|ages)|months now|ever since"), 14),
)
