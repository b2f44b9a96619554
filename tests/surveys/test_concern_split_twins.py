"""Every rule module's split disclosures, each beside its ordinary twin, read as a chat.

Each module's test file writes the disclosures its rules were made for, split over two or three
messages as children send them, with an ordinary chat in the same words (``SPLITS``); they are
all read here the one way (``tests.surveys.chats.chat_alerts``): the disclosure must reach an
urgent alert by its last message, and its twin none.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT
from tests.surveys import (
    test_concern_buried_exploitation,
    test_concern_buried_harm,
    test_concern_cymru,
    test_concern_embedded,
    test_concern_euphemism_away,
    test_concern_euphemism_body,
    test_concern_euphemism_care,
    test_concern_euphemism_cause,
    test_concern_euphemism_family,
    test_concern_euphemism_home,
    test_concern_euphemism_self,
    test_concern_euphemism_work,
    test_concern_hedged_exploitation,
    test_concern_hedged_harm,
    test_concern_hedged_home,
    test_concern_hedged_practices,
    test_concern_home_tongue,
    test_concern_newcomer,
    test_concern_newcomer_owned,
    test_concern_newcomer_recruited,
    test_concern_others,
    test_concern_phone_exploitation,
    test_concern_phone_harm,
    test_concern_phone_home,
    test_concern_plans,
    test_concern_practice_signs,
    test_concern_socials,
    test_concern_split_pictures,
    test_concern_voice_body,
    test_concern_voice_care,
    test_concern_voice_cause,
    test_concern_voice_home,
    test_concern_voice_practices,
    test_concern_voice_self,
    test_concern_voice_work,
)
from tests.surveys.chats import chat_alerts

MODULES = (
    test_concern_practice_signs,
    test_concern_embedded,
    test_concern_hedged_harm,
    test_concern_hedged_home,
    test_concern_hedged_exploitation,
    test_concern_hedged_practices,
    test_concern_others,
    test_concern_split_pictures,
    test_concern_plans,
    test_concern_buried_harm,
    test_concern_buried_exploitation,
    test_concern_phone_harm,
    test_concern_phone_home,
    test_concern_phone_exploitation,
    test_concern_euphemism_self,
    test_concern_euphemism_away,
    test_concern_euphemism_home,
    test_concern_euphemism_family,
    test_concern_euphemism_body,
    test_concern_euphemism_cause,
    test_concern_euphemism_work,
    test_concern_euphemism_care,
    test_concern_voice_cause,
    test_concern_voice_practices,
    test_concern_voice_body,
    test_concern_voice_home,
    test_concern_voice_self,
    test_concern_voice_care,
    test_concern_voice_work,
    test_concern_newcomer,
    test_concern_newcomer_recruited,
    test_concern_newcomer_owned,
    test_concern_home_tongue,
    test_concern_cymru,
    test_concern_socials,
)
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
