"""Figure 7: how long ``hearme --help`` takes to start, now that the detector compiles on first use.

Every command used to compile the safeguarding detector's patterns as it imported them, a few
seconds before ``hearme --help`` printed a word. They are now compiled on first use
(``surveys.on_first_use``), by the processes that read children's words only. Each figure is
the median of a few fresh processes, each baseline measured beside it:

* ``hearme --help`` against ``python -c pass``: what starting any hearme command costs over
  starting Python itself (context, no goal);
* ``hearme --help`` against importing the detector and compiling its patterns, as every command
  did before (``surveys.concerns.warm_up``). Goal: at most half of it, i.e. no command that
  reads no child's words pays for the patterns;
* ``hearme run``'s warm-up against the import alone: what a bot pays once, as it starts, before
  its first update (context).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.procs import child_env, hearme_command
from bench.table import INFO, Goal, Row

GOAL = Goal("ratio_at_most", 0.5)
RUNS = 5
_IMPORT = "import surveys.concerns"
_WARM_UP = "import surveys.concerns; surveys.concerns.warm_up()"


def _medians(commands: list[list[str]], runs: int) -> list[float]:
    """The median wall time of ``runs`` fresh processes of each command, taken in turns so a
    busy moment on a shared machine falls on each about equally."""
    env = child_env()
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, times, strict=True):
            started = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            taken.append(time.perf_counter() - started)
            if done.returncode != 0:
                raise RuntimeError(f"{command[-1]} failed: {done.stderr.strip()[-500:]}")
    return [statistics.median(taken) for taken in times]


def run(scale: float, workdir: Path) -> list[Row]:
    """Figure 7; ``scale`` sets how many processes each median is taken over (1 = five)."""
    runs = max(1, round(RUNS * scale))
    python = [sys.executable, "-c"]
    bare, help_time, eager, imported = _medians(
        [[*python, "pass"], [*hearme_command(), "--help"], [*python, _WARM_UP],
         [*python, _IMPORT]],
        runs,
    )
    note = f"median of {runs} fresh process{'es' if runs > 1 else ''} each"
    return [
        Row("start-up: hearme --help vs python -c pass", help_time, bare, "s", INFO, note=note),
        Row(
            "start-up: hearme --help vs compiling the detector",
            help_time,
            eager,
            "s",
            GOAL,
            note="baseline: import surveys.concerns and compile every pattern, as each "
            "command did before",
        ),
        Row(
            "start-up: the bot's warm-up vs importing the detector",
            eager,
            imported,
            "s",
            INFO,
            note="paid once by hearme run (and hearme try), before the first update",
        ),
    ]
