"""Fixtures for the web channel's tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio

from tests.bot.channels.web.world import FormClient, WebWorld, build_world, close_world


@pytest_asyncio.fixture
async def world(tmp_path: Path) -> AsyncIterator[WebWorld]:
    built = await build_world(tmp_path)
    try:
        yield built
    finally:
        await close_world(built)


@pytest_asyncio.fixture
async def child(world: WebWorld) -> AsyncIterator[FormClient]:
    """A browser with JavaScript off, for the child's page."""
    client = FormClient(world.base_url)
    try:
        yield client
    finally:
        await client.close()
