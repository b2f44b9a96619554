"""Harm told as someone else's, or as a plan: neglect, abuse, trafficking, an unsafe home.

The ninth hand's corpus (``tests/corpora/ninth_hand``) moves every serious line away from "this
is happening to me now": to a little sister still at mum's, a friend in the same home, a cousin,
a mother or a baby, or to a plan, a date or something starting again. The clauses in
``surveys/concern_others.py`` and ``concern_others_home.py`` read who did what to whom under the
shift; their fresh wordings are batches oa to of of ``adversarial.txt`` (first sight, rules
alone, urgent: 17/60), and their ordinary twins the block "not me, not now" of
``near_misses.txt``. Here: fresh disclosures each beside an ordinary twin in the nearest words
(read by ``test_concern_rule_twins.py``), more fresh wordings, two split over messages (read by
``test_concern_split_twins.py``), the batches and the block whole, and every clause reached.
"""

from __future__ import annotations

import pytest

from surveys import concern_others, concern_others_home
from surveys.concern_clauses import compile_part
from surveys.concerns import URGENT, detect, normalise
from tests.surveys.chats import batch_counts, batch_lines, near_misses

MODULES = (concern_others, concern_others_home)
# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("neglect", "oa"): 10, ("sexual_abuse", "ob"): 10, ("emotional_abuse", "oc"): 12,
    ("domestic_abuse", "od"): 6, ("trafficking", "oe"): 10, ("unsafe_home", "of"): 12,
}

# A fresh disclosure in no corpus, urgent from the rules alone, and an ordinary answer in the
# nearest words that must raise nothing. Read by test_concern_rule_twins.py.
PAIRS = [
    ("my nephew is 6 and his dad leaves him on his own all weekend while he goes to work away",
     "my nephew is 6 and his dad leaves him with his nan all weekend while he goes to work away"),
    ("my little brothers carer keeps forgetting his inhaler and he had an attack and went to "
     "hospital",
     "my little brothers carer keeps forgetting his coat and he had to borrow one at school"),
    ("mam is passed out drunk all day so my sister has to look after the babies",
     "mam is at work all day so my sister has to look after the babies till tea"),
    ("my cousin says her step dad makes her take her top off so he can look at her, shes 7",
     "my cousin says her step dad makes her take her coat off so she can sit down, shes 7"),
    ("my uncle plays the tickle game with my sister under the duvet and says its a secret",
     "my uncle plays the tickle game with my sister under the duvet and she laughs her head off"),
    ("nain says if i tell my social worker shell burn all my stuff",
     "nain says if i tidy my room shell buy me new stuff"),
    ("my mates mum calls her a waste of space every day",
     "my mates mum calls her a superstar every day"),
    ("my sister isnt allowed to talk for the whole day when she answers back and theyll pretend "
     "shes not there",
     "my sister isnt allowed to talk during the whole film cos she spoils it"),
    ("my step dad says hes going to stab my mum on her birthday",
     "my step dad says hes going to surprise my mum on her birthday"),
    ("my aunty keeps my cousins passport and she cleans for her friend and gets no money",
     "my aunty keeps my cousins passport in a drawer till their holiday to spain"),
    ("the man who brought me here is asking my friends where i live now",
     "the man who brought me here in the taxi was really kind and spoke my language"),
    ("my friends foster dad walks in on her in the shower all the time",
     "my friends little brother walks in on her in the shower all the time"),
    ("the lock on my door is broken and one of the older lads says hes coming in tonight",
     "the lock on my door is broken and one of the staff says hes coming in tomorrow to fix it"),
    ("my exs mate left a knife on my pillow",
     "my exs mate left a note on my pillow saying sorry"),
]

# More fresh wordings, each urgent on its own: a shape the batches reach only once or not at all.
FRESH = [
    ("sexual_abuse", "the man at my supported lodgings keeps telling me to lie on his bed when he "
                     "helps with forms, says next time well shut the door"),
    ("sexual_exploitation", "my mates landlord told her if shes short on rent she can pay him "
                            "in other ways, hes coming round friday"),
    ("emotional_abuse", "Mae Dad yn dweud bydd e'n llosgi fy nillad i gyd os dw i'n dweud wrth yr "
                        "athrawes"),
    ("emotional_abuse", "my sisters foster carer tells her every day shell end up like her mum, on "
                        "drugs and dead"),
    ("domestic_abuse", "when i move to his family next month they say i cant see my friends, no "
                       "phone, only cook and clean"),
    ("trafficking", "the boss took my friends id and made her work every night in the kitchen"),
    ("trafficking", "my brother sleeps in the back of the barbers and all the money goes to the "
                    "man"),
    ("trafficking", "my cousin lives with a family, they make her work in their shop and send "
                    "her to their uncle in Luton, she gets nothing"),
    ("trafficking", "my friend was taken from Hull to Leeds to Bristol by some lads and didnt know "
                    "where she was"),
    ("trafficking", "my friend has to work till the debt is paid, they say another year"),
    ("unsafe_home", "the lad next door says give him my phone or he will come round and smash the "
                    "place"),
    ("unsafe_home", "a man who used to work at my old childrens home keeps turning up outside my "
                    "new placement"),
]


@pytest.mark.parametrize(("category", "text"), FRESH)
def test_fresh_wordings_are_urgent_in_their_own_category(category: str, text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == URGENT, text
    assert category in found.categories, found


# One disclosure over several messages, and ordinary messages that share its words.
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["hows your brother", "hes still at mums",
      "she goes out and leaves him on his own all night, hes 6"],
     ["hows your brother", "hes still at mums",
      "she goes out and leaves him with nan all night, hes 6"]),
    (["my mate from college", "some men took her passport",
      "and make her work nights in a nail bar"],
     ["my mate from college", "lost her passport on holiday",
      "and got a new one in time for her nail bar course"]),
]


def _batch_texts() -> list[str]:
    """The lines of the batches of ``adversarial.txt`` this file's rules were written for."""
    found = batch_lines()
    return [text for key in BATCHES for text in found.get(key, [])]


def test_the_batches_are_whole_and_urgent() -> None:
    names = {batch for _, batch in BATCHES}
    assert {key: n for key, n in batch_counts().items() if key[1] in names} == BATCHES
    missed = [text for text in _batch_texts()
              if (found := detect(text, learned=False)) is None or found.level != URGENT]
    assert missed == []


def test_the_near_miss_block_is_whole_and_silent() -> None:
    block = near_misses("# --- not me, not now")
    assert len(block) == 30
    assert [line for line in block if detect(line, learned=False) is not None] == []


def test_every_clause_is_reached_by_a_line_written_for_it() -> None:
    # A clause no wording reaches is dead weight, or a typo in one of its parts: each was
    # written for a shape in the fresh wordings of batches oa to of or a twin's disclosure.
    texts = [normalise(text) for text in _batch_texts()]
    texts += [normalise(disclosure) for disclosure, _ in PAIRS]
    texts += [normalise(text) for _, text in FRESH]
    rules = [(category, parts) for module in MODULES for category, parts, _ in module.CLAUSES]
    rules += [(category, (phrase,)) for module in MODULES
              for category, phrases in module.PHRASES.items() for phrase in phrases]
    unreached = [(category, parts[0][:40]) for category, parts in rules
                 if not any(all(compile_part(part).search(text) for part in parts)
                            for text in texts)]
    assert unreached == []


def test_a_medicine_the_child_forgot_is_not_one_kept_from_them() -> None:
    # Found by a review: the rule read "forgot" with nobody but the child doing it.
    for text in ("I forgot my inhaler at PE and had an asthma attack, the teacher had a spare",
                 "I forgot my hay fever tablets and ended up sneezing all day"):
        assert detect(text, learned=False) is None, text
    found = detect("mum forgot my sisters epilepsy tablets again and she had a fit", learned=False)
    assert found is not None and found.level == URGENT
