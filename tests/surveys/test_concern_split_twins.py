"""Every rule module's split disclosures, each beside its ordinary twin, read as a chat.

Each module's test file writes the disclosures its rules were made for, split over two or three
messages as children send them, with an ordinary chat in the same words (``SPLITS``); they are
all read here the one way (``tests.surveys.chats.chat_alerts``): the disclosure must reach an
urgent alert by its last message, and its twin none.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT
from tests.surveys.chats import chat_alerts
from tests.surveys.rule_tests import RULE_TESTS

MODULES = tuple(module for module in RULE_TESTS if hasattr(module, "SPLITS"))
CASES = [
    pytest.param(disclosure, ordinary, id=f"{module.__name__.rsplit('.', 1)[1]}-{number}")
    for module in MODULES
    for number, (disclosure, ordinary) in enumerate(module.SPLITS)
]


@pytest.mark.parametrize(("disclosure", "ordinary"), CASES)
def test_a_split_disclosure_is_caught_and_its_ordinary_twin_is_not(
    disclosure: list[str], ordinary: list[str]
) -> None:
    assert URGENT in chat_alerts(disclosure), disclosure
    assert chat_alerts(ordinary) == [], ordinary
