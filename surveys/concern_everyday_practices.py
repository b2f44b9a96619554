"""News, long ago and errands in the words of a cause, a practice or a journey: set aside.

Writing the near misses of ``surveys.concern_voice_cause`` and ``surveys.concern_voice_practices``
turned up everyday sentences that an OLDER rule already made urgent, each named here by the
everyday thing that makes the words harmless:

- radicalisation: an attack on a place of worship told as news ("the news said someone tried to
  burn a mosque"), never with the child's or a grown-up's plan to do the same after it;
- harmful practices: a nan or a grandma who "got married at 14" long ago, never with "I am next"
  or what is planned for the child after it; a lady who will do "the cutting of the cake";
- trafficking: a passport taken by a parent "to renew it", never with the passport kept, work,
  or a debt after it.

A match is set aside only when a saying holds all of it (``surveys.concerns``);
``surveys.concern_everyday`` adds these to its sayings, per category. Each saying's twin, a
disclosure in the same words that stays urgent, is in ``tests/surveys/test_concern_voice_cause.py``
and ``tests/surveys/test_concern_voice_practices.py``.
"""

from __future__ import annotations

from typing import Final

# Nothing of a plan, a threat or a debt in the words after a saying.
_NEVER_AFTER = ("(?!( [a-z0-9]+){0,10} (we wil|we are going to|i wil|i have to|i must|i am next|"
                "me next|my turn|next is me|do the same|never gave|wont give|not given|stil has|"
                "kept it|keeps it|work for|owe|owes|hurt|kil|scared|cry|cried)( |$))")

_NEWS_ATTACK = [
    "(the news|on the news|in the news|the paper|in the paper|on tv|on the radio)( (said|says|"
    "showed|was about|had))?( [a-z]+){0,4} (tried to|wanted to|tried|was going to|had tried to) "
    "(burn|atack|attack|bomb|set fire to|shot|shoot) (a|the) (mosque|church|synagogue|temple|"
    "gurdwara)" + _NEVER_AFTER,
]
_WED_LONG_AGO = [
    "(nan|nana|nani|nanny|grandma|granny|gran|grandmother|great nan|great grandma|dadi|nain|"
    "mamgu) (got|was|were|had ben) maried at (1[0-7]|[0-9]|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen)" + _NEVER_AFTER,
]
_CAKE_CUT = [
    "((do|does|doing|did|wil do) )?the cuting of the (cake|ribbon|birthday cake|wedding cake)( at "
    "the (special |big |birthday |wedding )?(party|do|wedding|reception))?" + _NEVER_AFTER,
]
_PASSPORT_RENEWED = [
    "(tok|taken|take|takes|has) my pasport (to|for) (renew|the renewal|get it renewed|be renewed|"
    "the post ofice|get it signed|the photo)" + _NEVER_AFTER,
]

PRACTICES: Final[dict[str, list[str]]] = {
    "radicalisation": _NEWS_ATTACK,
    "harmful_practices": [*_WED_LONG_AGO, *_CAKE_CUT],
    "trafficking": _PASSPORT_RENEWED,
}
