"""Harm told as a plan, a date to come or something coming back (the ninth hand's shape).

``surveys/concern_plans.py`` (self-harm, going missing, physical harm) and
``concern_plans_exploitation.py`` (radicalisation, harmful practices, sexual and criminal
exploitation) write each shape as its parts: a plan word, a method and a time; who, what is done
and to whom; a threat and its day. Their fresh wordings, written before the rules, are batches pa
to pg of ``adversarial.txt`` (first sight, rules alone, urgent: 17/66; every line checked urgent
with every batch), their ordinary neighbours the block "plans, dates and things coming back" of
``near_misses.txt`` (every line checked silent). Here: a disclosure
in words neither uses beside its ordinary twin, one split over messages beside its twin, the
batches and the block whole, each rule's everyday readings, disclosures in new words, and each
rule's words as the text has them.
"""

from __future__ import annotations

import re

from surveys import concern_plans
from surveys.concern_clauses import compile_part
from surveys.concerns import URGENT, detect, normalise
from tests.surveys.chats import batch_counts, near_misses

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # self-harm: a date picked, tablets saved, the railway with things given away, a cord
    ("set my date, the 9th. i wont be around for christmas",
     "set my date for the 9th. i wont be around for christmas, were in spain"),
    ("ive got my meds hid under the carpet, on my birthday im having them all",
     "ive got my meds from the chemist, on my birthday im having a party"),
    ("my sister is going to the railway line after her shift and she gave me her cat",
     "my sister is going to the railway museum after her shift and she gave me her cat to feed"),
    ("got a belt in my locker, just waiting till everyone is out on saturday",
     "got a belt in my locker, just waiting till everyone is ready on saturday for the photo"),
    # missing: hidden from the social, told to hide, a journey with secrecy
    ("my mates mum will keep me in her loft so the police cant find me",
     "my mates mum will keep me in her loft room when i sleep over, police said its fine"),
    ("when the social workers turn up on friday i have to hide under my bed",
     "when the social workers turn up on friday i have to show them my bedroom"),
    ("a man said get the bus to bristol on sunday and dont tell my carers",
     "my nan said get the bus to bristol on sunday and ring my carers when i get there"),
    # physical: a beating promised, the one who hurt me back, my turn next
    ("my mams fella said im getting the strap when i get back on sunday",
     "my mams fella said im getting a strap for my new watch when i get back on sunday"),
    ("my uncle is out of prison next month and hes the one who burnt my hand, he found me on fb",
     "my uncle is out of hospital next month and hes the one who fixed my bike, he found me on fb"),
    ("the man at work kicked them boys for being slow, tomorrow i will be next",
     "the man at work thanked them boys for being quick, tomorrow i will be next to train"),
    # radicalisation, harmful practices, exploitation
    ("my cousin is in a far right group and they want me to come to their training on sunday",
     "my cousin is in a five a side group and they want me to come to their training on sunday"),
    ("my aunty says the woman will do the tradition on my little sister in the holidays",
     "my aunty says the woman will do the henna on my little sister in the holidays"),
    ("he wants me to be nice to his mates at the party and he will buy me a phone",
     "he wants me to be nice to his nan at the party and he will buy me a drink"),
    ("they want me to stash a parcel at mine and they know where my little brother goes to school",
     "my neighbour wants me to keep a parcel at mine and she knows my little brother from school"),
    # sexual exploitation: people not named who keep coming for a child in a car
    ("they keep pulling up for me in a car after school and i dont want to get in",
     "nan keeps pulling up for me in her car after school and i dont want to get in, i walk"),
]


# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did), one or two lines a shape in other words: the rules alone made all 25
# urgent. Its ordinary neighbours are the second set of the near-miss block.
SECOND_PROBE = [
    "ive picked the date, 2nd of may. wont be there for my sisters birthday after that",
    "got 30 paracetamol stashed in my trainers box, on sunday night im swallowing them all",
    "gonna step out in front of a truck on the bypass after contact on friday",
    "my best mate says shes going to the train tracks after school and she gave me her hoodie and"
    " her phone pin",
    "wrote a note for my foster mum, its under my pillow for after. tonight",
    "ive got a cord in my drawer for when i cant cope anymore, waiting till carers are out",
    "my boyfriend said he'll hide me at his mates so the police cant find me, leaving on friday",
    "aunty said when the social come round i must hide in the wardrobe and not make a sound",
    "got my rucksack packed, going after my review on tuesday and nobody will find me",
    "a lad said come to leeds with him on the coach saturday, dont tell my carers, hell sort a"
    " room",
    "when i go to my dads at half term hes giving me a beating for what i said at school",
    "stepdad is out of jail next week, hes the one who broke my arm, and he keeps messaging me",
    "if i snitch again he says hes throwing me out of the window",
    "asking for my cousin, is it allowed if your mum holds your hand on the cooker when you are"
    " naughty",
    "my brother is with a group with swastika flags and they want me at their rally next week",
    "the lad next to me in maths keeps watching shooting videos and says hes set the date",
    "my mate has a list of girls who rejected him and says hes going to kill them",
    "mum said a lady is coming in the summer to do the cut on me and my little sister",
    "my brothers said the family will sort her out for the honour if she keeps texting that boy",
    "is it normal to be married at 14 if your parents decide? asking for my friend",
    "the man who used to give me vodka and lifts when i was 13 has found me on insta and wants me"
    " to come round",
    "my boyfriend says at the party i have to be nice to his friends and they will give me money",
    "a guy online who knows im 15 says hell pay me 200 to meet him at a hotel",
    "they want me to hold a bag at my flat, they said if i dont they know where my mum lives",
    "i have to collect cash from 6 flats and drop it at the shop by friday",
]


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["school is ok", "i picked my date", "i wont be here after friday"],
     ["school is ok", "i picked my date for prom", "i wont be here after friday, im at nans"]),
    (["contact was fine", "mams boyfriend says", "im getting a proper hiding on sunday"],
     ["contact was fine", "mams boyfriend says", "im getting a proper haircut on sunday"]),
]


def test_the_batches_written_for_plans_and_dates_are_whole() -> None:
    counts = batch_counts()
    expected = {
        ("self_harm", "pa"): 12,
        ("missing", "pb"): 10,
        ("physical_abuse", "pc"): 10,
        ("radicalisation", "pd"): 9,
        ("harmful_practices", "pe"): 9,
        ("sexual_exploitation", "pf"): 9,
        ("exploitation", "pg"): 7,
    }
    assert {key: counts[key] for key in expected} == expected


def test_the_near_misses_written_beside_them_are_all_here() -> None:
    near = near_misses("# --- plans, dates and things coming back")
    assert len(near) == 84, len(near)


# Ordinary answers a review wrote beside these rules, which they made urgent until narrowed:
# homework notes "for after Easter", a brother at football with his phone dead, a chess game,
# a burn at the kettle, a record broken, a dad's trainers and tea.
REVIEWED = [
    "I've written some notes for my English essay, I'll finish it tomorrow.",
    "I've done all my notes for after Easter when we have exams.",
    "My brother has gone to football and his phone is dead.",
    "My dad beats you every time at chess.",
    "My sister burnt her neck with her hair straighteners.",
    "My mum burnt her hand with the kettle this morning.",
    "I watched him break it, it was a world record.",
    "My dad bought me new trainers and he wants me to come round for tea.",
    # The second review: a platform game, the road to nan's, a scarf wrapped, two alarms, hide and
    # seek, a PE kit, an auntie's since the social workers came, a fire alarm, a dog at the
    # beach, nan's phone at the park, dad's shed, football, dodgeball, a bike fall, a radiator, a
    # cold, swimming's last day, a date, hay fever tablets, rugby, history lessons, a party list,
    # iftar, christingles, petrol, spiders, Syria's children, a phone screen, a wedding, nan's
    # sweets, mum's friends, free drinks, dance tights, trampolining, a school run, security, a
    # sister's line, a paper round, next door's plants.
    "There's a new platform game, I'm going on it tonight.",
    "I know the road to nan's, don't wait for me I'll walk.",
    "I'm waiting till my carers go out so I can wrap their present, it's a scarf.",
    "I'll set two alarms in case I don't wake up, the trip is all planned.",
    'We played hide and seek and I hid in the shed where nobody would look.',
    "My carers can't find my PE kit so I have to stay in at break.",
    "I've been staying at my auntie's since the social workers came.",
    "The fire alarm went off for ages at school and now it's started again.",
    "Our dog ran away at the beach, we're going again on Saturday.",
    'Nan took the kids to the park and her phone is off.',
    "I'll help my dad finish what he started last week on the shed.",
    'In football my brother kicked him in the leg by accident.',
    'At dodgeball I hit them with the ball like last time.',
    'I have to tell school I fell off my bike, my knee is purple.',
    'My carer said put your hands on the radiator to warm them up.',
    'Nan will sort me out like she did last time when I had a cold.',
    'We decided Sunday is the last day we go swimming this term.',
    "I got a date on Saturday so I won't be at football.",
    "I've kept my hay fever tablets in my bag for the trip, we're taking all the snacks.",
    'The one that broke my arm at rugby keeps messaging me to say sorry.',
    "We're doing Hitler in history today, then mum's taking me to training.",
    "In history we learned about the bombings in the war and miss picked the day we go to the"
    " museum.",
    "My brother made a list of people for his party, he'll kill me if I lose it.",
    "Mum got a pressure cooker for the curry, she'll take it to the mosque for iftar.",
    'At church we made christingles and set them alight.',
    'Tomorrow I go to the mosque with dad, then we stop for petrol.',
    "Spiders freak my carer out so it's my duty to kill the spiders.",
    "We're raising money for children from Syria, it's our duty to help.",
    'The shame! My phone screen broke, dad will sort it out.',
    "I don't want to go to my auntie's wedding, I'm 13 and it's boring.",
    'My nan always bought me sweets, she wants me to come round on Sunday.',
    "Mum said be nice to her friends at the party and she'll give me a fiver.",
    "There's free drinks at the party, we're all going round to her house.",
    "Mum's getting me nude tights for dance, I'll show them to you.",
    'At the trampoline park they knock 5 off if you bring your mates.',
    "My dad used to pick me up from school and now he's picking up my little brother.",
    'We got searched at security with the bag and they sent me back through.',
    'My little sister wants my room and she keeps stepping over the line.',
    'For my paper round I collect the money from all the houses and hand it to the shop.',
    "We're looking after the house next door full of plants for a week.",
]


def test_the_ordinary_answers_a_review_found_stay_quiet() -> None:
    assert [text for text in REVIEWED if detect(text, learned=False) is not None] == []


# Ordinary answers in each rule's own words, two or more a rule, written before the rules were
# narrowed: a last day before the clocks change, not stepping back in goal, the monkey bars, a
# good hiding on the pitch, hands warmed at the tap, a date for the hospital, letters to Santa, a
# platform game, the road to school, a ribbon on a present, an alarm in case I oversleep, hide
# and seek, a bike in the shed, a dog run off again, dad's lego, a christingle, a duty to weed, a
# video-call wedding, nude lipstick, 2 pound off with friends, toys kept for a baby brother,
# charity money, plants watered. Kept here, not in near_misses.txt, which the learned layer
# trains on. Those another module's rules still make urgent are left out.
EVERYDAY = [
    'We decided Friday will be the last day we walk to school on our own before the clocks change.',
    "Mum decided Saturday is the last night of the holiday so we're having pizza.",
    "Next time I won't step back from the ball, coach says I have to be brave in goal.",
    "In dance tomorrow I won't step back, I'll go forward on the count of four.",
    'My brother is going to hang himself upside down on the monkey bars again.',
    'She wants to hang herself a new mirror in her room.',
    "We're going off the top of the big slide at the water park tomorrow.",
    'My mate is jumping off the top of the wall into the foam pit at parkour.',
    "Our team is going to give them a good hiding on Saturday, we're top of the league.",
    "Coach said we'd give them a proper beating in the final.",
    "I'm getting a new belt for my jeans on Saturday.",
    "I'm getting a hiding place for the easter eggs so my brother can't find them.",
    "I'm going to get a beating at Fifa tonight, my cousin is so good.",
    'My carer showed me how to put my hands under the hot tap to warm them after football.',
    'Nan said hold your hands in front of the fire when you come in from the snow.',
    'My dad put his hand in the oven to get the pizza out and burnt his glove.',
    "My foster mum whacks you with a pillow if you don't get up on time haha.",
    'My carer hits you with a water balloon every time you walk past in summer.',
    "The dentist will sort me out like she did last time, it didn't hurt.",
    'My uncle will sort you out with a lift like he did last time.',
    'My arm went purple from the blood pressure thing at the doctors.',
    'My carer burnt my toast with the grill again.',
    'I saw my dad snap his arm on the skateboard last year, he had a cast.',
    'I watched him break it on purpose, the old chair for the bonfire.',
    "We picked the date for my birthday party, I won't be at school that Friday.",
    "Mum got a date for the hospital, she won't be around on Tuesday so nan is coming.",
    "I wrote my letters to Santa, I'll finish the card tomorrow.",
    "I've written my thank you letters for after christmas, nan will post them.",
    "I'm writing a letter to my nan, I'll finish it tomorrow.",
    "We went to the train station platform, I'm going on it tomorrow with my school.",
    'My favourite is the platform game, my brother is going on it tonight.',
    "We're going to the railway museum and nan gave me her old camera.",
    "My friend is going down to the train tracks with her dad to watch and she gave me her"
    " stickers.",
    "I know the road to school, you don't need to wait for me.",
    "I know a good spot for fishing, we won't wait for dad.",
    "I'm waiting till mum goes out so I can tie the ribbon on her present.",
    "Waiting until everyone is asleep so I can put the belt under the tree, it's dad's present.",
    "I got new razors for my legs, my carer showed me how, it's for the summer.",
    "There are pen lines all over his arm from the art lesson, we're doing it properly tomorrow.",
    "I set my alarm in case I don't wake up, everything is all planned for the trip.",
    "If I don't wake up in time the whole day is sorted anyway.",
    'We played hide and seek and I hid behind the sofa where nobody would look.',
    "My carers can't find my trainers so I have to stay in.",
    "The police can't find my bike so I'm staying with my cousin tonight.",
    'When the social worker comes on Friday I have to tidy my room.',
    'When the police came to school we had to stay in the hall and not make a sound.',
    "I've been staying at my nan's since the social workers came to sort my placement.",
    'My bike is kept in the shed since the police came to talk about bike safety.',
    "The cat ran away last week and now it's doing it again.",
    "My brother ran off with my sweets and now he's going again on Saturday to the shop.",
    "The alarm went off for ages and now it's starting again.",
    'My bag is packed for camp, no one is finding me in the woods at hide and seek.',
    'Nan took the kids to the beach and her phone is dead.',
    'My cat goes missing every night and comes back with loads of mice.',
    'The one that broke my tooth at football messaged me to say sorry.',
    'The boy who kicked my leg at football wants to see me to say sorry.',
    "I'll finish what she started on the painting.",
    "We're going to finish what he started on the lego tonight.",
    "My brother kicked the ball at them and it's my turn next.",
    "The teacher hit the boys with questions and tomorrow it's my turn.",
    'In football my dad kicked it in the net.',
    'My carer kicks him in the leg by accident when we play football.',
    'At dodgeball I hit him with the ball like last time.',
    'I beat him again like last time at Mario Kart.',
    'I have to tell the teacher I fell off my bike, my knee went purple.',
    'Tell the nurse you tripped, your ankle is all red raw.',
    'We set fire to the bonfire near the church on bonfire night.',
    "We're doing the tradition on my sister's birthday, the cake with candles.",
    'My nan got married at 19 and she was really happy.',
    "My cousin is getting married at 2 o'clock on Saturday.",
    'I got chilli in my eyes when I was cutting peppers.',
    'In history we learned about the bombings in the war and miss picked the day for the trip.',
    'The film was about a school shooting, we picked a day to watch the next one.',
    "We made a list of teachers, we're going to bomb them with water balloons on the last day.",
    'We got fertiliser and nails from the garden centre, dad will use them at the church garden.',
    'We burn them down to the wick at the temple for Diwali.',
    "Next time we go to church I'll bring a knife for the cake sale.",
    "It's my duty to kill the weeds in the garden on Saturdays.",
    "My auntie found my cousin a husband on an app, she's 32 and said no at first.",
    "My sister doesn't want to go to the wedding, she is 12 and hates dresses.",
    'My cousin got married on video call because of covid, she is 28.',
    "We did a hot stone massage at the spa for mum's birthday, it was relaxing on my"
    " back and chest.",
    "We have to make clean the girls' changing room on the school trip.",
    "What happened to my cousin will happen to me, he failed his driving test and I'm next.",
    'My grandad used to buy me sweets and he wants me to come round for tea.',
    'Be nice to your cousins and nan will buy you ice cream.',
    "I've got nude lipstick for the school play, I'll send it to you in a photo.",
    'If you bring your friends to the cinema they take 2 pound off.',
    'My dad pays me 5 pound to come to the hotel pool with him, a man there teaches swimming.',
    'My nan used to take me to ballet and now she is taking my little sister.',
    'I keep a box of toys for my baby brother and they know which nursery he goes to.',
    'We bring some boys down from Leeds to stay at our house for the football tournament.',
    'We collect money from all the houses for the charity and drop it at the church.',
    "We're watering the flat of my auntie full of plants for a week while she's away.",
]


def test_the_ordinary_answers_in_each_rules_own_words_stay_quiet() -> None:
    assert [text for text in EVERYDAY if detect(text, learned=False) is not None] == []


# Disclosures in words none of the corpora use, a handful a kind: the narrowing left each urgent.
STILL_URGENT = [
    "ive decided friday is my last day. i wont be around for the weekend",
    "i keep standing by the edge of the platform, tomorrow i wont step back",
    "my mate says hes going to hang himself in the woods after his court date",
    "my boyfriend says he will go off the top of the multi storey tonight",
    "been hoarding my sleeping tablets in a sock, sunday im necking the lot",
    "ive written all my goodbye letters, i'll end it all on saturday",
    "i wrote my letters last night and ill finish it all off after my review",
    "I wrote my letters and I'll finish it off tonight.",
    "got a rope in the garage, waiting till mum goes away for the weekend",
    "my aunty will hide me in her cellar so the social cant find me",
    "he said he'll keep me where nobody looks if i go with him on friday",
    "my friend has been gone for 5 days and her phone is switched off",
    "when the police come round on monday i have to stay in the loft and not make a sound",
    "ran off from my placement before, thinking of going again on saturday",
    "my stepdad says im getting the belt when i get home for what i told my teacher",
    "mums boyfriend said he'll sort me out like he did before when i go back on sunday",
    "my foster dad held my hand on the hob when i was naughty, tomorrow it will be the iron",
    "he said if i grass again hes throwing me down the stairs",
    "the one who broke my arm gets out of prison on friday and he found me on facebook",
    "my dad hit my brother with his belt again like last time and tomorrow it's my turn",
    "he says tell them you are clumsy or i will get it worse, my arm went black",
    "my brother is in a nazi group and they want me at their meet up on saturday",
    "my cousin keeps fertiliser and nails in his shed and says he will set it off at the parade",
    "they are going to the mosque on friday to set it on fire",
    "a man at the gym says going to syria to fight is our duty, he will pay for my ticket",
    "my uncle says they found my sister a husband and she is only fourteen",
    "my brothers said they will sort her out for the family honour if she sees that boy again",
    "he said i have to be nice to his mates at the flat and they will give me 50 quid",
    "a guy on snap knows im 14 and says he will pay me 100 to come to his hotel",
    "they want me to keep a package at my flat and they know where my little sister goes to school",
    "i have to pick up money from 6 houses and drop it at the takeaway on friday",
    # A PS5 reads "ps" once normalised; the rule once wrote "ps5", which no text could hold.
    "my sister is going down to the railway line tonight and she gave me her ps5 and her password",
]


def test_disclosures_in_new_words_are_still_urgent() -> None:
    missed = [text for text in STILL_URGENT
              if (found := detect(text, learned=False)) is None or found.level != URGENT]
    assert missed == []


def _part(pattern: str) -> re.Pattern[str]:
    return compile_part(pattern)


def test_the_whole_ending_is_read_after_letters_not_a_piece_of_it() -> None:
    # "finish it all off" once passed only because the lookahead after an optional " all" let
    # "finish it" through alone; now the ending is matched whole, and "finish it off" with it.
    ending = _part(concern_plans._MY_END)
    for text, whole in (
        ("I wrote my letters, I'll finish it all off tonight.", "il finish it al of"),
        ("I wrote my letters and I'll finish it off tonight.", "il finish it of"),
    ):
        found = ending.search(normalise(text))
        assert found is not None and found.group(0) == whole, text
    assert ending.search(normalise("I'm writing a letter to nan, I'll finish it tomorrow")) is None


def test_every_age_under_eighteen_is_read_in_words_and_digits() -> None:
    under = _part(concern_plans.UNDER_AGE)
    words = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
    for age in [*map(str, range(10, 18)), *words]:
        assert under.search(normalise(f"she is {age}")), age
    assert under.search(normalise("she is 18")) is None
    assert under.search(normalise("she is eighteen")) is None


def test_welsh_gathering_tablets_is_read_as_the_text_has_it() -> None:
    # "hel" (gather) is normalised as "he'll" after most words: the Welsh clause's first part
    # must find it either way.
    welsh = _part(next(parts[0] for _, parts, _ in concern_plans.CLAUSES if "cadw" in parts[0]))
    assert welsh.search(normalise("Dw i'n hel tabledi ers wythnosau"))
    assert welsh.search(normalise("Dw i wedi bod yn hel tabledi ers wythnosau"))
