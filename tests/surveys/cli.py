"""Running the real `hearme` command as a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_hearme(
    args: list[str], stdin: str = "", *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``hearme ARGS`` with ``stdin`` piped in; text in and out as UTF-8.

    ``cwd`` and ``env`` (added to this process's environment) let a test point the command at
    its own folder and database.
    """
    script = Path(sys.executable).with_name("hearme")
    fallback = [sys.executable, "-c", "from bot.cli import main; main()"]
    command = [str(script)] if script.exists() else fallback
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=cwd,
        # Bounds only a command that hangs; a loaded machine may take a minute to start one.
        timeout=240,
        check=False,
    )
