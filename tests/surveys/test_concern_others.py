"""Harm told as someone else's, or as a plan: neglect, abuse, trafficking, an unsafe home.

The ninth hand's corpus (``tests/corpora/ninth_hand``) moves every serious line away from "this
is happening to me now": to a little sister still at mum's, a friend in the same home, a cousin,
a mother or a baby, or to a plan, a date or something starting again. The clauses in
``surveys/concern_others.py`` and ``concern_others_home.py`` read who did what to whom under the
shift; their fresh wordings are batches oa to of of ``adversarial.txt`` (first sight, rules
alone, urgent: 17/60), and their ordinary twins the block "not me, not now" of
``near_misses.txt``. Here: fresh disclosures each beside an ordinary twin in the nearest words
(read by ``test_concern_rule_twins.py``), more fresh wordings, two split over messages (read by
``test_concern_split_twins.py``), the batches and the block whole, and every clause reached.
"""

from __future__ import annotations

import itertools
import re

import pytest

from surveys import concern_others, concern_others_home
from surveys.concern_clauses import _meeting, compile_part
from surveys.concerns import URGENT, detect, normalise
from tests.surveys.chats import batch_texts

MODULES = (concern_others, concern_others_home)
# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("neglect", "oa"): 10, ("sexual_abuse", "ob"): 10, ("emotional_abuse", "oc"): 12,
    ("domestic_abuse", "od"): 6, ("trafficking", "oe"): 10, ("unsafe_home", "of"): 12,
}

# A fresh disclosure in no corpus, urgent from the rules alone, and an ordinary answer in the
# nearest words that must raise nothing. Read by test_concern_rule_twins.py.
PAIRS = [
    ("my nephew is 6 and his dad leaves him on his own all weekend while he goes to work away",
     "my nephew is 6 and his dad leaves him with his nan all weekend while he goes to work away"),
    ("my little brothers carer keeps forgetting his inhaler and he had an attack and went to "
     "hospital",
     "my little brothers carer keeps forgetting his coat and he had to borrow one at school"),
    ("mam is passed out drunk all day so my sister has to look after the babies",
     "mam is at work all day so my sister has to look after the babies till tea"),
    ("my cousin says her step dad makes her take her top off so he can look at her, shes 7",
     "my cousin says her step dad makes her take her coat off so she can sit down, shes 7"),
    ("my uncle plays the tickle game with my sister under the duvet and says its a secret",
     "my uncle plays the tickle game with my sister under the duvet and she laughs her head off"),
    ("nain says if i tell my social worker shell burn all my stuff",
     "nain says if i tidy my room shell buy me new stuff"),
    ("my mates mum calls her a waste of space every day",
     "my mates mum calls her a superstar every day"),
    ("my sister isnt allowed to talk for the whole day when she answers back and theyll pretend "
     "shes not there",
     "my sister isnt allowed to talk during the whole film cos she spoils it"),
    ("my step dad says hes going to stab my mum on her birthday",
     "my step dad says hes going to surprise my mum on her birthday"),
    ("my aunty keeps my cousins passport and she cleans for her friend and gets no money",
     "my aunty keeps my cousins passport in a drawer till their holiday to spain"),
    ("the man who brought me here is asking my friends where i live now",
     "the man who brought me here in the taxi was really kind and spoke my language"),
    ("my friends foster dad walks in on her in the shower all the time",
     "my friends little brother walks in on her in the shower all the time"),
    ("the lock on my door is broken and one of the older lads says hes coming in tonight",
     "the lock on my door is broken and one of the staff says hes coming in tomorrow to fix it"),
    ("my exs mate left a knife on my pillow",
     "my exs mate left a note on my pillow saying sorry"),
]

# More fresh wordings, each urgent on its own: a shape the batches reach only once or not at all.
FRESH = [
    ("sexual_abuse", "the man at my supported lodgings keeps telling me to lie on his bed when he "
                     "helps with forms, says next time well shut the door"),
    ("sexual_exploitation", "my mates landlord told her if shes short on rent she can pay him "
                            "in other ways, hes coming round friday"),
    ("emotional_abuse", "Mae Dad yn dweud bydd e'n llosgi fy nillad i gyd os dw i'n dweud wrth yr "
                        "athrawes"),
    ("emotional_abuse", "my sisters foster carer tells her every day shell end up like her mum, on "
                        "drugs and dead"),
    ("domestic_abuse", "when i move to his family next month they say i cant see my friends, no "
                       "phone, only cook and clean"),
    ("trafficking", "the boss took my friends id and made her work every night in the kitchen"),
    ("trafficking", "my brother sleeps in the back of the barbers and all the money goes to the "
                    "man"),
    ("trafficking", "my cousin lives with a family, they make her work in their shop and send "
                    "her to their uncle in Luton, she gets nothing"),
    ("trafficking", "my friend was taken from Hull to Leeds to Bristol by some lads and didnt know "
                    "where she was"),
    ("trafficking", "my friend has to work till the debt is paid, they say another year"),
    ("unsafe_home", "the lad next door says give him my phone or he will come round and smash the "
                    "place"),
    ("unsafe_home", "a man who used to work at my old childrens home keeps turning up outside my "
                    "new placement"),
    ("unsafe_home", "my step dad lets his mate stay over and he keeps walking in on me in the "
                    "shower"),
]


@pytest.mark.parametrize(("category", "text"), FRESH)
def test_fresh_wordings_are_urgent_in_their_own_category(category: str, text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == URGENT, text
    assert category in found.categories, found


# One disclosure over several messages, and ordinary messages that share its words.
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["hows your brother", "hes still at mums",
      "she goes out and leaves him on his own all night, hes 6"],
     ["hows your brother", "hes still at mums",
      "she goes out and leaves him with nan all night, hes 6"]),
    (["my mate from college", "some men took her passport",
      "and make her work nights in a nail bar"],
     ["my mate from college", "lost her passport on holiday",
      "and got a new one in time for her nail bar course"]),
]


def test_every_clause_is_reached_by_a_line_written_for_it() -> None:
    # A clause no wording reaches is dead weight, or a typo in one of its parts: each was
    # written for a shape in the fresh wordings of batches oa to of or a twin's disclosure.
    texts = [normalise(text) for text in batch_texts(BATCHES)]
    texts += [normalise(disclosure) for disclosure, _ in PAIRS]
    texts += [normalise(text) for _, text in FRESH]
    rules = [(category, parts) for module in MODULES for category, parts, _ in module.CLAUSES]
    rules += [(category, (phrase,)) for module in MODULES
              for category, phrases in module.PHRASES.items() for phrase in phrases]
    unreached = [(category, parts[0][:40]) for category, parts in rules
                 if not any(all(compile_part(part).search(text) for part in parts)
                            for text in texts)]
    assert unreached == []


def test_a_medicine_the_child_forgot_is_not_one_kept_from_them() -> None:
    # Found by a review: the rule read "forgot" with nobody but the child doing it.
    for text in ("I forgot my inhaler at PE and had an asthma attack, the teacher had a spare",
                 "I forgot my hay fever tablets and ended up sneezing all day"):
        assert detect(text, learned=False) is None, text
    found = detect("mum forgot my sisters epilepsy tablets again and she had a fit", learned=False)
    assert found is not None and found.level == URGENT


# Ordinary answers written beside every rule here (a review's, then one or more per rule, each
# using the rule's own words innocently: a snake fed once in ten days, a coat left at a friend's,
# a brother in bed on an inset day, a tickle fight, a secret den, a ball that hurt, a tent in the
# garden, a carer who holds a bank card, a water fight, a wave, nan with squash, a twelve-hour
# shift, a passport in the safe, a lock fixed by the landlord, fifa with the lads, a cat on the
# bed, a rounders bat, a photocopied ID), which the rules made urgent until narrowed.
REVIEWED = [
    "He swings the bat around at us in rounders.",
    "Mum made me take my coat off because the baby was asleep.",
    "The baby has a temperature and mum can't get a doctor till Monday so we went to the pharmacy.",
    "I forgot my hay fever tablets and ended up sneezing all day.",
    "I forgot my inhaler at PE and had an asthma attack, the teacher gave me the spare.",
    "I left my headphones at dad's over christmas so I played with my little brother all week.",
    "My friend left her coat at mine and walked home on her own, she is 11.",
    "Our snake only needs to eat once every ten days, the pet shop man said.",
    "We let the tortoise eat once every few days while he gets ready to hibernate.",
    "I only ate once in 2 days when I had the sickness bug but I'm better now.",
    "Roedd Mam yn rhoi ei llaw dan fy nillad i weld os oedd gen i wres.",
    "Mae Nain yn rhoi ei llaw yn fy nillad i weld os ydyn nhw'n sych.",
    "At the rescue centre we put them in the dogs kennel at night and give them a biscuit.",
    "My sister made us go in the dog kennel for a photo, it was so funny.",
    "In EastEnders Phil said Ben is dead to the family lol.",
    "In the play my character is dead to the family after he steals the money.",
    "The coach left my brother on his own to practise penalties, he is 9, he loved it.",
    "My sister is 11 and mum leaves her on her own after school till she gets in from work.",
    "Mum left her phone at nans and went home on her own, my brother is 8 and stayed with nan.",
    "Mum left my brother with my big sister over Easter, she is 22 and took him to the zoo.",
    "We left our tent on its own for two nights at the festival and nobody touched it.",
    "Dad left me with my cousins for a few days at Christmas and we built a snowman.",
    "My dad doesn't come home for 3 nights when he's driving the lorry, so I help mum feed "
     "the baby.",
    "My carer never forgets my insulin, she's brilliant, even when we went to hospital.",
    "Mum forgot my tablets so we drove back and got to the hospital appointment late.",
    "The nurse forgot my inhaler on the trip but I didn't have an attack, I was fine.",
    "Mae Mam wedi anghofio moddion Taid felly aethon ni i'r ysbyty i'w nol.",
    "Dw i'n anghofio tabledi weithiau ond dw i ddim yn cael ffit.",
    "When dad had covid he stayed in bed all day and we didn't go to school for a week.",
    "The baby has a rash from teething, no doctor needed the nurse said.",
    "The baby had a temperature for 2 days and we can't get a doctor till Monday so we went "
     "to the pharmacy.",
    "Dad's sleeping in his van all winter while he works on the motorway, then he's back home.",
    "The nurse made my sister take her top off for her jab, she is 7.",
    "PE teacher made us take our socks off so they could check for verrucas, my brother is 8.",
    "Miss made us watch videos of people doing things to help the planet.",
    "We played the tickle game under the duvet at the sleepover, don't tell mum we stayed "
     "up till 2.",
    "Mr Jones asked me to come on my own to the special room to do my reading.",
    "My brother wants me to come round on my own so he can show me his secret den in the woods.",
    "What she did to me at the party was so funny, she put cake on my face, and she's going "
     "to do the same to my brother on his birthday.",
    "I know what they did to us on the trip, they hid our shoes, and they did the same to "
     "my cousins.",
    "My sister told me to sit on her bed and close the door so we could watch a film.",
    "My brother told me to sit on his bed and shut the door so the dog doesn't get in, "
     "we're playing xbox.",
    "We're sleeping in the garden in the tent like last time.",
    "My carer said she'll burn the toast if I talk to her while she cooks.",
    "Mum says she'll bin all my stuff if I go to the party without tidying my room.",
    "Mae Nain yn rhoi fy nillad yn y peiriant golchi os dw i'n dweud eu bod nhw'n fudr.",
    "Mae Mam yn taflu fy nillad i'r golch os dw i'n dweud bod nhw'n drewi.",
    "Pride was amazing, my mate is gay and said he'd rather he was dead than miss it next year.",
    "My cousin came out as bi and my nan said she'd rather I was there than anyone.",
    "Our PE lesson was useless, the teacher got called away again.",
    "Everyone thinks it's stupid that the match got called off again.",
    "My nan says I will end up like my mum, she runs every day.",
    "My aunty says I'll end up like my mum, a nurse, cos I'm dead good at science.",
    "Nan says I'll end up like my dad, he works at the prison as an officer.",
    "My sister isn't allowed to talk for the whole day on her sponsored silence, she's 9.",
    "On the sponsored silence I wasn't allowed to talk for the whole day, my mates act like "
     "I'm not there lol.",
    "My carer said she'll ring social services tomorrow if I want to see my sister, they "
     "take the kids to contact on Saturdays.",
    "When I'm grounded I can't see my friends, mum will take my phone and if I complain "
     "it's another week.",
    "On DofE I can't see my friends, no phone allowed, and we only cook and clean for ourselves.",
    "My carer keeps my bank card and gives me pocket money if I behave.",
    "My carer keeps my bank card till I'm 18 cos she says I'm too young to have it.",
    "My uncle and cousins had a water fight with bottles and I slipped and went to A&E.",
    "Mum smashed a glass washing up and there was blood everywhere so dad took her to A&E.",
    "My brother says he will end my mum at Mario Kart on Saturday.",
    "We went to the beach, a wave knocked mum over, then we had a drink at the cafe.",
    "In rugby my brother pushed him over and then had a drink of water at half time.",
    "Mum and her boyfriend are always arguing, he works at the hospital and she hates his shifts.",
    "Dad and his girlfriend are going at it on the karaoke, screaming the songs lol.",
    "My mum's ex is coming round to finish what he started before on the decking.",
    "Mum puts fairy liquid in my water bottle to wash it.",
    "Dad put bleach in my water bottle to clean it cos it was mouldy.",
    "Nan came for us at school with a bottle of squash.",
    "The barber came at me with the scissors and gave me a skinhead lol.",
    "Mum left a knife on the bed when she was cutting the tags off my new clothes.",
    "My brother left the knife on my bed after making toast, mum went mad.",
    "My dad works 12 hours on Saturday so I can't go out.",
    "My carer keeps my passport in the safe and I volunteer at the charity shop for no "
     "money on Saturdays.",
    "Mum keeps the passports in the drawer and I washed cars for free for charity.",
    "My foster carer keeps my passport in the safe, she works nights at the hospital.",
    "In the film the police found a cannabis farm in the loft and the men were locked in "
     "the back of the van.",
    "We learned about a cannabis farm in citizenship, they couldn't leave because the police came.",
    "Mum makes me work on my homework every day and I get nothing for it, then she sends me "
     "to nans.",
    "The lady who brought me here is coming back for me on Friday.",
    "The lady who brought me here asked my carer where I am staying now so she can post my "
     "school books.",
    "Nan's got a juju charm from Ghana for luck, she says if I don't go to work experience "
     "she'll be cross.",
    "We're reading a story about a curse in English, if I don't finish it I have to work at lunch.",
    "I'll get my little sister over here and make her do it instead.",
    "Mum said if I don't tidy she'll bring my little sister over and make her do it instead.",
    "I got offered a job at the hotel in London for summer and had to send them my ID for "
     "the application.",
    "My boss offered me a job at the hotel in London and I have to give them my passport "
     "for the right to work check.",
    "The lock on the shed is broken and the older boys said they are coming in to get the "
     "footballs.",
    "The lock on the toilet is broken and the big girls say they are coming in to do their makeup.",
    "He swings the bat at us in rounders.",
    "The dinner lady took the bat off him cos he was waving it at everyone in rounders.",
    "My cat sits on my bed when I'm asleep, my friend thinks it's cute.",
    "My uncle sits on my bed and reads me a story, he's never drunk, he's my favourite.",
    "Mum said give her my phone or she will come up and take it at bedtime.",
    "I give him my dinner money or he will get told off for losing his, he's my brother.",
    "Nan's friend is not my carer but she's living with us for a bit, don't tell my brother "
     "it's a surprise.",
    "Mum's ex is a builder and sent me a photo of our new front door he fitted.",
    "My dads family sent me a picture of my house on google maps, they found it funny.",
    "My little brother keeps walking in on me in the bath and my carer told him off.",
    "My uncle walked in on me getting changed at the swimming pool by accident and went "
     "bright red.",
    "My old keyworker from my old placement keeps turning up at my school to see how I'm "
     "doing, he's nice.",
    "A man who used to be my football coach has started turning up at my new school as a PE "
     "teacher.",
    "The door handle on my bedroom broke and the landlord came back to fix it.",
    "Dad was fiddling with the lock on my window from outside cos it was stuck.",
    "The people from the house where they kept me when I first came, my emergency foster "
     "carers, wait outside school sometimes to say hi.",
    "The woman from the place where they kept us on camp knows my nan.",
    "The staff let the lads in to play fifa and it's my turn next.",
    "The staff let lads in to play pool in the lounge and its my turn next.",
]

# More of them, no longer read by these rules, that rules older than these made urgent (a
# brother "stays in bed all day", "slept in the car", "a secret", "hurt me", "took my ID",
# "didnt know where i was" and the like, each read on its own elsewhere) until those were
# narrowed or set aside (``surveys.concern_everyday_plain``; the pairs are in
# ``tests/surveys/test_concern_set_aside_twins.py``). None of them raises anything from any rule
# now, so none is left that only these modules are held quiet on. A dad who keeps all a young
# person's pay "for the debt" is left out: still read, as money taken by family can be.
QUIETENED = [
    "My dad beats my mum every time at Monopoly.",
    "My little brother hit my mum with a pillow in the pillow fight.",
    "I beat my mum with a perfect score at bowling.",
    "Dad didn't come back for two weeks cos he was working on the oil rig, so I was looking "
     "after my little sister after school with mum.",
    "My brother lies in bed all day on Sundays and I have to cook for myself.",
    "I'm not going to school tomorrow, it's an inset day, and my brother stays in bed all day.",
    "We slept in the car on the way to Scotland because there was nowhere else to stop.",
    "The doctor made me take my top off so they could look at my rash.",
    "My nan used to do things to me like plait my hair, and I'm going back there for Easter.",
    "The physio used to touch me on my knee to check it, I'm going back there next week.",
    "In art we looked at pictures of people with no clothes on, old statues, and sir made "
     "us look closely.",
    "We had a secret midnight feast under the covers at the sleepover and a tickle fight.",
    "My little cousins love the tickle game under the blanket, it's our secret handshake after.",
    "My friend wants me to come round on my own to see our secret den.",
    "The landlord said we could pay the rent another way if the card machine is broken.",
    "Our landlord is nice, he said mum can pay him another way this month, she's doing his garden.",
    "My brother kicked the ball and it hurt me down there.",
    "My brother landed on me and hurt me down there at football.",
    "Dad made us sleep in the garage on the camp beds when the cousins came, it was fun.",
    "My carer said she'd bin my old trainers if I told her they hurt.",
    "My brother called me stupid again cos I lost at Mario Kart.",
    "My brother doesn't speak to me for weeks when I beat him at fifa, he only talks to my "
     "sister lol.",
    "My sister won't talk to me for days after an argument, then we sleep in the same bed again.",
    "In PSHE we learned if you see a baby being hurt you can ring social services and they "
     "take the baby somewhere safe.",
    "Dad's going to kill my mum at Monopoly tonight, he's got all the hotels.",
    "My ex texted to say he'll come round and finish what he started last time on the Lego "
     "set lol.",
    "Dad has to work extra shifts till the debt is paid off on the car.",
    "My brother works at the chippy until his debt is paid off for the phone he broke.",
    "My sister is 12, she does all the cleaning at home and mum doesn't pay her, it's her chores.",
    "My brother doesn't go to school on Fridays, he does all the cleaning at the gym for no "
     "money as work experience.",
    "I'm working 12 hours at the festival and we're not allowed to leave the site till the end.",
    "The manager took my ID to check my age and made me work the till first.",
    "At my Saturday job in the salon all the money goes to the boss and she pays us on Friday.",
    "My brother works at the car wash and all the money goes to the boss, then he gets his wages.",
    "They make us work on the farm at camp for no money and send me to the kitchen after lol.",
    "We were driven from Leeds to York to Scarborough on the school trip and I didn't know "
     "where I was half the time lol.",
    "We got moved from Cardiff to Swansea to Bristol on tour with the band and I didn't "
     "know where I was.",
    "Grandad got a job at the hotel in London and they took my ID to photocopy.",
    "My mum takes my wages for rent now I'm working, it's only fair, and she's paying off "
     "her credit card debt.",
    "The new lady isn't my carer, she's staying for respite, and the surprise party is a secret.",
]

# Disclosures in new words, a handful per category, that must stay urgent from the rules alone:
# the narrowing has not gutted the rules.
STILL_URGENT = [
    ("neglect", "my little brother is 5 and mum leaves him on his own all night when she goes to "
                "her boyfriends"),
    ("neglect", "dad left me and my baby sister on our own for 3 days over christmas, shes 2"),
    ("neglect", "my aunty never gives my cousin his insulin and he collapsed at school and went "
                "in an ambulance"),
    ("neglect", "mum is always passed out drunk and we dont get any tea, my brother is 6"),
    ("neglect", "my baby has had a fever for 5 days, no doctor cos we're not registered and "
                "nobody will help"),
    ("neglect", "mum says we'll be sleeping in the car again next month cos we've got no house"),
    ("sexual_abuse", "my stepdad makes my sister take her knickers off so he can look at her, "
                     "she is 6"),
    ("sexual_abuse", "my uncle used to do stuff to me and now he is moving back in with us"),
    ("sexual_abuse", "my cousin plays a secret game with my little brother under the covers and "
                     "says dont tell"),
    ("sexual_abuse", "the man at the shop asked me to come round on my own and see his special "
                     "room"),
    ("sexual_abuse", "my little sister says grandad hurts her down there when she stays over"),
    ("sexual_abuse", "my carers son keeps telling me to lie on his bed and says we can shut the "
                     "door next time"),
    ("emotional_abuse", "my step dad puts my brother in the dog cage when he wets himself"),
    ("emotional_abuse", "my foster mum says she'll burn all my drawings if i tell my social "
                        "worker"),
    ("emotional_abuse", "my dad calls me a waste of space every day"),
    ("emotional_abuse", "mum makes me sleep in the shed cos she says i dont deserve a bed"),
    ("emotional_abuse", "my dad says if i come out as gay he'd rather i was dead"),
    ("emotional_abuse", "my nan tells my sister shell end up like her mum, a junkie in prison"),
    ("emotional_abuse", "my boyfriend says if i speak to my sw again he'll ring social services "
                        "and they'll take the baby"),
    ("domestic_abuse", "my dad beats my mum with a belt when he gets home"),
    ("domestic_abuse", "my mum and her boyfriend are fighting again and last time she had blood "
                       "everywhere"),
    ("domestic_abuse", "my stepdad says hes going to kill my mum on friday"),
    ("domestic_abuse", "the grown ups at my dads fight with bottles and my step mum went to "
                       "hospital"),
    ("domestic_abuse", "grandad pushes nan over when hes drunk and says dont tell"),
    ("domestic_abuse", "my mums ex says hell come back and finish what he started before"),
    ("trafficking", "the men took my cousins passport and make her work every night in a car "
                    "wash"),
    ("trafficking", "my friend has to work until the debt is finished, they say"),
    ("trafficking", "my sister is 14 and doesnt go to school, she cooks and cleans for a family "
                    "and they dont pay her"),
    ("trafficking", "a man offered me a job in a hotel abroad and says i must give him my "
                    "passport"),
    ("trafficking", "the men who brought me here found my instagram and keep asking where i am"),
    ("trafficking", "the farm takes my wages for food and every week i owe more"),
    ("unsafe_home", "the lock on my bedroom door is broken and the older lad says hes coming in "
                    "tonight"),
    ("unsafe_home", "my mums boyfriend keeps walking in on my sister in the shower"),
    ("unsafe_home", "the lad upstairs said he will put bleach in my drink"),
    ("unsafe_home", "my foster carers boyfriend waves a knife at us when hes drunk"),
    ("unsafe_home", "my exs mates left a knife on my pillow last night"),
    ("unsafe_home", "the men from the house where they kept me are waiting outside my hostel"),
    ("sexual_exploitation", "night staff let men in and take the girls to their rooms"),
]


def _fires(module_rules: list[tuple[tuple[re.Pattern[str], ...], int]], plain: str) -> bool:
    for patterns, window in module_rules:
        spans = []
        for pattern in patterns:
            found = [m.span() for m in itertools.islice(pattern.finditer(plain), 6)]
            if not found:
                break
            spans.append(found)
        else:
            if _meeting(plain, spans, window) is not None:
                return True
    return False


def _rules_here() -> list[tuple[tuple[re.Pattern[str], ...], int]]:
    rules = [(tuple(compile_part(part) for part in parts), window)
             for module in MODULES for _, parts, window in module.CLAUSES]
    rules += [((compile_part(phrase),), 0x7FFF) for module in MODULES
              for phrases in module.PHRASES.values() for phrase in phrases]
    return rules


def test_the_ordinary_answers_written_beside_the_rules_are_not_urgent() -> None:
    urgent = [text for text in REVIEWED
              if (found := detect(text, learned=False)) is not None and found.level == URGENT]
    assert urgent == []


def test_no_rule_here_reads_an_ordinary_answer_written_beside_it() -> None:
    rules = _rules_here()
    assert [text for text in REVIEWED + QUIETENED
            if _fires(rules, normalise(text))] == []


def test_no_rule_anywhere_reads_the_answers_older_rules_were_narrowed_for() -> None:
    assert [text for text in QUIETENED if detect(text, learned=False) is not None] == []


@pytest.mark.parametrize(("category", "text"), STILL_URGENT)
def test_disclosures_in_new_words_stay_urgent(category: str, text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == URGENT, text
    assert category in found.categories, found
