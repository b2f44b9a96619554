"""Neglect told in everyday words: the cold, the empty fridge, the bed, the dentist, left behind.

The twelfth blind hand (``tests/corpora/twelfth_hand``) told neglect without the word: ice on the
inside of the window, a breath seen indoors, the meter run out; a fridge "on ghost mode" or "just
ketchup", living on dry cereal; sleeping on coats; a tooth gone black and a dentist "for posh
people"; a child left in the car outside the pub, or left with the little ones while a carer is
abroad. Each of these is also an everyday sentence (camping, a fridge before the big shop, a
sleepover on cushions, a tooth after a brace, a babysitting hour), so each rule here is a clause
(``surveys.concern_clauses``) whose other part is what makes it neglect: at home rather than in a
tent, for days, living on one thing, no bed at all, care refused, no adult for days:

- the cold: ice or frost on the inside, a breath seen, coats in bed, the meter run out, beside
  the home or the electric gone;
- food: a fridge or cupboard empty, bare or "on holiday", beside living on one thing, days
  without, or meals missed; eating once in days; eating last, with nothing left; no tea and no
  breakfast, ever;
- a bed: sleeping on coats, towels or cushions with the mattress gone; a room that is the hall;
- teeth: a tooth black, rotten or swollen, with the dentist refused or "for people with money";
- clothes and shoes: the same shirt for weeks and no washer; no shoes that fit and toes bleeding;
- left: in the car outside the pub or the bookies till dark or for hours; with a young child
  while the carer is away for days or weeks; "home alone weekends" with a baby.

Left to the learned layer: a sick baby and no bus fare to the doctor (a young parent's worry as
often as neglect). Fresh wordings written before the rules are batch qv of
``tests/corpora/adversarial.txt``; the ordinary sentences that share the words are the block
"euphemisms" of ``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import WEEKDAYS

# --- the cold ----------------------------------------------------------------------------------

_COLD_INSIDE = ("((ice|frost) on the inside(?! of the (tent|car|caravan|van))|inside of the "
                "(window|windows|glass)|(see|seeing|can see|could see) (my|our|your) breath|"
                "(coats|coat|jackets|jacket|hoodies|hoodie|hats) (on )?in bed|(sleep|sleeping|"
                "slept) in (our|my) (coats|coat|jackets|jacket)|(ran out|run out|runs out|nothing|"
                "no money|no credit) on the (meter|key|card))")
# At home, or the power gone: never a tent, a camp or a trip.
_AT_HOME = ("(at home|in (the|our|my) (house|flat|home|living room|bedroom|room|kitchen)|(our|my|"
            "the) (flat|house|home)(?! (party|warming))|at (my |our )?(mums|dads|nans|mams|bopas|"
            "grans|carers)|no (leccy|electric|electricity|gas|heating)|meter|on the key)")

# --- food --------------------------------------------------------------------------------------

_EMPTY_FRIDGE = ("((fridge|cupboard|cupboards|freezer)( has| is| are| have)?( ben)? (just|only|"
                 "empty|bare|on "
                 "ghost mode|on holiday|padlocked|got nothing|nothing but|has nothing)|nothing in "
                 "the (fridge|cupboards|cupboard|freezer)|no (food|scran|tea|dinner|grub) in the "
                 "(house|flat)|(cupboard|fridge) has ([a-z]+ ){1,3}(and )?thats it)")
_GOING_WITHOUT = ("((living|live|lived|surviving|survive) (on|off)|only thing (i|we) (eat|get|"
                  "have)|(its|is) the only (thing|food) (i|we|til|until)|only food|(eaten|ate) "
                  "once|no (tea|dinner|breakfast) for me|dry (cereal|weetabix|bread|cornflakes)|on "
                  "the (bevvy|drink|sauce|pop)|overnight|lookin after|looking after)")
_ATE_ONCE = "(eaten|ate|had (food|a meal|tea|dinner)) (once|one time|twice)"
_IN_DAYS = (f"(since ({WEEKDAYS}|mon|tues|wed|thurs|fri|the weekend|last week)|just bread|"
            "nothing else)")
_EAT_LAST = "(eat|get|have) (after everyone|last|whatever is left|what is left|the leftovers)"
_NOTHING_LEFT = "(nothing left|not real family|most days nothing)"
_NO_TEA = "no (tea|dinner|supper|food)"
_NO_BREAKFAST = "no (breakfast|lunch|dinner)"
_EVER = "(ever|most days|every day|for days|since)"

# --- a bed -------------------------------------------------------------------------------------

_ON_COATS = ("(sleep|sleeping|slept|bed is|my bed)( [a-z]+){0,2} on (the|a|some|a pile of) "
             "(coats|coat|towels|cushions|sofa cushions|floor|blankets|carpet)")
_NO_MATTRESS = ("((dont|do not|never) (have|got) a (bed|mattress)|no (bed|mattress) (at|of my "
                "own)|mattress (went|is gone|got thrown|was thrown|got taken))")
_ROOM_IS_HALL = ("(my )?(room|bed|bedroom)( at [a-z]+( [a-z]+)?)? is (the|a) (hallway|hall|landing|"
                 "corridor|floor)")
_MAKESHIFT = "(cushions|coat|coats|floor|no bed|mattress|sofa)"

# --- teeth, clothes, shoes ---------------------------------------------------------------------

_BAD_TOOTH = ("(tooth|teeth|tooths|toothache)( [a-z]+){0,3} (black|rotten|rotting|manky|"
              "swollen|abscess|throbbing)")
_CARE_REFUSED = ("((dentist|dentists)( [a-z]+){0,3} (for|only for) (posh|rich|people with money|"
                 "people who|other people)|no dentist|(wont|doesnt|dont|never|nobody|no one) "
                 "([a-z]+ )?(take|takes|taken) me to (the|a) dentist|cant (afford|get) (the|a) "
                 "dentist|not on the system)")
_SAME_CLOTHES = ("same ([a-z]+ ){0,2}(shirt|uniform|clothes|top|jumper|trousers|socks|pants|"
                 "knickers)( [a-z]+){0,3} (since|for) ([a-z]+ ){0,2}(half term|weks|days|a wek|a "
                 "month|christmas|september)")
_NO_WASHING = ("(no (washer|washing machine|washing|clean clothes)|nothing (else|clean) to wear)")
_NO_FIT = "no (shoes|trainers|school shoes|boots) that (fit|fits)"
_TOES = "(toes|feet) ([a-z]+ ){0,3}(bent|bleding|bled)"

# --- left ---------------------------------------------------------------------------------------

_LEFT_IN_CAR = ("(leaves|left|leave|leaving) (me|us|my (little |baby )?(brother|sister)) in the "
                "(car|van|motor) (outside|at) (the )?(pub|bookies|bookmakers|casino|club|ofy|off "
                "licence|betting shop|dealers|his mates|her mates)")
_TILL_DARK = ("((til|until|for) (its dark|dark|hours|ages|midnight|late|closing|al (day|night))|not"
              " allowed (out|to get out)|only allowed out)")
_LEFT_WITH_YOUNG = ("(left|leaves|leave|leaving) (me|us) (alone )?with (the|my) ([0-9]|1[0-5]|to|"
                    "for|three|five|six|seven|eight|nine|ten) (yr|year|yo)( old)?")
_AWAY_FOR_DAYS = ("(for (to|two|three|four|a|[0-9]+) (weks|wek|days)|for days|overnight|al "
                  "weekend|[0-9]+(rd|th|nd) time)")
_HOME_ALONE = "home alone (weekends|nights|weks)"
_WITH_A_BABY = ("(baby|botles|napies|little (brother|sister)|(i am) (1[0-5]|[0-9])(?![0-9]))")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Cold inside, at home or with the power gone.
    ("neglect", (_COLD_INSIDE, _AT_HOME), 16),
    # An empty fridge, and living without.
    ("neglect", (_EMPTY_FRIDGE, _GOING_WITHOUT), 22),
    # Eating once in days.
    ("neglect", (_ATE_ONCE, _IN_DAYS), 10),
    # Eating last, with nothing left.
    ("neglect", (_EAT_LAST, _NOTHING_LEFT), 14),
    # No tea and no breakfast, ever.
    ("neglect", (_NO_TEA, _NO_BREAKFAST, _EVER), 8),
    # Sleeping on coats with the mattress gone; a room that is the hall.
    ("neglect", (_ON_COATS, _NO_MATTRESS), 14),
    ("neglect", (_ROOM_IS_HALL, _MAKESHIFT), 12),
    # A bad tooth and the dentist refused.
    ("neglect", (_BAD_TOOTH, _CARE_REFUSED), 18),
    # The same clothes for weeks and no washer.
    ("neglect", (_SAME_CLOTHES, _NO_WASHING), 16),
    # No shoes that fit, and toes bleeding.
    ("neglect", (_NO_FIT, _TOES), 22),
    # Left in the car outside the pub till dark.
    ("neglect", (_LEFT_IN_CAR, _TILL_DARK), 16),
    # Left with a young child for days or weeks.
    ("neglect", (_LEFT_WITH_YOUNG, _AWAY_FOR_DAYS), 22),
    # "Home alone weekends" with a baby.
    ("neglect", (_HOME_ALONE, _WITH_A_BABY), 14),
)
