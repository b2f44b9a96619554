"""Every rule module's fresh disclosures, each beside its ordinary twin, read the one way.

Each module's test file writes disclosures in new words for the shapes its rules were made for,
each with an ordinary answer in the nearest words (``PAIRS``); here the disclosure must be
urgent from the rules alone and its twin raise nothing. Where a module's twins were written to
stay quiet with the learned layer too, they are read with it.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from surveys.concerns import URGENT, detect
from tests.surveys.rule_tests import RULE_TESTS


def _pairs(module: ModuleType) -> list[tuple[str, str]]:
    # practice_signs names each structure first: (structure, disclosure, twin).
    return [(pair[-2], pair[-1]) for pair in module.PAIRS]


# (module, whether its twins are read with the learned layer too: its ``PAIRS_QUIET_LEARNED``)
MODULES = tuple(
    (module, getattr(module, "PAIRS_QUIET_LEARNED", False))
    for module in RULE_TESTS
    if hasattr(module, "PAIRS")
)
CASES = [
    pytest.param(disclosure, twin, learned, id=f"{module.__name__.rsplit('.', 1)[1]}-{number}")
    for module, learned in MODULES
    for number, (disclosure, twin) in enumerate(_pairs(module))
]


@pytest.mark.parametrize(("disclosure", "twin", "learned"), CASES)
def test_a_fresh_wording_is_urgent_and_its_ordinary_twin_is_quiet(
    disclosure: str, twin: str, learned: bool
) -> None:
    found = detect(disclosure, learned=False)
    assert found is not None and found.level == URGENT, (disclosure, found)
    assert detect(twin, learned=learned) is None, (twin, detect(twin, learned=learned))
