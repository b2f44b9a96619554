"""Commands for a child's rights and the file's safe keeping: export, erase, purge, backup."""

from __future__ import annotations

import json
from pathlib import Path

import click

from bot.cli.common import (
    ACTOR,
    check_output,
    council_settings,
    db_path,
    force_option,
    run_async,
    utc_now,
    with_db,
    write_private,
)
from bot.config import DB_ENV
from storage import audit as audit_log
from storage import backup as backups
from storage import children, keycheck, rights
from storage.crypto import Cipher, key_path, load_cipher
from storage.db import Database, StorageError, latest_version
from storage.errors import HearmeError
from storage.postgres import is_postgres_url, redacted


@click.group("child")
def child_group() -> None:
    """A child's rights: see everything held about them, or erase it."""


@child_group.command("export")
@click.argument("child_ref")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder for CHILD_REF.json and CHILD_REF.html.",
)
@force_option
def export_command(child_ref: str, out_dir: Path, force: bool) -> None:
    """Write everything held about a child as JSON and a readable HTML page."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in child_ref)
    json_path, html_path = out_dir / f"{safe}.json", out_dir / f"{safe}.html"
    for path in (json_path, html_path):
        check_output(path, force=force)

    async def work(db: Database) -> tuple[Path, Path]:
        child_id = await rights.child_id_for_ref(db.reader, child_ref, db.cipher)
        now = utc_now()
        async with db.transaction() as conn:
            data = await rights.export_child(conn, db.cipher, child_id)
            await audit_log.record(
                conn, at=now, actor=ACTOR, action="child.export", child_id=child_id
            )
        out_dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
        write_private(json_path, text.encode("utf-8"), force=force)
        page = rights.export_page(data, made_at=now)
        write_private(html_path, page.encode("utf-8"), force=force)
        return json_path, html_path

    run_async(with_db(work, need_key=True))
    click.echo(
        f"Wrote {json_path} and {html_path}. They hold the child's own words: keep them safe."
    )


@child_group.command("unbind")
@click.argument("child_ref")
def unbind_command(child_ref: str) -> None:
    """Stop every chat speaking for a child: a lost phone, a carer who has moved on.

    Each chat is unbound at once (it can no longer answer or see anything) and the running bot
    tells it that it is no longer linked, without naming the child. `hearme invite` makes a
    link for the chat that should speak for them now.
    """
    from bot.channels.telegram import chat_retirement

    async def work(db: Database) -> list[int]:
        now = utc_now()
        async with db.transaction() as conn:
            child = await children.get_child_by_ref(conn, child_ref)
            if child is None or child.status == "erased":
                raise click.ClickException(f"no child with reference {child_ref!r}")
            retired = await chat_retirement.retire_chats(
                conn,
                child_id=child.id,
                language=child.language,
                reason=chat_retirement.UNBOUND,
                actor=ACTOR,
                now=now,
            )
            await audit_log.record(
                conn,
                at=now,
                actor=ACTOR,
                action="child.unbind",
                child_id=child.id,
                detail={"chats": len(retired)},
            )
        return retired

    retired = run_async(with_db(work, need_key=False))
    if not retired:
        click.echo(f"No chat speaks for {child_ref}: nothing to unbind.")
        return
    click.echo(
        f"Unbound {len(retired)} chat(s) from {child_ref}. The running bot tells each that it is "
        f"no longer linked. Make a new link with `hearme invite {child_ref}`."
    )


@child_group.command("erase")
@click.argument("child_ref")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def erase_command(child_ref: str, yes: bool) -> None:
    """Erase a child: only their reviews' dates, age bands and codes stay, for the figures.

    Kept, on a record with no name, reference, date of birth or IRO: each review's date, age
    band, participation code, mode, and whether it was held, chaired by the child and whether
    the IRO spoke with them beforehand. The audit log keeps its lines (they hold no words).
    Everything else goes, and a later import of the same reference is refused.
    """
    if not yes:
        click.confirm(
            f"Erase {child_ref}'s name, date of birth, chats, alerts and every answer they gave? "
            "Only review dates, age bands and participation codes are kept. This cannot be undone",
            abort=True,
        )

    async def work(db: Database) -> rights.Erasure:
        child_id = await rights.child_id_for_ref(db.reader, child_ref, db.cipher)
        async with db.transaction() as conn:
            erasure = await rights.erase_child(
                conn, db.cipher, child_id, now=utc_now(), actor=ACTOR
            )
        await db.compact()
        return erasure

    erasure = run_async(with_db(work, need_key=True))
    click.echo(f"Erased {child_ref}. It is now {erasure.stub_ref} in the figures.")
    click.echo(
        "Removed: name, preferred name, date of birth, date looked after, IRO, language, "
        "preferred words;"
    )
    for label, count in erasure.removed:
        click.echo(f"  {count} {label}")
    click.echo(
        f"Kept: {erasure.reviews_kept} review(s) (date, age band, participation code, mode, "
        "held, chaired, IRO spoke beforehand) and "
        f"{erasure.audit_lines_kept} audit line(s), which hold no words."
    )


@click.command("purge")
@click.option(
    "--older-than",
    "days",
    type=click.IntRange(min=0),
    required=True,
    metavar="DAYS",
    help="Only runs completed more than DAYS days ago.",
)
def purge_command(days: int) -> None:
    """Remove the written words of runs that are done with: sent and delivered, or never sent.

    A completed My Review run counts once its views page was written for the child's own IRO
    (`hearme views --out --for`, or `/views`); a Tell Us More or After my review run once a
    satisfaction or feedback report covering it was written. A run that closed unanswered or
    was declined counts from when it closed: its words were never sent and never will be.
    Choices and times stay for the figures.
    """

    async def work(db: Database) -> int:
        async with db.transaction() as conn:
            count = await rights.purge_words(conn, older_than_days=days, now=utc_now(), actor=ACTOR)
        if count:
            await db.compact()
        return count

    count = run_async(with_db(work, need_key=False))
    click.echo(
        f"Purged the words of {count} run(s) older than {days} days "
        "(completed and exported, or closed unsent)."
    )


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def backup_command(file: Path) -> None:
    """Copy the database to FILE, safely, even while the bot is running."""
    check_output(file, force=False, forceable=False)
    if is_postgres_url(council_settings().db):
        raise click.ClickException(_on_postgres(f"pg_dump --format=custom --file={file} '{{url}}'"))
    source = db_path()
    try:
        info = backups.backup(source, file)
    except StorageError as error:
        raise click.ClickException(str(error)) from error
    click.echo(
        f"Backed up {source} to {info.path} ({info.size_bytes:,} bytes, "
        f"schema {info.schema_version}, integrity ok). Children's words in it are encrypted: "
        "keep the key file apart."
    )


@click.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Replace the existing database.")
def restore_command(file: Path, yes: bool) -> None:
    """Replace the database with the backup FILE (stop the bot first).

    A backup still holds children erased after it was taken. Their erasure is not undone: the
    erased list of the database being replaced is copied into the restored one, and every child
    on it is erased again at once (this needs HEARME_DATA_KEY); their references are printed.
    """
    if is_postgres_url(council_settings().db):
        raise click.ClickException(
            _on_postgres(f"pg_restore --clean --if-exists --dbname='{{url}}' {file}")
            + " Then run `hearme init`, and erase again every child erased after the dump "
            "was taken (`hearme child erase`): a dump still holds them."
        )
    target = db_path()
    try:
        erased = backups.erased_list(target)
        # Read the key before anything is replaced: without it the erasures could not be redone.
        cipher = load_cipher(key_path()) if erased else None
        if cipher is not None:
            # A wrong key would restore the file and then fail to erase anyone again.
            backups.inspect(file)
            for database in (target, file):
                run_async(keycheck.verify_file(database, cipher))
        info = backups.restore(file, target, overwrite=yes)
    except HearmeError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Restored {target} from {file} (schema {info.schema_version}, integrity ok).")
    if cipher is not None:
        again = run_async(_erase_again(target, cipher, erased))
        click.echo(
            f"Copied the erased list ({len(erased)} reference(s)) into the restored database."
        )
        if again:
            click.echo(f"Erased again, as they were erased after the backup: {', '.join(again)}.")
    elif info.schema_version < latest_version():
        click.echo("It is from an older hearme: run `hearme init` to upgrade it.")


async def _erase_again(target: Path, cipher: Cipher, erased: dict[str, str]) -> list[str]:
    db = await Database.open(target, cipher=cipher)
    try:
        async with db.transaction() as conn:
            again = await rights.reapply_erasures(conn, cipher, erased, now=utc_now(), actor=ACTOR)
        await db.compact()
        return again
    finally:
        await db.close()


def _on_postgres(command: str) -> str:
    url = redacted(council_settings().db)
    return (
        f"{DB_ENV} is the PostgreSQL database {url}: use PostgreSQL's own tools, which copy it "
        f"safely while hearme runs, e.g. `{command.format(url=url)}`. `hearme backup` and "
        "`hearme restore` copy SQLite files only. Children's words stay encrypted in a dump: "
        "keep the key file apart from it."
    )


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    for command in (child_group, purge_command, backup_command, restore_command):
        group.add_command(command)
