"""Settings every test shares, the throwaway PostgreSQL cluster tests ask for, and the figures
the tests measure printed under the run's summary, from however many worker processes."""

import os
from collections import Counter
from collections.abc import Iterator

import pytest

from tests.support import figures
from tests.support.postgres import Cluster

# python-telegram-bot 22 warns on every 429 unless durations are timedeltas; hearme handles
# them as timedeltas, and the warnings-are-errors setting would otherwise fail any 429 test.
os.environ.setdefault("PTB_TIMEDELTA", "1")


# The slowest test files, slowest first (summed from ``--durations=0`` on two workers). Each
# worker takes a whole file at a time (``--dist loadfile``); left to itself pytest-xdist hands
# out the files with most tests first, so these few long ones came last and one worker sat idle
# while the other finished them. The rest follow, most tests first.
SLOWEST_FIRST = (
    "tests/surveys/test_concern_learning.py",
    "tests/surveys/test_concern_voices.py",
    "tests/surveys/test_try_cli.py",
    "tests/surveys/test_concern_typos.py",
    "tests/surveys/test_concern_blind_hands.py",
    "tests/bench/test_bench.py",
    "tests/faults/test_crash_restart.py",
    "tests/faults/test_fleet.py",
    "tests/bench/test_fleet_bench.py",
    "tests/bot/channels/telegram/test_token_never_logged.py",
    "tests/bot/test_restart.py",
    "tests/bot/cli/test_cli.py",
    "tests/hearme_dev/demo/test_demo.py",
    "tests/surveys/test_consultation_design.py",
    "tests/storage/test_import_safety.py",
    "tests/bot/test_key_file_warnings.py",
    "tests/storage/test_cli_outputs.py",
    "tests/faults/test_red_team.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the slowest files first (:data:`SLOWEST_FIRST`), each file's tests in their order."""
    files = Counter(item.nodeid.split("::", 1)[0] for item in items)

    def cost(item: pytest.Item) -> tuple[int, int]:
        path = item.nodeid.split("::", 1)[0]
        if path in SLOWEST_FIRST:
            return (SLOWEST_FIRST.index(path) - len(SLOWEST_FIRST), 0)
        return (0, -files[path])

    items.sort(key=cost)


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
