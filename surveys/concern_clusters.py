"""Concern detection by the signs of a kind of harm found together, whatever words join them.

A clause (``surveys.concern_clauses``) needs every one of its parts. Children describing
county lines or an unsafe home rarely give all of them, but they give several of the *signs*
guidance lists: the Home Office county lines guidance names drugs or weapons, the "olders",
debts, being sent by train to another town, phones, the police; Working Together and the NSPCC
name someone at home who hurts, threatens or frightens, drink and drugs, weapons and locks. A
*cluster* is found when signs of at least three different families sit within a few words of
each other and one of them is a strong sign (drugs or a weapon, a debt, the olders, "for
them"; a blow, a threat, a weapon, a lock, fear), so that "i'm always on the train to places
like Swindon with stuff for them" is heard although no frame was written for it, while "I have
to carry my bag on the train to school" (no strong sign) is not.

Same syntax as the other lists (see ``surveys.concern_frames``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Final

from surveys.concern_clauses import (
    AT_HOME,
    BOSSES,
    CONTRABAND,
    CONTROLLERS,
    DEBT,
    ELSEWHERE,
    FEAR,
    HOLDING,
    LOOSE_THINGS,
    PRESSURE,
    RIDE,
    compile_part,
)
from surveys.concern_slots import EVERYDAY, OUTING
from surveys.on_first_use import OnFirstUse


@dataclass(frozen=True)
class Family:
    """One family of signs; a strong one must be among those a cluster finds."""

    pattern: str
    strong: bool = False


@dataclass(frozen=True)
class Cluster:
    """A kind of harm as families of signs: ``needed`` of them within ``window`` words."""

    category: str
    families: tuple[Family, ...]
    needed: int = 3
    window: int = 14


_COUNTY_LINES = Cluster("exploitation", (
    Family(CONTRABAND, strong=True),
    Family(f"(for (them|him|his mates|their mates|someone|somebody|{CONTROLLERS})|their (stuff|"
           "bag|bags|phone|drugs|weed|gear|money|work|food|knife|package))", strong=True),
    Family(f"({BOSSES}|(a|the|some|this) (man|men|guy|guys|lads|lad) (from|off) (the estate|"
           "london|the ends|the block|town|the city)|my older cousin|(my|a) link|my elders|my "
           "olders)", strong=True),
    Family(f"({DEBT}|(now|so|and) (i|we) owe|i owe (them|him|loads|money))", strong=True),
    # What only county lines looks like: meeting cars, being kept at a flat, sent out to sell.
    Family("((to|into|at) (cars|people in cars)|meet (people|customers|cars|punters)|(kept|keep|"
           "keeps|held) (me|us) (at|in) (a|the|their|some) (flat|house|trap|hotel)|(calls|texts|"
           "messages|rings) (telling|saying|with) (me )?(where|an address|a postcode)|(sent|send|"
           "sends) (me|us) (out )?to (sell|deal|drop|deliver|collect|shot)|trap|bando|going "
           "country|burner|on tick|cuckooing|shotting|grafting|my link)", strong=True),
    # Not an everyday errand: "told us to carry the cones for him" (``concern_slots.EVERYDAY``).
    # Nor "can that carry on please": to carry on is to go on.
    Family(f"({HOLDING}|sell|selling|sold|collect|collecting|meet|meeting|wait|waiting|answer|"
           f"hand over|travel|travelling)(?! {EVERYDAY}| on( please| with| doing| going| as| like"
           "| being| the same|$))"),
    Family(LOOSE_THINGS),
    # A coach who tells or asks is the football coach, not a ride to another town; a lift to
    # football or school is an ordinary week (``concern_slots.OUTING``).
    Family(f"({ELSEWHERE}|{RIDE}(?! (told|tells|tell|said|says|made|makes|asked|asks|wants|"
           f"wanted|shouted|shouts)| (to|for) {OUTING}(?![a-z]))|to cars|hours away|an address|"
           "addresses|a flat|a house|the estate|the block|the trap|a park)"),
    Family(f"({PRESSURE}|(do|return) (them|him) a favour|return the favour|or else|if i (stop|"
           "dont|do not|refuse)|(kept|keep|keeps) me (at|in)|stopped me (coming|going)|wont let "
           "me|(told|tell|tells) me to|(tell|tells|telling|told) me where to (go|be)|(say|said) "
           "(it|they|the drugs) (was|were|is|are) mine|blame|no choice)"),
    Family("(police|feds|cops|the bill|caught|searched|arrested)"),
    Family("((bought|buys|buy|gave|gives|given|give|got) me|(given|bought) (a|new|loads|"
           "some)|by (them|some lads|the olders))"),
), window=16)
_UNSAFE_HOME = Cluster("unsafe_home", (
    Family("((?<!i )(hit|hits|hitting|hurt|hurts|hurting|slap|slaps|slapped|kick|kicks|kicked|"
           "punch|punches|punched|attack|attacks|attacked|threaten|threatens|threatened|grab|"
           "grabs|grabbed|strangle|strangled|choke|chokes|choked|push|pushes|pushed|shove|"
           "shoves|shoved) (me|us|my (neck|arm|arms|face|head|hair|throat))|threats|(get|got|"
           "getting|been) (hurt|hit|beaten|battered|slapped|kicked|punched|thrown out|locked (in|"
           "out)))", strong=True),
    Family("(gun|guns|knife|knives|machete|bat|hammer|crossbow|axe)", strong=True),
    Family("((locked|locks|lock) (me |us )?(in|out|up)|shut (me |us )?(in|out))", strong=True),
    Family(FEAR, strong=True),
    Family("((my )?(dad|mum|mam|step dad|step mum|carer|carers|foster (carer|carers|dad|mum|"
           "brother|sister)|uncle|staff)|mums (new )?(boyfriend|partner)|the (man|men) (who|"
           "that))"),
    Family(f"({AT_HOME}|house|home|placement|my room|the kitchen|upstairs|at night|every night)"),
    Family("(drunk|drinks|drinking|high|wasted|drugs|off (his|her) face|stoned)"),
    Family("(shake|shaking|cry|crying|hide|hiding|cant sleep|no one is around|nobody is around|"
           "(stay|keep) out of (the|his|her|their) way|sleep (on|in) the (step|doorstep|garden|"
           "shed|car|street)|(dont|doesnt|do not|never) (care|do anything|believe me|stop (it|"
           "him|her)))"),
))
CLUSTERS: Final[tuple[Cluster, ...]] = (_COUNTY_LINES, _UNSAFE_HOME)
# As for clauses: a few matches of each family are plenty, and bound the work on long texts.
_MAX_MATCHES: Final = 6


_Compiled = tuple[tuple[Cluster, tuple[re.Pattern[str], ...], re.Pattern[str]], ...]


def _compile_clusters() -> _Compiled:
    return tuple(
        (
            cluster,
            tuple(compile_part(family.pattern) for family in cluster.families),
            compile_part("|".join(f"({f.pattern})" for f in cluster.families if f.strong)),
        )
        for cluster in CLUSTERS
    )


# Compiled once, on first use, like the phrase lists (``surveys.on_first_use``): each family,
# and the strong ones together (a cluster is only looked for when one of them is there).
_COMPILED: Final = OnFirstUse("concern clusters", _compile_clusters)


def find(plain: str) -> list[tuple[str, int, int]]:
    """Every cluster whose signs meet: enough families, one of them strong, close together.

    Args:
        plain: Text already passed through ``surveys.concerns.normalise``.

    Returns:
        ``(category, start, end)`` for each cluster found, the span from its first sign to
        its last (for the caller's negation and idiom checks).
    """
    found: list[tuple[str, int, int]] = []
    for cluster, patterns, strong in _COMPILED.get():
        if not plain or strong.search(plain) is None:
            continue
        signs = sorted(
            (m.start(), m.end(), index)
            for index, pattern in enumerate(patterns)
            for m in itertools.islice(pattern.finditer(plain), _MAX_MATCHES)
        )
        hit = _gathered(plain, cluster, signs)
        if hit is not None:
            found.append((cluster.category, *hit))
    return found


def _gathered(
    plain: str, cluster: Cluster, signs: list[tuple[int, int, int]]
) -> tuple[int, int] | None:
    """The first run of signs that holds enough families, a strong one among them, found at
    as many different places in the text (one word is never three signs)."""
    for first, (start, _, _) in enumerate(signs):
        families: set[int] = set()
        places: set[int] = set()
        end = start
        for sign_start, sign_end, index in signs[first:]:
            if plain.count(" ", start, sign_end) >= cluster.window:
                break
            families.add(index)
            places.add(sign_start)
            end = max(end, sign_end)
            strong = any(cluster.families[i].strong for i in families)
            if min(len(families), len(places)) >= cluster.needed and strong:
                return start, end
    return None
