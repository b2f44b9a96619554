"""Every phrase compiles to what it says (issue 13).

``surveys.concerns`` unfolds a phrase that opens with a group into one alternative per branch
and files each under its first two letters. A phrase that also holds a second alternative at
its top level ("(sores|rash) __ nappy|nappy __ (sores|rash)") is filed under the first branch's
letters only, so its second half can never match: the neglect list held one such phrase, and
"a nappy rash that bleeds" went unheard. Such a phrase must be written as two.
"""

from __future__ import annotations

import pytest

from surveys import concern_sources
from surveys.concerns import URGENT, _body, _expand, _top_level, detect

PHRASES = [(c, p) for c in concern_sources.CATEGORIES for p in concern_sources.phrases(c)]


def _hidden_halves(phrase: str) -> bool:
    """Whether an unfolded alternative still splits at the top level into branches that start
    with different letters (only the first branch's letters would reach it)."""
    for alternative in _expand(_body(phrase)):
        starts = {branch[:2] for branch in _top_level(alternative)}
        if len(starts) > 1:
            return True
    return False


def test_no_phrase_hides_an_alternative_behind_its_first_branch() -> None:
    hidden = [(c, p) for c, p in PHRASES if _hidden_halves(p)]
    assert not hidden, hidden


def test_the_check_sees_a_hidden_half() -> None:
    assert _hidden_halves("(sores|rash) __ nappy|nappy __ (sores|rash)")
    assert not _hidden_halves("(sores|rash) __ nappy")


@pytest.mark.parametrize(
    "text",
    ["the baby has a nappy rash that bleeds and nobody changes him",
     "my little brothers nappy is full of sores"],
)
def test_both_orders_of_the_nappy_phrase_are_heard(text: str) -> None:
    concern = detect(text, learned=False)
    assert concern is not None and concern.level == URGENT, concern
