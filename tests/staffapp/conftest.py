"""Fixtures for the staff app's tests: a real identity provider, the web world, a browser."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.settings import IdentityProvider, StaffEmail
from tests.bot.channels.web.world import FormClient, WebWorld, close_world
from tests.staffapp.mailbox import Mailbox, smtp_server
from tests.staffapp.world import identity_provider, staff_world


@pytest.fixture
def issuer() -> Iterator[str]:
    with identity_provider() as address:
        yield address


@pytest_asyncio.fixture
async def world(tmp_path: Path, issuer: str) -> AsyncIterator[WebWorld]:
    built = await staff_world(tmp_path, issuer)
    try:
        yield built
    finally:
        await close_world(built)


@pytest_asyncio.fixture
async def browser(world: WebWorld) -> AsyncIterator[FormClient]:
    client = FormClient(world.base_url)
    try:
        yield client
    finally:
        await client.close()


@pytest_asyncio.fixture
async def child(world: WebWorld) -> AsyncIterator[FormClient]:
    """The child's browser, JavaScript off."""
    client = FormClient(world.base_url)
    try:
        yield client
    finally:
        await client.close()


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    with smtp_server() as box:
        yield box


@pytest.fixture
def by_email(world: WebWorld, mailbox: Mailbox) -> Mailbox:
    world.services.settings = world.services.settings.model_copy(
        update={
            "identity_provider": IdentityProvider(),
            "staff_email": StaffEmail(
                host="127.0.0.1",
                port=mailbox.port,
                security="none",
                from_address="hearme@council.example",
            ),
        }
    )
    return mailbox
