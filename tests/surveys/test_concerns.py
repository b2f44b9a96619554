"""Concern detection: every disclosure in the red-team corpus is caught, ordinary answers
rarely raise a false alarm, and the normalisation undoes the tricks children use."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from surveys import concern_patterns
from surveys.concern_patterns import by_first_letters, compile_phrases
from surveys.concern_set_aside import set_aside
from surveys.concerns import CATEGORIES, URGENT, WORRY, Concern, detect, detect_across, normalise

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
FALSE_ALARM_LIMIT = 0.03


def corpus(name: str) -> list[tuple[int, str]]:
    """The items of a corpus file with their line numbers (comments and blanks skipped)."""
    lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()
    return [
        (number, line.strip())
        for number, line in enumerate(lines, start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


DISCLOSURES = corpus("disclosures.txt")
ORDINARY = corpus("ordinary.txt")


def sections(name: str) -> list[tuple[int, str, str]]:
    """The items of a corpus file written in ``# --- category ---`` sections, with each line's
    number and the category its section names."""
    found: list[tuple[int, str, str]] = []
    category = ""
    for number, line in enumerate((CORPORA / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("# --- "):
            category = line.removeprefix("# --- ").split()[0]
        elif line.strip() and not line.startswith("#"):
            found.append((number, category, line.strip()))
    return found


# Written from the indicators in published guidance, not from sentences children were heard to
# write: the frames must catch a sign of harm described in words no list was written for.
GUIDANCE = sections("guidance.txt")


# --- the corpora --------------------------------------------------------------------------------


def test_corpora_are_big_enough_and_include_the_cases_we_promised() -> None:
    texts = {text for _, text in DISCLOSURES}
    assert len(DISCLOSURES) >= 260
    assert len(ORDINARY) >= 150
    assert "I'm being forced to have sex and I'm only 12" in texts
    welsh = [t for t in texts if any(w in t for w in ("dw i", "dwi", "mae ", "fy "))]
    assert len(welsh) >= 30, "the corpus needs disclosures written in Welsh"
    emoji = [t for t in texts if any(ord(c) > 0x2000 for c in t)]
    assert len(emoji) >= 5, "the corpus needs disclosures written with emoji"
    long = [t for t in texts if len(t) > 120]
    assert len(long) >= 5, "the corpus needs disclosures buried in long answers"


@pytest.mark.parametrize(("number", "text"), DISCLOSURES, ids=[f"line{n}" for n, _ in DISCLOSURES])
def test_every_disclosure_is_caught(number: int, text: str) -> None:
    concern = detect(text)
    assert concern is not None, f"disclosures.txt line {number} was not caught: {text!r}"
    assert concern.categories, f"disclosures.txt line {number} has no category"
    assert set(concern.categories) <= set(CATEGORIES)


def test_every_category_is_caught_somewhere_in_the_corpus(
    concern_figure: Callable[[str], None],
) -> None:
    found: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
    caught = 0
    for _, text in DISCLOSURES:
        concern = detect(text)
        if concern is not None:
            caught += 1
            for category in concern.categories:
                found[category] += 1
    concern_figure(f"concerns: disclosures caught {caught}/{len(DISCLOSURES)}")
    missing = [category for category, count in found.items() if count == 0]
    assert not missing, f"no disclosure in the corpus raised {missing}"


def test_false_alarms_on_ordinary_answers_stay_under_three_percent(
    concern_figure: Callable[[str], None],
) -> None:
    alarms = [(n, text, detect(text)) for n, text in ORDINARY]
    raised = [(n, text, c.categories) for n, text, c in alarms if c is not None]
    rate = len(raised) / len(ORDINARY)
    concern_figure(f"concerns: false alarms {len(raised)}/{len(ORDINARY)} ({rate:.1%})")
    for n, text, categories in raised:
        concern_figure(f"  ordinary.txt line {n} {categories}: {text}")
    assert rate < FALSE_ALARM_LIMIT, f"false alarms {len(raised)}/{len(ORDINARY)}: {raised}"


def test_the_guidance_corpus_covers_every_kind_of_harm() -> None:
    named = {category for _, category, _ in GUIDANCE}
    assert named == set(CATEGORIES), f"sections missing: {set(CATEGORIES) - named}"
    counts = {c: sum(1 for _, cat, _ in GUIDANCE if cat == c) for c in named}
    # The kinds of harm whose signs are least like their names get the most wordings.
    for category in ("exploitation", "emotional_abuse", "trafficking", "unsafe_home"):
        assert counts[category] >= 20, f"{category} has only {counts[category]} lines"


@pytest.mark.parametrize(
    ("number", "category", "text"), GUIDANCE, ids=[f"line{n}" for n, _, _ in GUIDANCE]
)
def test_every_sign_in_the_guidance_corpus_is_caught_at_its_level(
    number: int, category: str, text: str
) -> None:
    concern = detect(text)
    assert concern is not None, f"guidance.txt line {number} ({category}) was missed: {text!r}"
    expected = WORRY if category in {"bullying", "upset"} else URGENT
    # A serious sign must get the urgent reply (999, IRO and duty told), a worry the kind one.
    assert concern.level == expected, f"guidance.txt line {number}: {concern.categories}"


# --- the idioms children use every day ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my brother hit the ball",
        "I'm dying to see my mum",
        "this homework is killing me",
        "I could kill for a pizza",
        "we play fighting games",
        "mum hugs me",
        "I cut my hair",
        "I killed it in my spelling test",
        "my mate beat me at fifa",
        "I'd like to die my hair pink",
        "I killed myself laughing",
        "nobody hits me here",
        "he never hits me",
        "no one shouts at me",
        "",
        "   ",
        "👍😀",
    ],
)
def test_ordinary_words_raise_no_concern(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("he hits me", "physical_abuse"),
        ("i want to die", "self_harm"),
        ("I'm being forced to have sex and I'm only 12", "sexual_abuse"),
        ("she calls me worthless", "emotional_abuse"),
        ("theres no food in the house", "neglect"),
        ("older lads give me weed to carry", "exploitation"),
        ("a man online wants pics", "exploitation"),
        ("i ran away last night", "missing"),
        ("i dont feel safe at home", "unsafe_home"),
        ("i get bullied every day", "bullying"),
        ("mae o'n fy nharo i", "physical_abuse"),
        ("dw i eisiau marw", "self_harm"),
        ("dw i ddim yn teimlo'n saff", "unsafe_home"),
    ],
)
def test_each_category_is_named(text: str, category: str) -> None:
    concern = detect(text)
    assert concern is not None
    assert category in concern.categories


def test_a_text_with_two_kinds_of_harm_names_both() -> None:
    concern = detect("he hits me and there is never any food, i want to die")
    assert concern is not None
    assert {"physical_abuse", "neglect", "self_harm"} <= set(concern.categories)
    assert len(concern.phrases) >= 3


def test_negation_never_silences_self_harm() -> None:
    # "I don't want to live" is itself a disclosure: negation only guards "nobody hits me".
    assert detect("i dont want to live anymore") is not None
    assert detect("i dont want to be alive") is not None


def test_welsh_lists_apply_to_every_text_and_english_to_welsh_speakers() -> None:
    assert detect("school is fine but dw i isio marw") is not None
    assert detect("mae'r ysgol yn iawn ond he hits me") is not None


def test_concern_is_a_frozen_value() -> None:
    concern = detect("he hits me")
    assert concern == Concern(categories=("physical_abuse",), phrases=("he hits me",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        concern.categories = ()  # type: ignore[misc]


def test_strange_and_huge_input_never_raises() -> None:
    for text in ("\x00\x01\x1b[31m", "\u202eem stih eh", "a" * 10_000, "🔪" * 500, "\ud7ff"):
        detect(text)
    buried = "school is fine. " * 600 + "he hits me"
    assert detect(buried) is not None


# --- normalisation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("He HITS me!!!", "he hits me"),
        ("he hiiiits me", "he hits me"),
        ("he hitttts meeee", "he hits me"),
        ("I'm   sad...", "i am sad"),
        ("don’t", "dont"),
        ("café naïve ŵyr dŷ", "cafe naive wyr dy"),
        ("k i l l myself", "kil myself"),
        ("k.i.l.l myself", "kil myself"),
        ("k1ll mys3lf", "kil myself"),
        ("$uicide", "suicide"),
        ("kms", "kil myself"),
        ("kys", "kil yourself"),
        ("h8 it here", "hate it here"),
        ("i wanna die", "i want to die"),
        ("i want 2 die", "i want to die"),
        ("i want to 🔪 myself", "i want to knife myself"),
        ("🩸💊", "blod pils"),
        ("ki\u200bll", "kil"),
        ("𝓴𝓲𝓵𝓵", "kil"),
        ("year 7 and 12 years old", "year 7 and 12 years old"),
    ],
)
def test_normalise(raw: str, plain: str) -> None:
    assert normalise(raw) == plain


def test_sh_means_self_harm_only_in_context() -> None:
    assert detect("i sh again last night") is not None
    assert detect("sh scars on my legs") is not None
    assert detect("shh my brother is asleep") is None
    assert detect("we went to the shops") is None


# --- levels and messages read together -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("people at school call me names", WORRY),
        ("i feel so lonely all the time", WORRY),
        ("they call me names and my dad hits me", URGENT),
        ("the older boys make me carry weed for them", URGENT),
        ("i want to jump off the bridge", URGENT),
    ],
)
def test_each_concern_has_a_level(text: str, level: str) -> None:
    concern = detect(text)
    assert concern is not None and concern.level == level


def test_a_concern_split_over_messages_is_found_together() -> None:
    # Neither half is a disclosure to the rules (the learned layer may find the first one a
    # worry by itself); read together they are an urgent threat.
    assert detect("he's going to get me", learned=False) is None
    assert detect("if I tell anyone", learned=False) is None
    joined = detect_across(["he's going to get me"], "if I tell anyone")
    assert joined is not None and joined.level == URGENT
    three = detect_across(["the older boys", "make me"], "carry stuff for them")
    assert three is not None and "exploitation" in three.categories
    assert detect_across(["school was fine", "we had pizza"], "then i went home") is None
    # A message that is a concern by itself is reported as itself.
    alone = detect_across(["whatever"], "he hits me")
    assert alone == detect("he hits me")


def test_a_join_reads_on_past_a_match_that_one_message_holds_in_a_saying() -> None:
    # The join's first words of a threat lie in an everyday saying of the first message, which
    # the next message's "scared" breaks when the two are read as one; set aside as that
    # message's own saying, they must not hide the threat told across both after them.
    first = "if i tell my teacher my sister will get moved up a set. he'll get me"
    assert detect(first, learned=False) is None
    assert detect("if i tell. scared", learned=False) is None
    found = detect_across([first], "if i tell. scared", learned=False)
    assert found is not None and found.level == URGENT and "coercion" in found.categories
    # The saying beside an everyday message raises nothing.
    saying = "if i tell my teacher my sister will get moved up a set"
    assert detect_across([saying], "we have maths on monday", learned=False) is None


@pytest.mark.parametrize("order", [1, -1])
def test_a_longer_saying_that_begins_at_the_same_word_holds_the_match(
    monkeypatch: pytest.MonkeyPatch, order: int
) -> None:
    # A search takes the first saying that matches at a place, not the longest: a short one
    # found first must not hide a longer one from the same word that holds the whole match.
    sayings = ["my step dad", "my step dad hit me with a pillow _ fight"][::order]
    lists = concern_patterns.LISTS.get()
    monkeypatch.setitem(lists.idioms, "physical_abuse", compile_phrases(sayings))
    monkeypatch.setitem(lists.sayings, "physical_abuse", by_first_letters(sayings))
    assert detect("my stepdad hit me with a pillow in a pillow fight", learned=False) is None
    found = detect("my stepdad hit me with a belt in a fight", learned=False)
    assert found is not None and found.level == URGENT
    # The short saying alone holds less than the match, so it sets nothing aside.
    monkeypatch.setitem(lists.idioms, "physical_abuse", compile_phrases(["my step dad"]))
    monkeypatch.setitem(lists.sayings, "physical_abuse", by_first_letters(["my step dad"]))
    assert detect("my stepdad hit me with a pillow in a pillow fight", learned=False) is not None


@pytest.mark.parametrize("order", [1, -1])
def test_a_match_runs_into_the_longer_of_two_sayings_from_the_same_word(
    monkeypatch: pytest.MonkeyPatch, order: int
) -> None:
    # The match begins before the sayings do, over words that only lead into them; the short
    # saying found first at "die" stops inside the match, the longer one runs past it.
    sayings = ["die of", "die of boredom in maths"][::order]
    lists = concern_patterns.LISTS.get()
    monkeypatch.setitem(lists.idioms, "self_harm", compile_phrases(sayings))
    monkeypatch.setitem(lists.sayings, "self_harm", by_first_letters(sayings))
    text = normalise("i wanted to die of boredom in maths today")
    start, end = text.index("wanted"), text.index("boredom") + len("boredom")
    assert set_aside("self_harm", text, start, end)
    # In other words after the match, the longer saying does not follow on: nothing is set aside.
    other = normalise("i wanted to die of boredom and then i took the pills")
    assert not set_aside("self_harm", other, other.index("wanted"), other.index("boredom") + 7)
    # The short saying alone holds less than the match.
    monkeypatch.setitem(lists.idioms, "self_harm", compile_phrases(["die of"]))
    monkeypatch.setitem(lists.sayings, "self_harm", by_first_letters(["die of"]))
    assert not set_aside("self_harm", text, start, end)
