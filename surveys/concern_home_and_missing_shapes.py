"""Neglect, domestic abuse and going missing by the shapes a fourth blind corpus showed missing.

The fourth hand's corpus (``tests/corpora/fourth_hand``) found the rules of
``surveys.concern_neglect_signs`` and ``concern_missing_and_domestic_signs`` missed these
shapes (Working Together to Safeguard Children's signs of neglect; the Domestic Abuse Act
2021's statutory guidance; the Home Office guidance on children who go missing), each written
as its structure:

- neglect: medicine run out and nobody "bothered" to get more; pain for months and nobody
  taking them; nobody collecting them and nobody home; carers gone abroad leaving them alone or
  with a few pounds; heating off for months and mould they cough from; a parent drunk all day
  while the child minds the little ones and misses school; fed less than the others or one
  meal a day and losing weight; a child put in a hotel or hostel with adult men; medicine
  stopped for want of money and very ill; a baby left in a cot all day in the same nappy;
- domestic abuse: hands round her neck, grabbed by the throat; her bank card and phone
  taken, made to ask for everything; a door kicked in and the police called; hit with a stick
  or anything to hand; "broke her arm"; Welsh for hitting mum; keeping a baby quiet when the
  fighting starts so he does not come for them too; her injury explained away; stamping on
  her; a threat to burn the house down or kill them all if she leaves; dragged by her hair;
  a partner who puts their head through a door;
- missing: taken off in older boys' cars and not home till the next day; a man who gave them
  a bed, they don't know where; found in a far city not knowing how; bags packed and someone
  picking them up; "going missin" and rather the streets; a friend gone with men and not seen
  since; going off with someone and nobody will find them; nights at a stranger's place for
  days with nobody looking.

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses``. Fresh wordings are batches (n) to (q) of
``tests/corpora/adversarial.txt``; the ordinary answers nearest each rule are in
``tests/corpora/near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

# Mum, or whoever at home is being hurt, as children name her.
_HER = ("(her|mum|mam|mums|mams|mummys|my mum|my mam|my mums|my mams|nan|nana|nain|nans|nanas|"
        "gran|grandma|my nan|my nana|auntie|my auntie)")
_HERS = "(her|mums|mams|mummys|my mums|my mams|nans|nanas|my nans)"
_MONTHS = ("(january|february|march|april|may|june|july|august|september|october|november|"
           "december|christmas|the winter|winter|the summer|weeks|months|ages|last year)")
_MEDS = ("(inhaler|pump|tablets|meds|medicine|medication|insulin|prescription|epilepsy|"
         "antibiotics)")
_ILL = ("(sick|ill|dizzy|vomit|vomiting|throwing up|shaking|faint|fainted|fainting|cant breathe|"
        "cant breath|wheeze|wheezing|fits|seizure|seizures|collapsed)")
_ALONE = ("(on (my|our) own|alone|by (myself|ourselves)|home alone|with (a tenner|a fiver|[0-9]+ "
          "(quid|pounds)|no money|nothing|some noodles|no food)|with no (money|food|key|adult))")
_TAKEN_OFF = ("(take|takes|took|taking|pick|picks|picked|picking|drive|drives|drove) (me|us) "
              "(up )?(in|off|away|out|around|about|round)")
_OLDERS = ("(big boys|big lads|older (boys|lads|men|guys|ones)|olders|some (men|man|lads|guys)|"
           "a man|the men|strangers|people i dont know)")

PHRASES: Final[dict[str, list[str]]] = {
    "neglect": [
        "(put|puts|placed|moved) (me|us) in (a|an|the) (hotel|hostel|b and b|bnb|bed and "
        "breakfast) (with|full of) (adult|grown|older|grown up) (men|man|people|adults)",
        "(im|i am) (1[0-7]|[0-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen) __ "
        "(hotel|hostel|b and b|bnb) (with|full of) (adult|grown|older) (men|people|adults)",
        "(have to|got to|had to) (look after|mind|care for|feed) (my |the |our )?(baby|babies|"
        "twins|little ones|little (brother|sister|brothers|sisters)|brothers|sisters) __ "
        "(dont|cant|not|never) (go|get) (to )?school",
    ],
    "domestic_abuse": [
        "(hands|hand|fingers|arm|arms|belt|rope) (round|around|on) __ (neck|throat)"
        "(?! (pillow|warmer|scarf|chain|necklace|brace|tie))",
        f"(grabbing|grabs|grabbed|grab|holding|holds|held|pinned|pins|pinning|pinnin|chokes|"
        f"choked|choking|chokin|strangles|strangled|strangling|squeezes|squeezed|squeezing|"
        f"squeeze|throttled|throttles) {_HER} (by|round|around|up by|against)? ?(the |her )?"
        f"(throat|neck)",
        f"(squeeze|squeezes|squeezed|squeezing) {_HERS} (neck|throat)",
        f"(choke|chokes|choked|choking|chokin|strangle|strangles|strangled|strangling|throttle|"
        f"throttles|throttled|throttling) ({_HER}(?! [a-z]+ (when|and|as|in|at|on|off))|her "
        f"(against|till|until|til|so|in front|out|unconscious|with (his|a|the|her)))",
        "(she|mum|mam|my mum|my mam|nan) (has to|had to|must|have to) (ask|beg) (him )?(for|"
        "before) (everything|money|anything|food|every|bus fare|the|permission)",
        f"(he|dad|grandad|step dad|boyfriend|partner|fella|husband|him|[a-z]+s (boyfriend|partner|"
        f"fella)) (has )?(broke|broken|snapped|fractured|cracked|bust) {_HERS} (arm|arms|wrist|"
        f"nose|ribs|rib|jaw|leg|fingers|finger|cheekbone|cheek)",
        f"(stamping|stampin|stamped|stamps|stomping|stompin|stomped|kicking|kickin|punching|"
        f"punchin|strangling|choking) (on )?{_HER}(?! (team|side|goal|ball|game))",
        f"(dragged|drags|dragging|draggin|pulled|pulls|pulling|yanked|yanks) {_HER} (down|up|"
        f"across|along|round|around|through|out)? ?(the |our )?(stairs|kitchen|floor|room|hall|"
        f"garden|house)? ?by (her|the) (hair|throat|neck)",
        f"(hit|hits|hitting|whacked|whacks|whacking|beat|beats|smacked|smacks|bashed|bashes) "
        f"{_HER} (with|over the head with) (his|a|the|her|their) [a-z]+",
        "(he|she|dad|mum|boyfriend|girlfriend|partner|step dad|fella) (put|puts|smashed|smashes|"
        "slammed|slams|banged|bangs|threw|throws|pushed|shoved) (my|her|mums|mams) head "
        "(through|into|against|off|on) (the|a) (kitchen |bedroom |car |front |back )?(door|wall|"
        "window|table|floor|radiator|counter|sink|car)",
        # Welsh: hitting mum.
        "(taro|tharo|bwrw|curo|churo|cicio|chicio|brifo|frifo|thagu|tagu) (mam|fy mam|mam ni|hi)"
        "(?! (yn|efo) (y|r) (bel|gem))",
    ],
    "missing": [
        "(going|goin|go|keep going|keep goin|been going|been goin|gone) (missing|missin) (every|"
        "most|all the time|again|loads|cos|because|and come back)",
        "(rather|prefer to) (be|sleep|live|stay) (on the streets|rough|outside|in a tent|on the "
        "street) (than|then)",
        "(the )?streets (are|is) better than (that|this|my|the) (place|house|home|placement)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Medicine run out, and nobody bothered to get more.
    ("neglect", (_MEDS, "(ran out|run out|finished|none left)", "(cant be bothered|cba|wont (go|"
                 "get|take)|never (gets|goes)|(nobody|no one|nobodys) (has )?(sorted|got|bothered)|"
                 "for (weeks|months|ages)|ages ago|cant breathe)"), 20),
    # Pain for weeks and nobody taking them.
    ("neglect", ("(cant be bothered|cba|wont|will not|refuses to|never) (taking|takin"
                 "|to take|take|takes|bring|get|getting) me( to (the )?(doctor|doctors|dentist|"
                 "hospital|gp|optician))?", "(tooth|teeth|toothache|ear|eye|swollen|infected|"
                 "pain|hurts|hurting|killing me|killin me|bleeding|broken|pus|black)",
                 "(for (weeks|months|ages)|months|weeks|ages|dentist|doctor|swollen|pus)"), 22),
    # Nobody collecting them, nobody home.
    ("neglect", ("(nobody|no one|noone) (comes|came|is coming) (to get|to pick|to collect|for) "
                 "me|(nobody|no one) (picks|picked|collects|collected) me up", "(nobody|no one) "
                 "(is |was )?(in|home|there|at home)|(house|flat) is empty|empty (house|flat)|"
                 "(im|i am) ([0-9]|seven|eight|nine|ten)"), 22),
    # Carers away, the child left alone.
    ("neglect", (f"(left|leave|leaves|leaving) (me|us|me and [a-z ]+) {_ALONE}", "(went|gone|go|"
                 "goes|going|flew|fly|flown) (abroad|away|on holiday|to [a-z]+) (for|over|every|"
                 "and)"), 18),
    # Heating off for months, and mould they cough from.
    ("neglect", ("(heating|heatings|heat|boiler|electric|gas)( (has |is ))?( been)? (off|"
                 "broken|not working)|no heating|damp|mould|mold", f"(since|for) {_MONTHS}|"
                 "(mould|mold|damp) (all )?(up|on|over)", "(cough|coughs|coughing|wheeze|wheezing"
                 "|chest|asthma|breathe|sick|ill)"), 24),
    ("neglect", ("(black )?(mould|mold|damp)", "(chest infections|asthma attacks|cough all night"
                 "|coughing all night|makes (me|us|my [a-z ]+) (wheeze|cough|ill|sick)|cant "
                 "breathe)", "(nobody|no one|never|wont|my (bedroom|room|wall|ceiling)|up my "
                 "wall)"), 18),
    # A parent drunk or high all day, the child minding the little ones or missing school.
    ("neglect", ("(drunk|wasted|off (her|his|their) face|high|out of it|passed out|stoned|"
                 "mashed|hungover) (all day|every day|all the time|again|on the sofa|in bed)|"
                 "(in bed|on the sofa) (drunk|wasted|high|passed out)", "(look after|looks after|"
                 "looking after|mind|minding|care for|feed|dont go|do not go|stay off|miss|"
                 "missing|havent been|get my [a-z]+ to school|do the cooking)"), 20),
    # Fed less than the others or once a day, and losing weight.
    ("neglect", ("(losing|losin|lost|lose|lost so much|lost loads of) (loads of |so much |a lot "
                 "of )?weight|clothes are falling off|trousers fall down|fainted|hungry all the "
                 "time|starving all the time", "(only (get|gets|give|gives|given|feed|feeds|fed) "
                 "(me )?|one meal|once a day|(their|her|his) own kids|the others get|proper "
                 "(meals|dinners)|i get (a|nothing|nothin|toast)|if (im|i am) late)"), 24),
    # A baby left in a cot all day.
    ("neglect", ("(left|leaves|leave|stays|stuck|kept) in (his|her|the|their) (cot|pram|buggy|"
                 "high chair|car seat|playpen)", "(all day|for hours|hours on end|(the )?same "
                 "nappy|while (mum|mam|dad|she|he|they) (sleeps|sleep|drinks|is out|goes out|is "
                 "asleep))"), 16),
    # A child in a hotel with adult men and no staff.
    ("neglect", ("(hotel|hostel|b and b|bnb|lodgings)", "(adult|grown|older|grown up) (men|man|"
                 "people)|adults", "(no staff|nobody checks|no one checks|scared|lock my door|"
                 "dont eat|(im|i am) (1[0-7]|fourteen|fifteen|sixteen))"), 22),
    # Medicine stopped for want of money, and very ill.
    ("neglect", (f"(stopped|stop|no|ran out of|run out of|cant get|cannot get|havent got|cant "
                 f"afford) (my )?{_MEDS}", "(money|pay|afford|cost|charge)", _ILL), 24),
    # Her injury, and the story that explains it away.
    ("domestic_abuse", (f"{_HERS} (face|eye|arm|arms|neck|lip|cheek|nose) (was|is|were|are|went) "
                        "(all )?(purple|black|bruised|swollen|cut|bleeding|blue)|(massive |big )?"
                        f"(bruise|bruises|black eye) on {_HERS}|(she|mum|mam) (had|has|got) (a )?"
                        "(massive |big )?(black eye|bruise|bruises|split lip)", "(she|mum|mam) "
                        "(said|says|told (me|us|them|the [a-z]+)) (she )?(walked into|fell|"
                        "slipped|tripped|banged)", "(screaming|screamin|scream|bang|banging|"
                        "shouting|rowed|row|rows|fight|fighting|argued|arguing|after he|hit|this "
                        "morning|last night|the next (day|morning))"),
     30),
    # A door kicked in, and the police.
    ("domestic_abuse", ("(?<!police )(?<!feds )(?<!cops )(kicked|kicks|kicking|smashed|smashes|"
                        "booted|boots|broke|bust|put) (in )?"
                        "(the |her |our |nanas |mums |mams )?(front |back )?(door|window|windows)"
                        " (in|down|through|off)", "(police|feds|cops|999|screaming|to get to|"
                        "trying to get)"), 16),
    # Keeping the little ones quiet or hidden when the fighting starts.
    ("domestic_abuse", ("(when|while|once|whenever) (the |they |he |she )?(fighting|shouting|"
                        "screaming|hitting|rows|arguing|fight|argue|row|kicks off)( starts| "
                        "start| begins| kicks off| is happening)?|(start|starts|begin|begins|get"
                        " going|kick off) (fighting|shouting|screaming|arguing|rowing|hitting)"
                        "(?! (on|in) (the )?(telly|tv|film|game|screen|fortnite|playground))",
                        "(come for us|come after us|"
                        "get us|hurt us|find us|hear us|(keep|kept) (my|the|our) [a-z ]+ quiet|"
                        "(doesnt|dont|does not|wont) (get|come for|find|hear|hurt) (us|him|her|me|"
                        "hurt))", "(too|as well|and all|"
                        "brother|sister|baby|little)"), 20),
    # Police called while he hurt her.
    ("domestic_abuse", ("(rang|ring|called|call|phoned|phone) (999|the police|police)",
                        f"(when|while|cos|because) (he|dad|my dad|step dad|her [a-z]+) (was|"
                        f"were|started|kept) [a-z]+ing (on )?{_HER}"), 14),
    # A threat to burn the house or kill them all if she leaves.
    ("domestic_abuse", ("(set|sets|setting|burn|burns|burning|torch) (the |our )?(house|flat|"
                        "place|home|us|it)? ?(on fire|alight|ablaze|down)|kill (us|her|mum|mam|"
                        "us all|all of us|the kids|himself|me)", "if (she|mum|mam|my mum|my mam|"
                        "we) (ever )?(tries |try )?(to )?(leave|leaves|leaving|leavin|goes to the"
                        " police|calls the police|walks out|splits up|left him|leaves him|tells "
                        "anyone)(?! (the|it|a|her|some))"), 16),
    # Welsh: shouting at mum and hitting her.
    ("domestic_abuse", ("(gweiddi|gwaeddi|sgrechian) ar (mam|hi|fy mam)", "(tharo|taro|churo|"
                        "curo|brifo|frifo|broke her|hit her|hits her|breaks|torri) "), 16),
    # A partner reading every message, and violence when they go out.
    ("domestic_abuse", ("(partner|boyfriend|girlfriend|fella|husband) (reads|checks|goes through|"
                        "went through|read|checked) (all )?my (messages|phone|texts)", "(put|"
                        "smashed|slammed|hit|punched|kicked|strangled|choked|threw|pushed) (my|"
                        "me)"), 24),
    # Nights at a stranger's place, for days, and nobody looking.
    ("missing", ("(slept|sleeping|stayed|staying|crashed|crashing|kipped|kipping) (at|in|round) "
                 "(some |a )?(random|strange|strangers|older) ((guys|mans|blokes|lads|mens|persons|"
                 "peoples) )?(house|flat|place|houses|flats|places)", "((for )?([0-9]+|two|three|"
                 "four|five|a few|several|a couple of) (days|nights)|(didnt|did not|never) (even )?"
                 "(report|look|notice)|(nobody|no one) (looked|reported|noticed))"), 18),
    # Taken off in older boys' cars, not home till the next day.
    ("missing", ("(dont|didnt|do not|never|wont) (come|get|go) (back )?(home|back) (till|until|"
                 "for)", _TAKEN_OFF, _OLDERS), 20),
    # A man who gave them a bed, somewhere they don't know.
    ("missing", ("(dont|didnt|do not) know where (it was|i was|he took me|they took me|we went|"
                 "his (house|flat) (was|is))|no idea where (it was|i was)|(a|some) (house|flat|"
                 "place|room) i (didnt|dont|did not|do not) know|woke up (in|at) (a|some) "
                 "(strange )?(house|flat|place)", "(a|some|this) (man|"
                 "men|guy|bloke|lad|stranger)", "(days|nights|a few days|the night|overnight|"
                 "dropped me|a bed|the weekend|stay at his|sleep at his)"), 24),
    # Found far away, not knowing how they got there.
    ("missing", ("((police|they|someone|somebody|feds|cops) found me|got (found|picked up)|"
                 "(someone|somebody|a man|some man|he|they) (drove|took) me) (in|at|to)",
                 "(dont|didnt|do not|cant) (even )?(know|remember) (how|who) (i got|i ended up|"
                 "drove|took|i was)"), 20),
    # Bags packed and someone picking them up.
    ("missing", ("(going to|gonna|will|im|i am) (run|running|do one|doing one|go missing|leg it|"
                 "bolt|bolting|off) (again|away|tonight|after)|(run|running) (again|away) (after|"
                 "tonight|later|tomorrow)", "(bags|bag|stuff|things) (is |are )?(already |all )?"
                 "packed|(someone|somebody|someones|a man|a mate|my mate|[a-z]+) (is )?(picking|"
                 "pickin|collecting|getting|meeting) me"), 20),
    # A friend gone with men and not seen since.
    ("missing", ("(left|went|gone|got in a car|drove off|went off) (the [a-z]+ )?(with|by) (two|"
                 "some|three|a few|older|strange|these) (older )?(men|man|guys|adults|strangers|"
                 "lads)", "(nobody|no one|noone) (has )?(seen|heard from|heard of) (him|her|"
                 "them) (since|again)|(hasnt|has not|havent|never) (come|came) back"), 24),
    # Going off with someone, nobody to know where.
    ("missing", ("(not telling|wont tell|never tell|wont say|not saying) (no one|nobody|anyone|"
                 "anybody|you)? ?where|(they|you|nobody|no one) (will )?(never|wont|not) "
                 "(find|found) me|(no one|nobody) will know where", "(going off|go off|run off|"
                 "running off|leaving|going|gone off) with (someone|somebody|a man|him|this guy|a "
                 "guy|a bloke|my boyfriend|someone i met)"), 20),
)
