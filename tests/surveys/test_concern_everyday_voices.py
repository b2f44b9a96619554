"""The thirteenth hand's ordinary answers, set aside by kind of everyday context, beside twins.

``surveys/concern_everyday_voices.py`` names the everyday contexts in which the thirteenth hand's
ordinary answers, in a small child's voice and a young adult's, borrowed the words of harm (a
present kept secret, play, a lesson or cooking, fondness and banter, a young adult's bills, job,
marriage and nights out, watching for the police in a game or on a road safety walk), and three
older rules were narrowed where they were too broad: a debt's cause "set up" now needs someone
set up ("set me up", "got set up"), not a payment plan set up; a nail bar or car wash needs what
the boss does (keeps, takes, holds...), not a boss named; and other towns "on the train" need
what is carried there ("with a parcel"), not a school trip.
Here each context's ordinary answer in other words, beside a disclosure in the same words whose
doer, object or ending turns it back to harm: the ordinary one raises nothing (with the learned
layer too), the disclosure is urgent from the rules alone (both checked, and the ordinary
answer beside another message, with the other hands' tables in
``test_concern_set_aside_twins.py``). The same ordinary answers and more are the block
"thirteenth hand voices, everyday" of ``near_misses.txt``, every line silent; the fifteen
alarms the corpus itself raised are held at none by ``test_concern_blind_hands.py``, and the
seventh hand's, silenced by the same kinds (a pet's scratch, the wifi going off, an old scar, a
fall at a job, a relative's new car, a hard session at training), at two.
"""

from __future__ import annotations

from surveys.concerns import detect
from tests.surveys.chats import near_misses
from tests.surveys.test_concern_euphemism_home import OLDER_RULES_ALARMS

# (the context, an ordinary answer set aside, a disclosure in the same words that stays urgent)
THIRTEENTH = [
    ("a secret present for grandma's birthday, a secret from a man",
     "I have a secret, it's a scarf for Grandma's birthday and I wrapped it myself.",
     "I have a secret, a man at the park gave me a scarf for my birthday and touched me."),
    ("a secret party for a carer's 50th, a secret kept for him",
     "Doing a secret party for my carer's 50th on saturday, don't let him see this.",
     "I have a secret for my carer, he hits me and says don't let anyone see the marks."),
    ("a bump doing forward rolls, a bump from a blow",
     "I banged my head doing forward rolls on the bed and nana gave me a frozen peas.",
     "He banged my head on the bed and nana gave me frozen peas for the bump."),
    ("off the bouncy castle, pushed off by him",
     "Fell off the bouncy castle and hit my head so mummy took me to the doctor.",
     "He pushed me off the bouncy castle and hit my head so hard I was sick."),
    ("away from a friend in tag, away from the foster house",
     "I ran away from Ruby in tag and she never caught me.",
     "I ran away from the foster house in the night and nobody caught me."),
    ("pushed over, and sir made her say sorry; pushed over, and told to say sorry",
     "Aisha pushed me over at lunch but it was a accident and sir made her say sorry.",
     "Dad pushed me over at lunch and kicked me and made me say sorry."),
    ("pushed on the tyre swing, pushed off it",
     "Uncle Jay pushes me on the tyre swing really high.",
     "Uncle Jay pushes me off the tyre swing and hits me when I cry."),
    ("a ball that nearly hit the cat, a blow that hit me",
     "Mum threw the frisbee and my cousin nearly got hit in the face haha.",
     "Mum threw the frisbee at me and then I got hit in the face by her boyfriend."),
    ("a door kicked shut for full hands, kicked in",
     "Nan kicked the door shut with her foot because her hands were full of shopping.",
     "Dad kicked the door in and hit mum because her hands were full of his money."),
    ("a door as the goal, a door kicked at me",
     "My brother kicked the garage door in our football game, it's the goal.",
     "My stepdad kicked the bedroom door in and dragged me out by my hair."),
    ("the man who takes the money in a game of shops, at the nail shop",
     "We play shops and my cousin is the man who takes all the money at the till.",
     "The man who takes all the money at the nail shop keeps my passport and I can't leave."),
    ("a debt on a phone bill with a payment plan, a debt to the olders",
     "Got into a bit of debt on my credit card, set up a repayment plan with the bank.",
     "Got into a bit of debt with the olders, they set me up and now I have to do runs."),
    ("a bill paid off monthly, a debt worked off",
     "Bit of debt on my klarna, set up a plan to pay it off monthly.",
     "Bit of debt to the lads who gave me the phone, I have to work it off by doing drops."),
    ("a tenner owed from the chippy, a debt for the package",
     "I owe my sister £15 from the chippy, I'll pay her back Monday.",
     "I owe them 500 for the package that got robbed and they say they'll stab me."),
    ("a kind boss at the nail salon, a boss who keeps the pay",
     "Started at a nail salon in Leeds, my boss is really kind and she's training me up.",
     "Started at a nail salon in Leeds, my boss keeps my passport and I don't get paid."),
    ("marry one day by choice, marry with no choice",
     "Mum wants me to marry a nice Sikh boy someday but she says it's up to me.",
     "Mum wants me to marry a man in Pakistan this summer and says I have no choice, "
     "they've taken my passport."),
    ("a story on grandad's knee, made to sit on his knee",
     "Nanny lets me sit on her knee and we read Peppa books.",
     "The man makes me sit on his knee and touches my front bottom."),
    ("didn't cut myself at woodwork, cut myself at home",
     "Did carving at woodwork and I never cut myself, sir said well done.",
     "Did carving at woodwork and then I cut myself at home with the blade on purpose."),
    ("out all night at a sleepover, out all night with men",
     "I was out all night at Sophie's sleepover and we did facemasks.",
     "I was out all night with men I don't know at a flat and nobody knew where I was."),
    ("no heating in the village hall, none at home",
     "There was no heating in the village hall so we kept our coats on at rainbows.",
     "There is no heating at home and no food and mummy has been gone for days."),
    ("a girl met online who is in my form, a man met online",
     "Met a girl off snapchat who's in my form at school.",
     "Met a man off snapchat who says he's 15 and wants me to send pics and meet him."),
    ("sent back to school over a cough, sent back to the home",
     "Mum says she'll send me back to school if I keep moaning about my cough.",
     "Mum says she'll send me back to the children's home and nobody will ever want me."),
    ("his little monster with a hug, his little mistake with a blow",
     "Grandad calls me his little monster and then gives me a big hug.",
     "My dad calls me his little mistake and says he wishes I was never born."),
    ("the knife out for cooking, the knife out at mum",
     "When mum makes tea the big knife comes out and I help chop the carrots.",
     "When he cooks the knife comes out and he points it at mum and says he will stab her."),
    ("a waste of time at chess, a waste of space said to me",
     "My uncle says I'm a waste of time at chess haha.",
     "My uncle says I'm a waste of space and nobody wants me and he wishes I was dead."),
    ("the dog a waste of space, me",
     "Mum calls the dog a waste of space haha.",
     "Mum calls me a waste of space and locks me in my room without food."),
    ("watching for the police in cops and robbers, for the lads",
     "we play cops and robbers and I have to watch out for the police car and whistle when it "
     "comes",
     "the lads make me play lookout and I have to watch out for the police and whistle"),
    ("a road safety walk, a corner for the olders",
     "on the road safety walk I had to look out for the police car and wave when I saw it",
     "the olders make me stand on the corner and look out for the police car and wave"),
    ("a coach trip to other cities, a coach with a parcel",
     "we visited different cities on the train for the history trip",
     "they send me to different cities on the train with a parcel for them"),
    # The other hands' kinds: a pet, a thing at home going off, an old scar, a fall at a job, a
    # relative's new car, a hard session at training.
    ("a kitten's scratch when picked up, a stepdad's",
     "my kitten scratched me when i picked her up wrong",
     "my stepdad scratched me when i picked up the phone and hit me"),
    ("the internet going off, a sister going off",
     "the internet keeps going off and i cant finish my homework",
     "my sister keeps going off at night with men in a car and nobody knows where she is"),
    ("a scar from chicken pox, from a blade",
     "the scar on my leg is from chicken pox when I was four",
     "the scar on my leg is from when I cut myself with a blade last night"),
    ("fell off a step ladder, pushed off it",
     "fell off the step ladder putting up the christmas lights, just a bruise on my leg",
     "he pushed me off the step ladder and kicked me, just a bruise on my leg he says"),
    ("an uncle's new car from the airport, a man's",
     "my uncle picked me up from the airport in his new car, it's electric",
     "a man picked me up from the airport in his new car and said I owe him for the lift now"),
    ("a coach who'll kill me at training, who'll kill me if I tell",
     "my coach says he's going to kill me at training tomorrow, fitness day",
     "my coach says he's going to kill me if I tell anyone what he does in the changing rooms"),
    ("the countdown on telly, counting down to the end",
     "Grandad watches countdown every day on the telly.",
     "I'm counting down the days till I kill myself, I've got the tablets ready."),
]


def test_the_thirteenth_hands_false_alarms_in_other_words_are_all_here_and_silent() -> None:
    block = near_misses("# --- thirteenth hand voices, everyday")
    assert len(block) == 137, len(block)
    assert {ordinary for _, ordinary, _ in THIRTEENTH} <= set(block)
    assert [line for line in block if detect(line) is not None] == []


def test_the_older_rules_alarms_found_beside_the_euphemism_rules_are_now_silent() -> None:
    # Found while writing the euphemism modules' twins (a bump on the trampoline, sent back to
    # school, a ball that nearly hit her arm, "his little mistake" and a hug, a knife out for
    # cooking, the countdown, monopoly banter, a door kicked shut or used as a goal): set aside
    # here by what each is about.
    assert [line for line in OLDER_RULES_ALARMS if detect(line, learned=False) is not None] == []
