"""Ordinary answers about online life, set aside by kind of everyday context; pictures paid for.

``surveys/concern_everyday_online.py`` names the everyday contexts in which the answers of
``tests/corpora/ordinary_online.txt`` (100 about games and gaming chat, 100 about social media and
group chats, 100 about the phone itself) borrowed the words of harm: kicked from a lobby, a
brother's or a friend's "kill me" over a trifle with a laugh, a phone from the family, an older
brother's age beside his job, game money paid back from pocket money, "dangerous" for my money, a
worry that is over, a fake account of a team. Here every answer of that file raises nothing,
learned layer included, but four named below; the fresh ordinary answers written for each context
before the set-asides (the block "online, everyday" of ``near_misses.txt``) raise nothing at all;
and each context's ordinary answer stands beside a disclosure in the same words whose doer, object
or ending turns it back to harm (:data:`ONLINE`, read with the other tables by
``test_concern_set_aside_twins.py``), or a worry that is not over (:data:`WORRIES`).

``surveys/concern_paid_pictures.py`` reads pictures of a child paid for, the payment and the
pictures a few words apart; found while writing these twins ("he gives me lifts and money for
pics" raised nothing, learned layer included). Its batch and second reading are checked by
``test_concern_rule_modules.py``; its twins by ``test_concern_rule_twins.py``.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, WORRY, detect
from tests.surveys.chats import near_misses
from tests.surveys.test_concerns import corpus

ORDINARY_ONLINE = corpus("ordinary_online.txt")
BLOCK = "# --- online, everyday"
# A screenshot of a pulled face sent to the group chat, "but still": a small upset the IRO may
# hear of as a worry, never an urgent alert.
WORRY_LEFT = "someone screenshotted my story and sent it to the gc, it was only me pulling a face"
# Answers the rules leave alone and the learned layer, trained on them, still raises: a worry
# twice, and once urgent (a base raided and a chest hidden under the floor). Named, with the
# level each may reach, so any new one fails.
LEARNED_LEFT = {
    "someone raided my base on the server and took all my stuff, but i had a backup chest "
    "hidden under the floor 😎": URGENT,
    "i called someone trash in chat after they killed me, then i said sorry. i felt bad": WORRY,
    "being in care is just normal now, my friends know and nobody makes it weird": WORRY,
}

# (the context, an ordinary answer set aside, a disclosure in the same words that stays urgent)
ONLINE = [
    (
        "kicked from the lobby, kicked by a stepdad",
        "got kicked from the lobby cos my wifi dropped again",
        "got kicked by my stepdad cos my wifi dropped again",
    ),
    (
        "a mate kicked me from the call, in the head",
        "my mate kicked me from the call cos i was eating too loud 😂",
        "my stepdad kicked me in the head cos i was eating too loud",
    ),
    (
        "banned from the server, banned from eating",
        "got banned from the server for a day for spamming memes lol fair",
        "got locked in my room for a day with no food for spamming memes",
    ),
    (
        "a brother's kill over a skin, a stepdad's",
        "my little brother is gonna kill me i sold his best skin by accident lol",
        "my stepdad is gonna kill me i sold his best skin by accident lol",
    ),
    (
        "a cousin's kill over a spoiler, over telling",
        "my cousin said she'd kill me for spoiling the end of the film haha",
        "my cousin said she'd kill me if i tell anyone haha",
    ),
    (
        "a bestie's kill over a streak, done last time",
        "my bestie is going to kill me cos i forgot to log in for our streak lol",
        "my bestie is going to kill me cos i forgot to log in for our streak lol, her brother hurt "
        "me last time",
    ),
    (
        "a phone from a carer, one to answer for the olders",
        "my carer gave me a phone for my 12th birthday, a proper one",
        "the olders gave me a phone for my 12th birthday, i have to answer it when it rings",
    ),
    (
        "a phone from nan, from a man online",
        "nan bought me my first phone for starting high school",
        "a man online bought me my first phone and said keep it a secret",
    ),
    (
        "a brother of 23 at tesco, a boyfriend of 23",
        "my brother is 23 and works at tesco, he sorts my phone top ups",
        "my boyfriend is 23 and works at tesco, he sorts my phone top ups",
    ),
    (
        "game money paid back from pocket money, to the olders",
        "had to pay it back from my pocket money after i bought gems on mums card",
        "they said i have to pay it back to them after i lost their stuff or they will hurt me",
    ),
    (
        "dangerous for my money, dangerous at home",
        "contactless is dangerous for my money lol i spend it without thinking",
        "my foster home is dangerous, the other lad threatens me every night",
    ),
]

# (the context, an ordinary answer set aside, a worry in the same words that is not over)
WORRIES = [
    (
        "picked on at an old school but fine now, and still",
        "got picked on in year 5 but its fine now, i moved schools and have loads of mates",
        "getting picked on in year 8 and it happens every day",
    ),
    (
        "a friend blocked me and made up, blocked and posted",
        "my best friend blocked me after we fell out but we made up the next day",
        "my best friend blocked me and now the whole class is sending horrible stuff about me",
    ),
    (
        "a fake account of the team, of me",
        "someone made a fake account pretending to be our football team and posted memes",
        "someone made a fake account pretending to be me and posted horrible stuff",
    ),
]

# The batch of adversarial.txt written for concern_paid_pictures, and its line count
# (first sight, rules alone, urgent: 3/6).
BATCHES = {("sexual_exploitation", "xl"): 6}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
# Its twins stay quiet with the learned layer too (test_concern_rule_twins.py).
PAIRS_QUIET_LEARNED = True
PAIRS = [
    (
        "my cousin is 22 and works at the garage, he gives me lifts and money for pics",
        "my cousin is 22 and works at the garage, he gives me lifts and money for petrol",
    ),
    (
        "my cousin on fortnite sends me vbucks for selfies",
        "my cousin on fortnite sends me vbucks for my birthday",
    ),
    (
        "my nans neighbour pays me for photos of me in my swimming costume",
        "my nans neighbour pays me for photos i take of his garden",
    ),
]


def test_the_file_holds_three_hundred_answers() -> None:
    assert len(ORDINARY_ONLINE) == 300, len(ORDINARY_ONLINE)


@pytest.mark.parametrize(
    ("number", "text"), ORDINARY_ONLINE, ids=[f"line{n}" for n, _ in ORDINARY_ONLINE]
)
def test_no_ordinary_answer_about_online_life_raises_an_urgent_alert(
    number: int, text: str
) -> None:
    # The learned layer too: it is trained on these answers, so that a game's words are not by
    # themselves a sign of harm (bench/concern_model.py).
    found = detect(text)
    if text.startswith(WORRY_LEFT):
        assert found is None or found.level != URGENT, found
        return
    if text in LEARNED_LEFT:
        assert detect(text, learned=False) is None, text
        assert found is None or LEARNED_LEFT[text] == URGENT or found.level == WORRY, found
        return
    assert found is None, f"ordinary_online.txt line {number}: {found} for {text!r}"


def test_the_fresh_ordinary_answers_for_each_context_are_all_here_and_silent() -> None:
    block = near_misses(BLOCK)
    assert len(block) == 42, len(block)
    assert {ordinary for _, ordinary, _ in ONLINE + WORRIES} <= set(block)
    assert [line for line in block if detect(line) is not None] == []


@pytest.mark.parametrize(("context", "ordinary", "worry"), WORRIES, ids=[c for c, _, _ in WORRIES])
def test_a_worry_in_the_same_words_that_is_not_over_is_still_heard(
    context: str, ordinary: str, worry: str
) -> None:
    assert detect(ordinary) is None, context
    assert detect(worry, learned=False) is not None, context
