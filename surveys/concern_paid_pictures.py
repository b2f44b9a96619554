"""Pictures of a child paid for: money, game currency or top-ups given for photos or videos.

A child tells of it in the words of a phone or a game: "he gives me lifts and money for pics",
"a man I met on Roblox sends me robux for selfies", "this guy on snap pays me for pics". The older
frames read a gift and pictures only side by side ("gives me money for pictures"); here the
payment and the pictures may have a few words between them, and any giver counts. Pictures of a
thing (a dog, a car, drawings) or ones the child takes, and photos of an occasion (school, the
prom), are not of the child. Fresh wordings written before the rule are batch xl of
``tests/corpora/adversarial.txt``; the ordinary answers nearest it (money for school photos, a
grandad who pays for drawings of his dog) are in the block "online, everyday" of
``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# Someone who gives or pays the child.
_PAYS = ("(gives|give|gave|sends|send|sent|pays|pay|paid|offers|offered|offering|buys|bought) "
         "(me|us)")
# For pictures or videos, of the child: never of a thing, an occasion, or ones the child makes.
_FOR_PICTURES = ("(money |cash |robux |vbucks |v bucks |gems |credit |top ups |a top up |"
                 "gift cards |a gift card |[0-9]+ |quid |pounds )?for (pictures|photos|videos|"
                 "vids|selfies|snaps|nudes)( of me)?(?! ((i|we) (take|took|draw|drew|make|made|"
                 "paint|painted)|(of|at|for|from) (the|my|his|her|our|their|a|an|school|prom|"
                 "ebay)))")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("sexual_exploitation", (_PAYS, _FOR_PICTURES), 40),
)
