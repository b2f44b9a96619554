"""How a child is held, in another hand's words (``surveys.concern_control``, issue 13).

A corpus written by someone who never saw the detector is now batch (j) of
``tests/corpora/adversarial.txt`` and a block of ``near_misses.txt``; two fresh wordings of
each line the rules missed are a block of ``structure.txt``, and of each false alarm a block of
``near_misses.txt`` (the corpora tests check every line). Here: the blocks are whole, each new
shape is heard in words none of them used while its nearest everyday answer stays quiet, and
each false alarm was narrowed by what is said, with the disclosure nearest it still urgent.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from surveys.concerns import URGENT, detect
from tests.surveys.chats import block
from tests.surveys.test_concerns import sections

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def _batch_j() -> Counter[str]:
    lines = (CORPORA / "adversarial.txt").read_text(encoding="utf-8").splitlines()
    found: Counter[str] = Counter()
    for number, category, _ in sections("adversarial.txt"):
        header = next(x for x in reversed(lines[:number]) if x.startswith("# --- "))
        if "(batch j:" in header:
            found[category] += 1
    return found


def test_another_hands_words_and_the_variants_written_before_the_fixes_are_all_here() -> None:
    assert _batch_j() == Counter(
        exploitation=40, sexual_exploitation=15, trafficking=10, unsafe_home=10
    )
    assert len(block("near_misses.txt", "# --- another hand's ordinary answers")) == 80
    assert len(block("near_misses.txt", "# --- another hand's false alarms in other words")) == 10
    text = (CORPORA / "structure.txt").read_text(encoding="utf-8")
    variants = text[text.index("# Written for issue 13 before any rule was changed for batch (j)"):]
    # Up to the next group of blocks, written for other kinds of harm.
    variants = variants[: variants.index("# --- self_harm (issue 13: the family's")]
    assert sum(1 for x in variants.splitlines() if x.strip() and not x.startswith("#")) == 56


@pytest.mark.parametrize(
    ("disclosure", "ordinary"),
    [
        # A bag handed on to someone unknown, not to be looked in; a present not to be opened.
        ("the lads give me a holdall to drop off to whoever is waiting by the shops and i cant "
         "look inside", "i got a parcel for christmas and im not allowed to open it yet"),
        # Kept in a flat somewhere strange; a holiday flat.
        ("they had me in a flat in some town i didnt know and i couldnt go out for days",
         "we stayed in a flat in a town i didnt know on holiday and went out every day"),
        # Treats that want something back; a nan's hug.
        ("the lads buy me chicken every day and now they want something in return",
         "my nan buys me chicken on fridays and i love it"),
        # Belongings taken against a debt; a brother's charger.
        ("they took my trainers off me and said i still owe them",
         "my brother took my charger again, so annoying"),
        # Younger children brought in; a cousin to a meeting.
        ("they want me to bring younger kids in cos police dont search them",
         "can i bring my little cousin to my meeting"),
        # A bank card used for their money; a card for a bus pass.
        ("the olders use my bank account for their money", "i use my bank card for my bus pass"),
        # Told what to say to the police; a lesson about rights.
        ("if the police ever stop me they said i have to say its mine",
         "we learned what to do if the police stop you at youth club"),
        # Phones nobody knows of; a new phone.
        ("i got two phones hidden in my room that my carer doesnt know about",
         "i got a new phone for my birthday"),
        # A lookout for the police; waiting for a carer.
        ("he pays me a tenner to stand on the corner and ring him if i see feds",
         "i wait at the end of the road for my carer to pick me up"),
        # Days away with a story; a school trip.
        ("i was away 2 nights and told staff i was at my friends but i wasnt",
         "i was away for 2 nights on a school trip"),
        # Pictures spread unless more are sent; a nan's photos of the holiday.
        ("someone has my photos and will share them unless i send more",
         "my nan shared my photos from the holiday on facebook"),
        # Papers kept from the child; papers kept safe.
        ("the boss has my passport and wont give it to me", "my carer keeps my passport safe"),
        # A man at night; a dad who picks up from the station at night.
        ("a man keeps coming round at night and im scared",
         "my dad comes at night to pick me up from the station"),
        # "No one will believe you"; a footballer met.
        ("my carers son says nobody would believe me if i told",
         "my mate said no one will believe me when i tell them i met ronaldo"),
    ],
)
def test_a_shape_another_hand_showed_is_heard_in_new_words_and_its_everyday_twin_is_not(
    disclosure: str, ordinary: str
) -> None:
    concern = detect(disclosure, learned=False)
    assert concern is not None and concern.level == URGENT, (disclosure, concern)
    assert detect(ordinary) is None, ordinary


@pytest.mark.parametrize(
    ("ordinary", "disclosure"),
    [
        # Missing someone is longing; going missing while mum rings the police is not.
        ("i went missing my mum loads at christmas", "i went missing my mum rang the police"),
        # Owing on a bill; owing them.
        ("i owe about 80 quid on my gas bill", "i owe them 80 quid and they want it by friday"),
        # A talk at school naming county lines; being in it.
        ("we had a talk about knife crime and county lines at school",
         "my cousin got me into county lines"),
        # A lift to football; lifts that now want something back.
        ("my older cousin gives me lifts to football on sundays",
         "my older cousin gives me lifts and now he wants stuff back"),
        # Someone else's older partner; the child's own.
        ("my sisters boyfriend is 19 and he takes us to the beach", "my boyfriend is 19"),
        # Help to budget; help.
        ("can someone help me budget", "please someone help me"),
    ],
)
def test_a_false_alarm_is_quiet_and_the_disclosure_nearest_it_stays_urgent(
    ordinary: str, disclosure: str
) -> None:
    assert detect(ordinary) is None, ordinary
    concern = detect(disclosure, learned=False)
    assert concern is not None and concern.level == URGENT, (disclosure, concern)
