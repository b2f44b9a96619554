"""How long a survey takes a child, and what its intro may promise.

``hearme surveys check`` fails an intro whose stated time ("About 7 minutes", "Tua 7 munud") is
more than a minute from :func:`estimate_minutes`; :func:`stated_minutes` is what the intro and
``hearme try`` say. Callers know these as part of :mod:`surveys.check`.
"""

from __future__ import annotations

import re

from surveys.model import Variant

# Reading speed by the youngest age a variant is for (words a minute; 4–7s are read to).
_READING_SPEED = ((8, 90), (12, 120), (16, 160))
_ADULT_READING_SPEED = 200
# Seconds to answer, by question type: tapping is quick, writing is not.
_ANSWER_SECONDS = {"multiple_choice": 12.0, "free_text": 45.0, "text_or_voice": 45.0}
_CHOICE_SECONDS = 6.0
_AUDIENCE_SECONDS = 5.0
# "About 5 minutes", "Tua 5 munud": the time an intro promises a child.
_STATED_MINUTES = re.compile(r"(\d+)\s*(?:minutes?|mins?|munud)\b", re.IGNORECASE)
_STATED_SLACK_MINUTES = 1.0


def stated_minutes(variant: Variant) -> int:
    """The time to tell a child (and ``hearme try``): the estimate in whole minutes, at least 1."""
    return max(1, round(estimate_minutes(variant)))


def stated_time_problems(variant: Variant, where: str, minutes: float) -> list[tuple[str, str]]:
    """An intro that promises a time must be within a minute of the estimate, in every language,
    so a child is never told "2 minutes" for a survey that takes 4."""
    found = []
    for language, wording in variant.intro.items():
        for match in _STATED_MINUTES.finditer(wording):
            stated = int(match.group(1))
            if abs(stated - minutes) > _STATED_SLACK_MINUTES:
                found.append(
                    (
                        f"{where}.intro.{language}",
                        f"says {stated} minutes but answering takes about {minutes:.1f} "
                        f"(say {stated_minutes(variant)})",
                    )
                )
    return found


def estimate_minutes(variant: Variant) -> float:
    """A generous estimate of the time a child takes, from words to read and answers to give."""
    texts = [variant.intro, variant.privacy]
    seconds = 0.0
    for question in variant.questions:
        texts.append(question.text)
        texts += [option.label for option in question.effective_options() if option.label]
        seconds += _ANSWER_SECONDS.get(question.type, _CHOICE_SECONDS)
        seconds += _AUDIENCE_SECONDS if question.audience else 0.0
    # The longest language sets the pace (Welsh wording often runs longer).
    languages = {lang for text in texts for lang in text}
    words = max(
        (
            sum(len(text.get(lang, text.get("en", "")).split()) for text in texts)
            for lang in languages
        ),
        default=0,
    )
    speed = next(
        (wpm for below, wpm in _READING_SPEED if variant.min_age < below), _ADULT_READING_SPEED
    )
    return words / speed + seconds / 60
