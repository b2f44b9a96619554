"""Alternations of phrases grouped by their first letters, so a search skips most of them.

Python's regular expressions try every alternative of a pattern at every word. The phrase
lists (``surveys.concerns``) and the first parts of the clauses (``surveys.concern_clauses``)
are each one long alternation: grouping the alternatives by their first two letters behind
look-aheads lets a search skip all but a handful of them at each word (about ten times faster
on an ordinary answer, where nothing matches). Both compile their lists with these.
"""

from __future__ import annotations

from collections import defaultdict


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


def expand(body: str) -> list[str]:
    """Unfold a leading group into one alternative per branch, so each starts with a letter.

    A top-level ``|`` is split first: "(sores|rash) __ nappy|nappy __ (sores|rash)" filed
    whole under "so" and "ra" would never let its second half be tried.
    """
    branches = top_level(body)
    if len(branches) > 1:
        return [alt for branch in branches for alt in expand(branch)]
    if not body.startswith("(?:"):
        return [body]
    depth, end = 0, 0
    while True:
        depth += {"(": 1, ")": -1}.get(body[end], 0)
        if depth == 0:
            break
        end += 1
    rest = body[end + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return [body]
    return [alt for branch in top_level(body[3:end]) for alt in expand(branch + rest)]


def dispatch(alternatives: list[str], depth: int) -> str:
    """Group alternatives by their next letter behind a look-ahead, two letters deep."""
    groups: dict[str, list[str]] = defaultdict(list)
    for alternative in alternatives:
        prefix = alternative[: depth + 1]
        groups[prefix if prefix.isalnum() and len(prefix) == depth + 1 else ""].append(alternative)
    parts = []
    for prefix, members in sorted(groups.items()):
        if not prefix:
            parts.append("(?:" + "|".join(members) + ")")
        elif depth == 0 and len(members) > 4:
            parts.append(f"(?={prefix})(?:" + dispatch(members, 1) + ")")
        else:
            parts.append(f"(?={prefix})(?:" + "|".join(members) + ")")
    return "|".join(parts)
