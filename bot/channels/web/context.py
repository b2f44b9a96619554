"""What every web handler shares: the bot's services, the limits, and the in-memory counters."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

from bot.channels.web.security import (
    RateLimiter,
    WebLimits,
    client_address,
    forwarded_by_untrusted_peer,
    session_cookie,
)
from bot.services import Services

log = logging.getLogger(__name__)

AlertNotifier = Callable[[int], Awaitable[object]]
# Tells the admins about a child's new deletion request, by child id (Telegram, when it runs).
ErasureNotifier = Callable[[int], Awaitable[object]]


@dataclass
class WebContext:
    """The web channel's shared state, one per application."""

    services: Services
    limits: WebLimits
    # Keys: an address with a link (security.link_key), or an address alone for codes that
    # open nothing; a visit's id. A request that fails the cookie or CSRF checks spends none.
    link_opens: RateLimiter
    posts_by_address: RateLimiter
    posts_by_session: RateLimiter
    # Tells the child's IRO and the duty team about a new alert (Telegram, when it runs).
    notify_alert: AlertNotifier | None = None
    notify_erasure: ErasureNotifier | None = None
    # PIN checks run one at a time, so parallel guesses cannot slip past the try limit.
    unlock_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Answers are checked against the page they were given on, then applied, one at a time, so
    # a double tap cannot answer the next question too.
    answer_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Whether the unconfigured-proxy warning was logged (once per application is enough).
    warned_untrusted_proxy: bool = False

    @classmethod
    def create(
        cls,
        services: Services,
        limits: WebLimits,
        notify_alert: AlertNotifier | None = None,
        notify_erasure: ErasureNotifier | None = None,
    ) -> WebContext:
        """The shared state for one application, with fresh counters."""
        # Several workers on one PostgreSQL database count in it, so the limits are the fleet's.
        shared = services.db if services.db.url is not None else None
        return cls(
            services=services,
            limits=limits,
            link_opens=RateLimiter(
                limits.link_opens_per_ip, limits.link_window_seconds, shared=shared, name="open"
            ),
            posts_by_address=RateLimiter(
                limits.posts_per_ip, limits.post_window_seconds, shared=shared, name="post-ip"
            ),
            posts_by_session=RateLimiter(
                limits.posts_per_session, limits.post_window_seconds, shared=shared, name="post"
            ),
            notify_alert=notify_alert,
            notify_erasure=notify_erasure,
        )

    @property
    def trusted_proxies(self) -> tuple[str, ...]:
        """The reverse proxies whose X-Forwarded-For header is believed (read on each request,
        so a settings change applies at once)."""
        # Settings gains ``trusted_proxies`` with the deployment settings; none until then.
        return tuple(getattr(self.services.settings, "trusted_proxies", ()) or ())

    def address(self, request: web.Request) -> str:
        """The address the request's rate limits count against."""
        return client_address(request, self.trusted_proxies)

    def check_forwarding(self, request: web.Request) -> None:
        """Warn once when a proxy that is not trusted forwards requests: rate limits then count
        the proxy's address for every child (still per link, so nobody is locked out)."""
        if self.warned_untrusted_proxy:
            return
        if forwarded_by_untrusted_peer(request, self.trusted_proxies):
            self.warned_untrusted_proxy = True
            # The proxy's own address only: the forwarded entries are children's addresses.
            log.warning(
                "web requests arrive with X-Forwarded-For from %s, which is not a trusted "
                "proxy: add it to HEARME_TRUSTED_PROXIES so rate limits count each child's "
                "address",
                request.remote or "an unknown peer",
            )

    @property
    def secure_cookies(self) -> bool:
        """Cookies are Secure when children reach the page over https."""
        return self.services.settings.public_url.lower().startswith("https://")

    @property
    def cookie_name(self) -> str:
        """The session cookie's name here (``__Host-`` prefixed over https)."""
        return session_cookie(self.secure_cookies)


CONTEXT: web.AppKey[WebContext] = web.AppKey("hearme_web", WebContext)


def context_of(request: web.Request) -> WebContext:
    """The shared state of the application serving ``request``."""
    return request.app[CONTEXT]
