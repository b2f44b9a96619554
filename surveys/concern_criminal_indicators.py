"""Child criminal exploitation and county lines, one indicator of published guidance at a time.

The other lists grew from sentences children wrote; these grew from the *indicators* guidance
names (the Home Office county lines guidance, Keeping Children Safe in Education, the
Children's Society, NWG and NSPCC lists; every one is in ``tests/corpora/indicators_criminal.txt``).
A child who describes a sign the earlier batches never showed is heard through the structure of
the sign, whatever words fill it:

- who: someone outside the family (they, the olders, a man, random cars, someone online);
- what they make the child do: a crime (steal, rob, threaten, stab), keep watch, carry cash to
  them, stay in a flat or hotel to sell, water plants in a locked house, bring in other children;
- how the child is held: a film of them, a debt made by a robbery or the police, drugs instead
  of pay, a story to tell the police, the blame to take, a tag they cannot leave, threats to
  their family, a phone that must be answered at night;
- what the child cannot explain: money, a car that collects them, a town they did not know.

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses`` (every part within ``window`` words, any
order). Each rule has its nearest everyday answers in ``tests/corpora/near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

# Someone outside the family who is in charge: never mum, dad, a carer or a teacher.
_THEY = ("(they|them|he|the olders|olders|the elders|the lads|these lads|some lads|the men|some "
         "men|these men|a man|the man|some man|a guy|the guy|some guy|the boys|the gang|"
         "the dealers|"
         "someone|somebody|people i dont know|strangers)")
# Being made to do it.
_MADE = ("((make|makes|made|making|force|forces|forced|send|sends|sent|get|gets|got|tell|tells|"
         "told|pay|pays|paid) (me|us)|(have|has|had|got) to|gotta|got told to|am told to)")
# Crimes done to other people, for them: never a sport ("fight", "tackle").
_CRIME = ("(steal|nick|shoplift|pinch|rob|mug|stab|shank|slash|threaten|beat up|batter|jump|run up "
          "on|do over|burgle|break into)")
_VICTIM = ("(other kids|kids|a kid|people|someone|somebody|a boy|a girl|boys|girls|a man|a lad|"
           "lads|"
           "shops|shop|stuff|phones|bikes|houses|cars|what they|whatever they|him|them)")
_CASH = "(cash|money|notes|wads|wad|envelope|envelopes|bundles|bundle|a bag of money)"
_DRUG = ("(pills|weed|drugs|coke|crack|ket|bud|spice|xanax|bars|lean|mandy|mdma|pingers|gear|"
         "heroin|smack|vodka|booze)")
_POLICE = "(police|feds|cops|bill|old bill|boydem|the law|12)"
_ONLINE = ("((on|over|off) (snap|snapchat|insta|instagram|tiktok|facebook|discord|whatsapp|"
           "telegram|fortnite|xbox|ps5|a game|the game|social media|online)|messaged me|dmd me|"
           "dm me|(a|an) (post|ad|advert|story) (saying|that said|offering))")
_EASY = ("((easy|quick|fast|free|fat) (money|cash|p|bread|bag)|([0-9]+|a grand|hundreds|a few "
         "hundred)( (quid|pounds|bags))?|money|cash)")
_TASK = ("((to|if i|if you|and) (take|carry|drop|deliver|hold|move|drive|sell|run) (a|the|some|"
         "their|this|his|stuff|it|bags|packages|parcels|food)|(wont|dont|will not|didnt) let me "
         "(stop|leave|quit|go|out))")
_UNKNOWN_CAR = ("(cars i dont know|a car i dont know|random cars|random car|strange cars|different "
                "cars|(a|some|this|the|these) (man|men|guy|guys|bloke|blokes|lads) in (a|his|their|"
                "the|this) ((black|white|grey|silver|blue|red|big|flash) )?(car|cars|van|merc|bmw|"
                "audi|range rover)|drivers i dont know|people i dont know in (a|their) car)")
_FETCHED = ("((pick|picks|picked|picking) (me|us) up|(come|comes|came) (to get|and get|for) (me|"
            "us)|(take|takes|took|drive|drives|drove) (me|us) (to|places|away|round)|(drop|drops|"
            "dropped) (me|us) (back|off))")
_NEW_PLACE = ("((a|some|the) (place|places|town|towns|city|station|stop|house|flat) (i|id) (have "
              "|had )?(never heard of|dont know|didnt know|do not know|never knew)|places i dont "
              "know|somewhere i (dont|didnt) know)")
_RIDE = ("(taxi|taxis|uber|train|trains|coach|coaches|bus|buses|ticket|tickets|car|a lift|lifts|"
         "megabus)")
_NIGHT = ("((out|outside) (til|until|to) ([0-9]+|late|all hours|the morning|morning|for)|out (all "
          "night|every night|at night|late at night|in the night))")
_FOR_THEM = ("((doing|do|did) (stuff|things|jobs|runs|drops|work|bits) for (them|him|the olders|"
             "people|some)|(when|whenever|if) (they|he|the olders|the lads) (ring|rings|call|calls|"
             "text|texts|message|messages|need|needs|want|wants) (me|us))")

PHRASES: Final[dict[str, list[str]]] = {
    "exploitation": [
        # School made not to matter: "not to bother with school, there's work to do".
        f"{_THEY} (tell|tells|told|say|says|said) (me )?(not to bother|i dont need|to skip|to "
        "miss|not to go) (with |to |going to )?school",
        "(havent|havnt|have not|not) been (in|to) school __ (olders|the lads|they need me|for "
        "them|for him)",
        "(miss|missing|skip|skipping|bunk|bunking) school __ (doing|do) (stuff|things|jobs|runs|"
        "work) for (people|them|him|the olders)",
        # Money or goods with no telling where from.
        "(cash|money|quid|notes|wads|pounds|[0-9]+) __ (cant|can not|not allowed to|wont) (tell|"
        "say|explain) (to )?(anyone |anybody |my carer |my carers |my mum |my social worker |the "
        "staff |you )?(where|how) (it is|its|it comes|it came|i got it) (from)?",
        "(cash|money|quid|notes|[0-9]+) (in|under) my (drawer|room|bed|wardrobe|bag|shoe|shoes|"
        "sock|socks) (and )?(its|it is|it isnt|isnt) not (from|mine|off) (a|my) (job|birthday|"
        "mum|carer)",
        "(dont|do not|didnt|never) (really )?know what (i am|i was|is in what i am|is in it when "
        "i am) (carrying|holding|taking|delivering|dropping|moving|hiding)",
        f"{_THEY} (bought|buys|buy|gave|gives|give) me __ __ (and )?(said|says|told me|tells me) "
        "(id|i would|i will|i have to|i got to|i owe) (help|helping|pay|do|work) (him|them|it)? ?"
        "(out|back|off|a favour|something|later|for it)",
        # A second phone, theirs; a phone that must be answered night and day.
        "(two|2|three|3|a second|another|an extra|second|spare) (phones|phone|sims|sim) __ (just )?"
        "for (them|him|the olders|the lads|their stuff|the line|work for them)",
        "(phone|burner|sim) (they|he|the olders|the lads|them) (gave|give|gives|got) me __ (never "
        "stops|always|keeps|rings|ringing|buzzing|goes off|go off|on)",
        "if i (dont|do not|didnt|miss|ignore) (pick up|answer|reply|respond) __ (go mad|goes mad|"
        "kick off|kicks off|batter|beat|hurt|come for|come after|comes for|find me|fine me|add it|"
        "get angry|gets angry|smash)",
        "(phone|fone|texts|calls|messages) __ (all night|at night|all day and night|at 3|at 4|"
        "every hour) __ (people|randoms|customers|users|fiends|cats) (wanting|asking for|after|"
        "who want) (stuff|food|bits|it|gear|drugs|more|weed)",
        "(only )?(hang|hanging|chill|chilling|link|linking|roll|rolling) (out )?with (the )?"
        "(olders|elders|older lot)",
        "(men|guys|blokes|lads|people) (in their|aged) (twenties|20s|thirties|30s) __ (pick|"
        "picking|picks|take|taking|drive|driving|give me lifts|collect)",
        # A robbery that made the debt: "the lads who robbed me ... and now i owe".
        # Carrying cash to them.
        f"(carry|carrying|carried|take|taking|took|bring|bringing|brought|drop|dropping|deliver|"
        f"delivering|hand|handing) __ {_CASH} (back )?(to (the|a|some|this|these) (man|men|guy|"
        "guys|bloke|lads|olders|boss|car|flat)|back on the (train|bus|coach)|for (them|him|the "
        "olders))",
        # A flat where people come to the door all night; a lad "from the line".
        "(people|randoms|cars|men|users|fiends|customers|cats) (come|comes|coming|came|knock|"
        "knocking|knocks|turn up|turning up) (to|at|on) the (door|window) (all night|at all hours|"
        "day and night|every [a-z]+ minutes|in the night)",
        "(lad|lads|boy|boys|guy|guys|man|men|people|olders|someone) (from|on|off|who run|that run|"
        "who runs|that runs) (the|their|his|a) (line|lines|trap)(?! (dancing|dance|up|of|judge|"
        "manager|at|in))",
        # Bringing in other children.
        "(bring|get|drag|pull|rope|recruit) (my )?(little |younger |baby |big )?(brother|sister|"
        "cousin|mates|friends|bro|sis|mate|friend) (in on it|into it|into this|into the gang|into "
        "the line|into selling|into dealing)",
        "(get|find|bring|recruit) (younger|other|more|little|new) (kids|children|boys|lads|ones|"
        "people|girls) __ (to|for) (do (runs|drops|jobs|shifts)|sell|carry|hold|deliver|drop|work "
        "for|run for|them|him)",
        # The police, and what will happen if the child tells them.
        "(if|when) i (tell|talk to|go to|speak to|grass to|say anything to) (the )?"
        f"{_POLICE} __ __ "
        "(get done in|get hurt|get stabbed|get beaten|get battered|get jumped|kill me|hurt me|"
        "stab me|come for me|come after me|get me)",
        f"(shout|shouts|shouting|whistle|whistles|ring|rings|text|texts|call|calls|warn|warns|"
        f"signal) __ (when|if) (the )?{_POLICE} (come|comes|are coming|turn up|turns up|show up|"
        "shows up|arrive|arrives|pull up|pulls up|drive past)",
        f"(keep|keeping|kept) (watch|look out|lookout|guard|an eye out|an eye) (for (them|him|"
        f"the olders|the {_POLICE}|{_POLICE})|at the end|on the corner|outside (the|their))",
        "(pay|pays|paid|paying) (me|us) (to|for) (keep|keeping|stand|standing|watch|watching|wait"
        "|waiting) (watch|look out|lookout|guard|on the corner|at the end|outside)",
        # Holding a door is an errand (``concern_slots.EVERYDAY``) until it is for a crime.
        f"{_MADE} (to )?(hold the door|wait outside|stand outside|wait in the car) __ (while|when|"
        "so) (they|he|the olders) (rob|robbed|robbing|steal|stole|stealing|nick|nicked|nicking|"
        "break in|broke in|breaking in|burgle|burgled|mug|mugged|shoplift|shoplifted)",
        # Injuries that cannot be explained; the story the child is told to tell.
        "(got|get|been) (cut|stabbed|slashed|shanked|beaten|battered|jumped|burnt|burned) __ "
        "(cant|can not|not allowed to|wont) (say|tell|tell you|tell anyone) who",
        f"{_THEY} (told|tell|tells|taught|teach|made|make) me (what to say|what i have to say|a "
        f"story|the story|to lie) __ (if|when|to) (the )?({_POLICE}|anyone|my social worker|"
        "teachers|the teachers|school|my carer|staff|social services) (ask|asks|stop|stops|come|"
        "comes|question|questions|find)",
        "(have to|got to|gotta|told to|meant to|supposed to|had to) say (i am|its|it is|that|"
        "i was|"
        "we are|he is|she is|they are|nothing|i dont know|i live|i found|i got|he|she|they|my) __ "
        f"(if|when) (anyone|"
        f"the {_POLICE}|{_POLICE}|someone|people|staff|my carer) (asks|ask|stops|stop|questions)",
        f"(if|when) (the )?{_POLICE} (ask|asks|stop|stops|question|questions|pick me up) __ "
        "(have to|got to|gotta|told to|meant to|supposed to|had to) (say|tell them) (its|it is|i "
        "am|i was|that|nothing|i live|i dont know|he is|she is|they are|we are)",
        "(learn|learnt|learned|practise|practice|practiced|remember) (a|the|what|my) (story|lie|"
        "lies|lines|script) (to|for|i have to) (tell|say to|give) (my social worker|the police|"
        "social services|the social|my iro|the teacher|the teachers|my carer|the feds|the judge)",
        "(take|taking|took|takes) the (rap|fall|charge|bird) (for|cos|because|so)",
        "(the |their |his )?(knife|knives|drugs|weed|stuff|gun|bag|blade|gear|package) (was|were|"
        "is|are) (theirs|his|the olders|not mine) __ (say|said) (it was|its|it is|they were|they "
        "are|they was) (mine|my own)",
        # Belonging to them, and not able to leave.
        "(i am|i was|your|youre|you are|said i am) (part of|one of) (them|the gang|the crew|the set"
        "|the mandem|the squad|the ting|their gang|their crew) now",
        "(cant|not allowed to|scared to|can not|cannot) (go|walk|cross) (to|into|over to|on) (the"
        " )?(other side|their side|opp side|opp block|the opps|opp ends|their ends)(?! of)",
        "(the )?(other side|opps|other lot|other gang|other end|rival gang|rivals) (will|would|"
        "gonna|going to|might|could) (get|stab|shank|jump|kill|do|slash|rush|run up on|catch) (me|"
        "us)",
        "(scared|cant|not allowed|afraid|frightened|petrified) to (go|walk) __ (postcodes|"
        "postcode|their ends|opp ends|other ends|their area|their estate)",
        "(got|get|have|has|wear|wearing) (their|the gangs|the gang) (tag|tags|mark|colours|colors|"
        "bandana|flag|sign|symbol|tattoo|name) __ (cant|not allowed to|wont let me) (leave|get out|"
        "quit|stop|walk away)(?! (the|my|school|home|work|class|yet|for|til|until))",
        # Drugs for pay, or given until they are needed.
        f"(instead of|not|rather than) (money|cash|paying me|pay) __ (give|gives|gave|giving|pay|"
        f"pays|paid) (me|us) (in )?{_DRUG}",
        "(got|get|gets|getting|keep|keeps|kept) (me|us) (hooked|addicted|dependent) (on|to) "
        f"{_DRUG}",
        # Plants in a locked house; cash through the child's bank.
        "(plants|weed plants|grow|grow house|grow room|the lamps|cannabis) __ (cant (go out|leave)"
        "|not allowed (out|to leave|to go out)|locked in|kept in|kept me|locked me)",
        f"{_THEY} (use|uses|used|using|is using|are using) my (bank|bank card|card|account|bank "
        "account|bank details) (to|for) (move|send|put|take|get|clean|pass)",
        "(asked for|want|wanted|took|take|got|have|has) my (bank |account |card )?(details|card|"
        "pin|account|login) __ (money|cash) (keeps )?(going|goes|coming|comes|gets put) (in|into|"
        "out)",
        # Grafting out of town; the line's own words.
        "(grafting|graft|shotting|trapping|hustling|selling|serving) (o t|ot|country|out of town|in"
        " the country|out of county|cunch|countryside for them)",
        # Kept selling somewhere: "they have me selling at the skate park".
        f"{_THEY} (have|has|had|got) (me|us) (selling|dealing|shotting|running|grafting|"
        "trapping|serving) ((it|stuff|bits|food|weed|drugs|bags|gear|for them|for him) )?(at|in|"
        "on|outside|near|round|by) (the|a|our)",
        # Batch h, a fresh probe after batch g: the same indicators in words g did not use.
        # Selling until the bag is empty; the olders keeping the child at work.
        "(til|until) (the|my|their|his) (bag|bags|package|packages|parcel|stash|batch|lot|work)"
        " (is|are|s) (all )?(empty|gone|sold|done|finished|shifted)",
        "the (lads|olders|elders|men|gang|dealers|mandem|boys) (have|has|got) (me|us) (working|"
        "grafting|running|shotting|selling|out)",
        "(they|he|the olders|the lads|the men|the gang) (own|owns|owned) (me|us)(?! (money|a|"
        "an|nothing))",
        # Dealing from the child's home, the child made to answer the door to buyers.
        "(selling|dealing|shotting|serving|trapping) (drugs |weed |stuff |it |gear )?(out of|"
        "from) (our|my|mums|my mums|mams|my mams|my nans|nans|the) (flat|house|home|place|"
        "kitchen)",
        # A refusal answered by a threat to come to school or home.
        "if i (dont|do not|didnt|wont|say no|refuse|stop|leave) __ (they|he|the olders|the "
        "lads|them) (wil|would|say they wil|said they would|said they wil|say they would|are "
        "going to|gonna) (come (to|round|for|after)|find|hurt|batter|beat|stab|get|jump) (my "
        "school|my house|my carers|my home|my mums|my nans|where i live|me|us|mine|round mine)",
        # Batch i, a third fresh probe: violence for lost money, a number to text on arrival,
        # a flat kept for selling, nights on strangers' floors.
        "if i (dont|do not|cant|didnt) (bring|pay|give|get|have|hand) __ __ (take it out (of|on) "
        "(my|me) (legs|leg|knees|skin|face|body|hide|back)|(break|stab|shoot|cut|slash|smash) my "
        "(legs|leg|knees|face|arms|hands))",
        "(have to|got to|told to|supposed to|meant to) (text|ring|call|message|phone) (a|this|"
        "the|their|his|some) (number|burner|line) (when|once|as soon as) i (get|arrive|reach|land)",
        "(flat|house|place|room) (that |which )?(they|he|the olders|the lads) (use|uses|used|are "
        "using) (for|to) (sell|selling|deal|dealing|stash|trap|trapping|bag up|bagging)(?! (cars|"
        "bikes|furniture|clothes|cakes|things online|stuff online))",
        # Kept in hotels by them.
        "(keep|keeps|kept|lock|locks|locked) (me|us) (in|at) (a|an|the|some|this|their) (hotel|"
        "hotels|travelodge|premier inn|airbnb|air b and b|bnb|b and b)",
        # A debt a parent or sibling owes them, worked off by the child.
        "(my )?(mum|mam|dad|brother|sister|bro|uncle|cousin) (owes|owed|owe) (the|some|these|"
        "those|them) (dealers|men|lads|olders|gang|guys|people) __ (i have to|i got to|i gotta|"
        "make me|i can|i work|working|work it off|pay it)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Made to commit a crime against others: "they make me go and rob other kids".
    ("exploitation", (f"{_CRIME} {_VICTIM}", _MADE), 8),
    ("exploitation", (f"{_CRIME} {_VICTIM}", "for (them|him|the olders|the lads|these lads|the "
                      "gang|the dealers)"), 8),
    # The violence that lets them in: "to get in i had to fight a kid they picked".
    ("exploitation", ("(to|so i could|so i can|before i could|before they let me) (get in|join|be "
                      "in|be part|prove (myself|i am))", "(fight|stab|shank|rob|beat up|batter|"
                      "jump|slash|hurt) (a|another|some|the)? ?(kid|boy|girl|lad|man|someone|"
                      "somebody|people|kids|him)"), 12),
    # Told to sell, have them selling: "they have me selling at the skate park".
    # Someone online, easy money, and a bag to take or no way to stop.
    ("exploitation", (_ONLINE, _EASY, _TASK), 16),
    # Cars and drivers they do not know who come for them.
    ("exploitation", (_UNKNOWN_CAR, _FETCHED), 10),
    # Taken or sent to a place they did not know ("i got sent to a town i never heard of"), or
    # met at the other end.
    ("exploitation", (_NEW_PLACE, f"({_RIDE}|(put|puts|sent|send|sends|took|take|takes|drove|"
                      "drive|drives) (me|us)|(i|we) (got|get|was|were|keep getting|am|are) (sent|"
                      "taken|driven|dropped)|(made|make|makes|making) (me|us) (stay|sleep|live) "
                      "(in|at) (a|some|this|that|their|his|the) (flat|house|trap|hotel|airbnb))"),
     12),
    ("exploitation", ("(someone|somebody|a man|some man|a guy|people) (meets|meet|picks me up|"
                      "pick me up|collects|collect) (me )?(at the end|there|off the|at the station"
                      "|when i get)", "(on my own|by myself|alone)"), 12),
    ("exploitation", ("(takes|took|drives|drove|driving|taking|sends|sent|put|puts) (me|us) (to )?"
                      "(different|other|another|new) (towns|cities|places|areas|town|city)",
                      "(leave|leaves|left|leaving) (me|us) (there|alone|on my own|by myself)"), 14),
    # Out all night for them.
    ("exploitation", (_NIGHT, _FOR_THEM), 12),
    # A flat where they sleep on a mattress and people come all night; a flat to sell from.
    ("exploitation", ("(stayed|staying|stay|stays|slept|sleep|sleeping|kept|living|lived) (on a "
                      "(mattress|floor|sofa) )?(at|in) (a|some|this|the|their|a dirty|a manky) "
                      "(flat|house|place|trap|bando)", "((selling|dealing|shotting|serving|"
                      "trapping)(?! (ice|lemonade|cakes|sweets|tickets|clothes|my|our|old|toys))|"
                      "bagging up|people (come|coming|knock|knocking))"), 14),
    # Put in hotels with bags of their stuff.
    ("exploitation", ("(put|puts|kept|keep|keeps|stayed|stay|staying|book|books|booked) (me |us |"
                      ")?(in|at) (a |an |the |)(hotel|hotels|travelodge|premier inn|airbnb|bnb|"
                      "b and b)", "(bags|stuff|drugs|sell|selling|olders|for them|cant leave|"
                      "bring me food|the line|dealing)"), 12),
    # Gifts first, the bill after: "now they say it's time to earn it".
    ("exploitation", ("(giving|gives|gave|give|buying|buys|bought|buy|getting|got) (me|us) (stuff"
                      "|things|presents|gifts|clothes|trainers|food|weed|money)", "(time to|have "
                      "to|got to|gotta|need to|must) (earn|pay for|repay|work for|work off) (it|"
                      "them|that|all that|what)"), 16),
    # A robbery that made the debt: "the lads who robbed me ... and now i owe".
    ("exploitation", ("(robbed|mugged|jumped|rushed|taxed)", "(now|so) (i|we) (owe|am in debt|owe "
                      "money|have to pay)(?! (my|me|her|his) (mum|mam|dad|nan|sister|brother|"
                      "carer|friend|mate|teacher))"), 14),
    # Cash to take back to them: "an envelope of money to take back on the train".
    ("exploitation", ("(carry|take|bring|drop|deliver|hand) (it |them )?(back )?(to (the|a|"
                      "some|this|these) (man|men|guy|guys|bloke|lads|olders|boss|car|flat)|back on "
                      "the (train|bus|coach))", _CASH), 8),
    # Kept in a house of plants (a cannabis farm).
    ("exploitation", ("(kept|keep|keeps|locked|lock|locks|stuck) (me |us )?in (a|the|this|their) "
                      "(house|flat|loft|attic|room)", "(lamps|cannabis|weed plants|grow room|grow "
                      "house|(water|watering|watered|feed|feeding) (the|their|them|his)( plants)?)"
                      ), 14),
    # Told to take the blame because a child will not go to prison, for a crime, or for "it"
    # unnamed (never for a mess named at home: ``concern_slots.EVERYDAY``).
    ("exploitation", ("(take|taking|took|takes) the (blame|rap|fall|charge)", "((because|cos|as) "
                      "i am (young|under 18|a kid|too young|only [0-9]+)|jail|prison|locked up|go "
                      f"down|youth court|a record|{_POLICE}|{_DRUG}|{_CRIME}|knife|knives|blade|"
                      "weapon|gun|robbery|stabbing|fire|fires|arson|burnt|burned|what (they|he|"
                      "she) did|for (it|that|this|"
                      "everything|all of it|what happened))"), 12),
    # A film held over them: "they filmed me ... and said they'll send it to my mum if i stop".
    ("coercion", ("(filmed|recorded|videod|photographed|filming|recording) (me|us)|(a|the) (video|"
                  "videos|vid|film|photo|photos|pics|pictures|recording) of me", "((send|show|post|"
                  "give|put|share|upload) (it|them|the (video|vid|pics|photos))( [a-z]+){0,5} "
                  "(if|unless) i|(give|send|show) (it|them) to the (police|feds|cops)|(have|has|"
                  "got) to keep (going|doing|selling|working)|or (else|they will|he will|she "
                  "will) (send|post|show|give))"), 18),
    # Messages at night saying where to be, and having to go.
    ("exploitation", ("(messages|message|texts|text|snaps|calls|rings|messaged|texted|ring|call"
                      ") (me )?(at [0-9]+ ?(am)?|in the night|at night|all night|every night|in the"
                      " middle of the night)", "(where to (be|go|meet)|telling me (where|to come))",
                      "(have to|got to|gotta|or else|must) (go|be|come)"), 16),
    # Made to hide or guard a bag outdoors (never a treasure hunt).
    ("exploitation", ("(hide|hiding|hid|stash|stashing|stashed|bury|buried|guard|guarding|"
                      "mind|minding) (a|the|their|some|this|his) (bag|bags|package|parcel|box|"
                      "stuff|phone|money|bits)", "(bushes|bush|hedge|hedges|park|bin|bins|drain|"
                      "wall|garden|woods|field|shed|under a|behind)(?! for (the |a )?(treasure|"
                      "easter|scavenger|game))", _MADE), 12),
    # A photo of the child with a weapon or drugs: a hold over them.
    ("coercion", ("(photo|photos|picture|pic|pics|video|vid|film|snap) of me", "(holding|with) "
                  "(the|a|their|his|some)? ?((?<!water )(?<!nerf )(?<!toy )gun|knife|blade|"
                  "drugs|weed|machete|shank|package|bag of)"), 8),
    # Another child of the family offered in the child's place.
    ("exploitation", ("(brother|sister|bro|sis|cousin|mum|mam) (can|will|could|has to|wil|would"
                      "|is going to|gonna) (work|sell|run|do runs|take over|pay it off|work it off"
                      ")", "if (i|we) ((cant|dont|wont|do not|cannot) (pay|do it|work|sell|go|do "
                      "what)|stop|say no)"), 10),
    # Stopped by the police in towns far from home.
    ("exploitation", ("(stop|stops|stopping|stopped|search|searches|searching|searched|"
                      "pick|picks|picked|picking|nick|nicks|nicked|arrest|arrests|arrested) me",
                      "(miles (from|away from) home|miles away|far from home|out of (town|area|"
                      "county)|(another|other|different) (town|towns|city|cities)|(towns|"
                      "cities|places) i (dont|didnt) know)", _POLICE), 12),
    # School given up for them.
    ("exploitation", ("(off|out of|not in|missing|skipping|bunking|not been to|havent been to|"
                      "havent been in) school", "(lads|olders|elders|men|guys|they|he|gang) (have|"
                      "has|got|need|needs|want|wants|make|makes) (me|us) (working|grafting|running"
                      "|selling|out|for)"), 12),
    # Batch i: at a flat instead of school; made to swallow packages; nights on floors for
    # their work; numbers saved as letters; a bag of cash that cannot be explained; stealing
    # drink while they wait outside; vapes sold at school; waiting with a bag for a car.
    ("exploitation", ("(meant|supposed|should) (to )?be (at|in) school", "(outside|in|at) (a|"
                      "some|their|his) (flat|house|trap|bando)"), 18),
    ("exploitation", ("(swallow|swallowed|swallowing|plug|plugged|plugging) (the |little |"
                      "some |their |a |tiny )?(bags|bag|packages|wraps|pellets|balloons|it|them|"
                      "stuff)", _MADE), 6),
    ("exploitation", ("(sleeping|sleep|slept|staying|stayed|kipping|kip) (on|at|in) (peoples|"
                      "strangers|random peoples|someones|some mans|some womans) (floors|floor|"
                      "houses|flats|sofas|places|settees)", "(doing|do|did) (their|his|the olders) "
                      "(work|jobs|runs|stuff|graft)"), 12),
    ("exploitation", ("(numbers|contacts|names) (saved|stored|are saved) (as|under) (letters|codes|"
                      "code names|emojis|initials|numbers)", "(they|he) (text|texts|ring|rings|"
                      "call|calls|message|messages) me|for (them|him)"), 12),
    ("exploitation", ("(cant|can not|not allowed to|wont|dont want to) (say|tell|tell anyone|tell "
                      "them) (whose|who gave|who it belongs to)", "((two|2|three|3|loads of) "
                      "phones|(a |big )?(bag|bags|wad|wads|bundle) of (cash|money|notes)|cash|"
                      "knife|drugs|weed)"), 14),
    ("exploitation", ("(had to|have to|made me|make me|makes me|told me to|got me to|sent me to) "
                      "go in(to)? (the|a|some) (shop|shops|store|stores|offy|off licence|tesco|"
                      "boots|asda|co op|spar)", "(vodka|booze|alcohol|bottles|cans|fags|cigs|vapes"
                      "|razors|perfume|meat|whatever they|what they|without paying)", "(while|"
                      "whilst) (he|they|the olders|the lads|the men) (wait|waited|waits|waiting|"
                      "stand|stood|watch|watched|kept|keeps) (outside|in the car|at the door|by "
                      "the door|round the corner)"), 18),
    ("exploitation", ("(sell|selling|deal|dealing) (vapes|weed|pills|bits|drugs|carts|thc|"
                      "edibles|bud|ket)", _MADE), 12),
    ("exploitation", ("(wait|waiting|stand|standing|sit|sitting)( [a-z]+){0,4} with (a|the|"
                      "their|his|this) (bag|package|parcel|box|phone)", "(until|til) (a|the|"
                      "some|this) (car|man|guy|van|bloke|someone|somebody) (comes|arrives|turns "
                      "up|pulls up|collects)", _MADE), 16),
    ("exploitation", ("(gwaith|waith|jobs|swyddi) (i|ir) (dynion|bois|hogia|nhw|bechgyn)",
                      "(methu|ffaelu|ffili) (stopio|gadael|dod allan|dianc)"), 14),
    # A film or threat to family that keeps them working: Welsh "bygwth teulu".
    ("coercion", ("(bygwth|fygwth|mygwth)", "(teulu|nheulu|mam|fy mam|mrawd|chwaer|fy chwaer|"
                  "mrodyr)"), 6),
    # Afraid to tell the police (Welsh): "ofn dweud wrth yr heddlu".
    ("exploitation", ("(ofn|ofnus|poeni)", "(dweud|deud|siarad|son) (wrth|efo|gyda|hefo) (yr |"
                      ")?heddlu"), 8),
    # A second phone from the boys that must be answered (Welsh).
    ("exploitation", ("(ffon|ffonau|ffons) (arall|newydd|ychwanegol|ail)", "(bois|hogia|dynion|"
                      "nhw|gorfod|rhaid)"), 10),
    # A train ticket to a place they do not know (Welsh).
    ("exploitation", ("(tocyn|docyn|thocyn|tren|bws|tacsi)", "(le|lle|rhywle|dre|tref|ddinas) "
                      "(dw i|dwi|does i|o i|on i) (dim|heb) (yn )?(nabod|gwybod|adnabod|bod)"),
     14),
)
