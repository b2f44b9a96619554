"""The ``hearme`` command line. Each group of commands lives in its own module."""

from __future__ import annotations

import click

from bot.cli import admin_cmds, bot_cmds, demo_cmds, report_cmds, survey_cmds


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hearme")
def main() -> None:
    """hearme: children in care tell their reviews what they think."""


for module in (admin_cmds, survey_cmds, bot_cmds, report_cmds, demo_cmds):
    module.register(main)
