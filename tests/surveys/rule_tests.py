"""Every rule module's test file, named once.

A rule module (``surveys/concern_*.py``) has a test file that writes what its rules were made
for: fresh disclosures beside ordinary twins (``PAIRS``), disclosures split over messages
(``SPLITS``), batches of fresh wordings, a second probe, near misses. Three tests read them all
the same way: ``test_concern_rule_twins.py`` every ``PAIRS``, ``test_concern_split_twins.py``
every ``SPLITS`` and ``test_concern_rule_modules.py`` the batches, probes, near misses and reach.
A new rule module's test file is named here once, and all three read it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Each by its rule module's short name: "cymru" for ``test_concern_cymru``.
NAMES: tuple[str, ...] = (
    "approaches",
    "buried_exploitation",
    "buried_harm",
    "codes",
    "codes_groups",
    "cymru",
    "dialect_blows",
    "embedded",
    "euphemism_away",
    "euphemism_body",
    "euphemism_care",
    "euphemism_cause",
    "euphemism_family",
    "euphemism_home",
    "euphemism_self",
    "euphemism_work",
    "everyday_online",
    "gaming",
    "handset",
    "hedged_exploitation",
    "hedged_harm",
    "hedged_home",
    "hedged_practices",
    "home_tongue",
    "newcomer",
    "newcomer_owned",
    "newcomer_recruited",
    "north_east",
    "north_west",
    "others",
    "phone_exploitation",
    "phone_harm",
    "phone_home",
    "plans",
    "practice_signs",
    "socials",
    "south",
    "split_pictures",
    "voice_body",
    "voice_care",
    "voice_cause",
    "voice_home",
    "voice_practices",
    "voice_self",
    "voice_work",
)
RULE_TESTS: tuple[ModuleType, ...] = tuple(
    importlib.import_module(f"tests.surveys.test_concern_{name}") for name in NAMES
)
BY_NAME: dict[str, ModuleType] = dict(zip(NAMES, RULE_TESTS, strict=True))
