"""Storage's errors, under the one root every caller catches (:class:`HearmeError`).

``HearmeError`` is defined in :mod:`surveys.errors` (the lowest room, so survey errors share it)
and re-exported here, beside the errors of the database file, the data key and imported files.
"""

from __future__ import annotations

from surveys.errors import HearmeError as HearmeError


class StorageError(HearmeError):
    """A problem with the database file that a person has to fix."""


class DataKeyError(HearmeError):
    """The key file is missing, unreadable or not the key this data was written with."""


class ImportFileError(HearmeError):
    """The file as a whole cannot be read (not CSV, not UTF-8, columns missing)."""
