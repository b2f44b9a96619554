"""What each rule module's test file wrote for it, read the same way for every module.

A rule module's test file holds what was written for its rules: the batches of fresh wordings in
``adversarial.txt`` (``BATCHES``: each batch and how many lines it holds), a second probe written
after the rules (``SECOND_PROBE``), more lines written for a shape (``MORE``) and disclosures
beside their ordinary twins (``PAIRS``, read by ``test_concern_rule_twins.py``). Here, for every
module in :data:`WRITTEN`: its batches are whole and every line urgent from the rules alone; its
second probe is urgent; its block of ``near_misses.txt`` holds its count and raises nothing from
the rules; every rule is reached by a line written for it (a rule nothing reaches is
dead weight, or a typo in one of its parts); and no word of its rules is one the normalised text
can never hold ("hell" is "he will" before "give", so an alternative "hell" never matches).
Worries written for a module's worry rules (``WORRIES_WRITTEN``) count as lines written for it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

import pytest

from tests.surveys import chats
from tests.surveys.rule_tests import BY_NAME


@dataclass(frozen=True)
class Written:
    """One module's test file (by its short name: "cymru"), and what of it is checked here.

    ``reached``: the rule modules (by short name: "cymru" for ``surveys.concern_cymru``) every
    rule of which a line written here must reach. ``near_misses``: the heading its block of
    ``near_misses.txt`` starts with, and how many lines it holds. ``live_words``: rule modules
    no word of which may be dead, besides those in ``reached``.
    """

    name: str
    reached: tuple[str, ...] = ()
    near_misses: tuple[str, int] | None = None
    live_words: tuple[str, ...] = ()

    @property
    def tests(self) -> ModuleType:
        """The test file, named once in ``tests/surveys/rule_tests.py``."""
        return BY_NAME[self.name]

    def __str__(self) -> str:
        return self.name

    def rules(self, names: tuple[str, ...]) -> list[ModuleType]:
        """The rule modules named (each once, in order), as ``surveys.concern_sources`` has them."""
        return [importlib.import_module(f"surveys.concern_{name}") for name in dict.fromkeys(names)]

    def lines(self, name: str) -> list[str]:
        return list(getattr(self.tests, name, []))


WRITTEN = (
    Written(
        name="codes",
        reached=("codes",),
        near_misses=("# --- codes (surveys/concern_codes.py", 63),
    ),
    Written(name="codes_groups", reached=("codes_groups",)),
    Written(name="euphemism_away", reached=("euphemism_away",)),
    Written(
        name="euphemism_body",
        reached=("euphemism_body",),
        near_misses=("# --- the twelfth hand's cover stories", 87),
        live_words=("euphemism_cause",),
    ),
    Written(name="euphemism_care", reached=("euphemism_care",)),
    Written(name="euphemism_cause", reached=("euphemism_cause",)),
    Written(name="euphemism_family", reached=("euphemism_family",)),
    Written(
        name="euphemism_home",
        reached=("euphemism_home",),
        near_misses=("# --- the twelfth hand's codes for harm at home", 53),
    ),
    Written(
        name="euphemism_self",
        reached=("euphemism_self",),
        near_misses=("# --- euphemisms for dying, going missing and an unsafe room", 54),
    ),
    Written(
        name="euphemism_work",
        reached=("euphemism_work",),
        near_misses=("# --- euphemisms for exploitation, trafficking, practices and neglect", 85),
    ),
    Written(
        name="voice_body",
        reached=("voice_body",),
        near_misses=("# --- thirteenth hand voices, body", 33),
    ),
    Written(
        name="voice_care",
        reached=("voice_care",),
        near_misses=("# --- thirteenth hand voices, care", 35),
    ),
    Written(
        name="voice_cause",
        reached=("voice_cause",),
        near_misses=("# --- thirteenth hand voices, cause", 25),
    ),
    Written(
        name="voice_home",
        reached=("voice_home",),
        near_misses=("# --- thirteenth hand voices, home", 47),
    ),
    Written(
        name="voice_practices",
        reached=("voice_practices",),
        near_misses=("# --- thirteenth hand voices, practices", 18),
    ),
    Written(
        name="voice_self",
        reached=("voice_self",),
        near_misses=("# --- thirteenth hand voices, self", 25),
    ),
    Written(
        name="voice_work",
        reached=("voice_work",),
        near_misses=("# --- thirteenth hand voices, work", 38),
    ),
    Written(
        name="buried_harm",
        near_misses=("# --- the tenth hand's harm and home told in passing", 101),
    ),
    Written(name="others", near_misses=("# --- not me, not now", 30)),
    Written(name="phone_exploitation"),
    Written(
        name="phone_harm",
        near_misses=("# --- the eleventh hand's harm typed on a phone", 100),
    ),
    Written(name="phone_home"),
    Written(name="everyday_online", reached=("paid_pictures",)),
    Written(name="newcomer", reached=("newcomer",)),
    Written(name="newcomer_recruited", reached=("newcomer_recruited",)),
    Written(name="newcomer_owned", reached=("newcomer_owned",)),
    Written(
        name="home_tongue",
        reached=(
            "home_tongue",
            "home_tongue_practices",
            "home_tongue_exploitation",
        ),
        near_misses=("# --- fourteenth hand, a home language beside English", 53),
    ),
    Written(
        name="cymru",
        near_misses=("# --- fourteenth hand Welsh", 103),
        live_words=("cymru", "cymru_lives"),
    ),
    Written(name="plans", live_words=("plans", "plans_exploitation")),
    Written(
        name="gaming",
        reached=("gaming", "gaming_home"),
        near_misses=("# --- fifteenth hand gaming", 107),
    ),
    Written(
        name="handset",
        reached=("handset", "handset_reach"),
        near_misses=("# --- the fifteenth hand's phone", 72),
    ),
    Written(
        name="north_west",
        reached=("north_west",),
        near_misses=("# --- sixteenth hand, North West", 76),
    ),
    Written(
        name="socials",
        reached=("socials", "socials_shamed"),
        near_misses=("# --- fifteenth hand, social media", 99),
    ),
    Written(
        name="south",
        reached=("south",),
        near_misses=("# --- sixteenth hand, South", 96),
        live_words=("dialect_south",),
    ),
    Written(
        name="north_east",
        reached=("north_east", "north_east_away", "north_east_worries"),
        near_misses=("# --- sixteenth hand, North East", 80),
    ),
)


def _ids(modules: tuple[Written, ...]) -> list[str]:
    return [str(written) for written in modules]


WITH_BATCHES = tuple(written for written in WRITTEN if hasattr(written.tests, "BATCHES"))
WITH_PROBE = tuple(written for written in WRITTEN if hasattr(written.tests, "SECOND_PROBE"))
WITH_NEAR_MISSES = tuple(written for written in WRITTEN if written.near_misses)
WITH_REACH = tuple(written for written in WRITTEN if written.reached)
WITH_LIVE_WORDS = tuple(written for written in WRITTEN if written.reached or written.live_words)


@pytest.mark.parametrize("written", WITH_BATCHES, ids=_ids(WITH_BATCHES))
def test_its_batches_are_whole_and_urgent(written: Written) -> None:
    batches = written.tests.BATCHES
    assert chats.batches_as_written(batches) == batches
    assert chats.not_urgent(chats.batch_texts(batches)) == []


@pytest.mark.parametrize("written", WITH_PROBE, ids=_ids(WITH_PROBE))
def test_its_second_probe_is_urgent(written: Written) -> None:
    assert chats.not_urgent(written.lines("SECOND_PROBE")) == []


@pytest.mark.parametrize("written", WITH_NEAR_MISSES, ids=_ids(WITH_NEAR_MISSES))
def test_its_near_misses_are_whole_and_silent(written: Written) -> None:
    assert written.near_misses is not None
    heading, count = written.near_misses
    block = chats.near_misses(heading)
    assert len(block) == count, len(block)
    assert chats.raising(block) == []


@pytest.mark.parametrize("written", WITH_REACH, ids=_ids(WITH_REACH))
def test_every_rule_is_reached_by_a_line_written_for_it(written: Written) -> None:
    texts = chats.batch_texts(getattr(written.tests, "BATCHES", {}))
    texts += written.lines("MORE") + written.lines("SECOND_PROBE")
    # Worries written for a module's worry rules reach them too.
    texts += written.lines("WORRIES_WRITTEN")
    texts += [pair[-2] for pair in written.lines("PAIRS")]
    for rules in written.rules(written.reached):
        assert chats.unreached(rules, texts) == [], rules.__name__


@pytest.mark.parametrize("written", WITH_LIVE_WORDS, ids=_ids(WITH_LIVE_WORDS))
def test_no_word_in_its_rules_is_one_the_text_can_never_hold(written: Written) -> None:
    assert chats.dead_words(*written.rules((*written.reached, *written.live_words))) == set()
