"""Alerts in proportion: an everyday errand, outing or visit raises no urgent alert (issue 13).

Broad older rules sent the full emergency reply (999, "I can't keep this between us", the IRO
and duty told) for answers such as "my nan gives me money to take to the dinner ladies" or
"we came on a boat to see the seals". Each rule was narrowed by *what* is asked or done (an
ordinary errand, a good cause, an outing, a visit to school, a soft toy in play, a pet), never
by who asks: the same shape with something else asked, or with someone else, stays urgent.
The fresh ordinary probe written before the narrowing is a block of
``tests/corpora/near_misses.txt`` (every near miss must raise nothing, learned layer
included); the disclosures the narrowing must keep are a block of ``structure.txt``.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, detect
from tests.surveys.chats import near_misses

PROBE = "# --- a fresh ordinary probe (issue 13)"
AFTER_PROBE = "# --- the same everyday errands in words the probe did not use"
SECOND_HAND = "# --- another hand's ordinary answers"

# Each narrowed rule: its everyday answer beside the disclosure in the nearest words.
PAIRS = [
    # Money "to take": to school or a trip, not to a house for the lads.
    (
        "my foster mum gives me money to take to school for my dinners",
        "the lads give me money to take to a house on the estate",
    ),
    # Told to sell "for": a good cause, not them.
    (
        "my teacher asked us to sell raffle tickets for the school fair",
        "the olders asked me to sell for them after school",
    ),
    # The blame for a mess at home, not for a crime.
    (
        "my big sister told me to take the blame for the broken plate",
        "they told me to take the blame for the robbery cos im only 13",
    ),
    # A boat trip, not a journey paid off in work; a holiday does not hide the passports.
    (
        "we came on a boat trip to see the dolphins",
        "we came on a boat and the men said we have to work to pay for it",
    ),
    (
        "we came on a boat for a holiday to see my nan",
        "we came on a boat for a holiday but the man took our passports and we work in his shop",
    ),
    # Holding the door for a carer, not while they rob a shop.
    (
        "my carer made me hold the door while she brought the shopping in",
        "they made me hold the door while they robbed the shop",
    ),
    # Family texting where to meet them, not a man texting where to go and what to bring.
    (
        "my nan texts me where to meet her after school",
        "a man texts me at night where to meet him and what to bring",
    ),
    # The police visiting school, not coming to the house.
    (
        "the police came to our school to talk about staying safe",
        "the police came to our house cos my step dad was hitting mum",
    ),
    # A cushion in play, not a belt.
    (
        "my little brother hits me with a cushion when we watch tv",
        "my step dad hits me with a belt",
    ),
    # A pet hit by a car, not a child hit by a carer.
    ("our rabbit got hit by a car last year", "i got hit by my carer last night"),
    # A film about running away, not running away.
    (
        "my favourite film is about a girl who runs away to join the circus",
        "i run away from my placement every weekend",
    ),
    # A fiver not paid back, not wages withheld.
    (
        "my brother wont pay me back the fiver he owes me",
        "i work at the car wash and they wont pay me",
    ),
    # Shy of visitors, not scared of them.
    (
        "i hid in my room when nans friends came round cos im a bit shy",
        "i hid in my room when mums boyfriend came round cos he scares me",
    ),
    # Bunking off a lesson, not going off with older lads.
    (
        "i went missing from music because i hate it",
        "i went missing from music with some older lads",
    ),
    # A birthday surprise, not "our secret".
    (
        "i had to keep mums birthday present a secret from her",
        "he said its our secret and i cant tell my carer",
    ),
]


def test_the_fresh_probe_and_the_errands_after_it_are_their_promised_size() -> None:
    # 121 of the 122 new answers (see its comment) and the six the issue reported; 23 written to
    # try each narrowing.
    probe = near_misses(PROBE, AFTER_PROBE)
    assert len(probe) == 127, len(probe)
    assert probe[0] == "my nan gives me money to take to the dinner ladies"
    assert len(near_misses(AFTER_PROBE, SECOND_HAND)) == 23


@pytest.mark.parametrize(("ordinary", "disclosure"), PAIRS, ids=[o for o, _ in PAIRS])
def test_an_everyday_answer_is_quiet_and_the_disclosure_nearest_it_stays_urgent(
    ordinary: str, disclosure: str
) -> None:
    assert detect(ordinary) is None, (ordinary, detect(ordinary))
    concern = detect(disclosure, learned=False)
    assert concern is not None and concern.level == URGENT, (disclosure, concern)


@pytest.mark.parametrize(
    "text",
    [
        # The narrowing is by what is asked: a mum, a dad, a nan or an uncle asking for
        # something hidden, or a meeting with something to bring, is still heard.
        "my uncle gives me money to take to a man in a car",
        "my mum gives me bags to take to her friend and says not to tell anyone",
        "my dad told me to hold it for him and not to look inside",
        "my nan asked me to keep a package for her friend and not open it",
        "my dad texts me at night where to meet him and what to bring",
        # Meeting the one who texts is an arrangement; meeting others through them is not.
        "mum texts me at night to tell me where to meet her boyfriends mates",
        "my mum texts me where to meet her and some men from her work",
        # The blame for a fire is not the blame for a mess.
        "my brother told me to take the blame for the fire",
    ],
)
def test_a_trusted_sounding_person_is_no_excuse_when_what_is_asked_is_not_an_errand(
    text: str,
) -> None:
    concern = detect(text, learned=False)
    assert concern is not None and concern.level == URGENT, (text, concern)
    assert "exploitation" in concern.categories, concern


@pytest.mark.parametrize(
    "text",
    [
        # A set-aside holds only the errand itself: what is said after it is still read.
        "he gives me money to take for my lunch if i dont tell anyone what he does",
        "my dad texts me where to meet him cos im not allowed to see him",
        "i work in his shop every day and he wont pay me back for it",
        "my sister hits me with a pillow and then punches me",
        "i went missing from pe because i hate it and a man picked me up in his car",
        "i have to take money to school for the trip or my carer hits me",
        "i hid in my room when his mates came round cos im shy and they touch me",
        "we came in a van trip and the men took our phones",
        "we came on a boat for a holiday and now we work for the man to pay it back",
    ],
)
def test_an_everyday_saying_never_hides_the_harm_told_after_it(text: str) -> None:
    concern = detect(text, learned=False)
    assert concern is not None and concern.level == URGENT, (text, concern)
