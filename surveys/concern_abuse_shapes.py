"""Physical, sexual and emotional abuse by the shapes a fourth blind corpus showed missing.

The fourth hand's corpus (``tests/corpora/fourth_hand``) found the rules of
``surveys.concern_family_harm_signs`` knew being held down and a "game" under the covers, but
missed these shapes of the same harms (Working Together to Safeguard Children; the NSPCC's
signs of physical, sexual and emotional abuse), each written as its structure:

- physical: a hand held on something hot "to teach me"; a story the child must tell about an
  injury that is not what happened; whipped or lashed with a cable, belt or lead; pinched or
  twisted till they scream; "knocks me about"; boiling water or hot oil thrown at them;
- sexual: pictures taken with the door locked or "don't tell"; it hurting down there since
  someone "did the thing"; things done they do not like, in a bed, a room, at night; kissed on
  the lips by a teacher or coach who says it is fine; "what his mate does to me in the
  bathroom"; a threat of hell or being taken away "if I tell what we do"; a grown man who
  gets into their bed though they say no; "forced himself on me"; someone older who comes
  into their room while they sleep, asked about as "is that normal";
- emotional: fed on the floor or from a dog's bowl; kept in a room with a bucket for a toilet;
  told nobody loves or wants them, with a threat of the street or the dark, or cut off from
  family; treasured things destroyed as a punishment; a parent wishing them dead; disowned in
  public, the family told not to speak to them; threats of being locked away "and never come
  out"; a knife and "accidents happen"; made to face a wall for hours, the others told to shun
  them; door, bed and clothes taken "to earn back"; told they should have died or will end
  up dead and nobody will look; Welsh for "says I'm stupid and ugly" with nobody to talk to.

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses``. Fresh wordings are batches (n) to (q) of
``tests/corpora/adversarial.txt``; the ordinary answers nearest each rule (a burn from the
oven, play fighting, a baby photo in the bath, the dog's dinner, a grounding) are in
``tests/corpora/near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

_HOT = ("(cooker|hob|oven|iron|radiator|kettle|fire|heater|stove|grill|toaster|hot (tap|water|"
        "plate|pan)|boiling (tap|water)|pan)")
_TEACH = ("(to (teach|learn) me|teach me a lesson|as a punishment|to punish me|for (being|"
          "answering|talking|backchat|backchatting|backchattin|touching)|cos i (was|answered|"
          "talked|touched)|because i (was|answered|talked|touched)|burn|burnt|burned|blister|"
          "blisters|blistered|screamed|scream)")
# The story a child is told to tell about an injury.
_MUST_SAY = ("(have to|had to|got to|gotta|told to|made to|tell me to|told me to|tells me to|"
             "says to|said to|supposed to|meant to|make me|makes me|im to|i am to) (say|tell "
             "(them|people|school|teachers|everyone|the (nurse|doctor|teacher|school)|my [a-z]+))"
             "|(told|tell|telling) (college|school|work|the (nurse|doctor|teacher|hospital|"
             "school)|my (teacher|teachers|social worker|carer)|staff|everyone|people)")
_STORY = ("(i )?(fell|fall|fallen|walked into|tripped|bumped|slipped|came off|come off|off my "
          "bike|down the stairs|the dog|banged it|(from|at|playing|in) (football|netball|rugby|"
          "pe|games|hockey|boxing|the park|the trampoline|training))")
_NOT_SO = ("(but (i )?(didnt|did not|never) (fall|fell|trip|slip|walk|do|come|hurt)|(it|that) "
           "(wasnt|was not|isnt) (true|what happened|the dog|that|how)|not what happened|not "
           "true|but (she|he|they|my [a-z]+) (did it|pushed|hit|kicked|threw|done it|did)|(it|"
           "that) was (him|her|them|my [a-z]+))")
_LASH = ("(whipped|whips|whip|whipping|lashed|lashes|lash|lashing|belted|belts|strapped|leathered|"
         "thrashed|hit|hits|beat|beats|beaten|battered|smacked|whacked|got hit)")
_CABLE = ("(charger|cable|wire|belt|lead|cord|flex|wooden spoon|slipper|coat hanger|hanger|"
          "extension lead|hoover cable|welington|wellington|belt buckle)")

# A threat dressed as a remark.
_VEILED = ("(accidents happen|would be easy|be a shame|you never know|wouldnt want|could happen "
           "to anyone|nobody would know|watch yourself)")

PHRASES: Final[dict[str, list[str]]] = {
    "physical_abuse": [
        f"{_LASH} (me )?(with|by) (a |the |his |her |my |their )?(phone |mobile )?{_CABLE}",
        "(knocks|knocked|knocking|bangs|banged|banging|slaps|slapped|slapping|batters|battered|"
        "smacks|smacked|throws|threw|chucks) me (about|around|round)(?! (in|on) the (pool|water|"
        "trampoline|game|ring))",
        "(throws|threw|throwing|chucks|chucked|pours|poured|pouring|tips|tipped|flung|flings|"
        "hurled|hurls|splashed|splashes) (hot|boiling) "
        "(oil|water|fat|tea|coffee|soup|food) (at|on|over) (me|us|my)"
        # Not warm water poured to warm a child up after a cold swim or match.
        "(?!( [a-z]+){0,6} to warm (me|us|them|it|my [a-z]+))",
        "(pinches|pinched|pinch|pinching|twists|twisted|twist|twisting|squeezes|squeezed|digs|dug)"
        " __ (arm|arms|skin|leg|legs|ear|ears|wrist|wrists|neck) (til|till|until) (she|he|i|they|"
        "we) (scream|screams|screamed|cry|cries|cried|bleed|bleeds|bruise|bruises)",
        "(curo|guro|nghuro|chweipio|chwipio) (fi|i|mi) (efo|gyda|hefo|â|a) ",
    ],
    "sexual_abuse": [
        # Someone older in their room while they sleep, asked about as "is that normal".
        "(someone|somebody|sumone|sombody|an|a) older( [a-z]+)? (keeps |kept |always )?(comes|"
        "comin|coming|come|came|goes|going) (in|into) (your|my|me) (room|bedroom|bed)",
        "(forced|forces|forcing|force|pushed|pushes) (himself|herself|themselves|hisself) (on|"
        "onto|upon|on to) (me|her|him|us)",
        "(cos|because|coz) (of )?what (his|her|my|their|mums|dads|mams|the) [a-z]+( [a-z]+)? "
        "(does|did|do|done|keeps doing) to me",
        "(kisses|kissed|kissing|kiss) me on (the|my) (lips|mouth) __ (says|said|tells me|told me)"
        " (its|it is|it was|thats) (ok|okay|fine|alright|allowed|normal|our secret)",
    ],
    "emotional_abuse": [
        # Fed on the floor or from a dog's bowl.
        "(make|makes|made|making) me (eat|have) __ (on|off) the (kitchen )?floor",
        "((make|makes|made|making) me (eat|have)|i (have to|got to|must|had to) (eat|have)|(puts|"
        "put|putting|gives|give|serves|serve) my (food|tea|dinner|meals|breakfast|lunch))( "
        "[a-z]+){0,3} (from|out of|in|into) (the |a |their )?(dog|dogs|cat|cats|pet|pets) (bowl|"
        "bowls|dish|dishes)",
        # Kept in a room with a bucket for a toilet.
        "not allowed out (of )?my (room|bedroom) (all day|all night|all weekend|for days|except|"
        "only (for|to) (school|the toilet|eat))",
        # A parent wishing them dead.
        "(she|he|they|mum|mam|dad|step (mum|dad)|carer|nan|uncle|aunt|auntie) (says |said |tells"
        " me |keeps saying )?(she |he |they )?(wishes|wished|wish) (i|i would|i had|i would have|"
        "you|you would|you had|you were|i was) (had )?(died|been dead|was dead|were dead|dead|"
        "never been born|been the one (who|that) died)",
        "(i|you) (should have|shouldve|should of|should) (drowned|died|been dead|never been born"
        "|been aborted|been the one (who|that) died)(?! (laughing|of|from))",
        "(tells|told|says|said|keeps saying) __ (ill|i will|youll|you will|i am going to|youre "
        "going to) (end up )?(dead|in a box|in the ground|in a ditch|in a grave)(?! (tired|on|"
        "good|funny|bored|jealous|excited|lucky|last|easy|serious))",
        "(he|she|they|step dad|man|uncle|dad|carer|grandad|lodger) (sits|sat|stands|stood|comes "
        "in) (and|there|at night) (just )?(watches|watching|watched|stares|staring) (me|at me) "
        "(sleep|sleeping|while i sleep|in bed)",
        "i (killed|murdered) my (mother|father|mum|mam|dad) (by being born|when i was born|giving "
        "birth to me)",
        # Disowned in public, the family told not to speak to them.
        "(nobody|no one|none of) (in|of) (the|my) family (is )?(allowed|let) to (talk|speak|see|"
        "ring|call|contact|text) (to )?(me|him|her)",
        "(posted|put|wrote|said|told everyone) (on (facebook|insta|instagram|snap|tiktok|the "
        "group chat) )?(that )?(she|he|they) (has |have |had )?disowned me",
        "(stand|sit|kneel|kneeling|standing|facin|facing) (facing|facin|in|against) (the|a) "
        "(wall|corner) __ (for hours|all (day|evening|night)|hours)",
        # Welsh: told they are stupid and ugly.
        "(gweud|dweud|deud|ddweud|ddeud) (wrtha i|wrtho i|wrtha fi|wrthai) (bo|bod|fod) (fi|fin"
        "|i|in) ?(yn )?(dwp|twp|hyll|ddiwerth|diwerth|sbwriel|ffiaidd)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A hand held on something hot.
    ("physical_abuse", (f"(held|holds|hold|holding|pushed|pushes|pressed|presses|put|puts|forced"
                        f"|shoved) (it|my (hand|arm|fingers|face|finger)|me) (on|onto|against|"
                        f"under|in|into|near) (the |a )?{_HOT}", _TEACH), 16),
    # The story they must tell about an injury, and it not being so.
    ("physical_abuse", (_NOT_SO, _MUST_SAY, _STORY), 18),
    # Pictures taken, with the door locked or told not to tell.
    ("sexual_abuse", ("(takes|took|taking|take|keeps taking) (pictures|photos|pics|videos|"
                      "photographs|snaps) of (me|her|him|us)|(films|filmed|filming|records|"
                      "recorded|recording) (me|her|him|us)(?! (dancing|singing|playing|doing "
                      "(a )?(dance|trick|tricks)))", "(not to tell|dont tell(?!( [a-z]+){0,2} "
                      "(cos|because|its|it is|as) "
                      "(its |it is |a )?(a )?(surprise|present|for (her|his|their|your) "
                      "birthday))|keep (it )?quiet|say nothing|our secret|its "
                      "a secret|locks|locked|lock the door|keeps me (back|behind|in)|stay behind|"
                      "when (mum|mam|nobody|no one|no ones) (is )?(out|around|about|looking|"
                      "there|home|leaves))"), 14),
    # Photographed in the shower or the bath by someone who comes in.
    ("sexual_abuse", ("(in the (shower|bath)|getting (changed|dressed|undressed)|undressed|naked|"
                      "no clothes)", "(takes|took|taking|take|films|filmed|filming) (photos|"
                      "pictures|pics|videos|snaps|film)", "(comes in|came in|walks in|walked in|"
                      "keep (it )?quiet|dont tell|not to tell|secret|say nothing|locks|locked)"),
     18),
    # It hurting there since someone "did the thing".
    ("sexual_abuse", ("(hurts|hurt|sore|stings|burns|bleeding|bleeds|pain) (when i|to) (go for "
                      "a |have a |do a |go )?(wee|pee|poo|toilet|sit)|(bum|front|privates|private"
                      "|down there|fanny|willy|minge|bits) (hurts|is sore|sore|stings|bleeding|"
                      "bleeds)|(hurts|stings|sore|bleeds|bleeding|burns) (down there|in my "
                      "(privates|private parts|bum|front))", "(did|does|done|do|doing) (the |that "
                      "|a )?(thing|things|stuff|it"
                      "|that|something) (to|with) me|what (he|she|they|the man|[a-z]+) (did|does"
                      "|done)"), 16),
    # Things done they do not like, in a bed, a room, at night.
    ("sexual_abuse", ("(does|did|do|doing|done|neud|gwneud|gneud|wneud) (stuff|things|petha|"
                      "pethau|pethe)( to me| with me)? (i|that i|dw i|dwi|that) (dont|didnt|do "
                      "not|ddim) (yn )?(like|want|isio|eisiau|moyn)|(touches|touched|touching) "
                      "me", "(bed|in the night|at night|yn y nos|gwely|bath|bathroom|shower|back "
                      "room|changing room|covers)"), 14),
    ("sexual_abuse", ("(dod|dwad|dwad) (i|in|mewn i) (fy |y |r )?(stafell|ystafell|llofft|"
                      "gwely)", "(nos|noson)", "(neud|gwneud|gneud|wneud|cyffwrdd|twtsh) "), 18),
    # Kissed on the lips by a grown-up outside the family, and told it is fine.
    ("sexual_abuse", ("(kisses|kissed|kissing|kiss) me (on|in) (the|my) (lips|mouth)", "(teacher|"
                      "sir|tutor|coach|instructor|leader|youth worker|priest|imam|vicar|neighbour|"
                      "lodger|his mate|dads mate|mums (boyfriend|friend)|the man)"), 14),
    # A threat if they tell what "we" do, or what he does.
    ("sexual_abuse", ("if i (told|tell|say|said|ever tell) (anyone|anybody|someone|people|my "
                      "[a-z]+)", "what (we|he|they|she) (do|did|does|done)( to me)? ((in|at|"
                      "under) (the |his |her |their )?(back room|bedroom|room|car|bed|shed|van|"
                      "house|toilets|changing room|office|vestry|cupboard|night)|after (the "
                      "service|training|class|lessons|club)|to me)", "((go|going) to (hell|he "
                      "will)|taken (into care|off (mum|you|my mum))|put in care|god (would|will)|"
                      "taken away|get taken|hurt|kill|die|prison|(nobody|no one) (will|would) "
                      "believe|punish)"), 20),
    # A grown man getting into their bed, though they say no.
    ("sexual_abuse", ("(gets|getting|got|get|climbs|climbing|climbed|comes|coming|came) (in|into"
                      "|in to) (my|me) bed", "(told (him|her|them) (no|to stop)|say no|said no|"
                      "tell (him|her) to stop|(he|she) (just )?(laughs|laughed|ignores|wont stop|"
                      "doesnt stop|dont stop|wont listen)|even when i)", "(bloke|man|guy|neighbour"
                      "|next door|landlord|uncle|step dad|grandad|lodger|foster dad|carer|teacher"
                      "|coach|his mate|dads mate|mums boyfriend|key)"), 20),
    # Told nobody loves or wants them, with a threat, or cut off from family.
    ("emotional_abuse", ("(say|says|said|tell|tells|told|saying|telling|shout|shouts|shouting"
                         "|scream|screams|screaming|yell|yells|goes)( [a-z]+){0,4} (that )?"
                         "(nobody|no one|noone) (loves|wants|likes|cares about|would want|will "
                         "want|would miss) (me|him|her|you)", "((throw|chuck|kick|put|turf|"
                         "throwing|chucking|kicking) (me|him|her|you) out (on|onto|into) the "
                         "(street|streets|road|cold|dark)|on the streets?|in the dark|(wont|dont|"
                         "never) let me (phone|ring|call|see|contact|visit|text)|not allowed to "
                         "(phone|ring|call|see|contact|visit|text))"), 18),
    # Kept in a room with a bucket for a toilet (not a night camping).
    ("emotional_abuse", ("(wee|pee|poo|toilet) (in|into) (a |the )?(bucket|bottle|corner)|(use|"
                         "using|used) (a |the )?(bucket|bottle) (to|as a) (wee|pee|poo|toilet)|"
                         "(bucket|bottle) to (wee|pee|poo) in",
                         "((locked|lock me|keep me|keeps me|kept|shut|shuts) (me )?(in )?(in )?my "
                         "(room|bedroom)|not allowed out (of )?my (room|bedroom) (all|for|except)|"
                         "all day|every (day|weekend))"), 20),
    # Told nobody will even look for them.
    ("emotional_abuse", ("(no one|nobody|noone) (will|would) (even )?(look|come looking|search|"
                         "miss) (for )?(me|you)", "(tells|told|says|said|keeps saying|telling)"),
     12),
    # Treasured things destroyed as a punishment.
    ("emotional_abuse", ("(burned|burnt|burn|burns|ripped up|rips up|ripped|tore up|tears up|"
                         "smashed|smashes|broke|destroyed|binned|threw|chucked|cut up) (all )?"
                         "(up )?(my|my (mums|mams|nans|dads))( [a-z]+){0,2} (toys|toy|photo|photos"
                         "|picture|pictures|teddy|memory box|life story book|letter|letters|cards|"
                         "card)", "(in front of me|when i was (bad|rude|naughty)|(cos|because) i "
                         "(was (bad|rude|naughty)|cried|answered back|said no(?! to))|to punish|"
                         "punishment|to teach me|while i watched|made me "
                         "watch)"), 14),
    # Threatened with being locked away and never coming out.
    ("emotional_abuse", ("(having|havin|getting|gettin|get|have|sending|send|put|putting) (me|"
                         "him|her) (locked (up|away|in)|put away|put in (a|the)|sent away|taken "
                         "away|sectioned)", "(never (come|get|be let|see)|forever|every night|"
                         "every day|til i cant sleep|until i cant sleep)"), 16),
    # A knife, a stare and a veiled threat.
    # The veiled threat first: a knife alone is in many an ordinary answer about cooking or art.
    ("emotional_abuse", (_VEILED, "(knife|knives|blade|axe|hammer|scissors|machete|bread knife)",
                         "(stares|staring|stared|glares|glaring|points|pointing|pointed|waves|"
                         "waving|waved)( it| them| the [a-z]+)? at me|(looks|looking|looked) at "
                         "me"), 18),
    ("emotional_abuse", (_VEILED, "(points|pointing|pointed|waves|waving|waved|holds|holding|"
                         "held) (the |a |his |her |that )?(knife|knives|blade|axe|hammer|"
                         "scissors|machete|bread knife) (at|to|near|up to) (me|my (face|throat|"
                         "neck))"), 16),
    # Door, bed or clothes taken for months, to be earned back.
    ("emotional_abuse", ("(took|taken|take|takes|removed|took away|taken away)( [a-z]+){0,4} "
                         "(my|all my) (bedroom )?(door|clothes|mattress|bed|duvet|curtains|"
                         "belongings)",
                         "(earn (them|it) back|empty room|bare room|for (weeks|months)|months now|"
                         "weeks now|been (weeks|months)|nothing in my room|bed frame|just (a|the) "
                         "(mattress|floor))"), 24),
    # Welsh: told they are worthless, and kept from anyone.
    ("emotional_abuse", ("(dwp|twp|hyll|ddiwerth|diwerth|sbwriel)", "(ddim yn cael|so fi(n)? "
                         "cael|sa i(n)? cael|dim yn cael|heb gael|ddim cael) (siarad|mynd mas|"
                         "mynd allan|gweld|ffonio)"), 20),
)
