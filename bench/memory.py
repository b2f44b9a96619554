"""Figure 4: memory. The running bot at national scale, and the national report.

* The bot: the real ``hearme run --no-web`` in a subprocess, long-polling the loopback Bot API
  that runs here, over a database of 100,000 children each with a bound chat, reviews, a run
  with answers and a pending offer in the outbox (:mod:`bench.memory_data`). Once it has
  answered 200 children who wrote to it, its resident set size is read from ``/proc``.
  Goal: under 200 MB.
* The staff app's caseload page for an IRO with 80 children, over the same file
  (:mod:`bench.caseload`). Goal: under 100 ms; its baseline is the server's sign-in page.
* The report: figure 3 builds the national participation and satisfaction reports in a child
  process; its peak RSS (``VmHWM``) is sampled and noted at exit (:mod:`bench.procs` says why
  not ``getrusage``). Goal (our own): under 1 GB, the memory a council laptop can spare.

The baseline for both is an idle Python process that imports the same modules, measured the
same way, so the rows show what hearme's data adds to the interpreter and its libraries.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from bench.caseload import caseload_times
from bench.loopback import ObservedApi
from bench.memory_data import fill
from bench.national import ReportRun
from bench.national_data import National
from bench.procs import NOTE_PEAK, PEAK_ENV, child_env, hearme_command, run_watched, status_kb
from bench.table import Goal, Row

ENROLLED = 100_000
TALKERS = 200  # one in 500 of the enrolled children writes, at most 200
BOT_GOAL = Goal("value_below", 200.0)
CASELOAD_GOAL = Goal("value_below", 100.0)
REPORT_GOAL = Goal("value_below", 1024.0)
_MB = 1024.0  # /proc and ru_maxrss count kilobytes
# What `hearme run` and `hearme report` import before they touch any data.
BOT_MODULES = (
    "bot.cli",
    "bot.runner",
    "bot.channels.telegram.app",
    "bot.outbox.scheduler",
    "bot.staff.commands",
    "bot.channels.web.server",
)
REPORT_MODULES = ("bench.national",)
# An idle import that takes longer than this is a broken environment, not a measurement.
LIMIT_SECONDS = 60.0


def idle_rss_mb(modules: tuple[str, ...], workdir: Path) -> tuple[float, float]:
    """(current RSS, peak RSS) in MB of a Python process that only imports ``modules``."""
    code = (
        NOTE_PEAK + "import importlib, pathlib\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "status = pathlib.Path('/proc/self/status').read_text()\n"
        "print(next(l.split()[1] for l in status.splitlines() if l.startswith('VmRSS:')))\n"
    )
    env = child_env(**{PEAK_ENV: str(workdir / "idle.peak")})
    done = run_watched([sys.executable, "-c", code], env, limit=LIMIT_SECONDS)
    if done.returncode != 0:
        raise RuntimeError(f"importing {modules} failed: {done.errors.strip()[-500:]}")
    return float(done.output.strip()) / _MB, done.peak_mb


async def bot_rss_mb(db_path: Path, key_path: Path, talkers: int) -> tuple[float, int]:
    """RSS in MB of ``hearme run`` after ``talkers`` enrolled children each wrote to it."""
    async with ObservedApi() as api:
        env = child_env(
            HEARME_DB=str(db_path),
            HEARME_DATA_KEY=str(key_path),
            TELEGRAM_BOT_TOKEN=api.token,
            TELEGRAM_API_URL=api.base_url,
        )
        with tempfile.TemporaryFile() as errors:
            proc = await asyncio.create_subprocess_exec(
                *hearme_command(),
                "run",
                "--no-web",
                env=env,
                stdout=asyncio.subprocess.PIPE,
                stderr=errors,
            )
            try:
                await _until_running(proc, errors)
                answered = await _talk(api, talkers)
                rss = (status_kb(proc.pid, "VmRSS") or 0.0) / _MB
            finally:
                if proc.returncode is None:
                    proc.terminate()
                await proc.communicate()
    return rss, answered


async def _until_running(proc: asyncio.subprocess.Process, errors: object) -> None:
    assert proc.stdout is not None
    while True:
        line = await asyncio.wait_for(proc.stdout.readline(), 60)
        if not line:
            raise RuntimeError("hearme run stopped before the bot was running")
        if b"is running" in line:
            return


async def _talk(api: ObservedApi, talkers: int) -> int:
    """Each of ``talkers`` children writes once; returns how many got an answer in time."""
    chats = [1_000_000 + i for i in range(talkers)]
    for chat_id in chats:
        await api.send_text(chat_id, "hello")
    answered = 0
    for chat_id in chats:
        try:
            await api.wait_for(chat_id, timeout=30.0)
            answered += 1
        except TimeoutError:
            break
    return answered


def run(scale: float, workdir: Path, national: National, reports: ReportRun) -> list[Row]:
    """Figure 4 at ``scale`` (1 = 100,000 enrolled children); the report's peak comes from
    figure 3's run of the national reports (``reports``)."""
    enrolled = max(50, round(ENROLLED * scale))
    talkers = min(TALKERS, max(10, enrolled // 500))
    filled = fill(workdir, enrolled)
    rss, answered = asyncio.run(bot_rss_mb(filled.db_path, filled.key_path, talkers))
    page = asyncio.run(caseload_times(filled))
    idle_bot, _ = idle_rss_mb(BOT_MODULES, workdir)
    _, idle_report = idle_rss_mb(REPORT_MODULES, workdir)
    return [
        Row(
            "memory: bot RSS",
            rss,
            idle_bot,
            "MB",
            BOT_GOAL,
            note=f"{enrolled:,} enrolled children with {filled.reviews:,} reviews, "
            f"{filled.runs:,} runs, {filled.answers:,} answers and {filled.outbox:,} pending "
            f"offers; {answered} of {talkers} who wrote were answered",
        ),
        Row(
            "memory: staff caseload page",
            page.caseload_ms,
            page.baseline_ms,
            "ms",
            CASELOAD_GOAL,
            note=f"an IRO's {page.children_shown} children over the same file; baseline: the "
            "same server's sign-in page",
        ),
        Row(
            "memory: national report peak RSS",
            reports.peak_mb,
            idle_report,
            "MB",
            REPORT_GOAL,
            note=f"participation and satisfaction over {national.answers:,} answers"
            + ("" if reports.finished else f"; stopped after {reports.seconds:.0f} s: peak so far"),
        ),
    ]
