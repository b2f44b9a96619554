"""How a council runs hearme: times, delays and limits, with the defaults DOMAIN.md describes."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field


class QuietHours(BaseModel):
    """hearme starts nothing between ``start`` and ``end`` (local time); replies are never held."""

    start: time = time(20, 30)
    end: time = time(8, 0)
    # Under-16s are at school on weekdays; nothing hearme starts should buzz in a lesson.
    school_start: time = time(8, 45)
    school_end: time = time(15, 30)
    school_age_below: int = 16


class Settings(BaseModel):
    timezone: str = "Europe/London"
    quiet: QuietHours = Field(default_factory=QuietHours)
    # Office hours: when a person will see an alert sent out of hours (told to the child honestly).
    office_start: time = time(9, 0)
    office_end: time = time(17, 0)
    my_review_days_before: int = 10
    my_review_reminder_days_before: tuple[int, ...] = (5, 2)
    after_review_delay_days: int = 1
    after_review_reminder_days: int = 3
    after_review_close_days: int = 14
    alert_escalate_minutes: int = 30
    invite_days: int = 14
    wrong_codes_limit: int = 5
    wrong_codes_window_minutes: int = 10
    wrong_codes_silence_minutes: int = 60
    max_text_chars: int = 3000
    outbox_poll_seconds: float = 5.0
    # How many chats the bot serves at the same moment; one chat's updates always go in order.
    concurrent_chats: int = Field(default=32, ge=1)
    # Telegram's flood limits: about 30 messages a second in all; in one chat about one a
    # second, short bursts tolerated (applied to what hearme starts; see bot.send_pacing).
    # Raise them only where Telegram allows more (e.g. a test API); a 429 pauses every send,
    # so staying under is faster.
    send_rate_overall: int = Field(default=30, ge=1)
    send_rate_per_chat: float = Field(default=1.0, gt=0)
    send_burst_per_chat: int = Field(default=3, ge=1)
    # Outbox rows sent side by side (each still claimed alone and marked once it went).
    outbox_concurrent_sends: int = Field(default=30, ge=1)
    public_url: str = "http://127.0.0.1:8080"
    web_port: int = 8080
    # Where the web page listens. Loopback by default: the way to publish it is a reverse proxy
    # with HTTPS in front (HEARME_WEB_HOST), never plain HTTP on a public address.
    web_host: str = "127.0.0.1"
    # Addresses of reverse proxies whose X-Forwarded-For is believed, so rate limits count the
    # child's address rather than the proxy's; empty means the connection's own address counts.
    trusted_proxies: tuple[str, ...] = ()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)
