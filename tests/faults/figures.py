"""The figures the fault suites measure (kills survived, faults injected, ...), collected while
the tests run and printed at the end of the pytest run by ``conftest.pytest_terminal_summary``."""

from __future__ import annotations

import os

SOAK_ENV = "HEARME_SOAK"

# name -> line shown in the terminal summary; a later run of the same suite replaces it.
FIGURES: dict[str, str] = {}


def soak() -> bool:
    """Whether ``make soak`` asked for the full-size runs (``HEARME_SOAK=1``)."""
    return os.environ.get(SOAK_ENV, "") == "1"


def note(name: str, line: str) -> None:
    """Remember one figure for the summary (``name`` orders and de-duplicates them)."""
    FIGURES[name] = line
