"""The staff app's test world: the children's web test world (real server, real database) plus a
real OpenID Connect provider (``oidc-provider-mock``) on loopback that the app signs staff in
with, exactly as it would with the council's."""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import aiohttp
from pydantic import SecretStr

from bot.settings import IdentityProvider, StaffEmail
from storage import children, reviews, staff, staff_sessions
from tests.bot.channels.web.world import FormClient, Page, WebWorld, build_world
from tests.staffapp.mailbox import Mailbox

with warnings.catch_warnings():
    # The provider stand-in imports an authlib module its authors have deprecated; hearme
    # itself uses joserfc for the same checks.
    warnings.simplefilter("ignore")
    from oidc_provider_mock import run_server_in_thread

IRO_EMAIL = "priya.shah@council.example"
OTHER_IRO_EMAIL = "tom.lee@council.example"
DUTY_EMAIL = "duty@council.example"
PO_EMAIL = "pat.participation@council.example"
ADMIN_EMAIL = "ada.admin@council.example"


@contextmanager
def identity_provider() -> Iterator[str]:
    """A real OpenID Connect provider on loopback; yields its issuer address."""
    with run_server_in_thread() as server:
        yield f"http://localhost:{server.server_port}"


async def staff_world(tmp_path: Path, issuer: str) -> WebWorld:
    """The web world with sign-in configured, e-mail addresses for its staff, a second child
    for IRO1 and a child of another IRO (IRO2)."""
    world = await build_world(tmp_path)
    world.services.settings = world.services.settings.model_copy(
        update={
            "identity_provider": IdentityProvider(
                issuer_url=issuer, client_id="hearme-staff", client_secret=SecretStr("s3cret")
            )
        }
    )
    now = world.clock()
    async with world.services.db.transaction() as conn:
        other = await staff.upsert_staff(
            conn, staff_ref="IRO2", name="Tom Lee", role="iro", now=now
        )
        iro = await staff.get_staff_by_ref(conn, "IRO1")
        assert iro is not None
        await staff_sessions.set_email(conn, "IRO1", IRO_EMAIL)
        await staff_sessions.set_email(conn, "IRO2", OTHER_IRO_EMAIL)
        await staff_sessions.set_email(conn, "DUTY1", DUTY_EMAIL)
        for ref, name, role, email in (
            ("PO1", "Pat Participation", "participation", PO_EMAIL),
            ("ADM1", "Ada Admin", "admin", ADMIN_EMAIL),
        ):
            await staff.upsert_staff(conn, staff_ref=ref, name=name, role=role, now=now)
            await staff_sessions.set_email(conn, ref, email)
        second = await children.upsert_child(
            conn,
            child_ref="C101",
            first_name="Alex",
            date_of_birth=date(2012, 5, 1),
            iro_id=iro.id,
            language="en",
            now=now,
        )
        await children.upsert_child(
            conn,
            child_ref="C200",
            first_name="Jordan",
            date_of_birth=date(2011, 1, 1),
            iro_id=other,
            language="en",
            now=now,
        )
        for child_id in (world.child_id, second):
            await reviews.upsert_review(
                conn, child_id=child_id, review_at=date(2026, 3, 10), age_band="8_11"
            )
            await reviews.upsert_review(
                conn, child_id=child_id, review_at=date(2026, 3, 25), age_band="8_11"
            )
    return world


def with_email(world: WebWorld, mailbox: Mailbox) -> None:
    """E-mail staff through the test mailbox, signing in as before."""
    world.services.settings = world.services.settings.model_copy(
        update={
            "staff_email": StaffEmail(
                host="127.0.0.1",
                port=mailbox.port,
                security="none",
                from_address="hearme@council.example",
            )
        }
    )


async def sign_in(client: FormClient, email: str) -> Page:
    """Sign in as a person at the identity provider: start, type the e-mail, come back."""
    form = await client.get("/staff/oidc/start")
    assert form.status == 200 and "/oauth2/authorize" in form.url, form.url
    async with client.http.post(form.url, data={"sub": email}) as response:
        return await client._read(response)


def csrf(page: Page) -> str:
    return page.field("csrf")


def links(page: Page) -> list[str]:
    return re.findall(r'href="(/staff/[^"]+)"', page.html)


async def skip_to_the_end(child: FormClient) -> None:
    """Skip every question on the child's page, then press Send."""
    for _ in range(60):
        page = child.page
        assert page is not None
        if any("Send" in label for label, _ in page.buttons()):
            await child.press("Send")
            return
        await child.press("Skip")
    raise AssertionError("the survey never reached its last step")


async def upload(browser: FormClient, kind: str, name: str, body: bytes) -> Page:
    """Upload a list on the admin page the browser is on, as its form does."""
    page = browser.page
    assert page is not None
    form = aiohttp.FormData()
    form.add_field("csrf", csrf(page))
    form.add_field("kind", kind)
    form.add_field("file", io.BytesIO(body), filename=name, content_type="text/csv")
    async with browser.http.post(f"{browser.base_url}/staff/admin/import", data=form) as response:
        return await browser._read(response)
