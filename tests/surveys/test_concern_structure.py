"""Concern detection by the structure of each kind of harm: the second tuning corpus (new
wordings of the signs in guidance) is caught by the rules alone at its level, the parts of a
disclosure are found in any order but only close together, and everyday sayings that borrow
the words of harm ("mum will kill me if I'm late lol") stay quiet without silencing the threat
beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveys import concern_clauses
from surveys.concerns import CATEGORIES, URGENT, WORRY, detect, detect_across, normalise
from tests.surveys.test_concerns import sections

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
CLOSE_SECTION = "# --- close to harm but ordinary"



def close_ordinary() -> list[tuple[int, str]]:
    """The ordinary answers written to sit close to harm (idioms, games, films, football)."""
    lines = (CORPORA / "ordinary.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(CLOSE_SECTION))
    return [
        (number, line.strip())
        for number, line in enumerate(lines[start + 1 :], start + 2)
        if line.strip() and not line.startswith("#")
    ]


def corpus_lines(name: str) -> list[tuple[int, str]]:
    """Every message of a corpus file with its line number."""
    lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()
    return [(n, t.strip()) for n, t in enumerate(lines, 1) if t.strip() and not t.startswith("#")]


STRUCTURE = sections("structure.txt")
CLOSE = close_ordinary()


def test_the_structure_corpus_covers_every_kind_of_harm_and_is_deepest_where_asked() -> None:
    named = {category for _, category, _ in STRUCTURE}
    assert named == set(CATEGORIES), f"sections missing: {set(CATEGORIES) - named}"
    counts = {c: sum(1 for _, cat, _ in STRUCTURE if cat == c) for c in named}
    # County lines and feeling unsafe at home were the two kinds the held-out figures missed.
    assert counts["exploitation"] >= 40 and counts["unsafe_home"] >= 40, counts
    welsh = [
        t for _, c, t in STRUCTURE
        if c in ("exploitation", "unsafe_home") and any(w in t for w in ("i'n", "mae ", "dw i"))
    ]
    assert len(welsh) >= 5, "both categories need Welsh wordings"
    assert len(CLOSE) >= 80, "the close-but-ordinary answers are the false alarms' test"


@pytest.mark.parametrize(
    ("number", "category", "text"), STRUCTURE, ids=[f"line{n}" for n, _, _ in STRUCTURE]
)
def test_every_wording_in_the_structure_corpus_is_caught_by_the_rules_at_its_level(
    number: int, category: str, text: str
) -> None:
    # The rules alone: the learned layer only ever adds a worry, and serious harm needs the
    # urgent reply (Childline and 999, the IRO and duty told).
    concern = detect(text, learned=False)
    assert concern is not None, f"structure.txt line {number} ({category}) missed: {text!r}"
    expected = WORRY if category in {"bullying", "upset"} else URGENT
    assert concern.level == expected, f"structure.txt line {number}: {concern.categories}"


@pytest.mark.parametrize(("number", "text"), CLOSE, ids=[f"line{n}" for n, _ in CLOSE])
def test_ordinary_answers_that_sit_close_to_harm_raise_nothing(number: int, text: str) -> None:
    # With the learned layer too: a child talking about a film or football gets no alert.
    assert detect(text) is None, f"ordinary.txt line {number} raised an alert: {text!r}"


@pytest.mark.parametrize(
    ("saying", "threat"),
    [
        ("mum said she would kill me if I was late lol", "he said he would kill me if I told"),
        ("i was late and mum said she was going to kill me haha",
         "i lost my phone and he said he would kill me if i told"),
        ("dad will kill me if i lose another coat lol",
         "he said he would kill me if i told about the mess"),
        ("the dog ran away with my sock", "i ran away with my phone last night"),
        ("we watched a film about a gang selling drugs",
         "after we watched a film he made me sell drugs for him"),
        ("my brother plays a game where you deliver parcels",
         "the olders message me on a game and make me deliver parcels for them"),
        ("i owe my friend a quid for the tuck shop", "i owe the olders a grand for the stuff"),
        ("im scared of the dark", "im scared of the dark because he comes home drunk"),
        ("my carer grabbed my hand so i didnt fall", "my carer grabbed my hand and twisted it"),
        ("i hide in the wardrobe when we play hide and seek",
         "i hide in the wardrobe when he comes home drunk"),
    ],
)
def test_a_saying_stays_quiet_and_the_threat_beside_it_does_not(saying: str, threat: str) -> None:
    assert detect(saying) is None
    concern = detect(threat, learned=False)
    assert concern is not None and concern.level == URGENT, threat


def test_a_saying_never_hides_other_harm_in_the_same_message() -> None:
    concern = detect("mum will kill me if im late and dad hits me")
    assert concern is not None and "physical_abuse" in concern.categories
    # A child may tell their own story as one.
    concern = detect("i want to tell you a story about how my dad hits me", learned=False)
    assert concern is not None and "physical_abuse" in concern.categories


def test_the_parts_of_a_disclosure_are_found_in_any_order() -> None:
    for text in (
        "i keep the weed for the olders at my house",
        "for the olders i keep the weed at my house",
        "the weed at my house, i keep it for the olders",
    ):
        concern = detect(text, learned=False)
        assert concern is not None and "exploitation" in concern.categories, text


def test_the_parts_must_be_close_together() -> None:
    near = normalise("the olders keep ringing me to do a shift")
    assert [c for c, _, _ in concern_clauses.find(near)] == ["exploitation"]
    # The same parts with twenty ordinary words between them are two separate thoughts.
    far = normalise("the olders at school were kind " + "and we played " * 7 + "i do a shift")
    assert concern_clauses.find(far) == []


def test_words_of_fear_that_are_negated_raise_nothing() -> None:
    assert detect("i am not scared at home anymore", learned=False) is None
    assert detect("i never feel scared when he comes home", learned=False) is None
    assert detect("i am scared when he comes home", learned=False) is not None


@pytest.mark.parametrize(
    "text",
    [
        "dey gave me a fone n now i owe dem",
        "ova the wkend i was in a flat in a diff town sellin 4 sum olders",
        "scard 2 go home coz of him",
        "dw i'n cadw cyllell i'r bois hŷn yn fy stafell",
        "mam yn yfed trwy'r amser a dw i ofn",
    ],
)
def test_text_speak_and_welsh_are_read_by_the_same_structure(text: str) -> None:
    concern = detect(text, learned=False)
    assert concern is not None and concern.level == URGENT, text


def test_a_county_lines_disclosure_split_over_messages_is_found_together() -> None:
    first, second = "i been looking after a bag", "for some older boys"
    assert detect(first, learned=False) is None and detect(second, learned=False) is None
    joined = detect_across([first], second)
    assert joined is not None and "exploitation" in joined.categories
    assert joined.level == URGENT


def test_ordinary_answers_sent_one_after_another_rarely_join_into_an_alert() -> None:
    # As a chat remembers them (bot.safeguarding.recent_words): the last two harmless messages,
    # forgotten after an alert. Two ordinary thoughts side by side must not read as one
    # disclosure, so joined messages are read without the loosest rule (clusters of signs).
    earlier: list[str] = []
    alarms = []
    for _, text in corpus_lines("ordinary.txt"):
        found = detect_across(earlier[-2:], text)
        if found is None:
            earlier.append(text)
        else:
            alarms.append(text)
            earlier = []
    total = len(corpus_lines("ordinary.txt"))
    assert len(alarms) <= total // 100, alarms
