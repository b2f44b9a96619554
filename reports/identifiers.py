"""Patterns for what identifies a person in a quote, beyond the names on the council's lists.

Each rule replaces what it finds with a placeholder and counts what it took out, so a quote that
lost a lot can be held for a person to read before any report uses it. The rules lean towards
removing too much: a quote with a stray ``[name]`` is still a quote, a child's teacher named in a
published report is a breach.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A word that could be part of a proper name: "Oakfield", "St.", "O'Neill", "Mary-Jane".
_PROPER = r"(?!(?:My|The|Our|Your|His|Her|Their|A|An|At|In|On|To|And|But|I|Me|We|It)\b)"
_PROPER += r"[A-Z][\w'’-]*"
_STREET_KINDS = (
    "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|"
    "gardens|gdns|grove|terrace|hill|park|row|walk|square|sq|mews|view|rise|green|parade|"
    "estate|boulevard|meadow|meadows|fields|croft|wharf"
)
_FLAT = r"(?:(?:flat|apartment|apt|unit|room)\s*\d+[a-z]?,?\s*)?"
# "12 Elm Road", "flat 3, 45b elm road": with a house number, any case.
_NUMBERED_ADDRESS = re.compile(
    rf"\b{_FLAT}\d{{1,4}}[a-z]?,?\s+(?:[a-z'’-]+\s+){{0,3}}(?:{_STREET_KINDS})\b",
    re.IGNORECASE,
)
# "on Elm Road", "Station Road": a street without a number needs its name capitalised.
_NAMED_STREET = re.compile(
    rf"\b(?:{_PROPER}\s+){{1,3}}(?i:{_STREET_KINDS})\b(?![\w'’])",
)
_SCHOOL_KINDS = "school|academy|college|nursery|university|uni|sixth form"
_PLACE_KINDS = (
    "hospital|surgery|clinic|centre|center|unit|church|mosque|temple|gurdwara|synagogue|"
    "children'?s home|home|house|lodge|club|hall|yoi|hostel|foyer|prison|station"
)
_STAGE = (
    r"(?:(?:primary|secondary|junior|infants?|high|grammar|community|catholic|c of e|ce|rc|"
    r"church|free|special|prep|preparatory|middle|upper|lower|girls'?|boys'?|technical|"
    r"language|pupil referral)\s+)*"
)
# "Oakfield Primary School", "St Mary's C of E Academy", "Riverside House".
_NAMED_INSTITUTION = re.compile(
    rf"\b(?:(?:St|Saint)\.?\s+)?(?:{_PROPER}\s+(?:(?:of|the|and|&|on|upon)\s+)?){{1,4}}"
    rf"(?i:{_STAGE}(?:(?P<school>{_SCHOOL_KINDS})|{_PLACE_KINDS}))\b(?![\w'’])"
)
# "oakfield primary school", "the beeches academy": lower case needs the kind of school.
_TYPED_SCHOOL = re.compile(
    r"\b(?:(?!(?:my|the|a|at|to|new|old|our|your|her|his|their|this|that|same|big|local|"
    r"next|last|first|from|in|go|goes|went|of|and|or|with)\b)[a-z'’]+\s+){1,2}(?:(?:primary|secondary|junior|infants?|high|"
    r"grammar|middle)\s+school|academy)\b",
    re.IGNORECASE,
)
_TITLES = re.compile(
    r"\b(?:(?i:mr|mrs|ms|mx|dr|prof|sir|dame|rev)\.?|Miss|Father|Sister|Lady|Lord)"
    r"\s+[A-Za-z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)?"
)
RELATIONSHIPS = (
    "social worker|worker|key worker|iro|teacher|ta|tutor|head|headteacher|mentor|advocate|"
    "carer|foster carer|foster mum|foster dad|mum|mom|mam|dad|mother|father|stepmum|stepdad|"
    "step mum|step dad|brother|sister|half brother|half sister|stepbrother|stepsister|"
    "step brother|step sister|twin|cousin|auntie|aunty|aunt|uncle|nan|nana|nanna|nanny|gran|"
    "granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|friend|best friend|"
    "boyfriend|girlfriend|partner|baby|son|daughter|neighbour|pa|personal adviser|doctor|nurse|"
    "therapist|counsellor|coach|manager|officer|judge|solicitor|guardian"
)
# "my social worker Dave", "my brother, Jayden": the word after a relationship is a name when
# it is capitalised (lower case names are left to the name lists).
_AFTER_RELATIONSHIP = re.compile(
    rf"\b(?i:(?:{RELATIONSHIPS})s?)\b(,?\s+(?:called\s+|named\s+|is\s+)?)"
    rf"((?!(?:IRO|I|I'm|And|But|Is|Was|Has|Had|Says|Said|Does|Did)\b)[A-Z][\w'’-]*"
    r"(?:[\s-]+[A-Z][\w'’-]*)?)"
)
# "I live in Luton", "we moved to Milton Keynes", "I'm from Stoke".
_LIVES_IN = re.compile(
    r"\b(?i:live[sd]?|living|moved|moving|move|stay(?:s|ed|ing)?|placed|placement|from|"
    r"near|back)\s+(?i:in|to|at|near|from|with)?\s*"
    rf"(?P<place>{_PROPER}(?:[\s-]+(?:(?i:on|upon|under|le|in)[\s-]+)?{_PROPER}){{0,2}})"
)
_AGE = r"\(?\s*\d{1,2}(?:\s*\))?(?:\s*(?:years?|yrs?)(?:\s*old)?|\s*yo\b|\s*y/o)?"
# "[name] who is 7", "[name] (12)", "[name], aged 9": an age beside a name identifies too.
_AGE_AFTER_NAME = re.compile(
    rf"(\[name\])(,?\s*(?:(?:who\s+is|who's|is|aged|age)\s+)?){_AGE}", re.IGNORECASE
)
# "my 7 year old brother"
_AGE_BEFORE_RELATIVE = re.compile(
    rf"\b\d{{1,2}}[\s-]*(?:years?|yrs?)[\s-]*old(?=\s+(?i:{RELATIONSHIPS})\b)", re.IGNORECASE
)
# "my brother who is 7", "my sister (9)"
_AGE_AFTER_RELATIVE = re.compile(
    rf"\b((?:brother|sister|cousin|baby|son|daughter|twin)s?)(,?\s*(?:(?:who\s+is|who's|is|aged|"
    rf"age)\s+)?){_AGE}",
    re.IGNORECASE,
)
# Capitalised words a child writes that name no one.
COMMON_CAPITALS: frozenset[str] = frozenset(
    word.casefold()
    for line in (
        "I I'm I've I'd I'll Im Ive IRO IROs OK Okay TV PE RE IT DT PSHE GCSE GCSEs SATs Mr Mrs",
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April",
        "Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays Weekend Weekends",
        "June July August September October November December Christmas Easter Eid Diwali",
        "Ramadan Hanukkah Halloween Bonfire New Year Birthday English Maths Math Science Art",
        "Music History Geography French Spanish German Welsh Polish Urdu Arabic Muslim Christian",
        "Hindu Sikh Jewish God Allah Jesus Xbox PlayStation Nintendo Switch YouTube TikTok",
        "Instagram Snapchat WhatsApp Facebook Roblox Minecraft Fortnite Google Netflix Telegram",
        "Childline Barnardo's NSPCC CAMHS Year School Please Thank Thanks Yes No Not Sometimes",
        "Hi Hello Sorry Because When If So Also Then She He They We You My Our Your The And But",
        "Me Us It Is Was Are Were Do Don't Can Can't Could Would Should Will Won't Just Really",
        "Very Please Dear UK England Britain Wales Scotland Ireland British Black White Asian",
        "Mum Dad Nan Mam Mom Gran Grandma Grandad Auntie Aunty Uncle Sis Bro LOL OMG Lol Omg",
    )
    for word in line.split()
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?\b")
# Words that start a child's sentence and name no one ("Everyone says", "Contact was").
_SENTENCE_STARTERS: frozenset[str] = frozenset(
    word.casefold()
    for line in (
        "Everyone Everybody Someone Somebody Anyone Anybody Nobody Noone Everything Something",
        "Nothing Anything People Things Life Home Family Foster Contact Meetings Meeting Reviews",
        "Review Staff Teachers Workers Carers Lots Most Many Some All Both Each Every Only Even",
        "Still Now Today Yesterday Tomorrow Last Next Usually Maybe Probably Honestly Actually",
        "Basically Overall Anyway Well Mostly This That These Those There Here What Who How Why",
        "Where Which Mine His Her Him Them Their Its Living Being Going Having Getting Seeing",
        "Talking Feeling Nobody's Everyone's It's That's There's Who's He's She's They're",
        "Sometimes Often Never Always Once Twice Again Though Although However Plus Lately",
        "Everything's Nothing's Something's Somebody's Someone's Mummy Daddy Papa Mama",
    )
    for word in line.split()
)
# What a named person does at the start of a sentence: "Kez said", "Zorblat is kind".
_NAME_SUBJECT = re.compile(
    r"\s+(?:is|was|has|had|said|says|told|tells|helps|helped|came|comes|listens|listened|"
    r"never|always|gets|got|makes|made|takes|took|gives|gave|lets|hits|hit|shouts|shouted|"
    r"visits|visited|will|would|can|could|does|did|knows|knew|asks|asked|wants|wanted|calls|"
    r"called|texts|texted|rings|rang|picks|picked|cares|explained|explains|sorted|sorts|"
    r"and\s+(?:me|I)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“(]|\[\w+\])\s*$")


@dataclass
class Tally:
    """How many things a redaction removed and how many characters of the quote they were."""

    replaced: int = 0
    characters: int = 0

    def sub(
        self, pattern: re.Pattern[str], replace: str | Callable[[re.Match[str]], str], text: str
    ) -> str:
        """``pattern.sub`` that counts what it replaced."""

        def counted(match: re.Match[str]) -> str:
            out = replace if isinstance(replace, str) else replace(match)
            if out != match.group():
                self.replaced += 1
                self.characters += len(match.group())
            return out

        return pattern.sub(counted, text)


def _institution(match: re.Match[str]) -> str:
    return "[school]" if match.group("school") else "[place]"


def _keep_relationship(match: re.Match[str]) -> str:
    """Keep "my brother", drop the name after it."""
    name = match.group(2)
    if name.casefold() in COMMON_CAPITALS:
        return match.group()
    return match.group()[: match.start(2) - match.start()] + "[name]"


def _lives_in(match: re.Match[str]) -> str:
    start = match.start("place") - match.start()
    return match.group()[:start] + "[place]"


def places(text: str, tally: Tally) -> str:
    """Street addresses, schools and other institutions (before names: "Grace Academy")."""
    text = tally.sub(_NUMBERED_ADDRESS, "[address]", text)
    text = tally.sub(_NAMED_INSTITUTION, _institution, text)
    text = tally.sub(_TYPED_SCHOOL, "[school]", text)
    return tally.sub(_NAMED_STREET, "[address]", text)


def people(text: str, tally: Tally) -> str:
    """Titled names, names after a relationship, and where the child lives.

    Run after the name lists, so a carer the council knows as "Auntie Bev" goes whole.
    """
    text = tally.sub(_TITLES, "[name]", text)
    text = tally.sub(_AFTER_RELATIONSHIP, _keep_relationship, text)
    return tally.sub(_LIVES_IN, _lives_in, text)


def ages(text: str, tally: Tally) -> str:
    """Ages beside a name or a relative ("[name] who is 7", "my 9 year old sister")."""
    text = tally.sub(_AGE_AFTER_NAME, lambda m: f"{m.group(1)}{m.group(2)}[age]", text)
    text = tally.sub(_AGE_BEFORE_RELATIVE, "[age]", text)
    return tally.sub(_AGE_AFTER_RELATIVE, lambda m: f"{m.group(1)}{m.group(2)}[age]", text)


def capitalised_guesses(text: str, tally: Tally) -> str:
    """Any other capitalised word inside a sentence is taken for a name: when in doubt, redact.

    The first word of a sentence is capitalised anyway, so there it is taken for a name only
    when a named person's doing follows ("Kez said", "Zorblat is kind") and it is not a word
    that often starts a sentence; names on the lists are caught wherever they stand.
    """

    def guess(match: re.Match[str]) -> str:
        word = match.group()
        folded = word.casefold()
        if folded in COMMON_CAPITALS:
            return word
        if _SENTENCE_END.search(text[: match.start()]):
            acts = _NAME_SUBJECT.match(text, match.end())
            return "[name]" if acts and folded not in _SENTENCE_STARTERS else word
        return "[name]"

    return tally.sub(_CAPITALISED, guess, text)
