"""What every staff app handler shares: services, session limits, the identity provider."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta

from aiohttp import web

from bot.services import Services
from bot.staffapp.limits import SignInLimits, SignInThrottle, SizeLimits
from bot.staffapp.oidc import Provider, discover

STAFF_COOKIE = "hm_staff"
# Over https: only with Secure, Path=/ and no Domain, so no sibling site can plant it.
SECURE_STAFF_COOKIE = "__Host-hm_staff"
PREFIX = "/staff"


@dataclass(frozen=True)
class StaffLimits:
    """How long a staff session lasts, how often sign-in may be tried, how much may be sent."""

    idle: timedelta = timedelta(minutes=30)
    longest: timedelta = timedelta(hours=12)
    # Time to come back from the identity provider.
    sign_in_within: timedelta = timedelta(minutes=10)
    sign_in: SignInLimits = field(default_factory=SignInLimits)
    sizes: SizeLimits = field(default_factory=SizeLimits)


@dataclass
class StaffContext:
    """The staff app's shared state, one per application."""

    services: Services
    limits: StaffLimits = field(default_factory=StaffLimits)
    _provider: Provider | None = None
    _provider_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    throttle: SignInThrottle = field(init=False)

    def __post_init__(self) -> None:
        db = self.services.db
        self.throttle = SignInThrottle(self.limits.sign_in, shared=db if db.url else None)

    @property
    def trusted_proxies(self) -> tuple[str, ...]:
        """The reverse proxies whose X-Forwarded-For is believed (as on the children's page)."""
        return tuple(self.services.settings.trusted_proxies)

    async def sign_in_allowed(self, request: web.Request, step: str) -> bool:
        """Count a sign-in ``step`` from this request's address; False when over the limit."""
        return await self.throttle.by_address(request, step, self.trusted_proxies)

    @property
    def secure_cookies(self) -> bool:
        return self.services.settings.public_url.lower().startswith("https://")

    @property
    def cookie_name(self) -> str:
        return SECURE_STAFF_COOKIE if self.secure_cookies else STAFF_COOKIE

    def url(self, path: str) -> str:
        """The public address of a staff app path (``/caseload`` → ``https://…/staff/caseload``)."""
        return f"{self.services.settings.public_url.rstrip('/')}{PREFIX}{path}"

    @property
    def oidc_configured(self) -> bool:
        return self.services.settings.identity_provider.configured

    async def provider(self) -> Provider:
        """The identity provider, discovered once (its keys are read with it)."""
        async with self._provider_lock:
            if self._provider is None:
                idp = self.services.settings.identity_provider
                assert idp.issuer_url is not None and idp.client_id is not None
                assert idp.client_secret is not None
                self._provider = await discover(
                    idp.issuer_url,
                    client_id=idp.client_id,
                    client_secret=idp.client_secret.get_secret_value(),
                    redirect_url=idp.redirect_url or self.url("/oidc/callback"),
                )
            return self._provider


STAFF: web.AppKey[StaffContext] = web.AppKey("hearme_staff", StaffContext)


def staff_context(request: web.Request) -> StaffContext:
    """The staff app's shared state for ``request``."""
    return request.config_dict[STAFF]
