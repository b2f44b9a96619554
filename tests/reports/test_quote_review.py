"""Heavily redacted quotes wait for a participation officer: `hearme quotes review`."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.reports.builders import fill_surveys, open_builder
from tests.reports.test_cli import hearme

WORDS = "Mrs Patel at Oakfield Primary School should visit me at 12 Elm Road"
REDACTED = "[name] at [school] should visit me at [address]"
PERIOD = ("--from", "2025-04-01", "--to", "2026-03-31")


@pytest.fixture
async def env(tmp_path: Path) -> dict[str, str]:
    b = await open_builder(tmp_path)
    runs = await fill_surveys(b)
    await b.text(runs["tum0"], "one_thing_to_change", WORDS)
    await b.db.close()
    return {
        **os.environ,
        "HEARME_DB": str(tmp_path / "hearme.db"),
        "HEARME_DATA_KEY": str(tmp_path / "hearme.key"),
    }


def _quotes(env: dict[str, str]) -> list[str]:
    done = hearme(env, "report", "satisfaction", *PERIOD, "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    return [q["text"] for q in json.loads(done.stdout)["quotes"]]


def _held(env: dict[str, str]) -> list[tuple[object, ...]]:
    with sqlite3.connect(env["HEARME_DB"]) as conn:
        return conn.execute("SELECT id, status, decided_by FROM held_quotes").fetchall()


def test_a_heavily_redacted_quote_waits_then_is_approved(env: dict[str, str]) -> None:
    assert REDACTED not in _quotes(env)
    assert _held(env) == [(1, "held", None)]  # the report held it
    page = hearme(env, "report", "satisfaction", *PERIOD)
    assert "1 quote waits for a participation officer to approve" in page.stdout.decode()

    listed = hearme(env, "quotes", "review", *PERIOD)
    assert listed.returncode == 0, listed.stderr.decode()
    out = listed.stdout.decode()
    assert "#1 Tell Us More – The one thing you would change" in out
    assert f"    {REDACTED}" in out
    for never in ("Patel", "Oakfield", "Elm", "12 "):
        assert never not in out

    approved = hearme(env, "quotes", "review", "approve", "1")
    assert approved.returncode == 0, approved.stderr.decode()
    assert _held(env) == [(1, "approved", "cli")]
    assert REDACTED in _quotes(env)
    assert "No quotes are waiting" in hearme(env, "quotes", "review", *PERIOD).stdout.decode()


def test_a_rejected_quote_never_shows_and_unknown_ids_are_refused(env: dict[str, str]) -> None:
    # `quotes review` finds the quote itself, before any report was written.
    assert "1 new quote(s) held" in hearme(env, "quotes", "review", *PERIOD).stdout.decode()
    rejected = hearme(env, "quotes", "review", "reject", "1")
    assert rejected.returncode == 0 and _held(env) == [(1, "rejected", "cli")]
    assert REDACTED not in _quotes(env)
    everything = hearme(env, "quotes", "review", "--all", *PERIOD).stdout.decode()
    assert "#1 [rejected]" in everything
    missing = hearme(env, "quotes", "review", "approve", "7")
    assert missing.returncode != 0
    assert "no held quote #7" in missing.stderr.decode()
