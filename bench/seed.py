"""Filling a hearme database fast, straight into the schema, for the benchmarks.

The schema comes from hearme's own migrations (:meth:`storage.db.Database.open`); the rows are
then written with ``executemany`` in one transaction per table, which is how a national-size
file is made in seconds rather than hours. Nothing here is hearme logic to be measured: it only
sets the stage. Names are made up; there are no real children in a benchmark.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from storage.crypto import create_key_file, load_cipher
from storage.db import Database
from surveys.bands import age_on
from surveys.catalogue import definition_hash, load_definitions

STAMP = "2026-01-01T00:00:00+00:00"
FIRST_NAMES = ("Sam", "Alex", "Jo", "Kai", "Ria", "Tom", "Maya", "Leo", "Ava", "Zac", "Ella")


@dataclass(frozen=True)
class Child:
    """A made-up child as written to ``children``."""

    id: int
    ref: str
    date_of_birth: date


async def create_database(path: Path, key_path: Path) -> None:
    """A new, fully migrated hearme database and its data key."""
    create_key_file(key_path)
    db = await Database.open(path, cipher=load_cipher(key_path))
    await db.close()


def create_database_now(path: Path, key_path: Path) -> None:
    """:func:`create_database` outside an event loop."""
    asyncio.run(create_database(path, key_path))


def connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection for bulk writes, one transaction per table.

    Only for setting the stage: the generated rows are consistent by construction, so foreign
    keys are not re-checked row by row, and a crash mid-generation would simply mean starting
    again, so commits need not reach the disk before the next one starts.
    """
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    return conn


def birth_date_for_age(age: int, on: date, rng: random.Random) -> date:
    """A date of birth that makes a child ``age`` full years old on ``on``."""
    latest = date(on.year - age, on.month, min(on.day, 28))
    return latest - timedelta(days=rng.randrange(0, 364))


def add_staff(conn: sqlite3.Connection, count: int, *, role: str = "iro") -> list[int]:
    """``count`` members of staff with one role; returns their ids."""
    start = _next_id(conn, "staff")
    rows = [
        (start + i, f"{role.upper()}{start + i:05d}", f"Staff {start + i}", role, STAMP, STAMP)
        for i in range(count)
    ]
    conn.executemany(
        "INSERT INTO staff (id, staff_ref, name, role, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.commit()
    return [row[0] for row in rows]


def add_children(
    conn: sqlite3.Connection,
    count: int,
    *,
    ages: Sequence[int],
    on: date,
    iro_ids: Sequence[int],
    rng: random.Random,
) -> list[Child]:
    """``count`` children whose ages on ``on`` are drawn from ``ages``."""
    start = _next_id(conn, "children")
    made = [
        Child(start + i, f"C{start + i:07d}", birth_date_for_age(rng.choice(ages), on, rng))
        for i in range(count)
    ]
    conn.executemany(
        "INSERT INTO children (id, child_ref, first_name, date_of_birth, iro_id, language, "
        "preferred_words, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'en', '{}', ?, ?)",
        [
            (
                c.id,
                c.ref,
                FIRST_NAMES[c.id % len(FIRST_NAMES)],
                c.date_of_birth.isoformat(),
                iro_ids[c.id % len(iro_ids)] if iro_ids else None,
                STAMP,
                STAMP,
            )
            for c in made
        ],
    )
    conn.commit()
    return made


def enrol(
    conn: sqlite3.Connection, children: Iterable[Child], *, first_chat: int, on: date
) -> dict[int, int]:
    """Bind one Telegram chat to each child (assisted under 16); returns child id → chat id."""
    chats: dict[int, int] = {}
    rows = []
    for offset, child in enumerate(children):
        chat_id = first_chat + offset
        chats[child.id] = chat_id
        mode = "self" if age_on(child.date_of_birth, on) >= 16 else "assisted"
        rows.append((chat_id, child.id, mode, STAMP))
    conn.executemany(
        "INSERT INTO chats (chat_id, child_id, mode, stopped, bound_at) VALUES (?, ?, ?, 0, ?)",
        rows,
    )
    conn.commit()
    return chats


def add_survey_versions(conn: sqlite3.Connection) -> dict[str, str]:
    """The shipped surveys as pinned versions; returns definition id → hash."""
    hashes: dict[str, str] = {}
    for definition in load_definitions().values():
        survey_hash = definition_hash(definition)
        hashes[definition.id] = survey_hash
        conn.execute(
            "INSERT OR IGNORE INTO survey_versions (hash, definition_id, version, body, "
            "created_at) VALUES (?, ?, ?, ?, ?)",
            (survey_hash, definition.id, definition.version, definition.model_dump_json(), STAMP),
        )
    conn.commit()
    return hashes


def saturday_morning() -> datetime:
    """A Saturday late morning in London: outside quiet hours and school hours for every age."""
    return datetime(2026, 3, 14, 11, 0, tzinfo=UTC)


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    row = conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()
    return int(row[0])
