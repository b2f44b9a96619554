"""A small, valid survey definition that tests break one rule at a time."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml


def valid_survey() -> dict[str, Any]:
    """A two-band survey in English and Welsh that passes every check."""

    def question(qid: str, qtype: str, **more: Any) -> dict[str, Any]:
        return {"id": qid, "type": qtype, "text": {"en": f"{qid}?", "cy": f"{qid} cy?"}, **more}

    questions = [
        question("home", "face_scale", core="home"),
        question(
            "pets",
            "single_choice",
            options=[
                {"id": "cat", "label": {"en": "Cat", "cy": "Cath"}},
                {"id": "dog", "label": {"en": "Dog", "cy": "Ci"}, "requests": ["talk"]},
            ],
        ),
        question(
            "pets_more", "free_text", show_if={"question": "pets", "any_of": ["dog"]}, audience=True
        ),
    ]
    return {
        "id": "little_survey",
        "version": "1",
        "kind": "survey",
        "title": {"en": "Little", "cy": "Bach"},
        "min_age": 4,
        "languages": ["en", "cy"],
        "variants": [
            {
                "band": "4_7",
                "min_age": 4,
                "max_age": 7,
                "intro": {"en": "Hi {name}", "cy": "Helo {name}"},
                "privacy": {"en": "{iro} reads it", "cy": "Mae {iro} yn ei ddarllen"},
                "questions": copy.deepcopy(questions),
            },
            {
                "band": "8_plus",
                "min_age": 8,
                "intro": {"en": "Hi {name}", "cy": "Helo {name}"},
                "privacy": {"en": "{iro} reads it", "cy": "Mae {iro} yn ei ddarllen"},
                "questions": copy.deepcopy(questions),
            },
        ],
    }


def write(folder: Path, survey: dict[str, Any], name: str = "little.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(survey, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
