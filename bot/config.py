"""Where a council's settings come from: ``hearme.toml``, overridden by environment variables.

Every command loads them once, through :func:`load_settings` (``bot.cli.common.council_settings``),
so ``hearme run``, ``invite``, ``campaign`` and the reports all see the same values.

Precedence, highest first:

1. ``HEARME_<KEY>`` environment variables; a key inside a table joins with a double underscore
   (``quiet.start`` is ``HEARME_QUIET__START``). Lists are comma-separated
   (``HEARME_TRUSTED_PROXIES=10.0.0.5,10.0.0.6``) or JSON (``HEARME_SCHOOL_HOLIDAYS``).
   ``TELEGRAM_BOT_TOKEN`` and ``TELEGRAM_API_URL`` keep their old names.
2. ``hearme.toml``: the file named by ``HEARME_CONFIG``, else the one next to the database.
3. The defaults in ``bot.settings``.

Secrets (the bot token, the e-mail password, the sign-in client secret) and the database and key
locations come from the environment only (:data:`ENV_ONLY`). A misspelt key in the file is an
error, never silently ignored.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)
from pydantic_settings import SettingsError as SourceError

from bot.settings import Settings
from storage.errors import HearmeError

CONFIG_ENV = "HEARME_CONFIG"
DB_ENV = "HEARME_DB"
FILE_NAME = "hearme.toml"
ENV_PREFIX = "HEARME_"
NESTED = "__"
DEFAULT = "default"
# Environment names from before hearme.toml that do not follow HEARME_<KEY>.
LEGACY_ENV = {"telegram_bot_token": "TELEGRAM_BOT_TOKEN", "telegram_api_url": "TELEGRAM_API_URL"}
SECRETS = ("telegram_bot_token", "staff_email.password", "identity_provider.client_secret")
# Keys the file may not set, and why: a secret in a file is one more copy to leak, and the
# file itself is found next to the database.
ENV_ONLY = {
    "db": "the settings file is found next to the database",
    "data_key": "the key is kept apart from the settings",
    **{key: "a secret stays out of files" for key in SECRETS},
}


class SettingsError(HearmeError):
    """The settings are not valid; ``problems`` name each key, what is wrong and where it was."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {problem}" for problem in problems)
        super().__init__(f"the settings are not valid:\n{lines}")


@dataclass(frozen=True)
class Problem:
    key: str
    message: str
    origin: str  # the settings file's path or an environment variable's name

    def __str__(self) -> str:
        where = f"from {self.origin}" if _is_env_name(self.origin) else f"in {self.origin}"
        return f"{self.key}: {self.message} ({where})"


@dataclass(frozen=True)
class LoadedSettings:
    """The effective settings and, for ``hearme config show``, where each value came from."""

    settings: Settings
    file: Path
    file_found: bool
    origins: dict[str, str] = field(default_factory=dict)  # key -> "default", file or variable


def config_path() -> Path:
    """The settings file: ``HEARME_CONFIG``, else ``hearme.toml`` beside the database."""
    named = os.environ.get(CONFIG_ENV, "").strip()
    if named:
        return Path(named)
    database = os.environ.get(DB_ENV, "").strip() or str(Settings.model_fields["db"].default)
    if "://" in database:  # a database server: no folder to look in
        return Path(FILE_NAME)
    return Path(database).parent / FILE_NAME


def load_settings() -> LoadedSettings:
    """Read the settings file and the environment, validate, and say where each value came from.

    Raises:
        SettingsError: naming every key that is wrong, what is wrong, and the file or variable.
    """
    path = config_path()
    if os.environ.get(CONFIG_ENV, "").strip() and not path.is_file():
        raise SettingsError([Problem(CONFIG_ENV, f"no settings file at {path}", CONFIG_ENV)])
    table = _read_file(path)
    problems = [
        Problem(key, f"set {env_name(key)} in the environment instead ({why})", str(path))
        for key, why in ENV_ONLY.items()
        if _lookup(table, key) is not None
    ]
    if problems:
        raise SettingsError(problems)
    try:
        loaded = _CouncilSettings()
    except ValidationError as error:
        raise SettingsError(_problems(error, table, path)) from None
    except SourceError as error:  # an environment value that is not valid JSON
        raise SettingsError([_source_problem(error)]) from None
    settings = Settings.model_validate(loaded.model_dump())
    origins = {key: _origin(key, table, path) for key in setting_keys()}
    return LoadedSettings(settings, path, path.is_file(), origins)


def setting_keys(model: type[BaseModel] = Settings, prefix: str = "") -> list[str]:
    """Every key a council can set, tables flattened (``quiet.start``), in declaration order."""
    keys: list[str] = []
    for name, info in model.model_fields.items():
        section = _section(info)
        if section is None:
            keys.append(prefix + name)
        else:
            keys.extend(setting_keys(section, f"{prefix}{name}."))
    return keys


def unknown_variables() -> list[str]:
    """``HEARME_*`` variables that set nothing, each with a guess at the one meant.

    The environment also carries variables hearme does not own, so these are warnings for
    ``hearme config``, not errors; a misspelt ``HEARME_QUITE__START`` would otherwise do nothing.
    """
    known = {_env_names(key)[0] for key in setting_keys()}
    known |= {ENV_PREFIX + name.upper() for name in Settings.model_fields}  # whole tables
    known |= {CONFIG_ENV}
    found = []
    for name in sorted(os.environ):
        upper = name.upper()
        if not upper.startswith(ENV_PREFIX) or upper in known:
            continue
        close = difflib.get_close_matches(upper, sorted(known), n=1, cutoff=0.8)
        hint = f"; did you mean {close[0]}?" if close else ""
        found.append(f"{name} is not a hearme setting, so it changes nothing{hint}")
    return found


class _LegacyEnv(PydanticBaseSettingsSource):
    """``TELEGRAM_BOT_TOKEN`` and ``TELEGRAM_API_URL``, read as they always were."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        values = {key: os.environ.get(name, "").strip() for key, name in LEGACY_ENV.items()}
        return {key: value for key, value in values.items() if value}


class _CouncilSettings(BaseSettings, Settings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter=NESTED,
        # An empty variable means "not set", as before hearme.toml.
        env_ignore_empty=True,
        extra="forbid",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            _LegacyEnv(settings_cls),
            TomlConfigSettingsSource(settings_cls, toml_file=config_path()),
        )


def _read_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        why = f'not valid TOML: {error} (times and text go in quotes: start = "20:30")'
    except OSError as error:
        why = f"cannot be read: {error.strerror}"
    raise SettingsError([Problem("(file)", why, str(path))])


def _section(info: FieldInfo) -> type[BaseModel] | None:
    annotation = info.annotation
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def env_name(key: str) -> str:
    """The variable a council sets ``key`` with: ``quiet.start`` is HEARME_QUIET__START."""
    return LEGACY_ENV.get(key) or _env_names(key)[0]


def _env_names(key: str) -> list[str]:
    """The variables that can set ``key``, most specific first."""
    parts = key.split(".")
    names = [ENV_PREFIX + NESTED.join(parts).upper()]
    if len(parts) > 1:
        names.append(ENV_PREFIX + parts[0].upper())  # the whole table as JSON
    if key in LEGACY_ENV:
        names.append(LEGACY_ENV[key])
    return names


def _is_env_name(origin: str) -> bool:
    return re.fullmatch(r"[A-Z][A-Z0-9_]*", origin) is not None


def _set_in_environment(key: str) -> str | None:
    present = {name.upper() for name, value in os.environ.items() if value != ""}
    return next((name for name in _env_names(key) if name in present), None)


def _lookup(table: dict[str, Any], key: str) -> Any:
    value: Any = table
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _origin(key: str, table: dict[str, Any], path: Path) -> str:
    variable = _set_in_environment(key)
    if variable is not None:
        return variable
    return str(path) if _lookup(table, key) is not None else DEFAULT


def _problems(error: ValidationError, table: dict[str, Any], path: Path) -> list[Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        names = [part for part in detail["loc"] if isinstance(part, str)]
        shown = "".join(
            f"[{part + 1}]" if isinstance(part, int) else f".{part}" for part in detail["loc"]
        ).lstrip(".")
        message = _friendly(detail, secret=".".join(names) in SECRETS)
        # A check of two fields names the one to fix first ("end: ... is before start").
        named = re.match(r"([a-z_]+): (.*)", message, re.DOTALL)
        if named and detail["type"] == "value_error":
            shown = f"{shown}.{named[1]}".lstrip(".")
            names.append(named[1])
            message = named[2]
        origin = _origin(_known_prefix(names), table, path)
        problems.append(Problem(shown, message, str(path) if origin == DEFAULT else origin))
    return problems


def _known_prefix(names: list[str]) -> str:
    """The longest leading part of ``names`` that is a setting or table (for its origin)."""
    keys = setting_keys()
    for end in range(len(names), 0, -1):
        key = ".".join(names[:end])
        if key in keys or any(known.startswith(key + ".") for known in keys):
            return key
    return ".".join(names)


def _friendly(detail: ErrorDetails, *, secret: bool) -> str:
    kind, context = detail["type"], detail.get("ctx") or {}
    if kind == "extra_forbidden":
        return "not a setting hearme knows" + _suggestion(detail["loc"])
    simple = {
        "int_parsing": "not a whole number",
        "int_type": "not a whole number",
        "int_from_float": "not a whole number",
        "float_parsing": "not a number",
        "float_type": "not a number",
        "bool_parsing": "not true or false",
        "string_type": "not text (put it in quotes)",
        "tuple_type": 'not a list (like ["a", "b"])',
        "list_type": 'not a list (like ["a", "b"])',
        "model_type": "not a table of settings",
        "dict_type": "not a table of settings",
        "missing": "missing",
        "greater_than_equal": f"must be {context.get('ge')} or more",
        "greater_than": f"must be more than {context.get('gt')}",
        "less_than_equal": f"must be {context.get('le')} or less",
    }
    if kind.startswith(("date_", "datetime_")):
        message = "not a date like 2026-07-22"
    else:
        message = simple.get(kind) or detail["msg"].removeprefix("Value error, ")
        message = message.replace("Input should be", "should be")
    shown = detail.get("input")
    scalar = isinstance(shown, str | int | float | date | time) and not isinstance(shown, bool)
    if not secret and scalar and kind != "value_error" and kind != "missing":
        message += f" (got {shown!r})" if not isinstance(shown, date | time) else f" (got {shown})"
    return message


def _suggestion(location: tuple[int | str, ...]) -> str:
    model: type[BaseModel] | None = Settings
    for part in location[:-1]:
        if model is None or not isinstance(part, str) or part not in model.model_fields:
            return ""
        model = _section(model.model_fields[part])
    unknown = str(location[-1])
    if model is None:
        return ""
    names = list(model.model_fields)
    for word in (unknown, unknown.split("_")[0]):
        close = difflib.get_close_matches(word, names, n=1, cutoff=0.75)
        if close:
            return f"; did you mean {close[0]}?"
    return ""


def _source_problem(error: SourceError) -> Problem:
    found = re.search(r'field "(\w+)"', str(error))
    key = found[1] if found else "(environment)"
    variable = _set_in_environment(key) or "environment"
    return Problem(key, "not valid JSON (a list of tables goes as JSON in a variable)", variable)
