"""Check requirements.lock against known vulnerabilities (pip-audit), for `make lint`.

pip-audit reports "No known vulnerabilities found" even when it could not look a single package
up (no route to its vulnerability service), which reads like a pass. This says plainly how many
packages were checked, fails on any known vulnerability, and never hangs: the whole audit has a
time limit. When the service cannot be reached the audit is reported as not done; it fails the
build only with AUDIT_STRICT=1 (set it where the network allows the check).

The vulnerability data comes from PyPI; AUDIT_OSV_URL points it at an OSV API instead (a
mirror inside a council's network, say: ``https://osv.example/v1/query``).

Usage: python .ci/audit_lock.py requirements.lock
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Seconds for the whole audit and for each request to the vulnerability service.
TOTAL_SECONDS = int(os.environ.get("AUDIT_TIMEOUT", "180"))
REQUEST_SECONDS = 15


def main(lock: Path) -> int:
    strict = os.environ.get("AUDIT_STRICT") == "1"
    command = [
        sys.executable, "-m", "pip_audit", "--require-hashes", "--disable-pip",
        "--requirement", str(lock), "--format", "json", "--progress-spinner", "off",
        "--timeout", str(REQUEST_SECONDS),
    ]  # fmt: skip
    osv_url = os.environ.get("AUDIT_OSV_URL")
    if osv_url:
        command += ["--vulnerability-service", "osv", "--osv-url", osv_url]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TOTAL_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        return _not_done(f"pip-audit did not finish within {TOTAL_SECONDS} s", strict)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        detail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return _not_done(f"pip-audit failed: {detail}", strict)
    packages = report.get("dependencies", [])
    skipped = [p for p in packages if p.get("skip_reason")]
    vulnerable = [p for p in packages if p.get("vulns")]
    for package in vulnerable:
        for vuln in package["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed release yet"
            print(
                f"audit: {package['name']} {package['version']} has {vuln['id']} "
                f"(fixed in: {fixed})"
            )
    checked = len(packages) - len(skipped)
    if vulnerable:
        print(
            f"audit: FAILED: {len(vulnerable)} of {len(packages)} locked packages have known "
            "vulnerabilities: raise their lower bounds in pyproject.toml and run "
            "`make update-deps`"
        )
        return 1
    if skipped:
        names = ", ".join(p["name"] for p in skipped[:5]) + (", ..." if len(skipped) > 5 else "")
        reason = skipped[0]["skip_reason"]
        return _not_done(
            f"{len(skipped)} of {len(packages)} locked packages could not be looked up "
            f"({names}): {reason}",
            strict,
        )
    print(f"audit: no known vulnerabilities in the {checked} locked packages")
    return 0


def _not_done(why: str, strict: bool) -> int:
    service = os.environ.get("AUDIT_OSV_URL") or "PyPI's JSON API"
    print(f"audit: NOT DONE: {why}.")
    print(
        f"audit: the vulnerability service ({service}) is out of reach from here; run "
        "`make lint` where it is reachable before a release"
        + ("" if strict else " (set AUDIT_STRICT=1 to make this an error)")
    )
    return 1 if strict else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "requirements.lock")))
