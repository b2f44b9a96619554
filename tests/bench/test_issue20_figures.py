"""The pieces behind issue 20's figures, at a tiny size, so they cannot rot: the baselines get
hearme's transport and concurrency, the storing bot stores every answer, hearme's statements per
action stay cut, Poisson arrivals arrive, the profile names functions without this machine's
paths, the national projection, and the national-scale file holds what it says."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from telegram.ext import SimpleUpdateProcessor

from bench import answers, apart, campaign, campaign_load, cpu_profile, memory_data, peak
from bench.baselines import StoringBot, bare_bot
from bench.loopback import ObservedApi
from bench.playing import Address, AnyApplication, Handled, serve
from bot.channels.telegram.http import AiohttpRequest
from bot.services import Services
from bot.settings import Settings
from storage.crypto import create_key_file, load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions


def test_both_baselines_get_hearmes_http_client_and_concurrency(tmp_path: Path) -> None:
    for application in (
        bare_bot("123:test", "http://127.0.0.1:9/bot"),
        StoringBot(tmp_path / "s.db").application("123:test", "http://127.0.0.1:9/bot"),
    ):
        assert isinstance(application.bot.request, AiohttpRequest)
        # The client fetching updates drops pressed messages' keyboards for both, as for hearme.
        fetching = application.bot._request[0]  # python-telegram-bot has no public name for it
        assert isinstance(fetching, AiohttpRequest) and fetching._for_updates
        processor = application.update_processor
        assert isinstance(processor, SimpleUpdateProcessor)
        assert processor.max_concurrent_updates == Settings().concurrent_chats


async def test_each_bot_is_served_by_a_stand_in_in_another_process() -> None:
    given: list[Address] = []

    def make(api: Address, handled: Handled) -> AnyApplication:
        given.append(api)
        return bare_bot(api.token, api.base_url)

    served = await apart.serve_apart(make, [10_000, 10_001, 10_002], 2)
    # The bot had an address only: no stand-in in its process, whose CPU time is its own.
    assert not isinstance(given[0], ObservedApi)
    assert given[0].base_url.startswith("http://127.0.0.1:")
    assert served.run.actions == 3 * (1 + 2)  # /start, then two answers each
    assert len(served.run.latencies) == served.run.actions
    assert served.run.api_calls == 3 + 2 * 3 * 2  # a reply each; a press is answered too
    assert served.run.cpu_seconds > 0 and served.stand_in_cpu_seconds > 0


async def test_the_storing_bot_stores_one_row_per_action_with_one_statement(
    tmp_path: Path,
) -> None:
    size = answers.Sizes(children=4, answers=12)
    measured = await answers.storing_pass(tmp_path, size)
    assert measured.run.actions == 4 * (1 + size.baseline_answers_per_child)
    assert measured.stored == measured.run.actions
    assert measured.statements == measured.run.actions  # one INSERT each, nothing else
    assert measured.run.api_calls > measured.run.actions  # a reply each, and button answers


async def test_hearme_stores_every_answer_in_fewer_statements_an_action(
    tmp_path: Path,
) -> None:
    # Before issue 20 this took 11 statements an action: the run and its state were read in
    # three statements (twice the state), the chat and the child in two.
    size = answers.Sizes(children=4, answers=24)
    measured = await answers.hearme_pass(tmp_path, size)
    assert measured.stored == 24
    # BEGIN and COMMIT count too, and savepoints when turns queue up to share a commit: how
    # many turns share one varies with timing, so the bound leaves room for that alone.
    assert measured.run.per_action(measured.statements) <= 9.0
    assert measured.run.per_action(measured.run.api_calls) <= 3.0


async def test_poisson_arrivals_come_at_the_rate_and_each_is_timed(tmp_path: Path) -> None:
    async with answers.hearme_bot(tmp_path, 12, name="peak") as bot:
        result = await serve(bot.make, peak.poisson(bot.chats, rate=20.0, seconds=2.0))
    # About 40 arrivals; a few may find every child waiting, none is handled twice.
    assert 20 <= result.actions <= 60, result.actions
    assert len(result.latencies) >= result.actions - 1
    assert all(0 < latency < 10 for latency in result.latencies)


async def test_the_profile_names_the_top_costs_without_this_machines_paths(
    tmp_path: Path,
) -> None:
    result, costs = await cpu_profile.profiled_pass(tmp_path, answers.Sizes(4, 8))
    assert len(costs) == cpu_profile.TOP
    assert [c.seconds for c in costs] == sorted((c.seconds for c in costs), reverse=True)
    for cost in costs:
        assert "epoll" not in cost.where
        assert not cost.where.startswith("/"), cost.where
    rows = cpu_profile.rows_for(result, costs)
    assert [row.figure for row in rows] == [f"profile: top cost {n}" for n in range(1, 6)]
    assert all(row.value > 0 and "calls/action" in row.note for row in rows)


async def test_the_campaign_under_load_is_counted_by_a_stand_in_in_another_process(
    tmp_path: Path,
) -> None:
    services = await campaign._stage(tmp_path, "load", 60)
    try:
        chats = await campaign_load._add_answering(services, 12)
        result = await campaign_load.together(services, chats, deadline=30.0)
    finally:
        await services.db.close()
    # Telegram's limits and the answering children ran in another process, which counted;
    # this process, the bot's, spent CPU time of its own too.
    assert result.stand_in_pid != os.getpid()
    assert result.stand_in_cpu_seconds > 0 and result.bot_cpu_seconds > 0
    assert result.offers == {"sent": 60}
    assert result.limits.refused == 0
    # One or two messages a child, all within the limits; the answering children's replies
    # count as accepted too. The first child arrives 0.12 s in (seed 20), before 108 or so
    # messages can have gone out at 300 a second.
    assert 0 < result.campaign_messages <= 120
    assert result.child_actions >= 1
    assert result.accepted >= result.campaign_messages
    assert len(result.latencies) >= 1
    rows = {row.figure: row for row in campaign_load.rows_for(result, 60)}
    assert rows["campaign: messages/s with children answering"].value == result.rate > 0
    assert "60 sent" in rows["campaign: messages/s with children answering"].note


async def test_the_campaign_under_load_says_it_needs_a_sqlite_file(
    tmp_path: Path, postgres_url: str
) -> None:
    # Its answering children are seeded straight into the SQLite file: on PostgreSQL it says
    # so, and seeds nothing anywhere.
    key = tmp_path / "hearme.key"
    create_key_file(key)
    db = await Database.open(postgres_url, cipher=load_cipher(key))
    try:
        services = Services(db=db, definitions=load_definitions(), settings=campaign.PACING)
        with pytest.raises(ValueError, match="on a SQLite file, not PostgreSQL"):
            await campaign_load._add_answering(services, 3)
        async with db.reader.execute("SELECT count(*) FROM children") as cur:
            assert await cur.fetchone() == (0,)
    finally:
        await db.close()
    assert list(tmp_path.iterdir()) == [key]


def test_the_national_projection_scales_the_measured_share_to_telegrams_rate() -> None:
    projected, ideal = campaign_load.national_hours(270.0)  # 0.9 of the 300/s allowed
    assert ideal == 84_000 * 1.8 / 30 / 3600
    assert projected == ideal / 0.9


def test_the_national_file_holds_reviews_runs_answers_and_a_full_outbox(tmp_path: Path) -> None:
    filled = memory_data.fill(tmp_path, 160)
    with sqlite3.connect(filled.db_path) as conn:

        def count(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        assert count("SELECT COUNT(*) FROM children") == 160
        assert count("SELECT COUNT(*) FROM chats") == 160
        assert count("SELECT COUNT(*) FROM reviews") == filled.reviews == 320
        assert count("SELECT COUNT(*) FROM runs WHERE status = 'completed'") == 160
        assert count("SELECT COUNT(*) FROM answers") == filled.answers >= 160 * 10
        assert count("SELECT COUNT(*) FROM outbox WHERE status = 'pending'") == 160
        caseload = count(f"SELECT COUNT(*) FROM children WHERE iro_id = {filled.iro_id}")
    assert caseload == memory_data.CASELOAD
