"""The Bot API stand-in and the simulated children in a process of their own (issue 20).

In the bot's process, the stand-in's work (reading every call, recording what was sent, writing
each update, enforcing Telegram's limits) was charged to the bot measured: the more calls a bot
makes and the bigger its keyboards, the more of the stand-in's time it paid for, though Telegram
does that work on its own machines. Here the bot runs in this process and the stand-in and the
children in a second one, so the bot's CPU time is its own. Figure 1 (:func:`serve_apart`, hearme
and both baselines alike) and figure 2, alone and with children answering
(:func:`serve_bot`, :func:`stand_in_apart`), are all measured this way.

What the children do is a :class:`Plan`, sent to the stand-in's process (so a module-level
dataclass): every child at once (:class:`Saturating`), nobody (:class:`NoChildren`), or Poisson
arrivals (:class:`bench.peak.Arrivals`). The stand-in counts there (actions, latencies, calls,
what :class:`~bench.loopback.TelegramLimits` accepted and refused) and sends the count back
as a :class:`Played`.

The children still act only after the bot has handled their last action: the bot's last
handler group notes each handled update's id in memory shared with the stand-in's process,
which reads the notes every millisecond (a pipe's write an update cost the bot a system call).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractContextManager, asynccontextmanager, nullcontext
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Protocol

from telegram import Update
from telegram.ext import ContextTypes

from bench.loopback import ObservedApi, TelegramLimits
from bench.playing import Drive, Handled, Make, Pass, polling, saturating

# Updates one pass may handle at most (8 bytes each, shared between the two processes), and
# how often the stand-in's process looks for newly handled ones.
_NOTES = 1 << 20
_NOTE_POLL_SECONDS = 0.001
# Long enough for a slow machine to start Python and the stand-in; a stand-in that died is
# noticed at once (its process's sentinel), not after this.
_START_SECONDS = 120.0


class Plan(Protocol):
    """What the children do once the bot is ready; pickled to the stand-in's process."""

    def drive(self, stop: asyncio.Event) -> Drive:
        """The children's play; ``stop`` is set when the bot's process says it is over."""
        ...


@dataclass(frozen=True)
class Saturating:
    """Every child in ``chats`` at once until ``answers`` answers each (figure 1)."""

    chats: list[int]
    answers: int

    def drive(self, stop: asyncio.Event) -> Drive:
        return saturating(self.chats, self.answers)


@dataclass(frozen=True)
class NoChildren:
    """Nobody writes to the bot (figure 2 alone): the stand-in only takes what it is sent,
    until the bot's process says it is over."""

    def drive(self, stop: asyncio.Event) -> Drive:
        async def drive(api: ObservedApi, handled: Handled) -> int:
            await stop.wait()
            return 0

        return drive


@dataclass(frozen=True)
class Endpoint:
    """Where the stand-in in the other process listens (what a bot is built with)."""

    token: str
    base_url: str


@dataclass(frozen=True)
class Played:
    """What the stand-in's process counted from "go" until the bot's process said it was
    over (or, when it says nothing, until the children were done), by its own clock."""

    actions: int  # by the children, until they were done
    seconds: float
    latencies: list[float]  # until the children were done
    api_calls: int  # besides fetching updates
    sent_to: dict[int, int]  # sendMessage calls, by chat
    accepted: int  # messages the limits accepted meanwhile (none without limits)
    limits: TelegramLimits | None  # all the limits counted, from the stand-in's start
    cpu_seconds: float  # the stand-in's process, children included
    pid: int  # the stand-in's process

    @property
    def enforced(self) -> TelegramLimits:
        """The limits the stand-in enforced, with what they counted.

        Raises:
            RuntimeError: it was started without limits.
        """
        if self.limits is None:
            raise RuntimeError("the stand-in enforced no limits")
        return self.limits

    @property
    def busy(self) -> float:
        """The stand-in's CPU time over the time counted, in percent of one core."""
        return 100.0 * self.cpu_seconds / self.seconds if self.seconds else 0.0


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


async def _play(
    conn: Connection, notes: Any, noted: Any, plan: Plan, limits: TelegramLimits | None
) -> None:
    """The stand-in's process: serve, wait for "go", let the children play (until "over" when
    told it will come), report, wait for "stop"."""
    handled = Handled()
    inbox: asyncio.Queue[Any] = asyncio.Queue()
    async with ObservedApi(faults=limits) as api:
        _listen(conn, inbox.put_nowait)
        reading = asyncio.create_task(_read_notes(notes, noted, handled))
        conn.send(("ready", api.token, api.base_url))
        _, told = await inbox.get()  # "go": the bot is polling
        calls_before = len(api.calls)
        cpu, began = time.process_time(), time.perf_counter()
        stop = asyncio.Event()
        playing = asyncio.create_task(plan.drive(stop)(api, handled))
        if told:
            await inbox.get()  # "over": what the bot's process measures is done
            stop.set()
        else:
            await asyncio.wait({playing})
        ended, cpu = time.perf_counter(), time.process_time() - cpu
        window = api.calls[calls_before:]
        actions = await playing  # children still acting finish (their latencies count)
        reading.cancel()
        accepted = 0 if limits is None else sum(began <= t <= ended for t in limits.accepted)
        conn.send(
            (
                "done",
                Played(
                    actions,
                    ended - began,
                    list(api.latencies),
                    sum(1 for c in window if c.method.lower() != "getupdates"),
                    dict(
                        Counter(
                            int(c.params["chat_id"])
                            for c in window
                            if c.method.lower() == "sendmessage"
                        )
                    ),
                    accepted,
                    limits,
                    cpu,
                    os.getpid(),
                ),
            )
        )
        while (await inbox.get())[0] != "stop":  # the bot has stopped: the server may go
            pass
        asyncio.get_running_loop().remove_reader(conn.fileno())


def _stand_in(
    conn: Connection, notes: Any, noted: Any, plan: Plan, limits: TelegramLimits | None
) -> None:
    asyncio.run(_play(conn, notes, noted, plan, limits))


class StandIn:
    """The stand-in's process seen from the bot's: where it listens, and the children's play."""

    def __init__(
        self, conn: Connection, process: Any, notes: Any, noted: Any, inbox: asyncio.Queue[Any]
    ) -> None:
        self._conn = conn
        self._process = process
        self._inbox = inbox
        self.gone = asyncio.Event()
        self.handled: Handled = _NotedHandled(notes, noted)
        self.endpoint = Endpoint("", "")

    async def _next(self, timeout: float | None = None) -> Any:
        message = await asyncio.wait_for(self._inbox.get(), timeout)
        if message[0] == "ended":
            raise RuntimeError(f"the stand-in's process ended (exit code {self._process.exitcode})")
        return message

    async def ready(self) -> None:
        """Wait until the stand-in listens."""
        _, token, base_url = await self._next(_START_SECONDS)
        self.endpoint = Endpoint(token, base_url)

    async def play(self, until: Callable[[], Awaitable[object]] | None = None) -> Played:
        """Let the children play; what the stand-in counted until they were done, or, given
        ``until``, until it returns.

        Raises:
            RuntimeError: the stand-in's process ended before it reported.
        """
        self._conn.send(("go", until is not None))
        if until is not None:
            working = asyncio.ensure_future(until())
            gone = asyncio.ensure_future(self.gone.wait())
            await asyncio.wait({working, gone}, return_when=asyncio.FIRST_COMPLETED)
            gone.cancel()
            if not working.done():  # the stand-in died: no point waiting on the bot
                working.cancel()
            else:
                working.result()
                self._conn.send(("over",))
        _, played = await self._next()
        assert isinstance(played, Played)
        return played


@asynccontextmanager
async def stand_in_apart(
    plan: Plan, *, limits: TelegramLimits | None = None
) -> AsyncIterator[StandIn]:
    """A stand-in enforcing ``limits`` (if any) in another process, its children to play
    ``plan``; stopped when the context ends (stop the bot first).

    Raises:
        RuntimeError: the stand-in's process ended before it listened.
    """
    context = multiprocessing.get_context("spawn")  # never fork a process with a loop running
    ours, theirs = context.Pipe()
    notes, noted = context.RawArray("q", _NOTES), context.RawValue("q", 0)
    process = context.Process(
        target=_stand_in, args=(theirs, notes, noted, plan, limits), daemon=True
    )
    process.start()
    theirs.close()
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[Any] = asyncio.Queue()
    _listen(ours, inbox.put_nowait)
    stand_in = StandIn(ours, process, notes, noted, inbox)

    def ended() -> None:
        loop.remove_reader(process.sentinel)
        stand_in.gone.set()
        inbox.put_nowait(("ended",))

    loop.add_reader(process.sentinel, ended)
    try:
        await stand_in.ready()
        yield stand_in
        ours.send(("stop",))
        await asyncio.to_thread(process.join, _START_SECONDS)
    finally:
        loop.remove_reader(ours.fileno())
        loop.remove_reader(process.sentinel)
        if process.is_alive():
            process.kill()
        ours.close()


@dataclass(frozen=True)
class Served:
    """A bot served apart: what the stand-in counted, and the bot's CPU time meanwhile."""

    played: Played
    cpu_seconds: float


async def serve_bot(
    make: Make,
    plan: Plan,
    *,
    limits: TelegramLimits | None = None,
    until: Callable[[], Awaitable[object]] | None = None,
    during: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> Served:
    """Start the bot ``make`` builds against a stand-in in another process enforcing
    ``limits``, let the children play ``plan`` (until ``until`` returns, if given), stop the bot.

    ``during`` gives a context entered when the children start and left when they are done
    (e.g. counting statements, or profiling the bot).

    Raises:
        RuntimeError: the stand-in's process ended before it reported.
    """
    async with stand_in_apart(plan, limits=limits) as stand_in:
        application = make(stand_in.endpoint, stand_in.handled)
        stand_in.handled.add_to(application)
        async with polling(application):
            with during():
                cpu = time.process_time()
                played = await stand_in.play(until)
                cpu = time.process_time() - cpu
    return Served(played, cpu)


@dataclass(frozen=True)
class Apart:
    """A pass served apart, and the CPU time the stand-in's process spent meanwhile."""

    run: Pass
    stand_in_cpu_seconds: float


async def serve_apart(
    make: Make,
    chats: list[int],
    answers: int,
    *,
    during: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> Apart:
    """Figure 1's pass: the bot ``make`` builds, every child in ``chats`` playing at once in
    the stand-in's process until ``answers`` answers each (:func:`serve_bot`).

    Raises:
        RuntimeError: the stand-in's process ended before it reported.
    """
    served = await serve_bot(make, Saturating(chats, answers), during=during)
    played = served.played
    run = Pass(
        played.actions, played.seconds, played.latencies, served.cpu_seconds, played.api_calls
    )
    return Apart(run, played.cpu_seconds)
