"""Harm to a child at home told in a family's own words: a punishment's pet name, a name of scorn.

``surveys/concern_euphemism_home.py`` reads what stays when the code word changes: the thing
used on the child's body and the mark, a fault named, a story to give, a baby shaken till
floppy; a name of scorn used for the child at home, a cage or a cupboard, shaming shown to
others, a house told not to speak to the child, a threat kept over the child. Its fresh
wordings, written before the rules, are batches qg to qj of ``adversarial.txt`` (first sight,
rules alone, urgent: 10/26; every line checked urgent); the ordinary answers that share
their words are the block "the twelfth hand's codes for harm at home" of ``near_misses.txt``
(every line checked silent). Here too: a disclosure in words neither uses beside its ordinary
twin, for every rule, and the bare words the rules are made of, alone.
"""

from __future__ import annotations

from surveys import concern_euphemism_family, concern_euphemism_home
from surveys.concerns import detect
from tests.surveys.chats import (
    not_urgent,
    raising,
    unreached,
)

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("physical_abuse", "qg"): 6, ("physical_abuse", "qh"): 5,
    ("emotional_abuse", "qi"): 5, ("emotional_abuse", "qj"): 10,
}

# (a disclosure in new words, its ordinary twin in the nearest words), one or more a rule.
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # A thing used on the body, and the mark.
    ("grandma does the hairbrush across my legs and they have welts for days",
     "grandma does the hairbrush across my hair and it goes all fluffy for days"),
    # A thing used for a fault named, and the body.
    ("my step dad uses the kettle flex if i backchat, my arm went red raw",
     "my step dad uses the kettle flex to make tea if i ask nicely, its a new kettle"),
    # "Gave me the ... with his ...", for a fault named.
    ("dad gave me the saturday treat with his work boots because i forgot to feed the dog",
     "dad gave me the saturday treat with his work money because i helped feed the dog"),
    # The marks named by what made them, hidden.
    ("i have to wear tights so nobody sees the marks from the hanger",
     "i have to wear tights so nobody sees my knees, the hanger in my wardrobe broke"),
    # A pet name defined by the thing used, and its shape left.
    ("uncles punishment is the ruler, the lines are still on my legs",
     "uncles hobby is the garden, the lines are still on the lawn from the mower"),
    # The belt comes off, and the back still purple.
    ("when grandad gets angry the belt comes off and my back is still purple",
     "when grandad gets home the belt comes off and his trousers go in the wash"),
    # Polish: a beating got again.
    ("dostałem lanie again last night with the belt, dont tell anyone",
     "my friend lanie came round again last night with her new belt"),
    # Welsh: the belt given, kept quiet.
    ("mae mam yn rhoi'r belt i fi bob nos, plis dont tell",
     "mae mam yn prynu belt newydd i fi, it's for school"),
    # A thing used on the body, and the story to give.
    ("auntie does the spoon on my hands and tells me to say it was the radiator at school",
     "auntie does the spoon on the pan and tells me to say when the cake is ready"),
    # The story to give, and the body asked about.
    ("my step nan made me say i tripped when the dinner lady asked about my wrist",
     "my step nan made me say i tripped in the egg and spoon race, everyone asked about my medal"),
    # A fault named, and the body still purple.
    ("thats what you get for lying, dad said, and my legs are still purple",
     "thats what you get for lying in the sun, mum said, and my legs are still red"),
    # The marks named by what made them, kept hidden.
    ("mum says keep your jumper on so the teacher dont see the marks from the belt",
     "mum says keep your jumper on, its cold, and dont lose the belt from your coat"),
    # A routine done, and a hurt no game leaves.
    ("foster mum gives me the pinch on my neck, its all purple and yellow",
     "foster mum gives me the face paint on my neck, its all purple and yellow for the carnival"),
    # A routine done for a fault named, and the mark.
    ("dad does the flick on my ears if i swear, there is a bruise under my hair",
     "dad does the quiz with me if i swear less, there is a prize under my pillow"),
    # A routine done till the child cries, and the place swollen.
    ("uncle does the noogie on my head till i cry, my head is all swollen",
     "uncle does the noogie on my head till i giggle, then we have tea"),
    # A routine named as a code, and a hurt no game leaves.
    ("mum calls it the cuddle, she sits on me till i cant breathe",
     "mum calls it the cuddle, she gives the best ones when i cant sleep"),
    # A hand slammed in a drawer, told as an accident.
    ("my step mum slams my fingers in the drawer and says oops clumsy",
     "my step mum shuts my fingers in the drawer by accident and says sorry sorry"),
    # A routine done where no one sees, and sore.
    ("step dad does wrestling with me in the shed when mum is at work, my ribs are killing me",
     "step dad does the decorating with me in the shed when mum is at work, my arms ache"),
    # A routine named as a code, and the fists.
    ("we call it the weather report when dad uses his fists",
     "we call it the weather report when dad uses his phone to check the rain"),
    # A code said not to be the game it sounds like, and the hurt.
    ("he says its play fighting but its not a game, my tooth came out",
     "we were play fighting but its not a game anymore, we do judo now"),
    # A baby shaken until floppy.
    ("mums boyfriend shook the baby when she screamed and she went all limp",
     "mums boyfriend shook the rattle when the baby screamed and she went to sleep"),
    # A name of scorn at home.
    ("my nan calls me the parasite instead of my name",
     "my nan calls me the poppet instead of my name"),
    # Spoken of by a name of scorn as someone there.
    ("my dad says the leech is eating again every time i open the fridge",
     "my dad says the dog is eating again every time i open the fridge"),
    # Shut in a cupboard.
    ("my auntie puts me in the cupboard under the stairs when i am bad, lights out",
     "my auntie puts the hoover in the cupboard under the stairs when she is done"),
    # Shamed and shown to others.
    ("foster mum made me wear a sign saying baby and filmed it for her mates",
     "foster mum made me a sign saying happy birthday and filmed it for her mates"),
    # Made to kneel all night till wet, and filmed for others.
    ("stepdad made me kneel all night till i wet myself and filmed it for his mates",
     "i wet myself on the log flume and mum filmed it for her mates"),
    # Nobody may speak to the child.
    ("no one at home is allowed to talk to me for a whole week, not even my little brother",
     "no one is allowed to talk to me during the film, not even my little brother"),
    # What the child lived through, used to watch them shake.
    ("my foster dad knows about the fire so he lights matches to watch me shake",
     "my foster dad knows about the fire drill so he lights candles to help me relax"),
    # Sent back if the child tells.
    ("my carer says she will ship me back to my dad if i say anything to my worker",
     "my carer says she will drive me to my dads if i say i miss him"),
    # Things destroyed and a pet named next.
    ("my stepdad snapped my drawings and said next time its my cat",
     "my brother snapped my pencils and said next time its my turn"),
    # A knife at the child's face.
    ("my step mum points the bread knife at my face till i cry",
     "my step mum points the bread knife at the loaf till i say stop"),
    # Told every night what will be done.
    ("uncle told me what he would do to me if i wet the bed again, every night",
     "uncle told me what he would do for me if i stayed dry all week, every night a sticker"),
    # Punished for being gay.
    ("since i came out dad makes me sleep outside all night",
     "since i came out dad takes me to the pride picnic every summer"),
    # A young mum's baby threatened.
    ("if i tell my social worker he says he will say i am a bad mum",
     "if i tell my social worker about my baby she says i am a good mum"),
    # Romanian, "you are good for nothing".
    ("tata imi spune nu esti bun de nimic in fiecare zi",
     "tata imi spune esti bun la fotbal in fiecare zi"),
]

# A disclosure split over messages, as children send them, and an ordinary chat in the same
# words: read by test_concern_split_twins.py.
SPLITS = [
    (["contact was ok", "nan does the wooden spoon on my legs", "theyre purple"],
     ["contact was ok", "nan does the wooden spoon on the cake mix", "its chocolate"]),
    (["at my dads", "im called the burden", "by my dad"],
     ["at my dads", "im called the cook", "by my dad"]),
]


# The bare words the rules are made of, alone: none is a disclosure without the harm.
BARE = [
    "My nan showed me the hob trick for pancakes.",
    "Dad gave me the belt for my new trousers.",
    "Mum calls me a cheeky monkey.",
    "Our puppy sleeps in a crate.",
    "Grandad shakes the baby's rattle to make her laugh.",
    "He does the best knuckle sandwiches, they're jam ones.",
    "My coach says my legs have red lines from the new shin pads.",
    "Nan and me watch the countdown show on telly.",
    "Dad says the film was a waste of money.",
    "My brother filmed me for the family chat when I won the race.",
]


def test_the_bare_words_stay_quiet() -> None:
    assert [text for text in BARE if detect(text, learned=False) is not None] == []


# Written after the first rules, in words none of the above use, to see what they missed: at
# first sight 7 of 15 disclosures were urgent (a spatula "hot one", "training" punches, "the
# parasite", a carer's "send me back", hiding in the bath, a door kicked in, nan drowned "if
# she tells"). A cigarette, the dog's bed and barking, a coal shed all night, "till i scream"
# and swollen, a cut on her head, a scream through the bedroom wall were then read; a lump from
# "the tap" and being "the lodger" are left to the learned layer, too near ordinary talk.
LATER = [
    "if i spill my drink mum gives me 'a hot one' with the spatula on my arm, it blistered",
    "foster dad calls it 'training' when he punches my arms, theyre black and blue",
    "dad does 'the lift' by my ears till i scream, my ear is all swollen",
    "my uncle stubs his cigarette on my hand when i lie, i have little round burns",
    "mum calls me 'the parasite' in front of my friends every time they come round",
    "my stepdad makes me sit in the dog's bed and bark for my tea and films it",
    "carer says if i cry again she'll send me back to the home and tell them i'm a liar",
    "my dad shuts me in the coal shed when i wet the bed and leaves me there all night",
]
# Their ordinary twins, written with them.
LATER_EVERYDAY = [
    "if i spill my drink mum gives me a cloth and the spatula to flip the pancakes",
    "foster dad calls it training when we go running, my legs are tired",
    "dad does the lift at the wedding dance and i scream with laughing",
    "my uncle smokes in the garden when he visits, mum hates the smell",
    "mum calls me the parrot cos i copy everything she says",
    "my stepdad makes the dog sit in his bed and bark for his tea and films it lol",
    "carer says if i cry at the film again she'll bring tissues",
    "my dad shuts the chickens in the coal shed at night so the fox cant get them",
]


def test_the_later_wordings_are_urgent_and_their_twins_quiet() -> None:
    assert not_urgent(LATER) == []
    assert raising(LATER_EVERYDAY) == []


# Ordinary sentences written as twins for these rules that OLDER rules still raise (a bump on
# the head from the trampoline, a mum who will send the child back to school, a ball that nearly
# hit her arm, a dad's "little mistake", a knife out for cooking, the countdown on telly, a
# waste of time at monopoly, a door kicked shut): these rules take no part in them, and they are
# left out of the near-miss block and the twins.
OLDER_RULES_ALARMS = [
    "i fell off the trampoline and hit my head so my carer took me to the walk in centre",
    "mum says she'll send me back to school tomorrow if i complain about my cold again",
    "dad kicked the football through the window and her arm nearly got hit, nan laughed so much",
    "my dad calls me his little mistake, he says the best one he ever made, then hugs me",
    "when he cooks the knife comes out and mum lays the table in the kitchen",
    "We watch the countdown every night on telly.",
    "Dad said I'm a waste of time at monopoly haha.",
    "Dad kicked the door shut.",
    "Dad calls the cat a waste of space haha.",
    "Dad kicked the door in the garden game, it was the goal.",
]


def test_these_rules_take_no_part_in_the_older_rules_alarms() -> None:
    for module in (concern_euphemism_home, concern_euphemism_family):
        assert unreached(module, OLDER_RULES_ALARMS) == unreached(module, []), module.__name__
