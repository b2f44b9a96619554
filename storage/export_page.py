"""A child's export as one readable, self-contained HTML page (``hearme child export``).

Pure: the data :func:`storage.rights.export_child` gathered in, the page out. Callers know it
as ``storage.rights.export_page``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import jinja2

from storage.times import iso

_PAGE = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What hearme holds about {{ data.child.child_ref }}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.5;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}h2{margin-top:2rem;border-bottom:2px solid #333}
</style></head><body>
<h1>What hearme holds about {{ data.child.child_ref }}</h1>
<p>Made on {{ made_at }}. It holds children's own words: keep it as safely as the case file.</p>
{% macro table(rows) -%}
{% if rows %}<table><thead><tr>{% for key in rows[0] %}<th scope="col">{{ key }}</th>
{% endfor %}</tr></thead><tbody>{% for row in rows %}<tr>{% for value in row.values() %}
<td>{{ show(value) }}</td>{% endfor %}</tr>{% endfor %}</tbody></table>
{% else %}<p>Nothing held.</p>{% endif %}
{%- endmacro %}
<h2>About the child</h2>
<table><tbody>{% for key, value in data.child.items() %}
<tr><th scope="row">{{ key }}</th><td>{{ show(value) }}</td></tr>{% endfor %}</tbody></table>
{% for section in ["reviews", "review_notes", "chats", "invites", "web_links", "web_visits",
  "alerts", "quotes_held_for_approval", "messages_planned", "access_log"] %}
<h2>{{ section.replace("_", " ").capitalize() }}</h2>
{{ table(data[section]) }}
{% endfor %}
<h2>Surveys and answers</h2>
{% for run in data.runs %}
<h3>{{ run.definition_id }}, {{ run.status }}, started {{ show(run.created_at) }}</h3>
{{ table(run.answers) }}
{% if run.earlier_answers %}<h4>Earlier answers, since changed</h4>
{{ table(run.earlier_answers) }}{% endif %}
{% else %}<p>Nothing held.</p>{% endfor %}
</body></html>
"""
)


def _show(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(_show(item) for item in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_show(item)}" for key, item in value.items()) or "—"
    return str(value)


# The page holds a child's own words, which are escaped; should anything ever slip through, the
# browser still runs no script, loads nothing and sends nothing anywhere (only its own styles).
EXPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)


def export_page(data: dict[str, Any], *, made_at: datetime) -> str:
    """The export as a readable, self-contained HTML page (every value escaped, nothing run)."""
    return _PAGE.render(data=data, made_at=iso(made_at), show=_show, csp=EXPORT_CSP)
