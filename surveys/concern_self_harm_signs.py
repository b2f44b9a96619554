"""Signs of suicide and self-harm by their structure, for wordings the first lists never met.

A third corpus written by people who never saw the detector (``tests/corpora/third_hand``)
showed the shapes of a self-harm disclosure the rules had no notion of, each written here as
a structure rather than as the sentence that showed it:

- a high or dangerous place × a thought of going over, in front of or down ("every time I
  cross the footbridge I think about going over the rail", "I go up the car park roof and
  just look down");
- a wish that ordinary life would end it: hoping not to wake, hoping a car or a bus hits them;
- affairs put in order: "I won't be around for the next one, it's all planned", letters for
  everyone, things given away "so he has it after";
- a method beyond pills: drinking bleach or cleaning stuff, stopping insulin or medicine on
  purpose, a glass or a blade used on their own arm, holding their breath or a pillow until
  things go fuzzy, a named medicine and "how many would it take";
- wanting to be with someone who has died ("go to heaven to be with nanny"), and Welsh for
  not wanting to live any more.

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses`` (every part within ``window`` words, any
order). Each rule has its ordinary twins in ``tests/corpora/near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

# High or dangerous places, as children name them (English and Welsh).
_HIGH_PLACE = ("(bridge|footbridge|flyover|overpass|viaduct|tracks|train tracks|railway|railway "
               "line|train line|level crossing|car park|multi storey|multistorey|roof|rooftop|"
               "cliff|cliffs|balcony|quarry|pier|river|canal|motorway|dual carriageway|top floor|"
               "bont|pont|rheilffordd|lein|clogwyn)")
# Going over, off or in front: what the thought at that place is about.
_GOING_OVER = ("((go|going|climb|climbing|get|getting|lean|leaning|step|stepping) (over|off|out|"
               "in front)|(climb|climbing|climing) over|jump|jumping|jumped|fall|falling|let go|"
               "letting go|the drop|how easy|how "
               "quick|how high|how far down|over the (side|edge|rail|railing|railings|barrier|"
               "wall))")
_THOUGHT = ("(think|thinks|thinking|thinkin|thought|imagine|imagining|imaginin|wonder|wondering|"
            "wonderin|picture|picturing|picturin|keep thinking|cant stop thinking)")
# Medicines by name: a child asks about the one in the house, not about "tablets".
_MEDICINE = ("(sertraline|fluoxetine|citalopram|paracetamol|co codamol|cocodamol|codeine|ibuprofen"
             "|tramadol|diazepam|insulin|sleeping (pills|tablets)|antidepressants|anti "
             "depressants|melatonin|nurofen|calpol|my (mums|dads|nans|carers) (pills|tablets|meds)"
             ")")
# Things in the house that poison.
_POISON = ("(bleach|cleaning (stuff|spray|liquid|products)|the cleaner|toilet cleaner|dettol|"
           "antifreeze|anti freeze|weedkiller|weed killer|washing (tablets|liquid|pods)|fairy "
           "liquid|white spirit|drain cleaner|oven cleaner)")
_SHARP = ("(glass|the glass|broken glass|a blade|the blade|blade|razor|a razor|knife|a knife|"
          "scissors|compass|sharpener|a shard|shard|lighter)")
_OWN_SKIN = "my (arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|belly|hips|hip)"
# Shared with ``surveys.concern_self_harm_methods``.
HIGH_PLACE, OWN_SKIN = _HIGH_PLACE, _OWN_SKIN

PHRASES: Final[dict[str, list[str]]] = {
    "self_harm": [
        # Hoping sleep, a car or a bus will do it.
        "(hope|hoping|hoped|pray|praying|prayed|wish|wishing) (every night |each night )?(that )?"
        "i (dont|do not|wont|never|wouldnt) wake(?! (up )?(late|early|in time|on time|for|"
        "before|the|my|mum|anyone))( up)?",
        "(hope|hoping|hoped|pray|praying|wish|wishing) (that )?(a|the|some) (car|bus|lorry|train|"
        "van|truck|taxi) (will |would |might )?(hit|hits|run|runs|knock|knocks|take|takes|mow|"
        "mows|doesnt see|does not see|wont see|doesnt stop|wont stop|flattens|flatten) (me|into "
        "me)",
        "(make|made|making) sure i (wouldnt|would not|wont|didnt|never) wake( up)?",
        # Affairs put in order.
        "(so|for) (he|she|they|you|my [a-z]+) (has|have|gets|get|can have|keeps|keep) (it|them|"
        "my stuff|my things|all my stuff) (after|when im gone|when i am gone|once im gone|when i "
        "die|after i die|after im gone|after i am gone)(?! [a-z])",
        "(letter|letters|note|notes) (for|to) (everyone|everybody|them all|my family|all of them|"
        "my [a-z]+) (for )?(after|when) (im|i am|i have|ive) (gone|dead|died)",
        "(given|gave|giving|give) (away )?(all )?my (stuff|things|games|clothes|xbox|ps5|phone) "
        "(away )?__ (written|wrote|writing|letters|a letter|notes|a note|goodbye|im gone|i am "
        "gone)",
        # Methods beyond pills.
        f"(drank|drunk|drink|drinking|swallowed|swallow|swallowing|downed|necked|had) (some |a bit "
        f"|a load |loads )?(of )?(the |my |our )?{_POISON}(?! (in|at|for) (science|class|school))",
        f"{_POISON} __ to see (what would happen|if (i|id|i would) (die|died|wake up)|if it (would|"
        "will) kill me)",
        f"how many (of )?(my |the |her |his |our )?((mums|dads|nans|carers) )?{_MEDICINE} __ "
        "(would|will|does it|it) (take|"
        "kill|to kill|be enough)",
        "(stopped|stop|stopping|not) (doing|taking|having|using) my (insulin|meds|medication|"
        "medicine|tablets|inhaler|epilepsy (meds|tablets)) (on purpose|so (it|i|that)|to (die|make"
        "|see)|till|until)",
        "(stop|stopping|stopped) (eating|drinking) __ (till|until|so) my (body|heart) (gives up|"
        "stops|packs in|shuts down|gives out)",
        f"(did|done|do|doing) {_OWN_SKIN} (with|using|again)",
        f"{_SHARP} (and |n |then )?(used|use|using|ran|run|dragged|drag|pressed|press) (it |them )?"
        f"(on|across|over|into|along) {_OWN_SKIN}",
        "(hold|holding|held) my (breath|breth) (in bed |at night )?(till|until|til) (it|i|"
        "everything|"
        "things) (goes|go|went|pass|passed|blacks|go black|goes black|fuzzy|faint|dizzy)",
        "(tried|try|trying|tries) (holding|putting|to put|to hold|to press|pressing) (a |the |my )?"
        "(pillow|bag|plastic bag) (on|over) my (own )?(face|head|mouth)",
        # On the wrong side of a railing; looking up how long dying takes; hurting by other means.
        "(stood|standing|stand|sat|sitting|climbed|climb|climbing) (on )?(the )?(wrong|other) side "
        "of the (railings|railing|barrier|barriers|bridge|fence on the bridge)",
        "(how long|how quick|how fast) (it takes|does it take|would it take|till you|before you) "
        "(to )?(bleed out|die|drown|suffocate|pass out|stop breathing)",
        "(looking up|looked up|googled|googling|searched|searching) (how|ways) to (die|kill myself|"
        "bleed out|end it|overdose|od)",
        "(punch|punching|punched|bang|banging|banged|hit|hitting|smash|smashing) (walls|the wall|"
        "the walls|my head) __ (till|until) (my|it|they|i) (bleed|bleeds|bled|split|splits|break|"
        "breaks|bruise|knuckles)",
        "(cymryd|gymryd|llyncu|lyncu) (nhw |nw |eu |y |r )?(i gyd|tabledi i gyd|dabledi i gyd)",
        "(wont|will not|not going to) (need|be needing) (a |my |the |another |any more )?(review|"
        "reviews|meeting|meetings|future|birthday)",
        # Wanting to be with someone who has died.
        "(want|wanna|wish i could|going|want to go|like) (to )?(go (up )?to|be in|go up to|get to) "
        "(heaven|heven|the sky|the stars) (to be with|with|and be with|so i can be with|and see|to "
        "see)",
        # Welsh: not wanting to live any more.
        "(sain|sai|dwi ddim|dw i ddim|dwin ddim|ddim|dim) (moyn|eisiau|isio|isie|eisie) byw( "
        "(rhagor|dim mwy|mwyach|ddim mwy))?",
        "(im|i am|ill be|i will be) dead __ (ill|i will|id|i would) do it (myself|my self)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Everyone better off, if they were not there.
    ("self_harm", ("(better off|happier|easier)", "(if|when|without) (i|me) (walked|walk|jumped|"
                   "jump|went|go|was|were|wasnt|weren t|just)"), 6),
    # At a high place, a thought of going over or down.
    ("self_harm", (_HIGH_PLACE, _THOUGHT, _GOING_OVER), 18),
    ("self_harm", (_HIGH_PLACE, "(just|and) (look|looking|lookin|stare|staring|starin|gaze|"
                   "gazing) (down|over the edge)"), 20),
    # Not being around for the next thing, and it planned.
    ("self_harm", ("(wont|will not|not going to|aint going to) be (around|here|alive|about)",
                   "(planned|sorted|organised|decided|made my mind up|made up my mind|worked out|"
                   "got a plan|got it all)"), 14),
)
