"""``hearme demo`` end to end, as a newcomer runs it: the real CLI in a subprocess.

The figures in the reports are checked against ``answers-log.json`` (what each simulated child
pressed or typed, and what each IRO recorded) and the council's CSV files, counted again here
from scratch, never through hearme's own code.
"""

from __future__ import annotations

import csv
import html
import itertools
import json
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

# Enough children that the satisfaction figures are not all suppressed as small counts, few
# enough for the demo to take well under a minute.
CHILDREN = 48
STATEMENTS = (
    "iro_does_what_they_say",
    "iro_helps_me_understand",
    "worker_explained_why",
    "involved_in_plans",
    "iro_spends_time_listens",
    "iro_helped_me_feel_safe",
    "able_to_talk_to_iro",
)
AGREEMENT = ("yes", "sometimes", "no", "dont_know")
TAKING_PART = ("PN1", "PN2", "PN3", "PN4", "PN5", "PN6")
EXTERNAL = re.compile(
    r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Demo:
    out: Path
    printed: str
    own_db: Path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    root = tmp_path_factory.mktemp("demo")
    out = root / "demo-output"
    own_db = root / "mine.db"
    env = {**os.environ, "HEARME_DB": str(own_db), "HEARME_DATA_KEY": str(root / "mine.key")}
    done = subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "demo", "--out", str(out),
         "--children", str(CHILDREN), "--seed", "11"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return Demo(out, done.stdout + done.stderr, own_db)


def _json(demo: Demo, name: str) -> Any:
    return json.loads((demo.out / name).read_text(encoding="utf-8"))


def _percent(part: int, whole: int) -> float:
    """Half-up to one decimal place, as published tables round."""
    return float((Fraction(part * 1000, whole) + Fraction(1, 2)).__floor__()) / 10


def _same(published: Any, counted: int | float) -> int:
    """Compare one published figure; "c" (suppressed) is allowed only for a small count or
    for a second cell hidden to protect one. Returns 1 when a figure was really compared."""
    if published == "c":
        return 0
    assert published == counted
    return 1


def test_writes_every_file_and_leaves_my_database_alone(demo: Demo) -> None:
    out = demo.out
    for kind in ("participation", "satisfaction", "feedback", "timeliness"):
        for fmt in ("html", "csv", "xlsx", "json"):
            assert (out / f"{kind}.{fmt}").stat().st_size > 200, f"{kind}.{fmt}"
    views = sorted(out.glob("views-*.html"))
    transcripts = sorted(out.glob("transcript-*"))
    assert len(views) == 2
    assert [p.suffix for p in transcripts] == [".html", ".txt"]
    assert (out / "data" / "hearme-demo.db").exists()
    assert not demo.own_db.exists()
    for path in out.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert "<html" in page.lower()
        assert not EXTERNAL.search(page), f"{path.name} asks for something outside the file"
    for path in out.glob("*.xlsx"):
        book = load_workbook(path, read_only=True)
        assert book.sheetnames
        rows = list(book[book.sheetnames[0]].iter_rows(values_only=True))
        assert len(rows) >= 2
        book.close()
    for path in out.glob("*.csv"):
        assert list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    for path in out.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    for label in ("participation.html", "answers-log.json", "views-"):
        assert label in demo.printed


def test_the_year_had_every_kind_of_child(demo: Demo) -> None:
    log = _json(demo, "answers-log.json")
    plans = Counter(run["plan"] for run in log["runs"])
    assert {"now", "later", "stop_resume", "never"} <= set(plans)
    assert {run["definition_id"] for run in log["runs"]} == {
        "my_review",
        "after_my_review",
        "tell_us_more",
    }
    moves = [move for run in log["runs"] for move in run["moves"]]
    assert any(move.get("pressed") == "_skip" for move in moves)
    assert any(move.get("pressed") == "_stop" for move in moves)
    roles = log["roles"]
    assert log["enrolled"][roles["assisted_six_year_old"]] == "assisted"
    assert log["enrolled"][roles["blocked"]] == "child"
    assert [entry["by"].startswith("IRO") for entry in log["acknowledged"]] == [True]
    assert log["participation"], "IROs recorded no participation through the bot"
    transcript = next(demo.out.glob("transcript-*.txt")).read_text(encoding="utf-8")
    assert "hearme:" in transcript and "child:" in transcript


def test_satisfaction_agrees_with_what_children_pressed(demo: Demo) -> None:
    log = _json(demo, "answers-log.json")
    start, end = log["year"]["from"], log["year"]["to"]
    done = [
        run
        for run in log["runs"]
        if run["definition_id"] == "tell_us_more"
        and run["completed_on"] is not None
        and start <= run["completed_on"] <= end
    ]
    assert done
    report = _json(demo, "satisfaction.json")
    published = {entry["id"]: entry for entry in report["statements"]}
    compared = _same(report["respondents"], len(done))
    for statement in STATEMENTS:
        chosen = [
            run["answers"][statement]["choices"][0]
            for run in done
            if run["answers"].get(statement, {}).get("kind") == "choice"
            and run["answers"][statement]["choices"][0] in AGREEMENT
        ]
        entry = published[statement]
        compared += _same(entry["n"], len(chosen))
        compared += _same(entry["positive"], chosen.count("yes"))
        if entry["percent_positive"] not in ("c", None):
            compared += _same(entry["percent_positive"], _percent(chosen.count("yes"), len(chosen)))
    assert compared >= 10, "almost every figure was suppressed: nothing was really checked"


def _born(demo: Demo) -> dict[str, date]:
    with (demo.out / "council" / "children.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {row["child_ref"]: date.fromisoformat(row["date_of_birth"]) for row in rows}


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _codes(demo: Demo, log: dict[str, Any]) -> dict[tuple[str, str], str]:
    """Every review's code: the council's history, PN0 for under-4s, then what IROs recorded
    through the bot and in the council's own system."""
    born = _born(demo)
    codes: dict[tuple[str, str], str] = {}
    with (demo.out / "council" / "reviews.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = (row["child_ref"], row["review_date"])
            held = date.fromisoformat(row["review_date"])
            if row["participation_code"]:
                codes[key] = row["participation_code"]
            elif _age(born[row["child_ref"]], held) < 4:
                codes[key] = "PN0"
    for entry in [*log["participation"], *log["coded_outside_hearme"]]:
        key = (entry["child_ref"], entry["review_date"])
        assert key not in codes, f"review {key} coded twice"
        codes[key] = entry["participation_code"] if "participation_code" in entry else entry["code"]
    return codes


def test_participation_agrees_with_the_council_files_and_the_iros(demo: Demo) -> None:
    log = _json(demo, "answers-log.json")
    codes = _codes(demo, log)
    report = _json(demo, "participation.json")
    assert report["years"][0]["from"] == log["history_from"]
    compared = 0
    for year in report["years"]:
        inside = Counter(
            code for (_, held), code in codes.items() if year["from"] <= held <= year["to"]
        )
        for code in (f"PN{n}" for n in range(8)):
            compared += _same(year["codes"][code], inside[code])
        aged4 = sum(inside[f"PN{n}"] for n in range(1, 8))
        took_part = sum(inside[code] for code in TAKING_PART)
        compared += _same(year["reviews_4_and_over"], aged4)
        if year["participation_rate"] not in ("c", None):
            compared += _same(year["participation_rate"], _percent(took_part, aged4))
    latest = report["years"][-1]
    assert latest["from"] == log["year"]["from"]
    assert report["participation_rate"] == latest["participation_rate"] != "c"
    assert compared >= 15


def test_feedback_red_amber_green_agrees_with_the_children(demo: Demo) -> None:
    log = _json(demo, "answers-log.json")
    start, end = log["year"]["from"], log["year"]["to"]
    chosen = Counter(
        run["answers"]["how_it_went"]["choices"][0]
        for run in log["runs"]
        if run["definition_id"] == "after_my_review"
        and run["completed_on"] is not None
        and start <= run["completed_on"] <= end
        and run["answers"].get("how_it_went", {}).get("kind") == "choice"
    )
    question = next(
        q for q in _json(demo, "feedback.json")["questions"] if q["id"] == "how_it_went"
    )
    compared = _same(question["n"], sum(chosen.values()))
    for option in ("red", "amber", "green"):
        compared += _same(question["counts"][option], chosen[option])
    assert compared >= 2


def test_nothing_a_child_typed_reaches_the_logs(demo: Demo) -> None:
    log = _json(demo, "answers-log.json")
    typed = {
        move["typed"]
        for run in log["runs"]
        for move in run["moves"]
        if "typed" in move and not move["typed"].startswith("/")
    }
    assert len(typed) >= 5
    logs = demo.printed + (demo.out / "hearme.log").read_text(encoding="utf-8")
    assert "alert raised" in logs  # the log is really written to
    for text in typed:
        assert text not in logs
    assert "123456:" not in logs  # nor the bot token


def _typed(run: dict[str, Any]) -> list[str]:
    return [m["typed"] for m in run["moves"] if "typed" in m and not m["typed"].startswith("/")]


def test_each_views_page_shows_what_that_child_typed_in_my_review(demo: Demo) -> None:
    log = _json(demo, "answers-log.json")
    pages = sorted(demo.out.glob("views-*.html"))
    refs = [page.stem.removeprefix("views-") for page in pages]
    assert log["roles"]["transcript"] in refs
    for ref, page in zip(refs, pages, strict=True):
        if ref == log["roles"]["stopped_views"]:
            continue  # stopped before any written question: see the test below
        shown = html.unescape(page.read_text(encoding="utf-8"))
        typed = {
            text
            for run in log["runs"]
            if run["child_ref"] == ref
            and run["definition_id"] == "my_review"
            and run["completed_on"] is not None
            for text in _typed(run)
        }
        assert any(text in shown for text in typed), f"{page.name} shows none of {typed}"


def test_views_show_an_assisted_child_a_stopped_return_and_what_was_done(demo: Demo) -> None:
    log = _json(demo, "answers-log.json")
    enrolled = log["enrolled"]
    stopped_ref = log["roles"]["stopped_views"]
    pages = {
        page.stem.removeprefix("views-"): html.unescape(page.read_text(encoding="utf-8"))
        for page in demo.out.glob("views-*.html")
    }
    helped = [ref for ref in pages if enrolled[ref] == "assisted"]
    assert helped, enrolled
    for ref in helped:
        assert "Answered on Telegram, with an adult helping" in pages[ref]
    # The stopped return: what the log says the child answered before pressing Stop.
    [run] = [
        r
        for r in log["runs"]
        if r["child_ref"] == stopped_ref
        and r["definition_id"] == "my_review"
        and r["stopped_on"] is not None
        and r["completed_on"] is None
        and r["review_date"] is not None
        and r["review_date"] > log["year"]["to"]
    ]
    answered = [q for q, a in run["answers"].items() if a["kind"] != "pending"]
    stopped = pages[stopped_ref]
    assert "Stopped part-way" in stopped
    assert f"pressed Stop after {len(answered)} questions" in stopped
    # "You said / we did": the IRO's note on the child's last review, as the IRO recorded it.
    for ref, page in pages.items():
        notes = [
            entry["we_did"]
            for entry in log["participation"]
            if entry["child_ref"] == ref and "we_did" in entry
        ]
        assert notes, ref
        latest = max(
            (e for e in log["participation"] if e["child_ref"] == ref and "we_did" in e),
            key=lambda e: e["review_date"],
        )
        assert f"We did: {latest['we_did']}" in re.sub(r"<[^>]+>", "", page)


_LINE = re.compile(r"^\[(\w{3} \d{2} \w{3} \d{4} \d{2}:\d{2})\] (hearme|child):$")


def _chat(demo: Demo) -> list[tuple[datetime, str, str]]:
    """The transcript as (when, who, what) from its text form."""
    lines = next(demo.out.glob("transcript-*.txt")).read_text(encoding="utf-8").splitlines()
    chat: list[tuple[datetime, str, str]] = []
    for line in lines:
        head = _LINE.match(line)
        if head:
            chat.append((datetime.strptime(head[1], "%a %d %b %Y %H:%M"), head[2], ""))
        elif chat and line.startswith("    "):
            when, who, text = chat[-1]
            chat[-1] = (when, who, f"{text}{line[4:]}\n")
    return chat


def test_the_transcript_reads_like_a_real_chat(demo: Demo) -> None:
    chat = _chat(demo)
    assert len(chat) > 30
    times = [when for when, _, _ in chat]
    assert times == sorted(times), "the chat goes back in time"
    # The child opens the invite and the bot answers at that same minute, once, with a hello.
    (opened, who, text), (answered, _, _) = chat[0], chat[1]
    assert who == "child" and text.startswith("/start ")
    assert answered == opened
    first_day = [text for when, who, text in chat if who == "hearme" and when == opened]
    assert sum("This chat is for" in text or text.startswith("Hi") for text in first_day) == 1
    # "Nothing to answer" is never followed by a question on the same day.
    for index, (when, who, text) in enumerate(chat):
        if who == "hearme" and text.startswith("Nothing to answer"):
            later = [w for w, h, t in chat[index + 1 :] if h == "hearme" and "(1/" in t]
            assert not later or later[0].date() > when.date()
    # Whatever the child types is answered at the same minute (a tap may only change buttons).
    for (when, who, text), (reply_at, reply_by, _) in itertools.pairwise(chat):
        if who == "child" and not text.startswith("["):
            assert reply_by == "hearme" and reply_at == when


def test_a_named_quote_is_held_and_timeliness_counts_every_review(demo: Demo) -> None:
    held = (demo.out / "quotes-held.txt").read_text(encoding="utf-8").splitlines()
    assert held[0].startswith("Quotes held for approval (hearme quotes review)")
    assert len(held) >= 2
    assert all(line.endswith("[name] at [school] helps me with my reading") for line in held[1:])
    # The children named a teacher, a school, a social worker and a brother: no report, in
    # any format, carries those names.
    for path in [*demo.out.glob("*.*")]:
        if path.suffix in (".html", ".csv", ".json", ".txt") and path.stem != "answers-log":
            if path.stem.startswith(("transcript-", "views-")):
                continue  # the child's own chat, and the IRO's copy of their words
            text = path.read_text(encoding="utf-8-sig")
            for name in ("Patel", "Oakfield", "Dave", "Jayden"):
                assert name not in text, f"{name} in {path.name}"
    # Every child came into care before their first review, so timeliness counts each coded
    # review the participation report counts.
    timely = _json(demo, "timeliness.json")
    coded = _json(demo, "participation.json")
    assert [y["reviews"] for y in timely["years"]] == [y["reviews"] for y in coded["years"]]
    assert "late_reviews" not in timely


async def test_the_staff_app_page_serves_the_demo_and_its_link_signs_the_iro_in(
    demo: Demo,
) -> None:
    # Follow staff-app.html as a newcomer would: its command, then its link in a browser.
    import asyncio
    import signal

    import aiohttp

    from hearme_dev.ports import free_port

    page = (demo.out / "staff-app.html").read_text(encoding="utf-8")
    command = re.search(r"<pre>(.*?)</pre>", page, re.DOTALL)
    found = re.search(r"<code>(http://\S+/staff/sign-in/link/([^<\s]+))</code>", page)
    assert command is not None and found is not None
    settings = dict(re.findall(r"(HEARME_[A-Z_]+)=(\S+)", html.unescape(command.group(1))))
    assert command.group(1).rstrip().endswith("hearme run")
    port = free_port()  # the page's own 8080 may be taken on this machine
    env = {**os.environ, **settings, "HEARME_WEB_PORT": str(port)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "from bot.cli import main; main()", "run",
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        line = await asyncio.wait_for(server.stdout.readline(), 60)
        assert line.startswith(b"Web page on"), line
        base = f"http://127.0.0.1:{port}"
        link = base + found.group(1).split("8080", 1)[1]
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as browser:
            async with browser.get(link) as response:
                button = await response.text()
            csrf = re.search(r'name="csrf" value="([^"]*)"', button)
            assert csrf is not None
            form = {"csrf": html.unescape(csrf.group(1)), "code": found.group(2)}
            async with browser.post(f"{base}/staff/sign-in/link", data=form) as response:
                caseload = await response.text()
                assert str(response.url) == f"{base}/staff/"
        iro = re.search(r"signed in as ([^(]+) \(iro\)", page)
        assert iro is not None
        assert "Your children" in caseload and f"Sign out {iro.group(1).strip()}" in caseload
    finally:
        server.send_signal(signal.SIGTERM)
        await asyncio.wait_for(server.communicate(), 120)
    assert server.returncode == 0
