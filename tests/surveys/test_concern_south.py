"""Harm told in the South, the West Country, East Anglia and on a Traveller site.

``surveys/concern_dialect_south.py`` reads the voice's words as the rules' words (the gavvers,
vonga, chavvies, a mush, feens, "hent", "hullin", "me mammy", "me hand");
``surveys/concern_south.py`` reads the shapes still missed, each beside its harmful part: the
whip or the belt taken to a child, a hand held to the heat, a bridge and "next time", a crossing
and the train, a numbered bus, the river if moved; a child hidden from the social, nobody
knowing where for days, a horsebox after running off; days or nights alone with the little
ones, an illness and no doctor; put out and never to see a parent; the cutting lady, death for
seeing a boy; a partner's bite and blood, "say she fell"; a run or a brother done in; an older
boyfriend's friends at a hotel, lifts paid for in the back of a van; a lorry, work and a lock;
a chair on the door against a threat, a man who comes in at night; a mosque or a hotel of
asylum seekers to be burnt, bomb-making and "soldier"; tablets saved "nearly enough"; and, as
worries, kept out of a game for being a Traveller, family and a site missed in care.

Its fresh wordings, written before the rules, are batches zl to zs of ``adversarial.txt``
(first sight, rules alone, urgent: 26/42); every line is checked urgent with every batch.
Their ordinary neighbours are the block "sixteenth hand, South" of ``near_misses.txt`` (every
line checked silent, alone and sent one after another). ``surveys/concern_everyday_south.py``
sets aside the voice's everyday answers by kind; they are read here beside the harm in their
words.
"""

from __future__ import annotations

import pytest

from surveys import concern_everyday_south
from surveys.concern_clauses import compile_part
from surveys.concerns import URGENT, WORRY, detect, normalise
from tests.surveys.chats import chat_alerts, near_misses

BATCHES = {
    ("radicalisation", "zl"): 6,
    ("self_harm", "zm"): 6,
    ("missing", "zn"): 5,
    ("neglect", "zo"): 5,
    ("physical_abuse", "zp"): 5,
    ("unsafe_home", "zq"): 5,
    ("sexual_exploitation", "zr"): 5,
    ("harmful_practices", "zs"): 5,
}

NEAR_MISSES = "# --- sixteenth hand, South"

# (a disclosure in new words, its ordinary twin in the nearest words), written after the rules.
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # physical harm: the belt taken to a child; fingers held to the heat
    ("my uncle took the belt to me for answering back, i've got welts on my legs",
     "my uncle took the belt to the menders for me, it was too long for my legs"),
    ("the cousin i stay with held my fingers on the hot hob cos i lied",
     "the cousin i stay with held my fingers away from the hot hob cos i nearly touched it"),
    # self-harm: a roof and "next time"; a numbered bus; the river if moved
    ("sat on the multi storey roof again last night, next time i'm not coming back down",
     "sat on the multi storey roof for the fireworks last night, next time i'm bringing a coat"),
    ("gonna walk out in front of the 73 tonight, done with everything",
     "gonna walk out in front of the 73 stop tonight to meet my mate"),
    ("if the social move me away from my brothers i'm jumping in the river",
     "if the social move me nearer my brothers i'm jumping in the river with them every summer"),
    # going missing: hidden from the social; nobody knowing where, for days
    ("my dad kept me hidden at his mate's in clacton so the social couldnt take me",
     "my dad kept my present hidden at his mate's in clacton so i couldnt find it"),
    ("nobody knows i'm at this man's flat in chatham, been here five days",
     "nobody knows i'm at the flat in chatham for my surprise party, been here five days"),
    # neglect: days alone with the baby; nights with the little ones; an ear and no doctor
    ("mum went off friday and never came back till monday, im 8 and i was on my own with the baby",
     "mum went off friday for a hen do and came back monday, im 8 and nan had me and the baby"),
    ("im 9 and they leave me with my baby brother at night while they go out drinking",
     "im 9 and they leave me with my nan at night while they go out for their anniversary"),
    ("my ear's been weeping for weeks and my carer won't take me to the doctor",
     "my ear's been a bit sore since swimming and my carer is taking me to the doctor tomorrow"),
    # emotional harm: put out, and never to see a sister again
    ("stepdad says he'll throw me out on the streets and i'll never see my little sister again",
     "stepdad says he'll chuck me in the paddling pool if i splash my little sister again"),
    # harmful practices: the cutting lady; buried for a boy
    ("the cutting lady is coming for my little sister when we visit in the holidays",
     "the hair cutting lady is coming for my little sister when we visit in the holidays"),
    ("my brothers said if i keep texting that boy from college they'll bury me",
     "my brothers said if i keep texting that boy from college they'll want to meet him"),
    # domestic abuse: a bite and blood
    ("mum's fella had a go at her in a fight and he bit her hand, blood everywhere",
     "mum's fella had a go at the quiz and he bit his nails, no blood tho"),
    # criminal exploitation: a drop or a sister hurt
    ("if i don't do a drop to ipswich tonight my big sister gets hurt, they said",
     "if i don't do a drop to ipswich tonight my big sister gets the last pizza slice"),
    # sexual exploitation: his mates at a hotel; the back of the van
    ("he's 24 and buys me stuff, then made me meet his mates in a hotel and i didn't want to",
     "he's my cousin and made me meet his mates at the hotel pool for his birthday"),
    ("the lads who drive us about want us in the back of the van with their mates",
     "the lads who drive us about want us in the van with their mates early for the fair"),
    # trafficking: a lorry, a car wash and a lock
    ("they smuggled me over in the back of a lorry and now i work in a car wash, the boss locks the"
     " room at night",
     "we came over in the back of a car from france on holiday, dad locks the room at night in the"
     " hotel"),
    # an unsafe placement: a threat and a bed on the door; a man who comes in at night
    ("a man in my hostel keeps saying he's gonna batter me, i wedge the bed against the door",
     "my brother keeps saying he's gonna win at fifa, i pushed the bed against the wall"),
    ("my carer's boyfriend keeps coming in my room at night and i can't sleep",
     "my carer's boyfriend keeps coming in at night from his shift and makes toast, smells lush"),
    # radicalisation: the asylum hotel to be torched; bomb-making and "soldier"
    ("a man on telegram wants me to help torch the asylum hotel, he's got petrol",
     "a man on the news said the asylum hotel caught fire from a chip pan, everyone got out"),
    ("they sent me bomb instructions and call me a soldier now",
     "they sent me bomb pop lollies and call me a soldier now for eating them"),
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["hent took my meds for ages", "been hiding them in my pillow case", "almost got enough now"],
     ["hent took my meds for ages, forgot", "been hiding my pocket money in my pillow case",
      "almost got enough now for the trainers"]),
    (["his car's outside again", "mum's wearing a scarf indoors and won't look at me",
      "she told me to say she tripped if school asks"],
     ["nan's car's outside again", "mum's wearing a scarf indoors cos the heating's broke",
      "she told me to say she's not in if school asks about the trip"]),
]

# Worries in the same voice, written after the rules: each must raise an alert, not urgent.
WORRIES = [
    "they wont let me join in at break cos im a gypsy",
    "miss my brothers proper bad, havent seen them since summer",
    "miss the trailer and my cousins, cant sleep in this house",
    "lonely round here, nobody talks to me",
    "so angry all the time and i dont know whats wrong with me",
    "worried about my dad, he sounded drunk on the phone",
    "its hard being the only gypsy in care round here, no one gets it",
    "everyone had their mum at the match n i had my social worker",
]
# More shapes written after the rules, one a rule the batches and pairs do not reach: the
# crossing and the train, tablets saved in one message, "say she fell".
FRESH_SHAPES = [
    "i wait at the level crossing on the way home and think about just stepping out when the train"
    " comes",
    "havent took my pills in weeks, saving them in a sock, nearly got enough now",
    "her boyfriend told me to say she fell off a chair if anyone asks about her eye",
]


def test_the_fresh_shapes_are_urgent() -> None:
    assert [text for text in FRESH_SHAPES
            if (found := detect(text, learned=False)) is None or found.level != URGENT] == []


# Read by test_concern_rule_modules.py for the rules every line here must reach.
MORE = [*WORRIES, *FRESH_SHAPES]


@pytest.mark.parametrize("text", WORRIES)
def test_a_worry_in_the_souths_voice_raises_a_worry(text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == WORRY, (text, found)


# Each dialect word, as read: one reading wherever it stands, or "me" as "my" before a parent,
# a place of care or a part of the body.
READINGS = [
    ("the gavvers came", "the police came"),
    ("vonga for chips", "money for chips"),
    ("the chavvies", "the kids"),
    ("a mush on the site", "a man on the site"),
    ("she hent rung", "she havent rung"),
    ("hullin my bag", "throwing my bag"),
    ("all swole up", "al swolen up"),
    ("me mammy", "my mum"),
    ("puts me hand on it", "puts my hand on it"),
    ("me carer says", "my carer says"),
]


@pytest.mark.parametrize(("typed", "read"), READINGS)
def test_the_souths_words_are_read_as_the_rules_words(typed: str, read: str) -> None:
    assert normalise(typed) == read


def test_me_is_still_me_where_it_is_no_my() -> None:
    assert normalise("take me back") == "take me back"
    assert normalise("call me foster kid") == "cal me foster kid"
    assert normalise("let me phone my mam") == "let me phone my mam"


# Each set-aside's everyday answer, beside harm in its words that must still be read.
SET_ASIDE_TWINS = [
    ("my nan's gonna kill me, i broke the phone case she got me for christmas",
     "my nan's gonna kill me for real, she hits me when i break things"),
    ("we had a pillow fight n i battered my cousin with the pillows",
     "my stepdad battered me with the hose pipe, i've got bruises all up my back"),
    ("we was locked out the flat cos mum forgot her keys, sat in the car for an hour",
     "we was locked out the house cos carer was angry, all night in the rain"),
    ("keeping my tablets in the kitchen like the doctor said, got enough for the holiday",
     "i hent took my tablets for a month, been hiding them under my bed, nearly got enough now"),
    ("the pony kicked my uncle at the fair, he's fine now",
     "my uncle kicked my dad at the fair, he's got a black eye"),
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
    plain = [normalise(text) for text in near_misses(NEAR_MISSES)]
    for category, sayings in concern_everyday_south.SOUTH.items():
        for saying in sayings:
            assert any(compile_part(saying).search(text) for text in plain), (category, saying)
