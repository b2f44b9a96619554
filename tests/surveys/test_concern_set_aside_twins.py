"""Every set-aside's ordinary answers, each beside the disclosure that shares its words.

Each set-aside module's test file writes the ordinary answers it was made for, each with a
disclosure in the same words (``(structure, ordinary, disclosure)``), and the set-asides with no
test file of their own have their pairs written here; they are all read here the one way: the
ordinary answer raises nothing, learned layer included, and the disclosure stays urgent from
the rules alone, so a set-aside never swallows harm.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, detect, detect_across
from tests.surveys import (
    test_concern_everyday_home_life,
    test_concern_everyday_outings,
    test_concern_worries,
)
from tests.surveys.chats import near_misses

# The eighth hand's false alarms (surveys/concern_everyday_jests.py, concern_everyday_secrets.py
# and concern_everyday_reassured.py), in other words, each beside a disclosure in the same words
# whose condition, object or ending turns it back to harm: telling, money, a bag, a place, photos,
# doing what they say, a secret about a man or what happened, anything after the laugh.
JESTS = [
    ("a threat over a console, telling",
     "my bro said he'll kick me if i touch his controller lol he never would tho",
     "my stepdad said he'll batter me if i tell anyone lol"),
    ("a threat over a console, a bag",
     "my brother said he'd batter me if i went on his ps5 haha he always says that",
     "my brother said he'll batter me if i dont hold the bag for him lol"),
    ("a threat over a console, harm after",
     "my big sister says shell strangle me if i use her straighteners again lol",
     "my bro said he'll batter me if i touch his xbox and he broke my arm last time"),
    ("a threat over a console, a man",
     "my cousin said he'd throttle me if i lost his controller lol",
     "the man said he will batter me if i touch his xbox lol"),
    ("a threat over food, money",
     "uncle said hell throttle me if i finish his chocolate again haha we always say that",
     "she said she'll kill me if i dont bring the money"),
    ("a threat over food, hit before",
     "my cousin says he'll punch me if i eat his chips again lol he wont tho",
     "he said he'll kill me if i eat his food again and he hit me with a belt last time"),
    ("a threat over food, kept from eating",
     "mam says she'll murder me if i eat the last yoghurt again lol",
     "dad said he will kill me if i eat his food lol he wouldnt let me eat for two days"),
    ("a threat over food, telling after",
     "grandad said he'll kill me if i eat all the custard creams haha",
     "he said he would kill me if i ate his chocolate and told anyone"),
    ("a threat over waking someone, doing what he says",
     "my sister said she will lock me in the bathroom if i wake her up early again haha she "
     "never would",
     "my stepdad says he'll lock me in the shed if i dont do what he says, he never would tho"),
    ("a threat over waking someone, done",
     "my sister said she'll lock me in the garage if i wake her up on a saturday lol she never "
     "would",
     "my stepdad locks me in the shed if i wake him up"),
    ("a lock over waking someone, only a laugh",
     "my sister said she will lock me in the bathroom if i wake her up lol she always says that",
     "he said he will lock me in the shed if i wake him up early lol"),
    ("a threat over waking someone, last time",
     "my sister said she will lock me in the bathroom if i wake her up early again haha, she "
     "would never",
     "my stepdad says hell lock me in the shed if i wake him up, he wouldnt let me out last time"),
    ("a threat over a test",
     "mum said she'll kill me if i dont pass my driving test lol",
     "he said he'll batter me if i fail my exams and he means it"),
    ("a threat over a team's result",
     "my big brother says hes going to kill me if united lose again lol",
     "my dad said he'll batter me if we lose and he did last time"),
    ("a threat over a relative's wedding, his flat",
     "my sister says she will slap me if i dont come to her wedding haha",
     "he said he will slap me if i dont go to his flat haha"),
    ("a threat over a relative's hen do, a party",
     "my cousin said she'll kill me if i dont come to her hen do lol",
     "my sister said she'll slap me if i dont come to the party with her mates haha"),
    ("a threat over a relative's wedding, photos",
     "my sister says she will slap me if i dont come to her wedding haha",
     "he said he'll kill me if i dont send him pics lol"),
    ("thrown in the pool on holiday",
     "my foster brother says hes going to throw me in the pool on holiday but he always says that",
     "my uncle says hes going to throw me in the river if i tell anyone but he always says that"),
    ("thrown in the sea, never found",
     "dad said he'll throw me in the sea at the beach lol he never would",
     "he said he'll throw me in the sea and no one will ever find me"),
    ("dragged out of bed for college",
     "my carer says she'll drag me out of bed on results day lol she better not",
     "he said he will drag me out of bed at night if i dont do what he says lol"),
    ("an escape room, telling",
     "our team leader said she'll lock us in a room lol it was an escape room for the staff day",
     "my carer said she'll lock us in a room if we tell the social worker lol"),
    ("an escape room, every night",
     "our team leader said she'll lock us in a room lol it was an escape room for the staff day",
     "he said he'll lock me in a room lol it happens every night"),
    ("an escape room, for hours",
     "our team leader said she'll lock us in a room lol it was an escape room for the staff day",
     "at the escape room he locked me in and wouldnt let me out for hours"),
    ("a relative late for a family meal",
     "my nan said she'll kill my grandad if he's late for christmas dinner again",
     "my nan said she will kill my uncle if he is late again, he hits her"),
    ("a relative late for a wedding, a mum late home",
     "my auntie said she will kill my cousin if he is late for the wedding",
     "dad said he will kill mum if she is late home again"),
    ("dying over a test",
     "i'm gonna die if i dont pass my driving test lol",
     "im going to kill myself if i dont pass my exams lol"),
    ("dying over a test, pills",
     "honestly i will die if i fail my maths gcse haha",
     "im going to die if i dont pass my test, i have the pills saved"),
    ("a roof over a team's result",
     "my mate said hes going to jump off a roof if city lose the derby, hes so dramatic",
     "im going to jump off a roof if i fail again, i mean it"),
    ("a roof over a team's result, a friend's goodbye",
     "i will literally die if wales lose tonight lol",
     "my mate said hes going to jump off a roof tonight, he has said goodbye to everyone"),
    ("a cheeky devil over a prank",
     "carer said i was a cheeky devil for putting salt in her tea lol",
     "my carer said i was a little devil and she is going to beat the devil out of me"),
    ("a little monkey over a prank, locked out",
     "my nan called me a little monkey cos i hid her glasses haha",
     "she said i was a little devil because i hid her keys and she locked me out all night"),
]
SECRETS = [
    ("a treat kept from the others, his room",
     "my keyworker said our little secret is i can have an extra biscuit after school lol",
     "he said its our little secret what he does in my room"),
    ("a treat kept from the others, a lap",
     "our little secret is we get ice cream before dinner but dont tell my sister haha",
     "our little secret is you can have sweets if you sit on my lap"),
    ("a treat kept from a mum",
     "our little secret is we get ice cream before dinner but dont tell my sister haha",
     "our little secret is you can have sweets but dont tell your mum"),
    ("cake in the office, money",
     "my carer said dont tell anyone but there's pizza in the freezer for your birthday lol",
     "he said dont tell anyone but there is money in it for you if you carry this"),
    ("cake in the office, a surprise in his car",
     "my carer said dont tell anyone but there's pizza in the freezer for your birthday lol",
     "he said dont tell anyone but there is a surprise for you in his car"),
    ("cake in the office, his flat",
     "the teacher said dont tell anyone but there are sweets in the cupboard for the end of term",
     "he said dont tell anyone but theres cake at his flat if you come round"),
    ("a party for the one not told",
     "mum texted dont tell your brother about his cake its a secret",
     "dad messaged dont tell your mum about the party on saturday its a secret"),
    ("a party for the one not told, older lads",
     "dont tell nan about her present its a surprise",
     "dont tell your sister about her party, the older lads will be there, its a secret"),
    ("a surprise party planned, sleeping at his mates",
     "grandad said keep it a secret we're planning a surprise party for nan",
     "uncle said keep it secret that i sleep at his mates"),
    ("a cake planned, a present for me",
     "aunty said keep it secret she's baking a cake for mums 40th",
     "keep it a secret hes buying a present for me"),
    ("a surprise party planned, a present for me",
     "grandad said keep it a secret we're planning a surprise party for nan",
     "keep it secret they are having a party for me"),
    ("the child's own news, his flat",
     "keep it a secret i got into sixth form until i tell my mum",
     "he told me keep it a secret i went to his flat"),
    ("the child's own news, money",
     "i told my best mate to keep it secret i passed my test till i tell my carers myself",
     "keep it a secret i got the money till i tell him"),
    ("results till they are announced, what happened",
     "we got told not to tell anyone our exam results until the teacher puts them up",
     "got told not to tell anyone what happened at his house"),
    ("results till they are announced, or else",
     "miss said not to tell anyone the score till the head says it in assembly",
     "he told me not to tell anyone my results or he will hurt me"),
    ("a staff discount, cash",
     "my boss said dont tell the customers about the staff discount haha",
     "my manager says dont tell anyone about the cash he pays me, its staff only lol"),
    ("a staff discount, the police",
     "my manager told me dont tell customers about the sale till monday lol",
     "my boss said dont tell the police about the stuff in the back"),
]
REASSURED = [
    ("savings in a tin, a boss",
     "i keep my pocket money in a tin saving for a new phone",
     "my boss keeps my money in a jar and says i owe him"),
    ("savings in a jar, paid back",
     "i keep my pocket money in a tin saving for a new phone",
     "my boss said ok keep my money in a jar till i pay him back"),
    ("savings in a piggy bank, taken",
     "keep my birthday money in a piggy bank for a new bike",
     "keep my money in a jar but he takes it every week"),
    ("hungry from sport and fed well, a locked fridge",
     "i'm hungry all the time cos of swimming training, my foster mum cooks loads",
     "im hungry all the time cos my carers lock the fridge"),
    ("hungry from sport and fed well, a but",
     "im always hungry but thats cos im growing, my carers feed me loads",
     "im hungry all the time cos of training, carers feed me loads but they lock the fridge at "
     "night"),
    ("pins and needles, needles left about",
     "got pins and needles in my leg from sitting on it",
     "there are needles in the bathroom from my mums boyfriend"),
    ("pins and needles, tied",
     "pins and needles in my hand again, the nurse said its normal",
     "pins and needles in my hands because he tied them too tight"),
    ("a worker's question answered no, who was there",
     "the iro asked me if anyone was forcing me to marry and i said no",
     "the social worker asked me if anybody is forcing me to marry, i said no cos my dad was in "
     "the room"),
    ("a worker's question answered no, taken back",
     "my social worker asked if anyone is making me get married, i said no, nobody in my family "
     "would",
     "the social worker asked me if anybody is forcing me to marry, i said no but they are"),
    ("a lesson about pictures, a man after",
     "in pshe sir said if anyone online asks for photos you block them and tell a teacher",
     "we did pshe and miss said if anyone asks for pics you tell a grown up but a man online "
     "keeps asking me for pics"),
    ("a lesson about pictures, a man before",
     "we learned in assembly that if someone asks for photos you tell a grown up",
     "a man asked me for pics, in pshe miss said if anyone asks for pics you tell a grown up so "
     "im telling you"),
    # Errands: medicine from the chemist or kept for hay fever, a school trip paid for.
    ("tablets from the chemist, all at once",
     "i am collecting my meds from the chemist tomorrow",
     "i am collecting my meds from the chemist and saving them to take all in one go"),
    ("hay fever tablets kept, all at once",
     "im saving my hay fever tablets for the summer",
     "im saving my hay fever tablets for the summer and then im taking them all at once"),
    ("a school trip paid for, a journey owed",
     "i have to pay for the school trip by friday",
     "i have to pay for the school trip by friday but i still owe the men for my journey"),
]
# The ninth hand's false alarms (a present the child gives, the child's own wish to be adopted, a
# tattoo at an adult age, cadets' air rifles, a film for a course, a job wished for when older, a
# knock at football, a skate trick from the older ones in the home, a threat in jest over
# straighteners or a console), in other words, each beside a disclosure in the same
# words whose giver, object, floor or ending turns it back to harm.
NINTH = [
    ("a present the child gives, one given to the child",
     "keeping a secret about what i got my sister for her birthday, its a hoodie",
     "im keeping a secret about what he bought me for christmas"),
    ("a present the child gives, a man's money",
     "i have a secret about what i made my nan for mothers day haha",
     "im keeping a secret about what i bought my brother for christmas, its a lego set, the man "
     "at the flat gave me the money for it"),
    ("a present kept till it is opened, a man's",
     "i have to keep the present a secret till he opens it on sunday",
     "i have to keep the present a secret till she opens it, the man from the park gave it me"),
    ("asking a carer to adopt, asking a man",
     "keep it a secret but im going to ask my carers if they will adopt me",
     "keep it a secret but im gonna ask the man if he'll adopt me"),
    ("asking a nan to keep the child, a man after",
     "keep this a secret but im gonna ask my nan if she'll keep me for good",
     "keep it a secret but im gonna ask my foster mum if she'll adopt me, the man at the park said "
     "he would if she doesnt"),
    ("a sister's tattoo at 22, a boyfriend's",
     "my sister got a tattoo of a rose, shes 22 so shes allowed",
     "my boyfriend got a tattoo of my name, hes 19 so hes allowed"),
    ("a cousin's tattoo at 20, one he got the child",
     "my cousin has a new tattoo on his arm, hes 20 so hes old enough",
     "my cousin got me a tattoo of his name, hes 24 so its allowed"),
    ("air rifles at cadets, for the olders",
     "my sister does shooting with air rifles at cadets on a tuesday",
     "my brother is in the army cadets and they do shooting with air rifles for the olders"),
    ("a shooting night at cadets, a real gun",
     "shooting competition at sea cadets saturday, its only air rifles",
     "shooting practice at air cadets then the man gives me a real gun to hold"),
    ("a film for a course, for the olders",
     "we are shooting a student film for our media course at the beach",
     "shooting a short film for the olders at the old station"),
    ("a film for a course, cash",
     "shooting a music video for my college project in the park",
     "shooting a short film for my media course at the old station, the man pays us cash"),
    ("a job wished for when older, an older man",
     "my mate wants to be a firefighter when hes older",
     "my friend in the home is seeing a police officer, hes older"),
    ("a job wished for when older, photos",
     "my little brother wants to become a footballer when he gets bigger",
     "my friend in the home wants to be a footballer when hes older, the man takes photos of him"),
    ("a knock at football, till purple",
     "my cousin kicked me in the ankle playing football and now its swollen lol",
     "my brother kicked me in the stomach till i was purple"),
    ("a knock at football, at the park",
     "my cousin kicked me in the ankle playing football and now its swollen lol",
     "my stepdad kicked me in the leg at the park"),
    ("a knock at rugby, told what to say",
     "my brother kicked me in the knee at rugby haha",
     "my bro kicked me in the shin playing footie and said i have to say i fell"),
    ("a skate trick from the older ones, hiding stuff",
     "the older boys at the home showed me how to do an ollie",
     "the older lads at the home taught me how to hide stuff in my boxers"),
    ("a skate trick from the older ones, owed",
     "the older lads at the skatepark taught me how to do a heelflip",
     "the older lads at the home taught me how to kickflip and now i owe them"),
    ("a threat over a hoodie found out, telling",
     "my sister is going to kill me when she finds out i wore her hoodie lol",
     "my housemate is going to kill me when she sees i told my social worker lol"),
    ("a threat over pizza found out, hit before",
     "my flatmate is going to murder me when he sees i ate his pizza haha",
     "my housemate is going to kill me when she sees i used her straighteners lol she hit me last "
     "time"),
    ("off the balcony on the ground floor, telling",
     "my housemate says if i touch her straighteners again shes throwing me out the window lol, "
     "were on the ground floor",
     "my flatmate says hes throwing me off the balcony if i tell anyone, were on the 9th floor"),
    ("off the balcony in jest, a high floor",
     "my brother said if i touch his ps5 again hes chucking me off the balcony haha he always says "
     "that",
     "flatmate says if i touch his xbox again hes throwing me off the balcony lol, were on the 9th "
     "floor"),
]

# The tenth hand's false alarms (surveys/concern_everyday_days.py, a secret present in
# concern_everyday_secrets.py, a grown brother's age in concern_everyday.py, staying safe in
# concern_clauses.py): a power cut in a storm, a night in the car when camping, a water fight's
# pool, a fast, a boyfriend of the same age, a safety talk's advice, a deep end feared, anger at a
# game, a play's sad ending, in other words, each beside a disclosure in the same words.
TENTH = [
    ("a power cut in a storm, no money for the meter",
     "the lights went out in the thunderstorm so we got the candles out and told ghost stories",
     "the electric went off in the storm and theres no money for the meter, weve been on candles "
     "for a week"),
    ("a power cut in the snow, left alone",
     "power went off at our flat during the snow and we had a torch and played uno, it was fun",
     "the power went off in the snow and its still off, mum has not paid, we have candles"),
    ("a night in the car camping, thrown out",
     "we went camping in wales and the tent blew down so we slept in the car one night haha",
     "we went camping and mum kicked us out of the tent so we slept in the car for a week"),
    ("a night in the car at a festival, nowhere",
     "at the festival it poured so me and my carer slept in the car one night, still fun",
     "after the festival we had nowhere to go so we slept in the car every night"),
    ("pushed into the pool at a water fight, held under",
     "we had a water fight at the youth club and one of the workers pushed me into the pool lol",
     "at the water fight the man held my head under the water till i couldnt breathe"),
    ("pushed into the pool at a water fight, and then hurt",
     "big water fight at the home, my keyworker pushed me in the paddling pool haha",
     "there was a water fight and the staff pushed me into the pool and then kicked me"),
    ("hungry in a fast, no food given",
     "its ramadan so im fasting and i get really hungry in lessons but its worth it",
     "its ramadan but even at night she doesnt give me food, im hungry all the time"),
    ("hungry in a fast, made to",
     "doing the fast for lent, giving up crisps, i feel a bit hungry at lunch lol",
     "im fasting for lent but my carer locks the fridge all the time and im starving"),
    ("a boyfriend the same age, an older one",
     "my girlfriend is 20, same age as me, we met on my course",
     "my boyfriend is 19 and im 14, he picks me up from school"),
    ("a boyfriend the same age, gifts",
     "my boyfriend is 21 same as me and my PA has met him",
     "my boyfriend is 24, im 15, he buys me vapes"),
    ("a grown brother's flat, a man in it",
     "went round my sisters new flat, shes 22 and she made me pasta",
     "went round my brothers flat and this man was there, he is 30 and he gave me weed"),
    ("the advice of a safety talk, someone who did ask",
     "a lady came to school and said always tell a trusted adult if someone asks for pictures",
     "a man on roblox asks for pictures of me and says dont tell"),
    ("a safety talk, staying with strangers",
     "we had a talk about staying safe online and not meeting strangers from games",
     "i have been staying at a house with strangers i met online"),
    ("a fear of the deep end, then a carer's kind word",
     "we are doing the high diving board which im a bit scared of. my carer said shell come and "
     "watch",
     "i am really scared of my carer, she says she will hit me if i tell"),
    ("anger at a game, anger at home",
     "in minecraft a creeper blew up my whole castle and i was so angry i had to start again",
     "my stepdad smashed my xbox and hit me and i was so scared"),
    ("a sad ending to a play, a death at home",
     "in drama we did romeo and juliet and they die at the end which is really sad",
     "my mum took all her tablets and i found her, i want to die too"),
    ("a secret present for a foster sister, a man's money",
     "im planning a secret present for my foster sister, its a hamster and she has no idea",
     "im planning a secret present for my foster sister, the man at the flat gave me the money"),
    ("a cake for a friend's birthday, a secret kept from a carer",
     "made a cake for my friends birthday, its a secret surprise",
     "he said its our secret and i cant tell my carer what he did"),
]

# Ordinary answers a review wrote that older rules still made urgent (concern_frames,
# concern_everyday_secrets, concern_everyday_days): a brother in bed all day in the holidays, a
# night in the car on the way somewhere, a secret den or midnight feast, a ball that hurt, an ID
# copied for a job; each beside a disclosure in the same words.
REVIEW = [
    ("a brother in bed all day, a mum",
     "its half term and my big brother stays in bed all day gaming",
     "my mum stays in bed all day and theres no food in"),
    ("a night in the car on the way, a week in it",
     "we slept in the car on the way to cornwall, it was a long drive",
     "we slept in the car for a week because mum got kicked out"),
    ("a secret den, a man's photos",
     "me and my mate made a secret den in the woods behind school",
     "our secret den is where the man from the park takes photos of us"),
    ("a secret midnight feast, what he did",
     "we had a secret midnight feast at the sleepover, crisps and haribo",
     "its our secret, he said i cant tell my carer what he did"),
    ("a ball that hurt, on purpose",
     "my brother kicked the ball and it hit me in the face lol",
     "my dad kicked the ball and it hit me on purpose"),
    ("an ID copied for a job, not given back",
     "my uncle got a job at the warehouse and they took his ID to photocopy",
     "they took my ID to photocopy and never gave it back and now i work for them for free"),
]

TABLES = (
    ("outings", test_concern_everyday_outings.PAIRS),
    ("home_life", test_concern_everyday_home_life.PAIRS),
    ("worries", test_concern_worries.NARROWED),
    ("jests", JESTS),
    ("secrets", SECRETS),
    ("reassured", REASSURED),
    ("ninth", NINTH),
    ("tenth", TENTH),
    ("review", REVIEW),
)
CASES = [
    pytest.param(structure, ordinary, disclosure, id=f"{name}-{structure}")
    for name, table in TABLES
    for structure, ordinary, disclosure in table
]


@pytest.mark.parametrize(("structure", "ordinary", "disclosure"), CASES)
def test_the_ordinary_answer_is_set_aside_and_the_disclosure_is_not(
    structure: str, ordinary: str, disclosure: str
) -> None:
    assert detect(ordinary) is None, f"{structure}: {detect(ordinary)}"
    found = detect(disclosure, learned=False)
    assert found is not None and found.level == URGENT, f"{structure}: {found}"


SET_ASIDE_HERE = [*JESTS, *SECRETS, *REASSURED, *NINTH, *TENTH, *REVIEW]


@pytest.mark.parametrize(
    ("structure", "ordinary"),
    [(structure, ordinary) for structure, ordinary, _ in SET_ASIDE_HERE],
    ids=[structure for structure, _, _ in SET_ASIDE_HERE],
)
def test_the_ordinary_answer_stays_set_aside_beside_another_message(
    structure: str, ordinary: str
) -> None:
    # A chat reads each message joined with the ones before it (detect_across): a set-aside that
    # ended on the end of the text would raise the alarm on whatever the child sent next.
    assert detect_across([ordinary], "school was ok today") is None, structure
    assert detect_across(["school was ok today"], ordinary) is None, structure


def test_the_ninth_hands_false_alarms_in_other_words_are_all_here() -> None:
    block = near_misses("# --- the ninth hand's false alarms in other words")
    assert len(block) == 25, len(block)
    assert {ordinary for _, ordinary, _ in NINTH} <= set(block)


def test_the_tenth_hands_false_alarms_in_other_words_are_all_here() -> None:
    block = near_misses("# --- the tenth hand's false alarms in other words")
    assert len(block) == len(TENTH), len(block)
    assert {ordinary for _, ordinary, _ in TENTH} == set(block)
