"""The IRO's after-the-meeting questions: participation code, mode, chairing, speaking beforehand.

Pure: the answers so far travel in the buttons' callback data (``pr:<review>:<code>:<mode>:
<chaired>:<spoke>[:y|:k]``, well under Telegram's 64 bytes), so nothing is kept between taps and
the review row is written once, when the last question is answered. ``bot.staff.commands`` checks
who is
pressing before acting on any of it, and :func:`refusal` checks the code against the child's
age, since callback data can be forged. A code already recorded is replaced only after the IRO
confirms it (``:y`` replace, ``:k`` keep): an old message's buttons must not quietly undo it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

PREFIX = "pr:"
_DATA = re.compile(
    r"^pr:(\d{1,12})(?::(PN[0-7]))?(?::([ivh]))?(?::([01]))?(?::([01]))?(?::([yk]))?$"
)
REPLACE, KEEP = "y", "k"
MODES = {"i": "in_person", "v": "virtual", "h": "hybrid"}
MODE_LABELS = {"i": "In person", "v": "Virtual", "h": "Hybrid"}
CODE_LABELS = {
    "PN0": "PN0 · under 4",
    "PN1": "PN1 · attended, spoke for themselves",
    "PN2": "PN2 · attended, someone spoke for them",
    "PN3": "PN3 · attended, views shown non-verbally",
    "PN4": "PN4 · attended, did not contribute",
    "PN5": "PN5 · did not attend, briefed someone",
    "PN6": "PN6 · did not attend, views sent another way",
    "PN7": "PN7 · did not attend, views not conveyed",
}


@dataclass(frozen=True)
class Answers:
    """What the IRO has chosen so far for one review."""

    review_id: int
    code: str | None = None
    mode: str | None = None  # i | v | h
    chaired: bool | None = None
    spoke: bool | None = None
    confirm: str | None = None  # REPLACE or KEEP, once asked about a code already recorded

    @property
    def complete(self) -> bool:
        return self.spoke is not None

    def data(self) -> str:
        """The callback data that carries these answers."""
        parts = [f"{PREFIX}{self.review_id}"]
        if self.code is not None:
            parts.append(self.code)
        if self.mode is not None:
            parts.append(self.mode)
        if self.chaired is not None:
            parts.append(str(int(self.chaired)))
        if self.spoke is not None:
            parts.append(str(int(self.spoke)))
        if self.confirm is not None:
            parts.append(self.confirm)
        return ":".join(parts)


def parse(data: str) -> Answers | None:
    """Read callback data; None when it is not well-formed (a forged or mangled button)."""
    match = _DATA.match(data)
    if match is None:
        return None
    review, code, mode, chaired, spoke, confirm = match.groups()
    if (mode and not code) or (chaired and not mode) or (spoke and chaired is None):
        return None
    if confirm and spoke is None:
        return None
    return Answers(
        review_id=int(review),
        code=code,
        mode=mode,
        chaired=None if chaired is None else chaired == "1",
        spoke=None if spoke is None else spoke == "1",
        confirm=confirm,
    )


def refusal(answers: Answers, *, child: str, under_four: bool) -> str | None:
    """Why this code cannot be recorded for this child, or None when it can.

    PN0 means "under 4 on the review date", always and only then: the buttons never offer
    anything else, so a press that does is stale or forged.
    """
    if answers.code is None:
        return None
    if under_four and answers.code != "PN0":
        return f"{child} was under 4 on the review date, so the code is PN0. Nothing was recorded."
    if not under_four and answers.code == "PN0":
        return (
            f"PN0 is only for a child under 4 on the review date, and {child} was not. "
            "Nothing was recorded."
        )
    return None


def confirm_question(answers: Answers, *, child: str, recorded: str) -> tuple[str, Buttons]:
    """Ask before a code already recorded for the review is replaced."""
    new, old = answers.code or "", recorded
    text = (
        f"{old} is already recorded for {child}'s review "
        f"({CODE_LABELS.get(old, old)}). Replace it with {CODE_LABELS.get(new, new)}?"
    )
    rows = [
        [(f"Yes, replace with {new}", _with(answers, confirm=REPLACE).data())],
        [(f"No, keep {old}", _with(answers, confirm=KEEP).data())],
    ]
    return text, rows


def suggestion(*, under_four: bool, sent_views: bool) -> str | None:
    """The code the bot suggests: PN0 under 4 (always); PN6 when views came through hearme."""
    if under_four:
        return "PN0"
    if sent_views:
        return "PN6"
    return None


Buttons = list[list[tuple[str, str]]]


def question(
    answers: Answers, *, child: str, under_four: bool, suggested: str | None
) -> tuple[str, Buttons]:
    """The next question for the IRO, and its buttons as rows of ``(label, data)``.

    An under-4 is coded PN0 without asking, and does not chair; only the mode and whether the
    IRO saw the child beforehand are asked.
    """
    if answers.code is None and under_four:
        answers = Answers(answers.review_id, code="PN0")
    if answers.code is None:
        hint = ""
        if suggested == "PN6":
            hint = f"\nSuggested: PN6 if {child} did not attend (views sent through hearme)."
        rows = [
            [
                (
                    ("⭐ " if code == suggested else "") + label,
                    Answers(answers.review_id, code).data(),
                )
            ]
            for code, label in CODE_LABELS.items()
            if code != "PN0"
        ]
        return f"How did {child} take part in their review?{hint}", rows
    if answers.mode is None:
        rows = [[(label, _with(answers, mode=key).data()) for key, label in MODE_LABELS.items()]]
        return f"{answers.code} recorded for now. How was the meeting held?", rows
    if answers.chaired is None and not under_four:
        return f"Did {child} chair their meeting (or part of it)?", _yes_no(answers, "chaired")
    if answers.chaired is None:
        answers = _with(answers, chaired=False)
    return f"Did you speak with {child} before the meeting?", _yes_no(answers, "spoke")


def summary(answers: Answers, *, child: str) -> str:
    """What was recorded, as the IRO sees it once the last question is answered."""
    mode = MODE_LABELS.get(answers.mode or "", "not recorded").lower()
    return (
        f"Recorded for {child}: {CODE_LABELS.get(answers.code or '', answers.code)}; held "
        f"{mode}; chaired: {_word(answers.chaired)}; you spoke with them beforehand: "
        f"{_word(answers.spoke)}."
    )


def _word(flag: bool | None) -> str:
    return "not recorded" if flag is None else ("yes" if flag else "no")


def _with(answers: Answers, **changes: Any) -> Answers:
    return replace(answers, **changes)


def _yes_no(answers: Answers, field_name: str) -> Buttons:
    return [
        [
            ("Yes", _with(answers, **{field_name: True}).data()),
            ("No", _with(answers, **{field_name: False}).data()),
        ]
    ]
