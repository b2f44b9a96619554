"""Harm away from a grown-up's care told in the North East's, Cumbria's and Yorkshire's words.

``surveys.concern_north_east`` reads harm at home in this voice; here are the shapes of the
sixteenth hand's North East lines that happen out of the house or with no grown-up there:

- neglect: a young child (12 or under, or "the little ones") left on their own or with a baby,
  all night, all weekend, for hours or while the grown-up is at the pub or the club; a baby
  minded alone since a day with the mother not come back; the food locked away and the child
  gone without; the proper food kept for a carer's own children; a dentist refused for months
  with the face swollen;
- going missing: nights slept rough (a bus or train station, a stairwell, arches, a shelter on
  the front, public toilets) since a run or with nobody looking; staying in a man's car, van
  or flat while missing or with nobody knowing where; going missing to a house every weekend;
- radicalisation: a fire, a petrol bomb or fireworks planned at a hotel of asylum seekers, a
  mosque, a refugee centre or a shop's letterbox; a soldier or a police officer to be stabbed
  with a day picked or on someone's word; a hero "if I did it" beside a bomb;
- sexual exploitation: men from a takeaway or taxi lads who give lifts, drink, money or
  cigarettes, and a hotel or "favours" after;
- harmful practices: a sister sent abroad to be married and never back, and "my turn"; a
  nikah held for a child who is under age or does not know him;
- criminal exploitation (``exploitation``): a man paying a child to ride round dropping off
  little bags;
- self-harm: "a wagon" for a lorry to step out in front of; "gan off" a bridge with nobody to
  miss the child.

Each asks for the harmful part: a child's age or "the little ones", nights and a run, a man's
car and nobody knowing, a target of people and a plan. Fresh wordings, written before the rules,
are batches su to sx of ``tests/corpora/adversarial.txt``; their ordinary neighbours (a sleepover
with nan home, a bus station at dawn after a gig, a bonfire, Call of Duty) are the block
"sixteenth hand, North East" of ``tests/corpora/near_misses.txt``. Same syntax as
``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_north_east import ME, MY
from surveys.concern_plans import UNDER_AGE

_DAYS = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Twelve or under: old enough to be left is not this.
_YOUNG = ("((i am|im|am|they are|theyre|she is|he is|shes|hes|aged|only) ([0-9]|1[0-2]|ten|"
          "eleven|twelve)(?![0-9])(?! (oclock|pm|am|quid|pound|minutes|mins|hours))|([0-9]|1[0-2])"
          " (and|n) ([0-9]|1[0-2])(?![0-9])|the (little|baby) ones|baby|babys|bairn|(who is|"
          "whos) (to|[0-9]|one|two|thre|four|five)(?![0-9])(?! (blame|say|know|tel|stop|decide|"
          "judge|go|come|do|be|get|have|ask|talk|help|thank|play|look|se)))")

# --- neglect ------------------------------------------------------------------------------------

_LEFT = ("(left|leaves|leave|leaving|get left|gets left|got left)( [a-z0-9]+){0,4} ((on|by) (my|me|"
         "our|their|his|her) own|on (my|me) todd|alone|by (myself|ourselves|themselves)|with "
         "(my|me|the|our) (litle|baby|little) (sister|brother|ones|uns)|with (the|a) baby|in the "
         "(car|caravan|van|trailer|flat|house) (on their own|outside|for hours|al night))")
_HOW_LONG = ("(al night|al wekend|the whole wekend|overnight|for hours|for days|til morning|til "
             f"[0-9]|since {_DAYS}|while (she|he|they|my (mam|mum|dad)) (is|was|went|goes|are|"
             "were)|at the (pub|club|bookies|bingo)|on a bender|on contact wekends)")
_MINDING = (f"(minding|looking after|watching|mind|look after) {MY} (baby|little|litle) (sister|"
            f"brother)( [a-z]+){{0,3}} on {MY} own")
_NOT_BACK = "(not|hasnt|havent|never|isnt) (come|ben|been|came) (back|home)"
_FOOD_LOCKED = ("((food|fridge|cupboards|cupboard|kitchen) (locked|is locked|are locked|"
                "locked up)|(lock|locks) on the (fridge|cupboards|cupboard|kitchen door)|locks "
                "(the )?(food|fridge|cupboards))")
_WENT_WITHOUT = ("(not had (anything|nothing)|no tea|nothing to eat|go to bed hungry|went to bed "
                 "hungry|gan to bed hungry|havent eaten|not eaten|since (schol|school) diner)")
_KEPT_FOOD = ("(keeps|kept|saves|puts) (the )?(proper|good|real|nice) (food|tea|dinner|stuff) "
              "(for|to) her own (kids|children|lads|lases|girls|boys|bairns)")
_NO_DENTIST = (f"(wont|never|refuse to|doesnt|dont|wil not) (take|took) {ME} to the (dentist|"
               "doctor|doctors|hospital|gp)")
_SWOLLEN = ("(swolen|sweled|swelled|infected|leaking|pus|bleding|for months|for weeks|months "
            "now)")

# --- going missing ------------------------------------------------------------------------------

_SLEPT_ROUGH = ("(slept|sleeping|slep|kipping|kiped|kipped|kip|sleep|dossing|dosed|dossed) "
                "(in|under|at|on) ((the|a|some) )?(bus station|train station|station|arches|"
                "stairwell|bus shelter|shelter on the (sea front|front|prom|seafront)|toilets|"
                "public toilets|doorway|doorways|underpass|car park|multi storey|subway|park "
                "bench|bins)")
_NIGHTS_AWAY = ("((two|thre|three|four|five|a few|a couple of|few|couple of|[0-9]+) nights|"
                "since (i|a) (ran|legged it|left|did one)|(ran|legged it|did one) (from|of) "
                "(the|my) (home|placement|unit|carers|foster)|(nobody|no one|noone) (came|come|has "
                "come|has) (looking|lokin|after)|havent (even )?(rung|called|looked for) (me|us)|"
                "(misin|missing) since)")
_MANS_PLACE = ("(stopping|stoping|staying|kipping|sleeping|living|ben|been) (in|at) (some|a|this|"
               "an|the) (fela|man|men|guy|bloke|lad|gadgie|older lad|older man)s? (car|van|flat|"
               "house|place|caravan)")
_NOBODY_KNOWS = ("((misin|missing)|(dont|doesnt|dont even|doesnt even) know where (i am|im|a "
                 "am)|(nobody|no one|noone) knows where|ran|legged it|did one)")
_MISSING_TO = ("(i|we) (go|goes|going|went|gan) (missing|misin) (to|at) (a|some|this|the) "
               "(house|flat|"
               "mans|fellas|place)")

# --- radicalisation -----------------------------------------------------------------------------

_FIRE = ("(torch|torching|burn down|burn|burning down|set fire to|on fire|"
         "petrol bomb|petrol bombs|firebomb|fire bomb|molotov)")
_PEOPLE_TARGET = ("(asylum|migrants|migrant|refugee|refugees|foreigners|immigrants|muslims|"
                  "mosque|synagogue|temple|gurdwara)")
_THROUGH_LETTERBOX = ("((out of|with|wi|make) ([a-z]+ )?(fireworks|rockets|bangers|petrol)"
                      "|(fireworks|rockets|bangers|petrol|a rag|lit rag)(?! (display|night|"
                      "show))( [a-z]+){0,3}) ( [a-z]+){0,6}through (the|their|a) "
                      "leterbox")
_PLANNED = ("(going to|gona|gonna|planning|plan|want (me|us)|wants (me|us)|should|on (friday|"
            "saturday|sunday|monday|tuesday|wednesday|thursday)|tonight|showing (me|us)|getting "
            "(me|us)|picked the day|they said)")
_STAB_OFFICER = ("(stab|kill|attack|shoot|run over) (a|the|some) (soldier|soldiers|copper|"
                 "coppers|police officer|policeman|cop|cops|pcso)(?! (in|on) (cod|call of duty|"
                 "fortnite|the game|game|minecraft|roblox|warzone))")
_A_DAY = ("(picked|chosen|chose|gave|given|set) ([a-z]+ ){0,2}(the |a )(day|date)|(want|wants) "
          f"{ME}|(says|said|say) (i|we) should|told {ME} to")
_HERO_IF = "(a hero|a legend|a martyr) if (i|we) (did|do|done) it"
# Geordie "gan off" a bridge or a roof, and nobody to miss the child.
_GAN_OFF = ("(going to|gona|ganna|gonna|wil|il) (gan|go|jump) (of|off) the ([a-z]+ )?(bridge|cliff|"
            "cliffs|roof|multi storey|car park|pier)")
_NOT_MISSED = ("(nobody|no one|noone|nebody|nobodyl|nebodyl)( wil| would| wud| l)?( even)? "
               "(mis|miss|care|"
               "notice)")
_BOMB = "(bomb|bombs|explosive|explosives|nail bomb|pipe bomb)"
# A place of worship filmed with its people or its doors, for someone.
_FILM_PLACE = ("(film|filming|filmed|photograph|photographing|record|recording|take pictures of|"
               "taking pictures of|take videos of) (the|a|that|their) (mosque|synagogue|church|"
               "gurdwara|temple)")
_ITS_PEOPLE = ("(the )?(people|men|women|families|worshippers|kids) (going in|coming out|who go "
               "in|who come out)|the (exits|doors|cameras|entrances|back door)")
# A manifesto written beside an attacker's video.
_MANIFESTO = "(wrote|written|writing|write|wrote up) (my|me) own manifesto"
_ATTACK_VIDEO = ("(christchurch|buffalo|the shooter|the shooting|shooting video|attack video|the "
                 "livestream|halle|utoya|breivik|tarrant)")
# "They all deserve it", and the child told to do something at a busy place.
_DESERVE = "(they|them) (al|all) deserve (it|what is coming|to die)"
_DO_SOMETHING_AT = ("(i|we) should do something (at|to|in) (the )?([a-z]+ ){0,2}(station|mosque|"
                    "shopping centre|arena|school|church|synagogue|market|parade|concert)")

# --- sexual exploitation, practices, exploitation ----------------------------------------------

_MEN_FROM = ("(men|man|lads|guys|blokes|drivers) from the (takeaway|taxi rank|taxis|kebab shop|"
             "kebab house|chippy|car wash|shop)|taxi (lads|drivers|men|driver)")
_GIVE_ME = (f"(give|gives|gave|giving) {ME} (free )?(money|drink|drinks|vodka|weed|lifts|a lift|"
            "fags|tabs|cigs|vapes)")
_AFTER_FOR = ("(hotel|favours|favors|in the car|their flat|upstairs|stay over|do stuff|in the "
              "back)")
_SENT_TO_MARRY = ("(sent|taken|took|went) (back )?to [a-z]+ to (get married|marry|be married)"
                  "( [a-z]+){0,3} (never came back|never come back|never back|not come back)")
_MY_TURN = "((its|it is) my turn(?! to)|i am next|me next)"
_NIKAH_FOR_ME = f"(had|did|done|held|have|doing) a (nikah|wedding|marriage) for {ME}"
_NOT_KNOW_HIM = (f"(dont|didnt) (even )?know (him|who he is)|{UNDER_AGE}|am (1[0-5]|[0-9])"
                 "(?![0-9])")
_DROPPING_BAGS = (f"(pays|paid|pay|gives|gave) {ME}( [a-z]+){{0,6}} (dropping|droping|drop|"
                  "delivering|taking) ((of|off) )?(little|small|tiny|these|some) bags")

PHRASES: Final[dict[str, list[str]]] = {
    "neglect": [_KEPT_FOOD],
    "missing": [_MISSING_TO],
    "radicalisation": [_THROUGH_LETTERBOX],
    "exploitation": [_DROPPING_BAGS],
    "self_harm": ["(step|stepping|stepin|walk|walking|jump|jumping) (out )?in front of (a|the) "
                  "(wagon|wagons)( [a-z0-9]+){0,6} (how much longer|cant (stop|hold)|end it|"
                  "do it)"],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A young child left alone or with a baby, for a night, a weekend, hours or a pub.
    ("neglect", (_LEFT, _HOW_LONG, _YOUNG), 24),
    # A baby minded alone, and the mother not come back.
    ("neglect", (_MINDING, _NOT_BACK), 16),
    # The food locked away, and the child gone without.
    ("neglect", (_FOOD_LOCKED, _WENT_WITHOUT), 14),
    # No dentist or doctor, and the face swollen or months of pain.
    ("neglect", (_NO_DENTIST, _SWOLLEN), 16),
    # Nights slept rough, since a run or with nobody looking.
    ("missing", (_SLEPT_ROUGH, _NIGHTS_AWAY), 20),
    # Staying in a man's car, van or flat, missing or unknown.
    ("missing", (_MANS_PLACE, _NOBODY_KNOWS), 14),
    # A fire at a target of people, planned.
    ("radicalisation", (_FIRE, _PEOPLE_TARGET, _PLANNED), 14),
    # A soldier or the police to be stabbed, a day picked or told to.
    ("radicalisation", (_STAB_OFFICER, _A_DAY), 12),
    # A place of worship filmed with its people or doors.
    ("radicalisation", (_FILM_PLACE, _ITS_PEOPLE), 12),
    # A manifesto written beside an attacker's video.
    ("radicalisation", (_MANIFESTO, _ATTACK_VIDEO), 20),
    # "They all deserve it", and "I should do something at" a station.
    ("radicalisation", (_DESERVE, _DO_SOMETHING_AT), 16),
    # Off a bridge, and nobody to miss the child.
    ("self_harm", (_GAN_OFF, _NOT_MISSED), 14),
    # A hero if it is done, and a bomb.
    ("radicalisation", (_HERO_IF, _BOMB), 16),
    # Men from a takeaway or taxi lads who give, and a hotel or favours.
    ("sexual_exploitation", (_MEN_FROM, _GIVE_ME, _AFTER_FOR), 16),
    # A sister sent abroad to marry and never back, and "my turn".
    ("harmful_practices", (_SENT_TO_MARRY, _MY_TURN), 20),
    # A nikah held for a child who does not know him or is under age.
    ("harmful_practices", (_NIKAH_FOR_ME, _NOT_KNOW_HIM), 14),
)
