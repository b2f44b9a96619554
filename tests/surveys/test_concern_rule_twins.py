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
from tests.surveys import (
    test_concern_approaches,
    test_concern_buried_exploitation,
    test_concern_buried_harm,
    test_concern_codes,
    test_concern_codes_groups,
    test_concern_cymru,
    test_concern_dialect_blows,
    test_concern_euphemism_away,
    test_concern_euphemism_body,
    test_concern_euphemism_care,
    test_concern_euphemism_cause,
    test_concern_euphemism_family,
    test_concern_euphemism_home,
    test_concern_euphemism_self,
    test_concern_euphemism_work,
    test_concern_everyday_online,
    test_concern_hedged_exploitation,
    test_concern_hedged_harm,
    test_concern_hedged_home,
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
    test_concern_voice_body,
    test_concern_voice_care,
    test_concern_voice_cause,
    test_concern_voice_home,
    test_concern_voice_practices,
    test_concern_voice_self,
    test_concern_voice_work,
)


def _pairs(module: ModuleType) -> list[tuple[str, str]]:
    # practice_signs names each structure first: (structure, disclosure, twin).
    return [(pair[-2], pair[-1]) for pair in module.PAIRS]


# (module, whether its twins are read with the learned layer too)
MODULES = (
    (test_concern_hedged_harm, False),
    (test_concern_hedged_home, False),
    (test_concern_hedged_exploitation, True),
    (test_concern_practice_signs, False),
    (test_concern_others, False),
    (test_concern_approaches, False),
    (test_concern_plans, False),
    (test_concern_buried_harm, False),
    (test_concern_buried_exploitation, False),
    (test_concern_phone_harm, False),
    (test_concern_phone_home, False),
    (test_concern_phone_exploitation, False),
    (test_concern_codes, False),
    (test_concern_codes_groups, False),
    (test_concern_dialect_blows, True),
    (test_concern_euphemism_self, False),
    (test_concern_euphemism_away, False),
    (test_concern_euphemism_home, False),
    (test_concern_euphemism_family, False),
    (test_concern_euphemism_body, False),
    (test_concern_euphemism_cause, False),
    (test_concern_euphemism_work, False),
    (test_concern_euphemism_care, False),
    (test_concern_voice_cause, False),
    (test_concern_voice_practices, False),
    (test_concern_voice_body, False),
    (test_concern_voice_home, False),
    (test_concern_voice_self, False),
    (test_concern_voice_care, False),
    (test_concern_voice_work, False),
    (test_concern_everyday_online, True),
    (test_concern_newcomer, False),
    (test_concern_newcomer_recruited, False),
    (test_concern_newcomer_owned, False),
    (test_concern_home_tongue, False),
    (test_concern_cymru, False),
    (test_concern_socials, False),
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
