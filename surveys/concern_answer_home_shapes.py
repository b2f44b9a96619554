"""Neglect, domestic abuse and going missing by the shapes a fifth blind corpus, written as
answers, showed.

The fifth hand's corpus (``tests/corpora/fifth_hand``) answers the survey's own questions, so
neglect is told as the state of things (a coat worn to bed, the school dinner the last meal, a
tooth black for months), domestic abuse as what a child saw at contact or heard down the phone,
and going missing as a plan or a night somewhere. The rules before this module missed these
shapes (Working Together to Safeguard Children's signs of neglect; the Domestic Abuse Act
2021's statutory guidance on coercive control; the Home Office guidance on children who go
missing), each written as its structure:

- neglect: sleeping in coats with the heating off; school food the only food, sleep to forget
  hunger, the fridge empty; one meal a day while others eat well; left alone for days, or a
  small child left alone at night; left with a stranger whose name they do not know; nobody
  noticing they were out all night or gone all weekend; a tooth, inhaler, nits or a rash and
  nobody taking them, asked many times; clothes too small, worn since a year long gone, smelling,
  no washing done; no bath for weeks, hair unwashed; dirty water or a kitchen of flies;
- domestic abuse: mum's injury again, with her partner shouting; made to ask for money, her
  phone checked, told what to say, not allowed to hug unless he says; the police at home again
  and blood; heard strangling or screaming down the phone; furniture thrown; pinned against a
  wall; a partner battering a sister; stabbed with what was to hand; a threat to kill her if
  she tries to leave; Welsh for pushing and hitting;
- missing: nights at a stranger's flat, address unknown; a bag packed for after the review or
  a move; sleeping out somewhere because they would not go back; a train to a far town when
  they should be at school, nobody knowing; a phone off so nobody could find them; nobody
  knowing where they go; a sister coming back at morning in other clothes; children gone in the
  night with a man and not back; walking off to find a parent's home.

Fresh wordings of each shape, written before the rules and measured at first sight, are batch
(r) of ``tests/corpora/adversarial.txt``, with later probes in batches (s) and (t); the ordinary
answers nearest each rule are in ``tests/corpora/near_misses.txt``. ``PHRASES`` are in the
syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category, parts, window)`` for
``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

# Mum, or whoever at home is being hurt, as children name her.
_HER = ("(her|mum|mam|mummy|mums|mams|my mum|my mam|stepmum|step mum|my stepmum|my step mum|"
        "nan|nain|my nan|my sister|his girlfriend|dads girlfriend|him|dad|my dad)")
# Her partner, as children name him.
_PARTNER = ("(he|him|dad|my dad|boyfriend|her boyfriend|partner|her partner|fella|her fella|"
            "husband|new man|step dad|stepdad|mums (boyfriend|partner|fella)|bf)")
_INJURED = ("(cut lip|split lip|fat lip|bust lip|black eye|bruises|bruised (face|arm|arms|neck|"
            "eye)|marks on her neck|swollen (face|eye))")
# Coercive control: each sign on its own is often ordinary; two together are not.
_CONTROL = ("((has|have|had) to ask (him|dad|my dad|her boyfriend|her partner|[a-z]+) (for|before)"
            "|(checks|check|checking|goes through|reads|read) (her|mums|mams|my mums) (phone|"
            "messages|texts)|(telling|tells|told|kept telling|keeps telling) (her|mum|mam) what "
            "to (say|wear|do|eat)|(wasnt|isnt|is not|was not|not) allowed to (hug|cuddle|see|"
            "talk to|phone|ring|have)|unless (he|dad|her partner) (said|says|lets|let)|takes "
            "(her|mums|mams) (money|wages|bank card|phone))")
# Going or being away, told as a plan or a night; not "I'm off" alone, which a bag packed for
# a school trip says as well.
_BAG_PACKED = ("((bag|bags|stuff|things|rucksack) (is |are |s )?(already |all )?packed|packed (a"
               " |my )?(bag|bags|stuff|things|rucksack))")
_GOING = ("(if (they|she|he|social) (move|moves|make|makes|send|sends)|after (the |my )?review|"
          "running (off|away)|run (off|away)|going to (dip|leg it|do one|run)|leg it|i am "
          "(gone|off for good|going for good|off tonight|going tonight)|not coming back|before "
          "they)")
# A place to sleep out.
_OUT_PLACE = ("(park|slide|tube slide|bus shelter|bus stop|car park|multi storey|doorway|bench|"
              "stairwell|garage|woods|street|streets|shed|underpass|station)")
_WONT_GO_BACK = ("((didnt|did not|dont|do not|wasnt|was not|isnt|not) (want|going)"
                 "( to)? (go|come) (back|home)|(wasnt|was not|isnt|not|never) going back|(ddim|"
                 "dim) (isie|isio|eisiau|moyn) dod (nol|"
                 "adre|adref))")

PHRASES: Final[dict[str, list[str]]] = {
    "neglect": [
        # School food the only food, sleep to forget hunger.
        "(school|skol|breakfast club|school dinner|school dinners|school lunch) (is|are|was|"
        "were)? ?(the )?only (proper )?(food|meal|meals|thing i eat)",
        "(sleep|go to bed|stay in bed|just sleep) (so|to) (i )?(dont|do not|wont|not) (feel|"
        "be|get) (hungry|starving)",
        "(last|only) (proper |hot )?meal (was|i had was|i got was) (my |the )?(school|free school"
        "|breakfast club)",
        # No bath for weeks, hair crawling.
        "(not|never|havent|have not|aint|no) (had|been given) (a )?(bath|shower|wash) (in|for) "
        "(two|three|four|five|[0-9]+|to|for|a few|weeks|ages|months)",
        "(things|stuff|bugs|lice|nits) (living|crawling) in (it|my hair)",
        # Welsh: nobody makes food, the child feeds a little one on crisps.
        "(neb|dim un|does neb) (yn (y|r) ty )?(yn )?(gwneud|neud|gneud|rhoi|coginio) bwyd (i ni|i"
        " fi|inni)",
        "(gorfod|rhaid i fi) (bwydo|fwydo) (fy |y )?(chwaer|mrawd|brawd|babi)",
        # Drinking from the bathroom tap, the kitchen full of flies.
        "(full of|covered in) (dirty|mouldy|old) (plates|dishes|pots) (and|n) (flies|maggots|"
        "mould|rubbish)",
    ],
    "domestic_abuse": [
        # Pinned against the wall or the fridge.
        f"(pinned|pins|pinning|pin|slammed|shoved) (her|mum|mam|{_HER}) (up )?(against|to|into)"
        f" (the )?(fridge|wall|door|floor|counter|cupboard|car|worktop)",
        # A partner battering her.
        "(boyfriend|boyfriends|partner|partners|husband|fella|bf|girlfriend) (is |has |been |has"
        " been |keeps |s been )?(battering|hitting|beating|punching|kicking|strangling|choking) "
        "(her|him|my sister|mum|mam)",
        # Heard or seen strangling.
        f"(strangling|strangle|strangled|choking|choked|throttling|throttled) {_HER}(?! (whistle|"
        "chance|lead|penalty|pen|shot|shots|goal|lines|line|words|tears|food|dinner|drink))",
        # Stabbed with what was to hand.
        "(stabbed|stabs|stabbing|glassed|slashed) (him|her|dad|mum|mam|my (dad|mum|mam|stepdad|"
        "stepmum|step dad|step mum|nan)) (in the (arm|leg|hand|neck|face|chest|stomach|belly|"
        "side)|with (a|the|her|his) (knife|fork|scissors|glass|bottle|screwdriver))",
        # A threat to kill her if she tries to leave.
        "(kill|hurt|stab|burn|find) (her|mum|mam|them|us) if (she|mum|mam) (ever )?(tries|tried"
        "|try|attempts) to (leave|go|get away|tell)",
        # Welsh: pushed, hit or kicked mum.
        "(gwthio|wthio|gwthiodd|wthiodd|taro|daro|tarodd|bwrw|fwrw|cicio|gicio|slapio) "
        "(mam|mami|nain|llysfam|hi)",
    ],
    "missing": [
        # A phone off so nobody could find them.
        "(so|and) (they|no one|nobody|noone|staff|the staff|my carers|the carers|carers|police|"
        "the police|"
        "social) (couldnt|cant|cannot|wouldnt|wont|could not) (find|track|trace|reach|get hold "
        "of) me",
        # Sleeping on strangers' sofas (Welsh).
        "(cysgu|chysgu|gysgu|aros) (ar|yn|mewn) (soffas|soffa|ty|tai) (pobl|rhywun|dyn) (dwi|dw i|"
        "o ni|on i)?"
        " ?(ddim|dim) (yn )?(nabod|adnabod)",
        "(cysgu|chysgu|gysgu|cysgais) (yn|ar|mewn) (y |r )?(maes parcio|stryd|parc|orsaf|coed)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Sleeping in coats because the heating is off.
    ("neglect", ("(sleep|sleeping|slept|go to bed|goes to bed) in (our|my|me|his|her|their) "
                 "(coats|coat|jackets|jacket|hoodie|hoodies)(?! (at|on|in) (the |a )?(campsite|"
                 "coach|bus|"
                 "tent|festival|trip|beach))", "(heating|heatings|heater|gas|"
                 "electric|electricity|meter|radiators|radiator|power)"), 16),
    ("neglect", ("(heating|heatings|gas|electric|electricity|power) (is |are |has |s |was )?"
                 "(been )?(never on|off|cut off|turned off|not on)", "(for (weeks|months|ages|"
                 "days)|(her|his|their) room (has|is))"), 16),
    # The fridge empty, the last meal at school.
    ("neglect", ("(nothing|no food|nothin) (in|at) (the )?(fridge|cupboards|cupboard|house)",
                 "(last|only) (proper |hot )?(meal|food)"), 18),
    # One meal a day while others eat well.
    ("neglect", ("(one|1|a) (meal|proper meal) a day", "(own kids|their kids|the others|other "
                 "kids|takeaways|takeaway|pizza|seconds|everyone else|carers kids)"), 18),
    # Left alone for days, eating dry food.
    ("neglect", ("(gone|away|out|left|missing) (for )?([0-9]+|to|two|three|four|five|six|a few)? ?"
                 "(days|nights)", "(on (our|my) own|by (ourselves|myself)|alone|no food|eating"
                 " (dry|just|only)|no one (there|home))"), 16),
    # A small child left alone at night.
    ("neglect", ("(leaves|left|leaving|leave|gets left|get left|got left|getting left)( him| her"
                 "| them| me| us)? (on (his|her|my|our|their) own|by (himself|herself|myself|"
                 "ourselves|themselves)|alone|home alone)", "(all night|overnight|sometimes all"
                 " night|when (she|he|they|mum|mam|dad) (goes|go|went|is) (out|to the pub|"
                 "clubbing|drinking)|(is|s|only|just|aged) ([1-7]|to|for|one|two|three|four|five|"
                 "six|"
                 "seven)|baby)"), 18),
    # Left with a stranger whose name they do not know.
    ("neglect", ("left (me|us|them|him|her) with", "(dont|didnt|do not|did not) (even )?(know|no)"
                 " (his|her|their|who|what) (name|he|she|they)?"), 16),
    # Nobody noticing they were out all night or gone all weekend.
    ("neglect", ("(no one|nobody|noone|no ones|nobodys) (even )?(notices|noticed|notice|cares|"
                 "cared|rings|rang|texts|texted|checks|checked|realised|reported|asks|asked)",
                 "((gone|out|missing|away) (all|the whole) (weekend|night|week)|(come|came|get|got)"
                 " (in|back|home) (at|til|till|until) ([0-9]+|to|for|one|two|three|four|five|"
                 "midnight)|(til|till|until|at) ([0-9]+|to|for|three|four|five) (at night|in the "
                 "morning|am)|where i (am|was|go|have been))"), 14),
    ("neglect", ("(not one|not a single|no) (text|call|phone call|message)", "(gone|out|"
                 "missing|away) (all|the whole) (weekend|night|week)"), 16),
    # Medicine run out weeks ago and nobody getting more (not "since" some month alone).
    ("neglect", ("(inhaler|inhalers|meds|medicine|medication|tablets|cream|epipen) (ran|run|has "
                 "run|has ran|had run) out", "((weeks|months|ages) ago|for (weeks|months|ages)|("
                 "nobody|no one|no ones|nobodys) (has |have |s )?(got|bought|sorted|get|gets|took"
                 "|taken)|attack|cant breathe)"), 16),
    # A need for the dentist or doctor, and nobody taking them though asked.
    ("neglect", ("(asking for|asked (for|to go|to see)|been asking)|(not|never|"
                 "havent|have not) been to the (dentist|doctor|doctors|gp)|(nobody|no one|nobodys|"
                 "no ones) (has |have |s )?(took|taken|got|get|gets|bought|sorted|sorts|helps|"
                 "fixed|booked)", "(tooth|teeth|inhaler|nits|lice|head lice|scabies|rash|ear|eye|"
                 "asthma)", "(since (september|october|november|december|january|february|march|"
                 "april|may|june|july|august|easter|christmas|summer|the summer|last)|(weeks|"
                 "months|"
                 "years) ago|(for|in) ([0-9]+|to|two|three|four|five) (years|months|weeks)|keep "
                 "saying|"
                 "keeps saying|(four|three|five|[0-9]+|for) times|loads of times|asked (my|the) "
                 "carer|rotten|black|attack|hurts|hurt|sending me home|cant breathe|(the )?(doctor|"
                 "doctors|gp|dentist|nurse))"), 16),
    # Clothes worn since long ago, smelling, nothing washed.
    ("neglect", ("((kids|people|they) (say|said|says) (i|things)|no washing powder|(washer|"
                 "washing machine|washers)( is| s)? (broke|broken)|(no "
                 "one|nobody) (sorts|washes|buys|gets|fixes|helps))", "(uniform|shirt|jumper|"
                 "clothes|trousers|shoes|trainers|top|coat)", "(same one since|too small|got holes"
                 "|have holes|stink|stinks|smell|smells|dirty|falling apart)"), 14),
    # Drinking from the bathroom tap, the kitchen a mess of flies.
    ("neglect", ("(drink|drinking|drank) (out|from|out of) (the )?(bathroom )?tap", "(dirty|"
                 "flies|mould|mouldy|rubbish|maggots|no (cups|clean))"), 18),
    # Mum's injury again, with her partner there.
    ("domestic_abuse", (_INJURED, f"(again|{_PARTNER} (was|were|kept|is|keeps) (shouting|"
                        "screaming|swearing|yelling) at her|(walked|walks) into (a|the) (door|"
                        "cupboard|wall)|same (door|cupboard|as last))"), 20),
    # Coercive control: two signs together.
    ("domestic_abuse", (_CONTROL, _CONTROL), 24),
    # The police at home again, and blood or a door smashed.
    ("domestic_abuse", ("(police|cops|feds|ambulance) (came|come|were|was|turned up|round|at)",
                        "(mums|dads|mams|nans|nains|grans|ours|home|the house|round)",
                        "(blood|smashed|broken glass|screaming|door (was )?(kicked|smashed))"),
     16),
    # Heard screaming at her down the phone, and her going quiet.
    ("domestic_abuse", ("(hear|heard|can hear) (him|dad|[a-z]+) (screaming|shouting|yelling|"
                        "raging) at (her|mum|mam)", "(goes|went|gone) (quiet|silent)|every "
                        "time|crying|scared"), 16),
    # Kicking off at mum, furniture thrown.
    ("domestic_abuse", ("(kicking off|kicks off|kicked off|going mad|raging) at (her|mum|mam)",
                        "(throwing|throws|threw|smashing|smashed|breaking|broke) (the )?"
                        "(furniture|chairs|chair|plates|things|stuff|tv|table)"), 14),
    # Someone who hit mum, and her crying.
    ("domestic_abuse", ("(hit|hits|punched|kicked|pushed|slapped|battered) (mum|mam|her)",
                        "(crying|cried|on the floor|hid|hide|hiding)"), 14),
    # Nights at a stranger's place.
    ("missing", ("(stayed|staying|stay|stopping|stopped|crashing|crashed|sleeping|slept|kipping|"
                 "kipped|been) (at|in|round) (some|a|this|random|a random|an older|some random) "
                 "(lads|lad|guys|guy|mans|man|blokes|bloke|mens|girls|womans|strangers|persons)"
                 " ?(flat|house|place|gaff|yard)?", "((dont|didnt|do not) (even )?(no|know) (the"
                 " )?(address|street|where)|never met|met (at|on|online|that)|only met|didnt "
                 "(come|go) (back|home)|wasnt (in|back)|([0-9]+|to|for|two|three|four) nights|"
                 "most nights"
                 "|as long as i (want|like)|whenever|never check|dont check)"), 20),
    # A bag packed for after the review or a move.
    ("missing", (_BAG_PACKED, _GOING), 18),
    # Sleeping out because they would not go back.
    ("missing", ("(slept|sleeping|sleep|kipped|stayed|stayed out) (in|on|under|at) (the )?"
                 f"(tube )?{_OUT_PLACE}", _WONT_GO_BACK), 18),
    ("missing", ("(cysgu|chysgu|gysgu|cysgais|cysgodd)", "(ddim|dim) (isie|isio|eisiau|moyn) "
                 "dod (nol|adre|adref)|es i (off|bant)"), 20),
    # A train to a far town when they should be at school, nobody knowing.
    ("missing", ("(got|get|getting|took|take|gonna get|catch|caught) (the|a) (train|bus|coach)"
                 " to [a-z]+", "(meant to be|supposed to be|should be) (at|in) (school|college|"
                 "lessons)|(thinks|think|thought) (im|i am|i was) (in|at)|(no one|nobody|noone) "
                 "knew|not to tell|without telling|dont tell"), 20),
    # Nobody knowing where they go, out all day and night or not at school.
    ("missing", ("(nobody|no one|noone) (knows|knew|know) where (i have been|ive been|i (go|went"
                 "|am|was|sleep|stay|been))", "for ([0-9]+|to|for|two|three|four|five|a few) "
                 "(days|nights|weeks)|(havent|have not|isnt|not) been( in| to school)? (for|in) "
                 "([0-9]+|a|to|for|two|three|four) (days|weeks|week)|out all (day|night)|all "
                 "(day|night)"), 20),
    # A sister out at night, back at morning in other clothes.
    ("missing", ("(going|goes|went|staying|stays|stayed) out (at night|all night)", "(coming|"
                 "comes|came) back (in the morning|next day|the next morning)", "(different|"
                 "other|new|someone elses|strange) clothes|clothes (that )?(isnt|are not|arent|"
                 "is not) (hers|his|theirs)"), 20),
    # Children gone in the night with a man and not back.
    ("missing", ("(left|went|gone|went off|go off|drove off)( in the night| in a car| in a "
                 "van| in the car)? with (a|some|an older|two|three)( older)? (man|men|guy|guys|"
                 "bloke|blokes)", "(not (come|came|back)|(havent|hasnt|have not|has not) (come|"
                 "came|been) back|not been back|now [0-9]+ days|(its|it has) been [0-9]+ days|"
                 "since)"),
     20),
    # Walking off to find a parent's home, alone, into the dark.
    ("missing", ("(walked|ran|went) (away|off|out) (from|of) (school|the home|my placement|"
                 "placement|my carers|the unit)", "(to (find|look for)|dark|cold|all night|for "
                 "hours|a long time)"), 18),
    ("missing", ("(walk|walking|hitch|hitching) to (our|my) (dads|mums|nans|mams) (in|at) "
                 "[a-z]+", "(map|crisps|snacks|tonight|not telling|no one knows|sneak)"), 18),
)
