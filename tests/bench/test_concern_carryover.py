"""The leave-one-batch-out measure of the learned layer, on a tiny corpus written here (never the
held-out one): each batch is left out of training in turn and counted, and so is a share of the
ordinary sections."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import concern_carryover
from bench.concern_carryover import Run, carry_over, report, sections

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
    for name in ("guidance.txt", "structure.txt", "near_misses.txt"):
        (tmp_path / name).write_text("# nothing here\n", encoding="utf-8")
    worries = ["# --- bullying (batch a: names) ---", *TEASED[:2],
               "# --- upset (batch a: low) ---", *TEASED[2:]]
    (tmp_path / "worries.txt").write_text("\n".join(worries) + "\n", encoding="utf-8")
    ordinary = ["# --- home ---", *CALM[:5], "# --- school ---", *CALM[5:]]
    (tmp_path / "ordinary.txt").write_text("\n".join(ordinary) + "\n", encoding="utf-8")
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
    assert concern_carryover.NEAREST[0].startswith("adversarial:exploitation")
