"""Limits on what reaches the staff app: sign-in attempts, and the size of what is sent.

Sign-in (asking for an e-mailed link, a link with its authenticator code, coming back from the
identity provider, confirming an authenticator app) is counted twice: per address, so one
machine cannot try many accounts, and per account, so many machines cannot try one account.
Over either, the attempt is refused with a page that says how long to wait; nothing about the
account is confirmed. The counters are in memory, like the children's page's.

A POST body is capped before anything reads it: forms are small, a CSV upload may be larger
(5 MB holds far more children than any council has). Too large gets a page saying the limit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from aiohttp import web
from aiohttp.typedefs import Middleware

from bot.channels.web.security import Handler, RateLimiter, client_address
from bot.staffapp import pages
from storage.db import Database

log = logging.getLogger(__name__)

# Where a spreadsheet is uploaded; every other POST is a small form.
UPLOAD_PATHS = frozenset({"/staff/admin/import"})


@dataclass(frozen=True)
class SizeLimits:
    """The largest POST bodies the staff app reads."""

    form_bytes: int = 16 * 1024
    upload_bytes: int = 5 * 1024 * 1024


@dataclass(frozen=True)
class SignInLimits:
    """How many sign-in attempts are allowed in a window, per address and per account."""

    window_minutes: int = 15
    per_address: int = 30
    per_account: int = 10


def size_text(size: int) -> str:
    """``5242880`` → ``5 MB``, ``16384`` → ``16 KB`` (as a spreadsheet user reads sizes)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    if size >= 1024:
        return f"{size / 1024:g} KB"
    return f"{size} bytes"


class SignInThrottle:
    """The sign-in counters of one staff app."""

    def __init__(self, limits: SignInLimits, *, shared: Database | None = None) -> None:
        self.limits = limits
        window = limits.window_minutes * 60
        # shared: several workers on one PostgreSQL database count in it (storage.rate_hits).
        self._by_address = RateLimiter(limits.per_address, window, shared=shared, name="sign-in-ip")
        self._by_account = RateLimiter(limits.per_account, window, shared=shared, name="sign-in")

    async def by_address(self, request: web.Request, step: str, trusted: tuple[str, ...]) -> bool:
        """Count one ``step`` attempt from the request's address; False when over the limit."""
        allowed = await self._by_address.admit(f"{step}:{client_address(request, trusted)}")
        if not allowed:
            log.warning("staff sign-in (%s) rate-limited by address", step)
        return allowed

    async def by_account(self, step: str, account: str) -> bool:
        """Count one ``step`` attempt for ``account`` (an e-mail address or a staff id)."""
        allowed = await self._by_account.admit(f"{step}:{account.strip().lower()}")
        if not allowed:
            # Never the account itself: an e-mail address is personal data.
            log.warning("staff sign-in (%s) rate-limited for one account", step)
        return allowed

    def refusal(self) -> web.Response:
        """The page for an attempt over the limit (429)."""
        return pages.message(
            "Too many sign-in attempts",
            f"There have been too many sign-in attempts from this device or for this account, "
            f"so hearme has paused them. Wait {self.limits.window_minutes} minutes and try "
            "again. If you did not make these attempts, tell your hearme admin.",
            status=429,
        )


def too_large(limit: int, *, upload: bool) -> web.Response:
    """The page for a POST body over its limit (413)."""
    if upload:
        text = (
            f"The file is too large (limit {size_text(limit)}). Check that it is the CSV "
            "export of the list, not a workbook; split a very long list into several files."
        )
        return pages.message("File too large", text, status=413)
    return pages.message(
        "Too much was sent",
        f"What was sent is too large for this form (limit {size_text(limit)}). Go back, "
        "shorten it and try again.",
        status=413,
    )


def body_limit(sizes: SizeLimits) -> Middleware:
    """A middleware that refuses POST bodies over their limit before anyone reads them."""

    @web.middleware
    async def limit(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method != "POST":
            return await handler(request)
        upload = request.path in UPLOAD_PATHS
        most = sizes.upload_bytes if upload else sizes.form_bytes
        if request.content_length is not None and request.content_length > most:
            return too_large(most, upload=upload)
        try:
            # The children's server reads at most 64 KB; a staff upload may be larger, and a
            # staff form is held to less. A body sent without a length is cut off here too.
            return await handler(request.clone(client_max_size=most))
        except web.HTTPRequestEntityTooLarge:
            return too_large(most, upload=upload)

    return limit
