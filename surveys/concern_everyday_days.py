"""Ordinary days told at length, in the words of harm: set aside.

The tenth hand's ordinary answers ran to two or six sentences about school, contact or the
placement, and a longer answer has more words to alarm on: a camping trip when the tent leaked
and everyone slept in the car, a water fight in which a worker pushed the child into the
paddling pool, a Ramadan fast that leaves a student hungry at college, a boyfriend the same age
as the young person, a school talk that said to tell a grown-up if someone asks for pictures, a
deep end the child is a bit scared of just before "my carer says she will watch", a game lost or
a house in Minecraft blown up that made the child angry. Each saying names the everyday thing
first and runs only over the words that finish it; none runs across words that turn it back to
harm (nowhere to live, held under, nothing to eat at home, an older man, a threat). A power cut
in a storm is read in the clause it would alarm (``surveys.concern_neglect_signs``). A match is
set aside only when one of these spans holds all of it (``surveys.concerns``);
``surveys.concern_everyday`` adds them to its sayings, per category. Same syntax as the phrase
lists.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# --- a night in the car on a camping trip -----------------------------------------------------
_NO_HOME = ("(kicked|thrown|chucked|left|nowhere|homeless|no house|no home|evicted|hiding|hid|"
            "ran|run|away|police|weeks|week|days|every night)")
_CAMPING_CAR = [
    "(camping|campsite|tent|festival|caravan park|holiday)"
    f"{_gap(_NO_HOME, 14)} (slept|sleep|sleeping|stayed) in (the|our|a|my carers|the carers) "
    "(car|van|campervan|people carrier)( for)?( one| a| the last)? (night|nite)",
]

# --- pushed into the pool at a water fight ----------------------------------------------------
# From the article: a saying is matched from its first word, and the bare "water fight" of
# ``surveys.concern_idioms`` would be found first and hold only itself.
_HELD = "(held|hold|holds|holding|under|drown|drowned|choke|choked|hit|hurt|punched|kicked)"
_INTO_THE_POOL = [
    f"(a|the|our|big) water fight{_gap(_HELD, 14)} (pushed|push|pushes|threw|chucked) (me|us|"
    "him|her) (in|into) the (paddling pool|pool|swimming pool|paddling)(?! (and|then|til|till|"
    "until) )",
]

# --- hungry in a fast ---------------------------------------------------------------------------
# The fast named first; never across no food at home, nobody feeding the child, or being made to.
_NOT_FED = ("(no|nothing|not|never|wont|dont|doesnt|didnt|made|makes|forced|forces|locked|lock)")
_FASTING = [
    f"(fasting|the fast|fast|ramadan|roza|sawm|lent){_gap(_NOT_FED, 10)} (i am|im|i get|i got|i "
    "feel|feel|am|get) (so |really |very |a bit |bit )?(hungry|starving)( in| at| during)?( ("
    "college|school|class|work|lessons|lunch|the day))?",
]

# --- a partner of the young person's own age ----------------------------------------------------
# Both adults, said in the same breath: "my boyfriend is 19, same as me".
_SAME_AGE = [
    "(boyfriend|girlfriend|partner|bf|gf|fella) (is|he is|she is|hes|shes) (1[89]|2[0-9]) (the )?"
    "(same|same age|same as me|same age as me)( as me)?",
]

# --- the advice of a safety talk ----------------------------------------------------------------
_SAFETY_ADVICE = [
    "(tell|told us to tell|to tell|should tell|must tell|always tell|said tell) (a grown up|a "
    "grownup|an adult|a trusted adult|a teacher|someone|your carer|your carers|your parents|your "
    "mum|a parent|the police) (if|when) (someone|somebody|anyone|anybody|a stranger|strangers|"
    "people) (asks|ask|asked|wants|want) (you |u )?(for|to send) (pictures|photos|pics|nudes|"
    "selfies|a picture|a photo)",
]

# --- a fear of the deep end, then a carer who will watch -----------------------------------------
# "the deep end which I'm a bit scared of. My carer says she will watch": the fear's object came
# first (up to four words of it, which the rules may read with the fear), and the carer begins
# the next sentence, saying something kind; never what a carer will do to the child.
_CARER = ("(carer|carers|foster carer|foster carers|foster mum|foster mam|foster dad|mum|mam|dad|"
          "nan|teacher|coach|keyworker|key worker)")
_FEARED_THING = [
    "([a-z0-9]+ ){0,4}(which|that) (i am|im|i was) (a bit |really |so |quite |very |abit )?"
    "scared of (my|our|the) "
    f"{_CARER} (says|said|is going to|wil|promised)( she| he| they)?( wil)? (watch|come|be there|"
    "stay|help|hold my hand|sit|cheer|wait)",
]

# --- anger or tears at a game, a match or a play ------------------------------------------------
_GAME_LOST = [
    "(minecraft|roblox|fortnite|fifa|the game|my game|a creeper|the match|the final|we lost|lost "
    "the match|lost [0-9]+ ?[0-9]*)( [a-z0-9]+){0,10} (i was|i am|im|i got|made me) (so|really|"
    "well|proper|very) (angry|mad|upset|cross|fuming)( i (had to|wanted to|nearly) [a-z]+)?",
]
_PLAY_ENDING = [
    "(romeo and juliet|a play|the play|our play|the film|the book)( [a-z0-9]+){0,8} (die|dies|"
    "died) at the end (which|and it) (is|was) (really|so|very|well|proper) sad",
]

# --- a ball that hurt -------------------------------------------------------------------------
# "My brother kicked the ball and it hurt me": the ball, a door or a swing is what hurt; never
# one thrown or kicked at the child on purpose.
_THING_THAT_HURT = [
    "(the |a )?(ball|football|rugby ball|cricket ball|netball|puck|shuttlecock|frisbee|hockey "
    "stick|door|gate|swing|trampoline|branch)( [a-z]+){0,3} (and )?it (hit|hurt|hurts|smacked|"
    "whacked) (me|us)(?! (on purpose|and (he|she) laughed|again and again))",
]

DAYS: Final[dict[str, list[str]]] = {
    "neglect": _FASTING,
    "missing": _CAMPING_CAR,
    "physical_abuse": [*_INTO_THE_POOL, *_THING_THAT_HURT],
    "sexual_exploitation": _SAME_AGE,
    "exploitation": [*_SAME_AGE, *_SAFETY_ADVICE],
    "unsafe_home": _FEARED_THING,
    "upset": [*_GAME_LOST, *_PLAY_ENDING],
}
