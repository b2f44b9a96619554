"""Text-speak and squeezed letters: how both a child's words and the phrase lists are spelled.

The text is squeezed ("hiiiits" is "hits") and its text-speak spelled out ("im" is "i am") by
``surveys.concerns.normalise``; a phrase list's words go the same way as it is compiled
(:func:`spelled`), so "(im|i am) fine" and "im fine" alone find the same text, and a list
written with "wanna" or "stepdad" is never dead. A few words whose doubled letters carry their
meaning are read before the squeeze (:data:`DOUBLED`): "bff" is no "bf", "noone" no "none".
"""

from __future__ import annotations

import re
from typing import Final

from surveys import concern_voices

# Read before letters are squeezed: squeezed, each would be another word.
DOUBLED: Final[dict[str, str]] = {
    "bff": "best friend", "bffs": "best friends", "noone": "nobody",
}  # fmt: skip
_DOUBLED: Final = re.compile(r"(?<![a-z0-9])(?:" + "|".join(DOUBLED) + r")(?![a-z0-9])")

# Text-speak, looked up word by word after repeated letters are squeezed.
_TEXT_SPEAK: Final[dict[str, str]] = {
    "kms": "kill myself", "kys": "kill yourself", "ctb": "kill myself",
    "sewerslide": "suicide", "sucide": "suicide",
    "suicde": "suicide", "sucidal": "suicidal", "suicidle": "suicidal", "wan": "want",
    "wnt": "want", "theyll": "they will", "hed": "he would",
    "theyd": "they would", "suiside": "suicide", "sooside": "suicide", "h8": "hate", "h8s": "hates",
    "wanna": "want to", "wana": "want to", "wanted2": "wanted to", "gonna": "going to",
    "gotta": "got to", "u": "you", "ur": "your", "r": "are", "2": "to", "4": "for", "b4": "before",
    "cuz": "because", "coz": "because", "cos": "because", "bc": "because", "bf": "boyfriend",
    "gf": "girlfriend", "ppl": "people", "no1": "nobody", "sum1": "someone",
    "some1": "someone", "any1": "anyone", "ne1": "anyone", "every1": "everyone", "dnt": "dont",
    "cnt": "cant", "wiv": "with", "wif": "with", "abt": "about", "wen": "when",
    "dat": "that", "dis": "this", "dem": "them", "der": "there", "iz": "is",
    "myslf": "myself", "meself": "myself", "mysef": "myself", "hurtin": "hurting",
    "hittin": "hitting", "touchin": "touching", "cuttin": "cutting", "nuffin": "nothing",
    "nothin": "nothing", "nd": "and", "pics": "pictures", "pic": "picture", "nudez": "nudes",
    "selfharm": "self harm", "selfharming": "self harming", "stepdad": "step dad",
    "stepmum": "step mum", "mom": "mum", "mummy": "mum",
    "daddy": "dad", "hes": "he is", "shes": "she is", "theyre": "they are", "im": "i am",
    "ive": "i have", "itz": "its", "aint": "isnt", "frend": "friend",
    "bk": "back", "sum": "some", "dey": "they", "fone": "phone", "ova": "over",
    "wkend": "weekend", "sellin": "selling", "dealin": "dealing", "carryin": "carrying",
    "holdin": "holding", "movin": "moving", "runnin": "running", "scard": "scared",
    "frightend": "frightened", "skared": "scared", "evry": "every", "evryone": "everyone",
    "evrybody": "everybody", "evrything": "everything", "evrytime": "every time",
    "bout": "about", **concern_voices.TEXT_SPEAK,
}
_REPEATS: Final = re.compile(r"(?<!\\)([a-z])\1+")
# A phrase list's pattern, piece by piece: an escape ("\\b"), a group's name or flags, a class
# ("[a-z]"), or a word. Only a whole word is spelled: not one a quantifier follows ("cos?" is
# not "because?"), nor a word's start or end written beside a group or class ("(h|sh)im").
_PIECE: Final = re.compile(
    r"(?P<kept>\\.|\(\?P?<[a-z_]+>|\(\?P=[a-z_]+\)|\(\?[aiLmsux]+\)|\[(?:\\.|[^\]])*\]"
    r"|(?<=[)\]])[a-z]+|[a-z]+(?=[?*+{(\[]))|(?P<word>[a-z]+)"
)


def squeeze(text: str) -> str:
    """Repeated letters as one ("sooo" is "so"); never a backslashed one in a pattern."""
    return _REPEATS.sub(r"\1", text)


def unsqueezed(text: str) -> str:
    """The words whose doubled letters carry their meaning, spelled out before the squeeze."""
    return _DOUBLED.sub(lambda match: DOUBLED[match.group(0)], text)


SPEAK: Final = {squeeze(k): squeeze(v) for k, v in _TEXT_SPEAK.items()}


def spelled(pattern: str) -> str:
    """A phrase list's pattern spelled as the text is: squeezed, its text-speak spelled out."""
    return _PIECE.sub(_spelled_piece, squeeze(unsqueezed(pattern)))


def _spelled_piece(match: re.Match[str]) -> str:
    word = match.group("word")
    return match.group("kept") if word is None else SPEAK.get(word, word)
