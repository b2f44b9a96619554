"""Answers a reader may not see because they hold the words of an alert they may not read.

An IRO never learns of an alert about the child's IRO (a disclosure in the survey about them,
or words that name them), whether it names them or was raised before they were the child's
IRO, nor reads its words anywhere: not in the views for the coming review, not in "last time"
at the next one. An admin reads the views but no alert's words, so every alert's answers are
left out of theirs. Each alert keeps the answers its words came from (``alerts.from_answers``),
so those answers are left out by run and question, whatever their words became afterwards
(cut to the answer's limit, edited). An alert raised before that was kept is matched by its
words, as it always was.

Pure: :class:`storage.figures.KeptFrom` rows in, one question asked of each answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storage.figures import AnswerRow, KeptFrom


@dataclass(frozen=True)
class Withheld:
    """The answers the reader may not see: by ``(run id, question id)``, and for alerts from
    before those were kept, by ``(run id, the alert's words)``."""

    answers: frozenset[tuple[int, str]] = frozenset()
    words: tuple[tuple[int, str], ...] = ()

    @classmethod
    def of(cls, kept: Iterable[KeptFrom]) -> Withheld:
        answers: set[tuple[int, str]] = set()
        words: list[tuple[int, str]] = []
        for alert in kept:
            if alert.answers is not None:
                answers.update(alert.answers)
            elif alert.run_id is not None and alert.words:
                words.append((alert.run_id, alert.words.strip()))
        return cls(frozenset(answers), tuple(words))

    def holds(self, answer: AnswerRow) -> bool:
        """Whether ``answer`` holds the words of an alert the reader may not read."""
        if (answer.run_id, answer.question_id) in self.answers:
            return True
        if answer.kind != "text" or not answer.text:
            return False
        found = [words for run_id, words in self.words if run_id == answer.run_id]
        return within(answer.text, found)


NOTHING = Withheld()


def within(text: str, excerpts: Sequence[str]) -> bool:
    """Whether an answer's words are an alert's: one of the messages joined in its excerpt,
    or cut to fit it (the start of a long answer alone, the end of joined messages).

    Only for alerts raised before their answers were kept: an answer edited since, or one
    whose message was longer than the answer keeps, is not found this way.
    """
    words = text.strip()
    return any(
        f"\n{words}\n" in f"\n{excerpt}\n" or words.startswith(excerpt) or words.endswith(excerpt)
        for excerpt in excerpts
        if excerpt
    )
