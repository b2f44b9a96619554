"""Sexual abuse and exploitation told behind a grown-up's cover story (the twelfth hand's shape).

``surveys/concern_euphemism_body.py`` reads each cover (a check, wash time, a blessing, pictures
"for his collection", a tuck-in, his pet name, a gift paid back, a drink before a night the child
cannot account for, "dates") beside the part that makes it harm. Its fresh wordings, written
before the rules, are batches qm to qp of ``adversarial.txt`` (first sight, rules alone, urgent:
11/27; every line checked urgent with every batch), its ordinary neighbours the block "the twelfth
hand's cover stories" of ``near_misses.txt`` (every line checked silent). Here: a disclosure in
words neither uses beside its ordinary twin, one split over messages beside its twin, the batches
and the block whole, and each rule's words as the text has them.
"""

from __future__ import annotations

from tests.surveys.chats import raising

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("sexual_abuse", "qm"): 7, ("sexual_abuse", "qn"): 7,
    ("sexual_exploitation", "qo"): 7, ("sexual_exploitation", "qp"): 6,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # pictures of a child undressed, kept or paid for
    ("the man who lodges with us takes videos of me in my knickers and gives me sweets after",
     "my auntie takes videos of me in my new dress and gives me sweets after"),
    # a pretext that needs the child bare
    ("my carers dad says he has to see if im a woman yet when im in the shower",
     "my carers dad says he has to see if im a fan yet when im in the car"),
    ("the pastor says the cleansing has to be done naked and he kept the photos",
     "the pastor says the cleansing of the font is done on sunday and he kept the photos"),
    # a bedtime visit under the covers; done while asleep
    ("my step brother gets under my duvet when he tucks me in and says its our secret, im 12",
     "my step brother gets under my duvet when we watch films and says its cosy, im 12"),
    ("my uncle does the thing to me while im asleep and i keep my eyes shut till he stops",
     "my uncle does the washing up while im asleep and i keep my eyes shut till the alarm"),
    # sore after his game; alone in his bed; videos to copy
    ("my front bottom stings after the man next door plays his special game with me",
     "my front teeth sting after the man next door plays his special game of conkers with me"),
    ("the man at the chippy wants me to sleep in his bed to say thank you for the chips",
     "my little brother wants to sleep in my bed to say thank you for the chips"),
    ("he shows me naughty videos and tells me to do what they do",
     "he shows me funny videos and tells me to do what they do, its a dance trend"),
    # exploitation: a gift paid back, flattery and a flat, a sugar daddy, dates
    ("the older boys bought me a vape and now i have to keep their mates company in the bedroom",
     "my big sister bought me a hoodie and now i have to keep her room tidy for a month"),
    ("a man at the bus station said im so mature for 13 and gave me his flat address, dont tell",
     "my coach said im so mature for 13 and gave me the captains armband, im buzzing"),
    ("my sugar daddy from snap wants me to meet him at a hotel on friday",
     "my mate joked she wants a rich husband and we laughed all the way to the hotel pool"),
    ("the woman at the hostel books me dates with older guys and keeps half",
     "the woman at the hostel books me shifts at the cafe and keeps the rota"),
    # rules no batch line reached: tickling, made to touch, a nonce at home, his bath, a strange
    # flat, come alone and filmed, another new man
    ("my uncle does special tickling when nan goes to bingo and i hate it",
     "my uncle does special effects for films when nan goes to bingo and i love it"),
    ("the big boy at the pool makes the younger kids touch him in the changing room, says if we"
     " tell hell drown us",
     "the swim teacher makes the younger kids touch the wall at each end, says if we cheat we start"
     " again"),
    ("theres a pdf file living at our flat, my mums new fella, hes been in my bed",
     "theres a pdf file on our flats wifi, my mums new fella, hes printing it for me"),
    ("the old man on the landing pays me to help him in the bath and locks the door",
     "the old man on the landing pays me to help him in the garden and locks the shed after"),
    ("the olders gave us cans in the car and we woke up in a strange flat",
     "my cousins gave us cans of coke in the car and we woke up at the caravan by the beach"),
    ("some older guys said come round to theirs alone and theyll film me, they gave me money",
     "my cousins said come round to theirs after school and theyll film my dance for tiktok"),
    ("another party at the flat tonight, another new man i dont know",
     "another party at the flat tonight, my mums new friend is bringing cake"),
]

# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did): the rules alone made 5 of 7 urgent; "swimming knickers" and "a
# proper girl yet" were then read as well.
SECOND_PROBE = [
    "my foster dads brother takes photos of me in my swimming knickers and gives me a fiver after",
    "the caretaker says he has to check if im a proper girl yet when im getting changed for PE",
    "mums boyfriend does bed checks on me after lights out and says nobody will believe me",
    "the man at the garage lets me have free crisps if i sit on his lap and be grateful",
    "my older bf buys me weed and says i owe him so i have to be nice to his cousins at the party",
    "they give us vodka at the flat and i wake up in a strangers bed",
    "a man on snap says im so mature for 12 and wants to meet me alone at the park, dont tell my"
    " mum",
]


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["school was ok", "mums friend takes pics of me", "in my pants for his collection"],
     ["school was ok", "mums friend takes pics of me", "in my football kit for the club"]),
    (["the lads at the flat are sound", "they give me free lifts", "if i do favours for them"],
     ["the lads at the flat are sound", "they give me free lifts", "if i chip in for petrol"]),
]


# Ordinary answers a review wrote in each rule's own words after the rules were first written,
# which some of them made urgent until narrowed (a gran's album, a dad's tuck-in, a cast in the
# bath, a sore bum after a game, a dance at a care home, an uncle's car, the back room of a shop,
# drinks at a party, an academy meeting, a baby passed round, cider at a wedding). Those another
# module's rules still make urgent are left out (a brother in my bed, free food from the older
# boys, trainers for a birthday).
REVIEWED = [
    "grandma took pics of us in the bath for their album when we were babies",
    "the doctor checks if im developing ok, mum walks in with me",
    "mum still baths me when i have a cast and i can do it myself really",
    "dad washes me in the bath cos ive got a broken arm, im 10",
    "dad tucks me in and his hand goes under the duvet to tickle my feet, im 12",
    "my bum is sore after the game yesterday, i fell on the pitch",
    "we did a dance for them to say thank you at the care home",
    "i always feel sick alone in his car on long drives, my uncle drives fast",
    "my cousin gives me free food if i help in the back room of the shop",
    "at my uncles party the men gave us drinks and we went to the bedrooms to sleep",
    "my coach says im mature for my age and wants to meet me and mum about the academy",
    "the baby got passed around at the hotel party by all the aunties",
    "my cousins gave us cider at the wedding and i woke up in a different room",
    "my stepdad says night night and turns the big light off, im 13",
    "the lodger helps me with my maths homework at his desk on my own while mum cooks",
    "the night staff check on me after lights out to make sure im ok",
    "the coach filmed me at the swimming gala in my costume on his phone",
    "my nan takes pics of me in my pyjamas and puts them on her facebook",
    "my little sister plays the secret game of hide and seek and my bum is sore from the stairs",
]


def test_the_ordinary_answers_a_review_found_stay_quiet() -> None:
    assert raising(REVIEWED) == []
