"""Redaction that holds: names no list knows, schools, addresses, towns and ages are removed.

The quotes are written the way children write (lower case, no full stops, names after "my
brother"), each with identifiers planted in it; none of them may reach a report.
"""

from __future__ import annotations

import itertools
import re

from reports.redaction import (
    APPROVED,
    REJECTED,
    QuoteCandidate,
    Redactor,
    choose_quotes,
    pick_quotes,
)

# Each planted identifier: (as written in the quote, the words that must not survive).
FIRST_NAMES = ["Jayden", "Aisha", "Dave", "Chloe", "Mohammed", "Olivia"]  # in the shipped list
UNLISTED = ["Zeeshan", "Tomasz", "Oluwaseun", "Kaydence", "Bronwen", "Shirin"]  # in no list
SURNAMES = ["Patel", "Kowalski", "Okafor", "Smith", "Hughes", "O'Brien"]
TITLES = ["Mrs", "Mr", "Miss", "Ms", "Dr", "Mx"]
SCHOOLS = [
    ("Oakfield Primary School", "Oakfield"),
    ("St Mary's C of E Academy", "Mary's"),
    ("Greenway High School", "Greenway"),
    ("Hillcrest College", "Hillcrest"),
    ("Beacon Hill Academy", "Beacon"),
    ("Parkside Junior School", "Parkside"),
]
LOWER_SCHOOLS = ["oakfield", "greenway", "westbrook", "ashgrove", "brambles", "larkrise"]
STREETS = [
    ("Elm Road", "Elm"),
    ("Maple Avenue", "Maple"),
    ("Kingsway Close", "Kingsway"),
    ("Orchard Drive", "Orchard"),
    ("Wellington Street", "Wellington"),
    ("Cherry Tree Lane", "Cherry"),
]
HOMES = ["Riverside", "Beechwood", "Meadowbank", "Fernlea", "Oaklands", "Thornbury"]
TOWNS = ["Luton", "Milton Keynes", "Stoke", "Bradford", "Swansea", "Ipswich"]
AGES = ["7", "12", "9", "14", "5", "16"]
NUMBERS = ["12", "4", "221", "37b", "8", "105"]

TEMPLATES = [
    "{title} {surname} at {school} is really nice to me",
    "I live at {number} {street} and I like it there",
    "my social worker {name} never calls me back",
    "my brother {name} who is {age} should live with me",
    "i miss my sister {lname} so much",
    "I live in {town} now and I want to go back to {school}",
    "{name} my foster carer is kind but the house on {street} is cold",
    "when {unlisted} shouted at me I told {title} {surname}",
    "can I move to {school} with my friend {unlisted}",
    "my iro came to {street} and we talked about my mum",
    "my cousin {unlisted} ({age}) lives in {town}",
    "I go to {lschool} primary school and its ok",
    "we had my meeting at {home} House and it was too long",
    "{name}, {age}, is my best friend and she gets me",
    "i dont like {title} {surname} at {school}, she shouts",
    "I want to stay at {number} {lstreet} road forever",
    "my key worker {unlisted} and my mentor {name} are the best",
    "I lived in {town} with my nan and {unlisted} before",
    "tell {lname} from {lschool} academy I said hi",
    "me and {unlisted} go to the park near {street} after school",
]


def _planted(index: int) -> tuple[str, list[str]]:
    """One quote with identifier set ``index``, and the words that must not survive."""
    template = TEMPLATES[index % len(TEMPLATES)]
    pick = index // len(TEMPLATES)
    school, school_word = SCHOOLS[pick]
    street, street_word = STREETS[pick]
    values = {
        "title": TITLES[pick],
        "surname": SURNAMES[pick],
        "name": FIRST_NAMES[pick],
        "lname": FIRST_NAMES[pick].lower(),
        "unlisted": UNLISTED[pick],
        "school": school,
        "lschool": LOWER_SCHOOLS[pick],
        "street": street,
        "lstreet": street_word.lower(),
        "home": HOMES[pick],
        "town": TOWNS[pick],
        "age": AGES[pick],
        "number": NUMBERS[pick],
    }
    words = {
        "title": [],
        "surname": [SURNAMES[pick]],
        "name": [FIRST_NAMES[pick]],
        "lname": [FIRST_NAMES[pick]],
        "unlisted": [UNLISTED[pick]],
        "school": [school_word],
        "lschool": [LOWER_SCHOOLS[pick]],
        "street": [street_word],
        "lstreet": [street_word],
        "home": [HOMES[pick]],
        "town": TOWNS[pick].split(),
        "age": [AGES[pick]],
        "number": [NUMBERS[pick]],
    }
    used = [field for field in values if "{" + field + "}" in template]
    return template.format(**values), [w for field in used for w in words[field]]


QUOTES = [_planted(i) for i in range(len(TEMPLATES) * len(SCHOOLS))]


def _survivors(text: str, words: list[str]) -> list[str]:
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE)]


def test_no_planted_identifier_survives_in_120_quotes() -> None:
    assert len(QUOTES) >= 100
    redactor = Redactor(["Sam Carer"])  # the council's lists hold none of the planted names
    leaks = {}
    for quote, words in QUOTES:
        out = redactor.redact(quote)
        found = _survivors(out, words)
        if found:
            leaks[quote] = (out, found)
    assert leaks == {}


def test_the_issue_quotes_are_redacted_and_held() -> None:
    redactor = Redactor([])
    first = redactor.examine("Mrs Patel at Oakfield Primary School is kind. I live at 12 Elm Road")
    assert first.text == "[name] at [school] is kind. I live at [address]"
    assert first.heavy
    second = redactor.examine("my social worker Dave never comes, I want to see my brother Jayden")
    assert second.text == ("my social worker [name] never comes, I want to see my brother [name]")
    assert second.heavy


def test_ordinary_words_survive() -> None:
    redactor = Redactor([])
    kept = [
        "my IRO is kind and listens, my nan says so too",
        "I like reading and my IRO helps me understand what is happening",
        "I will go to my meeting if it is after school on a Monday",
        "I am 14 and in year 9 and I like Maths and PE",
        "my worker explained why they are working with me and my family",
        "I want more family time with my mum at Christmas",
    ]
    for quote in kept:
        examined = redactor.examine(quote)
        assert examined.text == quote
        assert not examined.heavy


def test_a_name_no_list_knows_goes_at_the_start_of_a_sentence_too() -> None:
    redactor = Redactor([])
    for quote, expected in [
        ("Zeeshan said I could go. Everyone is kind", "[name] said I could go. Everyone is kind"),
        ("it was long. Kaydence and me got bored", "it was long. [name] and me got bored"),
        ("Bronwen is my IRO and she listens", "[name] is my IRO and she listens"),
    ]:
        assert redactor.redact(quote) == expected
    # Sentences that start with an everyday word keep it, whatever follows.
    for quote in [
        "Contact was good. Sometimes I feel sad",
        "Life is better now. Nobody listens though",
        "Meetings are long. Everyone said hi",
    ]:
        assert redactor.redact(quote) == quote


def test_heavy_quotes_wait_for_approval_and_rejected_ones_never_show() -> None:
    light = QuoteCandidate("Kim listens to me", True, "q", answer_id=1, child_id=1)
    heavy = QuoteCandidate("Mrs Patel at Oakfield Primary School", True, "q", answer_id=2)
    picked = pick_quotes([light, heavy], respondents=10, names=["Kim"])
    assert [(q.text, q.held) for q in picked] == [
        ("[name] listens to me", False),
        ("[name] at [school]", True),
    ]
    assert choose_quotes([light, heavy], respondents=10, names=["Kim"]) == [
        ("q", "[name] listens to me")
    ]
    approved = pick_quotes(
        [light, heavy], respondents=10, names=[], decisions={(2, "[name] at [school]"): APPROVED}
    )
    assert [(q.text, q.held) for q in approved] == [
        ("[name] listens to me", False),
        ("[name] at [school]", False),
    ]
    # An approval is of the exact words: another redaction of the answer is read again.
    stale = pick_quotes(
        [heavy], respondents=10, names=[], decisions={(2, "[name] at Oakfield"): APPROVED}
    )
    assert [q.held for q in stale] == [True]
    rejected = pick_quotes(
        [heavy], respondents=10, names=[], decisions={(2, "[name] at [school]"): REJECTED}
    )
    assert rejected == []


def test_every_template_changes_and_the_list_is_not_one_kind_of_identifier() -> None:
    # The planted quotes cover names in and out of the lists, lower case, schools, streets,
    # institutions, towns and ages; a redactor that only knew lists would leak most of them.
    lists_only = [q for q, words in QUOTES if any(w in UNLISTED for w in words)]
    assert len(lists_only) >= 30
    kinds = set(itertools.chain.from_iterable(re.findall(r"\{(\w+)\}", t) for t in TEMPLATES))
    assert {"unlisted", "lname", "school", "lschool", "street", "town", "age", "home"} <= kinds
