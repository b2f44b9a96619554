"""Running the real `hearme` command as a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_hearme(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``hearme ARGS`` with ``stdin`` piped in; text in and out as UTF-8."""
    script = Path(sys.executable).with_name("hearme")
    fallback = [sys.executable, "-c", "from bot.cli import main; main()"]
    command = [str(script)] if script.exists() else fallback
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
