"""Every set-aside's ordinary answers, each beside the disclosure that shares its words.

Each set-aside module's test file writes the ordinary answers it was made for, each with a
disclosure in the same words (``(structure, ordinary, disclosure)``); they are all read here the
one way: the ordinary answer raises nothing, learned layer included, and the disclosure stays
urgent from the rules alone, so a set-aside never swallows harm.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, detect
from tests.surveys import (
    test_concern_everyday_home_life,
    test_concern_everyday_outings,
    test_concern_worries,
)

TABLES = (
    ("outings", test_concern_everyday_outings.PAIRS),
    ("home_life", test_concern_everyday_home_life.PAIRS),
    ("worries", test_concern_worries.NARROWED),
)
CASES = [
    pytest.param(structure, ordinary, disclosure, id=f"{name}-{structure}")
    for name, table in TABLES
    for structure, ordinary, disclosure in table
]


@pytest.mark.parametrize(("structure", "ordinary", "disclosure"), CASES)
def test_the_ordinary_answer_is_set_aside_and_the_disclosure_is_not(
    structure: str, ordinary: str, disclosure: str
) -> None:
    assert detect(ordinary) is None, f"{structure}: {detect(ordinary)}"
    found = detect(disclosure, learned=False)
    assert found is not None and found.level == URGENT, f"{structure}: {found}"
