"""Commands of this group are added as the room behind them lands."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
