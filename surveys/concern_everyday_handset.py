"""Ordinary answers about the phone itself, by kind of everyday context (the fifteenth hand).

Young people told ordinary phone life in words the older rules read as harm, in two kinds of
everyday context that ``surveys.concern_everyday_online`` does not hold, and three older
alarms in the words of the rules for the phone:

- a present from a social worker, a key worker or a youth worker for a birthday or Christmas:
  "got a new phone off my social worker for my birthday" (not a worker *for* someone);
- a brother's, sister's or friend's "kill me" over their own thing the child deleted, wiped or
  used, or over their phone the child took to send something silly, with no laugh needed: "my
  brother is going to kill me, I deleted his minecraft world to free up space", "took my mate's
  phone and sent 'I love my mum' to the group chat, she's gonna kill me";
- a goodbye message, a speech or a card to a class, a form or a team;
- locked in a bathroom or a shed because the lock jammed;
- "I'll never see the sun again" because it always rains.

Being put out of a chat named for a class, a year or a team ("they kicked me out of the year
group chat") is read with the online voice's moves, in ``surveys.concern_everyday_online``.

Each saying names the everyday thing (the occasion, the peer's own thing, the prank sent from
their phone) and runs only over harmless words to the words of harm it holds; none runs across,
or is followed by, words that turn it back to harm (a grown-up at home, a blow, a knife, telling,
a secret, "for real"). A match is set aside only when a saying holds all of it
(``surveys.concerns``), so harm told beside a saying is still read; ``surveys.concern_everyday``
adds them to its sayings, per category. Same syntax as the phrase lists; phrases are squeezed as
texts are.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words no saying's gap may run over, nor follow it: a grown-up at home, a blow, a weapon,
# telling, a secret, being scared, "for real".
_TURNS = ("dad|mum|mam|stepdad|step|carer|carers|uncle|boyfriend|man|men|hit|hits|punch|punched|"
          "kick|kicks|kicked|stamped|"
          "slapped|hurt|hurts|beat|batter|stab|knife|scared|police|tell|told|secret|real|really|"
          "actually|serious|means|meant|owe|debt|olders")
# What was sent from a friend's phone may name anyone ("sent 'I love my mum' to the group
# chat"): only a blow, a weapon, a secret or "for real" stops that gap.
_BLOWS = ("hit|hits|punch|punched|slapped|hurt|hurts|beat|batter|stab|knife|scared|police|secret|"
          "real|really|actually|serious|means|meant|owe|debt|olders")
_TURN_AFTER = (f"(?!( [a-z0-9]+){{0,8}} ({_TURNS}|for real|not joking|on purpose|every time|"
               "last time)( |$))")

# --- a present from a worker, for an occasion -------------------------------------------------
_OCCASION = ("(birthday|bday|christmas|xmas|eid|diwali|results|exams|gcses|leaving care|18th|16th|"
             "passing)")
_WORKERS_PRESENT = [
    f"(social|key|youth|support) worker for my {_OCCASION}{_TURN_AFTER}",
]

# --- a peer's "kill me" over their own thing -------------------------------------------------
_PEER = ("(my (little |big |older |younger )?(brother|bro|sister|sis|cousin|cuz|mate|friend|best "
         "friend|bestie)|(he|she|they)( is| s| are| re)?)")
_KILL = "( is| s| are| re| wil| will)? (going to |gona |gonna )?kill me"
_DONE_TO_THEIRS = ("i( just| accidentally| literally)? (deleted|delete|wiped|reset|lost|broke|used "
                   "up|sold|traded|crashed|spoiled|spoilt) (al )?(his|her|their) ([a-z]+ ){0,2}"
                   "(world|worlds|save|saves|saved reels|reels|account|base|build|builds|skin|"
                   "skins|streak|charger|headphones|controller|phone|photos|pics|videos|game|"
                   "games|files|playlist|progress)")
_THEIR_PHONE = ("(took|nicked|grabbed|borrowed|used) my (mates|friends|sisters|brothers|cousins|"
                "besties|best friends) (phone|snap|insta|account|tiktok) and( [a-z]+){0,4} (sent|"
                "posted|texted|put|changed)")
_KILL_OVER_THEIRS = [
    f"{_PEER}{_KILL}( cos| because| coz)?( i)?{_gap(f'({_TURNS})', 1)} {_DONE_TO_THEIRS}"
    f"{_gap(f'({_TURNS})', 8)}{_TURN_AFTER}",
    f"{_THEIR_PHONE}{_gap(f'({_BLOWS})', 12)} (she|he|they)( is| s| are| re)? (going to|gona|gonna)"
    f" kill me{_TURN_AFTER}",
]

# A goodbye that is the child's last: "I won't be here after Friday", "when I'm gone".
_NOT_HERE_AFTER = ("(?!( [a-z0-9]+){0,10} ((wont|will not|not going to|not gona|wil not) be (here|"
                   "around|alive|about)|(when|after|once) (im|i am) gone|for after|end it|kill "
                   "myself|(?<![a-z])die)( |$))")

# --- a goodbye to a class, a form or a team --------------------------------------------------
_GROUP_GOODBYE = [
    "(goodbye|leaving) (message|messages|speech|card|note|notes|video|post) (to|for) (my|the|our) "
    f"(form|class|tutor group|team|year|year group|teacher|teachers|squad|club|school|coach)"
    f"{_TURN_AFTER}{_NOT_HERE_AFTER}",
]

# --- a lock that jammed -----------------------------------------------------------------------
_JAMMED = [
    "(got|get|gets|was|were|i got|we got) (locked|stuck|shut) in (the|a|nans|my|our)( [a-z]+)?"
    " (bathroom|toilet|loo|lift|shed|garage|room|cupboard|changing room)"
    f"{_gap(f'({_TURNS})', 4)} (cos|because|coz|when) the (lock|door|handle|key|latch) (jammed|"
    f"broke|got stuck|was stuck|stuck|snapped){_TURN_AFTER}",
]

# --- the sun never seen again, for the rain -------------------------------------------------
_RAIN = [
    f"if i (tell|say){_gap(f'({_TURNS})', 6)} (ill|i will|youll|you will) never see the (sun|"
    "sunshine|beach)( again)? (cos|because|coz) (it|its|it s)( always)? (rains|raining|rainy|"
    "cloudy|grey)",
]

HANDSET: Final[dict[str, list[str]]] = {
    "exploitation": _WORKERS_PRESENT,
    "emotional_abuse": [*_KILL_OVER_THEIRS, *_JAMMED, *_RAIN],
    "unsafe_home": _JAMMED,
    "self_harm": _GROUP_GOODBYE,
    "coercion": _RAIN,
}
