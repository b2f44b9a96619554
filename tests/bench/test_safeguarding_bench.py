"""The safeguarding figure's arithmetic, on a small corpus written here (never the held-out one,
which only ``make bench`` reads): rules alone must be urgent, the learned layer adds worries."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import safeguarding

FILES = {
    "physical_abuse.txt": (
        "# a comment line\nhe hits me\n"
        "everyone in my class thinks im weird and wont sit next to me\n"
    ),
    "bullying.txt": "they call me names\n",
    "ordinary.txt": "i like football\nhe never hits me\nthings at home are good\nok\n",
    "split.txt": "he's going to get me || if I tell anyone\n",
}


# A corpus without split messages has its figures made without them.
OTHER_HAND = {
    "criminal_exploitation.txt": "they make me carry drugs for them\ni like my carers\n",
    "ordinary.txt": "i like my school\nmy older cousin drives me to football\n",
}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    first, other = tmp_path / "heldout", tmp_path / "seventeenth_hand"
    for folder, files in ((first, FILES), (other, OTHER_HAND)):
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(safeguarding, "HELD_OUT", first)
    monkeypatch.setattr(safeguarding, "SEVENTEENTH_HAND", other)
    return tmp_path


def test_rules_alone_and_with_the_learned_layer_are_reported_side_by_side(
    corpus: Path, tmp_path: Path
) -> None:
    rows = {row.figure: row for row in safeguarding.run(1.0, tmp_path)}
    # The rules give "he hits me" the urgent reply, and miss the vaguer line.
    rules = rows["safeguarding: recall physical_abuse"]
    assert (rules.value, rules.note) == (50.0, "1/2 caught (urgent)")
    assert rules.holds is False
    # The learned layer raises a worry for it: a person will read it.
    learned = rows["safeguarding: recall physical_abuse, rules + learned"]
    assert (learned.value, learned.note) == (100.0, "2/2 caught (any alert; 1 urgent)")
    assert rows["safeguarding: recall bullying"].note == "1/1 caught (any alert)"
    assert rows["safeguarding: recall split messages"].value == 100.0
    for way in ("", ", rules + learned"):
        alarms = rows[f"safeguarding: false alarms{way}"]
        assert (alarms.value, alarms.holds) == (0.0, True)
        speed = rows[f"safeguarding: time per message{way}"]
        assert speed.unit == "ms" and 0 < speed.value < 20
        assert "mean over 7 messages" in speed.note


def test_the_other_hands_corpus_is_reported_under_its_own_names(
    corpus: Path, tmp_path: Path
) -> None:
    rows = {row.figure: row for row in safeguarding.run(1.0, tmp_path)}
    recall = rows["safeguarding (seventeenth hand): recall criminal_exploitation"]
    assert (recall.value, recall.note, recall.holds) == (50.0, "1/2 caught (urgent)", False)
    alarms = rows["safeguarding (seventeenth hand): false alarms, rules + learned"]
    assert alarms.note == "0/2 ordinary answers raised an alert"
    assert "mean over 4 messages" in rows["safeguarding (seventeenth hand): time per message"].note
    # No split file there, so no split figure; the first corpus keeps its own.
    assert not any("seventeenth hand): recall split" in name for name in rows)
    assert "safeguarding: recall split messages" in rows
