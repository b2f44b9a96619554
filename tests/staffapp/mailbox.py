"""A real SMTP server (aiosmtpd) on loopback that keeps what it receives, for e-mail tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from hearme_dev.ports import free_port


@dataclass
class Mailbox:
    """Everything the server accepted: (recipients, message)."""

    port: int
    received: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    # Told of each message as it is accepted (the server runs in its own thread).
    arrived: threading.Condition = field(default_factory=threading.Condition)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        with self.arrived:
            self.received.append((list(envelope.rcpt_tos), message))
            self.arrived.notify_all()
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for rcpts, m in self.received if address in rcpts]

    def wait_for(self, address: str, *, seconds: float) -> list[EmailMessage]:
        """The mail to ``address`` once some has come, woken as each message arrives;
        ``seconds`` only bounds a sender that never sends (blocks: call it in a thread)."""
        with self.arrived:
            if not self.arrived.wait_for(lambda: bool(self.to(address)), timeout=seconds):
                raise AssertionError(f"no e-mail to {address} within {seconds} s: {self.received}")
            return self.to(address)


@contextmanager
def smtp_server() -> Iterator[Mailbox]:
    """An SMTP server on 127.0.0.1 (plain, as a council's internal relay may be)."""
    box = Mailbox(free_port())
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
