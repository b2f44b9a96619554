"""The figures the fault suites measure (kills survived, faults injected, ...), collected while
the tests run and printed at the end of the pytest run (``tests/support/figures.py``)."""

from __future__ import annotations

import os

from tests.support import figures

SOAK_ENV = "HEARME_SOAK"
SECTION = "hearme under faults and attack"


def soak() -> bool:
    """Whether ``make soak`` asked for the full-size runs (``HEARME_SOAK=1``)."""
    return os.environ.get(SOAK_ENV, "") == "1"


def note(name: str, line: str) -> None:
    """Remember one figure for the summary (``name`` orders and de-duplicates them)."""
    figures.note(SECTION, name, line)
