"""Anonymisation for everything that leaves the IRO service.

Counts 1–5 become ``"c"`` (as official statistics do). Because published totals are sums of
cells, hiding one cell is not enough: if a row total is shown and only one of its cells is hidden,
subtraction gives it back. A :class:`CellBook` holds every count a report publishes (or lets a
reader derive) together with the sums that tie them; :func:`suppress` hides the small cells and
then keeps hiding the smallest neighbouring cell until no hidden cell is fixed by the equations
(checked exactly, over the rationals, so chains across several rows and tables are caught too,
and by narrowing each hidden figure's range as a reader who knows no count is negative would:
two hidden zeros in a row whose shown cells make its total give themselves away, and then the
small cells beside them).
Headline figures (a whole year's counts) are the last cells chosen to protect another, and any
cell hidden on the way that turns out not to be needed is shown again: a headline is hidden only
when it is small itself or nothing else can protect a small cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

# Quotes are chosen and redacted in reports.redaction; these names are kept here as well, where
# the rest of the anonymisation lives.
from reports.redaction import MIN_QUOTE_GROUP as MIN_QUOTE_GROUP
from reports.redaction import QuoteCandidate as QuoteCandidate
from reports.redaction import Redactor as Redactor
from reports.redaction import choose_quotes as choose_quotes
from reports.redaction import redact as redact

Key = tuple[str, ...]
Figure = int | float | str | None
SUPPRESSED = "c"
SMALL_COUNT = 5
MIN_PERCENT_BASE = 10


@dataclass
class CellBook:
    """Counts by key and the sums that link them (``total = sum(parts)``)."""

    values: dict[Key, int] = field(default_factory=dict)
    equations: list[tuple[Key, tuple[Key, ...]]] = field(default_factory=list)
    # Figures a report leads with (a whole year's count): hidden only when small themselves or
    # when no other cell can protect a small one.
    headlines: set[Key] = field(default_factory=set)

    def headline(self, *keys: Key) -> None:
        """Mark figures as headlines, to be kept in view whenever suppression allows."""
        for key in keys:
            if key not in self.values:
                raise KeyError(f"no count recorded for {key}")
            self.headlines.add(key)

    def add(self, key: Key, value: int) -> None:
        """Record a count; recording the same key twice must agree (shared margins)."""
        if key in self.values and self.values[key] != value:
            raise ValueError(f"cell {key} recorded as {self.values[key]} and {value}")
        self.values[key] = value

    def equation(self, total: Key, parts: Sequence[Key]) -> None:
        """Declare ``total = sum(parts)``; every key must already hold a count."""
        for key in (total, *parts):
            if key not in self.values:
                raise KeyError(f"no count recorded for {key}")
        if sum(self.values[p] for p in parts) != self.values[total]:
            raise ValueError(f"{total} is not the sum of its parts")
        self.equations.append((total, tuple(parts)))

    def grid(
        self,
        cells: Sequence[Sequence[Key]],
        counts: Sequence[Sequence[int]],
        row_totals: Sequence[Key],
        column_totals: Sequence[Key],
        grand_total: Key,
    ) -> None:
        """Add a table with its row totals, column totals and grand total, and their sums."""
        for row_keys, row_counts in zip(cells, counts, strict=True):
            for key, count in zip(row_keys, row_counts, strict=True):
                self.add(key, count)
        for row_keys, total in zip(cells, row_totals, strict=True):
            self.add(total, sum(self.values[k] for k in row_keys))
            self.equation(total, row_keys)
        for index, total in enumerate(column_totals):
            column = [row_keys[index] for row_keys in cells]
            self.add(total, sum(self.values[k] for k in column))
            self.equation(total, column)
        self.add(grand_total, sum(self.values[k] for k in row_totals))
        self.equation(grand_total, row_totals)
        self.equation(grand_total, column_totals)


def _reduced_rows(book: CellBook, hidden: Sequence[Key]) -> list[dict[int, Fraction]]:
    """Reduced row echelon form of the equations restricted to the hidden cells."""
    index = {key: i for i, key in enumerate(hidden)}
    rows: list[dict[int, Fraction]] = []
    for total, parts in book.equations:
        row: dict[int, Fraction] = {}
        for key, sign in ((total, 1), *((p, -1) for p in parts)):
            if key in index:
                row[index[key]] = row.get(index[key], Fraction(0)) + sign
        row = {col: v for col, v in row.items() if v != 0}
        if row:
            rows.append(row)
    reduced: list[dict[int, Fraction]] = []
    for column in range(len(hidden)):
        pivot = next((r for r in rows if r.get(column)), None)
        if pivot is None:
            continue
        rows.remove(pivot)
        scale = pivot[column]
        pivot = {c: v / scale for c, v in pivot.items()}
        for group in (rows, reduced):
            for i, other in enumerate(group):
                factor = other.get(column)
                if factor:
                    merged = dict(other)
                    for c, v in pivot.items():
                        merged[c] = merged.get(c, Fraction(0)) - factor * v
                    group[i] = {c: v for c, v in merged.items() if v != 0}
        reduced.append(pivot)
    return reduced


def recoverable(book: CellBook, hidden: Iterable[Key]) -> list[Key]:
    """Hidden cells whose value the published cells and the equations pin down.

    A hidden cell is pinned exactly when its unit vector lies in the row space of the equations
    over the hidden cells, i.e. when a row of the reduced echelon form mentions it alone. A
    reader also knows no count is below zero: hidden cells whose published row leaves them
    nothing to share are each zero, and a zero known may pin its column's other hidden cell
    (:func:`_bounded`). Each cell pinned either way is then as good as published, and the rest
    are read again.
    """
    unknown = set(hidden)
    pinned: list[Key] = []
    while True:
        ordered = sorted(unknown)
        exact = {ordered[next(iter(row))] for row in _reduced_rows(book, ordered) if len(row) == 1}
        found = exact | _bounded(book, unknown)
        if not found:
            return pinned
        pinned.extend(sorted(found))
        unknown -= found


def _bounded(book: CellBook, hidden: set[Key]) -> set[Key]:
    """Hidden cells a reader pins down by narrowing each figure's range from every sum, knowing
    only the published figures and that no count is below zero.

    In ``total = sum(parts)`` a part lies between the total's least less the others' most and
    the total's most less the others' least; the total between the parts' sums.
    """
    # No hidden figure can be more than every count in the book added together.
    most = sum(book.values.values()) + 1
    low = {key: 0 if key in hidden else value for key, value in book.values.items()}
    high = {key: most if key in hidden else value for key, value in book.values.items()}
    changed = True
    while changed:
        changed = False
        for total, parts in book.equations:
            least, greatest = sum(low[p] for p in parts), sum(high[p] for p in parts)
            bounds = [(total, least, greatest)] + [
                (p, low[total] - (greatest - high[p]), high[total] - (least - low[p]))
                for p in parts
            ]
            for key, new_low, new_high in bounds:
                if new_low > low[key]:
                    low[key], changed = new_low, True
                if new_high < high[key]:
                    high[key], changed = new_high, True
    return {key for key in hidden if low[key] == high[key]}


def _partner(book: CellBook, hidden: set[Key], exposed: Sequence[Key]) -> Key:
    """The cell to hide next: the one that leaves fewest hidden cells exposed.

    Candidates are the published cells sharing a sum with an exposed cell; ties go to a
    positive interior cell with the smallest count (hiding a zero would let a reader bound it,
    and hiding a total loses more than a cell).
    """
    totals = {total for total, _ in book.equations}
    near = {
        key
        for total, parts in book.equations
        if total in exposed or any(part in exposed for part in parts)
        for key in (total, *parts)
        if key not in hidden
    }
    pool = near or {key for key in book.values if key not in hidden}
    if not pool:
        raise ValueError("every cell is already hidden")

    def rank(key: Key) -> tuple[bool, int, bool, bool, int, Key]:
        value = book.values[key]
        left = len(recoverable(book, hidden | {key}))
        return (key in book.headlines, left, value == 0, key in totals, value, key)

    return min(pool, key=rank)


def _components(book: CellBook) -> list[CellBook]:
    """Split the book into groups of cells no equation links; each is protected on its own."""
    parent = {key: key for key in book.values}

    def root(key: Key) -> Key:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for total, parts in book.equations:
        for part in parts:
            parent[root(part)] = root(total)
    pieces: dict[Key, CellBook] = {}
    for key, value in book.values.items():
        pieces.setdefault(root(key), CellBook()).values[key] = value
    for total, parts in book.equations:
        pieces[root(total)].equations.append((total, parts))
    for piece in pieces.values():
        piece.headlines = {key for key in book.headlines if key in piece.values}
    return list(pieces.values())


def _suppress_linked(book: CellBook, threshold: int) -> set[Key]:
    small = {key for key, value in book.values.items() if 1 <= value <= threshold}
    hidden = set(small)
    while True:
        exposed = recoverable(book, hidden)
        if not exposed:
            break
        hidden.add(_partner(book, hidden, exposed))
    # Cells hidden early may no longer be needed once later ones are hidden: show again any
    # that can be shown safely, headlines first, so no figure is hidden without cause. Showing
    # one may pin others down (a row's two hidden cells and its shown total); those can be shown
    # too, as they then add nothing a reader could not work out, unless a small one is among them.
    for key in sorted(hidden - small, key=lambda k: (k not in book.headlines, k)):
        if key not in hidden:
            continue
        pinned = set(recoverable(book, hidden - {key}))
        if not pinned & small:
            hidden -= {key} | pinned
    return hidden


def suppress(book: CellBook, *, threshold: int = SMALL_COUNT) -> frozenset[Key]:
    """The keys to publish as ``"c"``: counts 1..threshold, then as many more as needed."""
    hidden: set[Key] = set()
    for piece in _components(book):
        hidden |= _suppress_linked(piece, threshold)
    return frozenset(hidden)


@dataclass(frozen=True)
class Published:
    """A cell book after suppression: look figures up by key."""

    book: CellBook
    hidden: frozenset[Key]
    exact: bool

    def count(self, key: Key) -> int | str:
        """The count, or ``"c"`` when it is suppressed."""
        if not self.exact and key in self.hidden:
            return SUPPRESSED
        return self.book.values[key]

    def percent(self, numerator: Key, base: Key) -> float | str | None:
        """``numerator / base`` as a percentage to one decimal place.

        ``None`` when the base is zero; ``"c"`` when either count is suppressed or the base is
        under 10 (a percentage of a small group says too much about each child in it).
        """
        base_value = self.book.values[base]
        if base_value == 0:
            return None
        if not self.exact and (
            numerator in self.hidden or base in self.hidden or base_value < MIN_PERCENT_BASE
        ):
            return SUPPRESSED
        return percent_of(self.book.values[numerator], base_value)


def percent_of(part: int, whole: int) -> float:
    """Half-up rounding to one decimal place, as published tables round."""
    tenths = (Fraction(part * 1000, whole) + Fraction(1, 2)).__floor__()
    return tenths / 10


def publish(book: CellBook, *, exact: bool) -> Published:
    """Suppress (unless ``exact``) and wrap for look-ups."""
    return Published(book, frozenset() if exact else suppress(book), exact)
