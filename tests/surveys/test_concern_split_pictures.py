"""A man sending the child pictures of himself undressed, split over messages (issue 13).

The sixth hand's one missed split disclosure; the clause is in
``surveys/concern_spread_signs.py``. Fresh splits in other words (first sight, rules alone,
urgent: 3 of 4) must raise the urgent alert, and the ordinary twins sharing their words nothing.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, detect_across

SPLITS = [
    ["can i say something", "my carers son keeps sending me pics",
     "of himself with no clothes on, hes 19"],
    ["hiya", "her boyfriend sends me snaps at night", "of himself in his boxers, i dont reply"],
    ["idk if this counts", "mams new fella showed me videos on his phone",
     "of himself naked when she was out"],
    ["its prob nothing", "a man from the gym sends me selfies", "of his body, nothing on"],
]
TWINS = [
    ["hiya", "my nan sends me snaps every day", "of herself on holiday in spain"],
    ["can i say something", "my cousin sent me pics", "of himself in his fancy dress lol"],
]


def _raised(parts: list[str], *, learned: bool) -> list[str]:
    levels = []
    for index, part in enumerate(parts):
        found = detect_across(parts[max(0, index - 2) : index], part, learned=learned)
        if found is not None:
            levels.append(found.level)
    return levels


@pytest.mark.parametrize("parts", SPLITS)
def test_pictures_he_sends_of_himself_are_urgent(parts: list[str]) -> None:
    assert URGENT in _raised(parts, learned=False)


@pytest.mark.parametrize("parts", TWINS)
def test_pictures_of_a_holiday_or_fancy_dress_are_not(parts: list[str]) -> None:
    assert _raised(parts, learned=True) == []
