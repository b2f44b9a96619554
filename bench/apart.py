"""The Bot API stand-in and the simulated children in a process of their own (issue 20).

In the bot's process, the stand-in's work (reading every call, recording what was sent, writing
each update) was charged to the bot measured: the more calls a bot makes and the bigger its
keyboards, the more of the stand-in's time it paid for, though Telegram does that work on its
own machines. :func:`serve_apart` runs every bot measured in figure 1 the same way, hearme and
both baselines alike: the bot in this process, the stand-in and the children
(:func:`bench.playing.saturating`) in a second one, so the bot's CPU time is its own.

The children still act only after the bot has handled their last action: the bot's last
handler group writes each handled update's id down a pipe, which the stand-in's process reads.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes

from bench.loopback import ObservedApi
from bench.playing import AnyApplication, Handled, Pass, saturating

# Long enough for a slow machine to start Python and the stand-in; a stand-in that died is
# noticed at once (its process's sentinel), not after this.
_START_SECONDS = 120.0


@dataclass(frozen=True)
class Endpoint:
    """Where the stand-in in the other process listens (what a bot is built with)."""

    token: str
    base_url: str


@dataclass(frozen=True)
class Apart:
    """A pass served apart, and the CPU time the stand-in's process spent meanwhile."""

    run: Pass
    stand_in_cpu_seconds: float


class _PipedHandled(Handled):
    """In the bot's process: tells the stand-in's process of every update handled.

    The ids handled in one turn of the event loop go in one write: a write each would charge
    every bot a system call an action that is no work of its own.
    """

    def __init__(self, conn: Connection) -> None:
        super().__init__()
        self._conn = conn
        self._unsent: list[int] = []

    async def _mark(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not self._unsent:
            asyncio.get_running_loop().call_soon(self._send)
        self._unsent.append(update.update_id)

    def _send(self) -> None:
        unsent, self._unsent = self._unsent, []
        self._conn.send(unsent)


def _listen(conn: Connection, on_message: Callable[[Any], None]) -> None:
    """Call ``on_message`` on the running loop with every message ``conn`` receives."""

    loop = asyncio.get_running_loop()

    def readable() -> None:
        try:
            while conn.poll():
                on_message(conn.recv())
        except (EOFError, OSError):  # the other side is gone; its process's end says why
            loop.remove_reader(conn.fileno())

    loop.add_reader(conn.fileno(), readable)


async def _play(conn: Connection, chats: list[int], answers: int) -> None:
    """The stand-in's process: serve, wait for "go", let the children play, report, wait."""
    handled = Handled()
    inbox: asyncio.Queue[Any] = asyncio.Queue()

    def received(message: Any) -> None:
        if isinstance(message, list):
            for update_id in message:
                handled.done(update_id)
        else:
            inbox.put_nowait(message)

    async with ObservedApi() as api:
        _listen(conn, received)
        conn.send(("ready", api.token, api.base_url))
        await inbox.get()  # "go": the bot is polling
        calls_before = len(api.calls)
        cpu, began = time.process_time(), time.perf_counter()
        count = await saturating(chats, answers)(api, handled)
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
        calls = sum(1 for c in api.calls[calls_before:] if c.method.lower() != "getupdates")
        conn.send(("done", count, seconds, list(api.latencies), calls, cpu))
        await inbox.get()  # "stop": the bot has stopped polling, the server may go
        asyncio.get_running_loop().remove_reader(conn.fileno())


def _stand_in(conn: Connection, chats: list[int], answers: int) -> None:
    asyncio.run(_play(conn, chats, answers))


async def serve_apart(
    make: Callable[[Endpoint, Handled], AnyApplication],
    chats: list[int],
    answers: int,
    *,
    during: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> Apart:
    """Start the bot ``make`` builds against a stand-in in another process, where every child
    in ``chats`` plays until ``answers`` answers each; stop the bot.

    ``during`` gives a context entered when the children start and left when they are done
    (e.g. counting statements, or profiling the bot).

    Raises:
        RuntimeError: the stand-in's process ended before it reported.
    """
    context = multiprocessing.get_context("spawn")  # never fork a process with a loop running
    ours, theirs = context.Pipe()
    process = context.Process(target=_stand_in, args=(theirs, chats, answers), daemon=True)
    process.start()
    theirs.close()
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[Any] = asyncio.Queue()
    _listen(ours, inbox.put_nowait)

    def ended() -> None:
        loop.remove_reader(process.sentinel)
        inbox.put_nowait(("ended",))

    loop.add_reader(process.sentinel, ended)

    async def next_message() -> Any:
        message = await asyncio.wait_for(inbox.get(), _START_SECONDS)
        if message[0] == "ended":
            raise RuntimeError(f"the stand-in's process ended (exit code {process.exitcode})")
        return message

    try:
        _, token, base_url = await next_message()
        handled = _PipedHandled(ours)
        application = make(Endpoint(token, base_url), handled)
        handled.add_to(application)
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            with during():
                cpu = time.process_time()
                ours.send(("go",))
                _, count, seconds, latencies, calls, their_cpu = await next_message()
                cpu = time.process_time() - cpu
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()
        ours.send(("stop",))
        await asyncio.to_thread(process.join, _START_SECONDS)
    finally:
        loop.remove_reader(ours.fileno())
        loop.remove_reader(process.sentinel)
        if process.is_alive():
            process.kill()
        ours.close()
    return Apart(Pass(count, seconds, latencies, cpu, calls), their_cpu)
