"""How a council runs hearme: times, delays and limits, with the defaults DOMAIN.md describes.

These are plain values. Where they come from (``hearme.toml`` and ``HEARME_*`` variables) is
``bot.config``'s business; tests and the demo build ``Settings(...)`` directly. A validator that
checks two fields together starts its message with the field's name (``"end: ..."``), so the
error a council sees names the key to fix.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import date, time
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    field_validator,
    model_validator,
)
from pydantic_settings import NoDecode


def _clock_time(value: Any) -> Any:
    """Accept ``"20:30"`` (or a TOML time), never a bare number: ``2030`` would otherwise read
    as 2,030 seconds past midnight and hold messages at 00:33 without a word."""
    if isinstance(value, time):
        if value.tzinfo is not None:
            raise ValueError("not a time like 20:30 (local time, without a zone)")
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", value.strip()):
        hours, minutes, seconds = (int(part) for part in (value.strip() + ":0").split(":")[:3])
        if hours < 24 and minutes < 60 and seconds < 60:
            return time(hours, minutes, seconds)
    raise ValueError(f"not a time like 20:30 (got {value!r})")


def _web_address(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not a web address like https://hearme.example.gov.uk: {value!r}")
    return value.rstrip("/")


def _comma_list(value: Any) -> Any:
    """``"a, b"`` as an environment variable gives ``("a", "b")``; a TOML list stays a list."""
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    return value


ClockTime = Annotated[time, BeforeValidator(_clock_time)]
WebAddress = Annotated[str, AfterValidator(_web_address)]
Port = Annotated[int, Field(ge=1, le=65535)]
# NoDecode: HEARME_TRUSTED_PROXIES has always been comma-separated, not JSON.
CommaList = Annotated[tuple[str, ...], NoDecode, BeforeValidator(_comma_list)]
Days = Annotated[int, Field(ge=0)]
Minutes = Annotated[int, Field(ge=1)]
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class _Section(BaseModel):
    # A misspelt key is reported, never ignored: a council that writes ``strat`` must be told.
    model_config = ConfigDict(extra="forbid")


class QuietHours(_Section):
    """hearme starts nothing between ``start`` and ``end`` (local time); replies are never held."""

    start: ClockTime = time(20, 30)
    end: ClockTime = time(8, 0)
    # Under-16s are at school on weekdays; nothing hearme starts should buzz in a lesson.
    school_start: ClockTime = time(8, 45)
    school_end: ClockTime = time(15, 30)
    school_age_below: int = Field(default=16, ge=0, le=26)


class SchoolHoliday(_Section):
    """Days (both ends included) when there is no school, so school hours hold nothing back."""

    start: date
    end: date

    @model_validator(mode="after")
    def _in_order(self) -> SchoolHoliday:
        if self.end < self.start:
            raise ValueError(f"end: {self.end} is before start {self.start}")
        return self

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


class StaffEmail(_Section):
    """How hearme e-mails staff (a later channel builds on it). Unset ``host``: no e-mail."""

    host: str | None = None
    port: Port = 587
    # starttls upgrades a plain connection (port 587); tls is TLS from the start (port 465).
    security: Literal["starttls", "tls", "none"] = "starttls"
    from_address: str | None = None
    username: str | None = None
    password: SecretStr | None = None  # environment only: HEARME_STAFF_EMAIL__PASSWORD

    @field_validator("from_address")
    @classmethod
    def _an_address(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.fullmatch(value):
            raise ValueError(f"not an e-mail address like hearme@example.gov.uk: {value!r}")
        return value

    @model_validator(mode="after")
    def _complete(self) -> StaffEmail:
        if self.host is not None and self.from_address is None:
            raise ValueError("from_address: needed when host is set (the sender staff see)")
        if self.username is not None and self.password is None:
            raise ValueError(
                "password: needed with username; set HEARME_STAFF_EMAIL__PASSWORD in the "
                "environment"
            )
        return self

    @property
    def configured(self) -> bool:
        return self.host is not None


class IdentityProvider(_Section):
    """The council's single sign-on (OpenID Connect) for staff. Unset ``issuer_url``: none."""

    issuer_url: WebAddress | None = None
    client_id: str | None = None
    client_secret: SecretStr | None = None  # environment only
    # Where the provider sends staff back after signing in; registered with the provider.
    redirect_url: WebAddress | None = None

    @field_validator("issuer_url")
    @classmethod
    def _https(cls, value: str | None) -> str | None:
        # Tokens cross this connection: only a loopback stand-in may use plain http.
        host = urlsplit(value).hostname if value else None
        if value and not value.startswith("https://") and host not in ("127.0.0.1", "localhost"):
            raise ValueError(f"must start with https:// (it carries staff sign-ins): {value!r}")
        return value

    @model_validator(mode="after")
    def _complete(self) -> IdentityProvider:
        if self.issuer_url is None:
            return self
        if self.client_id is None:
            raise ValueError("client_id: needed when issuer_url is set")
        if self.client_secret is None:
            raise ValueError(
                "client_secret: needed when issuer_url is set; set "
                "HEARME_IDENTITY_PROVIDER__CLIENT_SECRET in the environment"
            )
        return self

    @property
    def configured(self) -> bool:
        return self.issuer_url is not None


class Settings(_Section):
    # Where things are. Named in the environment only (``bot.config.ENV_ONLY``).
    db: str = "hearme.db"
    data_key: str = "hearme.key"
    timezone: str = "Europe/London"
    quiet: QuietHours = Field(default_factory=QuietHours)
    school_holidays: tuple[SchoolHoliday, ...] = ()
    # Office hours: when a person will see an alert sent out of hours (told to the child honestly).
    office_start: ClockTime = time(9, 0)
    office_end: ClockTime = time(17, 0)
    my_review_days_before: Days = 10
    my_review_reminder_days_before: Annotated[
        tuple[Annotated[int, Field(ge=1)], ...], NoDecode, BeforeValidator(_comma_list)
    ] = (5, 2)
    after_review_delay_days: Days = 1
    after_review_reminder_days: Days = 3
    after_review_close_days: Annotated[int, Field(ge=1)] = 14
    alert_escalate_minutes: Minutes = 30
    invite_days: Annotated[int, Field(ge=1)] = 14
    wrong_codes_limit: Annotated[int, Field(ge=1)] = 5
    wrong_codes_window_minutes: Minutes = 10
    wrong_codes_silence_minutes: Minutes = 60
    max_text_chars: Annotated[int, Field(ge=1)] = 3000
    outbox_poll_seconds: float = Field(default=5.0, gt=0)
    # How many chats the bot serves at the same moment; one chat's updates always go in order.
    concurrent_chats: int = Field(default=32, ge=1)
    # Telegram's flood limits: about 30 messages a second in all; in one chat about one a
    # second, short bursts tolerated (applied to what hearme starts; see bot.outbox.send_pacing).
    # Raise them only where Telegram allows more (e.g. a test API); a 429 pauses every send,
    # so staying under is faster.
    send_rate_overall: int = Field(default=30, ge=1)
    send_rate_per_chat: float = Field(default=1.0, gt=0)
    send_burst_per_chat: int = Field(default=3, ge=1)
    # Outbox rows sent side by side (each still claimed alone and marked once it went).
    outbox_concurrent_sends: int = Field(default=30, ge=1)
    public_url: WebAddress = "http://127.0.0.1:8080"
    web_port: Port = 8080
    # Where the web page listens. Loopback by default: the way to publish it is a reverse proxy
    # with HTTPS in front (HEARME_WEB_HOST), never plain HTTP on a public address.
    web_host: str = "127.0.0.1"
    # Addresses of reverse proxies whose X-Forwarded-For is believed, so rate limits count the
    # child's address rather than the proxy's; empty means the connection's own address counts.
    trusted_proxies: CommaList = ()
    # Where the webhook server listens (``hearme run --webhook``); a reverse proxy forwards to it.
    webhook_listen: str = "127.0.0.1"
    webhook_port: Port = 8443
    telegram_bot_token: SecretStr | None = None  # environment only: TELEGRAM_BOT_TOKEN
    telegram_api_url: WebAddress = "https://api.telegram.org/bot"
    # The bot's @username for invite links when no token is set to ask Telegram.
    bot_username: str = "hearme_bot"
    staff_email: StaffEmail = Field(default_factory=StaffEmail)
    identity_provider: IdentityProvider = Field(default_factory=IdentityProvider)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"not a time zone like Europe/London: {value!r}") from None
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _addresses(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entry in value:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError:
                raise ValueError(
                    f"{entry!r} is not an IP address or network like 10.0.0.5 or 10.0.0.0/24"
                ) from None
        return value

    @model_validator(mode="after")
    def _office_day(self) -> Settings:
        if self.office_end <= self.office_start:
            raise ValueError(
                f"office_end: {self.office_end:%H:%M} is not after office_start "
                f"{self.office_start:%H:%M}"
            )
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def school_holiday(self, day: date) -> bool:
        """Whether ``day`` (a local date) falls in one of the council's school holidays."""
        return any(holiday.covers(day) for holiday in self.school_holidays)
