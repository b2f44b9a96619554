"""Ordinary answers about social media and group chats, set aside by kind of everyday context.

The fifteenth blind hand's young people on Snapchat, TikTok, Instagram and WhatsApp groups told
ordinary life in words the older rules read as harm, in a few kinds of everyday context that
``surveys.concern_everyday_online`` does not name:

- a brother's, sister's or friend's "kill me" over something of theirs the child spoiled "by
  accident" (the laugh is an emoji, which normalising drops: the accident says it instead);
- a friend's "kill me" at the end of a message about a screenshot, a post or a story of hers
  the child shared (a sleeping face on the bus, a bad selfie);
- friends going to the cinema, bowling or Nando's, with money for it from a carer or a parent;
- a picture of the child crying at the end of a film, posted by a carer, both laughing.

Being removed or kicked out of a group chat, a call or a server is read with the online
voice's moves, in ``surveys.concern_everyday_online``.

Each saying names the everyday thing (the accident, the friend's post, the outing and the family
giver) and runs only over harmless words to the words of harm it holds; none runs
across, or is followed by, words that turn it back to harm (a grown-up at home, telling,
pictures of the child, a secret, a blow, the olders, drugs). A match is set aside only when a
saying holds all of it (``surveys.concerns``); ``surveys.concern_everyday`` adds them to its
sayings, per category. The fresh ordinary answers written before these sayings are in the block
"fifteenth hand, social media" of ``tests/corpora/near_misses.txt``; each saying's twin, harm in
the same words, is in ``tests/surveys/test_concern_socials.py``. Same syntax as the phrase lists.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words no saying's gap may run over, and none may follow: a grown-up at home, telling, a secret,
# a blow or a weapon, the olders and their work.
_TURNS = ("dad|mum|stepdad|step|carer|carers|uncle|boyfriend|man|men|olders|told|tell|tells|"
          "telling|nudes|secret|meet|met|owe|owes|debt|hit|hits|punch|punched|slapped|kicked|"
          "hurt|hurts|scared|police|knife|stab|drugs|weed|bag|bags|drop|real|really|actually|"
          "serious|means|meant|for real|not joking")
_TURN_AFTER = f"(?!( [a-z0-9]+){{0,8}} ({_TURNS})( |$))"


def _harmless(most: int) -> str:
    """Up to ``most`` words, none a word that turns a saying to harm."""
    return _gap(f"({_TURNS})", most)


# A brother, a sister, a cousin or a friend: never a grown-up at home.
_PEER = ("(my (little |big |older |younger |baby )?(brother|sister|cousin|mate|friend|best friend|"
         "bestie)|my (mates|friends))")
_SPOILED = ("(deleted|lost|broke|sold|spilt|spilled|ate|used|wiped|unfollowed|muted|reset|"
            "dropped|cracked|ruined)")

# --- "kill me" over something of theirs spoiled by accident --------------------------------------
_KILLED_FOR_AN_ACCIDENT = [
    f"{_PEER} (is |are |wil |will )?(going to )?kill me( because| for| when)?( i)?( just)? "
    f"{_SPOILED}{_harmless(8)} (by accident|accidentally){_TURN_AFTER}",
]

# --- a friend's "kill me" for a post of hers -----------------------------------------------------
_HERS = ("(my )?(mates|sisters|brothers|cousins|friends|besties|best friends) (snap|story|"
         "picture|photo|video|selfie|voice note|tiktok|post)")
_KILLED_FOR_A_POST = [
    f"(screenshotted|screenshot|posted|sent|shared|leaked|reposted) {_HERS}{_harmless(14)} "
    "(she|he|they) (is|are|wil|will) (going to )?kill me$",
]

# --- an outing with friends, paid for at home ----------------------------------------------------
_FRIENDS = "(the mandem|mandem|my mates|the boys|the lads|the girls|my friends|the squad)"
_OUTING = ("(cinema|bowling|nandos|maccies|trampolining|laser tag|shopping|town|the pictures|ice "
           "skating|the football|the match|the fair|the arcade|paintball|go karting|the beach)")
_FAMILY = "(my )?(carer|carers|foster mum|foster dad|mum|dad|nan|gran|sw|social worker|aunty)"
_OUTING_PAID_AT_HOME = [
    f"{_FRIENDS} (are |is )?(going|go|went|goin)( to)?( the)? {_OUTING}{_harmless(8)} {_FAMILY} "
    f"(gave|gives|paid|sent|give) (me|us) (the )?money( for it)?{_TURN_AFTER}",
]

# --- the child crying at a film, posted, and both laughing ----------------------------------------
_MOCKING = ("baby|crybaby|failure|useless|pathetic|mock|mick|piss|shame|every|always|put up|"
            "no wonder|again")
_CRYING_AT_A_FILM = [
    "(posted|put|shared|sent) (a )?(picture|photo|video|vid|clip) of me crying at (the end of )?"
    "(the|a|that) (film|movie|show|series|match|wedding|concert|musical|advert)"
    f"{_gap(f'({_MOCKING})', 8)} (laughing|lol|haha)(?!( [a-z0-9]+){{0,8}} ({_MOCKING})( |$))",
]

SOCIALS: Final[dict[str, list[str]]] = {
    "emotional_abuse": [*_KILLED_FOR_AN_ACCIDENT, *_KILLED_FOR_A_POST, *_CRYING_AT_A_FILM],
    "exploitation": _OUTING_PAID_AT_HOME,
}
