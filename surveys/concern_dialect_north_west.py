"""The North West's and the Midlands' words, read as the words the rules are written in.

The sixteenth blind hand (``tests/corpora/sixteenth_hand``, lines 13-24 of each file) wrote in
Scouse, Manc and Lancashire, Brummie, Black Country and the Potteries. Beside the words
``surveys.concern_dialect`` already reads ("me mam", "bizzies", "nowt"), they told harm in
words the rules could not see: "mi" and "me" for "my" before a part of the body, a room or a
door ("put his hand down mi kecks", "comes in me room"; "me" is read so in
``surveys.concern_dialect`` for every voice), "ain't" for "am not" and "hasn't"
("I ain't goin back", "she ain't got time to take me"), "clemmed" (starving), "scran" (food),
"skriking" (crying), "older fellas", "me fella's 29". Each reading is merged into
``concern_dialect``'s tables by one line at the end of each table:

- :data:`SPEAK` — one reading wherever the word stands: "mi" is "my", "miself" "myself",
  "clemmed" "starving", "scran" "food", "skriking" "crying",
  "mithering" "pestering", "leccy" "electric", "babby" "baby"; none can turn an ordinary
  sentence into harm ("I'm clemmed after footy" is "starving" after footy, as a child would
  write it plainly);
- :func:`context` — words with two readings, settled by a neighbour, added to the readings a
  word already has: "ain't" is "am not" after
  "I", "haven't" or "hasn't" before "got" ("she ain't got time"), "isn't" otherwise; "bin" is
  "been" before what the child has been doing ("bin cuttin me legs"), never "the bin"; "skitted"
  is "picked on" after "getting" or "got" ("gettin skitted every day"), never "skittin each
  other"; "ar" is "our" before "kid" or "wench", never Welsh "ar"; "arl fella" is the old fella,
  a dad; "fellas" are men after "older" or "some", and "me fella's" is my boyfriend is; "robbin"
  is stealing and "chuckin" throwing before whose thing it is ("robbin me pens", "chuckin me bag
  over the fence"), never "chucked me" (dumped); "stoppin" is staying before "at" or "with" ("a
  bloke stoppin at ours").

Everyday words of a blow ("lamped", "clouted", "twatted", "walloped") are no reading here: they
are harm only beside a grown-up at home (``surveys.concern_north_west``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from surveys.concern_dialect import ByContext

# --- one reading wherever they stand ------------------------------------------------------------

SPEAK: Final[dict[str, str]] = {
    # Lancashire, Manc and the Potteries.
    "mi": "my", "miself": "myself", "clemmed": "starving", "clemmin": "starving",
    "clemming": "starving", "clemt": "starving", "skrikin": "crying", "skriking": "crying",
    "skriked": "cried", "skrike": "cry", "skrikes": "cries", "mither": "pester",
    "mithers": "pesters", "mithering": "pestering", "mitherin": "pestering",
    "mithered": "pestered", "leccy": "electric",
    # Scouse.
    "scran": "food",
    # Brummie and Black Country.
    "babby": "baby", "babbies": "babies",
}  # fmt: skip


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split(" "))


# "Ain't": "I ain't goin back", "she ain't got time", "it ain't fair".
_HAS = _set("got had ben been eaten ate sen seen")
_HAVERS = _set("i we they you yous youse")
# "Ar" is "our" before a brother or a sister ("ar kid", "ar wench"); never Welsh "ar" (on, at:
# "gweiddi ar mam", "ar y bws").
_OURS = _set("kid kids wench babby jack")
# "Fellas" are men after these ("older fellas", "some fellas"), never "me fellas".
_MEN_AFTER = _set("older old grown some these those two three few them")
# Lancashire "bin" is "been" before what the child has been doing ("bin cuttin me legs").
_DOING = _set(
    "cutting cuttin slashing slashin hurting hurtin burning burnin starving starvin crying "
    "cryin skriking skrikin staying stayin sleeping sleepin getting gettin using usin taking "
    "takin smoking smokin selling sellin hiding hidin drinking drinkin eating eatin thinking "
    "thinkin feeling feelin scratching scratchin carrying carryin running runnin sleepin "
    "locked kept left told hit beaten battered sick"
)
# Scouse "skitted" (mocked) is picked on only when done to the child ("gettin skitted at school");
# "we were skittin each other" is banter.
_PASSIVE = _set("getting gettin geting get gets got being bein been ben")
# "Robbin" is stealing before whose thing it is; "stoppin" is staying before where.
_WHOSE = _set("my me mi our his her their everyones peoples")
_WHERE = _set("at with over round in")


def context(table: dict[str, ByContext]) -> dict[str, ByContext]:
    """These words' readings by their neighbours, each added after those ``table`` has."""
    from surveys.concern_dialect import Beside, ByContext

    ours = {
        "aint": ByContext("isnt", (
            Beside("havent", before=_HAVERS, after=_HAS), Beside("hasnt", after=_HAS),
            Beside("am not", before=_set("i")), Beside("are not", before=_HAVERS),
        )),
        "skitted": ByContext("skitted", (Beside("picked on", before=_PASSIVE),)),
        "bin": ByContext("bin", (Beside("been", after=_DOING),)),
        "chuckin": ByContext("chuckin", (Beside("throwing", after=_WHOSE),)),
        "chucking": ByContext("chucking", (Beside("throwing", after=_WHOSE),)),
        "ar": ByContext("ar", (Beside("our", after=_OURS),)),
        "arl": ByContext("arl", (Beside("old", after=_set("fella fela")),)),
        "fella": ByContext("fella", (Beside("dad", before=_set("arl")),)),
        "fellas": ByContext("fellas", (
            Beside("boyfriend is", before=_set("me my mi her")), Beside("men", before=_MEN_AFTER),
        )),
        "robbin": ByContext("robbin", (Beside("stealing", after=_WHOSE),)),
        "stoppin": ByContext("stoppin", (Beside("staying", after=_WHERE),)),
        "stopping": ByContext("stopping", (Beside("staying", after=_WHERE),)),
    }
    return {
        word: ByContext(table[word].usual, (*table[word].beside, *by.beside))
        if word in table else by
        for word, by in ours.items()
    }
