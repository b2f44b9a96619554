"""Dialect words for a beating and the sea as a way to die, each only beside its harm.

The dialect reading (``surveys.concern_dialect``) spells Scots, Geordie and Northern words the
way the rules are written, but some words of a beating have no plain twin to be read as, and
are ordinary on their own ("he leathers me at FIFA", "booted me off the Xbox", "we walked into
the sea"). Each is a part here only beside what makes it harm:

- "leathers me", "skelped me", "booted me" from a grown-up who looks after the child (a carer,
  a parent, a stepparent, an uncle, a teacher), never over a game, a ball or out of a group;
- "battering my mam" by a partner or "he";
- walking into the sea, wanted or planned, and not coming back, drowning or letting it take
  the child.
"""

from __future__ import annotations

from typing import Final

_GROWN_UP = ("(carer|carers|foster carer|foster dad|foster mum|foster mam|dad|mum|mam|step dad|"
             "stepdad|step mum|stepmum|uncle|grandad|granda|teacher|staff|keyworker|key worker|"
             "her boyfriend|mums boyfriend|mams boyfriend|mums fella|mams fella)")
_NOT_PLAY = ("(?! (out|of|off|from|at|in the (game|match)|on (fifa|the xbox|xbox|mario kart)|"
             "(the|a) (bal|football|pas)))(?!( [a-z0-9]+){0,4} (at|on|in) (fifa|pool|snooker|"
             "chess|cards|darts|tennis|footy|football|the xbox|xbox|the game|mario kart|uno)( |$))")
_BLOW = ("(leathers|leathered|leathering|skelps|skelped|skelpit|skelping|boted|boots) (me|us)"
         + _NOT_PLAY)
_PARTNER = ("(he|hes|she|shes|they|dad|dads|stepdad|step dad|boyfriend|fella|partner|husband|ex|"
            "uncle|man)")
_BATTERING = ("(batering|baters|batered|leathering|leathers|leathered|skelping|skelped|boting|"
              "boted|kicking) (my|me) (mam|mum|ma|mom|mother|mammy|mummy)(?! (at|in|on) )")
_INTO_THE_SEA = ("(walk|walking|walked|wade|wading|swim|swiming) (into|in to|out into|out to|out "
                 "in) the sea( [a-z]+){0,3} (and|til|until|so) (never come back|not come back|"
                 "let it take me|let the waves take me|drown|drowning|drown myself|just drown|"
                 "disappear|die|end it|sink|be gone|never be found)")
_WANT = ("(i want|i wana|i am going|i am gona|i think about|i thought about|i keep thinking|"
         "i wish|i could just|i wil|i plan|i might|i feel like)")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("physical_abuse", (_BLOW, _GROWN_UP), 24),
    ("domestic_abuse", (_BATTERING, _PARTNER), 24),
    ("self_harm", (_INTO_THE_SEA, _WANT), 40),
)
