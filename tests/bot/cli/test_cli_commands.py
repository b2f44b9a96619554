"""The lazy ``hearme`` group knows every command each module registers, and no others."""

from __future__ import annotations

import importlib
import subprocess
import sys

import click

from bot.cli import COMMANDS


def test_every_registered_command_is_listed_under_its_module() -> None:
    registered: dict[str, str] = {}
    for module_name in sorted(set(COMMANDS.values())):
        holder = click.Group()
        importlib.import_module(module_name).register(holder)
        registered.update({name: module_name for name in holder.commands})
    assert registered == COMMANDS


def test_help_lists_every_command_and_unknown_ones_fail_clearly() -> None:
    hearme = [sys.executable, "-c", "from bot.cli import main; main()"]
    shown = subprocess.run([*hearme, "--help"], capture_output=True, text=True, check=True)
    for name in COMMANDS:
        assert f"  {name} " in shown.stdout
    unknown = subprocess.run([*hearme, "frobnicate"], capture_output=True, text=True)
    assert unknown.returncode == 2
    assert "No such command 'frobnicate'" in unknown.stderr
