"""Self-harm and abuse told once, in passing, among ordinary things (the tenth hand's shapes).

The tenth blind hand (``tests/corpora/tenth_hand``) wrote longer answers, the serious part said
once between a trainer size and a club. What the rules before this module missed was the shape
of the harm itself, not the padding round it:

- self-harm: standing on the wrong side of a bridge rail, or over a railing, with the wish to let
  go or someone talking the child down; a plan for a roof or a bridge on a day, or with the
  child not there after; the child stepping in front of a lorry or a bus with everyone happier
  after, or going to the road to do it; legs over the side of a car park's top floor, alone;
- physical harm: a knee on the child's back or a body on the chest, held down, and a cover story
  ("he'll write that I kicked off", "nobody believes a kid like you");
- sexual abuse: made to lift a skirt or take clothes off, with a secret or God angry if told;
  made to undress on a video call and recorded;
- emotional harm: a carer's or parent's words about the child, said again and again: "only here
  for the money" (or because the council pays), "not proper family" with the child kept out,
  a wish she'd had the child adopted, "dead to him" at every contact, "damaged goods" and
  nobody will ever love you, "a curse on the family", the child's mother a junkie and the child
  one too; a bag packed by the door with the threat of being sent away; made to eat alone while
  the carer's family eat together; presents thrown in the bin; a worker who tells a child they
  will be deported and shows them planes;
- domestic abuse: boiling water or hot tea thrown at a partner, and a lie told at hospital; a
  father who wants the mother's address and will kill her when he finds her.

Every clause needs the harmful part (a cover story, a threat, a secret, a repetition, a height
with the wish to go), never the topic alone: a bridge, a roof, a church's back room, a video
call, a bag by the door, a family meal. Left to the learned layer, as near to ordinary life as
to harm: wanting to go in the water at a bridge with nothing more said. Fresh wordings, written
before the rules, are batches ta to tf of ``tests/corpora/adversarial.txt``; the ordinary
answers nearest them are the block "the tenth hand's harm and home told in passing" of
``tests/corpora/near_misses.txt``. Neglect, going missing and an unsafe home told the same way
are in ``surveys.concern_buried_home``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- who says it: a carer or a parent, never a classmate --------------------------------------

# Someone who looks after the child, as the subject of what is said or done.
_CARER = ("(he|she|they|carer|carers|foster (carer|carers|mum|dad|mam|parents)|mum|mam|dad|"
          "stepdad|step dad|stepmum|step mum|nan|aunt|aunty|auntie|uncle|staff|staff man|"
          "support worker|key worker|keyworker)")
_SAYS = "(say|says|said|tell|tells|told|tell me|tells me|told me|keeps saying|calls|call|called)"
# Said to the child, not about the child to others ("tells everyone at school").
_SAYS_TO_ME = "(say|says|said|tell me|tells me|told me|keeps saying)"
_AGAIN = ("(every (contact|visit|call|time|day|week|night)|each time|all the time|always|keeps "
          "saying|whenever|again and again)")

# --- self-harm ----------------------------------------------------------------------------------

_OVER_RAIL = ("((wrong|other|far) side of (the )?(rail|railing|railings|barrier|safety fence)|"
              "(climbed|climb|climbing|got|stood|stand|standing|sat|sit|sitting) (over|on|onto) "
              "(the )?(rail|railing|railings|barrier|parapet|ledge))")
_LET_GO = ("(not come (out|back|up)|let go|(wanted|want|wanting) to (die|jump|fall|drop|end it|"
           "not be here)|talked me down|so i got down|(pulled|grabbed) me back)")
_HIGH = "(bridge|river|water|flyover|car park|roof|motorway|cliff|canal|weir|multi storey)"
_ROOF_PLAN = ("(i have|ive got|i got|got|i made|ive made|made|i have got|ive) a plan for the "
              "([a-z]+ ){0,2}(roof|bridge|car park|multi storey|railway|tracks|cliff|tower|flats)"
              "(?! (top|garden|party|terrace|bar|repair|repairs|tiles|museum|trip|boot|sale|market|"
              "fair|stall|project|model|design)(?![a-z]))")
_NOT_AFTER = ("((wont|will not|not gonna|not going to|aint gonna) be (at|around|here|there|doing|"
              "alive|about)|(on|after|before) (my|the) (birthday|review|exams|court)|(the )?last "
              "day)")
_I_STEP_OUT = ("(if i|i could|i might|i wanna|i want to|i will|ill|i just|to) (run|step|walk|"
               "jump|go)( out)?( in| into)?( the road)? (in front of|infront of|under) (a|the|"
               "some) ([a-z]+ )?(lorry|lorries|bus|buses|car|cars|train|truck|van|traffic)")
_BETTER_OFF = ("((everyone|everybody|people|they|my family|the family|mum|my carers) (would|wud|"
               "will|wd) be (happier|better off|better|fine)|(been|keep|kept) (going|standing|"
               "waiting)( [a-z]+){0,5} (to do it|for (a|the) (big|fast) one))")
_LEGS_OVER = "(legs|feet) (over|off|dangling over) the (side|edge)"
_UNSEEN = ("((staff|carers|nobody|no one|noone|mum) (dont|doesnt|didnt|does not) know|night "
           "before|on my own|by myself|wanted to (jump|fall|let go|die))")

# --- physical harm ------------------------------------------------------------------------------

_KNEE_ON = ("((knee|knees) on (my|ma|me|his|her) (back|neck|chest|throat|head)|(knelt|kneeled|"
            "kneeling|sat|sits|sitting) on (my|ma|me) (back|neck|chest|throat|head))")
_HELD_DOWN = ("((held|hold|holds|holding|pinned|pins|pin|keep|kept|keeps|to keep) (me|him|her) "
              "(down|doon)|(on|to) the floor)")
_COVER = ("(for (no|nae) reason|if (i|a) (tell|say)|(write|wrote|writes|put|say|said|tell|told) "
          "(that )?(i|a) (kicked off|attacked|hit (him|her)|started it)|nobody (will )?(believes|"
          "believe))")

# --- sexual abuse -------------------------------------------------------------------------------

_CLOTHES_OFF = ("(makes|made|make|making|gets|got|tells|told) (me|us|her|him|them|my)"
                "( [a-z]+){0,4} (lift|pull|take|took|lifting|pulling|taking) (up )?(my|me|her|"
                "his|our|their) "
                "(skirt|dress|top|tops|shirt|trousers|pants|knickers|shorts|clothes) (up|down|"
                "off)")
_SILENCED = ("(if (i|a|you|we) (tell|say)|(our|a|its) secret|(god|jesus|allah|the devil)( [a-z]+)"
             "{0,2} (angry|cross|punish|mad|hate)|nobody (will )?believe)")
_ON_CAMERA = ("(facetime|video call|videocall|video chat|webcam|on cam|recorded|filmed|saved it|"
              "screenshotted)")

# --- emotional harm -----------------------------------------------------------------------------

_FOR_MONEY = ("((im|i am|youre|you are) only (here|with (them|us|her|him)) (for|because of|cos of)"
              " the money|only (here|have me|has me|keep me|keeps me|got me|fosters me|foster "
              "me)( [a-z]+){0,2} (because|cos|since) (the council|social services|the social|"
              "they|she|he) (pay|pays|paid|get paid|gets paid))")
_NOT_FAMILY = ("(im|i am|youre|you are|ur) not (proper|real|their real|their proper|her real|"
               "part of the|part of their|part of this) family")
_KEPT_OUT = ("((dont|doesnt|do not) count|not allowed in (the|their|her|his) (lounge|living room|"
             "front room|kitchen|dining room)|(stay|stays|eat|eats|sit) (in my room|on my own|"
             "alone|by myself)|on my own in the back room)")
_ADOPTED = ("(wishes|wished|wish) (shed|hed|theyd|she had|he had|they had) (had me adopted|put "
            "me up for adoption|given me away|given me up|got rid of me|never had me|aborted me)")
# Not a joke's condition: "dead to her if I eat her chocolate".
_NOT_IF = "(?! (if|when|unless|cos|because|for|haha|lol)(?![a-z]))"
_DEAD_TO = f"(im|i am|youre|you are|ur) dead to (him|her|them|us|me|the family){_NOT_IF}"
_PARENT = ("(dad|mum|mam|father|mother|stepdad|step dad|stepmum|step mum|foster (mum|dad|mam)|"
           "carer|he|she)")
_DAMAGED = ("((im|i am|youre|you are|ur) damaged( goods)?(?! (goods|at|in|with|by|when)"
            "(?![a-z]))|(nobody|no one|noone) (ever )?(will|would) (love|want) (me|you)|(nobody|"
            "no one) ever will)")
_CURSE = ("((im|i am|youre|you are|i was) a curse(?! (at|in|when|with|for)(?![a-z]))|(ugly|"
          "useless|worthless) and (ugly|useless|worthless|stupid)|(mother|mum|mam|dad|father) "
          "(leave|left|went|died|die) (because of|cos of|coz of) (me|you))")
_JUNKIE = ("(mum|mam|dad|your mum|your dad|my mum|my dad) (is|was) a (junkie|druggie|crackhead|"
           "alcoholic|drunk|waste)( [a-z]+){0,2} (and )?(i|ill|youll|you) (will |ll )?(be|end "
           "up) (one|the same|like (her|him))")
_BINNED = ("(throws|threw|throw|chucks|chucked|puts|put|rips|ripped) (them|my (presents|cards|"
           "letters|gifts|photos))( [a-z]+){0,2} (in|into) the bin")
_BAG_OUT = ("((pack|packs|packed|packing|puts|put|keeps|leaves|left) (my|me) (bag|bags|stuff|"
            "things|clothes|suitcase)|(bag|bin bag|suitcase)( [a-z]+){0,3} (my|of my) (clothes|"
            "stuff|things))")
_BY_DOOR = "(by|at|near|next to) the (front |back )?door"
_SENT_AWAY = ("(take me away|send me away|sent away|(the social|social) (will|ll)? ?(take|come "
              "for) me|get rid of me|never see (my|your) (brother|brothers|sister|sisters|mum|mam|"
              "dad|family|nan|friends)|kick me out|chuck me out|throw me out|put me back in care)")
_EAT_ALONE = ("(make|makes|made|making) me (eat|sit) (alone|on my own|by myself|separate|"
              "separately|in the kitchen|in my room)")
_FAMILY_TOGETHER = ("(when|while) (her|his|their) (own )?(family|kids|children) (eat|have|sit)"
                    "( [a-z]+)? (together|at the table)")
_DEPORT = ("((say|says|said|tell|tells|told)( me)? (that )?(i|you) (will|gonna|are going to|am "
           "going to|is going to) (be )?(deport|deported|sent back)|(will|gonna|going to) (send|"
           "sending) me back)")
_MOCKED = ("(laugh|laughs|laughed) at me|(show|shows|showed) me (a )?(picture|pictures|photo|"
           "photos|flights|plane)|in front of (everybody|everyone)|every day")
_WORKER = "(staff|support worker|key worker|keyworker|carer|worker|manager|the man|staff man)"

# --- domestic abuse -----------------------------------------------------------------------------

_HOT_AT_ME = ("(threw|throws|throw|throwing|poured|pours|pour|pouring|chucked|chucks|tipped|"
              "tips) ([a-z]+ ){0,3}(boiling|hot) (water|tea|coffee|kettle|soup|oil)( [a-z]+){0,2}"
              " (at|over|on) (me|my|her|his|him)")
_HOSPITAL_LIE = ("((told|tell|said to|say to|lied to) (the )?(hospital|nurse|nurses|doctor|"
                 "doctors|midwife|a and e|police|gp|paramedics) (that )?(i|it was|its)|(because|"
                 "cos) i was late|when i (got|get|came) (home|back|in) late)")
_HER_ADDRESS = ("((where|what street|which street|what road|which road) ([a-z]+ ){0,2}(mum|mam|"
                "she) (lives|is living|stays|is staying|moved)|(her|mums) (new )?address)")
_KILL_HER = ("((kill|stab|batter|finish|get) her(?! (a|an|some|the|flowers|present|presents|card|"
             "cards|birthday|something|back)(?![a-z]))|hurt her(?! feelings))")

PHRASES: Final[dict[str, list[str]]] = {
    # A parent wishing she'd had the child adopted, or never had them.
    "emotional_abuse": [
        _ADOPTED,
        # Only here for the money, said to the child by a carer (not a brother's taunt told on).
        f"{_CARER} {_SAYS_TO_ME}( [a-z]+){{0,8}} {_FOR_MONEY}",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Over a bridge rail by the water, with the wish to let go or a rescue.
    ("self_harm", (_OVER_RAIL, _LET_GO, _HIGH), 30),
    # A plan for a roof or a bridge, and a day or the child not there after.
    ("self_harm", (_ROOF_PLAN, _NOT_AFTER), 20),
    # The child stepping in front of a lorry, and everyone happier or going there to do it.
    ("self_harm", (_I_STEP_OUT, _BETTER_OFF), 30),
    # Legs over the side of a car park's top floor, alone or unknown.
    ("self_harm", (_LEGS_OVER, "(car park|bridge|multi storey|top floor|flyover)",
                   _UNSEEN), 30),
    # Held down with a knee or a body, and a cover story.
    ("physical_abuse", (_KNEE_ON, _HELD_DOWN, _COVER), 30),
    # Made to lift or take off clothes, with a secret or God angry.
    ("sexual_abuse", (_CLOTHES_OFF, _SILENCED), 30),
    # Made to undress on a video call, and recorded.
    ("sexual_abuse", (_CLOTHES_OFF, _ON_CAMERA), 20),
    # Not proper family, and kept out of rooms or not counted.
    ("emotional_abuse", (_NOT_FAMILY, _KEPT_OUT), 30),
    # Dead to him, said at every contact.
    ("emotional_abuse", (_DEAD_TO, f"{_PARENT} {_SAYS}", _AGAIN), 25),
    # Damaged goods, or nobody will ever love you, from a carer.
    ("emotional_abuse", (_DAMAGED, f"{_CARER} {_SAYS}"), 20),
    # A curse on the family, or the reason her mother left, from a carer.
    ("emotional_abuse", (_CURSE, f"{_CARER} {_SAYS}"), 12),
    # Your mother's a junkie and you'll be one too, or presents thrown in the bin.
    ("emotional_abuse", (_JUNKIE, _SAYS), 12),
    ("emotional_abuse", (_BINNED, "(in front of me|wont let me (have|keep)|not allowed)"), 20),
    # A bag packed by the door, and the threat of being sent away.
    ("emotional_abuse", (_BAG_OUT, _BY_DOOR, _SENT_AWAY), 30),
    # Made to eat alone while the carer's family eat together.
    ("emotional_abuse", (_EAT_ALONE, _FAMILY_TOGETHER), 16),
    # A worker who says the child will be deported, mocking.
    ("emotional_abuse", (_DEPORT, _MOCKED, _WORKER), 30),
    # Boiling water thrown, and a lie at hospital or "because I was late".
    ("domestic_abuse", (_HOT_AT_ME, _HOSPITAL_LIE), 25),
    # The mother's address wanted, and a threat to kill her.
    ("domestic_abuse", (_HER_ADDRESS, _KILL_HER), 25),
)
