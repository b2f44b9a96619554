"""Shared set-up for the surveys tests: the concern detector's figures in the run summary.

The false-alarm rate on ordinary answers (and how many disclosures were caught) is shown in
every test run, with or without ``-s``, so a change to the phrase lists shows its cost at once.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

CONCERN_FIGURES = pytest.StashKey[list[str]]()


@pytest.fixture
def concern_figure(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """A function that keeps one line to print under the test run's summary.

    Example: ``concern_figure("concerns: false alarms 2/231 (0.9%)")``.
    """

    def record(line: str) -> None:
        request.config.stash.setdefault(CONCERN_FIGURES, []).append(line)

    return record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = terminalreporter.config.stash.get(CONCERN_FIGURES, [])
    if lines:
        terminalreporter.section("concern detection")
        for line in lines:
            terminalreporter.write_line(line)
