"""The web page's defences: headers, session tokens, CSRF tokens and rate limits.

Pure logic plus one aiohttp middleware. Cookies hold a random token; the database keeps only its
sha256. The CSRF token is an HMAC of the session token, so it needs no storage and an attacker
without the (HttpOnly) cookie cannot work it out.

Rate limits are counted per address *and* per link or visit (:func:`link_key`), never per
address alone: behind a reverse proxy that is not in ``HEARME_TRUSTED_PROXIES`` every child has
the proxy's address, and one person guessing codes must not use up every child's budget.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from aiohttp import web

from storage import rate_hits
from storage.db import Database

# script-src 'self' only: no inline script anywhere. connect-src 'self' lets the page's own
# script send forms without reloading; nothing can reach another site.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)
# Sent only when children reach the page over https (two years; subdomains are left alone, as
# the council's other sites are not ours to force onto https).
STRICT_TRANSPORT_SECURITY = "max-age=63072000"
SESSION_COOKIE = "hm_session"
# Over https the cookie carries the ``__Host-`` prefix: browsers then accept it only with Secure,
# Path=/ and no Domain, so neither a sibling subdomain nor a plain-http page can plant or replace
# it. Plain http (the loopback address of development and tests) cannot have Secure cookies, so
# there the name has no prefix; each deployment reads only its own name.
SECURE_SESSION_COOKIE = "__Host-hm_session"
CSRF_FIELD = "csrf"


def session_cookie(secure: bool) -> str:
    """The session cookie's name: ``__Host-`` prefixed when the page is served over https."""
    return SECURE_SESSION_COOKIE if secure else SESSION_COOKIE


@dataclass(frozen=True)
class WebLimits:
    """How much the web channel lets one browser or address do, and for how long a visit lasts."""

    pin_tries: int = 5
    # The first lock; each later one lasts twice as long, up to ``longest_lock``.
    pin_lock: timedelta = timedelta(minutes=15)
    longest_lock: timedelta = timedelta(hours=24)
    # This many locks retire the link: staff must issue a new card.
    lockouts_before_retire: int = 3
    # A link that has been set up works this long, then needs a new card.
    link_valid_for: timedelta = timedelta(days=365)
    idle: timedelta = timedelta(minutes=30)
    longest_visit: timedelta = timedelta(hours=4)
    # Opening links: a person opens one link a few times; a guesser opens thousands. Counted per
    # address and link for a real link, per address for codes that open nothing.
    link_opens_per_ip: int = 30
    link_window_seconds: float = 600.0
    # Posts of a checked visit (cookie and CSRF token right), per address and link, and per visit.
    posts_per_ip: int = 240
    posts_per_session: int = 60
    post_window_seconds: float = 60.0


def link_key(address: str, invite_id: int) -> str:
    """The rate-limit key of one link used from one address: children behind the same proxy
    each have their own."""
    return f"{address} link:{invite_id}"


def new_token() -> str:
    """A fresh session token (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the database keeps for a session token or link code: its sha256, hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def csrf_for(session_token: str) -> str:
    """The CSRF token that forms of this session must carry."""
    digest = hmac.new(session_token.encode("utf-8"), b"hearme-web-csrf", hashlib.sha256)
    return digest.hexdigest()


def csrf_ok(session_token: str, submitted: str | None) -> bool:
    """True when ``submitted`` is this session's CSRF token (constant-time compare)."""
    if not submitted:
        return False
    return hmac.compare_digest(csrf_for(session_token), submitted)


class RateLimiter:
    """A sliding-window counter per key (an address or a session), kept in memory.

    Memory is bounded: keys whose window has passed are dropped as new keys arrive. With
    ``shared`` (the PostgreSQL database several workers run on), :meth:`admit` counts in the
    database instead (``storage.rate_hits``), so every worker sees the same limit; ``name``
    keeps one limiter's keys apart from another's there.
    """

    def __init__(
        self,
        limit: int,
        window_seconds: float,
        *,
        max_keys: int = 10_000,
        shared: Database | None = None,
        name: str = "",
    ) -> None:
        self._limit = limit
        self._window = window_seconds
        self._max_keys = max_keys
        self._hits: dict[str, deque[float]] = {}
        self._shared = shared
        self._name = name

    async def admit(self, key: str) -> bool:
        """Count one hit for ``key`` in this worker, or across the fleet when shared; False
        when it is over the limit (the hit is not counted)."""
        if self._shared is None:
            return self.allow(key)
        return await rate_hits.hit(
            self._shared, f"{self._name}:{key}", limit=self._limit, window=self._window
        )

    def allow(self, key: str, now: float | None = None) -> bool:
        """Count one hit for ``key``; False when it is over the limit (the hit is not counted)."""
        moment = time.monotonic() if now is None else now
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) >= self._max_keys:
                self._forget_idle(moment)
            hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= moment - self._window:
            hits.popleft()
        if len(hits) >= self._limit:
            return False
        hits.append(moment)
        return True

    def _forget_idle(self, moment: float) -> None:
        for key in [k for k, v in self._hits.items() if not v or v[-1] <= moment - self._window]:
            del self._hits[key]
        if len(self._hits) >= self._max_keys:
            # Everyone is active: drop the oldest half rather than grow without bound.
            for key in list(self._hits)[: self._max_keys // 2]:
                del self._hits[key]


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Add the security headers to every response, errors included."""
    try:
        response = await handler(request)
    except web.HTTPException as error:
        response = error
    headers = response.headers
    # A self-contained report page sets a policy naming its inline styles by hash; nothing
    # else may loosen it.
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["Permissions-Policy"] = PERMISSIONS_POLICY
    headers["X-Frame-Options"] = "DENY"
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    headers["Cross-Origin-Resource-Policy"] = "same-origin"
    if not request.path.startswith("/static/"):
        # A shared tablet's Back button or cache must never bring a child's page back.
        headers["Cache-Control"] = "no-store"
        headers["Pragma"] = "no-cache"
    if isinstance(response, web.HTTPException):
        raise response
    return response


def client_address(request: web.Request, trusted_proxies: Sequence[str] = ()) -> str:
    """The address to count rate limits against.

    The socket's peer, unless that peer is one of ``trusted_proxies`` (addresses or networks,
    e.g. the council's reverse proxy): then the right-most ``X-Forwarded-For`` entry that is not
    a trusted proxy, because entries to its left were written by the client and can be forged.
    From any other peer the header is ignored.
    """
    peer = request.remote or "unknown"
    if not trusted_proxies or not _is_trusted(peer, trusted_proxies):
        return peer
    forwarded = ",".join(request.headers.getall("X-Forwarded-For", []))
    return forwarded_client(peer, forwarded, trusted_proxies)


def forwarded_by_untrusted_peer(request: web.Request, trusted_proxies: Sequence[str]) -> bool:
    """True when the request names a forwarded client but comes from a peer not in
    ``trusted_proxies``: most likely the council's reverse proxy, left unconfigured."""
    if "X-Forwarded-For" not in request.headers:
        return False
    peer = request.remote or "unknown"
    return not _is_trusted(peer, trusted_proxies)


def forwarded_client(peer: str, forwarded: str, trusted_proxies: Sequence[str]) -> str:
    """The right-most untrusted address of ``forwarded`` (a trusted ``peer``'s header); the
    left-most entry when every one is trusted; ``peer`` when the header is empty."""
    entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
    for entry in reversed(entries):
        if not _is_trusted(entry, trusted_proxies):
            return entry
    return entries[0] if entries else peer


def _is_trusted(address: str, trusted_proxies: Sequence[str]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    for trusted in trusted_proxies:
        try:
            if ip in ipaddress.ip_network(trusted, strict=False):
                return True
        except ValueError:
            continue
    return False
