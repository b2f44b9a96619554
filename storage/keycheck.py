"""Is HEARME_DATA_KEY the key this database was written with?

A wrong key is not noticed by itself: new answers would be written under it (unreadable with the
right key later), and erased children's references, kept only as keyed fingerprints, would no
longer be recognised, so a routine import would bring them back. So the database keeps a check
value of its key (:meth:`storage.crypto.Cipher.check_value`, never the key) in
``data_key_check`` (migration 0006), and any other key is refused before anything is written.

A database from before the check value adopts the key it is opened with only when that key
reads the children's words already there; one with nothing to read it against but with erased
children is refused until a person confirms the key (``hearme init --adopt-key``).
"""

from __future__ import annotations

import hmac
from pathlib import Path

import aiosqlite

from storage import postgres
from storage.crypto import Cipher, DataKeyError

# The columns that hold AEAD ciphertext, as (table, column).
ENCRYPTED_COLUMNS = (
    ("runs", "state"),
    ("answers", "text"),
    ("answer_history", "text"),
    ("alerts", "excerpt"),
    ("web_sessions", "view"),
)
# Values tried per column at each end (oldest and newest): a database a wrong key already
# wrote to has good old values and bad new ones, or the other way round.
SAMPLE = 20
WHAT_TO_DO = (
    "set HEARME_DATA_KEY to the key file that `hearme init` created for this database "
    "(nothing was changed). A different key would write answers nobody can read later and "
    "would let children erased at their request be imported again"
)


class WrongKeyError(DataKeyError):
    """HEARME_DATA_KEY is not (or cannot be shown to be) this database's key."""


async def _tables(conn: aiosqlite.Connection) -> set[str]:
    async with conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'") as cursor:
        return {str(row[0]) for row in await cursor.fetchall()}


async def stored_check(conn: aiosqlite.Connection) -> str | None:
    """The database's key check value, or None when none is stored (or the table is missing)."""
    if "data_key_check" not in await _tables(conn):
        return None
    async with conn.execute("SELECT check_value FROM data_key_check WHERE id = 1") as cursor:
        row = await cursor.fetchone()
    return None if row is None else str(row[0])


async def _samples(conn: aiosqlite.Connection, tables: set[str]) -> list[bytes]:
    found: dict[tuple[str, int], bytes] = {}
    for table, column in ENCRYPTED_COLUMNS:
        if table not in tables:
            continue
        for order in ("ASC", "DESC"):
            async with conn.execute(
                f"SELECT rowid, {column} FROM {table} WHERE {column} IS NOT NULL "
                f"ORDER BY rowid {order} LIMIT ?",
                (SAMPLE,),
            ) as cursor:
                for row in await cursor.fetchall():
                    found[(table, int(row[0]))] = bytes(row[1])
    return list(found.values())


async def _has_erased(conn: aiosqlite.Connection, tables: set[str]) -> bool:
    if "erased_refs" not in tables:
        return False
    async with conn.execute("SELECT EXISTS (SELECT 1 FROM erased_refs)") as cursor:
        row = await cursor.fetchone()
    return bool(row and row[0])


async def verify(conn: aiosqlite.Connection, cipher: Cipher, *, trust: bool = False) -> None:
    """Refuse ``cipher`` unless it is this database's key. Reads only.

    With a stored check value the key must match it. Without one, every sampled encrypted value
    must decrypt; with none to try and children erased, the key cannot be shown to be right and
    is refused unless ``trust`` (a person confirmed it).

    Raises:
        WrongKeyError: the key is not this database's, or cannot be shown to be; the message
            says what to do.
    """
    stored = await stored_check(conn)
    if stored is not None:
        if not hmac.compare_digest(stored, cipher.check_value()):
            raise WrongKeyError(
                f"HEARME_DATA_KEY is not the key this database was written with: {WHAT_TO_DO}"
            )
        return
    tables = await _tables(conn)
    samples = await _samples(conn, tables)
    unreadable = 0
    for blob in samples:
        try:
            cipher.decrypt(blob)
        except DataKeyError:
            unreadable += 1
    if unreadable:
        raise WrongKeyError(
            f"HEARME_DATA_KEY cannot read {unreadable} of the {len(samples)} stored pieces of "
            f"children's words tried, so it is not the key this database was written with: "
            f"{WHAT_TO_DO}"
        )
    if not samples and not trust and await _has_erased(conn, tables):
        raise WrongKeyError(
            "this database holds no children's words to check HEARME_DATA_KEY against, but "
            "children have been erased, and only their key recognises them: set "
            "HEARME_DATA_KEY to the key file this database was used with, then run "
            "`hearme init --adopt-key` once to confirm it (nothing was changed)"
        )


async def verify_file(path: Path, cipher: Cipher, *, trust: bool = False) -> None:
    """:func:`verify` on a database file opened read-only (a backup, or a file about to be
    replaced), so checking it changes nothing in it.

    Raises:
        WrongKeyError: as :func:`verify`; the message names the file.
    """
    async with aiosqlite.connect(f"file:{path}?mode=ro", uri=True) as conn:
        try:
            await verify(conn, cipher, trust=trust)
        except WrongKeyError as error:
            raise WrongKeyError(f"{path}: {error}") from error


async def verify_target(target: Path | str, cipher: Cipher, *, trust: bool = False) -> None:
    """:func:`verify` on ``HEARME_DB`` as given (a file or a ``postgresql://`` URL), reading
    only: before a key is used for the first time, e.g. before its file is written.

    A file that does not exist yet takes any key, and is not created here.

    Raises:
        WrongKeyError: as :func:`verify`.
        StorageError: the PostgreSQL server cannot be reached.
    """
    if not postgres.is_postgres_url(target):
        if Path(target).exists():
            await verify_file(Path(target), cipher, trust=trust)
        return
    conn = await postgres.connect(str(target))
    try:
        await verify(conn, cipher, trust=trust)
    finally:
        await conn.close()


async def adopt(conn: aiosqlite.Connection, cipher: Cipher) -> bool:
    """Store ``cipher``'s check value if the database has none yet (call after :func:`verify`).

    Runs in its own transaction on a connection in autocommit mode. Returns True when stored.

    Raises:
        WrongKeyError: another process stored a different key's check value meanwhile.
    """
    if "data_key_check" not in await _tables(conn):
        return False  # an older schema: checked by its words until it is upgraded
    await conn.execute("BEGIN IMMEDIATE")
    try:
        cursor = await conn.execute(
            "INSERT INTO data_key_check (id, check_value) VALUES (1, ?) ON CONFLICT DO NOTHING",
            (cipher.check_value(),),
        )
        await conn.commit()
    except BaseException:
        await conn.rollback()
        raise
    await verify(conn, cipher)
    return cursor.rowcount == 1
