"""Running benchmark pieces in child processes: the environment, the command, the memory.

A child's peak memory is read from its own ``/proc/<pid>/status`` (``VmHWM``) while it runs.
``getrusage``/``wait4`` cannot be used: on Linux a child's ``ru_maxrss`` starts from the
parent's peak (it is carried through fork and exec), so every child of a large benchmark
process would seem at least as big as the benchmark itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SAMPLE_SECONDS = 0.1


def child_env(**extra: str) -> dict[str, str]:
    """This environment, with the repository on ``PYTHONPATH`` (for ``-m bench...``) and
    ``extra`` variables."""
    path = os.environ.get("PYTHONPATH")
    root = str(ROOT)
    return {
        **os.environ,
        "PYTHONPATH": root if not path else os.pathsep.join((root, path)),
        **extra,
    }


def hearme_command() -> list[str]:
    """The ``hearme`` command of this Python environment."""
    script = Path(sys.executable).parent / "hearme"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from bot.cli import main; main()"]


def status_kb(pid: int, field: str) -> float | None:
    """A ``/proc/<pid>/status`` figure in KB (``VmRSS``, ``VmHWM``), or None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except (FileNotFoundError, ProcessLookupError):
        return None
    for line in text.splitlines():
        if line.startswith(field + ":"):
            return float(line.split()[1])
    return None


# Prepended to a ``python -c`` program: the process notes its own peak RSS (KB) at exit in
# the file named by $HEARME_BENCH_PEAK, so nothing after the last sample is missed.
NOTE_PEAK = (
    "import atexit, os, pathlib\n"
    "def _peak():\n"
    "    status = pathlib.Path('/proc/self/status').read_text()\n"
    "    kb = next(l.split()[1] for l in status.splitlines() if l.startswith('VmHWM:'))\n"
    "    pathlib.Path(os.environ['HEARME_BENCH_PEAK']).write_text(kb)\n"
    "atexit.register(_peak)\n"
)
PEAK_ENV = "HEARME_BENCH_PEAK"


def note_peak_at_exit() -> None:
    """What :data:`NOTE_PEAK` does, for a child started as ``python -m ...``."""
    exec(NOTE_PEAK, {})  # one definition of the hook for both ways of starting a child


@dataclass(frozen=True)
class Finished:
    """How a child process ended: exit code (None when stopped at the limit), time, peak."""

    returncode: int | None
    seconds: float
    peak_mb: float
    output: str
    errors: str


def run_watched(command: list[str], env: dict[str, str], *, limit: float) -> Finished:
    """Run ``command``, sampling its peak RSS (and reading the peak it notes at exit, when it
    was started with :data:`NOTE_PEAK` and ``$HEARME_BENCH_PEAK``); stop it after ``limit``
    seconds."""
    started = time.perf_counter()
    peak = 0.0
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        with subprocess.Popen(command, env=env, stdout=out, stderr=err, text=True) as proc:
            while proc.poll() is None:
                peak = max(peak, status_kb(proc.pid, "VmHWM") or 0.0)
                if time.perf_counter() - started > limit:
                    proc.kill()
                    break
                time.sleep(_SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        output, errors = out.read(), err.read()
    noted = Path(env[PEAK_ENV]) if PEAK_ENV in env else None
    if noted is not None and noted.exists():
        peak = max(peak, float(noted.read_text(encoding="ascii")))
    code = None if proc.returncode is not None and proc.returncode < 0 else proc.returncode
    return Finished(code, seconds, peak / 1024.0, output, errors)
