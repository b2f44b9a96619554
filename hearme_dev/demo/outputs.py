"""What ``hearme demo`` leaves in its output folder: reports, views, a transcript, the log.

Reports and views are made by the same calls ``hearme report`` and ``hearme views`` make
(``reports.collect`` then ``reports.render``); the transcript is one chat as the child saw it,
taken from the Bot API stand-in's record of what was sent and pressed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, StrictUndefined

from hearme_dev.sandbox import BotMessage
from reports import collect
from reports.render import FORMATS, render, render_views_html
from reports.views import CHILDS_IRO
from storage import held_quotes
from storage.db import Database

REPORT_KINDS = ("participation", "satisfaction", "feedback", "timeliness")


@dataclass(frozen=True)
class Line:
    """One line of a chat: who, when (demo time), what, and the buttons shown with it."""

    who: str
    at: datetime
    text: str
    buttons: tuple[str, ...] = ()


@dataclass
class Transcript:
    """One chat as it happened, written as the demo goes (only for the chat it follows)."""

    title: str
    lines: list[Line] = field(default_factory=list)
    seen: int = 0

    def catch_up(self, messages: list[BotMessage], at: datetime) -> None:
        """Add what the bot sent since last time, with the buttons as they were shown."""
        for message in messages[self.seen :]:
            labels = tuple(label for row in message.buttons for label, _ in row)
            self.lines.append(Line("hearme", at, message.text, labels))
        self.seen = len(messages)

    def child(self, at: datetime, text: str) -> None:
        self.lines.append(Line("child", at, text))


_PAGE = Environment(autoescape=True, undefined=StrictUndefined).from_string(
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{{ title }}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}
.line{margin:.6rem 0;padding:.6rem .8rem;border-radius:.8rem;white-space:pre-wrap}
.hearme{background:#eef3fb;margin-right:4rem}.child{background:#dff5e3;margin-left:4rem}
.when{font-size:.75rem;color:#555}.buttons span{display:inline-block;margin:.2rem;
padding:.15rem .5rem;border:1px solid #8aa;border-radius:.4rem;font-size:.85rem}
</style></head><body>
<h1>{{ title }}</h1>
<p>A fictional child in the demo council. Times are the demo's accelerated clock.</p>
{% for line in lines %}
<div class="line {{ line.who }}"><div class="when">{{ line.who }} · {{ when(line.at) }}</div>
{{ line.text }}{% if line.buttons %}<div class="buttons">
{% for b in line.buttons %}<span>{{ b }}</span>{% endfor %}</div>{% endif %}
</div>
{% endfor %}
</body></html>
"""
)


def _when(moment: datetime) -> str:
    return moment.strftime("%a %d %b %Y %H:%M")


def write_transcript(transcript: Transcript, folder: Path, stem: str) -> tuple[Path, Path]:
    """Write the chat as plain text and as a self-contained HTML page."""
    text_path, html_path = folder / f"{stem}.txt", folder / f"{stem}.html"
    parts = [transcript.title, "=" * len(transcript.title), ""]
    for line in transcript.lines:
        parts.append(f"[{_when(line.at)}] {line.who}:")
        parts.extend(f"    {row}" for row in line.text.splitlines() or [""])
        if line.buttons:
            parts.append("    " + " ".join(f"[{label}]" for label in line.buttons))
        parts.append("")
    text_path.write_text("\n".join(parts), encoding="utf-8")
    page = _PAGE.render(title=transcript.title, lines=transcript.lines, when=_when)
    html_path.write_text(page, encoding="utf-8")
    return text_path, html_path


async def write_reports(
    db: Database, folder: Path, *, history_start: date, year_start: date, year_end: date
) -> list[Path]:
    """The participation and timeliness (three years side by side), satisfaction and feedback
    reports, in every format, anonymised as they would leave the IRO service; and the quotes
    they held for approval, in ``quotes-held.txt``."""
    written = []
    to_hold = []
    for kind in REPORT_KINDS:
        if kind == "participation":
            doc = await collect.participation_document(db.reader, history_start, year_end)
        elif kind == "timeliness":
            doc = await collect.timeliness_document(db.reader, history_start, year_end)
        elif kind == "satisfaction":
            doc = await collect.satisfaction_document(db.reader, db.cipher, year_start, year_end)
        else:
            doc = await collect.feedback_document(db.reader, db.cipher, year_start, year_end)
        to_hold += collect.quotes_to_hold(doc)
        for fmt in FORMATS:
            path = folder / f"{kind}.{fmt}"
            path.write_bytes(render(doc, fmt))
            written.append(path)
    # As `hearme report` does: heavily redacted quotes wait for the participation officer.
    async with db.transaction() as conn:
        await held_quotes.hold(conn, db.cipher, to_hold, now=datetime.now(UTC))
    held = await held_quotes.listed(db.reader, db.cipher)
    path = folder / "quotes-held.txt"
    path.write_text(
        "Quotes held for approval (hearme quotes review), redacted words only:\n"
        + "".join(f"#{q.id} {q.question}: {q.text}\n" for q in held),
        encoding="utf-8",
    )
    return [*written, path]


async def write_views(db: Database, folder: Path, printed: list[tuple[str, date]]) -> list[Path]:
    """Pre-meeting views as the child's IRO prints them: for each ``(child_ref, day)``, the
    views for the child's next review as they stand on that day."""
    written = []
    for ref, day in printed:
        views = await collect.pre_meeting_views(db.reader, db.cipher, ref, day, viewer=CHILDS_IRO)
        if views is None:
            continue
        path = folder / f"views-{ref}.html"
        path.write_text(render_views_html(views, today=day), encoding="utf-8")
        written.append(path)
    return written


def write_json(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path
