"""``python -m bench``: every figure, a table of which goals hold, and ``bench-results.json``.

    python -m bench                     # full size (about 5 to 10 minutes on 2 cores)
    python -m bench --scale 0.01        # tiny, for a quick look (or HEARME_BENCH_SCALE=0.01)
    python -m bench --only answers,imports

Each figure's rows are printed as soon as it finishes. A figure that crashes is reported as a
missed goal and the others still run; the exit code is 1 only then, not when a goal is missed
(the table says which goals hold).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from bench import (
    answers,
    campaign,
    campaign_load,
    cpu_profile,
    fleet,
    imports,
    memory,
    national,
    national_pg,
    peak,
    safeguarding,
    startup,
)
from bench.national_data import National
from bench.table import Goal, Row, format_table, write_json

SCALE_ENV = "HEARME_BENCH_SCALE"
FIGURES = (
    "answers",
    "peak",
    "profile",
    "campaign",
    "national",
    "national_pg",
    "memory",
    "imports",
    "startup",
    "safeguarding",
    "fleet",
)


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--scale",
        type=float,
        default=float(os.environ.get(SCALE_ENV) or 1.0),
        help=f"size of every figure; 1 is the full size (default ${SCALE_ENV} or 1)",
    )
    parser.add_argument(
        "--out", type=Path, default=Path("bench-results.json"), help="where to write the JSON"
    )
    parser.add_argument(
        "--only", default=",".join(FIGURES), help=f"comma-separated figures: {','.join(FIGURES)}"
    )
    parsed = parser.parse_args(argv)
    chosen = [name.strip() for name in parsed.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(FIGURES))
    if unknown:
        parser.error(f"unknown figure(s) {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    if parsed.scale <= 0:
        parser.error("--scale must be more than 0")
    parsed.figures = chosen
    return parsed


def _failed(name: str, error: BaseException) -> Row:
    detail = "".join(traceback.format_exception_only(type(error), error)).strip()
    return Row(f"{name}: crashed", 1.0, None, "", Goal("value_at_most", 0), note=detail[-300:])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the chosen figures; returns the process exit code."""
    args = _arguments(argv)
    # The outbox job is meant to skip a tick while the last one is still sending; say nothing.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    started = time.perf_counter()
    rows: list[Row] = []
    crashed = False
    with tempfile.TemporaryDirectory(prefix="hearme-bench-") as scratch:
        workdir = Path(scratch)
        generated: tuple[National, national.ReportRun] | None = None

        def national_figure(scale: float, where: Path) -> list[Row]:
            nonlocal generated
            found, file, reports = national.run(scale, where)
            generated = (file, reports)
            return found

        def memory_figure(scale: float, where: Path) -> list[Row]:
            if generated is None:  # --only memory: the report's peak needs figure 3's run
                national_figure(scale, where)
            assert generated is not None
            return memory.run(scale, where, *generated)

        steps: dict[str, Callable[[float, Path], list[Row]]] = {
            "answers": answers.run,
            "peak": peak.run,
            "profile": cpu_profile.run,
            # Alone, then with children answering in the same bot (issue 20).
            "campaign": lambda scale, where: (
                campaign.run(scale, where) + campaign_load.run(scale, where)
            ),
            "national": national_figure,
            # The same file on PostgreSQL (issue 19), generated here when run alone.
            "national_pg": lambda scale, where: national_pg.run(
                scale, where, generated[0] if generated is not None else None
            ),
            "memory": memory_figure,
            "imports": imports.run,
            "startup": startup.run,
            "safeguarding": safeguarding.run,
            "fleet": fleet.run,
        }
        for name in args.figures:
            print(f"== {name} (scale {args.scale:g}) ...", flush=True)
            began = time.perf_counter()
            try:
                found = steps[name](args.scale, workdir)
            except Exception as error:  # one broken figure must not hide the others
                crashed = True
                found = [_failed(name, error)]
                traceback.print_exc()
            rows += found
            print(format_table(found).split("\n\n")[0], flush=True)
            print(f"   ({time.perf_counter() - began:.0f} s)\n", flush=True)
    seconds = time.perf_counter() - started
    print(format_table(rows))
    print(f"\nAll figures took {seconds:.0f} s; results in {args.out}")
    write_json(rows, args.out, scale=args.scale, seconds=seconds)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
