"""Marriage abroad, a faith or a people made a lever, a child brought over: told between languages.

The fourteenth hand's third voice (children raised here in families who speak another language
at home) tells some harms in the home language's words for a wedding ("rishta", "nikah",
"shaadi", a wedding sari, gold), for faith ("the ummah", "jannah", "shaheed") and for the
country a relative came from ("desh", "back home"). The older rules knew a forced marriage by
"forced", "make me marry" or an age beside "marry"; a recruiter by the groups he names. This
module reads:

- harmful practices: a journey to the home country beside a wedding made ready there (a rishta
  fixed, a nikah, a shaadi, a wedding sari, lehenga or dress, gold, a groom waiting) and the
  child under eighteen or unwilling; "meri shaadi" (my wedding) beside "I don't want it" in Urdu
  ("mujhe nahi karni", "nahi chahti") or English;
- radicalisation: a faith made the lever ("real muslims go", "true believers", "if you love
  Allah", the ummah, martyrs and jannah) beside an attack or a journey to fight (going across
  from Turkey, a list or a map of places near us, doing it at a market); a community's shop,
  centre or place of worship named to be smashed, burned or gone after, beside weapons to bring,
  a lookout or "only for white people";
- trafficking: a child brought or come over from another country, under eighteen, beside
  work with no pay or no school, being hidden from visitors or locked in at night.

Each part asks for the harm: a trip home for a cousin's wedding, a rishta for an older sister by
her choice, the ummah's charity, a martyr in a history lesson, the Polish shop's sale, a cousin
from Bangladesh who goes to the child's school stay quiet. Fresh wordings, written before the
rules, are batches xf, xg and xh of ``tests/corpora/adversarial.txt``; the ordinary answers
nearest them are in the block "fourteenth hand, a home language beside English" of
``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_plans import UNDER_AGE

# --- harmful practices: a wedding made ready in the home country ------------------------------

# The home country, as the child names it.
HOMELAND = ("(pakistan|bangladesh|desh|india|punjab|mirpur|lahore|sylhet|kashmir|somalia|"
            "somaliland|hargeisa|mogadishu|yemen|iraq|syria|egypt|morocco|algeria|sudan|"
            "afghanistan|turkey|kurdistan|romania|nigeria|ethiopia|eritrea|back home|the village|"
            "our village|my village)")
_GOING = ("(taking me|take me|takes me|going|were going|we are going|im going|fly|flying|flew|"
          "sending me|send me|sent me|booked (the )?tickets|tickets)( back)? (to|out to)")
TRIP_HOME = (f"({_GOING} {HOMELAND}(?![a-z])|(in|at) {HOMELAND} (i wil|im going to|ill) (marry|"
             "wed))")
# A wedding made ready for the child: the child's own, a groom waiting, gold and a bride's sari.
_WEDDING_READY = ("(my (rishta|rishtaa|nikah|nikkah|shadi|wedding|engagement|mangni|husband|groom)"
                  "|rishta (is )?fixed (with|for) me|(the|a) groom( is)? waiting|(bought|buying|"
                  "got|has|have) (the )?gold and (a |the )?(wedding|bridal) (sari|saree|dress|"
                  "lehenga)|i wil marry|marry (his|her|their) [a-z]+ (son|brother|nephew|cousin))")
_UNWILLING = ("(i dont want|i do not want|dont want (it|to)|i said no|i say no|not ready|"
              "took my passport|taken my passport|has my passport|please help|help me|"
              f"{UNDER_AGE})")
# "Meri shaadi" (my wedding), and the child not wanting it, in Urdu or in English.
MY_SHAADI = "(meri|mera|mere) (shadi|nikah|rishta)"
_NOT_WANTED_URDU = ("(nahi karni|nahin karni|nahi karna|nahi chahti|nahin chahti|nahi chahiye|"
                    "mat karo|zabardasti|i dont want|dont want it|please help|help me)")
_NOT_MY_SHAADI = "mujhe (shadi|nikah) (nahi|nahin) (karni|karna|chahiye)"

# --- radicalisation: a faith or a people made the lever ----------------------------------------

_FAITH_LEVER = ("(real muslims|a real muslim|true muslims|a true muslim|true believers|real "
                "believers|the ummah|for the ummah|martyrs|martyr|shaheed|shaheeds|shahid|"
                "jannah|if (i|you) (really )?love allah|the brothers over there)")
_ATTACK_OR_GO = ("((go|going|get) (to|and) fight|fight (over there|for them|with them)|across "
                 "the border|(and|then) across|get (me|you|us) to (syria|turkey|iraq|the front)|"
                 "the front|(a )?list of places|places near us|map of the (churches|synagogues|"
                 "temples|mosques|shops|schools|streets|markets)|do it at the|(wants|want|wanted)"
                 " me to do it)")
# A community's shop, centre or place of worship, to be smashed, burned or gone after.
_COMMUNITY = ("(polish|kurdish|turkish|romanian|somali|muslim|jewish|asian|black|pakistani|"
              "bengali|indian|arab|afghan|syrian|foreign|immigrant|immigrants|eastern european|"
              "the)")
_PLACE = ("(shop|shops|centre|center|mosque|church|synagogue|temple|gurdwara|mandir|school|"
          "restaurant|takeaway|community centre|hostel|hotel)")
ATTACK_PLACE = (f"(attack|smash up|smash|burn|burn down|torch|petrol bomb|go after|bricking|"
                f"brick) (the )?{_COMMUNITY} {_PLACE}( on [a-z]+ (road|street))?")
_ARMED_OR_HATE = ("(bring a (knife|blade|bat|machete|hammer)|(got|have|with) (bats|knives|blades|"
                  "petrol|machetes)|the lookout|be (the )?lookout|(only )?for white people|"
                  "white people only|send them (all )?back)")

# --- trafficking: a child brought over to work ------------------------------------------------

BROUGHT_OVER = (f"((brought|bring|fetched|came|come|sent) ([a-z]+ ){{0,3}}(over )?from "
                f"({HOMELAND}|vietnam|albania|china|india|the village)|(a|the) (girl|boy|kid|"
                f"child) from ({HOMELAND}|vietnam|albania|china) (lives|living|stays|staying|"
                f"works|working) (with|for|at))(?![a-z])")
_KEPT_TO_WORK = ("(never goes to school|doesnt go to school|(has|gets|goes to) no school|not "
                 "allowed (out|to school)|isnt allowed (out|to school)|for nothing|for no money|"
                 "no pay|without pay|(hide|hides|hid) (her|him|them) (when|upstairs|in)|(lock|"
                 "locks|locked) (her|him|them) in|locked in (at night|the|her|his|there))")

PHRASES: Final[dict[str, list[str]]] = {
    "harmful_practices": [_NOT_MY_SHAADI],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A trip to the home country, a wedding made ready, a child or an unwilling one.
    ("harmful_practices", (TRIP_HOME, _WEDDING_READY, _UNWILLING), 120),
    ("harmful_practices", (MY_SHAADI, _NOT_WANTED_URDU), 60),
    # A faith made the lever for an attack or a journey to fight.
    ("radicalisation", (_FAITH_LEVER, _ATTACK_OR_GO), 70),
    # A community's place to attack, weapons to bring, a lookout or a hateful cause.
    ("radicalisation", (ATTACK_PLACE, _ARMED_OR_HATE), 90),
    # A child brought over from abroad, under age, kept to work, hidden or locked in.
    ("trafficking", (BROUGHT_OVER, UNDER_AGE, _KEPT_TO_WORK), 110),
)
