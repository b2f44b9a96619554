"""Shared set-up for the surveys tests: the concern detector's figures in the run summary.

The false-alarm rate on ordinary answers (and how many disclosures were caught) is shown in
every test run, with or without ``-s``, so a change to the phrase lists shows its cost at once.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support import figures

SECTION = "concern detection"


@pytest.fixture
def concern_figure() -> Callable[[str], None]:
    """A function that keeps one line to print under the test run's summary.

    Example: ``concern_figure("concerns: false alarms 2/231 (0.9%)")``.
    """
    return lambda line: figures.append(SECTION, line)
