"""Every rule module's test file, named once.

A rule module (``surveys/concern_*.py``) has a test file that writes what its rules were made
for: fresh disclosures beside ordinary twins (``PAIRS``), disclosures split over messages
(``SPLITS``), batches of fresh wordings, a second probe, near misses. Three tests read them all
the same way: ``test_concern_rule_twins.py`` every ``PAIRS``, ``test_concern_split_twins.py``
every ``SPLITS`` and ``test_concern_rule_modules.py`` the batches, probes, near misses and reach.
A new rule module's test file is named here once, and all three read it.
"""

from __future__ import annotations

from types import ModuleType

from tests.surveys import (
    test_concern_approaches,
    test_concern_buried_exploitation,
    test_concern_buried_harm,
    test_concern_codes,
    test_concern_codes_groups,
    test_concern_cymru,
    test_concern_dialect_blows,
    test_concern_embedded,
    test_concern_euphemism_away,
    test_concern_euphemism_body,
    test_concern_euphemism_care,
    test_concern_euphemism_cause,
    test_concern_euphemism_family,
    test_concern_euphemism_home,
    test_concern_euphemism_self,
    test_concern_euphemism_work,
    test_concern_everyday_online,
    test_concern_gaming,
    test_concern_handset,
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

RULE_TESTS: tuple[ModuleType, ...] = (
    test_concern_approaches,
    test_concern_buried_exploitation,
    test_concern_buried_harm,
    test_concern_codes,
    test_concern_codes_groups,
    test_concern_cymru,
    test_concern_dialect_blows,
    test_concern_embedded,
    test_concern_euphemism_away,
    test_concern_euphemism_body,
    test_concern_euphemism_care,
    test_concern_euphemism_cause,
    test_concern_euphemism_family,
    test_concern_euphemism_home,
    test_concern_euphemism_self,
    test_concern_euphemism_work,
    test_concern_everyday_online,
    test_concern_gaming,
    test_concern_handset,
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
# Each by its rule module's short name: "cymru" for ``test_concern_cymru``.
BY_NAME: dict[str, ModuleType] = {
    module.__name__.rsplit(".", 1)[-1].removeprefix("test_concern_"): module
    for module in RULE_TESTS
}
