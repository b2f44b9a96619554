"""What every web handler shares: the bot's services, the limits, and the in-memory counters."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

from bot.services import Services
from bot.web.security import RateLimiter, WebLimits, client_address

AlertNotifier = Callable[[int], Awaitable[object]]
# Tells the admins about a child's new deletion request, by child id (Telegram, when it runs).
ErasureNotifier = Callable[[int], Awaitable[object]]


@dataclass
class WebContext:
    """The web channel's shared state, one per application."""

    services: Services
    limits: WebLimits
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

    @classmethod
    def create(
        cls,
        services: Services,
        limits: WebLimits,
        notify_alert: AlertNotifier | None = None,
        notify_erasure: ErasureNotifier | None = None,
    ) -> WebContext:
        """The shared state for one application, with fresh counters."""
        return cls(
            services=services,
            limits=limits,
            link_opens=RateLimiter(limits.link_opens_per_ip, limits.link_window_seconds),
            posts_by_address=RateLimiter(limits.posts_per_ip, limits.post_window_seconds),
            posts_by_session=RateLimiter(limits.posts_per_session, limits.post_window_seconds),
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

    @property
    def secure_cookies(self) -> bool:
        """Cookies are Secure when children reach the page over https."""
        return self.services.settings.public_url.lower().startswith("https://")


CONTEXT: web.AppKey[WebContext] = web.AppKey("hearme_web", WebContext)


def context_of(request: web.Request) -> WebContext:
    """The shared state of the application serving ``request``."""
    return request.app[CONTEXT]
