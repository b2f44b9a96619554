"""Suicide and self-harm by the shapes a fourth blind corpus showed missing.

The fourth hand's corpus (``tests/corpora/fourth_hand``) found the rules of
``surveys.concern_self_harm_signs`` knew a high place with a thought of going over, but not
the rest of how children tell of a plan. Each shape is written here as its structure, the
way suicide-prevention guidance for schools describes the signs (a method got ready, a plan
made, goodbyes said), so a new wording of it is caught too:

- a high place × wanting or meaning to jump or go off it, said plainly ("if they move me I'm
  going off the pier"), not only as a thought;
- a friend's cuts shown, or a friend saying where and when they will jump;
- medicine saved up, hidden or bought in small lots until there is "enough", or taken a few
  at a time with the rest hidden "for when I'm ready";
- tablets taken "to make me die", "so I wouldn't wake";
- their own skin scratched, burnt or carved with something, for the relief it brings or
  every night;
- stepping into traffic or under a train on purpose, or as "better than this";
- a ligature tied to a door, a banister or round the neck;
- goodbyes passed on ("say sorry to her from me") with a letter written and a mind made up,
  and a high place on their mind with letters written for everyone;
- looking up how many it takes, or where the trains do not slow down.

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses`` (every part within ``window`` words, any
order). Fresh wordings of each are batches (n) to (q) of ``tests/corpora/adversarial.txt``;
the ordinary answers nearest them (tombstoning off a pier, a birthday letter, the train that
does not stop at our station, a thank-you passed on) are in ``tests/corpora/near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_self_harm_signs import HIGH_PLACE as _HIGH_PLACE
from surveys.concern_self_harm_signs import OWN_SKIN as _OWN_SKIN

# A plain intention or wish, in the voices children use ("wanna", "gonna", "im going").
_MEAN_TO = ("(want|wanted|wanting|wanna|want to|wanted to|wanting to|felt like|feel like|"
            "going to|gonna|im going|i am going|i will|ill|will|mean to|tempted to|could just|"
            "to just|about to)")
# Going off a high place: jumping, going over, letting themselves fall.
_OFF_IT = ("(jump|jumping|jumpin|go (off|over)|going (off|over)|goin (off|over)|throw myself|"
           "step off|let myself (fall|go|drop)|fall off)")
# Medicines by any name, misspelt as children spell them.
_PILLS = ("(tablets|tabs|pills|meds|medsin|medicin|medicine|medication|paracetamol|painkillers|"
          "pain killers|co codamol|ibuprofen|sleeping pills|antidepressants|tabledi|dabledi)")
# Saved up, hidden away, bought a few at a time: a method got ready.
_STORED = ("(saving|saved|save|savin|collecting|collected|stashing|stashed|stash|hoarding|"
           "hoarded|hiding|hidden|hid|keeping|kept|cadw|storing|stored)( up)?")
# The pills themselves saved up (not pocket money in the same drawer).
_STORED_PILLS = (f"{_STORED} (my |the |her |his |some |all (my |the )?|loads of |lots of |[0-9]+ )?"
                 f"{_PILLS}|{_PILLS} (saved|stashed|hidden|hid|stored|kept|collected)( up)?")
_BOUGHT_APART = "(different|two|three|other|separate) (shops|chemists|pharmacies|places) so"
_TO_DIE = ("(to|so it would|so they would|so it will|so that it would) (make me )?(die|be dead|"
           "end it|not wake up|never wake up)|so i (would|could|will|wouldnt|would not|could not|"
           "wont|never) (die|be dead|wake up|wake)|to make me die")
# Hurting one's own skin with something.
_HARM_SKIN = ("(scratching|scratchin|scratch|scratched|burning|burnin|burn|burnt|burned|cutting|"
              "cuttin|cut|carve|carving|carved|carvin|slicing|slice|stabbing|digging|dig) "
              f"(into )?{_OWN_SKIN}")
_WITH_SHARP = ("(with|using) (a |the |my |some )?(scissors|compass|blade|razor|sharpener|lighter|"
               "lighters|knife|glass|pin|needle|pen knife|safety pin|nails|lit match|match|"
               "cigarette|fag|hot spoon)")
_RELIEF = ("(so the|so i (can|could|feel)|to (feel|stop|make|punish|let)|makes? (my|me|it)|the "
           "only thing|every (night|day)|on purpose|nobody knows|no one knows|bad feeling|till "
           "(it|they) bleed|til (it|they) bleed|helps)")
# Traffic and trains as a way to die.
_TRAFFIC = ("(walk|walked|walking|walkin|step|stepped|stepping|run|ran|running|runnin|cross|"
            "crossed|crossing|jump|jumped|lie|lying|lay) (out |straight |right )?(in|into|onto|on|"
            "in front of|"
            "under|across) (the |a |some )?(main )?(road|roads|traffic|car|cars|bus|lorry|van|"
            "train|trains|tracks|dual carriageway|motorway)")
_ON_PURPOSE = ("(on purpose|deliberately|hoping|hopin|hope (a|it|the|something|they)|wish (it|he|"
               "she|they|the driver) (had|hadnt|would|hit)|wished (it|he|she|they)|(want|wanted) "
               "(something|a car|it|them|the car|a bus|a lorry) to (hit|take|get)|so (it|something"
               "|they) (would |could )?(hit|take|get)|didnt care|dont care|to get hit)")
_UNDER = ("((go|going|goin|get|getting|jump|jumping|step|stepping|throw myself|walk|walking|lie|"
          "lying|lay) (under|in front of) (a |the )?(train|trains|tracks|lorry|bus|tube)|(lie|"
          "lying|lay|lie down) on (the )?(tracks|train tracks|railway|line))"
          "(?! (stop|station|queue|driver|seat|seats|window|set|track set))")
_BETTER = "(better than|easier than|rather|would end|end it|than this|than living|than another)"
# A ligature: a cord tied to a fixture or put round the neck.
_CORD = ("(belt|rope|cord|dressing gown cord|scarf|tie|school tie|sheet|bedsheet|shoelace|laces|"
         "cable|charger|wire|lead)")
_LIGATURE = (f"(tied|tie|tying|tyed|hung|hang|hanging|put|fixed|knotted) (a |the |my |his |her )?"
             f"{_CORD} (to|on|onto|over|round|around) (the |my )?(bathroom |bedroom |wardrobe |"
             "loft |back )?(door|door handle|banister|bannister|stair rail|curtain rail|rail|hook|"
             "beam|light|pipe|wardrobe)")
_NECK = (f"{_CORD} (round|around|on) my (neck|throat)|(put|putting|tied|tying) my (head|neck) "
         "(in|through) (it|the (loop|noose|belt|cord|rope))")
# Goodbyes passed on, and a mind made up.
_GOODBYE = ("(say|tell|give|pass on) (sorry|goodbye|bye|i love (her|him|them)|my love) (to "
            "[a-z ]+ )?(from me|for me)|(tell|give|say to) (my |the )?[a-z]+( [a-z]+)? (sorry|"
            "goodbye|bye) (from me|for me)|(tell|say to) [a-z ]+ (i am) sorry")
_LETTER = ("(wrote|written|writing|left|done) (the |a |my )?(letter|letters|note|notes) (to|for) "
           "(my )?(mum|mam|mother|dad|father|family|nan|sister|brother|brothers|sisters|everyone|"
           "her|him)|(wrote|written|left) (her|him|them|everyone) (a )?(letter|letters|note|notes)|"
           "(the |my )?(letter|letters|note|notes) (for|to) (my )?[a-z]+ (are|is) (under|in|on)")
_DECIDED = ("(decided(?! (to|that|on|what|which|where|who|how|we|it|if|whether|against))|made my "
            "mind up|made up my mind|mind is made up|its time|ready now|im "
            "ready|i am ready|under my pillow|after (court|the letter|the review)|no going back)")
_LOOKED_UP = ("(looking up|lookin up|looked up|look up|googled|googling|searched|searching|"
              "checking|checked|researching|researched|worked out) (how many|where|which "
              "(bridge|tablets|pills|one)|how much|how high)")
_METHOD_END = ("(it takes|train|trains|bridge|highest|tablets|pills|fastest|slow)")

PHRASES: Final[dict[str, list[str]]] = {
    "self_harm": [
        "(tablets|pills|meds|medicine|paracetamol) to make me die",
        # Welsh: not wanting to be here any more (not only "to live").
        # ("Dw i'm" loses its apostrophe and reads as English "i am".)
        "(ddim|dim|i am|sain|sai|dwim) (isio|eisiau|moyn|isie|eisie) bod (yma|yn fan hyn|ma|"
        "yman) (dim mwy|ddim mwy|rhagor|mwyach|mwy(?! o))",
        # Where and how, worked out.
        "(worked out|planned|know|decided|figured out) (how and where|where and how|how and "
        "when|when and how) (im going to|i am going to|i will|ill|to) (do it|end it)",
        "(where|how) (the )?trains? (doesnt|dont|does not|do not|wont|never) slow( down)?",
        "(someone|she|he|my (mate|friend|best mate|best friend))( keeps| kept)? (sends|sent|"
        "sendin|showed|shows|showing|showin|sending|send|show) me (pictures|photos|a picture|a "
        "photo|videos) of (her|his|their) (cuts|cut|arms|scars)",
        # Meaning to go off a high place, said plainly (not a day out with mates).
        f"(i am|i will|going to|gonna) (go|going|goin|jump|jumping|jumpin) off (the )?(top of |"
        f"edge of |side of )?(the |a )?{_HIGH_PLACE}(?! (with|for|this|in the|into the))",
        "(showed|shows|showing) me (the )?(cuts|fresh cuts|new cuts) on (her|his|their) (arm|"
        "arms|legs|wrists|thighs)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # At a high place, meaning or wanting to go off it (not on a rib or a day out).
    ("self_harm", (_HIGH_PLACE, _MEAN_TO, f"{_OFF_IT}(?! (in|into|off) (with|for a laugh))(?! "
                   "off (the |a )?(diving board|board|wall|trampoline|swing|slide|climbing frame|"
                   "stairs|bed|sofa|bunk))"),
     18),
    # A friend saying where and when they will jump.
    ("self_harm", ("(mate|friend|bestie|cousin|she|he)( [a-z]+){0,3} (jumping|jumpin|jump|going|"
                   "goin) (off|in front of)",
                   "(cuts|means it|on (friday|saturday|sunday|monday|tuesday|wednesday|thursday)|"
                   "tonight|tomorrow|this time|the weekend)"), 16),
    # Medicine saved, hidden or bought a few at a time.
    ("self_harm", (_STORED_PILLS, "(drawer|sock|wardrobe|mattress|pillow|pillowcase|bag|room|box|"
                   "at once|all together|all at once|in one go|just in case|for when|enough|"
                   "weeks|digon|i gyd|dror)"), 16),
    ("self_harm", (_BOUGHT_APART, _PILLS, "(ask questions|notice|enough|drawer|saved)"), 16),
    # Taken a few at a time and the rest hidden for a day they have in mind.
    ("self_harm", (_PILLS, "(hiding|hidden|hid|saving|saved|stashing|stashed|collecting) (the rest|"
                   "the others|them all|them up|the extra|extra ones)", "(sock|drawer|wardrobe|"
                   "mattress|pillow|pillowcase|for when (im|i am|i) (ready|decide|need)|at once|"
                   "all together|in one go|just in case)"), 16),
    # Tablets taken to die.
    ("self_harm", (_PILLS, _TO_DIE), 14),
    # Their own skin hurt with something, for relief or every night.
    ("self_harm", (_HARM_SKIN, f"({_WITH_SHARP}|{_RELIEF})"), 14),
    # Made to bleed by their own hand, again or as the only way through.
    ("self_harm", ("(make|made|making|makes) myself bleed", "(again|every (night|day)|only way|"
                   "only thing|razor|blade|compass|sharpener|on purpose|so i can)"), 14),
    # Into traffic on purpose; under a train as better than this.
    ("self_harm", (_TRAFFIC, _ON_PURPOSE), 14),
    ("self_harm", (_UNDER, f"({_BETTER}|think|thinking|thought|want|wanted|wish|just want)"),
     12),
    # A ligature, tied or round the neck.
    ("self_harm", (_LIGATURE, "(try again|next time|do it|knocked|came in|came home|stopped me|"
                   "broke|snapped|last night|last week|properly|my neck|my head)"), 20),
    ("self_harm", (_NECK, "(wardrobe|door|banister|bannister|rail|properly|next time|try again|"
                   "last night|came home|stopped me|tight|pulled)"), 16),
    # A high place on their mind, and letters written for everyone.
    ("self_harm", (_HIGH_PLACE, "(wrote|written|writing|left|done) (the |my |a )?(letters|notes|"
                   "letter|note) (for|to) (everyone|everybody|all of them|my family|my (mum|mam|"
                   "nan|dad|sister|brother))(?!( [a-z]+){0,4} (christmas|birthday|valentines|"
                   "class|party|cards|thank you|eid|diwali))"), 20),
    # Goodbyes passed on, a letter written, a mind made up.
    ("self_harm", (_GOODBYE, _LETTER, _DECIDED), 30),
    # Looking up how many it takes, or which place.
    ("self_harm", (_LOOKED_UP, _METHOD_END, "(just want|want it|wanna|end it|die|enough|for good|"
                   "would do it|would kill|to end)"), 22),
)
