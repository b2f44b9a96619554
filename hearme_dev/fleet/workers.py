"""Real ``hearme run --webhook`` processes, started, killed with SIGKILL and started again."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path

# ``hearme run`` says this once the webhook is registered and updates are taken.
READY = "Press Ctrl-C"
START_TIMEOUT = 120.0
WEBHOOK_URL = "https://hearme.example.org/telegram"
_RUN = "import sys; from bot.cli import main; sys.argv[0] = 'hearme'; main()"


class Worker:
    """One ``hearme run --webhook`` process listening on ``port``.

    Args:
        number: the worker's number (names its log file).
        port: its webhook port.
        env: the environment it runs with (database, key, token, Bot API, settings).
        folder: where its log is written.
    """

    def __init__(self, number: int, port: int, env: Mapping[str, str], folder: Path) -> None:
        self.number = number
        self.port = port
        self.env = {**env, "HEARME_WEBHOOK_PORT": str(port), "PYTHONUNBUFFERED": "1"}
        self.log = folder / f"worker-{number}.log"
        self.starts = 0
        self._process: asyncio.subprocess.Process | None = None
        self._drain: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def start(self) -> None:
        """Start the process and return once it takes updates.

        Raises:
            RuntimeError: it stopped or said nothing in time; the message names its log.
        """
        self.starts += 1
        with self.log.open("a") as log:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                _RUN,
                "run",
                "--webhook",
                WEBHOOK_URL,
                "--no-web",
                env={**os.environ, **self.env},
                stdout=asyncio.subprocess.PIPE,
                stderr=log,
            )
        assert self._process.stdout is not None
        try:
            async with asyncio.timeout(START_TIMEOUT):
                while True:
                    line = await self._process.stdout.readline()
                    if not line:
                        raise RuntimeError(f"worker {self.number} stopped: {self._last_words()}")
                    if READY in line.decode():
                        break
        except TimeoutError:
            raise RuntimeError(
                f"worker {self.number} did not start in {START_TIMEOUT:.0f} s: {self._last_words()}"
            ) from None
        self._drain = asyncio.create_task(self._read_rest(self._process.stdout))

    def _last_words(self) -> str:
        """The end of the worker's log (its log holds ids and event names, never words)."""
        lines = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        return " | ".join(lines[-5:]) or "its log is empty"

    async def _read_rest(self, stream: asyncio.StreamReader) -> None:
        while await stream.readline():
            pass

    async def kill(self) -> None:
        """SIGKILL: no clean-up, no goodbye, as a crash or the out-of-memory killer."""
        await self._end(signal.SIGKILL)

    async def stop(self) -> None:
        """SIGTERM, then wait for it to finish what it has in hand."""
        await self._end(signal.SIGTERM)

    async def _end(self, how: signal.Signals) -> None:
        process = self._process
        if process is None:
            return
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(how)
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
                await process.wait()
        if self._drain is not None:
            await self._drain
        self._process = None
