"""How a child is held: kept, owing, watched, silenced, used, in another hand's words.

A corpus written by someone who never saw the detector (batch j of
``tests/corpora/adversarial.txt``) showed the shapes the rules still lacked. Each is written
here as its structure, so that the two fresh wordings of each in ``tests/corpora/structure.txt``
(another age, street slang, Welsh) are caught too:

- something handed on: a bag to give to whoever turns up, and not to look inside;
- being kept: a flat in a town they do not know, not let out; plants to water behind a locked
  door;
- owing: gifts and lifts that now want something back; belongings taken against a debt;
- being used: their bank card, a lookout paid to watch for the police, younger children brought
  in because the police do not stop them, runs they keep ringing for after the child said no;
- secrecy: phones and SIM cards nobody at home knows of, a story for the police, an injury
  explained away, days away with a cover story;
- sexual exploitation: drink and waking somewhere with no memory, love proved with his mates,
  pictures spread "unless", girls collected by men in cars, another way to pay, hotels;
- trafficking: papers kept and not given back, moved from city to city working for food, "you
  still belong to us";
- an unsafe home: someone who gets too close and says things, a man who comes at night, "no one
  will believe you".

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses`` (every part within ``window`` words, any
order). Each rule has its ordinary twins in ``tests/corpora/near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

_POLICE = "(police|feds|cops|old bill|the bill|boydem|12|the law|heddlu)"
# What is handed on: never a schoolbag handed to a teacher (no secret, no stranger).
_CONTAINER = ("(bag|bags|rucksack|backpack|box|shoebox|parcel|parcels|package|packages|packet|"
              "holdall|envelope|bocs|parsel|pecyn)")
_HANDED_ON = ("((hand|hands|give|gives|pass|passes|drop|drops)( it| them| this| the bag| the box| "
              "that)?( over| off| on)? to|(ai|ei|a i) roi i|rhoi (e|fe|o|hi) i)")
_UNKNOWN_OR_UNSEEN = ("(whoever|who ever|anyone who|someone i (dont|didnt|never)|a man i (never|"
                      "dont|"
                      "didnt)|people i dont know|a stranger|strangers|rywun|unrhyw un|(not allowed|"
                      "cant|can not|mustnt|must not|not meant|not supposed|told not|ddim yn cael|"
                      "dim "
                      "hawl) (to )?(look|open|check|peek|see|edrych|agor))")
# Kept somewhere: a flat or house away from home, not let out.
_KEPT_PLACE = "(flat|house|bando|trap|trap house|loft|hotel|ty|fflat)"
_STRANGE_TOWN = ("((a|some|the) (town|city|place) (i|id) (dont|didnt|never|do not) (know|knew|"
                 "heard "
                 "of|been)|(never|not) heard of|up north|down south|miles away|out of town|another "
                 "town|somewhere)")
_NOT_LET_OUT = ("((wasnt|was not|not|werent) allowed (to )?(sleep|go out|leave|go outside|go home)|"
                "(couldnt|could not|cant|can not) (leave|get out|go out|go outside|go home)|"
                "(wouldnt|would not|didnt|did not|wont|will not) let (me|us) (go|leave|out|sleep))")
_LOCKED_IN = ("((locked|lock|locks|locking) (me|us) (in|up)|locked (the door )?from (the )?outside|"
              "(cant|couldnt|can not|could not) get out|(kept|keep|keeps) (me|us) in)")
# Given things, and now something is wanted back: the start of a debt.
_TREATS = ("((get|gets|got|buy|buys|bought|treat|treats|treated|give|gives|gave) (me|us)|prynu|"
           "rhoi (pethau|bwyd|arian))")
_WANTED_BACK = ("((stuff|something|summat|things|favours|a favour|rhywbeth|pethau) (back|yn ol)|in "
                "return|(want|wants|wanted|expect|expects) (it )?(paid|paying) back)")
_OWE = "((i|we) (still )?(owe|owed)|what (i|we) owe|(the|my) debt|half (of )?what|in debt)"
_TAKEN_OFF = ("((taxed|took|take|takes|robbed|rob|robs|nicked|had) (my|me|off me) (phone|"
              "trainers|bike|coat|jacket|chain|watch|stuff|things|shoes|money|ps5|xbox|card)|"
              "(taxed|robbed) (me|us))")
_CARD = ("((use|uses|used|using|got|gets|take|takes|took|have|has|had|borrow|borrows|borrowed|keep|"
         "keeps|kept) (my )?(bank card|card|bank account|account|bank details|card details|pin)|my "
         "(bank card|bank account|account|card))")
_CARD_USED = ("((money|cash|it) (goes|going|went|keeps going|comes|coming|keeps coming) (in|"
              "through|"
              "out)|in and out|isnt mine|not mine|(cant|can not|couldnt|cannot) (say|tell (them|"
              "him)) no|for their money|(easier|safer) for (them|him))")
_SEXTORTION_IMAGE = ("((my|the|some|those|these|a|one|his) (pics|pictures|photos|nudes|videos|vids|"
                     "picture|photo|pic|nude|video|lluniau|llun))")
_SPREAD = ("(send|sending|sends|post|posting|posts|share|sharing|shares|leak|leaking|show|showing|"
           "shows|put|putting|spread|spreading|upload|uploading)")
_UNLESS = ("(unless|or else|or (they|he|she|it) (will|would|is going to|are going to)|if (i|you) "
           "(dont|do not|wont|will not|stop))")

PHRASES: Final[dict[str, list[str]]] = {
    "sexual_exploitation": [
        # Another way to pay: sex as rent or a debt ("pay him back another way").
        "pay (him|them|her|it|me|the rent|rent)? ?(back )?(another way|in other ways|in a "
        "different "
        "way|other ways|a different way|in kind)(?! (by|with) (doing|washing|helping|cleaning|"
        # Nor a card machine that is broken, nor a job named: "she's doing his garden".
        "working|chores|jobs)| if the (card|machine|bank)|( [a-z]+){0,4} (doing|cleaning|mowing|"
        "painting|fixing) (his|her|their|the) (garden|lawn|windows|car|garage|hedge|fence|shed))",
        "(dont|do not|wont|will not) (have|need) to pay (rent |it |him |them )?(if|as long as) (i|"
        "you) "
        "(do stuff|do things|sleep|have sex|let him|go (round|to his|upstairs)|stay)",
        # Taken again and again to hotels, or with men there.
        "(keep|keeps|always|every weekend|at weekends|every week) __ (took|taken|taking|take|"
        "takes) "
        "(me |us )?(to )?(hotels|hotel rooms|different hotels|a hotel)(?! (on|for) (holiday|"
        "holidays|a holiday|the holidays|a break))",
        "(took|taken|taking|take|takes) (me |us )?to (a |different )?(hotel|hotels|hotel rooms) __ "
        "(men|guys|blokes|older)",
    ],
    "physical_abuse": [
        # Threats in the words of the street: "he's gonna do me in".
        "(he|they|someone|somebody|a lad|a guy|a man|the lads) (is |are |was |were |keeps |keep )?"
        "(saying |says |said )?(he is |they are )?(going to|will|would|wants to|want to) (do me "
        "in|do "
        "me over|end me|merk me|wet me|shank me|knife me|slice me|cut me up)",
    ],
    "trafficking": [
        # "You still belong to us": said by those who brought the child.
        "(say|says|said|saying|tell me|told me) (that )?(i|we) (still )?(belong|belongs) to (them|"
        "him"
        "|the man|the men|those people)",
        "(say|says|said|saying|tell me|told me) (that )?(i am|we are|im) (still )?(theirs|their "
        "property)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A bag handed on to whoever turns up, not to be looked in.
    ("exploitation", (_CONTAINER, _HANDED_ON, _UNKNOWN_OR_UNSEEN), 28),
    # Kept in a flat in a town they do not know, not let out.
    ("exploitation", (_KEPT_PLACE, _STRANGE_TOWN, _NOT_LET_OUT), 30),
    # Plants to water behind a locked door (a cannabis farm).
    ("exploitation", ("((water|watering|watered|look after|looking after|mind|minding|tend) (the |"
                      "their |them |his )?(plants|weed|crop|grow)|plants)", "(lamps|lights|lamp|"
                      "weed|water|watering|look after)", _LOCKED_IN), 30),
    # Plants under lamps in a loft or a house with its windows covered, that the child has to
    # water (a cannabis farm); a greenhouse, a lab or a conservatory is no such room.
    ("exploitation", ("(plants|plant|weed|crop) (growing |grown |kept )?(under|with) (the |big |"
                      "hot |heat |bright |special )*(lamps|lights|lamp)",
                      "(loft|attic|empty house|empty flat|boarded|blacked out|covered windows)",
                      "((have to|has to|had to|made to|make me|makes me|made me|got to|must|told "
                      "to|tell me to|tells me to) (go )?(water|mind|look after|check on|sleep "
                      "with|stay with) (them|the plants|it|the crop))"), 30),
    # Treats and lifts that now want something back.
    ("exploitation", (_TREATS, "((they|he|she|them|nhw|e|hi) (now )?(want|wants|wanted|expect|"
                      "expects|asking|ask|eisiau|moyn))", _WANTED_BACK), 28),
    # Belongings taken against a debt.
    ("exploitation", (_TAKEN_OFF, _OWE), 20),
    # Younger children brought in because the police do not stop them.
    ("exploitation", ("((bring|get|recruit|involve|rope in) (in )?(my )?(little|younger|baby|"
                      "small) "
                      "(cousin|brother|sister|kids|ones|children|mates|boys)|(bring|get|recruit) "
                      "(in )?(year [a-z0-9]{1,3}|younger (kids|ones|lads|boys)|little (kids|ones))|"
                      "involved)", f"({_POLICE} (dont|wont|never|do not|will not|cant) (stop|"
                                   f"search|"
                      "check|suspect|look at|nick|arrest)|(work|sell|run|graft|do stuff|do jobs|do "
                      "runs) for (them|him))"), 28),
    # Their money through the child's bank card.
    ("exploitation", (_CARD, _CARD_USED), 20),
    # A story for the police, and their solicitor.
    ("exploitation", (f"((get|gets|got|getting|ever get) (nicked|arrested|caught|lifted|pulled|"
                      f"picked"
                      f" up)|{_POLICE} (ever )?(pick|picks|catch|catches|stop|stops|arrest|arrests|"
                      "nick|nicks|get|gets|take|takes|lift|lifts) (me|us))", "(say nothing|no "
                      "comment|keep (my|your) mouth shut|(they|he|them|the olders) (will )?(sort|"
                      "get|send|pay for) (me )?(a |their |the )?(solicitor|lawyer|brief)|their "
                      "(solicitor|lawyer|brief)|(say|said) (its|it is|it was|they are|they were) "
                      "(all )?(mine|my)|(what|exactly what) to say)"), 25),
    # Phones and SIM cards nobody at home knows of.
    ("exploitation", ("(([0-9]+|two|three|loads of|lots of|some|extra|different) (sims|sim cards|"
                      "phones|burners)|(a|another|an extra|my) (second|2nd|extra|spare|other|"
                      "secret|"
                      "burner|work|trap) phone|burner|burners|sims|sim cards)", "((dont|doesnt|do "
                      "not|does not|never) (know|knows|find out)|(nobody|no one|noone) (at [a-z]+ "
                      "[a-z]+ |here )?(knows|know)|hidden|hide|hiding|secret)"), 20),
    # Runs they keep ringing for after the child said no.
    ("exploitation", ("((do|doing|to do|go on|going on) (runs|drops|a run|a drop|deliveries|jobs) "
                      "(down|up|to|in|round|for them|for him|out)|(go|going|come|coming) (up|down|"
                      "to|out to) ([a-z0-9]+ ){0,6}with (stuff|the stuff|it|bags|a bag|bits|their "
                      "stuff|parcels))",
                      "((wont|dont|will not|do not) (leave me alone|stop|let me (stop|go|leave|"
                      "out))|(keep|keeps) (on|ringing|calling|messaging|texting)|(i want|want) to "
                      "stop|(dont|do not) want to (no more|anymore|any more)|i said no)"), 25),
    # A lookout, paid to watch for the police.
    ("exploitation", ("((gives|give|gave|pay|pays|paid|am paid|get|gets) (me |us )?([0-9]+|money|"
                      "cash|a tenner|a fiver)|stand|standing|on the corner|outside houses|end of "
                      "the road)", f"((keep watch|keep a look out|look out|keep an eye out|watch "
                      f"out|lookout) (for )?(the )?{_POLICE}|(text|ring|call|message|warn|tell|"
                      f"phone) (him|them|the olders|the lads|the boys|the man) (if|when|whenever) "
                      f"(i|we|you) (see|spot|hear) (the |a )?{_POLICE})"), 25),
    # Away for days, with a story about where.
    ("missing", ("((gone|away|missing|out|off|ar goll|i ffwrdd) (for |from [a-z]+ [a-z]+ )?(the "
                 "whole |a |[0-9]+ |a few |two |to |three |four |dri |dau |couple of )?(days|"
                 "nights|"
                 "weekend|week|diwrnod|noson|nosweithiau|penwythnos))", "((think|thinks|thought|"
                 "told (them|her|him|staff|my carers?|everyone)|said|meddwl) (that )?(i was|im|i "
                 "am|"
                 "mod i|fy mod i) ([a-z0-9]+ ){0,6}(but|ond) (i|do n i|don i) (wasnt|was not|"
                 "werent|dim|ddim))"),
     25),
    # An injury explained away.
    ("physical_abuse", ("(cut|cuts|stab|stabbed|slash|slashed|bruise|bruises|burn|burnt|wound|"
                        "black "
                        "eye|broken|scar|marks)", "((told|tell|said|say|telling) (the )?(staff|my "
                        "carers?|carers?|the nurse|nurse|my (mum|dad|teacher|social worker)|"
                        "teacher|everyone|them|school|her|him))", "((i didnt"
                        "|i did not)( really| tho| though)?$|it wasnt (that|true|what happened|an "
                        "accident|the bike|really)|that wasnt (it|true|what)|(thats|that is|its|it "
                        "is|it was) not (what happened|true|how|the truth)|wasnt what happened|a "
                        "lie)"), 20),
    # Drink at a party, waking with no memory.
    ("sexual_exploitation", ("((gave|give|gives|giving|kept giving|bought|buys) (us|me) (free )?"
                             "(drink|drinks|vodka|alcohol|booze|shots|something|pills|weed|stuff)|"
                             "spiked)", "((cant|cannot|couldnt|can not|dont) remember (anything|"
                                        "nothing|"
                             "what happened|the night|how i got|last night|much|a thing)|(dont|"
                             "didnt|do not) know what happened|blacked out|passed out|woke (up )?"
                             "(in|with|somewhere|naked))", "(party|parties|flat|house|hotel|men|"
                                                           "guys|lads|"
                             "older)"), 30),
    # Love proved with his mates.
    ("sexual_exploitation", ("((if|to prove|show|prove) (that )?(i|me) (really )?(loved|love|cared "
                             "about|care about|liked|like) (him|me))", "((be nice|nice|do (stuff|"
                             "things|it|bits)|sleep|have sex|stay|be with|hook up|get with|go "
                             "with) "
                             "(to|with) (his|their|the) (mates|friends|mate|friend|boys|cousin|"
                             "cousins|brother)|(his|their) (mates|friends|mate|friend) (as well|"
                             "too))"), 25),
    # Pictures spread unless more are sent, or money paid (sextortion).
    ("sexual_exploitation", (_SEXTORTION_IMAGE, _SPREAD, _UNLESS), 25),
    # A friend collected by men in cars, back with money.
    ("sexual_exploitation", ("((men|guys|blokes|older men) (pick|picks|picked|collect|collects|"
                             "collected) (girls|her|"
                             "them|us|me|my (mate|friend))|(picked up|pick (her|them|girls|us|me) "
                             "up|picks (her|them|girls|us|"
                             "me) up|gets in|get in|getting in|got in) ([a-z0-9]+ ){0,6}(men|mens|"
                             "older men|guys|"
                             "blokes|cars)|(different|older|random) (men|mens|guys|blokes) ("
                             "[a-z0-9]+ ){0,6}"
                             "(car|cars))", "((comes|come|came|coming) back with (money|cash|new "
                             "stuff|presents|gifts|stuff)|give (them|her|us|me|the girls) (money|"
                             "cash|gifts|stuff))"), 25),
    # Taken to a house of men and kept there.
    ("sexual_exploitation", ("((took|takes|take|taking|drove|drives|brought|brings) (me|us) (to|"
                             "round) (a|his|their|the|some) ([a-z0-9]+ ){0,6}(house|flat|place|"
                             "party|hotel))",
                             "((other|older|loads of|lots of|full of|some|grown|random) (older )?"
                             "(men|guys|blokes)|men (i|we) (didnt|dont) know)", "((had to|made me|"
                             "make me|makes me) stay( the night| over| there)?|(cant|couldnt|not "
                             "allowed to|wasnt allowed to|wouldnt let me) (leave|go|go home))"),
     30),
    # Papers kept and not given back.
    ("trafficking", ("((my|our) (passport|passports|papers|documents|id|visa|birth certificate|"
                     "brp))", "((wont|dont|will not|doesnt|does not|never|didnt|did not) (give|"
                     "gives|let me (have|see)|hand)|(ask|asked|asking) ([a-z0-9]+ ){0,6}(he|she|"
                     "they) (say|says|"
                     "said) no)"), 20),
    # Moved from city to city, working for food.
    ("trafficking", ("((moved|moves|taken|took|sent|drive|drove|driven|brought) ([a-z0-9]+ ){0,6}("
                     "cities|city|"
                     "[a-z]+ (then|to|and then) [a-z]+))", "(work|working|worked|wash|washing|"
                     "washed|clean|cleaning|cleaned|cook|cooking|cooked)", "((food|feed) only|only "
                     "(food|feed)|just food|(no|not|never any) (money|pay|wages)|(didnt|dont|"
                     "never) "
                     "(get|got|gets) (paid|money|any money))"), 35),
    # Those who brought the child know where they are and claim them.
    ("trafficking", ("((belong|belongs|belonged) to (them|him|the man|the men|those people)|(i am|"
                     "we are) (still )?(theirs|their property))", "((brought|bring|smuggled) (me|"
                     "us)|(know|knows|found|find|found out) (where|this|my|the)( [a-z]+){0,2} (i "
                     "live|"
                     "placement|address|foster|house|home|flat))"), 30),
    # Someone at home who gets too close and says things.
    ("unsafe_home", ("((gets|get|stands|stand|sits|sit|comes|come|leans|lean) (really |right |too |"
                     "way |very |so )*(close|near)( up)?|(right|too|really) up close)", "((says|"
                     "said|saying|say|whispers|talks about) (stuff|things|weird (stuff|things)|"
                     "rude "
                     "(stuff|things)|dirty (stuff|things)))", "((dont|do not) like|hate|scared|"
                     "uncomfortable|creepy|about my (body|boobs|bum|legs)|makes me feel (weird|"
                     "uncomfortable|funny|sick|horrible))"), 25),
    # A man who comes at night, and the child is afraid.
    ("unsafe_home", ("((man|men|someone|somebody|a person|a guy|dyn|rhywun) (keeps |kept |always |"
                     "still )?(comes|come|came|coming"
                     "|gets|walks|sneaks|yn dod|dod) (in |into |to |round |over |ir ty )?(at night|"
                     "in the night|every night|yn y nos|gyda r nos))", "(scary|scared|frightened|"
                     "afraid|terrified|creepy|scares me|ofn|ofnus|frightens)"), 20),
    # "No one will believe you": said by someone at home, alone with the child or about telling.
    ("unsafe_home", ("((says|said|told me|tells me|saying|keeps saying|told) (that )?(no one|"
                     "nobody|"
                     "noone|no body) (will|would|is going to|going to|ever) (believe|listen to|"
                     "trust) (me|you))", "((when|if) (nobody|no one|nobodys|noone) (is )?(about|"
                     "around|there|looking|in)|if (i|you) (ever )?(tell|told|say|said|grass)|"
                     "(says|said|saying) (things|stuff|weird|rude|dirty))"), 25),
)
