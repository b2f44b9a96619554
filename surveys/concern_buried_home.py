"""Neglect, going missing and an unsafe home told once, in passing (the tenth hand's shapes).

As in ``surveys.concern_buried_harm``, the tenth blind hand put the serious part of each answer
once among ordinary things. The shapes the rules before this module missed:

- neglect: the adult gone for days (not back till Sunday, out drinking, asleep all day) with a
  child left in charge of little ones and no food (only bread, the baby's milk run out); the
  heating off or the boiler broken for weeks, sleeping in coats; an injury gone a funny shape
  and not taken to hospital; glasses snapped and nobody replacing them; the same uniform for
  weeks and nobody washing it; a carer who buys no food, for weeks or so the child goes without;
- going missing: climbing out of a window while the carers sleep, out till it is light;
  "going missing" or staying out, with the police called every time or nobody told where;
  sleeping in a car park or getting on buses to anywhere after walking off; "going off again"
  with nobody knowing where; a weekend at a house with strangers, not remembering getting home;
  staying at the home of someone from the internet, with the carers thinking the child is
  elsewhere; sofa-surfing and nobody knowing where; days away with people not known, or not
  told to the carer;
- an unsafe home: a night worker who locks the child in a room with him; a man with a key who
  comes into the child's room at night; men outside the flat showing a knife; a carer's friend
  just out of prison asking when the child is alone; older children who hold the child under
  the bath water or set fire to the bed.

Each needs its harmful part: the days away, no food, weeks, nobody knowing, a lock, a knife,
a stranger, a cover. A babysitting evening with a parent at work, a boiler mended, a sleepover,
a hotel's cleaner or a night worker who locks up and goes home stay silent (the block "the
tenth hand's harm and home told in passing" of ``tests/corpora/near_misses.txt``). Fresh
wordings, written before the rules, are batches te, tg and th of ``adversarial.txt``. Same
syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import WEEKDAYS as _DAYS

_FEW = "([0-9]+|to|two|three|four|five|six|seven|a few|some|many)"

# --- neglect ------------------------------------------------------------------------------------

# Children left on their own, and for how long or with what: not an hour while mum shops.
_LEFT_ALONE = ("(left|leaves|leave|leaving) (us|me|me and my [a-z]+( [a-z]+)?|my (little |baby )?("
               "brother|sister|brothers|sisters)) (on our own|on my own|alone|by ourselves|by "
               "myself|home alone)")
_SINCE_DAYS = (f"(since ({_DAYS}|last night|yesterday|the weekend)|for {_FEW} (days|nights)|all "
               "weekend|overnight|with no (food|money|adult|grown up))")
# Made to go without food as a punishment: not a fast kept till sunset.
_MADE_TO_FAST = ("(makes|made|make|making|forces|forced|force) (me|us) (fast|go without (food|"
                 "eating|tea|dinner|meals)|skip (meals|tea|dinner|breakfast)|miss (meals|tea|"
                 "dinner)|go hungry|starve)")
_AS_PUNISHMENT = ("(punishment|punish|punishing|punished|for days|for (a|the) (day|weekend)|all "
                  "weekend|(because|cos|coz|if|when) i (was|am|dont|didnt|do not) (bad|naughty|"
                  "rude|cheeky|behave))")

# The adult gone for days, or out drinking, or asleep all day: not an evening at work.
_AWAY = (f"((doesnt|dont|didnt|does not|did not|never|wont) (come|comes|get|gets|coming) (back|"
         f"home)( [a-z]+){{0,2}} (till|until|til) (the next day|next day|the morning|morning|"
         f"{_DAYS})|(doesnt|dont|never|does not) (come|comes) home( [a-z]+)? (most|some|at|for) "
         f"(nights|night|days)|(goes|went|gone|go|stays|stayed|is|was)( out| away| off)?( to [a-z]+"
         f"( [a-z]+)?)? for (days|{_FEW} days|the (whole )?weekend|a week|weeks)|(was|been|is) "
         f"gone {_FEW} (days|nights)|out drinking|(at|down|to|in) the pub|(sleeps|asleep|in bed|"
         "passed out|drunk) all (day|night)|(because|becos|cos|coz) (dad|mum|mam|he|she) (sleeps|"
         "is asleep|is drunk)(?! (after|in the day|during|because|cos)(?![a-z])))")
_IN_CHARGE = ("((look|looking|looked) after (him|her|them|my|the|our)( [a-z0-9]+){0,3}|(feed|"
              "feeding|fed|change|changing|changed) (him|her|them|the baby|his nappy|her nappy|"
              "the nappy)|(leaves|left|leave|leaving) (them|him|her|(the|my)( [a-z0-9]+){1,3}) "
              "with me|(leaves|left|leave) me (with|in charge of)|(me "
              "and|for me and) the (little ones|kids|babies)|get them to school)")
_NO_FOOD = ("((only|just) (bread|crisps|cereal|dry cereal|biscuits)|nothing (to eat|in the "
            "(fridge|cupboards|cupboard|house))|no (food|milk|formula|nappies)|(milk|formula|"
            "food|nappies) (ran|run|runs|had run) out|nappy (was|is) (soaked|soaking|full|"
            "dirty|leaking)|make toast for|gave her water)")
_NO_HEAT = ("(heating|heatin|heatins|boiler|radiators|gas|electric|electricity)( [a-z]+){0,2} "
            "(off|aff|broken|broke|not on|turned off|cut off)")
_WEEKS = ("((for |since )?(weeks|months|[0-9]+ weeks|(to|two|three|four|five|six) weeks|a month)|"
          "since (before )?(christmas|september|october|november|december|january|half term))")
_COLD_BED = ("((sleep|sleeping|slept) in (my|our|ma|a) (coat|coats|jacket|jackets|hoodie|"
             "hoodies)|black mould|mould|(see|seen) (my|our) breath)")
_NO_DOCTOR = ("(didnt|did not|wouldnt|would not|wont|will not|never|doesnt|refused to) (take|"
              "took|bring) me to (the )?(hospital|doctors|doctor|a and e|gp)")
_INJURED = ("((arm|leg|wrist|ankle|finger|hand|foot) (went|is|was|looks|look|gone) (a funny shape|"
            "bent|swollen|purple|wonky|the wrong way)|hurt for days|still hurts|looks bent)")
_AID_BROKEN = ("(glasses|specs|hearing aid|hearing aids|wheelchair|retainer)( [a-z]+)? (snapped|"
               "broke|broken|smashed|cracked)")
_NOT_REPLACED = ("((no one|nobody|noone|no ones|nobodys)( has| have)? (sorted|got|fixed|replaced|"
                 "bought|ordered)( me)? (new|a new|another|them|it)|(not|never) (been )?(replaced|"
                 "fixed|sorted)|(not|isnt) (her|his|their) job|cant see the board)")
_SAME_CLOTHES = ("(same|the same) (dirty |unwashed |smelly )?(uniform|clothes|pe kit|school "
                 "shirt|jumper|school clothes)( on)? (for|every day|all week|[0-9]+ weeks|(to|"
                 "two|three|four) weeks|weeks)")
_UNWASHED = ("((wont|doesnt|dont|never|not) (wash|washes|washed|washing|do the washing|do my "
             "washing)|(nobody|no one|noone) (does|do|did) the washing|nits)")
_NO_MEALS = ("(hasnt|has not|doesnt|does not|dont|wont|never|havent|didnt) (bought|buy|buys|"
             "got|get|give|given|gave|made|make|cook|cooked) (any )?(food|dinner|tea|meals|"
             "anything to eat)( for me)?(?! (tonight|today|yet|this)(?![a-z]))")
_GOING_HUNGRY = (f"((in|for) {_FEW} (weeks|months)|(go|went|going|gone) without|not at all|"
                 "(always|every day|all the time) (hungry|starving))")

# --- going missing ------------------------------------------------------------------------------

_OUT_WINDOW = ("(climb|climbed|climbing|sneak|sneaked|snuck|sneaking) out( of)? (my|the) "
               "(bedroom )?(window|back door|front door)")
_OUT_TILL = ("(till (its|it was|it is|it gets) light|till (the )?morning|before (they|my carers|"
             "carers|the staff|staff|everyone) (wake|wakes|get up|gets up)|(go|went|going) out "
             "(on|round|to|into|with)|walk (round|around) (town|the streets))")
_WHILE_ASLEEP = ("((when|while) (my |the )?(carers|carer|staff|foster carers|everyone|they|"
                 "parents) (are|is|were|was) (asleep|sleeping|in bed)|before (they|my carers|the "
                 "staff|staff|carers|everyone) (wake|wakes|get up|gets up)|till (its|it was|it "
                 "is|it gets) light)")
_I_GO_MISSING = ("(i|ive|i have|im|i am|i been|ive been|i keep|i have been) (going|gone|go|went|"
                 "been going|keep going) missing|(i|ive|i have|i been|ive been|im) (staying|"
                 "stayed|stay|stopped|stopping|stop) out")
_POLICE_OR_NONE = ("((rings|ring|rang|called|calls|phones|phoned|report|reports|reported) (the )?"
                   "police every time|police (keep|keeps|kept|always) (bringing|bring|finding|"
                   "picking)|(dont|do not|wont|never|not) (want to )?(tell|say) (anyone|anybody|"
                   "nobody|them|my carers|staff|my key worker|my keyworker) where)")
_SLEEP_ROUGH = ("((sleep|sleeping|slept|sleeps) (in|at|on|under) (the|a) ([a-z]+ ){0,2}(car park|"
                "bus station|bus stop|street|streets|bench|doorway|stairwell|underpass)|(get|got|"
                "getting|gets) on (buses|trains|a bus|a train) to anywhere)")
_WALK_OFF = ("(i )?(walk|walked|walking|run|ran|running) (away|off|out)( from)?|(been|was) gone "
             f"{_FEW} (days|nights)")
_GOING_OFF = "(im|i am|i|ill|i will|i keep) (going|goin|gonna go|go|went|been going) off again"
_NOBODY_WHERE = "(no one|nobody|noone) (knows|knew|know) where"
_WEEKEND_OUT = ("((stopped|stayed|stop|stay|was|been) out (all weekend|for days|the whole weekend|"
                "overnight)|stayed the whole weekend)")
_STRANGERS = ("(people|men|lads|guys|boys|a man|some men) (i|we) (didnt|dont|did not|do not|"
              "never) (know|knew|met)")
_BLANK = "(dont|didnt|cant|do not) remember (getting|coming|going) (home|back)"
_ONLINE = ("(people|a girl|a lad|a boy|a guy|a man|some people|someone|somebody|friends|mates)"
           "( [a-z]+){0,3} (off|from|on|i met on|met on|i know from|i met off) (tiktok|snapchat|"
           "snap|insta|instagram|discord|online|the internet|facebook|roblox|an app|the app|xbox)")
_STAY_OVER = (f"((stay|stayed|staying|stopped|stop|stopping|sleep|slept|sleeping) (at|with|over "
              f"at) (theirs|hers|his|her|him|them|their)|(stayed|stopped|slept)( [a-z]+)? {_FEW} "
              "nights)")
_THOUGHT_ELSEWHERE = ("((carers|carer|staff|mum|dad|they|foster carers|key worker) (think|thinks|"
                      "thought) (i was|im|i am) (at|with|in)|(id|i had|i have|ive) never (met|"
                      "seen))")
_SOFAS = ("((sofas|sofa|couches|couch|floors) (at|of|in) ([a-z]+ ){0,2}(people|peoples|mates|"
          "friends)|(different|peoples|random) (peoples )?(sofas|couches|floors)|sofa surfing|"
          "dossing|stopping wherever|sleeping wherever)")
_WHERE_UNTOLD = ("((nobody|no one|noone) (knows|knew|know) (which|where (i|im|i am|i was|i go|i "
                 "sleep|i stay))|(dont|do not|wont|never|not) tell( [a-z]+){0,4} where|(doesnt|"
                 "dont|does not) know where (i|im))")
_DAYS_AWAY = (f"((stay|stayed|staying|stop|stopped) (for )?{_FEW} (days|nights)|for {_FEW} days i "
              "(stay|stayed)|(last time|for) (one|a|two) week)")
_CARER_UNTOLD = ("(dont|do not|didnt|never|not) tell (my |the )?(foster carer|foster carers|"
                 "carer|carers|staff|social worker|key worker|keyworker)(?! (what|about|how|that|"
                 "why|when|who|my|the|a)(?![a-z]))")
_FROM_PLACEMENT = ("((go|went|run|ran|leave|left|walk|walked) (away )?(from|out of) (the|my) "
                   "(foster house|foster home|placement|unit|hostel)|message me to come|at night)")

# --- an unsafe home -----------------------------------------------------------------------------

_LOCKED_IN = ("((locks|locked|lock|locking) (us|me) in|(locks|locked|lock|locking) the door"
              "( behind (us|him|her|me))?(?! (when|after|before|as) (they|he|she|we) (go|goes|"
              "leave|leaves|left)(?![a-z])))")
_WITH_HIM = ("((makes|made|make|takes|took|take|brings|brought|gets) me( to)?( sit| come| stay)?"
             "( with (him|her))? (in|into) (the|his|her) (office|staff room|room|bedroom|quiet "
             "room)|(makes|made|make) me (sit|stay) with (him|her)|(in|into) the ([a-z]+ )?room "
             "with (him|her))")
_AT_NIGHT = "(at night|at nite|after lights out|in the night|every night)"
_UNDER_WATER = ("(hold|holds|held|holding|push|pushes|pushed|pushing|keep|kept|keeps|put|puts) "
                "(me|my head|my face|him|her|his head|her head) under (in |at )?(the )?([a-z]+ )?"
                "(water|bath|sink|pool|sea|river)")
_CHOKED = ("((till|until|til|so) (i|he|she|they) (cant|couldnt|can not|could not) (breathe|get "
           "(my|a) breath)|(till|until|til) (i|he|she) (choke|choked|chokes)|set fire to (my|his|"
           "her)|(burnt|burned) (my|his|her) (bed|duvet|hair|clothes))")
_JUST_OUT = ("((got|gets|come|came|getting|coming) out (of prison|of jail|from prison|for "
             "something)|out of (prison|jail)|just (got|come|came) out)")
_WHEN_ALONE = ("((asking|asks|asked|ask)( me)? (when|what time) (im|i am|ill be|i will be) "
               "(in |home )?(on my own|alone|by myself)|(looking|looks|staring|stares|looked|"
               "stared) at me (weird|funny|strange|like that|all the time))")
_BLADE_SHOWN = ("((showed|show|shows|flashed|flash|pulled|waved|wave|waves) (me )?(a |his |their )"
                "?(knife|blade|machete|shank|nank|gun))")
_OUTSIDE_HOME = ("((waiting|wait|stand|standing|stood|hanging about) outside|found out where|"
                 "know where (my|i|the)|(outside|at|through) (my|the) (window|door|flat))")
_MAN_KEY = "(man|men|guy|stranger|bloke)"
_HAS_KEY = ("(has|have|got|had) (a |the )?(key|key card|keycard|spare key|master key)")
_COMES_IN = ("(come|comes|came|coming|let himself|lets himself) (in|into|to my room)")
_IN_MY_SLEEP = ("(every night|(while|when) (i|im) (sleep|sleeping|asleep)|(look|looks|looking|"
                "watch|watches|watching|stare|stares|staring) at me (when|while) (i|im) (sleep|"
                "sleeping|asleep))")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Little ones left with a child for days, with no food.
    ("neglect", (_AWAY, _IN_CHARGE, _NO_FOOD), 45),
    # Children left on their own since a day named, or with nothing; made to go hungry as a
    # punishment.
    ("neglect", (_LEFT_ALONE, _SINCE_DAYS), 20),
    ("neglect", (_MADE_TO_FAST, _AS_PUNISHMENT), 16),
    # The heating off for weeks, sleeping in coats or mould.
    ("neglect", (_NO_HEAT, _WEEKS, _COLD_BED), 30),
    # An injury gone a funny shape and not taken to hospital.
    ("neglect", (_NO_DOCTOR, _INJURED), 30),
    # Glasses broken and nobody replacing them.
    ("neglect", (_AID_BROKEN, _NOT_REPLACED), 30),
    # The same uniform for weeks, nobody washing it.
    ("neglect", (_SAME_CLOTHES, _UNWASHED), 20),
    # No food bought for the child, for weeks or going without.
    ("neglect", (_NO_MEALS, _GOING_HUNGRY), 25),
    # Out of the window while the carers sleep.
    ("missing", (_OUT_WINDOW, _WHILE_ASLEEP, _OUT_TILL), 30),
    # Going missing, with the police called every time or nobody told where.
    ("missing", (_I_GO_MISSING, _POLICE_OR_NONE), 36),
    # Sleeping rough or on buses to anywhere, after walking off.
    ("missing", (_SLEEP_ROUGH, _WALK_OFF), 30),
    # Going off again, nobody knowing where.
    ("missing", (_GOING_OFF, _NOBODY_WHERE), 20),
    # A weekend out with strangers, not remembering getting home.
    ("missing", (_WEEKEND_OUT, _STRANGERS, _BLANK), 40),
    # Staying with people from the internet, the carers thinking otherwise.
    ("missing", (_ONLINE, _STAY_OVER, _THOUGHT_ELSEWHERE), 40),
    # Sofa-surfing, nobody knowing where.
    ("missing", (_SOFAS, _WHERE_UNTOLD), 30),
    # Days away, the carer not told.
    ("missing", (_DAYS_AWAY, _CARER_UNTOLD), 30),
    # Days away with strangers, from the placement at night.
    ("missing", (_DAYS_AWAY, _STRANGERS, _FROM_PLACEMENT), 40),
    # Locked in a room with a night worker.
    ("unsafe_home", (_LOCKED_IN, _WITH_HIM, _AT_NIGHT), 30),
    # Held under the bath water till choking, or the bed set on fire.
    ("unsafe_home", (_UNDER_WATER, _CHOKED), 25),
    # A carer's friend just out of prison asking when the child is alone.
    ("unsafe_home", (_JUST_OUT, _WHEN_ALONE), 30),
    # Men outside the flat showing a knife.
    ("unsafe_home", (_BLADE_SHOWN, _OUTSIDE_HOME), 30),
    # A man with a key coming in at night.
    ("unsafe_home", (_MAN_KEY, _HAS_KEY, _COMES_IN, _IN_MY_SLEEP), 30),
)
