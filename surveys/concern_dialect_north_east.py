"""The North East's, Cumbria's and Yorkshire's words, read as the words the rules are written in.

Merged into the tables of ``surveys.concern_dialect`` (one line each at the end of its tables),
so every rule and the learned layer read them. Each has one reading wherever it stands, and
none can turn an ordinary sentence into harm:

- Yorkshire "t'" (typed "t", the apostrophe gone) is "the"; "mi" is "my";
- Geordie "divn't" (typed "divnt") is "dont", "knaa" "know", "neebody" "nobody", "ah'm"
  "I am", "gadgie" a man, "marra" a mate, "netty" a toilet, "breeks" trousers,
  "roar" to cry, "feart" frightened, "bobbies" the police;
- Cumbrian "laal" is "little", and "laal un" (or "little un") a little one.

The words of a blow that are also everyday talk ("brayed", "lamped", "hoyed") are not here:
they are read only beside their harm, in ``surveys.concern_north_east``.
"""

from __future__ import annotations

from typing import Final

NORTH_EAST_SPEAK: Final[dict[str, str]] = {
    # Yorkshire: "t'" for "the" (its apostrophe gone), "mi" for "my".
    "t": "the", "mi": "my",
    # Geordie and Mackem.
    "divnt": "dont", "divn": "dont", "divna": "dont", "kna": "know", "knaa": "know",
    "knaas": "knows", "knas": "knows", "neebody": "nobody", "nebody": "nobody",
    "ahm": "i am", "gadgie": "man", "gadgies": "men",
    "marra": "mate", "marras": "mates", "netty": "toilet", "netties": "toilets",
    "breeks": "trousers", "roar": "cry", "roared": "cried", "roarin": "crying",
    "roaring": "crying", "feart": "frightened", "bobbies": "police",
    # Cumbrian.
    "laal": "little",
}  # fmt: skip

# Read before letters are squeezed (each has a doubled letter the squeeze would lose), two words
# as one: "un" alone stays, "laal un" is a little one.
NORTH_EAST_DOUBLED: Final[dict[str, str]] = {
    "laal un": "little one", "laal uns": "little ones", "little un": "little one",
    "little uns": "little ones",
}  # fmt: skip
