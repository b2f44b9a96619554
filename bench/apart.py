"""The Bot API stand-in and the simulated children in a process of their own (issue 20).

In the bot's process, the stand-in's work (reading every call, recording what was sent, writing
each update) was charged to the bot measured: the more calls a bot makes and the bigger its
keyboards, the more of the stand-in's time it paid for, though Telegram does that work on its
own machines. :func:`serve_apart` runs every bot measured in figure 1 the same way, hearme and
both baselines alike: the bot in this process, the stand-in and the children
(:func:`bench.playing.saturating`) in a second one, so the bot's CPU time is its own.

The children still act only after the bot has handled their last action: the bot's last
handler group notes each handled update's id in memory shared with the stand-in's process,
which reads the notes every millisecond (a pipe's write an update cost the bot a system call).
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

# Updates one pass may handle at most (8 bytes each, shared between the two processes), and
# how often the stand-in's process looks for newly handled ones.
_NOTES = 1 << 20
_NOTE_POLL_SECONDS = 0.001
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


class _NotedHandled(Handled):
    """In the bot's process: notes every update handled in memory the stand-in's process reads.

    A note costs the bot two stores, no system call: a write down a pipe for each update
    charged every bot a cost an action that is no work of its own, more of the baselines'
    time than of hearme's. The stand-in's process looks for new notes every millisecond.
    """

    def __init__(self, notes: Any, noted: Any) -> None:
        super().__init__()
        self._notes = notes
        self._noted = noted

    async def _mark(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        at = self._noted.value
        if at >= len(self._notes):
            raise RuntimeError(f"more than {len(self._notes)} updates in one pass")
        self._notes[at] = update.update_id
        self._noted.value = at + 1  # after the id: the reader never sees a note half-made


async def _read_notes(notes: Any, noted: Any, handled: Handled) -> None:
    """In the stand-in's process: pass on every note of a handled update, for ever."""
    read = 0
    while True:
        upto = noted.value
        for at in range(read, upto):
            handled.done(int(notes[at]))
        read = upto
        await asyncio.sleep(_NOTE_POLL_SECONDS)


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


async def _play(conn: Connection, notes: Any, noted: Any, chats: list[int], answers: int) -> None:
    """The stand-in's process: serve, wait for "go", let the children play, report, wait."""
    handled = Handled()
    inbox: asyncio.Queue[Any] = asyncio.Queue()
    async with ObservedApi() as api:
        _listen(conn, inbox.put_nowait)
        reading = asyncio.create_task(_read_notes(notes, noted, handled))
        conn.send(("ready", api.token, api.base_url))
        await inbox.get()  # "go": the bot is polling
        calls_before = len(api.calls)
        cpu, began = time.process_time(), time.perf_counter()
        count = await saturating(chats, answers)(api, handled)
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
        calls = sum(1 for c in api.calls[calls_before:] if c.method.lower() != "getupdates")
        reading.cancel()
        conn.send(("done", count, seconds, list(api.latencies), calls, cpu))
        await inbox.get()  # "stop": the bot has stopped polling, the server may go
        asyncio.get_running_loop().remove_reader(conn.fileno())


def _stand_in(conn: Connection, notes: Any, noted: Any, chats: list[int], answers: int) -> None:
    asyncio.run(_play(conn, notes, noted, chats, answers))


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
    notes, noted = context.RawArray("q", _NOTES), context.RawValue("q", 0)
    process = context.Process(
        target=_stand_in, args=(theirs, notes, noted, chats, answers), daemon=True
    )
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
        handled = _NotedHandled(notes, noted)
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
