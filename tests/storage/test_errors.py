"""One root for every error a person has to fix, so callers catch one thing."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from storage.errors import DataKeyError, HearmeError, ImportFileError, StorageError

ROOT = Path(__file__).resolve().parents[2]
# A caller's mistake, not a person's: these stay ValueError, and the code that can cause them
# checks first (``definition.variant_for``) or catches them by name.
CALLER_MISTAKES = {
    "surveys.engine.NoVariant",
    "surveys.engine.DefinitionMismatch",
    "bot.conversation.consultation.NotOffered",
    "bot.channels.web.passcodes.PasscodeProblem",
    "bot.cli.admin_cmds._NothingImported",
}


def _our_errors() -> list[type[BaseException]]:
    found = []
    for package in ("surveys", "storage", "reports", "bot"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, f"{package}."):
            module = importlib.import_module(info.name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, BaseException) and cls.__module__ == info.name:
                    found.append(cls)
    return found


def test_every_error_of_ours_is_under_hearme_error() -> None:
    errors = _our_errors()
    assert len(errors) > 10, "the walk found hearme's errors"
    outside = [
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in errors
        if not issubclass(cls, HearmeError)
        and f"{cls.__module__}.{cls.__qualname__}" not in CALLER_MISTAKES
    ]
    assert outside == []


def test_storage_errors_keep_their_old_homes_and_share_the_root() -> None:
    from storage import backup, crypto, db, keycheck, runs, sheets

    assert db.StorageError is StorageError and crypto.DataKeyError is DataKeyError
    assert sheets.ImportFileError is ImportFileError
    for cls in (
        db.NewerDatabaseError,
        db.EditedMigrationError,
        runs.RunNotFoundError,
        backup.BackupError,
        keycheck.WrongKeyError,
    ):
        assert issubclass(cls, HearmeError), cls


@pytest.mark.parametrize(
    ("args", "key", "says"),
    [
        (["import", "children", "missing.csv"], None, "missing.csv"),  # ImportFileError
        (["views", "C001"], "gone.key", "gone.key"),  # DataKeyError
    ],
)
def test_the_cli_turns_any_hearme_error_into_a_sentence(
    tmp_path: Path, args: list[str], key: str | None, says: str
) -> None:
    env = {"HEARME_DB": str(tmp_path / "hearme.db"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    hearme = [sys.executable, "-c", "from bot.cli import main; main()"]
    subprocess.run([*hearme, "init"], cwd=tmp_path, env=env, check=True, capture_output=True)
    done = subprocess.run(
        [*hearme, *args],
        cwd=tmp_path,
        env=env if key is None else {**env, "HEARME_DATA_KEY": str(tmp_path / key)},
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    assert says in done.stderr, done.stderr
