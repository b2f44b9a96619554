"""An unsafe place to live, and disclosures split over messages, as the fourth hand showed them.

The third and fourth hands' corpora (``tests/corpora/third_hand``, ``fourth_hand``) held a third
of their unsafe-home lines the rules missed. What they share is not the family home of the
earlier lists but the places children in care and care leavers live (a children's home, a
unit, a hostel, supported lodgings, a flat), and the people who make them unsafe: other young
people, a landlord or manager, an ex, a parent just out of prison. Working Together to
Safeguard Children and the NSPCC's signs of an unsafe placement give the shapes:

- a threat × when the child sleeps, from someone who lives there; a knife shown or a threat to
  cut "if i tell"; a threat to have the child beaten or their legs broken;
- someone coming into the room × at night, asleep, in the shower, getting changed; a key kept
  × letting himself in, waking to him stood over the bed;
- strangers staying × weapons about; a dangerous man (out of prison, in prison for hurting
  children, the one who hurt mum) × turning up or living there;
- hurt where they live × staff who did nothing; the door kicked in; the address known × cars
  driving past, a man outside watching, "coming for me";
- shut outside × the dark, the cold, as a punishment;
- Welsh: strange men in the house at night, afraid to go home.

Split messages (``split.txt``, read joined by ``detect_across``): wedding things bought and a
man never met (``surveys.concern_practice_shapes``), someone older coming into "your room when
your asleep" (here), and a high place thought about × letters written for everyone (self-harm,
written here because it is a shape of a split disclosure).

``PHRASES`` and ``CLAUSES`` are in the syntax of ``surveys.concern_frames`` and
``surveys.concern_clauses``. Fresh wordings are batch k of unsafe_home in
``tests/corpora/adversarial.txt``; the ordinary answers nearest each rule (a sibling's prank,
a nan with a key, an uncle home from prison for Christmas, the ice-cream van) are in
``near_misses.txt`` (the block "home shapes").
"""

from __future__ import annotations

from typing import Final

# Someone who lives there, or is let in: never a parent or carer tucking a child in.
_HOUSEMATE = ("(one of the (lads|boys|girls|kids|residents|staf|men)|(the|a|an|another|some) "
              "(lad|lads|boy|boys|man|men|landlord|manager|resident|stranger|girl|older (boy|lad|"
              "man|kid|one))|(older|big|new) (boy|lad|man|kid|girl)|my (ex|landlord)|the man "
              "(upstairs|downstairs|next dor)|night staf|staf (man|member)|someone|somebody|"
              "someone older)")
_THREAT_TO_ME = ("((wil|would|going to|gona|is going to|coming to) (get|hurt|jump|do|batter|stab|"
                 "cut|slash|kil|come for|burn|set fire to) (me|my)|(geting|get|gets|wil get) "
                 "(her|his|their) (cousins|mates|friends|brothers|boys) to (jump|get|hurt|batter|"
                 "beat|stab|do) me)")
_WHEN_ASLEEP = ("((when|while|once) (the )?(staf|everyone|i am|i|your|you are|we are|they are|"
                "its)? ?(are |is |go to |goes to )?(aslep|sleping|in bed|bed)|in my slep|"
                "tonight|at night)")
_KNIFE_SHOWN = ("((showed|shows|show|puled|puls|waved|waves|flashed) (me )?(a|the|his|her) "
                "(knife|blade|machete)|(knife|blade) (and|n) (showed|waved|puled) me|has a "
                "(knife|blade))")
_IF_I_TELL = ("(wil|would|going to|gona) (cut|stab|slash|shank|knife|kil) (me|you)( up)? if "
              "(i|you) (tel|told|gras|grased|snitch|say|talk)")
_INTRUDES = ("((come|comes|coming|comin|came|keps coming|keps comin|walk|walks|walked|barges|"
             "let|lets|leting) (himself |herself |themselves )?(in|into) (my|your|the) (rom|"
             "bedrom|flat|bathrom|shower)|(comes|come|came|walks|walked|barges) in (to check|on "
             "me|when|while)|(lets|let|leting) (himself|herself|themselves) in|(was|ben|is|were) "
             "(stod|standing|siting) (over|next to|by|in|at) my (bed|rom)|stod over my bed)")
_AT_NIGHT = ("((when|while) (i am|i was|i|your|you are|i m) (aslep|sleping|in the shower|in the "
             "bath|geting changed|geting dresed|changing|in bed)|at night|woke up|woken up|in "
             "the night|last night|at [0-9]+ ?am)")
_KEY = "(has|have|got|stil has|with) (a|the|his|her|their|own)? ?(key|keys)"
# Asleep, bathing or waking to him: a relative with a key who came in "last night" is not this.
_KEY_NIGHT = ("((when|while) i (am|was)? ?(aslep|sleping|in the shower|in the bath|in bed|geting "
              "changed)|woke up|woken up|in the night|at [0-9]+ ?am)")
_CAME_IN = ("((lets|let|leting) (himself|herself|themselves|them) in|(comes|came|come|walks|"
            "walked|gets|got|came in|comes in) (in|into)?|woke up|woken up|stod over|standing "
            "(in|over|next to))")
_STRANGERS = ("((people|men|lads|blokes|a man|guys) (i|we) (dont|do not|didnt|never) know|"
              "strangers|randoms|random (people|men))")
_STAYING = ("(slep|sleps|sleping|slept|stay|stays|staying|stayed|live|living|at (our|my|mums) "
            "(house|flat|place)|in (our|my) (house|flat|front rom))")
_UNKNOWN = "(i|we) (dont|do not|didnt|never) know"
_WEAPONS = ("(knives|knife|machete|machetes|gun|guns|blades|weapons|baseball bat|crack|"
            "nedles)")
_DANGEROUS_MAN = ("((prison|jail|inside) for (hurting|touching|abusing|hitting|harming|raping) "
                  "(kids|children|a child|a kid|litle|girls|boys|mum|women)|(who|that) (hurt|"
                  "hurts|abused|beat|battered|touched|raped) (her|me|mum|my mum|us))")
_IN_OR_AROUND = ("((keps|kep|kept) (turning|turnin|coming|comin|showing) (up|round|to)|"
                 "(turning|turnin|turns|turned) up at|(let|lets|leting) (him|her) in|(living|"
                 "lives|live|staying|stays|moved in|moving in|coming to|comes to))")
_OUT_OF_PRISON = "(out of|got out of|released from|just out of|came out of) (prison|jail)"
_TURNS_UP = ("((keps|kep|kept) (turning|turnin|coming|comin|showing) (up|round|to)|(turning|"
             "turnin|turns|turned) up at|(let|lets|leting) him in)")
_ASSAULTED = ("(jumped|beat me up|beat me|beaten up|battered|punched|atacked|asaulted|stamped "
              "on|headbuted)")
_STAFF_IDLE = ("((staf|carers|carer|workers) (did nothing|didnt do (nothing|anything)|did not do "
               "anything|just (laughed|watched|ignored|stod)|laughed|watched|never did "
               "anything|dont do anything|do nothing))")
_DOOR_KICKED = ("((kicked|boted|smashed|bust|busted) (my|our|the) (dor|front dor|flat dor|bedrom"
                " dor|rom dor) (in|down|open)|(broke|broken|break|breaking) into (my|our) (rom|"
                "flat|house|place)|(boys|lads|someone|they|men|people) (kicked|smashed|broke) "
                "(my|our) (dor|window))")
_AFTERWARDS = ("(scared|afraid|frightened|ofn|tok my|stole|trashed|coming back|they are coming)")
_FOUND_ME = ("((my address|where i live|my location) (is )?(on|online|posted|put up|leaked)|"
             "(posted|put|leaked|shared) my address|(know|knows|found out|find out) where (i|my)"
             " ([a-z]+ ){0,3}(live|stay|is|am staying)|(brick|bricks|rock|stone) (through|at) "
             "(my|our|the) window|(smashed|broke) (my|our) (window|windows))")
_HUNTED = ("((coming|comin|come) for me|(coming|come) (to get|round to) (me|get me|do me)|get "
           "me at home|(they|he) wil get me|(drives|driving|drove|goes|walks) (past|by) ([a-z]+ )"
           "{0,2}(slow|slowly|again|every)|(keps|kep|kept) (driving|walking|going) (past|by)|"
           "(sending|sends|sent) (me )?(pictures|photos) of (my|the) (front dor|house|flat|window|"
           "stret)|(waves|waving|watching|watch|staring) (at )?my (window|dor|house))")
_LURKER = ("((a|some|this|the) (man|bloke|guy|stranger)|someone|my (ex|step dad|dad|mums (ex|"
           "boyfriend))|he)")
_WAITS_OUTSIDE = ("(parks|sits|waits|waiting|sat|stands|standing|parked|keps waiting) (in his "
                  "car )?(outside|by|near|across from) (my|the) (flat|house|placement|home|"
                  "window|schol)")
_AT_NIGHT_WATCHING = "(every night|at night|watching|waves|waving|knows my name|staring|al night)"
_SHUT_OUT = ("((puts|put|shuts|shut|locks|lock|locked|sends|send|sent|leaves|leave|left|kicks|"
             "kick|kicked) (me|us) (out|outside)|(lock|locks|locked|shut|shuts) me out)")
_AS_PUNISHMENT = ("((when|if|because|cause) (i am|i was|i get|i m) (bad|naughty|rude|in trouble|"
                  "cheky)|punishment|punish|til (its |it is |it gets )?(dark|late|night)|in the "
                  "(dark|cold|rain)|al night|for hours)")

PHRASES: Final[dict[str, list[str]]] = {
    "unsafe_home": [
        _IF_I_TELL,
        # A threat to have the child beaten, or their bones broken, by others.
        "(get|send|sends|wil send|would send|wil get|would get) (his|their) (men|boys|lads|mates)"
        " (round )?to (break|snap|hurt|beat|batter|do) (my|me)",
        "(he|she|they) (wil|would) (have|get) me (beaten|battered|done in|jumped|hurt|stabbed)",
        "(wil|would|going to|gona) (break|snap) (my|your) (legs|arms|neck|jaw|fingers)",
        "(keps|kep|kept|wont stop) (sending|sendin) me (pictures|photos) of my (front dor|dor|"
        "window|flat|house|stret|placement)",
        # Welsh: afraid to go home; strange men in the house.
        "ofn (arna i|arnai|arnaf) (i )?(fynd|mynd) (adre|adref|gartref|nol|yn ol)",
    ],
    "self_harm": [],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("unsafe_home", (_THREAT_TO_ME, _HOUSEMATE, _WHEN_ASLEEP), 20),
    ("unsafe_home", ("(wil|would|going to|gona) come for me", _WHEN_ASLEEP), 8),
    ("unsafe_home", (_KNIFE_SHOWN, _THREAT_TO_ME), 20),
    ("unsafe_home", (_INTRUDES, _HOUSEMATE, _AT_NIGHT), 22),
    ("unsafe_home", (_KEY, _CAME_IN, _KEY_NIGHT), 18),
    ("unsafe_home", (_STRANGERS, _STAYING, _WEAPONS), 20),
    ("unsafe_home", (_UNKNOWN, "(people|men|lads|blokes|guys)", _STAYING, _WEAPONS), 20),
    ("unsafe_home", (_DANGEROUS_MAN, _IN_OR_AROUND), 18),
    ("unsafe_home", (_OUT_OF_PRISON, _TURNS_UP), 16),
    ("unsafe_home", (_ASSAULTED, _STAFF_IDLE), 18),
    ("unsafe_home", (_DOOR_KICKED, _AFTERWARDS), 20),
    ("unsafe_home", (_FOUND_ME, _HUNTED), 20),
    ("unsafe_home", (_WAITS_OUTSIDE, _LURKER, _AT_NIGHT_WATCHING), 16),
    ("unsafe_home", (_SHUT_OUT, _AS_PUNISHMENT), 14),
    ("unsafe_home", ("(dynion|pobl|bobl) (dieithr|diarth|ddieithr)", "(ty|nos|ofn|saf|gysgu|"
                                                                     "cysgu|aros|mewn)"), 12),
    # Split over messages: a high place thought about, and goodbye letters written.
    ("self_harm", ("(thinking|thought|think|kep thinking) about (the )?(bridge|rof|tracks|"
                   "railway|clif|edge|car park|multi storey)", "(wrote|writen|writing|left|done) "
                   "(the |my )?(leters|notes|goodbye leters|goodbyes)"), 24),
)
