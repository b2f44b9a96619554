"""Forced marriage, cutting and "honour", radicalisation and trafficking, as their structures.

A corpus written blind by another hand (``tests/corpora/third_hand``) showed the rules caught
about one radicalisation line in four, half of trafficking and of harmful practices. What they
lacked was not words but shapes (the guidance these are written from: the multi-agency
statutory guidance on forced marriage and on FGM, Prevent duty guidance, the modern slavery
statutory guidance):

- harmful practices: a marriage that is the child's own × their age, not wanting it or never
  having met him; a journey abroad × a secret or no goodbye; "the thing" or "the cut" done ×
  clean, pure, back home; a chest pressed flat; watched for boys × acid, a beating, disowning;
  being gay × beaten or prayed out;
- radicalisation: violent videos or a manifesto sent × praise ("what they deserve", "the
  next one"); a task from the group (where the synagogue is busiest, a video saying "I'm
  ready", bring something); going abroad to fight; a building where a group lives × set
  alight; a group named as invaders × fighting back;
- trafficking: locked in × unable to leave; told what age to say, to say they came alone, to
  call a man "uncle"; a family back home × hurt if the child talks; moved from house to house
  × every few days; work × no pay, "it's for the rent".

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses`` (every part within ``window`` words, any
order). Each structure has fresh wordings and the ordinary answers nearest it in
``tests/corpora/structure.txt`` and ``near_misses.txt`` (the block "practices").
"""

from __future__ import annotations

from typing import Final

# The child's own age, under 18: "im 14", "i am only fifteen", Welsh "dw i ond yn 14".
_UNDER_AGE = ("((i am|im|i was|dw i|dwi|rwyn) (only |just |ond yn |ond )?(1[0-7]|[0-9]|ten|eleven|"
              "twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?! (days|weeks|months|mins|"
              "minutes|hours|times|points|percent|quid|pounds))|ond yn 1[0-7])")
# A marriage that is the child's own.
_OWN_MARRIAGE = ("((i am|im|i will be|ill be) (getting |going to get |going to be |gonna be |to"
                 " be |"
                 "being )?(married|engaged|wed)|(i am|im) (going to|meant to|supposed to|to|being "
                 "made to) (marry|wed)|(made|make|makes|forced|force|forcing|making) me (to"
                 " )?(wed|marry|get "
                 "married)|(trefnu|gorfodi) (i )?(fi|mi) (i )?(briodi|priodi)|my (own )?(wedding"
                 "|marriage|engagement|nikah|rishta|husband "
                 "to be)|(i am|im) promised to|(fy|ym) (mhriodas|mhriodi)|priodas i (fi|mi))")
# Not wanting it, or not knowing him.
_UNWILLING = ("((dont|do not|didnt|never) (even )?(want|wanted|know|met|meet)( (to|it|him|her"
              "|them))?|"
              "never (even )?(met|seen|spoke to|spoken to) (him|her|them)|(ddim|dim) (isio|eisiau|"
              "moyn|am)|(refuse|say no|said no|run away)|(an? )?(old|older) (man|guy|bloke))")
# Taken abroad: flights booked, the country left, one way.
_ABROAD = ("((booked|bought|got) (the |our |my )?(flights|flight|tickets|plane tickets)|(flights|"
           "tickets) (are )?booked|one way (ticket|tickets|flight)|leaving the country|(take"
           "|taking|"
           "send|sending) me (back )?(abroad|overseas|out of the country|back home))")
# Secrecy, or no goodbye: the child is not to be missed.
_UNSAID = ("((not allowed|cant|cannot|can not|mustnt|must not|not meant) (to )?(tell|say|talk)|"
           "(say|said|saying) (goodbye|bye)|if i tell|(they will|theyll) say (i am|im) (lying|a "
           "liar)|pack everything)")
# "The thing", "the cut": what is done to a girl's body, named the way families name it.
_THE_CUT = ("((will be|be|being|get|gets|getting) made (into )?a (woman|proper woman)|(have"
            "|having|had|get|getting|got|do|done|doing) (the|that|my) (cut|cutting|thing|"
            "procedure|ceremony|special thing)( done)?|(did|done|do|does|doing) (something|a thing|"
            "the thing|it) (to me )?(down there|down below|to my private|between my legs))")
_PURITY = ("(clean|pure|proper (girl|woman)|become a woman|like my (cousins|cousin|sisters|sister|"
           "mum|mam|aunties)|like (the |all the )?other girls|back home|when (we|i) go|in the"
           " holidays|(still )?hurts when i (wee|pee)|"
           "never to tell|not to tell|last summer|old (woman|lady))")
# Seen with a boy (or a girl): what an "honour" threat hangs on.
_SEEN_WITH = ("(see|sees|saw|seen|catch|catches|caught|find|finds|found) me (with|talking to"
              "|texting|"
              "messaging) (a |any |the |some )?(boy|boys|girl|girls|lad|lads|man|him|her)")
_HONOUR_HARM = ("(acid|kill|beat|batter|punish|disown|burn|(deal|dealt) with|send me (back|away|"
                "abroad)|marry me off|cut my)")
# Videos of killing, and the manifesto of a mass killer.
_VIOLENT_MEDIA = ("((videos|vids|clips|video|clip|footage|pictures|pics) (of )?(people |someone |"
                  "men |a man )?(being |getting )?(killed|killing|stabbed|stabbing|shot|shooting|"
                  "beheaded|beheading|blown up|executed|tortured)|(beheading|execution|torture|"
                  "shooting|massacre|terror|attack) (videos|vids|clips|footage)|(shooters|killers|"
                  "bombers) manifesto|the manifesto|fideos o (bobl|pobl) (yn cael eu )?(lladd"
                  "|saethu"
                  "|trywanu))")
_PRAISE = ("(deserve|deserved|deserves|i (should|could) (help|join|do)|help (him|them)|the next"
           " one|"
           "a hero|hero|heroes|legend|proper funny|so funny|make a list|do the same|join (them|us)|"
           "go over there|dylwn i helpu|helpu|ymuno|haeddu|arwr)")
# Groups an extremist names as invaders or enemies.
_TARGETS = ("(muslims|jews|immigrants|migrants|refugees|asylum seekers|foreigners|black people|"
            "white people|asians|gays|gay people|trans people|lgbt people|women|the police|police|"
            "unbelievers|kuffar|infidels)")
_FIGHT_BACK = ("((need|have|got|going|time) to|must|should|will) (fight back|rise up|take (it|"
               "our country|the country|this country) back|wipe them out|do something)")
# Somewhere a named group lives or prays.
_THEIR_PLACE = ("(hotel|hostel|hostels|hotels|house|houses|flats|shop|shops|mosque|church|"
                "synagogue|temple|gurdwara|centre|camp)")
_SET_ALIGHT = "(burn|burn down|burning|torch|torching|set fire to|set alight|firebomb|petrol bomb)"
# What trafficked children are told to say about themselves.
_TOLD_TO_SAY = ("((told|tell|tells|made|make|makes|said|says) (me )?(i )?(to |must |have to "
                "|should )?"
                "(say|tell (the|my|a|them|him|her|anyone|people|everyone|police)( [a-z]+){0,2}))")
# A family back home, where a threat can reach them.
_KIN_AWAY = ("(family|mother|mum|mam|father|dad|parents|brother|sister|sisters|brothers) (back "
             "home|in my country|(back )?in (?!(the|a|my|our|his|her|their|bed|school|trouble|"
             "person|care|hospital) )[a-z]+)")
_IF_I_TALK = "if i (talk|tell|speak|go to|say|run|ask|leave|talk to)"
_HARMED = "(hurt|kill|killed|harm|harmed|suffer|pay|dead|beaten)"
# Work places and bosses, for "we get no money, it's for our rent".
_WORKPLACE = ("(boss|farm|factory|field|fields|car wash|nail bar|nail salon|restaurant|kitchen|"
              "takeaway|warehouse|the man|the woman)")
_UNPAID = ("((get|got|getting|give|gives|gave|pay|pays|paid) (us |me )?(no|nothing|zero)( money|"
           " pay| wages)?|(no|without) (pay|wages)|(its|it is|for) (our|my|the) (rent|keep|debt))")
# Moved on and on: a new house or city, again and again.
_MOVED = ("(move|moves|moved|moving|bring|brings|brought|bringing|take|takes|took|taking|drive"
          "|drives|drove|driving|send|sends|"
          "sent|sending) (me|us)")
# Never a visit: "takes me to different towns to see my brothers" is family time.
_NEW_PLACE = ("(new|different|another|other) (house|houses|flat|flats|city|cities|town|towns"
              "|address)"
              "(?! (to|for) (see|visit|watch|play|matches|games|competitions|gigs|shows|family"
              " time))")
# "Every few days", never "every day" alone: the taxi to school comes every day.
_AGAIN_AND_AGAIN = ("((every|each) ((few|couple of|other) (day|days|night|nights|week|weeks)|days"
                    "|nights|"
                    "week|weeks)|(in|by)"
                    " (a|the) van|(never|dont|do not|didnt|did not) know where|men (were |are )?"
                    "waiting)")
# A care placement, and someone wanting the child out of it to work.
_PLACEMENT = ("(from|leave|leaving|out of|run from|get out of) (the|my) (foster (house|home|carers|"
              "placement|family)|placement|care home|childrens home|home)")
# A few words between two parts of one clause part (the frames' "__", which parts do not read).
_FEW = "([a-z0-9]+ ){0,6}"
_TO_WORK = ("((to|and) (start )?(work|working)(?! experience)|(start|starting) work|to work (at"
            "|for|"
            "in))")
_WANTS = ("((wants|want|wanted|trying|tries|tried|says|said|tell|tells|told|send|sends|sent|"
          "messages|messaging) (me )?(to|that|i have to|i must|me to))")

PHRASES: Final[dict[str, list[str]]] = {
    "harmful_practices": [
        # A chest pressed flat so it does not grow (breast ironing).
        "(press|presses|pressed|pressing|iron|irons|ironed|ironing|flatten|flattens|flattened|"
        "rub|rubs) (a )?(hot )?(stone|stones|spoon|iron|pestle|stick)? ?(on|onto|over|against)? ?"
        "my (chest|breasts|boobs)(?! (infection|pain|hurts|is sore))",
        "so (i|they|my (chest|boobs|breasts)) (dont|do not|wont|will not) (grow|get (boobs|breasts"
        "|big))",
        "(have|having|get|getting|give|giving|had|got) (me )?the cut",
        "(throw|throws|threw|chuck|chucks|pour|pours) acid",
        # Being gay beaten, prayed or "cured" out of a child.
        "(beat|beaten|beating|knock|knocked|pray|prayed|praying|cure|cured|fix|fixed|drive|driven|"
        "get) (it|the gay|the devil|the demon|that) out of (me|him|her)",
        "(i am|im) (gay|lesbian|bi|bisexual|trans) __ (send|take|sending|taking) me (back home|"
        "abroad|away|back)",
        "if i (say no|refuse|dont agree|wont agree|do not agree) (to )?(the |this |my )?"
        "(engagement|marriage|wedding|rishta|proposal|match)",
        "if i (dont|do not|wont) (go through with|agree to) (the|this|my) (engagement|marriage"
        "|wedding|"
        "rishta|match)",
        "(disown|disowned|die of shame|bring shame|shame on) __ if i (say no|refuse|marry|dont|"
        "wont|tell|leave)",
        "if i (refuse|say no) __ (send|take|sending|taking) me (to|abroad|away|back)",
        "if i (marry|date|see|go out with|am with|love) (someone |a boy |a girl |anyone )?(outside|"
        "from outside|not from|out of) (the|our|my) (community|religion|caste|faith|culture)",
    ],
    "radicalisation": [
        "(do|doing|pull|pulling|going to do|gonna do) a (columbine|school shooting|mass shooting|"
        "massacre)",
        "(shoot|shooting|bomb|bombing|blow) up (the|our|my) (school|college|class|mosque|church)",
        f"{_SET_ALIGHT} (the |a |their )?{_THEIR_PLACE} (where|with|full of) (the |all the |all "
        f"those )?{_TARGETS}",
        f"{_SET_ALIGHT} (the |a |their )?(mosque|church|synagogue|temple|gurdwara)",
        "(go|going|went|travel|travelling|fly|flying|get) (over|out|abroad|over there|out there|to "
        "syria|to iraq|to afghanistan|to somalia) (and |to )(fight|join (them|the (brothers|"
        "fighters|group|cause|army|soldiers)))",
        "(video|film|record|recording|filming|film myself|videos) __ (saying|say|to say) (that )?"
        "(i am|im) (ready|willing|prepared|with them|one of them|a soldier)",
        "a (real|true) (man|soldier|believer|patriot|brother|muslim|warrior) __ (prove|do "
        "something)",
        "(want|wants|asked|told|make|makes|made|ask|asking) me to (do|carry out|commit|help with) "
        "(an|a|the) (attack|bombing|shooting|stabbing|mission)",
        "(mosque|synagogue|church|temple|gurdwara|pride march|march) __ (busiest|most people|most "
        "crowded|full)",
        f"{_TARGETS} (should|must|need to|deserve to|ought to) (all )?(be )?(killed|die|burn"
        f"|burned|"
        "hang|hanged|wiped out|shot|gassed|exterminated)",
        "(brothers|sisters|people|the fighters|the ummah) (over there|out there|abroad) (need"
        "|needs|"
        "want|wants) (me|us)",
        "(send|sent|sending|give|show|get) (him|them|her) (the )?(plan|plans|map|layout|floor plan|"
        "pictures|photos) of (my|the|our) (school|college|mosque|church|synagogue|building)",
        "(going|gonna|want|wants|wanted|planning|plans|plan) to (shoot|stab|bomb|blow up|kill"
        "|attack|"
        "run over) (people|everyone|loads of people|as many people|as many as)",
        "circumcision (to|on|for) (me|us|my (sister|sisters|cousin|cousins|little sister))",
        f"(stickers|leaflets|posters|flyers|graffiti) (up )?(saying|that say|that said|with)"
        f" {_TARGETS}"
        " out",
        "(blow|blowing|blew|blows) (himself|myself|herself|themselves|ourselves) up",
        "(going|gonna|want|wants|wanted|planning|plans|plan) to (shoot|stab|bomb|blow up|kill) "
        "(people|everyone|kids|teachers|students|pupils) (at|in) (the |our |my )?(school|college|"
        "class)", "(use|using) (it|them|the gun|the knife|a gun|a knife|the bomb) on (the |all"
        " the )?"
        "(teachers|kids|students|pupils|class|school|everyone|people|them all)",
        "(isio|eisiau|moyn|mynd i|am) (saethu|lladd|trywanu|bomio|ymosod ar) (pobl|bobl|pawb|"
        "athrawon|plant)",
        f"{_TARGETS} (are|is) (invading|taking over|replacing us|the enemy|vermin|animals|"
        "parasites|a disease|subhuman)",
        "who (shot|killed|stabbed|bombed|murdered) (people|them|loads|everyone) __ (legend|hero|"
        "king|icon|god)",
        "(dying|to die|die) for (it|this|the cause|god|allah|our people|our race|the nation) (is|"
        "would be|will be) (the )?(best|greatest|an honour|honour|glory|glorious|beautiful)",
        "(stab|shoot|kill|attack|bomb|hurt) (someone|somebody|people|a [a-z]+) __ to start (it|it "
        "off|it all|the war|a war|something)",
        "(hurt|hurting|kill|killing|torture|torturing) (animals|cats|dogs|people) and (post|film|"
        "record|stream)",
        "(want|wants|told|dare|dared|dares) me to (do it|do that|do the same) to my",
        "bottles (and [a-z]+ )?(to light|to set on fire|with petrol|of petrol)", "petrol bombs?",
        "molotovs?",
        "if i leave (the|their) (group|chat|group chat|server|channel) __ (send|post|share|leak|"
        "find|hurt|come)",
        "hide the app (so|from) (my )?(carers|mum|social worker|foster)",
    ],
    "trafficking": [
        f"{_TOLD_TO_SAY} (that )?(i am|im) ([0-9]+|older|younger|an adult|their|his|her)",
        f"{_TOLD_TO_SAY} (that )?i (came|come|travelled|got here|arrived) (here |over |to [a-z]+ )?"
        "(alone|on my own|by myself)",
        "(could not|couldnt|cant|cannot|can not|not allowed to|werent allowed to|were not allowed "
        "to|wasnt allowed to|was not allowed to) (go|get) (out|outside) (without|unless) (the )?"
        "(boss|man|woman|him|her|them|one of them|someone)",
        "(moved|moves|move|moving|took|take|takes|taken|driven|drove) (me|us) (between|round|"
        "around|across) (lots of |loads of |different |many |other |the )?(cities|towns|houses|"
        "flats|places|countries)",
        "(every|each) (few )?(days|nights|weeks) a (new|different) (house|flat|city|town|place)",
        "(houses|flats|hotels|places|house|flat) where (men|a man|people|they) (were |are )?"
        "(waiting|wait)",
        "(give|gives|gave|hand|hands) (it|the phone|me the phone) (back )?(to )?(me|us) (only )?"
        "(when|if) (they|he|she) (want|wants|need|needs) (to )?(call|ring|phone|text|contact|"
        "reach|find) (me|us)",
        # Someone else using them: not the child ("i use my bank card for my bus pass").
        "(?<!\\bi )(uses|use|using|used) my (name|identity|details|bank card|bank) (for|to (get|"
        "open|make|"
        "take))", "(has|have|got|took|keep|keeps|kept) my (i would|id) (card|documents)",
        "(dont|do not|didnt|did not) know (the name of )?(the|what|which) (town|city|place|country)"
        " (i am|we are|i was|we were) in",
        "(told|tell|tells|taught|teach|teaches) (me|us) (exactly )?what to say (to|at) (the"
        " )?(home "
        "office|police|social worker|social|social services|immigration|my social worker)",
        "(takes|keeps|took|kept|has) (all )?the money (that )?(the council|social services|the "
        "social) (gives|give|gave|pays|pay)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("harmful_practices", (_OWN_MARRIAGE, f"({_UNDER_AGE}|{_UNWILLING})"), 20),
    ("harmful_practices", ("(wedding|marriage|engagement|nikah|rishta)", "((its|it is|is) "
                           "(actually |really )?mine)"), 14),
    ("harmful_practices", (_ABROAD, _UNSAID), 22),
    ("harmful_practices", (_THE_CUT, _PURITY), 16),
    ("harmful_practices", (_SEEN_WITH, _HONOUR_HARM), 14),
    ("harmful_practices", ("(sending|send|sent|taking|take|takes) me (to live |to stay |away |back "
                           ")?(with|to|abroad)", "to (marry|wed|get married to|be married to)"),
     18),
    # A sister or cousin cut, and "it's my turn".
    ("harmful_practices", ("(cut|cutting|circumcised|did it to|done to) (my )?(little |big |older |"
                           "younger )?(sister|sisters|cousin|cousins)", "(my turn|me next|its me|"
                           "when (i am|im) older|next (summer|holiday|year))"), 16),
    ("radicalisation", (_VIOLENT_MEDIA, _PRAISE), 20),
    ("radicalisation", ("(want|going|planning|plan|gonna) to (hurt|kill|attack|stab|shoot|bomb) "
                        "(people|everyone|them all|loads of people|as many)", "(plan|list|videos|"
                        "manifesto|like (the ones|them|him|he did))"), 16),
    # Finding out when a place of worship is fullest: a task set by the group.
    ("radicalisation", ("(mosque|synagogue|church|temple|gurdwara)", "(busiest|most people|most "
                        "crowded)"), 14),
    ("radicalisation", (_TARGETS, "(invading|invasion|taking over|replacing us|the enemy)",
                        _FIGHT_BACK), 16),
    # Carers named as unbelievers or traitors, and the child told to leave them for the group.
    ("radicalisation", ("(kuffar|kafir|kafirs|infidels|unbelievers|race traitors|traitors|(a |"
                        "be a )(true|real|proper) (muslim|believer|patriot|brother|soldier))",
                        "(stop (seeing|talking to|listening to|trusting)|(come|go|move) (and"
                        " )?(to )?"
                        "(live|stay) with (the|us|them)|(leave|run away from) (my|the) (carers"
                        "|family"
                        "|placement|foster))"), 18),
    # A group named, and what to do about them; mass killers held up as models.
    ("radicalisation", (_TARGETS, "(sort (them|em) out|deal with them|get rid of them|teach them a "
                        "lesson|run (the )?(banks|media|world|country|government|everything)|"
                        "control (the )?(banks|media|world|country|government))"), 16),
    ("radicalisation", ("(elliot rodger|rodger|breivik|tarrant|columbine|christchurch|the plymouth "
                        "(guy|shooter)|dylann roof)", "(punish|kill|shoot|hurt|get back at|revenge|"
                        "do (the same|what he did)|like (him|he did)|legend|hero|should)"), 14),
    ("radicalisation", ("((make|making|build|building) (stuff|things|something|bombs|explosives) "
                        "that (goes|go) (bang|boom)|(make|making|build) (a )?(bomb|explosives))",
                        "((if|whether) (i am|im) (in|down|ready|with (them|us))|join|want me)"),
     16),
    # A place where a group lives, and setting it alight, in either order.
    ("radicalisation", (_SET_ALIGHT, f"{_THEIR_PLACE} (where|with) (the |all the )?{_TARGETS}"),
     10),
    # Locked in (never "kept in": a nan keeps a child in on a rainy weekend).
    ("trafficking", ("(locked (me |us )?(in )?from (the )?outside|(locked|lock|locks) (me|us) (in|"
                     "inside)(?! (detention|class|at break|at lunch)))",
                     "((i|we) (could not|couldnt|cant|cannot|can not|was not allowed to|wasnt "
                     "allowed to|were not allowed to|werent allowed to|never) (go|get|leave"
                     "|went)(?! out "
                     "(at|for|in|during) (break|lunch|play|playtime|the rain|pe))"
                     "|house|room|flat|basement|shed)"), 16),
    ("trafficking", ("((plants|weed|cannabis) (growing|grow|under)|grow (house|room|lights)|(big|"
                     "hot|bright) lights)", "((kept|locked|stay|stayed|live|lived|sleep|slept) "
                     "(in|at)|locked|cant leave|couldnt leave|could not (go|leave))"), 14),
    ("trafficking", ("call (him|her|them) (my )?(uncle|aunty|auntie|aunt|dad|mum|father|mother|"
                     "brother|cousin)", "(brought|bring|bringing|smuggled|(takes|keeps|took|kept) "
                     "(all )?(the|my) (money|benefits|allowance)|not my real|isnt my real|is not my"
                     " real|not really my)"), 20),
    ("trafficking", (_IF_I_TALK, _HARMED, _KIN_AWAY), 18),
    ("trafficking", ("(send|sends|sending|sent) (me|us) back", "(truth about my age|my (real|true|"
                     "actual) age|(kill|hurt|harm|beat) (me|us))"), 16),
    ("trafficking", (_MOVED, _NEW_PLACE, _AGAIN_AND_AGAIN), 18),
    # Made to work long days, and none of the money seen.
    ("trafficking", (f"((1[0-9]|twelve|fourteen|sixteen) hours (a|every) day|(do|doing) nails|"
                     f"{_WORKPLACE})", "(dont|do not|never|"
                     "didnt) (see|get|keep) (any|a penny|none) (of )?(the |my |it )?(money|wages"
                     "|pay|"
                     "cash)"), 18),
    # Made to sell or beg, and the money taken.
    ("trafficking", ("(make|makes|made|force|forces|forced|have to|has to|had to) (me |us )?(to )?"
                     "(sell|beg|busk)", "(take|takes|took|taking|keep|keeps|kept|keeping) (all |"
                     "most )?(of )?(the|my|our) (money|cash|wages|tips|pay)"), 16),
    # Passed off as someone's child, "but I'm not".
    ("trafficking", ("(says|said|tells|told|pretends|pretend) (that )?(i am|im) (her|his|their) "
                     "(daughter|son|niece|nephew|cousin|child|kid)", "((but )?(i am not|im not|its"
                     " not true|it is not true|isnt true|is not true|thats a lie))"), 14),
    # Brought to the country, and living where they work or unable to leave.
    ("trafficking", ("(brought|smuggled|trafficked) (me |us )?(here|over|to (the uk|england"
     "|britain|"
                     "this country|wales))", "((live|living|sleep|sleeping|stay|staying) (at|in) "
                     "the (car wash|nail bar|nail salon|restaurant|takeaway|factory|farm|shop"
                     "|salon|"
                     "kitchen|warehouse)|(cant|cannot|can not|not allowed to) (go|leave) (anywhere"
                     "|out))"), 20),
    # A job offered, and leaving with him now, or not telling the key worker.
    ("trafficking", ("(get|find|give|got|offered|offers|offer) (me|us) (a )?(job|work)", "((leave|"
                     "come|go) with (him|her|them) (tonight|now|today|straight away)|(not|dont"
                     "|never)"
                     " (to )?tell (my|the|anyone))"), 20),
    ("trafficking", (_WORKPLACE, _UNPAID), 20),
    ("trafficking", (_PLACEMENT, _TO_WORK, _WANTS), 24),
    ("trafficking", (f"(clean|cook|cleaning|cooking|wash|washing|look after|housework) {_FEW}(for"
     "|all)"
                     " (the|their|all the) (family|house|kids)", "(never|not|wouldnt) (let|allow|"
                     "allowed) (me|us) (out|to go out|leave|to leave|go to school)"), 20),
    # A stranger online who wants the child's address, and a secret.
    ("coercion", ("(man|guy|someone|somebody|person|people|woman|they) (in|on|from) (the |a |my |"
                  "this )?(chat|group|group chat|server|discord|telegram|game|online|internet|app)",
                  "((wants|want|wanted|asked|asking|asks) (for )?(my|me for my) (address|postcode|"
                  "location)|(package|parcel) (with|of) (instructions|stuff))", "(cant|cannot|not "
                  "to|dont|never|mustnt|must not) tell"), 24),
    ("trafficking", ("(tracker|tracking)", "(brought me|work for (them|him)|owe|the boss|ring and "
                     "shout)"), 20),
)
