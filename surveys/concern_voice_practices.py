"""Harmful practices and trafficking told in a small child's or a young adult's voice.

The thirteenth blind hand (``tests/corpora/thirteenth_hand``) told both at the two ends of the
age range. A small child tells a sister or a cousin "only 14" or "8 like me" who is to be a bride
and "I am next"; "a lady" who will do "my cutting" at a special party; an "auntie" who is not a
real one, brought over on a lorry, and a child who cleans and minds her babies and does not go
to school; a man who takes the begging money and says "mummy owes him"; "I am his worker now"
after days in a lorry. A young adult tells a marriage refused and a threat ("dead to them", an
arm broken); a baby daughter to be cut where the family goes back; a demon "prayed out" with
food kept back or a body held down; a family back home that "pays" if they stop working. The
rules before read guidance's words; these read the voice's words beside the harmful part, never
a wedding, a passport, a church, an auntie or a job alone:

- harmful practices: a girl to be married or a bride × her age under sixteen or "like me" × "I
  am next" or her tears; a marriage arranged, promised or "in the eyes of God" × a refusal × a
  threat or a blow; a demon, a witch or a spirit, or an illness to be "healed" × starving, a body
  held down, pepper or a beating; a daughter or a baby girl to be cut (never a cut knee or a
  haircut) × a woman found or paid, a village or going back; "my cutting" × a lady or a party;
  a passport gone × a wedding × a groom never met; seeing a boyfriend × "like they did with my
  aunt" or being followed;
- trafficking: someone who is no real family × a child's housework and minding babies × no
  school, no pay or a kitchen floor to sleep on; begging in the street or asking strangers for
  coins × a grown-up who takes it all or a debt the family owes; kept in a room × flowers sold
  in the road; a mother, a sister or a family abroad who "pays" or "gets hurt" × if the young
  person stops, leaves or does not come back; work × the police as a threat (prison, being sent
  back); carried in a lorry or a boat × "I am his worker now"; sent to another country to work ×
  told not to tell the carer, or a passport being got.

Fresh wordings written before the rules are batches rk and rl of
``tests/corpora/adversarial.txt``; the ordinary answers nearest them (a bridesmaid, a cake cut,
ears pierced, prayers at church, a charity shop, a school trip abroad, flowers sold for
charity) are the block "thirteenth hand voices, practices" of ``tests/corpora/near_misses.txt``.
Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- a child bride, and "I am next" -------------------------------------------------------------

_TO_BE_WED = ("((going to|gonna|is to|will|has to|have to) (get married|be married|be a bride|be "
              "a wife|marry)|getting married|to be married|(be|become) a (bride|wife))")
_UNDER_SIXTEEN = ("((is|she is|he is|aged|only|just) ([0-9]|1[0-5]|nine|ten|eleven|twelve|"
                  "thirteen|fourteen|fifteen)(?![0-9])(?! (oclock|pm|am|quid|pound|minutes|"
                  "days|weeks))|[0-9] like me|(is|she is) my age)")
# "I am next" or her tears: not "mum said no way".
_NEXT = ("((i am|me) (next|after (her|him))|my turn|(cries|crying|cried|scared|doesnt want|dont "
         "want))")

# --- a marriage refused, and a threat -------------------------------------------------------------

_MARRY_ME = ("(marry (me|a|him|this|that|someone|my cousin)|the marriage|my marriage|(the|my) "
             "nikah|arranged (for me|a marriage|my marriage)|my wedding|(engaged|promised|married"
             "( in the eyes of god)?) to (a|this|that|my|him|some))")
_REFUSED = "(if i (say|said) no|if i refuse|i said no|say no|refuse|wont do it)"
_OR_ELSE = ("(dead to (them|us|the family)|disown|(wont|wouldnt|will not|would not) live|worse "
            "than that|or worse|kill me|(broke|break|broken) my|kicked me|beat me|hurt me|threw "
            "me out)")

# --- a spirit beaten or starved out ---------------------------------------------------------------

_SPIRIT = ("(demon|demons|a witch|bad spirit|evil spirit|the spirit|kindoki|possessed|jinn|"
           "deliverance|heal my (autism|fits|disability)|heal (his|her) (autism|fits|disability)|"
           "cure my (autism|fits|disability))")
_BODY_HURT = ("(starved|starve|starving|(with )?no food (for|til|till|until)|(hold|held|holds) "
              "(me|him|her) down|pepper in|beat (me|him|her)|beaten|hit (me|him|her)|shout (over|"
              "at) (me|him|her) for hours)")

# --- a baby girl to be cut ------------------------------------------------------------------------

_GIRL_CUT = ("((daughter|baby girl|little girl|my girl) (cut|to be cut|get cut)(?! (her|his|my|its|"
             "their|herself|the|a|some|out|up|open))|(cut|cutting) (our|my|her|the) (baby )?"
             "(daughter|girl|little girl|baby girl))")
_ARRANGED = ("(the woman|a woman|the lady|a lady|tradition|back home|when we (go|visit|go back)|"
             "village|paid|arranged|grandmother|mother in law)")
_MY_CUTTING = "(do|does|doing) (my|her) cutting(?! (out|of|for|up))"
_CUTTER = "(lady|woman|party|nannys|nanny|aunty|auntie)"

# --- a wedding abroad, the passport gone, a groom never met --------------------------------------

# Gone from a drawer, not gone off to be renewed.
_PASSPORT_GONE = ("(passport|passports)( [a-z]+){0,3} (gone|taken|missing|hidden|locked "
                  "away)(?! (to|for|of|off) )|(took|taken|hid|hidden|kept|keeps) my passport")
# The young person's own: "my cousin's wedding" is someone else's.
_WEDDING = "((the|my) (wedding|weddings|nikah)|marry (me|him|her)|married)"
_NEVER_MET = "((never|not) (even )?(met|spoken to) (him|her|them)|dont (even )?know (him|her))"

# --- honour: seen with a boyfriend, and what they did before --------------------------------------

_SEEING = ("(if|when) (i|she|he|my sister|my cousin|my brother) (keep|keeps|carry on|carries "
           "on)? ?(seeing|see|sees|talking to|talk to|talks to) (my|her|his|a) (boyfriend|"
           "girlfriend|boy|boys|lad)")
_LIKE_BEFORE = ("(like they did (with|to) (my|our|her)|like what happened to (my|our|her)|(been|"
                "keep|keeps|are) following (me|her))")

# --- no real family, housework, and no school -----------------------------------------------------

# Not "she's not my real mum", which a fostered or adopted child says of a loving home.
_NOT_KIN = ("(not my real (auntie|aunty|aunt|uncle)|not my family|says (she|he) is my (auntie|"
            "aunty|uncle) but|call her (auntie|aunty))")
_HOUSEWORK = ("(i (clean|cook|wash|mind|do the babies|look after)|clean and (cook|look after|do)|"
              "look after her (babies|baby|kids)|wash the floors|feed her baby|do the babies|mind "
              "the (twins|babies|baby|kids))")
_NO_SCHOOL = ("((dont|never|not) (go|going) to (school|skool)|(not|never) (alowed|let) (to go )?to "
              "(school|skool)|sleep on the (kitchen )?floor|(no|never) (money|pay|wage)(?! (on|"
              "for|til|till|until)))")

# --- begging for someone who takes it ------------------------------------------------------------

_BEG = ("((beg|begging|begged)( [a-z]+){0,3} (at|in|on|outside|by) (the )?(shops|shop|street|"
        "streets|road|town|station|pubs|supermarket)|(to|me|i|we|us) (ask|asking) (people|peple|"
        "peeple|strangers) for (money|coins|change)|with a cup|(sell|selling|sold) (flowers|roses)"
        " (in|on|outside|at) (the )?(road|roads|street|pubs|traffic|lights|cars))")
_TAKES = ("((the man|a man|the lady|a lady|the men|he|she|they) (takes|took|keeps|kept|take|keep) "
          "(it all|all of it|all (of )?(it|the money)|every penny|the money)|(takes|took|keeps|"
          "kept) (it all|all the money|every penny)|owes (him|her|them|money)|(mum|dad|mummy|mama|"
          "family|brother|mam) owes)")
_KEPT_IN = ("(kept|keeps|keep|locked) (me|us|me and my [a-z]+) in (a|the|his|her|their) (room|flat|"
            "house|basement)")

# --- a family abroad who pays ---------------------------------------------------------------------

_KIN_PAYS = ("(mum|mam|mummy|mama|dad|daddy|family|sister|brother|parents|nan) (back home|at home|"
             "(back )?in [a-z]+( [a-z]+)?) (pays|will pay|gets hurt|will get hurt|will be hurt|"
             "suffers|will suffer)(?! (for (my|the|a|our|me|us|rent|bills|school|phone)|my|the|"
             "me|us|rent|bills))")
_IF_I_STOP = "(come back|if i (stop|leave|tell|dont|run|say no|go)|or)"

# --- work, and the police as a threat -------------------------------------------------------------

_POLICE_THREAT = ("((cant|cannot|must not|mustnt|dont|not|if (we|i)) (go to|tell|call|talk to) "
                  "(the )?police)")
_PUNISHED = "(prison|jail|deported|deport|sent back|locked up)"
_AT_WORK = "(work|working|shop|car wash|boss|the man|nail)"

# --- carried over, and owned ----------------------------------------------------------------------

_CARRIED = "((back of|in) (a|the) (lorry|truck|van|boat)|(on|in) (a|the) (lorry|boat))"
_OWNED = ("((i am|i was) (his|her|their) (worker|slave|property)|(i|we) (belong|belongs) to (him|"
          "her|them)|(he|she|they) (owns|own) me)")

# --- sent to work abroad, in secret ---------------------------------------------------------------

_SENT_TO_WORK = ("((i am|i was) (going|being sent|being taken|sent|taken) to (a new|another|a "
                 "different) country to work|(send|sending|take|taking) me (to )?(a new|another|"
                 "a different) country to work)")
_UNTOLD = ("((not|dont|must not|mustnt|never) tell (the |my )?(foster|carer|carers|social|social "
           "worker|teacher|anyone|school)|getting my passport|passport done)")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A girl to be married, under sixteen or the child's age, and "I am next" or her tears.
    ("harmful_practices", (_TO_BE_WED, _UNDER_SIXTEEN, _NEXT), 22),
    # A marriage arranged or promised, refused, and a threat or a blow.
    ("harmful_practices", (_MARRY_ME, _REFUSED, _OR_ELSE), 28),
    # A spirit or an illness to be driven out, and starving, holding down or a beating.
    ("harmful_practices", (_SPIRIT, _BODY_HURT), 20),
    # A baby girl to be cut, and the woman found, the village or going back.
    ("harmful_practices", (_GIRL_CUT, _ARRANGED), 16),
    # "A lady will do my cutting" at a special party.
    ("harmful_practices", (_MY_CUTTING, _CUTTER), 12),
    # The passport gone, a wedding, and a groom never met.
    ("harmful_practices", (_PASSPORT_GONE, _WEDDING, _NEVER_MET), 24),
    # Seen with a boyfriend, and what they did to an aunt, or being followed.
    ("harmful_practices", (_SEEING, _LIKE_BEFORE), 22),
    # No real family, a child's housework, and no school, no pay or a floor to sleep on.
    ("trafficking", (_NOT_KIN, _HOUSEWORK, _NO_SCHOOL), 28),
    # Begging for someone who takes it all, or for a debt the family owes.
    ("trafficking", (_BEG, _TAKES), 20),
    # Kept in a room and sent to sell flowers or beg.
    ("trafficking", (_KEPT_IN, _BEG), 20),
    # A family abroad who pays if the young person stops.
    ("trafficking", (_KIN_PAYS, _IF_I_STOP), 14),
    # Work, and the police as a threat.
    ("trafficking", (_POLICE_THREAT, _PUNISHED, _AT_WORK), 20),
    # Carried in a lorry or a boat, and owned.
    ("trafficking", (_CARRIED, _OWNED), 24),
    # Sent to another country to work, in secret.
    ("trafficking", (_SENT_TO_WORK, _UNTOLD), 20),
)
