"""``hearme config show`` and ``hearme config check``: the settings every command runs with."""

from __future__ import annotations

from datetime import time
from typing import Any

import click
from pydantic import BaseModel, SecretStr

from bot.cli.common import loaded_settings
from bot.config import DEFAULT, ENV_PREFIX, SECRETS, LoadedSettings, unknown_variables
from bot.settings import SchoolHoliday


@click.group("config")
def config_group() -> None:
    """See and check the settings: hearme.toml, overridden by HEARME_* variables.

    The file is the one HEARME_CONFIG names, else hearme.toml next to the database. A key in a
    table is set from the environment with a double underscore: quiet.start is
    HEARME_QUIET__START.
    """


@config_group.command("show")
def show_command() -> None:
    """Print every setting, its value and where it came from (secrets only as set or not)."""
    loaded = loaded_settings()
    _warn_unknown_variables()
    click.echo(_file_line(loaded))
    rows = [("key", "value", "from")]
    rows += [
        (key, _shown(key, _value(loaded, key)), origin) for key, origin in loaded.origins.items()
    ]
    key_width = max(len(row[0]) for row in rows)
    value_width = max(len(row[1]) for row in rows)
    for key, value, origin in rows:
        click.echo(f"{key:<{key_width}}  {value:<{value_width}}  {origin}".rstrip())


@config_group.command("check")
def check_command() -> None:
    """Check the settings file and HEARME_* variables; name every key that is wrong."""
    loaded = loaded_settings()
    _warn_unknown_variables()
    click.echo(_file_line(loaded))
    origins = list(loaded.origins.values())
    from_file = origins.count(str(loaded.file))
    from_env = len(origins) - from_file - origins.count(DEFAULT)
    click.echo(
        f"The settings are valid: {from_file} from the file, {from_env} from the environment, "
        "the rest are defaults."
    )


def _warn_unknown_variables() -> None:
    for warning in unknown_variables():
        click.echo(f"Warning: {warning}", err=True)


def _file_line(loaded: LoadedSettings) -> str:
    if loaded.file_found:
        return f"Settings file: {loaded.file}"
    return f"Settings file: {loaded.file} (not there: defaults and {ENV_PREFIX}* variables apply)"


def _value(loaded: LoadedSettings, key: str) -> Any:
    value: Any = loaded.settings
    for part in key.split("."):
        value = getattr(value, part)
    return value


def _shown(key: str, value: Any) -> str:
    """A value as a person reads it; a secret never, only whether it is set."""
    if key in SECRETS or isinstance(value, SecretStr):
        return "(not set)" if value is None else "(set)"
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, tuple):
        if not value:
            return "(none)"
        return ", ".join(_item(item) for item in value)
    return str(value)


def _item(item: Any) -> str:
    if isinstance(item, SchoolHoliday):
        return f"{item.start} to {item.end}"
    if isinstance(item, BaseModel):
        return item.model_dump_json()
    return str(item)


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    group.add_command(config_group)
