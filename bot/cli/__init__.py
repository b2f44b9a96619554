"""The ``hearme`` command line. Each group of commands lives in its own module.

Modules are imported only when one of their commands runs: the bot's modules pull in
python-telegram-bot and aiohttp, and `hearme import` should not wait for any of that. The
safeguarding detector's patterns are not compiled on import at all (``surveys.on_first_use``):
only the commands that read children's words (``run``, ``try``) compile them, as they start.

Commands that live outside the runtime package (``hearme demo``, in ``hearme_dev``) add
themselves through the ``hearme.commands`` entry point group, so the bot never imports them.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

import click

# command name -> the module whose ``register(group)`` adds it
COMMANDS: dict[str, str] = {
    "init": "bot.cli.admin_cmds",
    "import": "bot.cli.admin_cmds",
    "child": "bot.cli.rights_cmds",
    "backup": "bot.cli.rights_cmds",
    "restore": "bot.cli.rights_cmds",
    "purge": "bot.cli.rights_cmds",
    "staff": "bot.cli.staff_cmds",
    "surveys": "bot.cli.survey_cmds",
    "try": "bot.cli.survey_cmds",
    "run": "bot.cli.bot_cmds",
    "invite": "bot.cli.bot_cmds",
    "invite-staff": "bot.cli.bot_cmds",
    "campaign": "bot.cli.bot_cmds",
    "views": "bot.cli.report_cmds",
    "report": "bot.cli.report_cmds",
    "quotes": "bot.cli.quotes_cmds",
    "export": "bot.cli.ssda903_cmds",
    "config": "bot.cli.config_cmds",
    "status": "bot.cli.status_cmds",
}


# Installed packages may add commands: ``[project.entry-points."hearme.commands"]`` in their
# pyproject, name = the module whose ``register(group)`` adds the command.
PLUGIN_GROUP = "hearme.commands"


def all_commands() -> dict[str, str]:
    """Every command name and its module: hearme's own, then those installed packages add."""
    added = {point.name: point.value for point in entry_points(group=PLUGIN_GROUP)}
    return {**added, **COMMANDS}


class LazyGroup(click.Group):
    """A group that imports a command's module the first time the command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(all_commands())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = all_commands().get(cmd_name)
        if module_name is None:
            return None
        holder = click.Group()
        importlib.import_module(module_name).register(holder)
        return holder.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hearme")
def main() -> None:
    """hearme: children in care tell their reviews what they think."""
