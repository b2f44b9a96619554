"""Figures the tests measure, printed under the run's summary, from one process or from several.

A section (the concern detector's counts, the fault suites' figures) keeps named lines, printed
in the order of their names. ``make test`` shares the suite out over worker processes
(pytest-xdist), and each worker's figures would stay in it: ``tests/conftest.py`` has each
worker hand its sections over when it finishes, and the run that prints the summary gathers
them with :func:`gather`.
"""

from __future__ import annotations

from collections.abc import Mapping

# section title -> line name -> line; a later line of the same name replaces it.
SECTIONS: dict[str, dict[str, str]] = {}


def note(section: str, name: str, line: str) -> None:
    """Remember one line for ``section`` (``name`` orders and de-duplicates them)."""
    SECTIONS.setdefault(section, {})[name] = line


def append(section: str, line: str) -> None:
    """Add one line after those ``section`` already has. The line is part of its name, so lines
    two workers add at the same place both stay."""
    note(section, f"{len(SECTIONS.get(section, {})):05d} {line}", line)


def gather(sections: Mapping[str, Mapping[str, str]]) -> None:
    """Take in the sections a worker process handed over."""
    for section, lines in sections.items():
        for name, line in lines.items():
            note(section, name, line)
