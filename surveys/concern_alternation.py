"""Alternations of phrases grouped by their first letters, so a search skips most of them.

Python's regular expressions try every alternative of a pattern at every word. The phrase
lists (``surveys.concerns``) and the first parts of the clauses (``surveys.concern_clauses``)
are each one long alternation: grouping the alternatives by their first two letters behind
look-aheads lets a search skip all but a handful of them at each word (about ten times faster
on an ordinary answer, where nothing matches). Both compile their lists with these.

A phrase that starts with a group of many words ("(hit|hits|beat|...) me") is unfolded into one
alternative per word, so each can be filed under its own letters. What follows the group is
written once per run of words filed together ("(?:hit|hits) me"), not once per word: copied
per word, the lists came to over a million characters and took seconds longer to compile.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple


class Alternative(NamedTuple):
    """One way a phrase can start (``head``) and what follows it (``tail``), as regex text."""

    head: str
    tail: str = ""

    @property
    def text(self) -> str:
        """The whole alternative."""
        return self.head + self.tail


def top_level(body: str) -> list[str]:
    """Split a regex at the ``|`` that are not inside a group."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(body):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts


def expand(body: str) -> list[Alternative]:
    """Unfold a leading group into one alternative per branch, so each starts with a letter.

    A top-level ``|`` is split first: "(sores|rash) __ nappy|nappy __ (sores|rash)" filed
    whole under "so" and "ra" would never let its second half be tried.
    """
    branches = top_level(body)
    if len(branches) > 1:
        return [alt for branch in branches for alt in expand(branch)]
    if not body.startswith("(?:"):
        return [Alternative(body)]
    depth, end = 0, 0
    while True:
        depth += {"(": 1, ")": -1}.get(body[end], 0)
        if depth == 0:
            break
        end += 1
    rest = body[end + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return [Alternative(body)]
    alternatives: list[Alternative] = []
    for branch in top_level(body[3:end]):
        # An empty branch ("(?:|very )sad") starts with whatever follows the group.
        unfolded = expand(branch) if branch else [Alternative(alt.text) for alt in expand(rest)]
        alternatives += [Alternative(alt.head, alt.tail + rest if branch else "")
                         for alt in unfolded]
    return alternatives


def _joined(members: list[Alternative]) -> str:
    # Neighbours that end the same way share that ending: "hit me|hits me" is "(?:hit|hits) me",
    # tried in the same order, so it finds exactly what the longer form finds.
    runs: list[tuple[list[str], str]] = []
    for alt in members:
        if runs and alt.tail and runs[-1][1] == alt.tail:
            runs[-1][0].append(alt.head)
        else:
            runs.append(([alt.head], alt.tail))
    return "|".join(
        heads[0] + tail if len(heads) == 1 else "(?:" + "|".join(heads) + ")" + tail
        for heads, tail in runs
    )


def dispatch(alternatives: list[Alternative], depth: int) -> str:
    """Group alternatives by their next letter behind a look-ahead, two letters deep."""
    groups: dict[str, list[Alternative]] = defaultdict(list)
    for alternative in alternatives:
        prefix = alternative.text[: depth + 1]
        groups[prefix if prefix.isalnum() and len(prefix) == depth + 1 else ""].append(alternative)
    parts = []
    for prefix, members in sorted(groups.items()):
        if not prefix:
            parts.append("(?:" + _joined(members) + ")")
        elif depth == 0 and len(members) > 4:
            parts.append(f"(?={prefix})(?:" + dispatch(members, 1) + ")")
        else:
            parts.append(f"(?={prefix})(?:" + _joined(members) + ")")
    return "|".join(parts)
