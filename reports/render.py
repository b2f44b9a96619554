"""Reports as files and messages: self-contained HTML, CSV, XLSX, JSON and short chat texts.

Children's words are untrusted input: HTML goes through jinja2 with autoescaping on, and
spreadsheet cells that a spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any, Literal

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from reports import ids
from reports.anonymise import Figure
from reports.charts import svg
from reports.document import Document
from reports.views import PreMeetingViews
from storage.sheets import defuse_formula

Format = Literal["html", "csv", "xlsx", "json"]
FORMATS: tuple[str, ...] = ("html", "csv", "xlsx", "json")

_env = Environment(
    loader=PackageLoader("reports", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def show(figure: Figure) -> str:
    """A figure as a table shows it: ``–`` for nothing, one decimal for percentages."""
    if figure is None:
        return "–"
    if isinstance(figure, float):
        return f"{figure:.1f}"
    return str(figure)


def cell_class(figure: Figure) -> str:
    """How a cell sits in a table: numbers and "c" to the right, words to the left."""
    if figure == "c":
        return "num c"
    if isinstance(figure, str) and figure.strip():
        return "text"
    return "num"


def render_html(doc: Document) -> str:
    """One self-contained page: inline CSS and SVG, no request leaves it (CSP forbids it)."""
    charts = [
        svg(table.chart, table.title) if table.chart is not None else Markup("")
        for table in doc.tables
    ]
    return _env.get_template("report.html").render(
        doc=doc, charts=charts, show=show, cell_class=cell_class
    )


def _safe_cell(value: Figure) -> Figure:
    return defuse_formula(value) if isinstance(value, str) else value


def render_csv(doc: Document) -> str:
    """Every table in turn (title line, header, rows, blank line), then the quotes."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([doc.title, doc.period])
    for line in doc.lead:
        writer.writerow([line])
    for table in doc.tables:
        writer.writerow([])
        writer.writerow([table.title])
        writer.writerow(table.header)
        for row in table.rows:
            writer.writerow(["" if v is None else _safe_cell(v) for v in row])
    if doc.quotes:
        writer.writerow([])
        writer.writerow(["Quotes"])
        writer.writerow(["Question", "Quote"])
        for quote in doc.quotes:
            writer.writerow([_safe_cell(quote.question), _safe_cell(quote.text)])
    writer.writerow([])
    for note in doc.notes:
        writer.writerow([note])
    return out.getvalue()


_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def sheet_name(title: str, taken: set[str]) -> str:
    """A readable, unique sheet name from a table's title (Excel allows 31 characters)."""
    words = title.translate(_SHEET_FORBIDDEN).split()
    name = ""
    for word in words:
        if len(name) + len(word) + (1 if name else 0) > 31:
            break
        name = f"{name} {word}" if name else word
    name = name or title[:31] or "Table"
    unique, n = name, 2
    while unique.casefold() in taken:
        suffix = f" ({n})"
        unique, n = name[: 31 - len(suffix)] + suffix, n + 1
    taken.add(unique.casefold())
    return unique


def _format_sheet(sheet: Any, header_row: int, header: tuple[str, ...]) -> None:
    """Bold header, frozen below it, widths that fit, one decimal for % and thousands for counts."""
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)
    for index, column in enumerate(sheet.iter_cols(min_row=header_row), start=1):
        title = header[index - 1] if index - 1 < len(header) else ""
        number_format = "0.0" if "%" in title else "#,##0"
        widest = 0
        for cell in column:
            if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                cell.number_format = number_format
                cell.alignment = Alignment(horizontal="right")
            elif cell.value == "c":
                cell.alignment = Alignment(horizontal="right")
            widest = max(widest, len(str(cell.value or "")) if cell.row > header_row else 0)
        width = max(widest, min(len(title), 24), 6) + 2
        sheet.column_dimensions[get_column_letter(index)].width = min(width, 70)


def render_xlsx(doc: Document) -> bytes:
    """A workbook with a sheet per table, a Quotes sheet when there are quotes, and notes."""
    book = Workbook()
    taken: set[str] = set()
    first = True
    for table in doc.tables:
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = sheet_name(table.title, taken)
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append(list(table.header))
        for row in table.rows:
            sheet.append([_safe_cell(v) for v in row])
        _format_sheet(sheet, 2, table.header)
    if doc.quotes:
        sheet = book.create_sheet(sheet_name("Quotes", taken))
        sheet.append(["Question", "Quote"])
        for quote in doc.quotes:
            sheet.append([_safe_cell(quote.question), _safe_cell(quote.text)])
        _format_sheet(sheet, 1, ("Question", "Quote"))
        for cell in sheet["B"]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    notes = book.create_sheet(sheet_name("Notes", taken))
    for line in (doc.title, doc.period, *doc.lead, *doc.notes):
        notes.append([line])
    notes.column_dimensions["A"].width = 100
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def render_json(doc: Document) -> str:
    """The report's payload (keys as DESIGN.md documents them; suppressed cells are "c")."""
    return json.dumps(
        {**doc.payload, "title": doc.title, "period": doc.period},
        ensure_ascii=False,
        indent=2,
        sort_keys=True,
    )


def render(doc: Document, fmt: str) -> bytes:
    """The document in one of :data:`FORMATS`, as the bytes to write."""
    if fmt == "html":
        return render_html(doc).encode("utf-8")
    if fmt == "csv":
        # A byte order mark so Excel reads the file as UTF-8.
        return ("\ufeff" + render_csv(doc)).encode("utf-8")
    if fmt == "xlsx":
        return render_xlsx(doc)
    if fmt == "json":
        return render_json(doc).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def last_time_line(views: PreMeetingViews) -> str | None:
    """``last time: 🔴 because …`` from the child's feedback after their last review."""
    last = views.last_time
    if last is None or last.rag is None:
        return None
    line = f"last time: {ids.RAG_EMOJI.get(last.rag, '')} {ids.RAG_LABELS.get(last.rag, last.rag)}"
    return f"{line} because {last.because}" if last.because else line


_CHANNELS = {"telegram": "on Telegram", "web": "on their web page"}


def answered_line(views: PreMeetingViews) -> str | None:
    """How the child answered: where, when, and whether an adult helped; None if they haven't."""
    if views.started_at is None:
        return None
    where = _CHANNELS.get(views.channel or "", "")
    helped = "with an adult helping" if views.assisted else "on their own"
    line = f"Answered {where}, {helped}; started {_moment(views.started_at)}".replace("  ", " ")
    if views.status == "returned":
        return f"{line}, sent {_moment(views.completed_at or '')}."
    return f"{line}; not sent yet."


def _moment(stored: str) -> str:
    return stored[:16].replace("T", " at ") if "T" in stored else stored[:10]


def status_line(views: PreMeetingViews) -> str:
    """Where My Review is, in one sentence, when it has not come back yet."""
    if views.status == "returned":
        return f"My Review came back on {(views.completed_at or '')[:10]}."
    if views.status == "partial":
        noun = "question" if views.answered == 1 else "questions"
        how = (
            f"pressed Stop after {views.answered} {noun}"
            if views.stopped
            else f"has answered {views.answered} {noun} so far"
        )
        return (
            f"My Review has not been sent: {views.name} {how}. What they answered is below; "
            "the rest was not asked yet."
        )
    if views.status == "not_sent":
        when = "for this review " if views.review_date else ""
        return f"My Review has not been sent {when}yet."
    if views.stopped:
        return f"My Review was opened, but {views.name} pressed Stop before answering anything."
    if views.sent_at is None:
        return "My Review is waiting to be sent."
    line = f"My Review was sent on {views.sent_at[:10]} and has not come back yet"
    if views.answered:
        noun = "answer" if views.answered == 1 else "answers"
        line += (
            f"; {views.name} has started it ({views.answered} {noun} so far), which show here "
            "once they send it, stop or it closes"
        )
    if views.reminders:
        times = "once" if views.reminders == 1 else f"{views.reminders} times"
        line += f"; reminded {times}, last on {(views.last_reminded_at or '')[:10]}"
    else:
        line += "; no reminder yet"
    return line + "."


def render_views_html(views: PreMeetingViews, *, today: date) -> str:
    """The pre-meeting views as one printable, self-contained page."""
    return _env.get_template("views.html").render(
        v=views,
        today=today.isoformat(),
        last_time_line=last_time_line(views) or "",
        status_line=status_line(views),
        answered_line=answered_line(views) or "",
        short=ids.DECISION_LABELS,
    )


def _notes(count: int) -> str:
    return f"{count} note{'s' if count != 1 else ''}"


def views_text(views: PreMeetingViews, *, limit: int = 3500) -> str:
    """A short plain-text version for a chat message (the HTML page carries the rest).

    Alerts are counted, never quoted: a chat message is easily forwarded or read over a shoulder.
    """
    when = f"review on {views.review_date}." if views.review_date else "no review is booked yet."
    lines = [f"{views.name} ({views.child_ref}): {when}"]
    open_alerts = sum(1 for a in views.alerts if a.open)
    if open_alerts:
        lines.append(f"⚠️ {open_alerts} open alert{'s' if open_alerts != 1 else ''}: see the page.")
    answered = answered_line(views)
    if answered:
        lines.append(answered)
    if views.status not in ("returned", "partial"):
        lines.append(status_line(views))
    else:
        if views.status == "partial":
            lines.append(status_line(views))
        if views.topics:
            lines.append("Wants to talk about: " + ", ".join(views.topics))
        for answer in (*views.wishes, *views.arrangements):
            lines.append(f"{answer.question}: {answer.answer}")
        for answer in views.how_things_are:
            lines.append(f"{answer.question}: {answer.answer}")
        for answer in views.for_the_iro:
            shareable = " (OK to talk about at the meeting)" if answer.audience == "meeting" else ""
            lines.append(f"For the IRO: {answer.answer}{shareable}")
        if views.iro_only:
            lines.append(f"🔒 {_notes(len(views.iro_only))} just for you, the IRO: see the page.")
        elif views.private_withheld:
            notes = _notes(views.private_withheld)
            lines.append(f"🔒 {notes} kept just for their IRO (not shown to you).")
    line = last_time_line(views)
    if line:
        lines.append(line)
    if views.last_time is not None and views.last_time.we_did:
        lines.append(f"Last time, we did: {views.last_time.we_did}")
    text = "\n".join(lines)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def participation_summary_text(doc: Document) -> str:
    """The participation officer's ``/report``: anonymised headline figures, no names."""
    payload = doc.payload
    rate = payload["participation_rate"]
    lines = [
        f"Participation {payload['year']}: {show(payload['reviews_4_and_over'])} reviews of "
        f"children aged 4+, rate {show(rate)}{'%' if isinstance(rate, float) else ''}",
        " · ".join(f"{code} {show(count)}" for code, count in payload["codes"].items()),
    ]
    for year in payload["years"][:-1]:
        earlier = year["participation_rate"]
        lines.append(
            f"{year['label']}: rate {show(earlier)}{'%' if isinstance(earlier, float) else ''}"
        )
    if not doc.exact:
        lines.append("c = small number hidden to protect children's privacy.")
    return "\n".join(lines)
