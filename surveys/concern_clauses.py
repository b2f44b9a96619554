"""Concern detection by the parts of a disclosure, in any order: slots that must meet in a clause.

The frames in ``surveys.concern_frames`` read left to right ("make me carry weed for them"). A
child may put the same parts in another order ("the weed I keep for them", "for the olders I
look after a bag"), or put other words between them. A *clause* here names the parts a kind of
harm is made of, as guidance describes it, and is found when one match of every part sits
within a few words of the others, in any order:

- criminal exploitation and county lines (Home Office county lines guidance; Keeping Children
  Safe in Education): holding, storing or moving drugs, weapons or money × for someone else
  or under pressure; being sent to another town × to sell or carry; a ticket or a lift × told
  to take something; a debt × the gifts, robbery or work that made it; errands and shifts ×
  the "olders"; a home taken over × to deal from it;
- feeling unsafe where they live (Working Together to Safeguard Children, NSPCC): fear × the
  person or the going home that causes it; violence × the home; harm × the placement;
  strangers × staying in the house.

Each part is a regular expression over normalised text in the phrase lists' syntax (every
``(`` a group; words in their ordinary spelling, repeated letters are squeezed as in the text).
The first part of each clause is the one ordinary answers hold least often: the others are only
looked for when it is there.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Final

from surveys import concern_criminal_indicators as indicators
from surveys import concern_nearby_indicators as nearby
from surveys import concern_sources
from surveys import concern_voice_parts as voice
from surveys.concern_alternation import dispatch, expand
from surveys.concern_speak import spelled
from surveys.on_first_use import OnFirstUse

# --- the parts ------------------------------------------------------------------------------

# Things guidance says children are made to hold or move: drugs, weapons, cash.
_CONTRABAND = ("(?<!about )(drugs|weed|coke|cocaine|crack|heroin|gear|bud|skunk|ket|knife|knives|"
               "blade|blades|machete|machetes|gun|guns|shank|shanks|nank|nanks|weapon|weapons|"
               "package|packages|parcel|parcels|cash|bags of (stuff|weed|drugs)|a bag of (stuff|"
               # Not a lesson about them: "knife crime", "drugs awareness".
               "weed|drugs))(?! (crime|awareness|education|talk|lesson|lessons|dog|set|block))")
# Ordinary words for the same things: only with a clear "for them".
_LOOSE = "(bag|bags|rucksack|backpack|money|stuff|things|bits|phone|phones|box|boxes|the lot)"
_HOLD = ("(keep|keeps|keeping|kept|hold|holds|holding|held|mind|minds|minding|minded|look "
         "after|looks after|looking after|looked after|stash|stashes|stashing|stashed|hide|"
         "hides|hiding|hid|store|stores|storing|stored|carry|carries|carrying|carried|move|"
         "moves|moving|moved|take|takes|taking|took|bring|brings|bringing|drop|drops|dropping|"
         "dropped|deliver|delivers|delivering|delivered|transport|transporting|shift|shifting|"
         "bag up|bagging up)")
_CONTROLLERS = ("(some (lads|boys|guys|men|man|people|olders)|these (lads|boys|guys|men)|the "
                "olders|olders|the elders|((some|these|those|the) )?older (boys|lads|kids|ones|"
                "guys|men|lot)|the older lot|a dealer|the dealers|dealers|the gang|a gang|the "
                "mandem|mandem|the lads|the boys|the man|the men|a man|my cousins (mate|mates|"
                "friend|friends)|(his|their) (mate|mates))")
_FOR_THEM = f"(for (them|him|someone|somebody|people|{_CONTROLLERS})|their)"
_MADE = ("((make|makes|made|making|force|forces|forced|tell|tells|told|send|sends|sent|pay|"
         "pays|paid|give|gives|gave|given|get|gets|got) (me|us)|(have|has|had|got) to|gotta|"
         "(was|am|im|get|got|being) (made|told|forced|used) to|cant say no|(make|makes|made|"
         "get|gets|got|use|uses|used) (younger|little|young) (kids|children|ones|boys|girls))")
_ELSEWHERE = ("((another|other|a different|different|diff|a diff|the next|a new) (town|towns|"
              "city|cities|county|counties|area|areas)|out of town|miles (away|from home)|the "
              "coast|the seaside|places i (dont|didnt|do not) know|far (away|from home)|(seaside|"
              "coastal|random) (town|city)|(a|some) (town|city|place|places|flat|house) i (dont|"
              "didnt|do not|never|havent|had never) (know|knew|been|"
              "seen|went)|(a|some|this) (flat|house|place|hotel|trap|airbnb) in [a-z]+)")
_WORK = ("((sell|selling|sellin|sold|deal|dealing|dealt)(?! my| our| (an|a|the) old)|shotting|"
         "trapping|(doing|do|did) (drops|runs|deliveries|a shift|shifts|what (they|he) (say|"
         "said|told me|tell me|want|wanted))|(till|until) (its|it is|they are|it has|everything "
         "is|everythings)"
         " (all )?(gone|sold)|(drop|dropping|deliver|delivering|carry|carrying|take|taking|"
         "hand over|handing over|hand|pass|swap) "
         f"(a |the |their )?(bag|bags|package|packages|parcel|parcels|stuff|drugs)|for (them|"
         f"{_CONTROLLERS}))")
_RIDE = "(ticket|tickets|train|coach|taxi|uber|a car|their car|his car|a lift|lifts|a van)"
_TOLD = ("(told|made|sent|given|asked|have to|had to|got to|gotta|make me|made me|makes me|tell "
         "me|tells me)")
_TAKE_IT = ("(take|carry|drop|deliver|bring|hand over|give|swap) (a|the|their|this|his|some) "
            "(bag|package|parcel|phone|box|stuff|envelope)|(drop|deliver|hand over) it")
# A debt to the people who control the child (not "I owe my mate a quid").
_DEBT = ("((owe|owes|owed|owing) (them|him|the|some|those|these|people|loads|big|a lot|money|"
         "it|more|double|extra)|(want|wants|wanted|demand|demanding|demands) ([0-9]+|a grand|"
         "money|paying|it back|double|the money)|(work|working|pay|paying|clear|clearing) off "
         "what (i|we) owe|in debt|debt|debts|pay (it|them|him|that) (back|off)|work (it|that|"
         "this) off|(paying|working) it off|pay what i owe|earn it back|on (the )?(hook|tick)|"
         "(paying|paid) (it|them|him) back)")
# Set up by someone ("set me up", "got set up"), never a payment plan the young person set up.
_DEBT_CAUSE = ("(robbed|mugged|jumped|set me up|set us up|(got|get|was|were|been|being) set up|"
               "lost (the|their|his) (stuff|gear|bag|package|drugs|weed|money)|(bought|buy|buys|"
               "got|get|gets|gave|give|gives|given) "
               "me (loads of |all this |some |new |a new |free )?(stuff|things|a phone|phone|"
               "phones|trainers|clothes|a jacket|jacket|food|maccies|mcdonalds|vapes|weed|drugs|"
               "money|a tracksuit|gifts|presents|a coat)|runs|drops|shifts|jobs|selling|dealing|"
               "stab|rob|hurt someone|beat (someone|somebody|him|them) up|bring (a |my |some )?"
               "(mate|mates|friend|friends|someone)|goes down|go down|holding|the phone|"
               f"for free|{_CONTROLLERS}|keep adding|keeps going up|goes up|doubled|double|"
               "(took|taken|nicked|stole|robbed) (the|their|his) (bag|stuff|gear|package|food|"
               "bits|money|ting)|caught slipping|(say|says|said|reckon|reckons) (i|we) (lost|"
               "took|nicked|stole)|their (p|money|stuff|bag|food|gear|bits|ting))")
_ERRANDS = ("((do|doing|did|does) (a |some |the )?(shift|shifts|drop|drops|job|jobs|run|runs|"
            "errand|errands|deliveries|drop offs)|(run|running|ran|runs) errands|answer (the|a|"
            "their|that) phone|phone (i|to) (answer|carry|keep on me)|(a|the) phone i (have|got) "
            "to (answer|keep))")
_BOSSES = ("(olders|the olders|older (boys|lads|men|guys|ones|lot)|dealer|dealers|the gang|"
           "mandem|the elders|elders|(some|these|those) (lads|boys|guys|men))")
# A phone or SIM given to use for them.
_GIVEN_PHONE = ("((give|gave|gives|given) me (a |another |a new |a second |a different |their )?"
                "(phone|one|sim|burner|line)|(a|the|their) (phone|sim|burner|line) (they|he) (gave|"
                "give|gives))")
_FOR_THEIR_WORK = ("(for (them|him|their|his) (work|stuff|business)?|answer|whenever it rings|"
                   "keep (it )?on|run|work|jobs|customers|orders)")
_TAKEN_OVER = ("((took|take|takes|taken|taking) over|moved (in|into)|move (in|into)|staying|"
               "stayed|stay|stays|use|uses|used|using)")
_A_HOME = ("((my|our|mums|my mums|my nans|nans|my mams|my dads|her|his) (flat|house|place|home)|at "
           "(my|our) (mums|nans|dads|mams|place|flat|house))")
_DEALING = ("(sell|selling|deal|dealing|bag up|bagging|stash|drugs|cant (get|make) them (out|"
            "leave|go)|wont leave|trap)")

_FEAR = ("(scared|scard|frightened|frightend|afraid|terrified|petrified|dread|dreading|dreads|"
         "nervous|panic|panicking|shaking|on edge|stomach (goes|turns|hurts|drops|churns)|"
         "feel sick|heart (races|pounds|beats))")
# Unease that is only a sign of danger when someone at home causes it.
_UNEASE = "(anxious|worried|uneasy|tense|on edge|jumpy|sick|cant relax|cant breathe)"
_WHO_AT_HOME = ("(step dad|stepdad|step mum|(my )?(mums|mams) (new )?(boyfriend|partner|fella)|"
                "(my )?dads (new )?(girlfriend|partner)|my carers (son|husband|wife|partner)|the "
                "man who lives with us)")
_COMING_IN = ("((hear|when|till|until|in case) (him|her|them|he|she|they|my (dad|step dad|mum|"
              "carer|carers|uncle|brother)) (come|comes|coming|get|gets|getting|walk|walks) (in|"
              f"home|back|up|upstairs|through)|front door|key in the door|{_WHO_AT_HOME})")
_GOING_HOME = ("((go|going|get|getting|went|goes) (back )?(home|there|to (my|the) (carers|"
               "placement|foster|house|flat|dads|mums))|at home|in (my|the|our) (house|home|flat|"
               f"placement)|{_COMING_IN})")
_VIOLENCE = ("(fighting|fights|violent|violence|smashes|smashing|smashed|smashes up|kicks off|"
             "kicked off|kicking off|blood|punching|attacks|attacked|throws things|threw things)")
_AT_HOME = ("((at|in) (my|our|the) (house|home|flat|placement|foster home|care home|childrens "
            "home)|at home|at (my )?(mums|dads|nans|carers)|at (ours|mine))")
_PLACEMENT = ("(placement|foster home|foster family|foster house|care home|childrens home|the "
              "home|residential|the staff|the other (kids|boys|girls|children))")
_HARMS_ME = ("(?<!i )(hurt|hurts|hurting|hit|hits|hitting|kick|kicks|kicking|punch|punches|"
             "attack|attacks|attacked|beat|beats|threaten|threatens|threatened|restrain|"
             "restrains|restrained|bully|bullies|bullying) (me|my (arm|arms|wrist|wrists|neck|"
             "head|face|leg|legs|back|hand|hands|fingers))|(held|hold|holds|pin|pins|pinned) me "
             "down")
_HIDING = ("(hide|hides|hiding|hid|lock myself|stay out of (his|her|their) way|keep out of "
           "(his|her|their) way|stay in my room|go to my room|go upstairs|lie awake|lying awake|"
           "lay awake|stay awake|staying awake|listening out|listen out)")
_WHEN_THEY_RAGE = ("(when|whenever|every time|till|until|while|in case) (he|she|they|(my )?(dad|"
                   "mum|mam|step dad|carer|carers|foster (carer|carers|dad|mum)|uncle|brother)|"
                   "mums boyfriend) "
                   "(is|are|gets|get|comes|come|starts|kicks off|kick off|goes|has been) "
                   "(angry|drunk|mad|home|in|back|off|cross|drinking|high|raging|kicking off|"
                   "shouting|fighting)")
_FIGHTING = ("(when|while|cos|because|whenever) (they|mum and dad|my parents|my carers|he and "
             "mum|mum and (him|her boyfriend)) (fight|fights|fighting|argue|argues|arguing|row|"
             "rows|scream|screaming|shout|shouting|smash|smashing)")
_COPING = ("(cant sleep|cant get to sleep|hide|hiding|cover my ears|put my headphones|turn (my|"
           "the) music up|sit on the stairs|cry|crying|scared|shaking|take my (brother|sister|"
           "little brother|little sister))")
_USING = ("((taking|take|takes|doing|smoking|smokes|using|injecting|sniffing|snorting) (drugs|"
          "crack|heroin|spice|coke|smack|gear)|(needles|syringes|crack pipes))")
_STRANGERS = ("((random|strange) (people|men|man|lads|blokes)|strangers|(people|men|a man|a guy|"
              "lads|blokes) (i|we) (have )?(dont|do not|didnt|never|havent) (know|met|seen))")
# Staying the night, never staying safe (a school talk "about staying safe ... strangers").
_STAYING = ("((stay|stays|staying|stayed)(?! (safe|safer|calm|positive|focused|focussed|strong|"
            "healthy|in touch|on track))|sleep|sleeps|sleeping|slept|sleep over|sleeping over|"
            "move in|moved in|moving in|living with us|lives with us|live with us|come round|"
            "comes round|came round|round (late|at night|all night)|in (our|the|my) (house|"
            "flat|home)|at (our|my) (house|flat|mums|dads|place)|asleep (in|on))")


# The parts ``surveys.concern_clusters`` shares.
CONTRABAND, LOOSE_THINGS, HOLDING, CONTROLLERS = _CONTRABAND, _LOOSE, _HOLD, _CONTROLLERS
BOSSES, DEBT, ELSEWHERE, RIDE, PRESSURE = _BOSSES, _DEBT, _ELSEWHERE, _RIDE, _MADE
FEAR, AT_HOME = _FEAR, _AT_HOME


@dataclass(frozen=True)
class Clause:
    """One kind of harm as the parts that make it up, and how many words they may span."""

    category: str
    parts: tuple[str, ...]
    window: int = 10


CLAUSES: Final[tuple[Clause, ...]] = (
    # Holding, storing or moving drugs, weapons or money for someone, or under pressure.
    Clause("exploitation", (_CONTRABAND, _HOLD, f"({_FOR_THEM}|{_MADE})"), 14),
    Clause("exploitation", (_LOOSE, _HOLD, f"for (them|him|someone|somebody|{_CONTROLLERS})")),
    # "Going country": another town, and selling or carrying there.
    Clause("exploitation", (_ELSEWHERE, _WORK), 14),
    Clause("exploitation", (_RIDE, _TOLD, _TAKE_IT), 14),
    # A debt, and the gifts, robbery or work that made it.
    Clause("exploitation", (_DEBT, _DEBT_CAUSE), 16),
    # Pills and the wish to take them all: self-harm, urgent.
    Clause("self_harm", ("(tablets|pills|paracetamol|meds|medicine|painkillers)", "((take|"
                         "swallow|down|neck) (them|it|the lot|all of them) (all|at once|tonight|"
                         "now)|(take|swallow|down) (them|the lot) all)"), 14),
    Clause("self_harm", ("(bridge|river|canal|tracks|railway|train line|cliff|roof|sea|"
                         "motorway)", "((calling|calls|call) (me|to me|my name)|(pull|pulls|"
                         "pulling) me)"), 8),
    Clause("exploitation", (_ERRANDS, _BOSSES), 12),
    Clause("exploitation", (_GIVEN_PHONE, _FOR_THEIR_WORK), 10),
    # Told where to go and what to take; a robbery they set up; doing what the olders say.
    Clause("exploitation", ("where to (go|take|drop|leave|bring|be|meet|deliver)", "(what to "
                            "(take|carry|drop|bring|sell)|(a|my|the) link|olders|bag|package|"
                            "parcel|drop|stuff|texting|texts|texted|(some|a|this) man)"), 10),
    Clause("exploitation", ("(robbed|mugged|jumped|rushed)", "(set (it|me|that) up|on purpose|"
                            "planned it|(was|were|its) them)"), 14),
    Clause("exploitation", (_BOSSES, "(do|doing|did) (whatever|what) (they|he) (say|says|said|"
                            "tell|tells|want|wants)"), 12),
    Clause("exploitation", (_CONTRABAND, "(sent|send|sends|sending|took|take|takes|drove|drive|"
                            "drives) (me|us) (to|off to|out to|up to|down to)"), 12),
    Clause("exploitation", ("(police|feds|cops|bill) (took|take|takes|taken|seized|got|found)",
                            "(owe|pay|pay for|pay back|debt|their stuff|their)"), 14),
    # Gifts that have to be paid back.
    Clause("exploitation", ("(buying|buys|bought|buy|giving|gives|gave|give|getting|gets|got) me "
                            "(stuff|things|presents|gifts|clothes|trainers|food|phones|a phone|"
                            "money|weed|vapes)", "(return the favour|pay (him|them|it) back|in "
                            "return|owe (him|them)|do (something|stuff|things|jobs|a job) for "
                            "(him|them))"), 14),
    # Others storing their things in the child's home.
    Clause("exploitation", (f"({_CONTROLLERS}|people i dont know)", _HOLD, "(stuff|drugs|weed|"
                            "things|bags|money|gear|everything|knives|guns)", "(at (my|our) (mums|"
                            "house|flat|nans|carers|place)|in (my|our) (room|house|flat|shed))"),
           14),
    # Cuckooing: a home taken over to deal from.
    Clause("exploitation", (_A_HOME, _TAKEN_OVER, _DEALING), 12),
    # Fear of someone at home, or of going home.
    Clause("unsafe_home", (_FEAR, _GOING_HOME), 12),
    Clause("unsafe_home", (_UNEASE, _COMING_IN), 10),
    Clause("unsafe_home", ("(cant|cannot|can not|couldnt|never) sleep", "(shouting|screaming|"
                           "banging|fighting|smashing|arguing|rows|the noise)"), 10),
    Clause("unsafe_home", (_VIOLENCE, _AT_HOME), 8),
    Clause("unsafe_home", (_PLACEMENT, _HARMS_ME), 12),
    Clause("unsafe_home", (_STRANGERS, _STAYING), 10),
    Clause("unsafe_home", (_HIDING, _WHEN_THEY_RAGE), 10),
    Clause("unsafe_home", (_FIGHTING, _COPING), 12),
    Clause("unsafe_home", (_USING, f"({_AT_HOME}|(in|at) (our|my|the) (kitchen|living room|front "
                           "room|place))"), 10),
    # Found missing by the batches in other voices (``surveys.concern_voices``).
    Clause("exploitation", (voice.THEIR_THINGS, voice.KEEP, _MADE)),
    Clause("exploitation", (voice.THEIR_THINGS, voice.MINE, _FEAR), 12),
    Clause("exploitation", (voice.LABEL, voice.NO_CHOICE), 12),
    Clause("exploitation", (voice.SENT_OFF, voice.WITH_A_BAG), 12),
    Clause("exploitation", (voice.RECRUIT, voice.RECRUITED_TO), 16),
    Clause("exploitation", (voice.MADE_TAKE, voice.SELLERS), 14),
    Clause("exploitation", (voice.MADE_GO, voice.KEPT_AT), 14),
    Clause("exploitation", voice.HANDING, 12),
    Clause("exploitation", (voice.BIG_ONES, voice.ERRAND_MADE), 8),
    Clause("exploitation", (voice.CY_ACT, voice.CY_HARD,
                            f"({voice.CY_MADE}|{voice.CY_FOR}|{voice.CY_BOSSES})")),
    Clause("exploitation", (voice.CY_ACT_LOOSE, f"({voice.CY_FOR}|{voice.CY_GANG})")),
    Clause("exploitation", (voice.CY_ACT_LOOSE, voice.CY_MADE, "(nhw|nhwn)")),
    Clause("exploitation", (voice.CY_TAKEN, "(i (werthu|gwerthu|delio|ddelio)|fflat|am wythnos|am "
                            "ddyddiau|(efo|gyda|hefo) (bag|bagiau|pecyn|pecynnau|stwff|"
                            "cyffuriau))"), 14),
    Clause("exploitation", ("(werthu|gwerthu|delio|ddelio)", voice.CY_MADE, "(bois|hogia|bechgyn|"
                            "dynion|cweir|gweir|brifo|frifo|bygwth)"), 12),
    Clause("exploitation", ("(gweithio|weithio)", voice.CY_DEBT), 12),
    Clause("exploitation", ("(rhoddon|rhoddodd|rhoi|roi|prynu|brynu|prynon|brynon|prynodd|"
                            "brynodd) (nhw|fe|e|o)", voice.CY_DEBT), 16),
    Clause("exploitation", ("(tren|bws|tacsi|car)", f"({voice.CY_LOOSE}|{voice.CY_HARD})",
                            f"({voice.CY_FOR}|{voice.CY_GANG})"), 14),
    Clause("exploitation", (voice.CY_PHONE, voice.CY_TAKE_THINGS)),
    Clause("exploitation", (voice.CALLS, voice.WANTING, _MADE), 14),
    Clause("exploitation", (voice.FLAT, voice.WAIT_CALL, _MADE), 12),
    Clause("exploitation", (voice.HURT_OVER, voice.LOST_GOODS), 12),
    Clause("exploitation", (voice.THREAT_KIN, voice.TRY_STOP), 12),
    Clause("exploitation", (voice.THEFT, voice.HELD_BACK, voice.JOBS_DONE), 18),
    Clause("unsafe_home", (voice.IN_A_RAGE, voice.DISLIKE), 12),
    Clause("unsafe_home", (voice.SCARY_PLACE, voice.HOME_ROOM), 8),
    Clause("unsafe_home", (voice.VISITORS, _FEAR), 14),
    Clause("unsafe_home", (voice.THEIR_MATES, voice.STAY_OVER, voice.DISLIKE), 14),
    Clause("unsafe_home", (voice.INTOXICATED, voice.LASHING_OUT), 12),
    Clause("unsafe_home", (voice.NOBODY_IN, voice.LOCKED), 14),
    Clause("unsafe_home", (voice.SENT_AWAY, _FEAR), 16),
    Clause("unsafe_home", (voice.PUT_OUT, voice.SLEPT_ROUGH), 12),
    Clause("unsafe_home", (voice.GO_FOR_ME, _GOING_HOME), 12),
    Clause("unsafe_home", (_FEAR, voice.MAN_STAYING), 12),
    Clause("unsafe_home", (voice.IN_MY_ROOM, voice.AT_NIGHT_OR_STRANGER), 12),
    Clause("unsafe_home", (voice.BROKE_IN, voice.CAME_FOR), 14),
    Clause("exploitation", (voice.ARRESTED, f"({_ELSEWHERE}|{voice.NEW_TOWN})"), 12),
    Clause("exploitation", (voice.NOTES, voice.SWAP, "for (them|him|the olders)"), 12),
    Clause("exploitation", (voice.YOUNGEST, voice.MUST_CARRY), 12),
    Clause("exploitation", (voice.ONE_OF_THEM, voice.NO_GRASSING), 14),
    Clause("unsafe_home", (voice.NO_SLEEP, voice.NIGHT_NOISE), 10),
    Clause("unsafe_home", (voice.FOUL_HOUSE, voice.NOBODY_CARES), 12),
    Clause("unsafe_home", (voice.DISLIKE_AT, voice.BECAUSE_OF_THEM), 14),
    Clause("unsafe_home", (voice.DREAD, voice.DRINKING), 10),
    Clause("unsafe_home", (voice.SAFETY_ORDER, voice.BACK_AGAIN), 16),
    Clause("unsafe_home", (voice.KNOCKING, voice.LET_IN), 12),
    Clause("unsafe_home", (voice.MADE_STILL, voice.WHEN_DRINKING), 12),
    Clause("unsafe_home", (voice.HUSHED, voice.HOME_GOINGS, voice.THEY_WILL_KNOW), 16),
    Clause("unsafe_home", (voice.THEIR_EX, voice.HOUNDING), 10),
    Clause("unsafe_home", (voice.CY_THEIR_MATES, voice.CY_STAY_OVER, voice.CY_DISLIKE), 14),
    # Written from the indicators guidance names, one at a time
    # (``surveys.concern_criminal_indicators``, ``surveys.concern_nearby_indicators``).
    *(Clause(category, parts, window) for category, parts, window in indicators.CLAUSES),
    *(Clause(category, parts, window) for category, parts, window in nearby.CLAUSES),
    # Written from what the blind corpora showed missing (``surveys.concern_sources``).
    *(Clause(category, parts, window) for category, parts, window in concern_sources.CLAUSES),
)


# --- matching ---------------------------------------------------------------------------------


def _body(part: str) -> str:
    """Every group non-capturing; spelled as the text is (``surveys.concern_speak``)."""
    return re.sub(r"\((?!\?)", "(?:", spelled(part))


def compile_part(part: str) -> re.Pattern[str]:
    """Compile one part, in the phrase lists' syntax, to match whole words of normalised text."""
    return re.compile(r"(?<![a-z0-9])(?:" + _body(part) + r")(?![a-z0-9])")


_Compiled = tuple[re.Pattern[str], tuple[tuple[Clause, tuple[re.Pattern[str], ...]], ...]]


def _compile_clauses() -> _Compiled:
    # Every first part, grouped by first letters (``surveys.concern_alternation``): one search.
    first_parts = re.compile(
        r"(?<![a-z0-9])(?:"
        + dispatch([alt for clause in CLAUSES for alt in expand(_body(clause.parts[0]))], 0)
        + r")(?![a-z0-9])"
    )
    return first_parts, tuple(
        (clause, tuple(compile_part(part) for part in clause.parts)) for clause in CLAUSES
    )


# Compiled once, on first use, like the phrase lists (``surveys.on_first_use``): every first
# part together (a clause is only looked for when its first part is there), then each clause.
_COMPILED: Final = OnFirstUse("concern clauses", _compile_clauses)


# A part rarely occurs more than a few times in one answer; the cap bounds the work on a long
# one (the combinations tried grow as the product of the matches).
_MAX_MATCHES: Final = 6


def find(plain: str) -> list[tuple[str, int, int]]:
    """Every clause whose parts all meet within its window.

    Args:
        plain: Text already passed through ``surveys.concerns.normalise``.

    Returns:
        ``(category, start, end)`` for each clause found (at most one per clause): the
        character span from the first part to the last, for the caller's negation and idiom
        checks.
    """
    first_parts, compiled = _COMPILED.get()
    if not plain or first_parts.search(plain) is None:
        return []
    found: list[tuple[str, int, int]] = []
    for clause, patterns in compiled:
        spans = []
        for pattern in patterns:
            matches = [m.span() for m in itertools.islice(pattern.finditer(plain), _MAX_MATCHES)]
            if not matches:
                break
            spans.append(matches)
        else:
            hit = _meeting(plain, spans, clause.window)
            if hit is not None:
                found.append((clause.category, *hit))
    return found


def _meeting(plain: str, spans: list[list[tuple[int, int]]], window: int) -> tuple[int, int] | None:
    """The span of one match per part, not overlapping, all within ``window`` words."""
    for combination in itertools.product(*spans):
        ordered = sorted(combination)
        if any(a[1] > b[0] for a, b in itertools.pairwise(ordered)):
            continue
        start, end = ordered[0][0], max(e for _, e in ordered)
        if plain.count(" ", start, end) < window:
            return start, end
    return None
