"""hearme's log lines: diagnosable, and free of secrets and children's words.

``hearme run`` calls :func:`configure`. Every line goes to stderr, as text or (``--log-format
json``, ``HEARME_LOG_FORMAT=json``) as one JSON object per line with an ``event`` naming what
happened and an ``event_id`` unique to the line, so an on-call person can quote one line and
find every line like it.

A failure logged inside an ``except`` block carries its traceback even when the call site only
named the error's type: frames (file, line, function, our source line) say where it happened.
What a traceback can leak is scrubbed before it is written:

- the bot token, wherever it appears (URLs in client errors, a proxy echoing the request path
  in its error page): every secret passed to :func:`hide`, anything shaped like a Telegram
  token, and the ``/bot<token>`` segment of a Bot API URL;
- children's words: exception messages quote the values they were given (``'...'``,
  ``"..."``), so every quoted literal in an exception message, and in a library's log line, is
  replaced by ``'…'``. hearme's own log lines carry ids and event names only, never words.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import sys
import traceback
from collections.abc import Iterable
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TextIO

FORMATS = ("text", "json")
FORMAT_ENV = "HEARME_LOG_FORMAT"
# hearme's own loggers: their lines are ids and event names, so INFO is safe and useful.
OUR_LOGGERS = ("bot", "storage", "reports", "surveys", "hearme")
# aiohttp's access log writes request lines, and a web link's path is the child's secret code.
_QUIET_LOGGERS = ("aiohttp.access",)
HIDDEN = "<hidden>"
WORDS = "'…'"

_secrets: set[str] = set()
# A Telegram bot token: the bot's numeric id, a colon, and the secret part.
_TOKEN_SHAPE = re.compile(r"\b\d{4,}:[A-Za-z0-9_-]{30,}")
# The Bot API puts the token straight after "/bot" in every URL (and "/file/bot" for files).
_BOT_PATH = re.compile(r"(/bot)\d+:[^/\s'\"?#<>]+")
# A quoted literal as repr() writes it, with an optional b/r/f prefix.
_QUOTED = re.compile(r"""(?:\b[bBrRuU]{1,2})?(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")""")
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[a-zA-Z%]")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def hide(secret: str) -> None:
    """Never write ``secret`` (e.g. the bot token) in any log line or traceback."""
    if secret:
        _secrets.add(secret)


def scrub_secrets(text: str) -> str:
    """``text`` without any hidden secret, token-shaped string or Bot API token segment."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, HIDDEN)
    text = _TOKEN_SHAPE.sub(HIDDEN, text)
    return _BOT_PATH.sub(rf"\1{HIDDEN}", text)


def scrub_words(text: str) -> str:
    """``text`` with secrets removed and every quoted literal replaced by ``'…'``."""
    return _QUOTED.sub(WORDS, scrub_secrets(text))


def scrubbed_traceback(info: ExcInfo) -> str:
    """The traceback of ``info`` (with its causes): frames kept, messages scrubbed of words."""
    kind, value, trace = info
    lines = []
    for chunk in traceback.TracebackException(kind, value, trace).format():
        # Frame chunks are "  File ..., line N, in f" plus our source line: safe to keep.
        frame = chunk.startswith("  File ")
        lines.append(scrub_secrets(chunk) if frame else scrub_words(chunk))
    return "".join(lines).rstrip("\n")


def event_name(record: logging.LogRecord) -> str:
    """A stable name for the kind of line: ``extra={"event": ...}`` or the message's words.

    ``"outbox row %d failed: %s"`` from ``bot.outbox.sending`` is
    ``bot.outbox.sending:outbox_row_failed``: the same for every row, so it can be searched.
    """
    given = getattr(record, "event", None)
    if isinstance(given, str) and given:
        return given
    template = _PLACEHOLDER.sub(" ", str(record.msg))
    words = re.findall(r"[a-z]+", template.lower())[:6]
    return f"{record.name}:{'_'.join(words) or 'line'}"


def _is_ours(record: logging.LogRecord) -> bool:
    return record.name.split(".", 1)[0] in OUR_LOGGERS


def _message(record: logging.LogRecord) -> str:
    text = record.getMessage()
    # A library's arguments may be anything (a server's answer, a request line): treat quoted
    # parts as words. Ours are ids and event names by rule, so only secrets are looked for.
    return scrub_secrets(text) if _is_ours(record) else scrub_words(text)


class AttachTraceback(logging.Filter):
    """Give a warning or error logged while an exception is being handled that traceback.

    Call sites log a failure by its type (``log.error("row %d failed: %s", id, name)``); the
    handling ``except`` block is still running when the line is written, so its exception is
    at hand here. A failure handled elsewhere (python-telegram-bot's error handler) is passed
    as ``extra={"failure": error}``: only this handler turns it into a traceback, and scrubbed,
    so no other handler ever formats the raw exception.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info is None and record.levelno >= logging.WARNING:
            failure = getattr(record, "failure", None)
            if isinstance(failure, BaseException):
                record.exc_info = (type(failure), failure, failure.__traceback__)
            else:
                kind, value, trace = sys.exc_info()
                if kind is not None and value is not None:
                    record.exc_info = (kind, value, trace)
        return True


class ScrubbingFormatter(logging.Formatter):
    """Text lines: time, level, logger, event id, message; then the scrubbed traceback."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"{_moment(record)} {record.levelname} {record.name} "
        line += f"[{_event_id(record)}] {_message(record)}"
        trace = _trace(record)
        return f"{line}\n{trace}" if trace else line


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, event, event_id, message, error, traceback."""

    def format(self, record: logging.LogRecord) -> str:
        fields: dict[str, Any] = {
            "time": _moment(record),
            "level": record.levelname,
            "logger": record.name,
            "event": event_name(record),
            "event_id": _event_id(record),
            "message": _message(record),
        }
        if record.exc_info and record.exc_info[0] is not None:
            fields["error"] = record.exc_info[0].__name__
        trace = _trace(record)
        if trace:
            fields["traceback"] = trace
        return json.dumps(fields, ensure_ascii=False)


def _event_id(record: logging.LogRecord) -> str:
    existing = getattr(record, "event_id", None)
    if isinstance(existing, str):
        return existing
    # Unique per line (the same line written by two handlers keeps one id).
    made = secrets.token_hex(6)
    setattr(record, "event_id", made)  # noqa: B010 - LogRecord has no such attribute declared
    return made


def _moment(record: logging.LogRecord) -> str:
    return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")


def _trace(record: logging.LogRecord) -> str:
    if record.exc_info and record.exc_info[0] is not None and record.exc_info[1] is not None:
        kind, value, trace = record.exc_info
        # Cached on the record, so any other handler (or a test's capture) shows the same
        # scrubbed text rather than formatting the raw exception again.
        record.exc_text = scrubbed_traceback((kind, value, trace))
        return record.exc_text
    return scrub_words(record.exc_text) if record.exc_text else ""


def configure(
    log_format: str = "text",
    *,
    stream: TextIO | None = None,
    hidden: Iterable[str] = (),
    level: int = logging.INFO,
) -> logging.Handler:
    """Send log lines to ``stream`` (stderr) in ``log_format``; returns the handler.

    hearme's own loggers log at ``level``; libraries only warnings and errors (their INFO and
    DEBUG lines can hold whole updates or request URLs). Calling it again replaces the handler.

    Raises:
        ValueError: ``log_format`` is not one of :data:`FORMATS`.
    """
    if log_format not in FORMATS:
        raise ValueError(f"log format must be one of {', '.join(FORMATS)}, not {log_format!r}")
    for secret in hidden:
        hide(secret)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name("hearme")
    handler.setFormatter(JsonFormatter() if log_format == "json" else ScrubbingFormatter())
    handler.addFilter(AttachTraceback())
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "hearme"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(level)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
