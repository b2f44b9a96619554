"""The learned second layer of concern detection: it adds worries for wordings the rules miss,
never removes or softens a rule's alert, and the shipped weights are what training gives."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench.concern_model import DISCLOSURE_FILES, TUNING, messages, trained
from surveys import concern_learning
from surveys.concern_concepts import CONCEPTS, WINDOW, concept_features, concepts
from surveys.concern_learning import SHIPPED, Model, features, shipped, train
from surveys.concerns import LEARNED, URGENT, WORRY, Concern, detect, detect_across, normalise

# Vague wordings no phrase or frame was written for; a person should read each one.
PARAPHRASES = (
    "someone keeps following me home",
    "the men make me go with them",
    "he follows me everywhere and wont leave me alone",
    "he will make me pay",
)


# Written for issue 13's second round: the rules miss them, and so did the model before its
# threshold stopped counting one- to three-word answers it is never asked about.
FRESH = (
    "they said i have to answer the phone whenever it goes even at night",
    "i dont want to go out but they keep coming for me in a car",
)


@pytest.mark.parametrize("text", PARAPHRASES + FRESH)
def test_it_raises_a_worry_for_paraphrases_the_rules_miss(text: str) -> None:
    assert detect(text, learned=False) is None, "the rules catch this now: pick another"
    concern = detect(text)
    assert concern == Concern(categories=(LEARNED,), phrases=())
    # A worry: a kind reply and the IRO told, never the 999 reply on a model's guess.
    assert concern.level == WORRY


def test_it_never_removes_or_softens_a_rule_alert(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [t for name in DISCLOSURE_FILES for t in _lines(TUNING / name)]
    by_rules = {t: detect(t, learned=False) for t in texts}
    assert all(found is not None for found in by_rules.values())
    for text, found in by_rules.items():
        assert detect(text) == found, text
    # Even a model that calls everything harmless, or everything harmful, changes no rule alert.
    for bias in (-1000.0, 1000.0):
        model = Model(weights={}, bias=bias, threshold=0.5)
        monkeypatch.setattr(concern_learning, "shipped", lambda model=model: model)
        for text, found in by_rules.items():
            assert detect(text) == found, text


def test_a_split_threat_stays_urgent_when_one_half_looks_like_a_worry() -> None:
    first = "he says he will get me"
    assert detect(first) == Concern(categories=(LEARNED,), phrases=())
    joined = detect_across([first], "if I tell anyone")
    assert joined is not None and joined.level == URGENT and LEARNED not in joined.categories


def test_words_the_rules_found_negated_are_not_raised_by_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A model that finds harm everywhere: the rules' "never" still stands, as the model does
    # not read negation; words the rules saw nothing in go to the model.
    eager = Model(weights={}, bias=1000.0, threshold=0.5)
    monkeypatch.setattr(concern_learning, "shipped", lambda: eager)
    assert detect("he never hits me") is None
    assert detect("nobody hits me here") is None
    assert detect("i like playing football") == Concern(categories=(LEARNED,), phrases=())
    # Nor is it asked about a word or two it cannot judge ("he", "my step dad").
    assert detect("he") is None and detect("my step dad") is None


def test_ordinary_words_stay_quiet() -> None:
    for text in ("things at home are good", "i like football", "my carer is kind", "", "👍"):
        assert detect(text) is None, text


def test_retraining_reproduces_the_shipped_weights() -> None:
    # Trained only on tests/corpora, with a fixed seed: anyone can check the shipped file.
    assert trained().to_json() == SHIPPED.read_text(encoding="utf-8")


def test_the_shipped_model_is_small_plain_data_and_quick() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    # A weight per n-gram seen twice: the file grows with the tuning corpora (about 20 kB for
    # the practices' probes), and stays plain data read once, on import.
    assert len(text) < 500_000
    model = Model.from_json(text)
    assert model == shipped() and 0.5 <= model.threshold < 1.0
    assert Model.from_json(model.to_json()) == model
    long = normalise("school is ok and i like my teacher and i go to football on saturdays " * 8)
    started = time.perf_counter()
    for _ in range(100):
        model.probability(long)
    assert (time.perf_counter() - started) / 100 < 0.005


def test_features_are_words_pairs_and_letters_inside_words() -> None:
    found = features("he hits")
    assert {"w:he", "w:hits", "b:he_hits", "c: hi", "c:its", "c:hits "} <= set(found)
    assert len(found) == len(set(found))
    assert features("") == []


def _lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_training_reads_the_tuning_corpora_only() -> None:
    assert TUNING.name == "corpora" and TUNING.parent.name == "tests"
    assert messages(TUNING / "ordinary.txt")[0] == normalise(_lines(TUNING / "ordinary.txt")[0])


def test_concepts_name_the_structure_of_county_lines_and_not_one_word_of_it() -> None:
    # The rules' own slots are reused ("foster carer", "step dad"), and words they keep no slot
    # for are added (owing, burners, the feds), English and Welsh.
    assert {"foster carer", "step dad"} <= CONCEPTS["CARER"]
    assert {"owe", "burner", "feds", "gorfod"} <= CONCEPTS["DEBT"] | CONCEPTS["PHONE"] | \
        CONCEPTS["POLICE"] | CONCEPTS["COERCE"]
    plain = normalise("Some older lads make me carry a knife")
    assert ("kk:CARRY+COERCE" in concept_features(plain)
            and "kk:CARRY+WEAPON" in concept_features(plain)
            and "kk:COERCE+OLDER" in concept_features(plain))
    # One idea alone is no pair: carrying a nan's shopping, owing a mate a tenner.
    assert concept_features(normalise("i carry my nans shopping")) == ()
    assert concept_features(normalise("i owe my mate a tenner")) == ()
    # A phrase of several words is one place, at its first word.
    assert (3, "COERCE") in concepts(normalise("they said i have to go"))


def test_two_ideas_far_apart_are_no_pair() -> None:
    near = normalise("they made me carry it")
    far = normalise("they made me " + "go and " * WINDOW + "carry it")
    assert "kk:CARRY+COERCE" in concept_features(near)
    assert "kk:CARRY+COERCE" not in concept_features(far)
    # The model reads the pairs beside its words and letters.
    assert "kk:CARRY+COERCE" in features(near)


def test_answers_too_short_to_be_asked_about_do_not_raise_the_threshold() -> None:
    harm = ["he hits me every day at home", "my dad hits me when he is angry",
            "he kicks me and hits me in my room", "my step dad hits me with a belt",
            "she hits me every night", "he hit me so hard i cried", "my uncle hits me and it hurts",
            "he punches me and hits me on my back", "my carer hits me when i am late",
            "mum hits me every time i talk"]
    calm = ["i like playing football with my mates", "school is good and my teacher is kind",
            "we had pizza for tea on friday", "i went swimming with my carer on sunday",
            "my nan makes nice cakes at the weekend", "i want to talk about my room",
            "the meeting was at school and it was fine", "my dog is called biscuit and he is funny",
            "i like drawing and painting at home", "we play games on the xbox after tea",
            "he is my best friend", "my brother is annoying sometimes"]
    # "he hits" alone is never asked about (MIN_WORDS), so its score must not set the bar.
    short = ["he hits", "hits me", "he hit", "dad hits", "hit me"]
    with_short = train(harm, calm + short)
    assert with_short.threshold == train(harm, calm).threshold == 0.5
    assert with_short.suggests_harm("my nan hits me all the time")
    assert not with_short.suggests_harm("i like my school and my teacher")
