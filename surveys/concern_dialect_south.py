"""The South, the West Country, East Anglia and the travelling families: words read as the rules'.

The sixteenth blind hand's third voice (``tests/corpora/sixteenth_hand``, lines 25-36 of each
file) wrote as young people of the South: the West Country, East Anglia ("hent" for hasn't, "hull"
for throw, "thas" for that's), Kent, Essex and South London, and Gypsy, Roma and Traveller
children on a site ("the gavvers", "vonga", "chavvies", "a mush", "me mammy"). The
words here have one reading wherever they stand and none of them can turn an ordinary sentence
into harm ("the gavvers came round about the car" is the police come round about a car), so
``surveys.concern_dialect`` merges them into its tables and every rule and the learned layer
read them:

- :data:`SOUTH_SPEAK` — one reading wherever the word stands: the police, money, a child, a man,
  "havent", throwing, swollen;
- "me" is "my" before a parent named as a small child names them, the people and places of
  care and the parts of the body, in the South and on a site as in the North ("me mammy", "me
  carer", "puts me hand on the stove"): read so in ``surveys.concern_dialect`` for every voice.

Blows with no plain twin ("took the whip to me") are read only beside their harm, in
``surveys.concern_south``.
"""

from __future__ import annotations

from typing import Final

SOUTH_SPEAK: Final[dict[str, str]] = {
    # Romani and Traveller cant: the police, money, a child, a man.
    "gavvers": "police", "gavver": "police", "vonga": "money", "wonga": "money",
    "chavvi": "kid", "chavvy": "kid", "chavvies": "kids", "chavvis": "kids",
    # Not "feen" (squeezed, the Fens; Welsh "ffens") nor "feens".
    "mush": "man", "mushes": "men",
    # Ireland and the sites: a mother as a small child names her.
    "mammy": "mum", "mammys": "mums",
    # East Anglia: "that hent" (hasn't, haven't), "hullin" (throwing), "thas" (that's).
    "hent": "havent", "hullin": "throwing", "hulling": "throwing", "hulled": "threw",
    "thas": "thats",
    # South London: "swole up" (swollen), "bredrin" (friends).
    "swole": "swollen", "bredrin": "friends", "bredren": "friends",
}  # fmt: skip
