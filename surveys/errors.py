"""The root of every error hearme raises for a person to fix: :class:`HearmeError`.

It lives here, in the lowest room, so that every room's errors can share it (surveys imports
nothing of ours). The tree, by room:

* ``HearmeError``
    * ``surveys.catalogue.SurveyDefinitionError`` — a survey file has problems
    * ``storage.errors.StorageError`` — the database file (``NewerDatabaseError``,
      ``EditedMigrationError``, ``RunNotFoundError``, ``BackupError``)
    * ``storage.errors.DataKeyError`` — the data key (``WrongKeyError``)
    * ``storage.errors.ImportFileError`` — a council's CSV file as a whole
    * ``bot.config.SettingsError``, ``bot.runner.RunError``, ``bot.channels.web.links.WebLinkError``

A caller that turns errors into a message for a person catches ``HearmeError``. Errors that mean
a caller's mistake (``surveys.engine.NoVariant``, ``DefinitionMismatch``) stay ``ValueError``.
"""

from __future__ import annotations


class HearmeError(Exception):
    """A problem a person has to fix; its message says what to fix."""
