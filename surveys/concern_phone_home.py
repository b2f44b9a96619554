"""Going missing and an unsafe home, typed fast on a phone (the eleventh hand's shapes).

The eleventh blind hand (``tests/corpora/eleventh_hand``) wrote as children type on a phone:
short, run together, emoji gone once the text is normalised. What the rules before this module
missed was the shape of the harm, not the spelling:

- missing: a declaration of not going back with "don't look for me" or "don't send the police";
  nights out counted with "don't look for me"; nights slept where a child does not live (random
  people's houses, a stairwell, night buses, an underpass, a tent) with a run or not going back;
  a man who gives runaways a place to sleep; staying with men while the carer does not know
  where the child is; hidden in the loft (or the shed) when the social worker comes, or said to
  be at a friend's;
- unsafe home: a man who asks what time the child goes to bed, with the child's fear; a door
  handle that moves at night and a chair pushed against it; a resident who hurt others and said
  "I'm next"; a key someone should not have, with coming in at night or things moved; a man
  knocking at night where there are no staff at night; a threat "to get me tonight" where the
  child cannot sleep; a bolt taken off the bathroom door with threats for the night; a flat with
  no lock and men dealing or trying to get in; someone who tries the bathroom door while the
  child is in the bath, with fear; an ex who found out where the child lives and waits outside.

Every clause needs the harmful part (the run, the secrecy, the fear, the man, the night with no
staff), never the topic alone: a tent, a night bus, a bedtime, a key, a knock, a chair against a
door. Fresh wordings, written before the rules, are batches va and vh of
``tests/corpora/adversarial.txt``; the ordinary answers nearest them are the block "the eleventh
hand's harm typed on a phone" of ``tests/corpora/near_misses.txt``. Dialect and sound-alikes
("kippin", "bride" for bridge, "won" for one) are read by the normalisation, not here. Same
syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- going missing ------------------------------------------------------------------------------

# Not going back to where the child lives: not "not going back till Monday" or "to that cafe".
_NOT_BACK = ("(not|never|isnt|aint|am not|im not) (coming|going|goin|comin) (back|home)(?! (till|"
             "until|til|for|before|tonight|today|tomorrow|this|next|on|in|at|from|early|late|to "
             "(that|the|this) (cafe|club|shop|restaurant|gym|class|school|team))(?![a-z]))"
             "( ever( again)?)?")
# Do not look for the child, or send the police.
_DONT_LOOK = ("((dont|do not|stop|no need to) (bother )?(look|looking|lok|come looking|search|"
              "searching) for (me|us)(?! (at|in|on|during|after|before|later)(?![a-z]))|dont come "
              "looking|(dont|do not) (send|call|ring|get) the "
              "(police|feds|cops)|leave me alone(?! (im|i am) (busy|revising|gaming|playing)))")
# Nights counted away from where the child lives.
_NIGHTS_OUT = ("(been|ben) (out|gone|away|missing) ([0-9]+|two|three|four|five|six|a few|for) "
               "(nights|nites|days)")
# Nights slept where a child does not live.
_SLEPT_ROUGH = ("(slept|sleep|sleeping|slep|sleping|staying|stayed|kipping|kipin|kipped|been) "
                "(at|in|on|under) (random|strangers|diferent|different) ([a-z]+ )?(houses|flats|"
                "places|sofas|peoples houses)|(slept|sleep|sleeping|staying|stayed|kipping|kipin|"
                "kipped|been) (at|in|on|under) (the |a )?([a-z]+ )?(stairwell|stairwells|underpass|"
                "bus shelter|bus station|doorway|doorways|car park|multistorey|night bus|night "
                "buses|streets|street|tent|woods|mcdonalds|bridge|park bench|garages)(?! (at|for|"
                "with|on) (camp|scout|scouts|cub|cubs|brownies|guides|dofe|school|the festival|"
                "holiday)(?![a-z]))|(riding|ridin|on) (the )?night (buses|bus) (all night|every "
                "night)?")
# A run from where the child lives.
_RAN = (f"((ran|run|running|runing) (away|off)|(went|gone|going) missing|{_NOT_BACK}|(ran|run|"
        "legged it) (from|out of) (the |my |our )?(home|unit|placement|foster|care|suported|"
        "supported|hostel|carers|flat)|(leg|legged) it|did a runner|been gone|(left|walked out of) "
        "(the|my) (unit|placement|childrens home|foster home))")
# Nobody responsible knows where the child is, or a place in a town.
_UNKNOWN = ("(((dont|do not) know|idk|no idea) where (i am|im|we are)( going| goin)?|(carer|carers|"
            "foster carer|social worker|staff|mum|nobody|no one|noone) ([a-z]+ )?(doesnt|dont|"
            "does not|do not) know where (i am|we are))")
# A man who gives a place to sleep, or men the child stays with.
_MEN_ROOM = ("((a |some |the |these )?(man|men|guy|guys|bloke|blokes|lads|older)( [a-z]+){0,2} "
             "(give|gave|gives|giving|let|lets) (us|me) (a )?(place|somewhere|room|sofa|bed) to "
             "(sleep|slep|stay)|(stay|staying|stayed|living|live) with (some|these|a|two|three) "
             "([a-z]+ )?(men|man|lads|guys|blokes))")
# Hidden from the one who comes to see the child, or said to be elsewhere.
_VISITOR_COMES = ("(when|if|whenever|before) (the |my )?(social worker|social|social workers|"
                  "socials|police) (comes|come|visits|visit|knocks|turns up|comes round)")
_HIDDEN_AWAY = ("((hides|hid|hide|puts|put|locks|locked|keeps|kept|makes) (me|us)( hide)? (in|up "
                "in) (the|a|her|his) (loft|attic|shed|cellar|basement|wardrobe|back room|garage)|"
                "(says|said|tells her|tells them|told her|tells him) (i am|im|we are) (at|with) "
                "(my |our )?(friends|mates|football|nans|school))")

# --- an unsafe home -----------------------------------------------------------------------------

_BEDTIME_ASKED = ("(asked|asks|asking|wants to know|wanted to know) (me )?(what time i (go|get) "
                  "to bed|when i go to (bed|sleep)|which room (i sleep in|is mine)|where i sleep|if"
                  " i sleep on my own)")
_AFRAID = ("(scared|frightened|afraid|creeps|creepy|weird|stares|staring|looks at me|cant sleep|"
           "cant slep)")
_HANDLE_MOVES = ("(door handle|handle)( on (my|the) ([a-z]+ )?door)? (moves|moving|moved|turns"
                 "|turning|turned|goes down|rattles|"
                 "rattling|jiggles)")
_BARRICADE = ("((push|pushed|put|puts|wedge|wedged|prop|jam) (my |a |the )?(chair|desk|drawers|bed|"
              "wardrobe|bin|suitcase) (against|in front of|under) (it|the door|my door|the handle)|"
              "(nobody|no one|noone) (says|knows|will say) who)")
_HURT_OTHERS = ("(battered|hurt|attacked|stabbed|beat up|beaten up|punched|glassed|jumped|smashed "
                "up) ([0-9]+|two|three|some|loads of|a few|the|other) (of the )?(staff|residents"
                "|kids|lads|boys|girls|people|workers)")
_IM_NEXT = ("(said|says|told me|saying) (im|i am|i will be|ill be|i wil be) next(?! (to|for|in|on|"
            "at|with)(?![a-z]))")
_KEY_HELD = ("(someone|somebody|he|my ex|her ex|mums ex|his mate|a man|the landlord|boyfriend|"
             "fella|bloke)( [a-z]+){0,3} (has|have|got|still has|has got|is got) (a |the )?(key|"
             "keys)( to| for)?")
_COMES_IN = ("((comes|came|coming|let himself|lets himself|letting himself) in (at night|when)|"
             "(stuff|things|my things) ((keep|keeps) )?(moved|moving|gone|going missing|missing)"
             "|underwear|door (open|unlocked) when i|"
             "scared|frightened|outside my (room|door))")
_KNOCK_LATE = ("(knocking|knocks|knocked|banging|bangs|banged|kicking|kicks) (on )?(my|the) "
               "(door|window) (at|in the middle of the night|every night)( [0-9]+| one| two| three|"
               " four| night)?")
_NO_STAFF = "((no|not any) (staff|one|body) (at night|on at night|on nights|after [0-9]+)|no staff)"
_TONIGHT_THREAT = ("(said|says|saying|told me)( that)? (he is|hes|he wil|they are|theyre|they wil|"
                   "she is|shes)( going to| gonna)? (get|do|sort|batter|stab|jump|do something to)"
                   " me (tonight|later|at night|when i am asleep|when im asleep)(?! (at|on|in) "
                   "(fifa|fortnite|the game|chess|cards|pool|football|training)(?![a-z]))")
_NO_REST = ("(cant|cannot|can not) (sleep|slep)|stay awake|scared|hostel|at the unit|in my room")
_BOLT_OFF = ("(took|taken|takes|removed|took off|unscrewed|broke|broken) the (bolt|lock) (off|from|"
             "on) (the )?(bathroom|toilet|shower|my bedroom|my room|my)( door)?")
_NIGHT_THREAT = ("(at night|tonight|check me|come in|walk in|scared|keep saying|keep sayin)")
_NO_LOCK = ("(no lock|doesnt lock|does not lock|wont lock|broken lock|lock is broken|lock (has|is) "
            "gone)")
_INTRUDERS = ("((tried|trying|tries|try) to (get|break|come) in|dealing|kicked (the )?door|booted "
              "(the )?door)")
_TRIES_DOOR = ("(tries|tried|trying|keeps trying) to (open|come in|get in)( [a-z]+){0,3} "
               "(when|while) (i am|im) (in the (bath|shower)|getting changed|geting changed|asleep|"
               "in bed|on the toilet|undressed)")
_WALKS_IN = ("(keeps|kept|keep) (coming|comin|walking) in(to)? my (room|bedroom|bathroom)( [a-z]+)"
             "{0,3} when (i am|im) (getting changed|geting changed|getin changed|in the shower|"
             "undressed|in bed|asleep)")
_GUARDED = ("((sleep|slep) in my (jeans|clothes)|scared|frightened|lock (the|my) door|wedge)")
_DOOR_IN = "(kicked|booted|boted|smashed|broke) my (door|bedroom door|front door) in"
_NOBODY_ACTS = ("((staff|nobody|no one|noone)( just)? (shrug|shrugs|do nothing|did nothing|dont"
                " care|doesnt care|dont do anything)|dealing|fights every)")
_NIGHT_HARM = ("((at night|tonight) (he|they) (wil|will|is going to|are going to|gonna) do "
               "(something|stuff|things) to me|(wil|will|going to|gonna) do (something|stuff"
               "|things) to me "
               "(at night|tonight|when (i am|im) asleep))")
_AWAKE = ("(stay awake|stayed awake|cant (sleep|slep)|scared|men|adult|hotel|hostel)")
_EX_FOUND = "(my|her) ex( boyfriend)? (found out|knows|found|has found) where (i|my)"
_WAITS_OUTSIDE = ("((sitting|siting|sat|parked|waiting|waits) outside|banging on (the|my) door)")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Not going back, and don't look for me (or don't send the police).
    ("missing", (_NOT_BACK, _DONT_LOOK), 20),
    # Nights out counted, and don't look for me.
    ("missing", (_NIGHTS_OUT, _DONT_LOOK), 15),
    # Nights slept where a child does not live, with a run or not going back.
    ("missing", (_SLEPT_ROUGH, _RAN), 17),
    # Nights slept where a child does not live, with nowhere known to go.
    ("missing", (_SLEPT_ROUGH, _UNKNOWN), 21),
    # Run, and a man who gives a place to sleep; men stayed with and the carer not knowing.
    ("missing", (_RAN, _MEN_ROOM), 22),
    ("missing", (_MEN_ROOM, _UNKNOWN), 24),
    # Hidden in the loft when the social worker comes, or said to be at a friend's.
    ("missing", (_VISITOR_COMES, _HIDDEN_AWAY), 15),
    # A man who asks what time the child goes to bed, and the child's fear.
    ("unsafe_home", (_BEDTIME_ASKED, _AFRAID), 20),
    # A door handle that moves at night, and a chair against it or nobody saying who.
    ("unsafe_home", (_HANDLE_MOVES, _BARRICADE), 20),
    # Others hurt, and "I'm next".
    ("unsafe_home", (_HURT_OTHERS, _IM_NEXT), 12),
    # A key someone should not have, and coming in or things moved.
    ("unsafe_home", (_KEY_HELD, _COMES_IN), 17),
    # Knocking at night, with no staff at night.
    ("unsafe_home", (_KNOCK_LATE, _NO_STAFF), 21),
    # A threat for tonight, and no sleep (or where the child lives).
    ("unsafe_home", (_TONIGHT_THREAT, _NO_REST), 14),
    # A bolt taken off the bathroom door, and threats for the night.
    ("unsafe_home", (_BOLT_OFF, _NIGHT_THREAT), 12),
    # No lock on the door, and men dealing or trying to get in.
    ("unsafe_home", (_NO_LOCK, _INTRUDERS), 12),
    # The bathroom door tried while the child is in the bath, with fear.
    ("unsafe_home", (_TRIES_DOOR, _AFRAID), 17),
    # Someone who keeps walking in while the child is changing, and the child guarding against it.
    ("unsafe_home", (_WALKS_IN, _GUARDED), 23),
    # A door kicked in, and staff who shrug.
    ("unsafe_home", (_DOOR_IN, _NOBODY_ACTS), 10),
    # Something to be done to the child at night, and the child awake.
    ("unsafe_home", (_NIGHT_HARM, _AWAKE), 14),
    # An ex who found out where the child lives, waiting outside.
    ("unsafe_home", (_EX_FOUND, _WAITS_OUTSIDE), 16),
)
