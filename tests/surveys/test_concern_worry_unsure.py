"""Worries said by a child unsure they count get the worry reply (issue 13).

``surveys/concern_worry_unsure.py`` writes the sixth hand's missed bullying and upset lines as
structures. Here, in words none of them was written from: each worry must raise the worry reply
(never urgent, and never silence), and the grumble or good news beside it must raise nothing.
Bullying by other children stays a worry even when it uses words of serious harm.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, WORRY, detect

# (structure, worry, ordinary answer beside it)
PAIRS = [
    ("everyone asked but the child",
     "the whole class got invited to the sleepover apart from me",
     "the whole class got invited to the sleepover, me too"),
    ("a small thing done again and again",
     "some boys in year 7 keep poking my back with pens in science",
     "my little brother keeps poking me to play lego lol"),
    ("mocked for how the child talks",
     "the girls mimic the way i talk and say im a baby",
     "my mates mimic our teacher, its so funny"),
    ("piled on online",
     "people keep putting puke emojis under all my pics",
     "people keep putting fire emojis under my pics, im buzzing"),
    ("a mind that will not let them sleep",
     "cant sleep most nights, i worry about where im moving next",
     "cant sleep, too excited for the trip tomorrow"),
    ("wanting someone to talk to",
     "could i have someone to talk to thats not my carer",
     "i want someone to fix my bike tyre"),
    ("a let-down that keeps coming, said softly",
     "bit sad tonight, dad cancelled contact again",
     "bit sad the holidays are over but its fine"),
    ("exams, not ready",
     "stressed about my mocks and i havent revised anything",
     "stressed about my mocks but i think ill be fine"),
]


@pytest.mark.parametrize(("structure", "worry", "ordinary"), PAIRS, ids=[p[0] for p in PAIRS])
def test_the_worry_gets_the_worry_reply_and_the_grumble_nothing(
    structure: str, worry: str, ordinary: str
) -> None:
    found = detect(worry, learned=False)
    assert found is not None and found.level == WORRY, f"{structure}: {found}"
    assert detect(ordinary) is None, f"{structure}: {detect(ordinary)}"


@pytest.mark.parametrize("text", [
    "liam said i cant play with them and shoved me off the wall",
    "mae'r merched yn galw enwau arna i achos mod i'n fyddar",
])
def test_bullying_in_words_of_harm_stays_a_worry(text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == WORRY, found
    assert "bullying" in found.categories


@pytest.mark.parametrize(
    "text",
    ["my stepdad said i cant play and kicked me", "my foster mum said i cant play and kicked me"],
)
def test_a_grown_up_who_keeps_a_child_out_and_kicks_them_is_not_set_aside_as_bullying(
    text: str,
) -> None:
    # The set-aside names other children (or a first name); a carer's kick stays serious harm.
    found = detect(text, learned=False)
    assert found is not None and found.level == URGENT and "bullying" not in found.categories
