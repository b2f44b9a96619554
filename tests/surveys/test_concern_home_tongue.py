"""Harm told in English with a home language beside it (the fourteenth hand's third voice).

``surveys/concern_home_tongue.py`` reads the people at home as a home language names them beside
a blow to the child or to the mother, a knife or a death promised, a weapon shown to those who
talk, scorn said every day, and no food or no medicine; ``concern_home_tongue_practices.py`` a
wedding made ready abroad for a child, a faith or a people made the lever for an attack, and a
child brought over to work; ``concern_home_tongue_exploitation.py`` girls paid to get into a
man's van and a child passed between men. ``surveys/concern_everyday_home_tongue.py`` sets aside
the same voice's everyday news (a baby's bite, a fish's tail, a kill threat over headphones or a
plate of food with a laugh, a punch for spoilers, hide and seek, a crush, a passport photo, hair
singed by tongs). Their fresh wordings, written before the rules, are batches xd to xk of
``adversarial.txt`` (first sight, rules alone, urgent: 23/49; every line checked urgent here),
their ordinary neighbours the block "fourteenth hand, a home language beside English" of
``near_misses.txt`` (every line checked silent). Here: a disclosure in words none of them uses
beside its ordinary twin, one split over messages beside its twin, the batches and the block
whole, each set-aside beside the harm told in its words, each rule's words as the text has
them, and the words run together that the rules' words must not split.
"""

from __future__ import annotations

from surveys.concern_typos import mended_text
from surveys.concerns import normalise
from tests.surveys.chats import (
    not_urgent,
    raising,
)

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("physical_abuse", "xd"): 8, ("domestic_abuse", "xe"): 8, ("harmful_practices", "xf"): 6,
    ("radicalisation", "xg"): 6, ("trafficking", "xh"): 5, ("neglect", "xi"): 5,
    ("emotional_abuse", "xj"): 6, ("sexual_exploitation", "xk"): 5,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # physical: a grown-up named in a home language, a blow; a beating said in the home language
    ("dadu whacked my legs with his walking stick when i dropped the tray",
     "dadu whacked the wasp with his walking stick when i dropped the tray"),
    ("tata mnie bije pasem kiedy pije",
     "tata mnie bije w karty kiedy pije herbate"),
    ("abbu says mujhe marta hai because i am bad, i have bruises",
     "abbu says mujhe cricket pasand hai because i am good at it"),
    # domestic: the mother named in a home language
    ("mamu shoved ammi into the fridge and she cried all night",
     "mamu shoved the leftovers into the fridge and ammi laughed all night"),
    ("dad put a knife to annem's neck in the kitchen",
     "dad put a knife and fork next to annem's plate"),
    ("my stepdad said he will kill hooyo if she calls the police",
     "my stepdad said he will kill hooyo at ludo if she calls double six lol"),
    ("my uncle said he will finish her when we get home and showed us his hammer",
     "my uncle said he will finish her painting when we get home and showed us his brushes"),
    # neglect
    ("baba just drinks all day now and theres nothing in the fridge for us",
     "baba just drinks chai all day now and theres nothing in the fridge but milk"),
    ("my insulin ran out on monday and mama wont take me to the chemist",
     "my insulin ran out on monday and mama took me to the chemist after school"),
    # emotional
    ("wujek showed me his gun and said remember what happens to girls who talk",
     "wujek showed me his gun licence and said remember to be home by five"),
    ("ciocia mowi ze jestem nikim codziennie",
     "ciocia mowi ze jestem najlepsza codziennie"),
    # harmful practices
    ("they are flying me to sylhet for my nikah in august and i dont want it, im 15",
     "they are flying me to sylhet for my aunties nikah in august and i cant wait, im 15"),
    ("meri shaadi ho rahi hai and i dont want it",
     "meri behen ki shaadi ho rahi hai and i love the food"),
    # radicalisation
    ("he says real muslims go and fight and he will get me to syria",
     "he says real muslims go and pray and he will take me to the mosque"),
    ("they want to burn the jewish shop on friday and told me bring a bat",
     "they want to visit the jewish shop on friday and told me bring a bag"),
    # trafficking
    ("my uncle brought a girl from nigeria, she is 14, she cleans for no money and never goes to "
     "school",
     "my uncle brought a girl from nigeria, she is 14, she cleans her room and goes to my school"),
    # sexual exploitation
    ("a man gives the girls money to get in his car, he asked me too and im 13",
     "a man gives the girls a lift in the minibus to the match, he asked me too and im 13"),
    ("im getting passed between him and his mates, they take me to different flats",
     "im getting passed the ball between him and his mates, they take me to different pitches"),
]
# (a disclosure split over messages, its ordinary twin in the same words)
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["tata was angry at contact", "he said hell finish what he started with mama",
      "he showed me the knife in his coat"],
     ["tata was funny at contact", "he said hell finish the puzzle he started with mama",
      "he showed me the photo on his phone"]),
    (["my cousin came over from pakistan", "she is 13", "they lock her in at night"],
     ["my cousin came over from pakistan", "she is 13", "she shares my room at night"]),
]
# (an ordinary answer the older rules read as harm, now set aside; the harm told in its words)
SET_ASIDE_TWINS = [
    ("my little sister scratched me and left red marks on my arm lol she is 3",
     "my stepdad scratched me and left red marks on my arm"),
    ("my dad let me hold the fish he caught and it slapped me in the face with its tail",
     "my dad slapped me in the face with the fish he caught"),
    ("my sister will kill me if she finds out i lost her airpods",
     "my sister will kill me if she finds out i told the teacher"),
    ("nani says she will kill me if i dont finish my daal lol",
     "nani says she will kill me if i dont finish my daal, she locks me in"),
    ("my cousin punched me on the arm for spoiling the film lol",
     "my uncle punched me on the arm for spoiling the film"),
    ("hid from my brothers in hide and seek and they couldnt find me for ages",
     "hid in the woods from my carers and they couldnt find me for days"),
    ("got a secret crush on a boy in my class",
     "a man online says we have a secret and i cant tell"),
    ("got my passport photo done with my social worker",
     "they got my passport and wont give it back"),
    ("nani burnt my hair with the tongs by accident before eid",
     "nani burnt my hair with the tongs because i was late"),
]


def test_each_set_aside_stays_quiet_and_the_harm_in_its_words_does_not() -> None:
    assert raising([ordinary for ordinary, _ in SET_ASIDE_TWINS]) == []
    assert not_urgent([harm for _, harm in SET_ASIDE_TWINS]) == []


def test_the_home_words_split_no_place_or_name_run_together() -> None:
    # The rules' words are the mender's words too: a short home-language word ("mara", "ka",
    # "ho") once split "asmara", "kabul" and "tenho" into two, and a rule matched no more.
    # "neath" may be read as the Welsh "naeth" (did) with two letters swapped, but never split;
    # nor "hastings", which the mender could split more than one way ("has" + "tings").
    for text in ("they call my mother in asmara", "my cousin has a wedding in kabul",
                 "tenho medo", "we lost to neath", "i love my nans dog bonnie",
                 "i went to hastings with my nan"):
        plain = normalise(text)
        assert len(mended_text(plain).split()) == len(plain.split()), text
