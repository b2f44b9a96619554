"""An ordinary answer costs the rules a handful of searches, whatever the lists hold.

Nearly every answer a child writes is ordinary, so the rules are built to set one aside with
one search of each combined pattern: every phrase list at once, every clause's first part at
once, each cluster's strong signs at once; the per-category lists, the clauses' other parts
and the everyday sayings are read only once one of those has found something. This counts the
searches, which says the same on any machine however busy it is; how long a message takes is
measured by ``make bench`` (the safeguarding figures' time per message, against its goal).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

import pytest

from surveys import concern_clauses, concern_clusters, concern_patterns
from surveys.concern_patterns import Compiled
from surveys.concerns import detect, warm_up

TYPICAL = (
    "school is ok and i like my teacher, i go to football on saturdays and see my mum "
    "every other week which is good"
)
# The combined patterns: read for every answer, each once.
COMBINED = ("every phrase list", "every clause's first part", "a cluster's strong signs")


class _Counted:
    """A compiled pattern that notes each search made with it."""

    def __init__(self, name: str, pattern: re.Pattern[str], searched: list[str]) -> None:
        self._name, self._pattern, self._searched = name, pattern, searched

    def search(self, *args: Any) -> re.Match[str] | None:
        self._searched.append(self._name)
        return self._pattern.search(*args)

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        self._searched.append(self._name)
        return self._pattern.finditer(*args)


def _counted(name: str, pattern: re.Pattern[str], searched: list[str]) -> re.Pattern[str]:
    return cast(re.Pattern[str], _Counted(name, pattern, searched))


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every search the rules make from now on, named by which pattern it was."""
    warm_up()
    made: list[str] = []
    lists = concern_patterns.LISTS.get()
    counted_lists = Compiled(
        by_category=tuple(
            (category, _counted(f"the {category} list", pattern, made))
            for category, pattern in lists.by_category
        ),
        any=_counted(COMBINED[0], lists.any, made),
        idioms={c: _counted(f"the {c} sayings", p, made) for c, p in lists.idioms.items()},
        sayings=lists.sayings,
    )
    first_parts, clauses = concern_clauses._COMPILED.get()
    counted_clauses = (
        _counted(COMBINED[1], first_parts, made),
        tuple(
            (clause, tuple(_counted("a clause's part", p, made) for p in parts))
            for clause, parts in clauses
        ),
    )
    counted_clusters = tuple(
        (
            cluster,
            tuple(_counted("a cluster's sign", p, made) for p in patterns),
            _counted(COMBINED[2], strong, made),
        )
        for cluster, patterns, strong in concern_clusters._COMPILED.get()
    )
    monkeypatch.setattr(concern_patterns.LISTS, "get", lambda: counted_lists)
    monkeypatch.setattr(concern_clauses._COMPILED, "get", lambda: counted_clauses)
    monkeypatch.setattr(concern_clusters._COMPILED, "get", lambda: counted_clusters)
    return made


def test_a_typical_ordinary_answer_is_set_aside_with_one_search_of_each_combined_pattern(
    searched: list[str],
) -> None:
    assert detect(TYPICAL, learned=False) is None
    clusters = len(concern_clusters._COMPILED.get())
    assert sorted(searched) == sorted([COMBINED[0], COMBINED[1], *[COMBINED[2]] * clusters])


def test_the_count_sees_the_lists_read_once_words_of_harm_are_found(
    searched: list[str],
) -> None:
    # The same count on a disclosure: the per-category lists are read, so the count above
    # would have seen them read for an ordinary answer too.
    assert detect("school is ok but my step dad hits me", learned=False) is not None
    assert "the physical_abuse list" in searched
    assert len(searched) > len(COMBINED) + len(concern_clusters._COMPILED.get())
