"""Staff are told one way: every channel hands a turn's alerts and deletion requests to
``bot.safeguarding.telling.tell_staff``, which tells them at once or plans it in the outbox."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
# Only these decide "now, or from the outbox" (telling), send (alerts, erasure_requests), or
# repeat from the outbox and escalate (aftercare, scheduler).
TELLERS = {
    "bot/safeguarding/telling.py",
    "bot/safeguarding/alerts.py",
    "bot/staff/erasure_requests.py",
    "bot/outbox/aftercare.py",
    "bot/outbox/scheduler.py",
}
WAYS = {"notify_alert", "plan_alert_notice", "notify_erasure_request", "plan_erasure_notice"}


def test_no_module_but_the_tellers_tells_staff_its_own_way() -> None:
    found = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        where = str(path.relative_to(ROOT))
        if where in TELLERS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            called = node.func
            # A module's function (``safeguarding.notify_alert(...)``) or one imported by name;
            # the web context's notifier (``context.notify_alert``) is what telling is handed.
            if isinstance(called, ast.Attribute) and isinstance(called.value, ast.Name):
                name = None if called.value.id == "context" else called.attr
            else:
                name = getattr(called, "id", None)
            if name in WAYS:
                found.append(f"{where}:{node.lineno} {name}")
    assert found == []


def test_both_channels_and_the_runner_go_through_tell_staff() -> None:
    for where in (
        "bot/channels/telegram/handlers.py",
        "bot/channels/web/chat.py",
    ):
        text = (ROOT / where).read_text(encoding="utf-8")
        assert "telling.tell_staff(" in text, where
    assert "StaffChannel.telegram(" in (ROOT / "bot/runner.py").read_text(encoding="utf-8")
