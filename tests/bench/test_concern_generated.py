"""The generated training sentences: the same every time, and no ordinary one the rules alarm on
(it would teach the learned layer that harm is ordinary)."""

from __future__ import annotations

from bench.concern_generated import generated
from surveys.concerns import detect, normalise


def test_the_same_seed_gives_the_same_sentences() -> None:
    first = generated(count=150)
    assert first == generated(count=150)
    assert generated(count=150, seed=14) != first


def test_no_ordinary_sentence_raises_a_rule_alert() -> None:
    harm, ordinary = generated(count=400)
    assert 350 <= len(harm) <= 400 and 300 <= len(ordinary) <= 400
    raised = [s for s in ordinary if detect(s, learned=False) is not None]
    assert raised == []


def test_harm_and_ordinary_share_their_words_but_not_their_structure() -> None:
    harm, ordinary = generated(count=400)
    # Normalised already, every one different, and none on both sides.
    assert all(s == normalise(s) for s in harm + ordinary)
    assert len(set(harm)) == len(harm) and not set(harm) & set(ordinary)
    # The same verbs and places on both sides: the model must learn who and why, not topic.
    for word in map(normalise, ("carry", "train", "owe", "phone")):
        assert any(word in s.split() for s in harm), word
        assert any(word in s.split() for s in ordinary), word
