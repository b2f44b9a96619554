"""``hearme demo``: a fictional council's year through the real bot, in a minute or two.

1. A fresh database and key in the output folder (``HEARME_DB`` is never touched).
2. The council (:mod:`hearme_dev.demo.council`) written as CSV and imported by ``storage.imports``,
   the code behind ``hearme import``.
3. The real bot against the loopback Bot API; staff and children enrol from invites (16+ in
   their own chat, younger children through an adult's assisted invite).
4. Day by day on an injected clock, jumping over days on which nothing can happen
   (:mod:`hearme_dev.demo.days`): the scheduler's tick at five in the afternoon (offers, reminders,
   closings, the IROs' participation prompts), then the children and staff the bot wrote to
   act, many at once. One child blocks the bot, one writes a disclosure that their IRO
   acknowledges. The play runs past March until the two children whose views are printed
   have had My Review for their next meeting (:mod:`hearme_dev.demo.showcase`): the first
   answers it, the second stops part-way (a stopped return); IROs add a "you said / we did"
   note when they record how a child who sent their views took part.
5. Reports, views, a transcript and ``answers-log.json`` (what each simulated person did).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from bot.outbox import planning
from bot.services import Services
from bot.settings import Settings
from hearme_dev.demo import council as fictional
from hearme_dev.demo import days, outputs, script, showcase
from hearme_dev.demo.council_import import coded_outside, import_council, own_words
from hearme_dev.demo.harness import DemoClock, Stage, gather_all
from hearme_dev.demo.players import ChildPlayer, StaffPlayer
from hearme_dev.demo.results import DemoResult as DemoResult
from hearme_dev.demo.results import write_results
from reports.periods import year_start as april_first
from storage import children, invites, staff
from storage.crypto import create_key_file, load_cipher
from storage.db import Database
from surveys.bands import age_on
from surveys.catalogue import load_definitions

log = logging.getLogger(__name__)

CAMPAIGN_AFTER = timedelta(days=190)  # Tell Us More goes out in early October
CAMPAIGN_AGES = (8, 25)
CAMPAIGN_DAYS = 14
BLOCK_AFTER = timedelta(days=120)
PLAY_ON = timedelta(days=14)  # at least this far into the next year
TICK_AT, CHILDREN_AT, STAFF_AT = time(17, 0), time(17, 5), time(17, 20)
CHILD_CHATS, STAFF_CHATS = 100_000, 900_000
SELF_ENROL_AGE = 16
SWITCH_INTERVAL = 0.0001

Say = Callable[[str], None]
Progress = Callable[[int], None]


def default_year(today: date) -> date:
    """The last complete April–March year before ``today``: the one the demo plays."""
    return date(april_first(today).year - 1, 4, 1)


def days_to_play(today: date, *, seed: int, children_count: int) -> int:
    """How many days :func:`run_demo` plays for ``today`` (for a progress bar)."""
    council = fictional.generate(seed, children=children_count, year_start=default_year(today))
    return (_showcase(council, Settings()).until - council.year_start).days + 1


def _showcase(council: fictional.Council, settings: Settings) -> showcase.Showcase:
    """The two children whose views are printed, and how long the demo plays to get them."""
    at_least = council.year_end + PLAY_ON
    older = [
        c
        for c in council.children
        if _consulted(council, c, at_least) and age_on(c.date_of_birth, council.year_start) >= 8
    ]
    return showcase.choose(council, older, settings, at_least=at_least)


def _consulted(council: fictional.Council, child: fictional.Child, until: date) -> bool:
    """Whether the child is 4 or over at any review from the played year on."""
    return any(
        age_on(child.date_of_birth, r.review_date) >= 4
        for r in council.reviews_of(child.child_ref)
        if council.year_start <= r.review_date <= until
    )


def _pick(found: list[fictional.Child], taken: set[str]) -> fictional.Child:
    chosen = next(child for child in found if child.child_ref not in taken)
    taken.add(chosen.child_ref)
    return chosen


async def run_demo(
    out: Path,
    *,
    seed: int,
    children_count: int,
    today: date,
    say: Say,
    progress: Progress,
) -> DemoResult:
    """Play the demo into ``out`` (created; a previous demo there is replaced).

    Args:
        out: the output folder.
        seed: the council and everyone's behaviour follow from it.
        children_count: how many fictional children.
        today: the real day; the demo plays the last complete April–March year before it.
        say: where step lines go.
        progress: called with the number of days played since the last call.
    """
    # The bot's work happens on one thread and SQLite's on another: hand over often, or each
    # database call waits out Python's default 5 ms switch interval.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        return await _run(
            out, seed=seed, children_count=children_count, today=today, say=say, progress=progress
        )
    finally:
        sys.setswitchinterval(switch)


async def _run(
    out: Path, *, seed: int, children_count: int, today: date, say: Say, progress: Progress
) -> DemoResult:
    year = default_year(today)
    council = fictional.generate(seed, children=children_count, year_start=year)
    picks = _showcase(council, Settings())
    until = picks.until
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    # A previous demo's files go: a fresh database and key, and no stale views or transcripts.
    for pattern in ("data/hearme-demo.*", "views-*.html", "transcript-*.*"):
        for old in out.glob(pattern):
            old.unlink()
    files = fictional.write_csvs(council, out / "council")
    key = data / "hearme-demo.key"
    create_key_file(key)
    db = await Database.open(data / "hearme-demo.db", cipher=load_cipher(key))
    try:
        settings = Settings()
        clock = DemoClock(fictional_start(year, settings), settings.zone)
        say(f"Importing the council: {len(council.children)} children, {len(council.staff)} staff,")
        say(f"  {len(council.reviews)} reviews ({files.reviews.parent}).")
        await import_council(db, files, year)
        await own_words(db, council, clock)
        services = Services(db=db, definitions=load_definitions(), settings=settings, clock=clock)
        stage = Stage(services)
        await stage.start()
        try:
            cast = await _enrol(stage, council, seed, picks)
            say(f"Enrolled {len(cast.children)} children and {len(cast.staff)} staff from invites.")
            say(f"Playing {year.isoformat()} to {until.isoformat()} on the demo clock...")
            await _play(stage, council, cast, until, progress)
            outside = await coded_outside(db, council, seed, files.reviews.parent)
            say(f"Imported {len(outside)} codes IROs recorded outside hearme this year.")
            say("Writing the reports, views and transcript...")
            return await write_results(out, db, council, cast, seed, until, outside)
        finally:
            await stage.stop()
    finally:
        await db.close()


def fictional_start(year: date, settings: Settings) -> datetime:
    """Ten in the morning on 1 April of the played year, when the invites go out."""
    return datetime.combine(year, time(10, 0), tzinfo=settings.zone)


@dataclass
class Cast:
    """Everyone in the demo's chats, and who plays the special parts."""

    children: list[ChildPlayer]
    staff: list[StaffPlayer]
    sent_views: dict[tuple[str, date], bool]
    showcase: ChildPlayer
    second_views: ChildPlayer
    discloser: ChildPlayer
    blocker: ChildPlayer
    assisted_six: ChildPlayer
    modes: dict[str, str]


async def _enrol(
    stage: Stage, council: fictional.Council, seed: int, picks: showcase.Showcase
) -> Cast:
    services = stage.services
    now = services.clock()
    on = now.date()
    sent_views: dict[tuple[str, date], bool] = {}
    staff_players: list[StaffPlayer] = []
    child_players: list[tuple[ChildPlayer, str]] = []
    modes: dict[str, str] = {}
    for number, member in enumerate(council.staff, start=1):
        async with services.db.transaction() as conn:
            found = await staff.get_staff_by_ref(conn, member.staff_ref)
            assert found is not None
            code = await invites.create_invite(
                conn, kind="staff", staff_id=found.id, now=now, days=services.settings.invite_days
            )
        player = StaffPlayer(stage, seed, member, STAFF_CHATS + number, sent_views)
        await stage.send_text(player.chat_id, f"/start {code}")
        staff_players.append(player)
    consulted = [c for c in council.children if _consulted(council, c, picks.until)]
    older = [c for c in consulted if age_on(c.date_of_birth, on) >= SELF_ENROL_AGE]
    taken: set[str] = set()
    showcase_ref = _pick([picks.followed], taken).child_ref
    views_ref = _pick([picks.second], taken).child_ref
    discloser_ref = _pick(older, taken).child_ref
    blocker_ref = _pick(older, taken).child_ref
    six_ref = _pick([c for c in consulted if age_on(c.date_of_birth, on) == 6], taken).child_ref
    enrolling = [
        c for c in consulted if c.child_ref in taken or script.opens_invite(seed, c.child_ref)
    ]
    for number, child in enumerate(enrolling, start=1):
        async with services.db.transaction() as conn:
            found_child = await children.get_child_by_ref(conn, child.child_ref)
            assert found_child is not None
            own = age_on(child.date_of_birth, on) >= SELF_ENROL_AGE
            modes[child.child_ref] = "child" if own else "assisted"
            code = await invites.create_invite(
                conn,
                kind="child" if own else "assisted",
                child_id=found_child.id,
                now=now,
                days=services.settings.invite_days,
            )
        transcript = None
        if child.child_ref == showcase_ref:
            name = child.preferred_name or child.first_name
            transcript = outputs.Transcript(f"A year in {name}'s chat")
        child_player = ChildPlayer(
            stage,
            seed,
            child,
            found_child.id,
            CHILD_CHATS + number,
            disclose=child.child_ref == discloser_ref,
            always_answers=child.child_ref in (showcase_ref, views_ref),
            stops_for_review=showcase.next_review(
                council, views_ref, council.year_end + PLAY_ON
            )
            if child.child_ref == views_ref
            else None,
            transcript=transcript,
        )
        child_players.append((child_player, code))
    await gather_all([p.type(f"/start {code}") for p, code in child_players])
    players = [p for p, _ in child_players]
    by_ref = {p.child.child_ref: p for p in players}
    return Cast(
        players,
        staff_players,
        sent_views,
        by_ref[showcase_ref],
        by_ref[views_ref],
        by_ref[discloser_ref],
        by_ref[blocker_ref],
        by_ref[six_ref],
        modes,
    )


async def _play(
    stage: Stage, council: fictional.Council, cast: Cast, until: date, progress: Progress
) -> None:
    clock = stage.services.clock
    assert isinstance(clock, DemoClock)
    follow = cast.showcase
    ours = [council.year_start + CAMPAIGN_AFTER, council.year_start + BLOCK_AFTER]
    reviews = days.review_days(council, stage.services.settings)
    day = council.year_start
    while day <= until:
        clock.set_local(day, TICK_AT)
        if day == council.year_start + CAMPAIGN_AFTER:
            await planning.start_campaign(
                stage.services, "tell_us_more", ages=CAMPAIGN_AGES, close_days=CAMPAIGN_DAYS
            )
        if day == council.year_start + BLOCK_AFTER:
            stage.blocked.add(cast.blocker.chat_id)
        await stage.tick()
        follow.catch_up()
        clock.set_local(day, CHILDREN_AT)
        await gather_all([p.session(day) for p in cast.children if p.wants_session(day)])
        follow.catch_up()
        for player in cast.children:
            for run in player.runs.values():
                if run.definition_id == "my_review" and run.review_date is not None:
                    key = (player.child.child_ref, run.review_date)
                    cast.sent_views[key] = run.completed_on is not None
        clock.set_local(day, STAFF_AT)
        await gather_all([member.session(day) for member in cast.staff if member.wants_session()])
        follow.catch_up()
        following = days.next_day(
            day,
            [
                await days.next_outbox_day(stage.services, clock()),
                next((d for d in reviews if d > day), None),
                *(d for d in ours if d > day),
                *(player.next_own_day(day) for player in cast.children),
                # Anything new waiting in someone's chat is looked at the next day.
                *(day for p in cast.children if p.wants_session(day)),
                *(day for member in cast.staff if member.wants_session()),
            ],
            last=until,
        )
        progress((following - day).days)
        day = following
