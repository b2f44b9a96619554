"""Dialect and dictation read as the words the rules are written in (``surveys.concern_dialect``).

The normalised form of fresh sentences in each dialect and way of typing; disclosures in dialect
the rules missed before the dialect was read and catch now; ordinary sentences near the words of
harm that stay silent; and negations that survive the reading ("I no he dont hit me").

The disclosures were written fresh for this module (not corpus lines): 91 in Scots, Geordie,
Yorkshire, Scouse, Welsh English, London speech, dictation and fast thumbs; before the dialect
was read the rules alone caught 47 of them at first sight, after it 79. The 32 the reading
brought in are held here (one more, "keeps tryin the handle", was caught while the text had
its "g" put back; now the lists find a dropped "g" instead, and the typo mender reads "tryin"
as "try in" first). Of the twelve still missed, eleven need a rule (a verb of dialect such as
"leathers", "skelped" or "booted", "battering my mam", "walk into the sea"), and one was caught
before only because "batterin" was split into "bater in" by the typo mender.
"""

from __future__ import annotations

import pytest

from surveys import concern_dialect
from surveys.concern_speak import spelled, squeeze
from surveys.concerns import URGENT, detect, normalise

WORRIES = frozenset({"bullying", "upset"})

# (typed, normalised): each dialect and way of typing.
NORMALISED = [
    # Scots.
    ("ma da telt me tae stay in ma room", "my dad told me to stay in my rom"),
    ("a dinnae ken whit tae dae", "i dont ken whit to do"),
    ("we wis oot aw night wi ma pals", "we was out aw night with my pals"),
    ("she hit ma heid aff the door", "she hit my head of the dor"),
    ("am no goin back tae that hoose", "i am not going back to that house"),
    ("a done it masel, naebody helped", "i done it myself nobody helped"),
    ("the polis came roon", "the police came round"),
    ("a cannae sleep, a wisnae well", "i cant slep i wasnt wel"),
    # Geordie.
    ("divvint tell me mam, she'll gan mental", "dont tel my mam she wil gan mental"),
    ("wor bairn hurt his heed", "our baby hurt his head"),
    ("gannin hyem the neet", "going home the night"),
    ("me da's ower at the club", "my dads over at the club"),
    # Yorkshire and Lancashire.
    ("there's nowt in the cupboard", "theres nothing in the cupboard"),
    ("has she said owt about summat", "has she said anything about something"),
    ("I were frit to tell anyone", "i were frightened to tel anyone"),
    # Scouse and London.
    ("the bizzies took me kecks for evidence", "the police tok my trousers for evidence"),
    ("he aksed me to hold it for him", "he asked me to hold it for him"),
    # Welsh English.
    ("there was gwaed on the floor", "there was blod on the flor"),
    ("my mamgu gave me a cwtch", "my nan gave me a cudle"),
    ("bore da miss", "bore da mis"),
    ("ma nhw'n gas", "ma nhwn gas"),
    # Dictation: sound-alikes and punctuation typed out.
    ("eye am scared full stop", "i am scared"),
    ("got hit in the eye comma it hurts", "got hit in the eye it hurts"),
    ("a black eye from a header", "a black eye from a header"),
    ("eye hurts when I read", "eye hurts when i read"),
    ("eye no where he lives question mark", "i know where he lives"),
    ("I dont no", "i dont know"),
    ("I no like it", "i no like it"),
    ("I talk to no one", "i talk to no one"),
    ("she keeps me four the money", "she keps me for the money"),
    ("four days in Spain", "four days in spain"),
    ("at four in the morning", "at four in the morning"),
    ("no won would notice", "no one would notice"),
    ("know won would care", "no one would care"),
    ("we won four nil", "we won four nil"),
    ("the big rode by school", "the big road by schol"),
    ("I rode my bike", "i rode my bike"),
    ("I want to sea my mum", "i want to se my mum"),
    ("we swam in the sea", "we swam in the sea"),
    # Fast thumbs: text-speak and a dropped "g".
    ("tmrw is my bday", "tomorow is my birthday"),
    ("he wud hurt me smth bad tnite", "he would hurt me something bad tonight"),
    ("bby dont go", "baby dont go"),
    ("he keeps hidin my stuff n callin me names", "he keps hidin my stuf n calin me names"),
    ("my cousin has insulin", "my cousin has insulin"),
    # Words that were read by their neighbours before the dialect came.
    ("hell hit me", "he wil hit me"),
    ("it was hell", "it was hel"),
    ("shell kill me", "she wil kil me"),
    ("my id card", "my id card"),
]

# Disclosures in dialect the rules missed before it was read and catch now: (kind, message).
DIALECT_DISCLOSURES = [
    ("bullying", "lads in ma class keep callin me a minger n spittin on ma bag"),
    ("bullying", "ppl keep callin me names n sharin pics of me on snap, its every day"),
    ("domestic_abuse", "ma da threw ma maw aff the landin n she wis bleedin fae her heid"),
    ("domestic_abuse",
     "me da smashed me mam's heed off the wall last neet n she couldnae stand up"),
    ("emotional_abuse",
     "ma foster maw says a'm a waste ae space n she'll fling me oot if a greet again"),
    ("emotional_abuse", "ma foster maw telt me am a waste ae space n naebody wants me, every day"),
    ("emotional_abuse", "ma maw's man locks me oot the hoose when a greet n says a'm a wee rat"),
    ("emotional_abuse",
     'my carer says eye am a mistake and she will send me back four good if eye cry again'),
    ("missing",
     "a'm no goin hame, a've been dossin in a stairwell since the weekend n naebody knows "
     'where a am'),
    ("neglect", "a've had nae dinner since monday n ma maw's aff her heid on the drink"),
    ("neglect",
     'ma maw leaves me n ma wee sister in the hoose aw weekend wi nae food n nae heatin'),
    ("neglect",
     "nae food in the hoose since friday n ma maw's no been hame, a'm feedin the wean oot a "
     'tin'),
    ("neglect",
     "nowt to eat in the hoose for days, I've been nickin bread from the shop for our kid"),
    ("neglect",
     "there's nowt to eat at me mam's and she's been out since friday, I'm lookin after our "
     'kid on me own'),
    ("physical_abuse",
     'ma da punched ma heid aff the radiator last night n telt me tae say a fell'),
    ("physical_abuse",
     "ma maw's boyfriend burnt ma airm wi his fag n telt me a'd get worse if a grassed"),
    ("physical_abuse", "my carer keeps slappin me n draggin me by me hair"),
    ("physical_abuse", "my dad keeps slammin me into walls n chokin me when hes angry"),
    ("self_harm", "a cannae dae this anymore, a've been cuttin ma arms every night wi a razor"),
    ("self_harm",
     "a dinnae want tae be alive nae mair, a've been cuttin ma legs wi a blade every night"),
    ("self_harm", "a want tae end it, a've been savin ma tablets up in a sock"),
    ("self_harm", "am gonnae jump aff the bridge the night, a've had enough of everythin"),
    ("self_harm", "been hidin blades in my pencil case n cuttin in the toilets at break"),
    ("self_harm", "divvint want to be here nae mair, been cuttin us legs every neet"),
    ("self_harm", "ganna end it the neet, had enough of everythin"),
    ("self_harm", "nae point in me bein here, a've got a rope in ma wardrobe for the neet"),
    ("sexual_abuse",
     "he made me dae stuff tae him in his motor n said he'd tell ma maw a wis a liar"),
    ("sexual_abuse",
     "ma maw's pal comes intae ma room at night n touches ma privates, he says dinnae tell"),
    ("sexual_abuse", "ma uncle gets intae ma bed when he's had a drink n a cannae stop him"),
    ("sexual_abuse",
     "me mam's fella keeps comin in the bathroom when I'm in the bath, summat's not right"),
    ("unsafe_home", "the man next door has a key and he comes in at night when eye am asleep"),
    ("upset", "feelin pure doon the day, a cannae stop greetin"),
]

# Ordinary sentences in the same voices, many near the words of harm: all silent.
ORDINARY = [
    "ma da's takin us tae the fitba on saturday, cannae wait",
    "got a black eye fae a header at training, coach says a'll live",
    'four days in Spain with my foster family, best holiday ever',
    'I won four nil at fifa against my brother',
    "ma maw's makin mince n tatties the night, a'm starvin",
    "me da says he'll teach us tae drive when a'm 17",
    'a telt ma teacher a lost ma homework, she wisnae happy',
    "ma wee brother's greetin cos he dropped his ice cream",
    'the polis came tae school tae talk aboot stranger danger',
    'a burnt ma haun on the oven takin oot the pizza, ma maw put it under the tap',
    "me mam's takin wor bairn to the park the neet",
    "divvint fancy school the morra, we've got a test",
    "we did nowt all day at me nan's, just watched films n ate sweets",
    'me nan gave us summat for me birthday, a new phone case',
    "I won't no till tomorrow if I passed full stop fingers crossed",
    'eye am going to the dentist four my check up question mark',
    'the four of us went bowling and eye won',
    'my eye was itchy so the nurse gave me eye drops',
    'we went to the sea at tenby and I swam four hours',
    'the big rode by school is closed four roadworks',
    'I no the way to the park now, I can walk there on my own',
    'I no like mushrooms, my carer made me try them',
    'no one came to my party but we had cake anyway lol',
    "I'm four and a half foot tall now",
    "went to ma cousin's wedding, the bride was greetin the whole time",
    "a'm no goin tae the disco, it's pure borin",
    "ma da's new motor is a pure belter",
    "me mam says I can stay up late tonight cos it's the weekend",
    "the bairn next door keeps me up at neet cryin, it's only teethin",
    "he's a canny lad me foster da, took us fishin at the weekend",
    'our kid got a new bike for his birthday, well jealous',
    "summat smells nice, me carer's baking a cake",
    'eye have got football practice four hours on saturday',
    'eye no all the words to the song question mark',
    "I cud eat a horse, what's for tea",
    "tmrw is my bday and we're going bowling",
]


@pytest.mark.parametrize(("typed", "plain"), NORMALISED)
def test_dialect_and_dictation_are_read_as_the_rules_words(typed: str, plain: str) -> None:
    assert normalise(typed) == plain


@pytest.mark.parametrize(("kind", "text"), DIALECT_DISCLOSURES)
def test_disclosures_in_dialect_are_caught(kind: str, text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None, text
    assert kind in WORRIES or found.level == URGENT, text


def test_the_counts_of_the_fresh_sentences() -> None:
    assert len(DIALECT_DISCLOSURES) == 32
    assert len({kind for kind, _ in DIALECT_DISCLOSURES}) >= 10
    assert len(ORDINARY) == 36


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_dialect_and_dictation_stay_silent(text: str) -> None:
    assert detect(text, learned=False) is None, normalise(text)
    found = detect(text)
    assert found is None or found.level != URGENT, normalise(text)


@pytest.mark.parametrize(
    "text",
    [
        "I no he dont hit me",
        "eye no he doesnt hurt me",
        "I no like it when my carer shouts but she doesnt hit me",
        "am no scared of him, he never hits me",
        "nae one hits me at ma foster placement",
    ],
)
def test_a_negation_survives_the_reading(text: str) -> None:
    found = detect(text, learned=False)
    assert found is None or found.level != URGENT, normalise(text)


def test_the_phrase_lists_are_spelled_with_the_dialect_but_not_by_context() -> None:
    # Context-free words are spelled in a list as in the text, and an "-ing" finds a dropped "g" ...
    assert spelled("(telt|told) me (tae|to) hiding") == "(told|told) me (to|to) hiding?"
    # ... and those read by their neighbours are left as written: a list means what it says.
    assert spelled("black eye|the sea|four days|i won") == "black eye|the sea|four days|i won"


def test_doubled_dialect_words_are_read_before_the_squeeze() -> None:
    # Squeezed, "oot" would be "ot" (county lines' "out there") and "neet" a net.
    assert normalise("oot the neet") == "out the night"
    assert all(squeeze(word) != word for word in concern_dialect.DOUBLED)
    assert not set(concern_dialect.DOUBLED) & set(concern_dialect.TEXT_SPEAK)


def test_a_dropped_g_is_found_only_where_it_is_no_other_word() -> None:
    # "begging" never finds "begin", "robbing" no robin, "thing" no "thin", "shooting" at
    # cadets no "shootin" (squeezed, it is "shottin", dealing).
    for word in ("begging", "robbing", "thing", "skiing", "shooting", "bring"):
        assert spelled(word) == squeeze(word)
    assert spelled("slicing") == "slicing?"
    # The text keeps the word as typed, for the typo mender to read ("tarin" is "train").
    assert normalise("insulin n heroin, slicin") == "insulin n heroin slicin"
