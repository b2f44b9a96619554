"""Ordinary news in the English of a new language, by kind of everyday context.

Refugee and unaccompanied young people who learned English in the last year or two answered
in learner grammar ("he say sorry", "my friend lose my headphones"), and the older rules read
some of their ordinary news as harm, in a few kinds of everyday context:

- a knock in a game or a lesson that was an accident, with the other saying sorry;
- the child's own bump on a bed, a door or a table;
- a slap on the back for good news: papers granted, a goal, a pass;
- a Home Office errand: a visa appointment or interview;
- "killing" a friend or a brother over a trifle they lost or broke, with a laugh.

Each saying names the everyday thing (the accident and the sorry, the bunk bed, the good news,
the appointment, the trifle) and runs only over harmless words to the words of harm it holds;
none runs across, or is followed by, words that turn it back to harm (a grown-up who did it, on
purpose, telling, again, every day, a man, money). A match is set aside only when a saying holds
all of it (``surveys.concerns``), so harm told beside a saying is still read;
``surveys.concern_everyday`` adds them to its sayings, per category. Same syntax as the phrase
lists.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words no saying's gap may run over: a grown-up or a man who did it, a blow, saying or telling,
# on purpose, again, home, money.
_TURNS = ("(dad|mum|stepdad|step|carer|carers|uncle|boyfriend|man|men|staff|foster|teacher|said|"
          "told|pretend|purpose|again|every|always|home|house|money|belt|kicked|punched|"
          "slapped|pushed|push|because|cos|but|scared|afraid|bruise|bruises|hurt|hurts)")
# What, within the next words, turns a saying back to harm.
_TURN_AFTER = ("(?!( [a-z0-9]+){0,8} (on purpose|did it|again|every (day|time|night)|always|"
               "dad|mum|stepdad|uncle|boyfriend|carer|carers|staff|man|men|told|tel|said to|"
               "say to|pretend|lie|lied|scared|afraid|bruise|bruises|hurt|hurts|hospital|police|"
               "money|really|actually|not joking|for real)( |$))")

# --- a knock in a game or a lesson that was an accident, and a sorry --------------------------
_KNOCK = ("(hit|hits|kick|kicks|kicked|elbow|elbowed|knock|knocked|bump|bumped|push|pushed|"
          "trip|tripped|whack|whacked)")
_SORRY_AFTER_A_KNOCK = [
    f"{_KNOCK} me by accident{_gap(_TURNS, 14)} (he|she|they) (say|says|said) sorry( [0-9]+ "
    f"times| so many times| a lot)?{_TURN_AFTER}",
]

# --- the child's own bump on a thing ----------------------------------------------------------
_THING = ("(the |a |my |our )?((bunk|top|bottom|top bunk) )?(bed|bunk bed|bunk|door|table|shelf|"
          "cupboard|desk|window|car door|ceiling|chair|locker|sink|bus seat|tap|cabinet|bench)")
_OWN_BUMP = [
    f"i (hit|bump|bumped|bang|banged|knock|knocked) my (head|knee|arm|elbow|toe|leg|face|nose|"
    f"shin) on {_THING}(?!( [a-z0-9]+){{0,6}} (because|cos|when|after|he|she|they|push|pushed|"
    "on purpose|again|every))",
]

# --- a slap on the back for good news ---------------------------------------------------------
_GOOD_NEWS = ("(happy for me|well done|congratulations|congrats|proud of me|good news|(i|we) "
              "(get|got|have) (my|our) (papers|status|visa|refugee status|results)|scored|a goal|"
              "i won|we won|i pass|i passed)")
_CELEBRATED = [
    f"(slap|slaps|slapped|pat|pats|patted|hit|hits) me on (the |my )?back{_gap(_TURNS, 12)} "
    f"{_GOOD_NEWS}{_TURN_AFTER}",
]

# --- a Home Office errand ---------------------------------------------------------------------
_HOME_OFFICE_ERRAND = [
    "(i|we) (have|got|has|have got) (a |my |the |our )?visa (appointment|interview|application|"
    f"renewal|meeting){_TURN_AFTER}",
]

# --- killing a friend over a trifle, with a laugh --------------------------------------------
_PEER = "(friend|mate|brother|sister|cousin|roommate|flatmate|bro|sis)"
_TRIFLE = ("(headphones|earphones|airpods|charger|phone case|pen|pencil case|football|ball|hat|"
           "cap|hoodie|jumper|trainers|game|controller|keys|homework|book|chocolate|sweets|"
           "crisps|sandwich|pizza|snacks|bike|scooter)")
_LAUGH = "(lol|haha|hahaha|lmao|xd|jk|😂|🤣)"
_KILLED_OVER_A_TRIFLE = [
    f"{_PEER} (lose|lost|loses|break|broke|breaks|eat|ate|eats|take|took|takes|sit on|sat on) "
    f"my ([a-z]+ )?{_TRIFLE}( again)? i (wil|am going to|going to|gona) kill (him|her|them)"
    f"( {_LAUGH})+{_TURN_AFTER}",
]

NEWCOMER: Final[dict[str, list[str]]] = {
    "physical_abuse": [*_SORRY_AFTER_A_KNOCK, *_OWN_BUMP, *_CELEBRATED],
    "trafficking": _HOME_OFFICE_ERRAND,
    "domestic_abuse": _KILLED_OVER_A_TRIFLE,
}
