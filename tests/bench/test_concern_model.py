"""Training the learned layer: deterministic, and the shipped weights are what training on the
corpora and code as they are gives, checked by the fingerprint written beside them (training
again takes minutes; the fingerprint, seconds)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bench import concern_model
from bench.concern_model import (
    DISCLOSURE_FILES,
    HANDS,
    ORDINARY_FILES,
    WORRY_FILES,
    TrainingSet,
    fingerprint,
    shipped_fingerprint,
    trained,
    training_set,
)
from surveys import concern_learning, concern_sgd
from surveys.concern_learning import LEARNED, LEARNED_SERIOUS, Model

ROOT = Path(__file__).resolve().parents[2]
HARM = [f"{who} hits me {when}" for who in ("he", "my dad", "my step dad", "my uncle")
        for when in ("every night", "with a belt", "in my room")]
TEASED = [f"{who} laugh at me {where}" for who in ("they", "the girls", "the boys")
          for where in ("every day", "at school", "in class")]
CALM = [f"i like {what} with my {who}" for what in ("football", "swimming", "drawing", "lego")
        for who in ("carer", "nan", "brother", "mates", "sister")]


def test_the_shipped_weights_were_trained_on_the_corpora_and_code_as_they_are() -> None:
    # Every message training reads, with its part, flag, weight and features, and the training
    # code: a corpus or the trainer changed without training again fails here.
    assert shipped_fingerprint() == fingerprint(training_set()), (
        "the tuning corpora or the training code changed since surveys/data/concern_model.json "
        "was written: train it again with `python -m bench.concern_model` (a few minutes) and "
        "commit the file"
    )


@pytest.fixture
def corpora(tmp_path: Path) -> Path:
    """Tuning corpora of a few lines: harm and bullying sections, ordinary answers, one hand."""
    sections = ["# --- physical_abuse ---", *HARM, "# --- bullying ---", *TEASED]
    (tmp_path / DISCLOSURE_FILES[0]).write_text("\n".join(sections) + "\n", encoding="utf-8")
    for name in (*DISCLOSURE_FILES[1:], *ORDINARY_FILES[1:], *WORRY_FILES):
        (tmp_path / name).write_text("# nothing here\n", encoding="utf-8")
    (tmp_path / ORDINARY_FILES[0]).write_text("\n".join(CALM[:15]) + "\n", encoding="utf-8")
    folder = tmp_path / HANDS[0]
    folder.mkdir()
    (folder / "physical_abuse.txt").write_text("my mum hits me every night\n", encoding="utf-8")
    (folder / "ordinary.txt").write_text("\n".join(CALM[15:]) + "\n", encoding="utf-8")
    return tmp_path


def _small(corpora: Path) -> TrainingSet:
    return training_set(corpora, hands=HANDS[:1])


def test_a_changed_corpus_line_changes_the_fingerprint(corpora: Path) -> None:
    before = fingerprint(_small(corpora))
    assert fingerprint(_small(corpora)) == before
    ordinary = corpora / ORDINARY_FILES[0]
    text = ordinary.read_text(encoding="utf-8")
    ordinary.write_text(text.replace("football", "footy", 1), encoding="utf-8")
    assert fingerprint(_small(corpora)) != before
    ordinary.write_text(text, encoding="utf-8")
    # The same lines, one of them in a worry's section rather than serious harm's.
    disclosures = corpora / DISCLOSURE_FILES[0]
    lines = disclosures.read_text(encoding="utf-8").splitlines()
    header = lines.index("# --- bullying ---")
    lines[header - 1], lines[header] = lines[header], lines[header - 1]
    disclosures.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert fingerprint(_small(corpora)) != before


def test_the_fingerprint_covers_weights_parts_features_and_code(
    corpora: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = _small(corpora)
    before = fingerprint(read)
    weights = [2.0, *read.weights[1:]]
    # A message counted more, or read as a worry rather than an ordinary answer.
    assert fingerprint(replace(read, weights=weights)) != before
    moved = replace(read, ordinary=read.ordinary[:-1], worries=read.ordinary[-1:])
    assert fingerprint(moved) != before
    assert fingerprint(read, epochs=concern_learning.EPOCHS + 1) != before
    # A setting of the training code (a pass's step size).
    with monkeypatch.context() as patched:
        patched.setattr(concern_sgd, "RATE", concern_sgd.RATE * 2)
        assert fingerprint(read) != before
    # The features a message gives (normalisation, the concepts' tables).
    with monkeypatch.context() as patched:
        patched.setattr(concern_model, "features", lambda text: ["w:same"])
        assert fingerprint(read) != before
    # The training code's source, a comment even: train again, and the weights will show it.
    copy = tmp_path_factory.mktemp("code") / "concern_sgd.py"
    source = Path(str(concern_sgd.__file__)).read_text(encoding="utf-8")
    copy.write_text(source + "# a note\n", encoding="utf-8")
    with monkeypatch.context() as patched:
        patched.setattr(concern_sgd, "__file__", str(copy))
        assert fingerprint(read) != before
    assert fingerprint(read) == before


# Trains the few lines above and prints the model's JSON: run in processes of their own, each
# hashing strings another way, so an order that hangs on a set's order would show.
TRAIN_SMALL = (
    "import sys; from pathlib import Path; from bench.concern_model import HANDS, trained; "
    "print(trained(Path(sys.argv[1]), hands=HANDS[:1]).to_json(), end='')"
)


def test_training_twice_gives_the_same_bytes(corpora: Path) -> None:
    model = trained(corpora, hands=HANDS[:1])
    # Right on these lines: harm the hand wrote is serious, bullying a worry, a game nothing.
    assert model.category("my grandad hits me every night") == LEARNED_SERIOUS
    assert model.category("the lads laugh at me every day") == LEARNED
    assert model.category("i like baking with my carer") is None
    text = model.to_json()
    assert trained(corpora, hands=HANDS[:1]).to_json() == text
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", TRAIN_SMALL, str(corpora)], cwd=ROOT, capture_output=True,
            text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": "."},
        )
        assert done.stdout == text, f"PYTHONHASHSEED={seed} trained other weights"


def test_the_command_writes_the_fingerprint_beside_the_weights(
    corpora: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path_factory.mktemp("shipped") / "concern_model.json"
    monkeypatch.setattr(concern_model, "SHIPPED", shipped)
    monkeypatch.setattr(concern_model, "training_set", lambda: _small(corpora))
    assert concern_model.main([]) == 0
    text = shipped.read_text(encoding="utf-8")
    assert shipped_fingerprint() == fingerprint(_small(corpora))
    # The weights read as ever, the fingerprint left aside; a second run writes the same bytes.
    assert Model.from_json(text) == concern_model.trained_on(_small(corpora))
    assert Model.from_json(text).to_json(fingerprint=shipped_fingerprint()) == text
    assert concern_model.main(["--check"]) == 0
    (corpora / ORDINARY_FILES[0]).write_text("i like football\n", encoding="utf-8")
    assert concern_model.main(["--check"]) == 1
