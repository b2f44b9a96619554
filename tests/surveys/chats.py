"""What the rules make of a chat and of the corpus batches, for the tests of each rule module.

``chat_alerts`` reads messages as a chat remembers them (``bot.safeguarding.recent_words``: the
two before each); ``batch_counts`` counts the lines of each batch of ``adversarial.txt``, so a
module's test can hold its batches whole.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from surveys.concerns import detect_across
from tests.surveys.test_concerns import sections

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def chat_alerts(messages: list[str], *, learned: bool = False) -> list[str]:
    """The level of each alert a chat raises, message by message, remembering the last two; the
    rules alone unless ``learned``, since the learned layer is retrained on every batch at once."""
    levels = []
    for index, text in enumerate(messages):
        found = detect_across(messages[max(0, index - 2) : index], text, learned=learned)
        if found is not None:
            levels.append(found.level)
    return levels


def block(name: str, start: str) -> list[str]:
    """The lines of the block of corpus file ``name`` that opens with ``start``, to the next."""
    lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith(start))
    found = []
    for line in lines[first + 1 :]:
        if line.startswith("# --- "):
            break
        if line.strip() and not line.startswith("#"):
            found.append(line.strip())
    return found


def batch_counts() -> Counter[tuple[str, str]]:
    """Lines of ``adversarial.txt`` by (kind, batch). A batch's name runs to the colon: "w" is
    not "wc" (after z, names have two letters); a section without a batch counts under ""."""
    lines = (CORPORA / "adversarial.txt").read_text(encoding="utf-8").splitlines()
    counts: Counter[tuple[str, str]] = Counter()
    for number, category, _ in sections("adversarial.txt"):
        header = next(line for line in reversed(lines[:number]) if line.startswith("# --- "))
        batch = header.split("batch ")[1].split(":")[0] if "batch " in header else ""
        counts[(category, batch)] += 1
    return counts
