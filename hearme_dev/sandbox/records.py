"""What the Bot API stand-in keeps: calls the bot made, messages it sent, faults to inject.

Plain data, shared by the HTTP side (:mod:`hearme_dev.sandbox.server`) and the side that plays
people
(:mod:`hearme_dev.sandbox.people`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import InlineKeyboardMarkup


@dataclass(frozen=True)
class Fault:
    """How to answer one call instead of the normal reply."""

    status: int = 200
    description: str = ""
    retry_after: int | None = None
    delay: float = 0.0
    drop: bool = False
    # A misbehaving server or proxy in front of the Bot API: a redirect elsewhere (the request's
    # path appended to ``redirect_to``), or a body that is not the Bot API's JSON ("{path}" in
    # it becomes the request's path, as a proxy's error page echoes it).
    redirect_to: str | None = None
    body: str | None = None

    @classmethod
    def too_many_requests(cls, retry_after: int = 1) -> Fault:
        """Telegram's flood control: 429 with ``retry_after`` seconds."""
        return cls(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)

    @classmethod
    def server_error(cls) -> Fault:
        """A 500 from the Bot API."""
        return cls(500, "Internal Server Error")

    @classmethod
    def blocked(cls) -> Fault:
        """The person blocked the bot: 403 Forbidden."""
        return cls(403, "Forbidden: bot was blocked by the user")

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Answer normally, but only after ``seconds``."""
        return cls(delay=seconds)

    @classmethod
    def redirect(cls, to: str, status: int = 302) -> Fault:
        """Send the caller to ``to`` + the request's path (which holds the bot token)."""
        return cls(status, redirect_to=to)

    @classmethod
    def garbage(cls, body: str, status: int = 200) -> Fault:
        """Answer with ``body`` (not JSON; "{path}" is replaced by the request's path)."""
        return cls(status, body=body)

    @classmethod
    def dropped(cls) -> Fault:
        """Close the connection without an answer."""
        return cls(drop=True)


FaultHook = Callable[[str, dict[str, Any]], Fault | None]
Params = dict[str, Any]
Files = dict[str, Any]


@dataclass(frozen=True)
class Call:
    """One request the bot made: method name, decoded parameters, monotonic time."""

    method: str
    params: dict[str, Any]
    at: float


@dataclass
class BotMessage:
    """A message the bot sent, kept up to date when the bot edits it."""

    chat_id: int
    message_id: int
    text: str
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)
    kind: str = "text"  # text | document | voice
    file_name: str | None = None
    file_bytes: bytes | None = None
    edits: int = 0
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def button_data(self) -> list[str]:
        """The callback data (or URL) of every button, row by row."""
        return [data for row in self.buttons for _, data in row]

    def data_for(self, label_part: str) -> str:
        """The callback data of the first button whose label contains ``label_part``.

        Raises:
            LookupError: no button label contains it; the message lists the buttons there are.
        """
        for row in self.buttons:
            for label, data in row:
                if label_part.lower() in label.lower():
                    return data
        raise LookupError(
            f"no button like {label_part!r} in {[b for r in self.buttons for b in r]}"
        )


def buttons_of(markup: InlineKeyboardMarkup | None) -> list[list[tuple[str, str]]]:
    """An inline keyboard as rows of ``(label, data)``."""
    if markup is None:
        return []
    return [
        [(b.text, str(b.callback_data or b.url or "")) for b in row]
        for row in markup.inline_keyboard
    ]
