"""Harm at home told in a game's words: a console as the weapon, a fight heard in the headset.

The fifteenth blind hand's gaming third (see ``surveys.concern_gaming``) told harm at home from
where the child sits with the controller: the controller or the console is what the child was hit
with, the headset is turned up against the screaming, a lost match is why, the tablet and the
wifi are what was taken when the child was locked in. The older rules read the blow, the fight
and the locked door in the words of the house; these shapes were missing. Each clause needs the
harmful part, never the console or the game alone (a controller thrown in a rage, a tablet
taken at bedtime, a mic left on, an energy drink are everyday):

- physical harm: a controller, a console, a headset or a tablet struck over, at or across the
  child's head, face or body; a cigarette or a lighter put out or held on the child;
- domestic abuse: the child's mum (or nan) smashed, thrown or banged against a door, a wall or
  the floor; a telly, a console or a controller thrown at her × a cut, blood or stitches × her
  partner; screaming or a smash × her crying on the floor, or gone quiet on it;
- emotional harm: the child locked in a room (from outside, or "locked in" as the child says
  it) × no wifi, light, tablet, food or toilet, or for hours or all weekend; a grown-up who
  posts videos of the child crying × calling them a baby or laughing faces; "me in after it"
  or drowning × if the child cries; a grown-up who makes the child say "I'm useless"; sent to
  the shed or the garage × all night or till it got light;
- an unsafe room: a lock broken × on purpose × "says she's coming for me"; a man who comes up
  when the carer is asleep × the child keeping awake;
- harmful practices: held down or oil in the eyes × the devil or a spirit "in me";
- trafficking: a house of plants × not allowed out × the windows covered;
- neglect: only energy drinks, cans or crisps in the cupboards × at a parent's, or no proper
  meal; the water cut off × no wash or shower × weeks; a hurt a carer is "too busy" to take to
  the dentist or doctor × swelling, pus, months or not eating; no washing powder or a broken
  machine × months × the same clothes all week or "I stink".

Fresh wordings of each shape, written before the rules, are batches yh to yk of
``tests/corpora/adversarial.txt``; the shapes past the batch letters have theirs in ``MORE`` of
``tests/surveys/test_concern_gaming.py``. Same syntax as ``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

# --- physical harm --------------------------------------------------------------------------

_CONSOLE = ("(controler|controlers|pad|console|xbox|switch|ps|playstation|headset|keyboard|"
            "tablet|ipad|remote|cable|wire|charger)")
_STRUCK_WITH = ("(smashed|smashes|smash|hit|hits|whacked|whacks|bashed|bashes|threw|throws|chucked|"
                "chucks|lobbed|slammed|slams|cracked|whipped|whips|strangled) ([a-z]+ ){0,2}"
                f"{_CONSOLE}")
_ON_ME = ("(over|at|into|across|on|round) (me|(my|the) (head|face|eye|nose|back|arm|arms|legs|leg|"
          "neck|mouth|teeth))")
_BURNT = ("(put|puts|stubbed|stubs|stub|held|holds) (his|her|their|a) (cig|cigarete|fag|ciggie|"
          "joint|spliff|lighter)( out)? on (me|my (hand|arm|leg|neck|back|face|skin|wrist|foot|"
          "chest))")

# --- domestic abuse -------------------------------------------------------------------------

_HER = "(mum|my mum|mam|my mam|her|nan|my nan|my step mum|my stepmum)"
_AGAINST = (f"(smashed|smashing|smashes|slammed|slamming|slams|threw|throwing|banged|banging|"
            f"shoved|shoving|dragged|dragging) {_HER} (against|into|through|across|up against|"
            "onto) (the|a) (door|wall|window|telly|tv|floor|fridge|table|radiator|stairs|kitchen)")
_THROWN_AT_HER = ("(threw|throws|chucked|chucks|lobbed|smashed) (the|his|her|a|my) (telly|tv|"
                  "console|ps|xbox|controler|laptop|phone|plate|glass|bottle|chair) (at|over) "
                  f"{_HER}")
_HURT_HER = ("(cut her|cut|bleeding|bled|stitches|hospital|blod|broke her|her (head|leg|arm|"
             "face) was)")
_PARTNER = ("(fela|boyfriend|bf|husband|partner|stepdad|step dad|dad|he|him|his)")
_FIGHT_HEARD = ("(screaming|smash|smashing|hitting her|kicking her|slapping her|punching her|"
                "glas break|glas breaking|a crash)")
_ON_THE_FLOOR = ("((she|mum|her|my mum|mam|nan) (was |is |went |just )?(crying|quiet|lying|laying|"
                 "curled up) on the flor|on the flor crying)")

# --- emotional harm -------------------------------------------------------------------------

_LOCKED_ME_IN = "(locked in my (room|bedroom)(?! by acident)|(lock|locks|locked|locking) me in)"
# A room locked from outside is only harm with the child inside it, not a caretaker's back room.
_LOCKED_FROM_OUTSIDE = ("(lock|locks|locked|locking) (my|the) (room|bedroom|door|bedroom door|box "
                        "room|spare room|back room|bathroom) from (the )?outside")
_I_INSIDE = "(i (sit|stay|am|have to|wait|get|cant|can not)|me (in|inside|stuck))"
_WITHOUT = ("(no (tablet|wifi|light|lights|food|tea|dinner|toilet|water|phone|nothing)|(turn|"
            "turns|turned|switch|switches) (the|my)? ?(wifi|lights|light) (of|out)|al (weekend|"
            "day|night)|for hours|wee in a botle|every weekend)")
_GROWN = ("(auntie|aunty|aunt|mum|mam|dad|stepmum|step mum|stepdad|step dad|nan|gran|grandad|"
          "carer|carers|foster mum|foster dad|uncle|her boyfriend|his girlfriend)")
_POSTS_ME_CRYING = ("(posts|posted|shares|shared|puts|put|uploads|uploaded|films|filmed) (vids|"
                    "videos|clips|pictures|photos|a video|a clip)? ?(of )?me (crying|having a "
                    "meltdown|upset|having a tantrum|screaming)")
_MOCKED = ("((calling|caling|calls|caled) me (a |names|baby|cry ?baby|pathetic|[a-z]+)|look at "
           "(this|the) (baby|cry ?baby|idiot)|laughing (emojis|faces|face|emoji)|(his|her|their) "
           "(mates|friends|followers) (laugh|laughed|laughing|put laughing|leave laughing))")
_ME_IN_AFTER = ("((drop|drops|throw|throws|chuck|flush|dunk|push)( it)? (and )?me in (after|with) "
                "(it|them)|drown me)")
_IF_I_CRY = "(if i (cry|cried|make a sound|make a noise|scream|moan)|every (night|nite))"
_MAKES_ME_SAY = ("(makes|made|make|making|forces|forced) me (say|repeat|shout|write)( [a-z]+){0,2} "
                 "(that )?(i am|i was) (useless|stupid|worthless|a waste|a loser|pathetic|an "
                 "idiot|thick|nothing|a failure|disgusting)")

# Sent out to the shed or the garden for a game lost, till it got light or the cold hurt.
# Someone puts the child there ("makes me stay in the garden"), or the child "has to go in the
# shed": never "we had to sleep in the garden" at a campout, nor a lift home in the car.
_SENT_OUT = ("((makes|made|make|puts|put|sends|sent|locks|locked|shuts|shut) me (go |stay |"
             "sleep |wait )?(in|out in|to|outside in) the (shed|garden|garage|cupboard|cellar)|i "
             "(have|had) to (go|stay|sleep|wait) (in|out in) the (shed|garage|cellar))")
_TILL_LIGHT = ("((til|till|until) it (got|gets|was) light|al night|couldnt fel my (fingers|toes|"
               "hands|feet))")

# --- an unsafe room: a lock broken and a threat, a man upstairs at night --------------------------
_LOCK_BROKEN = ("((?<!bike )(?<!phone )(?<!locker )(lock|door lock|bolt)( [a-z]+)? (got broke|got "
                "broken|is broke|is broken|was broken|was broke|broke)|(broke|snaped|snapped|"
                "smashed) the (lock|bolt))")
_ON_PURPOSE = "(on purpose|did it)"
# Said as a threat: "she says she's coming for me", never "my mate is coming for me later".
_COMING_FOR_ME = ("(says|said|saying|told me|keps saying) (she is |he is |they are |she wil |he "
                  "wil |they wil )?(coming for me|going to get me|geting me|going to bater me|"
                  "going to jump me)")
_MAN_UPSTAIRS = ("(man|guy|boyfriend|fela|uncle|lodger|her mate)( [a-z]+){0,6} (comes|come|creps|"
                 "sneaks|walks) (upstairs|up|in|into my rom) when (she is|everyone is|they are|mum "
                 "is|my carer is|my foster mum is) (aslep|sleping|drunk)")
_STAY_AWAKE = ("((so i dont|so i do not|so i wont|try not to|trying not to) (fal aslep|go to slep|"
               "slep)|(to stay|to kep|i stay|i kep) awake)")

# --- harmful practices: the devil driven out --------------------------------------------------
_HELD_DOWN = ("((held|holds|hold|pinned|pins|tied) me down|(put|puts|poured|rubbed) oil (in|on|"
              "into) my (eyes|face|mouth|head))")
_DEVIL_IN_ME = ("((devil|demon|demons|evil spirit|spirit|spirits|jin|jinn|witch|evil) (is |was |"
                "are )?(in|inside|out of) (me|my body)|(and in|inside) me)")

# --- trafficking: a house of plants -----------------------------------------------------------
_PLANT_HOUSE = ("(work|working|live|living|kept|stay|staying) in (a |the )?(house|flat|room|loft) "
                "with (the )?plants")
_CANNOT_GO_OUT = ("(cannot|cant|can not|not allowed to|never|dont) (go outside|go out|leave|"
                  "get out)")
_WINDOWS_COVERED = ("(window|windows) (is |are |al )?(covered|blacked out|boarded|painted|taped)")

# --- neglect --------------------------------------------------------------------------------

# Nothing to wash clothes with for months, and the same clothes all week.
_NO_WASHING = "(no washing powder|no powder|(washing )?machine( is| s| has)?( ben)? (broke|broken))"
_FOR_MONTHS = "(for|in) (months|weks|ages|a month|[0-9]+ (months|weks))"
_SAME_CLOTHES = ("((wear|wearing) the same (stuff|clothes|uniform|things)( [a-z]+)? al wek|says i "
                 "(stink|smel)|i (stink|smel))")

_ONLY_DRINKS = ("(fridge|cupboards|cupboard|kitchen|food)( [a-z]+){0,4} (only|just|nothing but) "
                "(has |is )?(energy drinks|energy drink|monster|red bul|prime|cans|crisps|beer|"
                "cider|vodka)")
_AT_A_PARENTS = ("(at (mums|dads|my mums|my dads|home)|when (i am|i stay|i go)|i eat at|(havent|"
                 "not) had a (proper )?meal|no (proper )?food)")
_WATER_OFF = ("(water|waters|gas|electric|electricity|power|heating)( is| has been| been| s)? "
              "(of|cut of|turned of|been cut of)")
_NO_WASH = "(no (shower|bath|wash)|havent (washed|showered|had a (shower|bath|wash)))"
_WEEKS = ("(in|for) ([0-9]+|to|two|three|four|a few|a couple of|over a) (weks|wek)|for (a|over a) "
          "(wek|month)|since last (wek|month)")
_NOT_TAKEN = ("(too busy|hasnt got time|has not got time|has no time|no time|cant be bothered|wont "
              "take me|will not take me|refuses to take me|never takes me|keps saying no)( [a-z]+)"
              "{0,3} (for |to )?(the )?(dentist|doctor|doctors|gp|hospital)")
_STILL_HURTS = ("(swolen|sweling|pus|leaking|infected|rotting|rotten|cant eat|cant chew|cant "
                "sleep|for months|for ([0-9]+|to|three|a few) (months|weks))")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("physical_abuse", (_STRUCK_WITH, _ON_ME), 8),
    ("physical_abuse", (_BURNT,), 12),
    ("domestic_abuse", (_AGAINST,), 14),
    ("domestic_abuse", (_THROWN_AT_HER, _HURT_HER, _PARTNER), 20),
    ("domestic_abuse", (_ON_THE_FLOOR, _FIGHT_HEARD, _PARTNER), 24),
    ("emotional_abuse", (_LOCKED_ME_IN, _WITHOUT), 20),
    ("emotional_abuse", (_LOCKED_FROM_OUTSIDE, _I_INSIDE, _WITHOUT), 24),
    ("emotional_abuse", (_POSTS_ME_CRYING, _GROWN, _MOCKED), 18),
    ("emotional_abuse", (_ME_IN_AFTER, _IF_I_CRY), 10),
    ("emotional_abuse", (_MAKES_ME_SAY, _GROWN), 10),
    ("emotional_abuse", (_SENT_OUT, _TILL_LIGHT), 18),
    ("unsafe_home", (_LOCK_BROKEN, _ON_PURPOSE, _COMING_FOR_ME), 30),
    ("unsafe_home", (_MAN_UPSTAIRS, _STAY_AWAKE), 24),
    ("harmful_practices", (_HELD_DOWN, _DEVIL_IN_ME), 24),
    ("trafficking", (_PLANT_HOUSE, _CANNOT_GO_OUT, _WINDOWS_COVERED), 20),
    ("neglect", (_ONLY_DRINKS, _AT_A_PARENTS), 16),
    ("neglect", (_NO_WASHING, _FOR_MONTHS, _SAME_CLOTHES), 24),
    ("neglect", (_WATER_OFF, _NO_WASH, _WEEKS), 14),
    ("neglect", (_NOT_TAKEN, _STILL_HURTS), 12),
)
