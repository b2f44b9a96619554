"""Settings every test shares, the throwaway PostgreSQL cluster tests ask for, and the figures
the tests measure printed under the run's summary, from however many worker processes."""

import os
from collections.abc import Iterator

import pytest

from tests.support import figures
from tests.support.postgres import Cluster

# python-telegram-bot 22 warns on every 429 unless durations are timedeltas; hearme handles
# them as timedeltas, and the warnings-are-errors setting would otherwise fail any 429 test.
os.environ.setdefault("PTB_TIMEDELTA", "1")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """One PostgreSQL server for the session, started only when a test first asks for it."""
    cluster = Cluster()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: Cluster) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database of this test's own."""
    url = postgres_cluster.new_database()
    yield url
    postgres_cluster.drop_database(url)


@pytest.fixture
def postgres_migrated_url(postgres_cluster: Cluster) -> Iterator[str]:
    """A new PostgreSQL database of this test's own, already at hearme's current schema."""
    url = postgres_cluster.new_database(migrated=True)
    yield url
    postgres_cluster.drop_database(url)


def pytest_sessionfinish(session: pytest.Session) -> None:
    # A pytest-xdist worker: hand its figures to the process that prints the summary.
    handed_over = getattr(session.config, "workeroutput", None)
    if handed_over is not None:
        handed_over["figures"] = figures.SECTIONS


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """A pytest-xdist worker finished: take in the figures it handed over."""
    handed_over = getattr(node, "workeroutput", {})
    figures.gather(handed_over.get("figures", {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print what the tests measured, a section at a time."""
    for section, lines in sorted(figures.SECTIONS.items()):
        terminalreporter.section(section)
        for name in sorted(lines):
            terminalreporter.write_line(lines[name])
