"""The Bot API stand-in in webhook mode, with a round-robin load balancer in front of the workers.

Telegram posts each update to the webhook and counts it delivered once the post is answered
200. Here every update a person makes (:meth:`FakeBotApi.send_text`, :meth:`~FakeBotApi.press`)
is posted to the next worker in turn and :meth:`push_update` returns only once a worker answered
200: the update is *acknowledged*. A worker that does not answer (killed, restarting) is skipped
and the update posted to the next one, as Telegram sends it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from typing import Any

import aiohttp

from hearme_dev.sandbox import FakeBotApi

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# One post may wait this long for a busy worker; a killed worker's post fails at once.
POST_TIMEOUT = 60.0
# An update is given up only when no worker has answered for this long.
DELIVERY_TIMEOUT = 120.0
# After every worker refused in a row (all restarting), wait this long before the next round.
ROUND_PAUSE = 0.05
# Updates pushed in this context (and tasks started in it) go to this worker first.
_AIMED: ContextVar[int | None] = ContextVar("hearme_fleet_aimed", default=None)


@contextlib.contextmanager
def aimed_at(worker: int) -> Iterator[None]:
    """Updates pushed inside the block (or by tasks started in it) go to ``worker`` first."""
    token = _AIMED.set(worker)
    try:
        yield
    finally:
        _AIMED.reset(token)


class WebhookBotApi(FakeBotApi):
    """The stand-in, delivering updates to ``ports`` (the workers' webhook ports) in turn.

    Args:
        ports: each worker's webhook port on 127.0.0.1.
        path: the webhook's path (what ``hearme run --webhook URL`` names).
    """

    def __init__(self, ports: Sequence[int], *, path: str = "/telegram", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ports = list(ports)
        self.path = path
        self.redeliveries = 0  # posts that were not answered and went to the next worker
        self._turn = itertools.count()
        self._http: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        await super().start()
        self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=POST_TIMEOUT))

    async def stop(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None
        await super().stop()

    async def push_update(self, raw: dict[str, Any]) -> int:
        """Deliver the update through the balancer; returns its id once acknowledged."""
        if "update_id" not in raw:
            raw = {"update_id": next(self._update_ids), **raw}
        update_id = int(raw["update_id"])
        self.updates.append(raw)
        self.last_update_id = max(self.last_update_id, update_id)
        await self.deliver(raw, first=_AIMED.get())
        return update_id

    async def deliver(self, raw: dict[str, Any], *, first: int | None = None) -> int:
        """Post ``raw`` until a worker answers 200 (to worker ``first`` first, when given);
        returns the index of the worker that acknowledged it.

        Raises:
            TimeoutError: no worker answered for :data:`DELIVERY_TIMEOUT` seconds.
        """
        assert self._http is not None, "start the stand-in first"
        deadline = time.monotonic() + DELIVERY_TIMEOUT
        refused_in_a_row = 0
        while True:
            index = first if first is not None else next(self._turn) % len(self.ports)
            first = None
            address = f"http://127.0.0.1:{self.ports[index]}{self.path}"
            try:
                async with self._http.post(
                    address, json=raw, headers={SECRET_HEADER: self.webhook_secret}
                ) as response:
                    if response.status == 200:
                        return index
            except (aiohttp.ClientError, TimeoutError):
                pass  # killed mid-post, or not listening yet: Telegram tries again
            self.redeliveries += 1
            refused_in_a_row += 1
            if time.monotonic() > deadline:
                raise TimeoutError(f"no worker acknowledged update {raw['update_id']}")
            if refused_in_a_row >= len(self.ports):
                refused_in_a_row = 0
                await asyncio.sleep(ROUND_PAUSE)
