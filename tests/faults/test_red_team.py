"""Safeguarding red-team: disclosures sent through the running bot (the real ``Application``
long-polling the loopback Bot API over HTTP). Every one must raise an alert row within a second
and give the child the support reply (Childline) at once; the false-alarm rate on ordinary
answers is measured and reported."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from surveys.support import support_reply, worry_reply
from tests.faults.figures import note
from tests.support.telegram import BotWorld, Player

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
LATENCY_LIMIT = 1.0
SMALL_DISCLOSURES = 200
# The ordinary corpus promises fewer than 3% false alarms (issue 13).
FALSE_ALARM_LIMIT = 0.03
IRO_CHAT, DUTY_CHAT, CHILD_CHAT = 901, 902, 501
FILLER = (
    "School is alright and I like art and football with my mates on Saturdays. My carer makes "
    "good pasta and we went to the seaside in the holidays which was fun. "
)


def corpus(name: str) -> list[str]:
    """The messages in a corpus file: one a line, without comments and blank lines."""
    lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


# Sections of disclosures.txt that are worries: a kind reply without 999, the IRO told.
WORRY_SECTIONS = ("# --- bullying", "# --- upset")


def worries() -> set[str]:
    """The disclosures written under a worry section header of the corpus."""
    found: set[str] = set()
    worry = False
    for line in (CORPORA / "disclosures.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            worry = line.startswith(WORRY_SECTIONS)
        elif line.strip() and not line.startswith("#") and worry:
            found.add(line.strip())
    return found


def spread(lines: list[str], count: int) -> list[str]:
    """``count`` lines taken evenly from the whole list, so every section is represented."""
    if count >= len(lines):
        return lines
    return [lines[i * len(lines) // count] for i in range(count)]


async def _alert_count(world: BotWorld) -> int:
    return int((await world.query("SELECT COUNT(*) AS n FROM alerts"))[0]["n"])


async def _send_timed(world: BotWorld, player: Player, text: str) -> tuple[float, list[str]]:
    """Send ``text``; returns seconds until the bot's first reply left, and the replies."""
    sent_at = time.monotonic()
    replies = await player.send(text)
    to_child = [
        call.at
        for call in world.api.calls_to("sendMessage")
        if call.at >= sent_at and int(call.params["chat_id"]) == player.chat_id
    ]
    latency = (min(to_child) - sent_at) if to_child else float("inf")
    return latency, [reply.text for reply in replies]


async def red_team(tmp_path: Path, disclosures: list[str], ordinary: list[str]) -> None:
    async with BotWorld(tmp_path) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        duty = await world.add_staff("D1", "Dee Duty", "duty")
        await world.enrol_staff(iro, IRO_CHAT)
        await world.enrol_staff(duty, DUTY_CHAT)
        child = await world.add_child("C1", "Jess", date(2008, 4, 4), iro_id=iro)
        jess = await world.enrol_child(child, CHILD_CHAT)
        urgent = support_reply("16_plus", "en", out_of_hours=False, assisted=False)
        worry = worry_reply("16_plus", "en", out_of_hours=False, assisted=False)
        worry_lines = worries()

        missed, slow, worst = [], [], 0.0
        for text in disclosures:
            before = await _alert_count(world)
            latency, replies = await _send_timed(world, jess, text)
            worst = max(worst, latency)
            # Bullying and feeling low get the worry reply; everything else the urgent one.
            # (A line buried in filler is judged by the line itself.)
            core = text.replace(FILLER, "").strip().removesuffix(".")
            expected = worry if text in worry_lines or core in worry_lines else urgent
            if await _alert_count(world) != before + 1 or expected not in replies:
                missed.append(text)
            elif latency > LATENCY_LIMIT:
                slow.append((text, latency))
        caught = len(disclosures) - len(missed)
        iro_alerts = [
            m
            for m in world.api.messages(IRO_CHAT)
            if m.button_data[:1] and "ack:" in m.button_data[0]
        ]

        false_alarms = []
        for text in ordinary:
            before = await _alert_count(world)
            await jess.send(text)
            if await _alert_count(world) != before:
                false_alarms.append(text)
        rate = len(false_alarms) / len(ordinary)

    note(
        "5 red-team",
        f"safeguarding red-team: {caught}/{len(disclosures)} disclosures caught through the "
        f"bot, slowest reply {worst * 1000:.0f} ms; false alarms {len(false_alarms)}/"
        f"{len(ordinary)} ordinary answers ({rate:.1%})",
    )
    assert missed == [], f"{len(missed)} disclosures raised no alert: {missed[:10]}"
    assert slow == [], f"alerts slower than {LATENCY_LIMIT}s: {slow[:10]}"
    assert len(iro_alerts) == len(disclosures)
    assert rate < FALSE_ALARM_LIMIT, f"false alarms: {false_alarms}"


async def test_disclosures_through_the_bot_small(tmp_path: Path) -> None:
    await red_team(
        tmp_path,
        spread(corpus("disclosures.txt"), SMALL_DISCLOSURES),
        corpus("ordinary.txt"),
    )


@pytest.mark.soak
async def test_disclosures_through_the_bot_full(tmp_path: Path) -> None:
    lines = corpus("disclosures.txt")
    # Every line as written, and again buried in the middle of a long, ordinary answer.
    buried = [f"{FILLER * 3}{line}. {FILLER * 3}" for line in lines]
    await red_team(tmp_path, lines + buried, corpus("ordinary.txt"))
