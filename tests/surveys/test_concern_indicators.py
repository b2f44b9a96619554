"""Criminal exploitation heard by every indicator guidance names, not only by the shapes
children happened to write; the kinds of harm nearest county lines by their own signs.

``tests/corpora/indicators_criminal.txt`` lists the indicators of child criminal exploitation
and county lines that published guidance names; batch (g) of ``adversarial.txt`` holds three
wordings of each, batches (h) and (i) fresh probes written after them, and batch (g) of
unsafe_home, trafficking and sexual_exploitation ten fresh wordings each. Every line must raise
an urgent alert from the rules alone (``test_concern_voices`` reads them all); here the batches
are held to their shape, each indicator to its own wordings, and the rules they taught to their
nearest everyday answers.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from surveys.concerns import URGENT, detect
from tests.surveys.test_concerns import corpus, sections

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def indicators() -> dict[str, str]:
    """Each indicator's id and what guidance names, from ``indicators_criminal.txt``."""
    return {
        ident.strip(): named.strip()
        for ident, named in (line.split("|", 1) for _, line in corpus("indicators_criminal.txt"))
    }


def wordings_by_indicator() -> dict[str, list[str]]:
    """Batch (g) of exploitation in ``adversarial.txt``: the wordings under each ``# ~ id``."""
    found: dict[str, list[str]] = {}
    inside, current = False, ""
    for line in (CORPORA / "adversarial.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# --- "):
            inside = line.startswith("# --- exploitation (batch g")
        elif inside and line.startswith("# ~ "):
            current = line.removeprefix("# ~ ").strip()
            found[current] = []
        elif inside and current and line.strip() and not line.startswith("#"):
            found[current].append(line.strip())
    return found


INDICATORS = indicators()
WORDINGS = wordings_by_indicator()


def _batch(category: str, letter: str) -> list[str]:
    lines = (CORPORA / "adversarial.txt").read_text(encoding="utf-8").splitlines()
    numbers = {n for n, c, _ in sections("adversarial.txt") if c == category}
    found = []
    for number in sorted(numbers):
        header = next(x for x in reversed(lines[:number]) if x.startswith("# --- "))
        if f"(batch {letter}" in header:
            found.append(lines[number - 1].strip())
    return found


def test_the_indicator_list_is_the_whole_of_what_guidance_names() -> None:
    assert len(INDICATORS) >= 45, len(INDICATORS)
    # The ones the earlier batches never showed are in it, not only the familiar ones.
    for ident in ("plugging", "cuckooing", "filmed_threat", "bank_account", "coached_story",
                  "picked_up_cars", "online_offer", "cannabis_farm", "county_line_words"):
        assert ident in INDICATORS, ident


def test_every_indicator_has_three_wordings_in_batch_g_and_nothing_else_is_there() -> None:
    assert set(WORDINGS) == set(INDICATORS), set(WORDINGS) ^ set(INDICATORS)
    thin = {ident: len(lines) for ident, lines in WORDINGS.items() if len(lines) < 3}
    assert thin == {}, thin
    welsh = [t for lines in WORDINGS.values() for t in lines if any(
        w in t for w in ("dw i", "mae ", "ma nhw", "nhw ", " fi "))]
    assert len(welsh) >= 5, "the indicators need Welsh and Wenglish wordings too"


@pytest.mark.parametrize("ident", sorted(WORDINGS))
def test_each_indicator_is_heard_in_every_one_of_its_wordings(ident: str) -> None:
    missed = [
        text for text in WORDINGS[ident]
        if (found := detect(text, learned=False)) is None or found.level != URGENT
    ]
    assert missed == [], f"{ident} ({INDICATORS[ident]}) missed: {missed}"


def test_the_fresh_probes_are_their_promised_size() -> None:
    assert len(_batch("exploitation", "h")) == 20 and len(_batch("exploitation", "i")) == 20
    sizes = Counter(
        {c: len(_batch(c, "g")) for c in ("unsafe_home", "trafficking", "sexual_exploitation")}
    )
    assert sizes == Counter(unsafe_home=10, trafficking=10, sexual_exploitation=10), sizes


@pytest.mark.parametrize(
    ("disclosure", "ordinary"),
    [
        # Each rule the indicators taught, in words no batch used, beside the nearest everyday
        # answer.
        ("the men i work for said i dont need school anymore",
         "my mum said i dont need school tomorrow because its an inset day"),
        ("some lads on instagram said easy money if i hold a bag for a week",
         "i saw an ad on instagram for easy money doing surveys"),
        ("a bloke in a grey van keeps picking me up after football and drives me places",
         "my coach picks me up after football in his van with the team"),
        ("they keep me in a premier inn and people come to buy stuff",
         "we stayed in a premier inn for my cousins wedding"),
        ("the older boys get me to go and rob phones off kids in the park",
         "the older boys in the park let me play football with them"),
        ("if the feds ask i have to say its my uncles flat",
         "if my teacher asks i have to say i did my reading"),
        ("i cant leave now i got the gangs tattoo",
         "i got a football club tattoo sticker and i cant wait to show nan"),
        ("he took a video of me with the drugs and says hell show the police if i stop",
         "my brother took a video of me falling off my bike and showed my mum"),
        ("they're using my bank account to move money and i get a cut",
         "my carer is helping me set up a bank account for my savings"),
        ("my dad owes some dealers so now i do runs for them",
         "my dad owes my uncle a pint so he's buying him one on friday"),
        ("i got sent to a town i never heard of and had to stay in a flat",
         "i got sent to my room for swearing and had to stay in there"),
        ("a man in a white car keeps following me home from school",
         "my little brother keeps following me home from school"),
        ("they made me stay in a flat in a town i didnt know for a week",
         "my mum made me stay at my nans house for a week while she was in hospital"),
    ],
)
def test_a_rule_from_the_indicators_hears_new_words_and_leaves_the_nearest_answer(
    disclosure: str, ordinary: str
) -> None:
    concern = detect(disclosure, learned=False)
    assert concern is not None and concern.level == URGENT, disclosure
    assert detect(ordinary) is None, (ordinary, detect(ordinary))


@pytest.mark.parametrize(
    "text",
    [
        "the cat comes in my room at night",
        "my dog gets in my bed at night and snores",
        "our kitten sneaks into my bedroom when i am asleep",
    ],
)
def test_a_pet_that_comes_in_at_night_raises_nothing(text: str) -> None:
    assert detect(text) is None, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "the cat comes in my room at night and so does my step dad",
        "the cat comes in my room at night and he comes in too",
        "my step dad comes in my room at night",
        "he gets in my bed at night when mum is asleep",
    ],
)
def test_a_person_who_comes_in_at_night_is_still_heard_even_after_a_pet(text: str) -> None:
    concern = detect(text, learned=False)
    assert concern is not None and "sexual_abuse" in concern.categories, (text, concern)
    assert concern.level == URGENT


def test_the_sexual_abuse_rules_keep_their_recall_on_every_tuning_corpus() -> None:
    lines = [
        (name, n, t)
        for name in ("guidance.txt", "structure.txt")
        for n, c, t in sections(name)
        if c == "sexual_abuse"
    ]
    assert len(lines) >= 20
    missed = [(name, n, t) for name, n, t in lines
              if (found := detect(t, learned=False)) is None or found.level != URGENT]
    assert missed == [], missed


def test_a_move_of_school_or_placement_is_no_sign_of_trafficking() -> None:
    assert detect("they moved me from my old school to a new one and i dont know why") is None
    # Being moved round the country by someone still is.
    concern = detect("they keep moving me around to a different city every week", learned=False)
    assert concern is not None and "trafficking" in concern.categories, concern
    # Only care's own moves are set aside: a move from home, house or flat to a new place is
    # what being trafficked sounds like too.
    for moved in (
        "they moved us from our home to a different country",
        "he moved me from the flat to a new house in another town",
    ):
        concern = detect(moved, learned=False)
        assert concern is not None and "trafficking" in concern.categories, (moved, concern)
