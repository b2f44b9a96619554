"""The fault and attack suites: shared switches and the figures summary.

Every suite has a small variant that ``make test`` runs and a full-size one marked
``@pytest.mark.soak`` that runs only when ``HEARME_SOAK=1`` (``make soak``). The figures each
suite measures (``tests/faults/figures.py``) are printed in the terminal summary so they show in
CI output.
"""

from __future__ import annotations

import pytest

from tests.faults.figures import SOAK_ENV, soak


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the full-size variants unless ``HEARME_SOAK=1``."""
    if soak():
        return
    skip = pytest.mark.skip(reason=f"full size: set {SOAK_ENV}=1 (make soak)")
    for item in items:
        if "tests/faults/" in item.nodeid and item.get_closest_marker("soak") is not None:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """PTB 22 warns on every 429 unless opted in to ``retry_after`` as a timedelta, as
    ``hearme run`` does; warnings are errors in this suite."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")

