"""Text-speak and squeezed letters: how both a child's words and the phrase lists are spelled.

The text is squeezed ("hiiiits" is "hits") and its text-speak spelled out ("im" is "i am") by
``surveys.concerns.normalise``; a phrase list's words go the same way as it is compiled
(:func:`spelled`), so "(im|i am) fine" and "im fine" alone find the same text, and a list
written with "wanna" or "stepdad" is never dead. A few words whose doubled letters carry their
meaning are read before the squeeze (:data:`DOUBLED`): "bff" is no "bf", "noone" no "none".
Dialect and dictation (``surveys.concern_dialect``) join both tables; a list's word ending in
"ing" also finds it with its "g" dropped ("hiding" finds "hidin"; the text keeps the word as
typed, so the typo mender still reads "tarin" as "train" and "drugsin" as "drugs in"); and the
words whose reading depends on their neighbours ("hell", "eye", "four") are read in the text by
:func:`read`.
"""

from __future__ import annotations

import re
from typing import Final

from surveys import concern_dialect, concern_voices

# Read before letters are squeezed: squeezed, each would be another word.
DOUBLED: Final[dict[str, str]] = {
    "bff": "best friend", "bffs": "best friends", "noone": "nobody", **concern_dialect.DOUBLED,
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
    "bout": "about", **concern_voices.TEXT_SPEAK, **concern_dialect.TEXT_SPEAK,
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
_ENDS_IN_IN: Final = frozenset(map(squeeze, concern_dialect.ENDS_IN_IN))


def _squeezed(words: frozenset[str] | None) -> frozenset[str] | None:
    return None if words is None else frozenset(map(squeeze, words))


_CONTEXT: Final = {
    squeeze(word): (squeeze(by.usual), tuple(
        (squeeze(beside.reading), _squeezed(beside.before), _squeezed(beside.after))
        for beside in by.beside))
    for word, by in concern_dialect.BY_CONTEXT.items()
}
_SPOKEN_PUNCTUATION: Final = concern_dialect.SPOKEN_PUNCTUATION


def spoken(word: str) -> str:
    """One squeezed word spelled out by the text-speak table."""
    return SPEAK.get(word, word)


def _with_dropped_g(word: str) -> str:
    """A list's word ending in "ing", made to find it with its "g" dropped too."""
    dropped = word[:-1]
    if (word.endswith("ing") and dropped not in _ENDS_IN_IN
            and concern_dialect.DROPPED_G.fullmatch(dropped)):
        # Written as one word with its "g" optional, so the list's words stay whole words.
        return f"{word}?"
    return word


def unpunctuated(text: str) -> str:
    """Text (lower case, before the squeeze) without the punctuation a phone typed out."""
    return _SPOKEN_PUNCTUATION.sub(" ", text)


def read(words: list[str]) -> str:
    """Squeezed words spelled out, each by the table or, for a few, by its neighbours."""
    return " ".join(_read(words, index) for index in range(len(words)))


def _read(words: list[str], index: int) -> str:
    word = words[index]
    if word not in _CONTEXT:
        return spoken(word)
    usual, readings = _CONTEXT[word]
    previous = words[index - 1] if index else ""
    following = words[index + 1] if index + 1 < len(words) else ""
    for reading, before, after in readings:
        if (before is None or previous in before) and (after is None or following in after):
            return reading
    return usual


def spelled(pattern: str) -> str:
    """A phrase list's pattern spelled as the text is: squeezed, its text-speak spelled out."""
    pattern = squeeze(unsqueezed(pattern))
    # A look-behind must keep its width: no dropped "g" is added inside one.
    fixed = _looking_behind(pattern)

    def piece(match: re.Match[str]) -> str:
        word = match.group("word")
        if word is None:
            return match.group("kept")
        if word in SPEAK:
            return SPEAK[word]
        return word if any(a <= match.start() < b for a, b in fixed) else _with_dropped_g(word)

    return _PIECE.sub(piece, pattern)


def _looking_behind(pattern: str) -> list[tuple[int, int]]:
    """Where each look-behind of a pattern begins and ends."""
    spans = []
    for start in (m.start() for m in re.finditer(r"\(\?<[=!]", pattern)):
        depth = 0
        for at in range(start, len(pattern)):
            if pattern[at] == "\\":
                continue
            depth += {"(": 1, ")": -1}.get(pattern[at], 0) if pattern[at - 1] != "\\" else 0
            if depth == 0:
                spans.append((start, at))
                break
    return spans
