"""Disclosures inside answers about something else, and split over messages (issue 13).

The fifth hand's corpus (``tests/corpora/fifth_hand``) answers the survey's own questions, so
the harm comes after "but", in a friend's story, or over two or three messages. Its shapes for
exploitation, harmful practices, radicalisation and an unsafe home are written in
``surveys/concern_embedded_exploitation.py``, ``concern_embedded_practices.py`` and
``concern_embedded_home.py``; their fresh wordings are batches u, v and w of
``adversarial.txt`` (checked with every batch), and their ordinary twins a block of
``near_misses.txt``. Here: the split shapes in fresh words (first sight, rules alone, urgent:
4 of 11), each beside ordinary messages that share its words and must raise nothing, and the
batches are whole.
"""

from __future__ import annotations

from pathlib import Path

from tests.surveys.chats import batch_counts

CORPORA = Path(__file__).resolve().parent.parent / "corpora"

# One disclosure over several messages (fresh wordings of the fifth hand's split shapes), and
# ordinary messages that share its words.
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["school is alright", "but dont expect me at my review",
      "been saving my tablets for weeks and im having them all on sunday"],
     ["school is alright", "but dont expect me at my review", "ive got a dentist appointment"]),
    (["family time is fine", "ill not be around after the review",
      "the pills are hidden in my drawer ready"],
     ["family time is fine", "ill not be around after the review",
      "my hay fever tablets help loads"]),
    (["dwi'n iawn", "i wont be here for my meeting", "got paracetamol stashed for tonight"],
     ["dwi'n iawn", "i wont be here for my meeting", "got a match tonight"]),
    (["got a new phone", "dont tell my carer",
      "an older lad gave it me and when it goes off i have to bring stuff where he tells me"],
     ["got a new phone", "my carer got it me",
      "when it goes off i have to ring nan back"]),
    (["my phone is new", "its from a man",
      "i pick up whenever it rings and drop bags wherever they say"],
     ["my phone is new", "its from my carer", "i pick up whenever it rings, its usually nan"]),
    (["ive sorted everything out", "going to the railway after my meeting",
      "dont bother trying to find me"],
     ["ive sorted my room out", "going to the railway museum after my meeting",
      "its got old trains"]),
    (["my stuff is all in order now", "im off to the cliff tonight", "you wont find me"],
     ["my stuff is all packed now", "im off to the cliff path tomorrow with school",
      "we're doing a walk"]),
    (["hi", "mam says we're going to bangladesh in the summer",
      "to get married to a man i have never seen and i dont want to"],
     ["hi", "mam says we're going to bangladesh in the summer",
      "for my cousins wedding, i cant wait"]),
    (["everything is ok", "but they keep talking about my wedding",
      "im going to marry a man ive never met and they are making me"],
     ["everything is ok", "my auntie keeps talking about her wedding",
      "shes marrying a man from leeds"]),
    (["mae rhywun yn dod i'r stafell ymolchi pan dw i'n cael bath",
      "ac yn tynnu lluniau ohona i"],
     ["dw i'n cael bath bob nos", "ac yn tynnu lluniau o'r gath wedyn"]),
    (["my carers friend", "he comes into the bathroom when im in the bath",
      "and takes photos of me"],
     ["my carers friend", "he came round for tea", "and took photos of the dog"]),
]


def test_the_batches_written_for_the_embedded_shapes_are_whole() -> None:
    counts = batch_counts()
    expected = {
        ("exploitation", "u"): 25,
        ("sexual_exploitation", "u"): 20,
        ("trafficking", "u"): 25,
        ("harmful_practices", "v"): 25,
        ("radicalisation", "v"): 28,
        ("unsafe_home", "w"): 26,
    }
    assert {key: counts[key] for key in expected} == expected
