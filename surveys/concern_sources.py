"""Every list of words the rules read, in one place.

Each module beside this one holds the phrases and frames for part of the ground (the first
phrase lists, structural frames, guidance's indicators, voices, criminal signs …), as a mapping
from category to phrases. ``surveys.concerns`` compiles them all; a new module of phrases is
added here, not there, so the detector itself stays the same size as the lists grow.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from surveys import (
    concern_abuse_shapes,
    concern_answer_abuse_shapes,
    concern_answer_home_shapes,
    concern_approaches,
    concern_buried_exploitation,
    concern_buried_harm,
    concern_buried_home,
    concern_buried_practices,
    concern_codes,
    concern_codes_groups,
    concern_control,
    concern_cymru,
    concern_cymru_lives,
    concern_dialect_blows,
    concern_embedded_exploitation,
    concern_embedded_home,
    concern_embedded_practices,
    concern_euphemism_away,
    concern_euphemism_body,
    concern_euphemism_care,
    concern_euphemism_cause,
    concern_euphemism_family,
    concern_euphemism_home,
    concern_euphemism_self,
    concern_euphemism_work,
    concern_exploitation_shapes,
    concern_family_harm_signs,
    concern_gaming,
    concern_gaming_home,
    concern_handset,
    concern_handset_reach,
    concern_hedged_exploitation,
    concern_hedged_exploitation_trafficking,
    concern_hedged_harm,
    concern_hedged_harm_abuse,
    concern_hedged_harm_emotional,
    concern_hedged_home,
    concern_hedged_home_missing,
    concern_hedged_placement,
    concern_hedged_practices,
    concern_hedged_practices_radicalisation,
    concern_home_and_missing_shapes,
    concern_home_shapes,
    concern_home_tongue,
    concern_home_tongue_exploitation,
    concern_home_tongue_practices,
    concern_missing_and_domestic_signs,
    concern_neglect_signs,
    concern_newcomer,
    concern_newcomer_owned,
    concern_newcomer_recruited,
    concern_north_east,
    concern_north_east_away,
    concern_north_east_worries,
    concern_north_west,
    concern_others,
    concern_others_home,
    concern_paid_pictures,
    concern_phone_exploitation,
    concern_phone_harm,
    concern_phone_home,
    concern_plans,
    concern_plans_exploitation,
    concern_practice_shapes,
    concern_practice_signs,
    concern_self_harm_methods,
    concern_self_harm_signs,
    concern_socials,
    concern_socials_shamed,
    concern_south,
    concern_spread_signs,
    concern_voice_body,
    concern_voice_care,
    concern_voice_cause,
    concern_voice_home,
    concern_voice_practices,
    concern_voice_self,
    concern_voice_work,
    concern_voices,
    concern_worry_in_care,
    concern_worry_unsure,
)
from surveys.concern_control import PHRASES as CONTROL_SIGNS
from surveys.concern_criminal_indicators import PHRASES as CRIMINAL_SIGNS
from surveys.concern_family_harm_signs import PHRASES as FAMILY_HARM_SIGNS
from surveys.concern_frames import FRAMES
from surveys.concern_home_indicators import HOME_INDICATORS
from surveys.concern_indicators import INDICATORS
from surveys.concern_nearby_indicators import PHRASES as NEARBY_SIGNS
from surveys.concern_neglect_signs import PHRASES as NEGLECT_SIGNS
from surveys.concern_phrases import ENGLISH, WELSH
from surveys.concern_self_harm_signs import PHRASES as SELF_HARM_SIGNS
from surveys.concern_signs import SIGNS
from surveys.concern_worry_shapes import WORRY_SHAPES
from surveys.concern_worry_signs import WORRY_SIGNS

SOURCES: Final[tuple[Mapping[str, Sequence[str]], ...]] = (
    ENGLISH,
    WELSH,
    FRAMES,
    INDICATORS,
    HOME_INDICATORS,
    SIGNS,
    concern_voices.PHRASES,
    CRIMINAL_SIGNS,
    NEARBY_SIGNS,
    CONTROL_SIGNS,
    SELF_HARM_SIGNS,
    FAMILY_HARM_SIGNS,
    NEGLECT_SIGNS,
    concern_practice_signs.PHRASES,
    concern_missing_and_domestic_signs.PHRASES,
    concern_spread_signs.PHRASES,
    WORRY_SIGNS,
    WORRY_SHAPES,
    concern_exploitation_shapes.PHRASES,
    concern_practice_shapes.PHRASES,
    concern_home_shapes.PHRASES,
    concern_self_harm_methods.PHRASES,
    concern_abuse_shapes.PHRASES,
    concern_home_and_missing_shapes.PHRASES,
    concern_embedded_exploitation.PHRASES,
    concern_embedded_practices.PHRASES,
    concern_embedded_home.PHRASES,
    concern_answer_abuse_shapes.PHRASES,
    concern_answer_home_shapes.PHRASES,
    concern_hedged_harm.PHRASES,
    concern_hedged_harm_abuse.PHRASES,
    concern_hedged_harm_emotional.PHRASES,
    concern_hedged_home.PHRASES,
    concern_hedged_home_missing.PHRASES,
    concern_hedged_exploitation.PHRASES,
    concern_hedged_exploitation_trafficking.PHRASES,
    concern_hedged_practices.PHRASES,
    concern_hedged_practices_radicalisation.PHRASES,
    concern_hedged_placement.PHRASES,
    concern_others.PHRASES,
    concern_others_home.PHRASES,
    concern_plans.PHRASES,
    concern_plans_exploitation.PHRASES,
    concern_home_tongue.PHRASES,
    concern_home_tongue_practices.PHRASES,
    concern_approaches.PHRASES,
    concern_buried_harm.PHRASES,
    concern_phone_harm.PHRASES,
    concern_phone_exploitation.PHRASES,
    concern_worry_unsure.WORRIES,
    concern_worry_in_care.WORRIES,
    concern_codes.PHRASES,
    concern_codes_groups.PHRASES,
    concern_euphemism_self.PHRASES,
    concern_euphemism_away.PHRASES,
    concern_euphemism_home.PHRASES,
    concern_euphemism_family.PHRASES,
    concern_euphemism_work.PHRASES,
    concern_voice_cause.PHRASES,
    concern_voice_body.PHRASES,
    concern_voice_home.PHRASES,
    concern_voice_self.PHRASES,
    concern_cymru.PHRASES,
    concern_cymru_lives.PHRASES,
    concern_handset.PHRASES,
    concern_handset_reach.PHRASES,
    concern_north_east.PHRASES,
    concern_north_east_away.PHRASES,
    concern_north_east_worries.PHRASES,
    concern_socials.PHRASES,
    concern_socials_shamed.PHRASES,
    concern_south.PHRASES,
)
# The clauses (``surveys.concern_clauses``) written from what the blind corpora showed missing:
# a child held (kept, owing, watched, silenced), self-harm, abuse at home and neglect, then forced
# marriage, radicalisation, trafficking, going missing, domestic abuse, disclosures split over
# messages, harmful practices, radicalisation and an unsafe placement told hedged, and harm told
# as someone else's, as a plan, a date to come or something coming back, and harm of every
# kind told once in passing among ordinary things in a longer answer, harm typed fast on a
# phone (the eleventh hand's shapes), and harm named in code words (slang, moderation dodges,
# family and community words), and dialect words for a beating beside
# their harm, and self-harm, going missing and an unsafe room told in euphemisms (death as a
# place to go, a game's end, a vanishing act, a night-time "welcome") beside their harm:
# their harm, and harm told in euphemism and everyday words (the twelfth hand's shapes), and
# self-harm, neglect and going missing in a small child's and a young adult's words (the
# thirteenth hand's voices):
# their harm, and harm told in euphemism and everyday words (the twelfth hand's shapes):
# and criminal and sexual exploitation in a small child's and a young adult's voice, and harm
# at home, nights away, care refused, self-harm, recruiting, errands and pictures, and a young
# person treated as owned, in the English of a new language (the fourteenth hand's voices):
# ``(category, parts, window)`` each, in this order.
CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = tuple(
    (category, tuple(parts), window)
    for module in (
        concern_control,
        concern_self_harm_signs,
        concern_family_harm_signs,
        concern_neglect_signs,
        concern_practice_signs,
        concern_missing_and_domestic_signs,
        concern_spread_signs,
        concern_exploitation_shapes,
        concern_practice_shapes,
        concern_home_shapes,
        concern_self_harm_methods,
        concern_abuse_shapes,
        concern_home_and_missing_shapes,
        concern_embedded_exploitation,
        concern_embedded_practices,
        concern_embedded_home,
        concern_answer_abuse_shapes,
        concern_answer_home_shapes,
        concern_hedged_harm,
        concern_hedged_harm_abuse,
        concern_hedged_harm_emotional,
        concern_hedged_home,
        concern_hedged_home_missing,
        concern_hedged_exploitation,
        concern_hedged_exploitation_trafficking,
        concern_hedged_practices,
        concern_hedged_practices_radicalisation,
        concern_hedged_placement,
        concern_others,
        concern_others_home,
        concern_plans,
        concern_plans_exploitation,
        concern_home_tongue,
        concern_home_tongue_exploitation,
        concern_home_tongue_practices,
        concern_buried_exploitation,
        concern_buried_harm,
        concern_buried_home,
        concern_buried_practices,
        concern_phone_harm,
        concern_phone_home,
        concern_phone_exploitation,
        concern_codes,
        concern_codes_groups,
        concern_dialect_blows,
        concern_euphemism_self,
        concern_euphemism_away,
        concern_euphemism_home,
        concern_euphemism_family,
        concern_euphemism_body,
        concern_euphemism_cause,
        concern_euphemism_work,
        concern_euphemism_care,
        concern_voice_cause,
        concern_voice_practices,
        concern_voice_body,
        concern_voice_home,
        concern_voice_self,
        concern_voice_care,
        concern_voice_work,
        concern_paid_pictures,
        concern_newcomer,
        concern_newcomer_recruited,
        concern_newcomer_owned,
        concern_cymru,
        concern_cymru_lives,
        # The fifteenth hand's gaming third: harm reached through a game, and at home told in
        # a game's words.
        concern_gaming,
        concern_gaming_home,
        concern_handset,
        concern_handset_reach,
        # The sixteenth hand's North East, Cumbria and Yorkshire third: harm told in the
        # region's words and grammar.
        concern_north_east,
        concern_north_east_away,
        concern_socials,
        concern_socials_shamed,
        # The sixteenth hand's North West and Midlands third.
        concern_north_west,
        # The sixteenth hand's South, West Country, East Anglia and travelling families.
        concern_south,
    )
    for category, parts, window in module.CLAUSES
)
# The categories in the order alerts name them: the first lists' order, then any the frames add.
CATEGORIES: Final[tuple[str, ...]] = tuple(dict.fromkeys([*ENGLISH, *FRAMES]))


def phrases(category: str) -> list[str]:
    """Every phrase and frame, from every source, for ``category``."""
    return [phrase for source in SOURCES for phrase in source.get(category, [])]
