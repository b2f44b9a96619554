"""Words the child sees: placeholders for their own words, and the engine's own phrases.

Children prefer their own words ("mum time" rather than "contact", "my meeting" rather than
"review"), so survey wording uses placeholders that are filled with the child's preferred words,
or with friendly defaults in their language.

``{iro}`` is how hearme speaks *to* the child ("your IRO"); ``{my_iro}`` is how the child speaks
about them in statements and answer buttons ("My IRO does what they say", "Just for my IRO").
Both become the child's own word for their IRO (usually a first name) when they have one.

The last step and the thank-you say honestly who reads the answers, which depends on the
survey's kind: a consultation goes to the child's IRO, a survey to the IRO service.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

PLACEHOLDERS: tuple[str, ...] = ("name", "family_time", "carer", "review", "iro", "my_iro")
# Placeholders that follow another one: the child's word for ``iro`` fills ``my_iro`` too.
_SAME_WORD: dict[str, str] = {"my_iro": "iro"}
PLACEHOLDER_PATTERN = re.compile(r"\{([^{}\s]*)\}")

DEFAULT_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "name": "there",
        "family_time": "family time",
        "carer": "the people you live with",
        "review": "your meeting",
        "iro": "your IRO",
        "my_iro": "my IRO",
    },
    "cy": {
        "name": "ti",
        "family_time": "amser teulu",
        "carer": "y bobl rwyt ti'n byw gyda nhw",
        "review": "dy gyfarfod",
        "iro": "dy Swyddog Adolygu",
        "my_iro": "fy Swyddog Adolygu",
    },
}

# The engine's own phrases. Every language in DEFAULT_WORDS has every key.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "skip": "Skip",
        "decline": "I don't want to say",
        "back": "Back",
        "stop": "Stop for now",
        "done": "Done",
        "send": "Send",
        "change": "Change",
        "resume": "Carry on",
        "meeting": "OK to talk about at my meeting",
        "iro_only": "Just for {my_iro}",
        "audience": "Who can hear what you wrote?",
        "review": "This is what {iro} will see. Send it, or change an answer first.",
        "review_survey": (
            "This is what the IRO service will see (your name is never put in a report). "
            "Send it, or change an answer first."
        ),
        "review_feedback": (
            "This is what {iro} and the IRO service will see. Send it, or change an answer first."
        ),
        "finished": "Thank you! Your answers have been sent to {iro}.",
        "finished_survey": "Thank you! Your answers have been sent to the IRO service.",
        "finished_feedback": (
            "Thank you! Your answers have been sent to {iro} and the IRO service. "
            "They help make meetings better."
        ),
        "already_finished": "You've already sent your answers. Thank you!",
        "stopped": "That's fine, we've stopped for now. Press Carry on whenever you're ready.",
        "previous": "You said before: {answer}",
        "first_question": "This is the first question, so there's nothing before it.",
        "pick_option": "Please tap one of the answers, or press Skip.",
        "unknown_option": "Sorry, that answer isn't one of the choices here. Please pick again.",
        "pick_some": "Tap the answers that fit, then press Done, or press Skip.",
        "write_something": "You can type your answer, or press Skip.",
        "no_voice": "Sorry, a voice note can't be used for this one. Please pick or type.",
        "pick_audience": "Please choose who can hear it, or press Skip to keep it for {iro}.",
        "review_choose": "Please press Send, or Change to change an answer.",
        "exclusive_alone": "That answer can't go with the others. Please pick again.",
        "stopped_choose": "Press Carry on when you want to carry on.",
        "skipped": "(skipped)",
        "declined": "(didn't want to say)",
        "voice_note": "(voice note)",
        "just_for_iro": "(just for {my_iro})",
        # After an alert the child is told plainly who will see those words, never offered
        # "just for my IRO" (which sounds like a secret kept).
        "alert_urgent": "What you wrote will go to {iro} and a safeguarding worker, so they can "
        "help. It won't be read out at your meeting.",
        "alert_worry": "What you wrote will go to {iro}, so they can help. It won't be read out "
        "at your meeting.",
        # The same when the words are about the IRO: the duty team alone is told.
        "alert_urgent_duty": "What you wrote will go to a safeguarding worker, so they can help. "
        "It won't be read out at your meeting.",
        "alert_worry_duty": "What you wrote will go to a worker on the duty team, so they can "
        "help. It won't be read out at your meeting.",
        "told_urgent": "(sent to {iro} and a safeguarding worker)",
        "told_worry": "(sent to {iro} so they can help)",
        # Words about the IRO (or written in the survey about them): said plainly, for a
        # 9-year-old, that someone else reads them and the IRO does not.
        "told_urgent_duty": "(sent to a safeguarding worker, not to {iro}. A safeguarding "
        "worker's job is keeping children safe)",
        "told_worry_duty": "(sent to a worker who helps keep children safe, not to {iro})",
        "review_duty_note": "Words marked \"not to {iro}\" will not be shown to {iro}.",
        # Worded as the words were told (told_*_duty): a worry is no "safeguarding" matter.
        "finished_urgent_duty": "The words you wrote that worried us went to a safeguarding "
        "worker, not to {iro}.",
        "finished_worry_duty": "The words you wrote that worried us went to a worker who helps "
        "keep children safe, not to {iro}.",
    },
    "cy": {
        "skip": "Neidio",
        "decline": "Dw i ddim eisiau dweud",
        "back": "Yn ôl",
        "stop": "Stopio am nawr",
        "done": "Wedi gorffen",
        "send": "Anfon",
        "change": "Newid",
        "resume": "Parhau",
        "meeting": "Iawn i siarad amdano yn fy nghyfarfod",
        "iro_only": "Dim ond i {my_iro}",
        "audience": "Pwy gaiff glywed beth ysgrifennaist ti?",
        "review": "Dyma beth fydd {iro} yn ei weld. Anfona fe, neu newidia ateb yn gyntaf.",
        "review_survey": (
            "Dyma beth fydd y gwasanaeth Swyddogion Adolygu yn ei weld (dydy dy enw byth mewn "
            "adroddiad). Anfona fe, neu newidia ateb yn gyntaf."
        ),
        "review_feedback": (
            "Dyma beth fydd {iro} a'r gwasanaeth Swyddogion Adolygu yn ei weld. Anfona fe, neu "
            "newidia ateb yn gyntaf."
        ),
        "finished": "Diolch! Mae dy atebion wedi mynd at {iro}.",
        "finished_survey": "Diolch! Mae dy atebion wedi mynd at y gwasanaeth Swyddogion Adolygu.",
        "finished_feedback": (
            "Diolch! Mae dy atebion wedi mynd at {iro} a'r gwasanaeth Swyddogion Adolygu. "
            "Maen nhw'n helpu i wneud cyfarfodydd yn well."
        ),
        "already_finished": "Rwyt ti eisoes wedi anfon dy atebion. Diolch!",
        "stopped": (
            "Mae hynny'n iawn, rydyn ni wedi stopio am nawr. Pwysa Parhau pan fyddi di'n barod."
        ),
        "previous": "Dwedaist ti o'r blaen: {answer}",
        "first_question": "Hwn yw'r cwestiwn cyntaf, felly does dim byd cyn hyn.",
        "pick_option": "Tapia un o'r atebion, neu pwysa Neidio.",
        "unknown_option": "Sori, dydy'r ateb yna ddim yn un o'r dewisiadau. Dewisa eto.",
        "pick_some": "Tapia'r atebion sy'n addas, yna pwysa Wedi gorffen, neu pwysa Neidio.",
        "write_something": "Gelli di deipio dy ateb, neu bwyso Neidio.",
        "no_voice": "Sori, does dim modd defnyddio neges llais fan hyn. Dewisa neu teipia.",
        "pick_audience": "Dewisa pwy gaiff ei glywed, neu pwysa Neidio i'w gadw i {iro}.",
        "review_choose": "Pwysa Anfon, neu Newid i newid ateb.",
        "exclusive_alone": "Dydy'r ateb yna ddim yn gallu mynd gyda'r lleill. Dewisa eto.",
        "stopped_choose": "Pwysa Parhau pan fyddi di eisiau parhau.",
        "skipped": "(wedi neidio)",
        "declined": "(ddim eisiau dweud)",
        "voice_note": "(neges llais)",
        "just_for_iro": "(dim ond i {my_iro})",
        "alert_urgent": "Bydd beth ysgrifennaist ti yn mynd at {iro} a gweithiwr diogelu, er "
        "mwyn iddyn nhw helpu. Fydd o ddim yn cael ei ddarllen yn dy gyfarfod.",
        "alert_worry": "Bydd beth ysgrifennaist ti yn mynd at {iro}, er mwyn iddyn nhw helpu. "
        "Fydd o ddim yn cael ei ddarllen yn dy gyfarfod.",
        "alert_urgent_duty": "Bydd beth ysgrifennaist ti yn mynd at weithiwr diogelu, er mwyn "
        "iddyn nhw helpu. Fydd o ddim yn cael ei ddarllen yn dy gyfarfod.",
        "alert_worry_duty": "Bydd beth ysgrifennaist ti yn mynd at weithiwr ar ddyletswydd, er "
        "mwyn iddyn nhw helpu. Fydd o ddim yn cael ei ddarllen yn dy gyfarfod.",
        "told_urgent": "(wedi mynd at {iro} a gweithiwr diogelu)",
        "told_worry": "(wedi mynd at {iro} er mwyn helpu)",
        "told_urgent_duty": "(wedi mynd at weithiwr diogelu, nid at {iro}. Gwaith gweithiwr "
        "diogelu yw cadw plant yn ddiogel)",
        "told_worry_duty": "(wedi mynd at weithiwr sy'n helpu cadw plant yn ddiogel, nid at "
        "{iro})",
        "review_duty_note": "Fydd y geiriau sydd â \"nid at {iro}\" ddim yn cael eu dangos i "
        "{iro}.",
        "finished_urgent_duty": "Aeth y geiriau ysgrifennaist ti a wnaeth i ni boeni at "
        "weithiwr diogelu, nid at {iro}.",
        "finished_worry_duty": "Aeth y geiriau ysgrifennaist ti a wnaeth i ni boeni at weithiwr "
        "sy'n helpu cadw plant yn ddiogel, nid at {iro}.",
    },
}
LANGUAGES: tuple[str, ...] = tuple(PHRASES)


def placeholders_in(text: str) -> set[str]:
    """Every ``{placeholder}`` name in a text (known or not)."""
    return set(PLACEHOLDER_PATTERN.findall(text))


def words_for(language: str, preferred: Mapping[str, str | None]) -> dict[str, str]:
    """The child's preferred words over the language's defaults (blank words are ignored)."""
    words = dict(DEFAULT_WORDS.get(language, DEFAULT_WORDS["en"]))
    for key, value in preferred.items():
        if key in words and value and value.strip():
            words[key] = value.strip()
    for key, source in _SAME_WORD.items():
        own = preferred.get(source)
        if own and own.strip() and not preferred.get(key):
            words[key] = own.strip()
    return words


def fill(template: str, words: Mapping[str, str]) -> str:
    """Replace known placeholders; a placeholder that opens the text gets a capital letter."""

    def replace(match: re.Match[str]) -> str:
        value = words.get(match.group(1))
        if value is None:
            return match.group(0)
        return value[:1].upper() + value[1:] if match.start() == 0 else value

    return PLACEHOLDER_PATTERN.sub(replace, template)


def as_sentence(text: str) -> str:
    """The first letter a capital, after any emoji: "👪 family time" → "👪 Family time"."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def localised(text: Mapping[str, str], language: str) -> str:
    """The wording in a language, falling back to English."""
    return text.get(language) or text.get("en") or next(iter(text.values()), "")


# Welsh joins "y" (the) to a word ending in a vowel before it: "gyda'r bobl", not "gyda y bobl".
# A placeholder filled with "y bobl rwyt ti'n byw gyda nhw" needs the same.
_WELSH_ARTICLE = re.compile(r"\b(gyda|neu|i|a|o|efo|at|drwy|dros|ar ôl) y\b", re.IGNORECASE)


def joined(text: str, language: str) -> str:
    """The text with the article joined as the language writes it (Welsh only)."""
    if language != "cy":
        return text
    return _WELSH_ARTICLE.sub(lambda match: f"{match.group(1)}'r", text)


def render(text: Mapping[str, str], language: str, preferred: Mapping[str, str | None]) -> str:
    """A survey text in the child's language with their own words filled in."""
    return joined(fill(localised(text, language), words_for(language, preferred)), language)


def for_kind(key: str, kind: str) -> str:
    """The phrase key for a survey kind: ``review`` for a consultation, ``review_survey``...

    Kinds without their own phrase use the consultation's.
    """
    specific = f"{key}_{kind}"
    return specific if specific in PHRASES["en"] else key


def phrase(key: str, language: str, preferred: Mapping[str, str | None], **extra: str) -> str:
    """One of the engine's own phrases, with the child's words and any ``extra`` values."""
    table = PHRASES.get(language, PHRASES["en"])
    words = words_for(language, preferred)
    # Extra values are inserted after the child's words so an answer can never be re-expanded.
    filled = fill(table[key], {**words, **{k: "\x00" + k for k in extra}})
    filled = joined(filled, language)
    for key_name, value in extra.items():
        filled = filled.replace("\x00" + key_name, value)
    return filled
