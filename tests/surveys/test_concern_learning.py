"""The learned second layer of concern detection: it adds worries for wordings the rules miss,
never removes or softens a rule's alert, and the shipped weights are what training gives."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench.concern_model import DISCLOSURE_FILES, TUNING, messages, trained
from surveys import concern_learning
from surveys.concern_learning import SHIPPED, Model, features, shipped
from surveys.concerns import LEARNED, URGENT, WORRY, Concern, detect, detect_across, normalise

# Vague wordings no phrase or frame was written for; a person should read each one.
PARAPHRASES = (
    "someone keeps following me home",
    "the men make me go with them",
    "he follows me everywhere and wont leave me alone",
    "he will make me pay",
)


@pytest.mark.parametrize("text", PARAPHRASES)
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
    assert len(text) < 400_000
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
