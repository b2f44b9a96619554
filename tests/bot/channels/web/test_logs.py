"""What the web channel writes to the logs, at DEBUG, over a whole visit with a disclosure: ids
and event names, never the child's words, their PIN or pictures, the link's code or the cookie."""

from __future__ import annotations

import logging

import pytest

from tests.bot.channels.web.world import FormClient, WebWorld

WORDS = "my stepdad hits me when mum is out"
ANSWER = "I would like Zebedee-the-hamster at my meeting"
# Six digits: a four-digit string turns up by chance in the hashes the database layer logs.
PIN = "482916"
WRONG_PIN = "730518"


async def test_a_whole_visit_leaves_no_words_or_secrets_in_the_logs(
    world: WebWorld, child: FormClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    link = await world.new_link()
    code = link.rsplit("/c/", 1)[1]
    await child.get(link)
    cookie = next(c.value for c in child.http.cookie_jar if c.key == "hm_session")
    await child.choose_pin(PIN)
    # Choosing the PIN gave the visit a new token: neither may be logged.
    rotated = next(c.value for c in child.http.cookie_jar if c.key == "hm_session")
    assert rotated != cookie
    await child.press("Happy")
    await child.press("What hearme keeps about me")
    await child.press("I want to talk to someone")
    for _ in range(12):
        page = await child.press("Skip")
    page = await child.say(ANSWER)
    await child.press("Just for my IRO")
    page = await child.say(WORDS)
    assert "0800 1111" in page.text()
    other = FormClient(world.base_url)
    try:
        await other.get(link)
        await other.enter_pin(WRONG_PIN)  # a wrong try is logged, the digits are not
        await other.pick_pictures("/unlock", "fox", "rocket", "star")
    finally:
        await other.close()
    await child.post("/exit", {"csrf": page.field("csrf")})

    assert len(world.rows("SELECT * FROM alerts")) == 2  # the request to talk, the disclosure
    lines = [
        f"{record.name} {record.getMessage()} {record.exc_text or ''}" for record in caplog.records
    ]
    logged = "\n".join(lines)
    assert "web session" in logged and "alert" in logged, "the flow was logged at all"
    assert not any(line.startswith("aiosqlite") for line in lines), "no SQL parameters logged"
    for secret in (code, cookie, rotated, PIN, WRONG_PIN, "stepdad", "Zebedee", "rocket"):
        assert secret not in logged, f"{secret!r} reached the logs"
    # The name is checked outside the database layer's lines: there, three letters can turn up
    # by chance inside the encrypted bytes it prints.
    ours = "\n".join(line for line in lines if not line.startswith("aiosqlite"))
    assert "Sam" not in ours
