"""The leave-one-batch-out measure of the learned layer, on a tiny corpus written here (never the
held-out one): each batch is left out of training in turn and counted, and so is a share of the
ordinary sections."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import concern_carryover
from bench.concern_carryover import (
    HandRun,
    Run,
    carry_over,
    hand_report,
    leave_hand_out,
    report,
    sections,
)
from bench.concern_model import HANDS, hand
from surveys.concerns import normalise

ROOT = Path(__file__).resolve().parents[2]
HARM = ["he hits me with a belt every night", "my dad hits me and kicks me every night",
        "he hits me and i am scared every night", "my step dad hits me every night at home",
        "he kicks me and hits me in my room every night", "she hits me every night and i cry"]
CALM = ["i like playing football with my mates", "school is good and my teacher is kind",
        "we had pizza for tea on friday", "i went swimming with my carer on sunday",
        "my nan makes nice cakes at the weekend", "i want to talk about my room",
        "the meeting was at school and it was fine", "my dog is called biscuit and he is funny",
        "i like drawing and painting at home", "we play games on the xbox after tea"]

# Worries, shared out between the runs like the ordinary sections.
TEASED = ["the girls laugh at my shoes in class", "people call my hair messy in class",
          "i feel sad and lonely most of the time", "i miss my old friends from school"]


@pytest.fixture
def corpora(tmp_path: Path) -> Path:
    batches = "\n".join([
        "# a comment before any section", "ignored line",
        "# --- physical_abuse (batch a: plain words) ---", *HARM[:3],
        "# --- physical_abuse (batch b: more words) ---", *HARM[3:],
    ])
    (tmp_path / "adversarial.txt").write_text(batches + "\n", encoding="utf-8")
    (tmp_path / "disclosures.txt").write_text(
        "# --- physical_abuse ---\nhe hits me every night\nmy mum hits me every night\n",
        encoding="utf-8")
    for name in ("guidance.txt", "structure.txt", "near_misses.txt", "ordinary_wales.txt",
                 "ordinary_online.txt"):
        (tmp_path / name).write_text("# nothing here\n", encoding="utf-8")
    worries = ["# --- bullying (batch a: names) ---", *TEASED[:2],
               "# --- upset (batch a: low) ---", *TEASED[2:]]
    (tmp_path / "worries.txt").write_text("\n".join(worries) + "\n", encoding="utf-8")
    ordinary = ["# --- home ---", *CALM[:5], "# --- school ---", *CALM[5:]]
    (tmp_path / "ordinary.txt").write_text("\n".join(ordinary) + "\n", encoding="utf-8")
    # Every blind hand, one file per kind, each with words another has too.
    shares = [(HARM[:3], CALM[:6]), (HARM[3:], CALM[4:])]
    for name, (harm, calm) in zip(HANDS, shares * len(HANDS), strict=False):
        folder = tmp_path / name
        folder.mkdir()
        files = {"physical_abuse": harm, "bullying": TEASED[:2], "upset": TEASED[2:],
                 "ordinary": calm, "split": ["he hits me || every night"]}
        for kind, lines in files.items():
            (folder / f"{kind}.txt").write_text("\n".join(["# a note", *lines]) + "\n",
                                                encoding="utf-8")
    return tmp_path


def test_sections_are_read_by_kind_and_batch(corpora: Path) -> None:
    found = sections(corpora / "adversarial.txt")
    assert list(found) == ["adversarial:physical_abuse-a", "adversarial:physical_abuse-b"]
    # Normalised like every message the model reads; lines before the first header left out.
    assert found["adversarial:physical_abuse-a"][0] == "he hits me with a belt every night"
    assert len(found["adversarial:physical_abuse-b"]) == 3
    assert list(sections(corpora / "ordinary.txt")) == ["ordinary:home", "ordinary:school"]


def test_each_batch_is_left_out_and_counted(corpora: Path) -> None:
    runs = carry_over(["adversarial:physical_abuse-a", "adversarial:physical_abuse-b"],
                      corpora, epochs=5)
    assert [r.key for r in runs] == ["adversarial:physical_abuse-a",
                                     "adversarial:physical_abuse-b"]
    assert [r.lines for r in runs] == [3, 3]
    # "hits me ... every night" is in the other batch and the disclosures: it carries over.
    assert [r.caught for r in runs] == [3, 3]
    # Five shares of the two ordinary sections: each of the first two runs leaves one out.
    assert sorted(r.ordinary for r in runs) == [5, 5]
    assert all(r.false_alarms == 0 and 0.5 <= r.threshold < 1 for r in runs)
    # The serious head, alike on these words, makes them urgent, and nothing ordinary.
    assert [r.urgent for r in runs] == [3, 3]
    assert all(r.urgent_false_alarms == 0 and 0.5 <= r.serious_threshold < 1 for r in runs)
    # The worry sections are shared out too: each run leaves one out (the bullying lines, then
    # the upset ones) and counts those the serious head would make urgent.
    assert [r.worries for r in runs] == [2, 2]
    assert [r.worries_urgent for r in runs] == [0, 0]


def test_the_report_adds_up_the_runs() -> None:
    runs = [Run("a:x-a", 3, 4, 1, 50, 0.9, urgent=2, urgent_false_alarms=1, worries=5,
                worries_urgent=1, serious_threshold=0.97),
            Run("a:x-b", 1, 4, 0, 50, 0.95, urgent=1, worries=5)]
    table = report(runs)
    assert "a:x-a" in table and "3/4" in table and "1/50" in table and "0.9700" in table
    # Any alert, then urgent; the ordinary lines' alarms, then the urgent ones; worries urgent.
    assert table.splitlines()[-1].split() == [
        "total", "4/8", "3/8", "1/100", "(1.0%),", "urgent", "1", "(1.0%)", "1/10"]


def test_an_unknown_batch_is_named(corpora: Path) -> None:
    with pytest.raises(SystemExit, match="no section adversarial:nothing-z"):
        carry_over(["adversarial:nothing-z"], corpora)


def test_the_command_lists_its_options() -> None:
    done = subprocess.run([sys.executable, "-m", "bench.concern_carryover", "--help"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "--all" in done.stdout and "--epochs" in done.stdout
    assert "--hands" in done.stdout
    assert concern_carryover.NEAREST[0].startswith("adversarial:exploitation")


def test_a_hand_is_read_by_its_files(corpora: Path) -> None:
    read = hand(corpora / HANDS[0])
    # Files in name order: bullying (a worry), physical abuse, upset (a worry); split messages
    # left out; normalised like every message the model reads.
    assert read.disclosures == [normalise(t) for t in (*TEASED[:2], *HARM[:3], *TEASED[2:])]
    assert read.serious == [False, False, True, True, True, False, False]
    assert read.ordinary == [normalise(t) for t in CALM[:6]]


def test_each_hand_is_left_out_and_counted(corpora: Path) -> None:
    runs = leave_hand_out(corpora=corpora, epochs=5)
    assert [r.hand for r in runs] == list(HANDS)
    for run in runs:
        # The hand's own lines, its split file left out: three serious, four worries.
        assert (run.serious, run.worries, run.ordinary) == (3, 4, 6)
        # "hits me ... every night" is in the other hand and the disclosures: it carries over,
        # to the model alone and with the rules, which name it too.
        assert run.caught == run.urgent == run.serious
        assert run.with_rules == run.with_rules_urgent == run.serious
        assert run.worries_urgent == 0
        assert run.rules_alarms == run.alarms == run.urgent_alarms == 0
    with pytest.raises(SystemExit, match="no blind hand no_hand"):
        leave_hand_out(["no_hand"], corpora, epochs=1)


def test_a_hand_left_out_is_not_trained_on(
    corpora: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[list[str]] = []
    real = concern_carryover.trained

    def spy(folder: Path, *, hands: list[str], epochs: int) -> object:
        read.append(list(hands))
        return real(folder, hands=hands, epochs=epochs)

    monkeypatch.setattr(concern_carryover, "trained", spy)
    leave_hand_out(corpora=corpora, epochs=1)
    assert read == [[other for other in HANDS if other != left] for left in HANDS]


def test_the_hand_report_shows_each_share() -> None:
    runs = [HandRun("third_hand", serious=10, caught=7, urgent=5, with_rules=9,
                    with_rules_urgent=8, worries=4, worries_urgent=1, ordinary=100,
                    rules_alarms=2, alarms=3, urgent_alarms=1)]
    row = hand_report(runs).splitlines()[1].split()
    assert row == ["third_hand", "7/10", "70%", "5/10", "50%", "9/10", "90%", "8/10", "80%",
                   "1/4", "2/100,", "3/100", "3%,", "1/100", "1%"]
