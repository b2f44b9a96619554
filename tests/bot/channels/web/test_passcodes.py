"""PINs someone else would try first are refused, kindly, when a child chooses one."""

from __future__ import annotations

import pytest

from bot.channels.web.passcodes import PasscodeProblem, pin_secret
from tests.bot.channels.web.world import FormClient, WebWorld

GUESSABLE = (
    "0000", "1111", "999999",  # one digit
    "1212", "6969", "121212", "123123", "1010",  # a block repeated
    "1234", "4321", "123456", "654321", "0123", "7890", "8901", "2468", "9753", "13579",
    "1990", "2000", "2012", "2016", "2026", "2030",  # years: birth years and around now
)  # fmt: skip
FINE = ("4829", "5930", "482916", "1989", "2031", "7392", "30518")


@pytest.mark.parametrize("pin", GUESSABLE)
def test_guessable_pins_are_refused(pin: str) -> None:
    with pytest.raises(PasscodeProblem) as refused:
        pin_secret(pin, pin)
    assert refused.value.key == "pin_easy"


@pytest.mark.parametrize("pin", FINE)
def test_ordinary_pins_are_accepted(pin: str) -> None:
    assert pin_secret(pin, pin) == f"pin:{pin}"


def test_entering_a_pin_chosen_before_the_rules_still_works() -> None:
    # The rules apply to choosing; a card set up with 2016 still opens with 2016.
    assert pin_secret("2016") == "pin:2016"
    with pytest.raises(PasscodeProblem):
        pin_secret("4829163")  # seven digits is too long either way


async def test_the_child_is_told_kindly_and_nothing_is_stored(
    world: WebWorld, child: FormClient
) -> None:
    await child.get(await world.new_link())
    for pin in ("2016", "1212", "0000"):
        page = await child.choose_pin(pin)
        assert page.status == 400
        text = page.text()
        assert "easy for someone else to guess" in text and "not a year" in text, pin
        assert "My PIN again" in text, "the child can pick another at once"
    assert world.rows("SELECT * FROM web_access") == []
    page = await child.choose_pin("4829")
    assert "How are things at home" in page.text()
