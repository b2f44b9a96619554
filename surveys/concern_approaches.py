"""An adult seeking a child out, told with no act yet: three shapes the rules had no words for.

Guidance on child sexual exploitation and on grooming (NSPCC; the Home Office's indicators) lists
what comes before any act: a man who wants to know where a child lives or goes to school, a
gathering at an adult's own place that the child is told to keep from the people who care for
them, and an adult who keeps getting physically close when the child does not want it. Each was
a sentence the rules and the learned layer let through, noted at the end of a round ("a man keeps
asking me where i live" read as bullying, "dont tell your mum about the party at his flat" and
"he gets really close to me and i dont like it" as nothing). Each shape here needs its two parts:

- a man (not named as anyone the child knows) who keeps asking, or asks online, where the child
  lives, which school they go to, or their address;
- "don't tell" a carer, a parent, staff or a social worker, about a party, a stay or a visit at
  his, their or older lads' flat, house or place;
- he, or a named grown-up, who gets, stands, sits or lies too close to the child, and the child
  not liking it, feeling weird about it, or it happening when nobody else is there.

A lone part stays quiet: a postman asking for number 12, the council asking a care leaver's
address for a form, a surprise at nan's, a dog that gets close in a storm. So does an everyday
reason said with both parts: a man who needs the address for a form or a delivery, a sleepover
the child means to tell mum about themselves, cake or a late night kept from mum, a teacher's
coffee, a crowded bus, nerves before a race. Their twins are in
``tests/surveys/test_concern_approaches.py``, and the ordinary answers nearest them are the
block "an adult seeking a child out" of ``tests/corpora/near_misses.txt``. ``PHRASES`` are in
the syntax of ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# A man the child does not name as someone they know.
_A_MAN = ("(a man|some man|this man|that man|an old man|an older man|a guy|some guy|this guy|"
          "that guy|a bloke|some bloke|this bloke|a stranger|some stranger|a grown man|some old "
          "guy|a lad in a car|some man in a car)")
# Asking again and again, or online, where the child lives or goes to school.
_KEEPS_ASKING = ("((keeps|kept|keep|has been|have been|is always|was always|always|keeps on) "
                 "(asking|askin|asks|messaging|texting|dming|snapping) (me )?|(on snap|on "
                 "snapchat|on insta|on instagram|on tiktok|online|on discord|on roblox|on "
                 "fortnite|on xbox|on the game) (keeps |kept |always )?(asks|asked|asking) (me )?)")
# Where the man is, between him and what he asks ("a man in a car", "this guy at the park").
_WHERE_HE_IS = "( (in|at|from|on|near|outside|by) (a |the |my )?[a-z]+( [a-z]+)?)?"
_WHERE_I_AM = ("(where i live|where i go to school|where i am staying|where i stay|where my house "
               "is|what school i go to|which school i go to|what my address is|my address|my "
               "postcode|where my school is|which house is mine|where my foster house is|where "
               "the home is)")
# An errand that needs the address: a form, a delivery, the post.
_AN_ERRAND = ("(?!( [a-z]+){0,6} (form|forms|parcel|parcels|delivery|delivering|deliver|post|"
              "letter|letters|sofa|package|bus pass)(?![a-z]))")
# Told not to tell the people who look after the child.
_DONT_TELL = ("(dont|do not|dont you|dont ever|never|not to|mustnt|must not) (tell|say to|tell "
              "your|tell ur) (your |ur |my |the )?(mum|mam|dad|carer|carers|foster mum|foster "
              "dad|foster carer|foster carers|nan|staff|key worker|social worker|sw|parents|"
              "anyone at home|the home)")
_AT_HIS_PLACE = ("(party|parties|sleepover|stay|staying over|going round|coming round|visit|"
                 "drinks|chill|smoke) (at|in|round|to) (his|their|the lads|the older lads|older "
                 "lads|the mens|a mans|some mans|his mates|the guys) (flat|house|place|gaff|yard|"
                 "room|hotel|car)")
# Too close, and not wanted or nobody about.
_TOO_CLOSE = ("(he|my stepdad|my step dad|my uncle|my carer|my foster dad|my foster carers son|"
              "the man|a man|mums boyfriend|mams boyfriend|my mums boyfriend|her boyfriend|the "
              "caretaker|my coach|the coach|my teacher|the driver|the taxi man|my tutor|the "
              "worker|a worker|my key worker) (gets|get|got|comes|come|came|stands|stood|sits|sat|"
              "lies|lay|lays|keeps getting|keeps coming|keeps sitting|keeps standing) ((really "
              "|too |very |so |right |well )?(close|near) (to|up to|next to|against) me|(right "
              "|really )?(up )?against me)")
# Close in a race or a game is a near win, not a body.
_NOT_A_RACE = ("(?! (in|on|at|during|for) (the |a |our |that )?(race|races|game|match|league|table|"
               "points|score|quiz|test|tests|results|marks|final|sprint|lap|vote|election)"
               "(?![a-z]))")
# Not wanted, and for no everyday reason given after it: a teacher's coffee, a crowded bus,
# nerves before a race, popcorn at the cinema.
_NOT_WANTED = ("(i dont like it|i do not like it|i hate it|i dont want (him|it) to|makes me "
               "(feel )?(uncomfortable|weird|funny|sick)|i feel (weird|funny|sick|uncomfortable)|"
               "feels (weird|wrong)|when (nobody|no one|noone) (is|else is) (around|about|there|"
               "in|home|looking)|when (we are|were|im) (alone|on our own|on my own))(?!( [a-z]+)"
               "{0,4} (smells of|coffee|busy|crowded|packed|nervous|popcorn|chewing|eats|eating|"
               "breath|race|match|exam|test)(?![a-z]))")

PHRASES: Final[dict[str, list[str]]] = {
    "sexual_exploitation": [
        f"{_A_MAN}{_WHERE_HE_IS} {_KEEPS_ASKING}{_WHERE_I_AM}{_AN_ERRAND}",
        f"{_DONT_TELL} (about|bout|abt) (the |a |going to the |coming to the )?{_AT_HIS_PLACE}"
        # Not a surprise, nor the child's own news to break ("yet", "I want to ask her").
        "(?!( [a-z0-9]+){0,8} (surprise|present|presents|her birthday|his birthday|yet|(i|we) "
        "(want|will|wil|am going|are going) to (ask|tell)))",
        # The other way round only as his instruction: "dont tell my mum i stayed up" is the
        # child's own secret about a late night, not an adult's.
        # (Not a mum kept from knowing how much cake, or how late, at a sleepover.)
        f"{_AT_HIS_PLACE}( [a-z]+){{0,6}} (he|they|the lads|the guys|his mates) (said|says|told "
        f"me|tells me|told us|tells us) {_DONT_TELL}(?! (how much|how late|what we (ate|had)|"
        "(we|i) (stayed|were|was) up|about the (cake|sweets|food|snacks))(?![a-z]))",
    ],
    "sexual_abuse": [
        f"{_TOO_CLOSE}{_NOT_A_RACE}( [a-z]+){{0,6}} {_NOT_WANTED}",
        f"{_NOT_WANTED} (when|how|that|cos|because) {_TOO_CLOSE}{_NOT_A_RACE}(?!( [a-z]+){{0,4}} "
        "(cos|because|in the (cinema|race|class|queue)|before)(?![a-z]))",
    ],
}
