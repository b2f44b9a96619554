"""A disclosure on the web page reaches staff even when telling them at once fails, or when no
Telegram bot runs beside the page: the alert is planned in the outbox for the scheduler."""

from __future__ import annotations

import json

from bot.channels.web.context import CONTEXT
from tests.bot.channels.web.world import FormClient, WebWorld


async def _disclose(world: WebWorld, child: FormClient) -> None:
    await child.get(await world.new_link())
    await child.choose_pin("4829")
    page = await child.say("my stepdad hits me when mum is out")
    assert "0800 1111" in page.text(), "the child is answered at once, whatever staff get"


def _planned(world: WebWorld) -> list[dict[str, object]]:
    rows = world.rows("SELECT kind, status, child_id, payload FROM outbox")
    return [{**dict(r), "payload": json.loads(r["payload"])} for r in rows]


async def test_a_failed_notice_is_planned_for_the_scheduler(
    world: WebWorld, child: FormClient
) -> None:
    async def broken(alert_id: int) -> None:
        raise ConnectionError("staff channel down")

    world.runner.app[CONTEXT].notify_alert = broken
    await _disclose(world, child)
    [alert] = world.rows("SELECT id FROM alerts")
    assert _planned(world) == [
        {
            "kind": "alert_notice",
            "status": "pending",
            "child_id": world.child_id,
            "payload": {"alert_id": alert["id"]},
        }
    ]


async def test_with_no_telegram_running_the_alert_waits_in_the_outbox(
    world: WebWorld, child: FormClient
) -> None:
    world.runner.app[CONTEXT].notify_alert = None
    await _disclose(world, child)
    [row] = _planned(world)
    assert (row["kind"], row["status"]) == ("alert_notice", "pending")
    assert "stepdad" not in json.dumps(row["payload"])


async def test_a_notice_sent_at_once_plans_nothing(world: WebWorld, child: FormClient) -> None:
    await _disclose(world, child)
    assert len(world.notified) == 1
    assert _planned(world) == []
