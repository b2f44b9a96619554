"""Harm told in the North West's and the Midlands' words (the sixteenth hand's second voice).

``surveys/concern_dialect_north_west.py`` reads the voice's words as the rules' ("mi" and "me"
before the body or a room as "my", "ain't" as "am not" or "hasn't", "clemmed", "scran",
"skriking", "older fellas", "bin" before what the child has been doing);
``surveys/concern_north_west.py`` reads the shapes the rules had no part for: a regional blow
from a grown-up or for a child's slip, a hand held to something hot, water and "can't swim so
that'll be it", the line "till one comes", an online recruiter's target and a weapon asked for,
someone who keeps coming in at night, town after town with the phone taken, papers held and no
wages, a pet threatened for telling, coaching to say all is well, the floor like the dog, nights
without tea, weeks without the dentist, a cutting planned abroad, plugging and going county, and
things given away with letters and a height alone. Its fresh wordings, written before the rules,
are batches yl to ys of ``adversarial.txt`` (first sight, rules alone, urgent: 19/48); every line
is checked urgent with every batch. Their ordinary neighbours are the block "sixteenth hand,
North West" of ``near_misses.txt`` (every line checked silent, alone and sent one after another).
``surveys/concern_everyday_north_west.py`` sets aside the voice's everyday answers by kind; they
are read here beside the harm in their words.
"""

from __future__ import annotations

import pytest

from surveys import concern_everyday_north_west
from surveys.concern_clauses import compile_part
from surveys.concerns import URGENT, detect, normalise
from tests.surveys.chats import chat_alerts, near_misses

BATCHES = {
    ("physical_abuse", "yl"): 7,
    ("self_harm", "ym"): 7,
    ("radicalisation", "yn"): 6,
    ("unsafe_home", "yo"): 6,
    ("trafficking", "yp"): 5,
    ("emotional_abuse", "yq"): 6,
    ("neglect", "yr"): 6,
    ("harmful_practices", "ys"): 5,
}
NEAR_MISSES = "# --- sixteenth hand, North West"

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # physical harm: a regional blow from a grown-up, or for a slip; a hand held to the heat
    ("me uncle chinned me in the kitchen cos I took the last biscuit",
     "me uncle chinned me at boxing, he's me sparring partner"),
    ("she twatted me round the head for spillin me juice on the carpet",
     "she twatted me with a pillow for spillin me juice, pillow fight lol"),
    ("foster mam lamps us wi her belt every night n i daren't go home",
     "foster mam lamps us wi snowballs every winter n we get her back"),
    ("me foster mam pushed me hand on the kettle to teach me, it blistered",
     "me foster mam put me hand on the radiator to warm it up, I were frozen"),
    # self-harm: the canal and can't swim; the line till one comes; slashing night after night
    ("goin in the river at Warrington later, walkin straight in, can't swim so that's it",
     "goin in the river at Warrington later on a canoe, can't swim so I've got a life jacket"),
    ("gonna sit on the railway by ours til the train comes an that'll be me",
     "gonna sit on the wall by the railway til the train comes an take a photo"),
    ("been slashin me thighs with a razor every night since contact stopped",
     "slashed me thigh on the fence climbin over for the ball, it bled a bit"),
    # radicalisation: a target and the child asked to arm
    ("a lad on snap says we're gettin rid of the immigrants on our estate an I need to get a"
     " knife",
     "me mate says the council is gettin rid of the bins on our estate an I need to get a new"
     " one"),
    # an unsafe home: someone who keeps coming in and the child who can't sleep; a man's comments
    ("the lodger keeps creepin in me room at night, I can't sleep I just watch the door",
     "our puppy keeps creepin in me room at night an sleeps on me feet"),
    ("mam's new fella says things about my chest when she's out, I'm scared of him",
     "mam's new fella says things about my chest infection clearing up, I'm glad"),
    # trafficking: town after town with the phone taken; papers held and no wages
    ("they drove me from Leek to Buxton then Matlock, they've got my phone, I don't know where"
     " I am",
     "mum drove me from Leek to Buxton then Matlock for my cup games, I know where I am now"),
    ("the boss has got me passport an I'm locked in the back of the shop when I'm not on",
     "the travel agent is sortin me passport an I'm in the back of the shop sortin stock"),
    # emotional harm: a pet for telling; coached; the floor like the dog
    ("me stepmam says she'll poison the cat if I tell anyone what she does",
     "me stepmam says the cat got poisoned by a lily once, if I tell you about it you'll cry"),
    ("me carer made us practise saying everything is fine before me social worker came",
     "me teacher made us practise saying everything is fine in French before the trip"),
    ("I have to eat me dinner off the kitchen floor like a dog cos I wet the bed",
     "the dog has to eat his dinner off the kitchen floor cos he's messy"),
    # neglect: nights without tea and hunger; weeks without the dentist
    ("no dinner for five nights an the cupboards are empty, mum's out all the time",
     "no dinner for five nights cos we're on the DofE camp, the cupboards are empty at home"),
    ("me teeth have been bleedin for weeks an me carer won't book me the dentist",
     "me tooth's been wobbly for weeks an me carer won't book me the dentist, it'll come out"),
    # harmful practices: a cutting planned for a sister abroad
    ("me aunty is arrangin a cuttin for our little sister when we go Somalia",
     "me aunty is takin a cuttin from her roses for our little sister when we go home"),
    # criminal exploitation: plugging and going county
    ("they told me to plug the bits before I go country with the olders",
     "they told me to plug the speaker in before we go country dancin"),
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["gave all me games away to me cousins this week", "wrote notes for me mam an our kid",
      "goin up the top of the car park in town tonight on me own"],
     ["gave all me games away to me cousins this week, got a new console",
      "wrote notes for me mam an our kid, for their birthdays",
      "goin to the car boot on me own Sunday to sell the old console"]),
]

# The split disclosure told in one message, so its rule is reached by a line written for it
# (read by test_concern_rule_modules.py).
MORE = [" ".join(disclosure) for disclosure, _ in SPLITS]

# Each reading of ``surveys.concern_dialect_north_west``: a line as typed, what it reads as (in
# plain words, read the same way), and an ordinary line with the same word that must stay quiet.
READINGS = [
    ("mi uncle put his hand down mi kecks", "my uncle put his hand down my trousers",
     "mi uncle bought me some new kecks"),
    ("I tried to hang miself", "i tried to hang myself", "made miself a brew"),
    ("clemmed for days", "starving for days", "I'm clemmed after footy, what's for tea"),
    ("no scran in the house", "no food in the house", "proper good scran at the chippy"),
    ("been skrikin all night", "been crying all night", "our kid were skrikin over his ice cream"),
    ("getting skitted at school", "getting picked on at school",
     "me mates were skittin each other all the way home, proper laughin"),
    ("he keeps mitherin me for pics", "he keeps pestering me for pictures",
     "stop mitherin me about me homework mum"),
    ("the babby's not been fed", "the babys not been fed",
     "me auntie's babby is walkin now"),
    ("comes in me room at night", "comes in my room at night", "me mam does me hair every mornin"),
    ("I ain't goin back", "i am not going back", "I ain't goin back to that chippy"),
    ("she ain't got time to take me", "she hasnt got time to take me", "it ain't fair, we lost"),
    ("bin cuttin me arms", "been cutting my arms", "bin sleepin all day, half term"),
    ("ar kid found the blade", "our kid found the blade", "ar kid scored a hat trick"),
    ("me arl fella lamped me", "my old dad lamped me", "me arl fella's takin us to the match"),
    ("with older fellas who give us vapes", "with older men who give us vapes",
     "the older fellas at the bowls club taught me to play"),
    ("me fella's 29", "boyfriend is 29", "me and the fellas went the match"),
    ("robbin me pens", "stealing me pens", "robbin me sister's crisps lol"),
    ("chuckin me bag over the fence", "throwing my bag over the fence",
     "chuckin me bag on the bed after school"),
    ("a bloke stoppin at the house", "a bloke staying at the house",
     "me cousin's stoppin at ours for Christmas"),
    ("no leccy for a week", "no electric for a week", "leccy went off in the storm for an hour"),
]


@pytest.mark.parametrize(("typed", "read", "everyday"), READINGS)
def test_each_reading_reads_the_word_and_its_everyday_twin_stays_quiet(
    typed: str, read: str, everyday: str
) -> None:
    assert normalise(read) in normalise(typed), (typed, normalise(typed))
    assert detect(everyday, learned=False) is None, everyday


def test_the_split_disclosure_told_in_one_message_is_urgent() -> None:
    assert [text for text in MORE
            if (found := detect(text, learned=False)) is None or found.level != URGENT] == []


def test_a_reading_added_to_a_word_keeps_the_readings_it_had() -> None:
    assert normalise("me mam hit me") == normalise("my mam hit me")
    assert normalise("he gave me food") == normalise("he gave me food")
    assert normalise("put the bin out") == normalise("put the bin out")


# Each set-aside's everyday answer, beside harm in its words that must still be read.
SET_ASIDE_TWINS = [
    ("got a bust lip sparrin at the boxin club, coach says I'm gettin better",
     "got a bust lip cos me stepdad punched me, then went sparrin at the boxin club"),
    ("me little sister whacked me with her teddy, she's 2",
     "me stepdad whacked me with his belt, I've got marks"),
    ("burnt me toast again this mornin, the grill's rubbish",
     "me carer burnt me with the iron this mornin"),
    ("me mam said she'll kill me if I don't pass me maths, she was only jokin",
     "me mam said she'll kill me if I tell anyone, she means it"),
    ("got locked out cos me carer was stuck at work, sat at nan's with a brew",
     "me carer locks me out all night in the cold when I'm late"),
    ("our kid has nightmares, he keeps comin in me room at night an I can't sleep",
     "mam's fella keeps comin in me room at night an I can't sleep"),
    ("the cat keeps comin in me room at night an I can't sleep",
     "a man keeps comin in me room at night an I can't sleep"),
    ("me nan put me hands on the radiator to warm them up, I were nithered",
     "me nan held me hands on the radiator till they burnt"),
    ("me tooth's wobbly, mum won't take me the dentist cos it'll fall out on its own",
     "me tooth's been rotten for weeks, mum won't take me the dentist, she says I'm not worth it"),
    ("the older fellas at the bowls club taught me to play",
     "the older fellas at the flat give us vapes an drink an we have to stay over"),
]


@pytest.mark.parametrize(("everyday", "harm"), SET_ASIDE_TWINS)
def test_each_set_aside_stays_quiet_and_the_harm_in_its_words_does_not(
    everyday: str, harm: str
) -> None:
    assert detect(everyday, learned=False) is None, everyday
    found = detect(harm, learned=False)
    assert found is not None and found.level == URGENT, harm


def test_the_near_misses_sent_one_after_another_stay_quiet() -> None:
    assert chat_alerts(near_misses(NEAR_MISSES)) == []


def test_every_set_aside_is_reached_by_its_everyday_answer() -> None:
    plain = [normalise(everyday) for everyday, _ in SET_ASIDE_TWINS]
    for category, sayings in concern_everyday_north_west.NORTH_WEST.items():
        for saying in sayings:
            assert any(compile_part(saying).search(text) for text in plain), (category, saying)
