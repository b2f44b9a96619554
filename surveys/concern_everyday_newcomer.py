"""Ordinary news in the English of a new language, by kind of everyday context.

Refugee and unaccompanied young people who learned English in the last year or two answered
in learner grammar ("he say sorry", "my friend lose my headphones"), and the older rules read
some of their ordinary news as harm, in a few kinds of everyday context:

- a knock in a game or a lesson that was an accident, with the other saying sorry;
- the child's own bump on a bed, a door or a table;
- a slap on the back for good news: papers granted, a goal, a pass;
- a Home Office errand: a visa appointment or interview, or papers granted;
- "killing" a friend or a brother over a trifle they lost or broke, with a laugh;
- a story on a screen or in a book, told of its characters;
- a ball kicked or thrown at a brother or sister in play;
- a nose bleeding (a nose, never a noose) from a knock at boxing or in a game;
- sleeping on the floor on a trip, a camp or a sleepover, or a guest who sleeps on it;
- no food shop near, or no food allowed, where a trip or a room is named;
- a fast: no food in the day in Ramadan;
- rubbish at a skill: cooking, football, a game;
- eating on the floor as a home custom (a sofreh, a floor cloth) or a picnic;
- standing by the railway to take photos or watch the trains;
- furniture moved against the door to make room in a bedroom;
- a solicitor's or a worker's advice that the Home Office can send the child back if an
  interview is missed.

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
    # Papers granted: status, not documents someone holds.
    "(i|we) (got|get|have got|finally got|received) (my|our) (papers|status|refugee status|leave "
    "to "
    "remain)(?!( [a-z0-9]+){0,8} (take|took|taken|keep|keeps|kept|hold|holds|held|they have|he has|"
    "she has|give back|not give|lost))",
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

# --- a story on a screen or in a book, told of its characters ---------------------------------
# Never running on to the child or the child's own people ("like my stepdad").
_OF_THEM = ("( (?!(i|me|my|mine|myself|im|we|us|our|like|same|real|really|home|happen|happens|"
            "happened) )[a-z0-9]+){0,14}")
_ON_SCREEN = [
    "(in|on) the (film|movie|series|drama|show|episode|cartoon|game|book|story|play) (the|a) (man|"
    f"woman|boy|girl|character|hero|villain|king|soldier|husband|father|dad){_OF_THEM}",
]

# --- a ball kicked or thrown at a brother or sister in play ---------------------------------
_BALL_AT_A_SIBLING = [
    "(my )?(brother|sister|cousin|friend) (kick|kicks|kicked|throw|throws|threw) the (ball|"
    "football|frisbee) at (me|my (brother|sister|cousin)|him|her)( by (mistake|accident))?"
    f"{_TURN_AFTER}",
]

# --- a nose bleeding from a knock in a sport ---------------------------------------------------
_NOSE_BLEEDING = [
    "(bleeding|bleed|bled|blood) from (the|my|his|her) nose(?!( [a-z0-9]+){0,8} (rope|ready|tied|"
    "tie|hang|hanging|round|around|neck|beam|wardrobe))",
]

# --- sleeping on the floor on a trip or as a guest ---------------------------------------------
_AWAY_NIGHT = ("(trip|residential|sleepover|camp|camping|retreat|festival|youth trip|mosque|"
               "church hall|itikaf)")
_FLOOR_ON_A_TRIP = [
    f"{_AWAY_NIGHT}{_gap(_TURNS, 4)} (we|i|everyone) (sleep|slept) on the floor( in (sleeping "
    f"bags|a sleeping bag|tents|a tent))?{_TURN_AFTER}",
    "(my )?(cousin|cousins|uncle|aunt|auntie|guest|guests|friend|friends|grandma|grandad|nan) "
    "(sleep|sleeps|slept) on the floor when (he|she|they) (visit|visits|come|comes|stay|stays)"
    f"{_TURN_AFTER}",
]

# --- no food shop near, or no food allowed -------------------------------------------------
_NO_FOOD_SHOP = [
    f"no food (shop|shops|van|vans|stall|stalls|allowed)( near| nearby| in the "
    f"[a-z]+)?{_TURN_AFTER}",
]

# --- a fast: no food in the day ---------------------------------------------------------------
_FAST = "(ramadan|ramazan|fast|fasting|roza|rozay|sawm|lent)"
_FASTING = [
    f"{_FAST}{_gap(_TURNS + '|days|weeks|carer|they|not|no', 4)} no food( in the day| until "
    f"(iftar|maghrib|sunset|evening|night))?(?!( [a-z0-9]+){{0,6}} (for (days|weeks)|days|weeks|"
    "carer|they|not give|dont give|locked))",
]

# --- rubbish at a skill -----------------------------------------------------------------------
_BAD_AT_A_SKILL = [
    "(say|says|said) (i am|im) (rubbish|useless|terrible|bad|hopeless) at (cooking|football|"
    "maths|english|fifa|games|drawing|singing|dancing|driving|cricket|chess|swimming|spelling)"
    "(?!( [a-z0-9]+){0,8} (everything|worthless|nobody|no one|die|dead|stupid|hate|hates|hit|hits|"
    "shout|shouts|punish|animal|dog))",
]

# --- eating on the floor as a home custom or a picnic -----------------------------------------
_FLOOR_CLOTH = ("(picnic|sofreh|sofra|sufra|dastarkhan|dastarkhwan|floor cloth|like (in|at) home|"
                "like in (afghanistan|iran|eritrea|sudan|syria|my country))")
_EATEN_ON_THE_FLOOR = [
    f"{_FLOOR_CLOTH}{_gap('(like|dog|dogs|animal|animals|punish|because|cos|alone)', 4)} (make|"
    "makes|"
    "made) (me|us) eat on the floor( on (a|the) (blanket|cloth|sofreh|mat|rug))?(?!( "
    "[a-z0-9]+){0,8} "
    "(like|dog|dogs|animal|animals|punish|because|cos|alone|every day|always|not at|never at))",
]

# --- by the railway to take photos -------------------------------------------------------------
_TRAIN_WATCHING = [
    "(stand|standing|stood|wait|waiting) (near|by|at) the (railway|tracks|train line|railway "
    "line) (with (my|a) camera|to (take (photos|pictures|a photo)|watch the trains|wave))"
    "(?!( [a-z0-9]+){0,10} (jump|die|dead|end it|finish|kil|myself|not me|no point))",
]

# --- a solicitor's advice on the Home Office ----------------------------------------------
_ADVISER = ("(solicitor|lawyer|social worker|key worker|keyworker|caseworker|case worker|teacher|"
            "adviser|advisor|carer|support worker)")
_ADVICE_ON_THE_HOME_OFFICE = [
    f"{_ADVISER} (say|says|said|tel me|told me)( that)? if i (not|dont|do not|miss)( "
    f"[a-z]+){{0,2}} "
    "(the |my )?(interview|appointment|hearing|court|reporting|signing)( [a-z]+){0,3} the home "
    f"office (can|could|may|might|wil) send me back{_TURN_AFTER}",
]

# --- furniture moved to make room ---------------------------------------------------------------
_ROOM_REARRANGED = [
    "(push|pushed|move|moved|put) (my |the |our )?(bed|wardrobe|desk|chest|drawers|sofa) (against|"
    "in front of) the door (to make (more )?(space|room)|because the (window|radiator|heater|"
    "socket|plug|tv) is|so (the room|there) is (more|bigger))( [a-z0-9]+){0,4}(?!( [a-z0-9]+){0,8} "
    "(scared|afraid|night|come in|comes in|he|him|man|lock|locked|safe))",
]

NEWCOMER: Final[dict[str, list[str]]] = {
    "physical_abuse": [*_SORRY_AFTER_A_KNOCK, *_OWN_BUMP, *_CELEBRATED, *_ON_SCREEN],
    "trafficking": [*_HOME_OFFICE_ERRAND, *_ADVICE_ON_THE_HOME_OFFICE],
    "domestic_abuse": [*_KILLED_OVER_A_TRIFLE, *_ON_SCREEN, *_BALL_AT_A_SIBLING],
    "self_harm": [*_NOSE_BLEEDING, *_TRAIN_WATCHING],
    "neglect": [*_FLOOR_ON_A_TRIP, *_NO_FOOD_SHOP, *_FASTING],
    "emotional_abuse": [*_BAD_AT_A_SKILL, *_EATEN_ON_THE_FLOOR],
    "unsafe_home": _ROOM_REARRANGED,
}
