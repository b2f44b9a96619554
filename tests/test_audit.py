"""The dependency audit in `make lint` (.ci/audit_lock.py, real pip-audit) against a loopback
OSV vulnerability service: it fails on a known vulnerability, passes a clean lock, and says
plainly (without hanging) when the service cannot be reached instead of reporting a pass."""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".ci" / "audit_lock.py"


def _one_package_lock(tmp_path: Path, name: str) -> tuple[Path, str]:
    """A lock holding only ``name``, exactly as requirements.lock pins it."""
    text = (ROOT / "requirements.lock").read_text()
    entry = re.search(rf"^{name}==\S+ \\\n(?:    --hash=\S+(?: \\)?\n)+", text, re.M)
    assert entry is not None
    lock = tmp_path / "one.lock"
    lock.write_text(entry.group(0))
    return lock, entry.group(0).split("==")[1].split()[0]


class Osv:
    """A loopback OSV API: packages in ``vulnerable`` have one advisory, others none."""

    def __init__(self) -> None:
        self.queries: list[dict[str, object]] = []
        self.vulnerable: dict[str, str] = {}  # package -> fixed version
        self.hang = False
        self._release = asyncio.Event()
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        async def query(request: web.Request) -> web.Response:
            asked = json.loads(await request.text())
            self.queries.append(asked)
            if self.hang:
                await self._release.wait()
            name = asked["package"]["name"]
            if name not in self.vulnerable:
                return web.json_response({})
            affected = {
                "package": {"name": name, "ecosystem": "PyPI"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"fixed": self.vulnerable[name]}]}],
            }
            vuln = {"id": "GHSA-test-0001", "summary": "a test advisory", "affected": [affected]}
            return web.json_response({"vulns": [vuln]})

        app = web.Application()
        app.router.add_post("/v1/query", query)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/v1/query"

    async def stop(self) -> None:
        assert self._runner is not None
        self._release.set()
        await self._runner.cleanup()


@pytest.fixture
async def osv() -> AsyncIterator[Osv]:
    service = Osv()
    await service.start()
    try:
        yield service
    finally:
        await service.stop()


async def audit(lock: Path, **env: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(SCRIPT),
        str(lock),
        env={**os.environ, **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode()


async def test_a_known_vulnerability_fails_the_audit(tmp_path: Path, osv: Osv) -> None:
    lock, version = _one_package_lock(tmp_path, "click")
    osv.vulnerable["click"] = "99.0"
    code, out = await audit(lock, AUDIT_OSV_URL=osv.url)
    assert code == 1, out
    assert f"audit: click {version} has GHSA-test-0001 (fixed in: 99.0)" in out
    assert "raise their lower bounds in pyproject.toml and run `make update-deps`" in out
    assert osv.queries == [{"package": {"name": "click", "ecosystem": "PyPI"}, "version": version}]


async def test_a_clean_lock_passes_and_says_how_many_were_checked(tmp_path: Path, osv: Osv) -> None:
    lock, _ = _one_package_lock(tmp_path, "click")
    code, out = await audit(lock, AUDIT_OSV_URL=osv.url)
    assert code == 0, out
    assert "audit: no known vulnerabilities in the 1 locked packages" in out


async def test_an_unreachable_service_is_reported_not_passed(tmp_path: Path) -> None:
    lock, _ = _one_package_lock(tmp_path, "click")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/v1/query"
    code, out = await audit(lock, AUDIT_OSV_URL=closed)
    assert code == 0, out
    assert "audit: NOT DONE" in out and "no known vulnerabilities" not in out
    assert "set AUDIT_STRICT=1 to make this an error" in out
    code, out = await audit(lock, AUDIT_OSV_URL=closed, AUDIT_STRICT="1")
    assert code == 1 and "audit: NOT DONE" in out


async def test_a_service_that_never_answers_does_not_hang_the_audit(
    tmp_path: Path, osv: Osv
) -> None:
    lock, _ = _one_package_lock(tmp_path, "click")
    osv.hang = True
    code, out = await audit(lock, AUDIT_OSV_URL=osv.url, AUDIT_TIMEOUT="5")
    assert code == 0, out
    assert "audit: NOT DONE: pip-audit did not finish within 5 s" in out
