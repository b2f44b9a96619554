"""The ``hearme`` command line. Each group of commands lives in its own module.

Modules are imported only when one of their commands runs: the bot's modules pull in
python-telegram-bot, aiohttp and the concern phrase lists, and `hearme import` should not wait
for any of that.
"""

from __future__ import annotations

import importlib

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
    "demo": "hearme_dev.demo.cli",
    "config": "bot.cli.config_cmds",
    "status": "bot.cli.status_cmds",
}


class LazyGroup(click.Group):
    """A group that imports a command's module the first time the command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        holder = click.Group()
        importlib.import_module(module_name).register(holder)
        return holder.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hearme")
def main() -> None:
    """hearme: children in care tell their reviews what they think."""
