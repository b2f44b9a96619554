"""A man sending the child pictures of himself undressed, split over messages (issue 13).

The sixth hand's one missed split disclosure; the clause is in
``surveys/concern_spread_signs.py``. Fresh splits in other words (first sight, rules alone,
urgent: 3 of 4), each beside an ordinary twin sharing its words, are read with every module's
in ``tests/surveys/test_concern_split_twins.py``; here the twins are read with the learned
layer too.
"""

from __future__ import annotations

import pytest

from surveys.concerns import detect_across
from tests.surveys.chats import chat_alerts

SPLITS = [
    (["can i say something", "my carers son keeps sending me pics",
      "of himself with no clothes on, hes 19"],
     ["can i say something", "my cousin sent me pics", "of himself in his fancy dress lol"]),
    (["hiya", "her boyfriend sends me snaps at night", "of himself in his boxers, i dont reply"],
     ["hiya", "my nan sends me snaps every day", "of herself on holiday in spain"]),
    (["idk if this counts", "mams new fella showed me videos on his phone",
      "of himself naked when she was out"],
     ["idk if this counts", "mams new fella showed me videos on his phone",
      "of himself fishing at the lake, so boring"]),
    (["its prob nothing", "a man from the gym sends me selfies", "of his body, nothing on"],
     ["its prob nothing", "my auntie from the gym sends me selfies", "of her new haircut"]),
]  # fmt: skip


@pytest.mark.parametrize(("disclosure", "parts"), SPLITS)
def test_pictures_of_a_holiday_or_fancy_dress_are_not_even_a_guess(
    disclosure: list[str], parts: list[str]
) -> None:
    # Word for word the disclosure so far ("mams new fella showed me videos on his phone"), a
    # chat may be read as one; from the first message that differs, nothing may be raised.
    shared = next(at for at, (said, twin) in enumerate(zip(disclosure, parts, strict=True))
                  if said != twin)
    assert chat_alerts(parts[:shared], learned=False) == []
    for at in range(shared, len(parts)):
        found = detect_across(parts[max(0, at - 2) : at], parts[at], learned=True)
        assert found is None, (parts[at], found)
