"""Rows for report tests, inserted with plain SQL into a real database file."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import aiosqlite

from storage.crypto import Cipher
from storage.db import Database

NOW = "2026-01-10T09:00:00+00:00"

MY_REVIEW_BODY = {
    "id": "my_review",
    "version": "1",
    "kind": "consultation",
    "title": {"en": "My Review"},
    "min_age": 4,
    "variants": [
        {
            "band": "12_15",
            "min_age": 12,
            "max_age": 15,
            "intro": {"en": "Hi"},
            "privacy": {"en": "Your IRO reads this."},
            "questions": [
                {"id": "school", "type": "face_scale", "text": {"en": "How is school?"}},
                {
                    "id": "worries",
                    "type": "free_text",
                    "text": {"en": "What worries you?"},
                    "audience": True,
                },
                {
                    "id": "topics",
                    "type": "multiple_choice",
                    "text": {"en": "What do you want to talk about?"},
                    "options": [
                        {"id": "family_time", "label": {"en": "Family time"}},
                        {"id": "school", "label": {"en": "School"}},
                        {"id": "money", "label": {"en": "Money"}},
                    ],
                },
                {
                    "id": "come_to_meeting",
                    "type": "yes_no",
                    "text": {"en": "Do you want to come to your meeting?"},
                },
                {
                    "id": "chair",
                    "type": "yes_no",
                    "text": {"en": "Do you want to chair it?"},
                },
                {"id": "where_when", "type": "free_text", "text": {"en": "Where and when?"}},
                {
                    "id": "for_iro",
                    "type": "free_text",
                    "text": {"en": "Anything just for your IRO?"},
                },
            ],
        }
    ],
}


@dataclass
class Builder:
    """Inserts rows; remembers a cipher so text is stored as the app stores it."""

    db: Database
    cipher: Cipher
    key_hex: str
    ids: dict[str, int] = field(default_factory=dict)

    @property
    def conn(self) -> aiosqlite.Connection:
        return self.db._writer  # tests write directly; the app goes through transaction()

    async def sql(self, statement: str, params: tuple[object, ...] = ()) -> int:
        cursor = await self.conn.execute(statement, params)
        await self.conn.commit()
        return int(cursor.lastrowid or 0)

    async def staff(self, ref: str, name: str, role: str = "iro") -> int:
        return await self.sql(
            "INSERT INTO staff (staff_ref, name, role, created_at, updated_at) VALUES (?,?,?,?,?)",
            (ref, name, role, NOW, NOW),
        )

    async def child(
        self, ref: str, name: str = "Sam", iro: int | None = None, carer: str | None = None
    ) -> int:
        words = json.dumps({"carer": carer} if carer else {})
        return await self.sql(
            "INSERT INTO children (child_ref, first_name, date_of_birth, iro_id, preferred_words, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
            (ref, name, "2012-05-01", iro, words, NOW, NOW),
        )

    async def review(
        self,
        child_id: int,
        at: str,
        band: str,
        code: str | None,
        *,
        mode: str | None = None,
        held: bool = True,
        chaired: bool | None = None,
        spoke: bool | None = None,
        source: str = "import",
    ) -> int:
        return await self.sql(
            "INSERT INTO reviews (child_id, review_at, age_band, mode, participation_code, held, "
            "child_chaired, iro_spoke_beforehand, source) VALUES (?,?,?,?,?,?,?,?,?)",
            (child_id, at, band, mode, code, int(held), chaired, spoke, source),
        )

    async def survey(self, definition_id: str, body: dict[str, object] | None = None) -> str:
        digest = secrets.token_hex(8)
        await self.sql(
            "INSERT INTO survey_versions (hash, definition_id, version, body, created_at) "
            "VALUES (?,?,?,?,?)",
            (digest, definition_id, "1", json.dumps(body or {"id": definition_id}), NOW),
        )
        return digest

    async def run(
        self,
        child_id: int,
        survey_hash: str,
        definition_id: str,
        band: str,
        *,
        status: str = "completed",
        sent: str = "2025-05-01T10:00:00+00:00",
        completed: str | None = "2025-05-02T10:00:00+00:00",
        review_id: int | None = None,
        reminders: int = 0,
        reminded: str | None = None,
    ) -> int:
        return await self.sql(
            "INSERT INTO runs (child_id, survey_hash, definition_id, review_id, age_band, status, "
            "created_at, sent_at, completed_at, reminders, last_reminded_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                child_id,
                survey_hash,
                definition_id,
                review_id,
                band,
                status,
                sent,
                sent,
                completed if status == "completed" else None,
                reminders,
                reminded,
            ),
        )

    async def choice(
        self, run_id: int, question: str, *options: str, core: str | None = None
    ) -> None:
        await self.sql(
            "INSERT INTO answers (run_id, question_id, core_id, kind, choices, answered_at) "
            "VALUES (?,?,?,?,?,?)",
            (run_id, question, core, "choice", json.dumps(list(options)), NOW),
        )

    async def text(
        self, run_id: int, question: str, words: str, audience: str | None = "meeting"
    ) -> None:
        await self.sql(
            "INSERT INTO answers (run_id, question_id, kind, text, audience, answered_at) "
            "VALUES (?,?,?,?,?,?)",
            (run_id, question, "text", self.cipher.encrypt(words), audience, NOW),
        )

    async def voice(
        self, run_id: int, question: str, file_ref: str, audience: str | None = "meeting"
    ) -> None:
        await self.sql(
            "INSERT INTO answers (run_id, question_id, kind, text, audience, answered_at) "
            "VALUES (?,?,?,?,?,?)",
            (run_id, question, "voice", self.cipher.encrypt(file_ref), audience, NOW),
        )

    async def alert(
        self,
        child_id: int,
        run_id: int | None,
        excerpt: str,
        *,
        at: str = NOW,
        acknowledged: str | None = None,
        categories: tuple[str, ...] = ("self_harm",),
        about: int | None = None,
        from_answers: list[tuple[int, str]] | None = None,
        about_iro: bool = False,
    ) -> None:
        """An alert; ``about``: the member of staff it is about; ``from_answers``: the
        (run, question) its words came from (None: an alert from before those were kept);
        ``about_iro``: kept as about the child's IRO, as one raised without an IRO on record."""
        await self.sql(
            "INSERT INTO alerts (child_id, run_id, kind, categories, excerpt, source, created_at, "
            "acknowledged_at, about_staff_id, from_answers, about_iro) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                child_id,
                run_id,
                "concern",
                json.dumps(list(categories)),
                self.cipher.encrypt(excerpt),
                "answer",
                at,
                acknowledged,
                about,
                None if from_answers is None else json.dumps(from_answers),
                int(about_iro),
            ),
        )


async def open_builder(tmp_path: Path) -> Builder:
    """A fresh database file and key file in ``tmp_path``."""
    key_hex = secrets.token_hex(32)
    (tmp_path / "hearme.key").write_text(key_hex + "\n", encoding="ascii")
    cipher = Cipher(bytes.fromhex(key_hex))
    db = await Database.open(tmp_path / "hearme.db", cipher=cipher)
    return Builder(db, cipher, key_hex)


async def many_reviews(
    builder: Builder, rows: list[tuple[str, str, str | None, str | None, bool | None, bool | None]]
) -> None:
    """One new child per review: ``(review_at, band, code, mode, chaired, spoke)``."""
    conn = builder.conn
    start = len(builder.ids)
    for offset, (at, band, code, mode, chaired, spoke) in enumerate(rows):
        ref = f"R{start + offset}"
        cursor = await conn.execute(
            "INSERT INTO children (child_ref, first_name, created_at, updated_at) VALUES (?,?,?,?)",
            (ref, f"Kid{start + offset}", NOW, NOW),
        )
        builder.ids[ref] = int(cursor.lastrowid or 0)
        await conn.execute(
            "INSERT INTO reviews (child_id, review_at, age_band, mode, participation_code, held, "
            "child_chaired, iro_spoke_beforehand, source) VALUES (?,?,?,?,?,1,?,?,'import')",
            (builder.ids[ref], at, band, mode, code, chaired, spoke),
        )
    await conn.commit()


SCRIPT_QUOTE = "<script>alert('x')</script> my IRO is ok"


async def fill_surveys(b: Builder) -> dict[str, int]:
    """Twelve Tell Us More and twelve After my review returns in 2025-26 (Q1 and Q3)."""
    iro = await b.staff("IRO1", "Jo Bloggs")
    child = await b.child("TUM", "Alex", iro=iro, carer="Auntie Bev")
    tum = await b.survey("tell_us_more")
    amr = await b.survey("after_my_review")
    statement = ["yes"] * 5 + ["sometimes"] + ["yes"] * 4 + ["no", "dont_know"]
    rag = ["green"] * 4 + ["amber"] * 2 + ["green"] * 3 + ["amber"] + ["red"] * 2
    runs: dict[str, int] = {}
    for n in range(12):
        when = f"2025-05-{n + 1:02d}T12:00:00+00:00" if n < 6 else f"2025-11-{n:02d}T12:00:00+00:00"
        band = "12_15" if n % 2 else "16_plus"
        run = await b.run(child, tum, "tell_us_more", band, sent=when, completed=when)
        await b.choice(run, "iro_does_what_they_say", statement[n], core="iro_does_what_they_say")
        await b.choice(run, "able_to_talk_to_iro", "yes" if n < 10 else "no")
        await b.choice(run, "consent_to_quote", "yes" if n < 4 else "no")
        runs[f"tum{n}"] = run
        feedback = await b.run(child, amr, "after_my_review", band, sent=when, completed=when)
        await b.choice(feedback, "how_it_went", rag[n])
        await b.choice(feedback, "consent_to_quote", "yes")
        runs[f"amr{n}"] = feedback
    # The statement skipped by one more child: not in n.
    skipped = await b.run(
        child,
        tum,
        "tell_us_more",
        "12_15",
        sent="2025-06-01T09:00:00+00:00",
        completed="2025-06-01T09:00:00+00:00",
    )
    await b.sql(
        "INSERT INTO answers (run_id, question_id, core_id, kind, answered_at) "
        "VALUES (?, 'iro_does_what_they_say', 'iro_does_what_they_say', 'skipped', ?)",
        (skipped, NOW),
    )
    await b.text(runs["tum0"], "anything_else_about_iro", "Jo is kind, text me on 07700 900123")
    await b.text(runs["tum1"], "one_thing_to_change", SCRIPT_QUOTE)
    await b.text(
        runs["tum2"], "anything_else_about_iro", "only for my IRO please", audience="iro_only"
    )
    await b.text(runs["tum3"], "anything_else_about_iro", "he hurts me at home")
    await b.alert(child, runs["tum3"], "he hurts me at home")
    await b.text(runs["tum5"], "anything_else_about_iro", "no consent given here")
    await b.text(runs["amr0"], "next_time_better", "Ask Auntie Bev to come, she is at SW1A 1AA")
    return runs
