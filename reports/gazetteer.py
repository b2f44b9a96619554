"""The word lists shipped with hearme that redaction leans on: first names and places.

They are plain text files in ``reports/data`` (one entry a line, ``#`` for comments), read once
from the installed package: nothing is downloaded, so a report can be made on a laptop with no
network. A council's own lists (children's, carers' and staff names) are added per report.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _read(name: str) -> frozenset[str]:
    text = resources.files("reports").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(
        " ".join(line.split()).casefold()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common UK first names of many origins, lower case."""
    return _read("first_names.txt")


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """UK towns, cities, boroughs and counties, lower case ("milton keynes" has a space)."""
    return _read("places.txt")


# Names and places that are also everyday words: removed only when written with a capital
# letter ("Will said" and "in Reading", but not "I will go" or "I like reading").
EVERYDAY: frozenset[str] = frozenset(
    word
    for line in (
        "will may rose hope joy grace faith bill mark jack pat sue dawn amber summer april june",
        "august holly ivy lily daisy honey sunny rich frank sky river storm autumn penny robin",
        "said ray dean rob ted jay kit lee grant bob miles nick guy eve carol sally bonnie angel",
        "precious mercy pearl raven rowan fern hazel iris violet willow heather ruby jade max",
        "harmony mason paris devon roman jan mo dee glen dale jean bo les nell ken reading bath",
        "rugby bury boston sutton kent hull stoke perth newport lincoln kingston brent poole",
        "sale wells deal march hyde ware barking ayr bangor windsor burton dover york chester",
    )
    for word in line.split()
)
