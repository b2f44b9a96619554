"""Children's words at rest: AES-256-GCM with a key kept in a file outside the database.

The key file is named by ``HEARME_DATA_KEY``. It holds 32 random bytes, hex-encoded, and is
created with mode 0600 by ``hearme init``. The key never goes into the database or the logs.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.errors import DataKeyError as DataKeyError

KEY_ENV = "HEARME_DATA_KEY"
DEFAULT_KEY_FILE = "hearme.key"
_NONCE_BYTES = 12
# A version byte in front of every ciphertext lets a later key scheme sit beside this one.
_FORMAT = b"\x01"


class Cipher:
    """Encrypts and decrypts short texts with one AES-GCM key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise DataKeyError("the data key must be 32 bytes (64 hex characters)")
        self._aead = AESGCM(key)
        # A separate key for fingerprints, so the data key itself never does two jobs.
        self._fingerprint_key = hmac.new(key, b"hearme fingerprint v1", hashlib.sha256).digest()
        self._check_value = hmac.new(key, b"hearme data key check v1", hashlib.sha256).hexdigest()

    def check_value(self) -> str:
        """A value that names this key without revealing it (HMAC-SHA256 of a fixed label).

        Stored in the database (``data_key_check``) so that a different key is recognised and
        refused before anything is written under it.
        """
        return self._check_value

    def fingerprint(self, text: str) -> str:
        """A one-way, keyed fingerprint of a short text (HMAC-SHA256, hex).

        Equal texts give equal fingerprints under the same key, so a stored fingerprint can be
        matched; without the key file nobody can test guesses against it.
        """
        return hmac.new(self._fingerprint_key, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def encrypt(self, text: str) -> bytes:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return _FORMAT + nonce + self._aead.encrypt(nonce, text.encode("utf-8"), None)

    def decrypt(self, blob: bytes) -> str:
        if not blob or blob[:1] != _FORMAT:
            raise DataKeyError("this value was not written by hearme's encryption")
        nonce, body = blob[1 : 1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, None).decode("utf-8")
        except InvalidTag as error:
            raise DataKeyError(
                "children's words could not be decrypted: HEARME_DATA_KEY names a different key "
                "from the one this database was written with"
            ) from error

    def encrypt_optional(self, text: str | None) -> bytes | None:
        return None if text is None else self.encrypt(text)

    def decrypt_optional(self, blob: bytes | None) -> str | None:
        return None if blob is None else self.decrypt(blob)


def key_path(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get(KEY_ENV) or DEFAULT_KEY_FILE)


def new_key() -> bytes:
    """A new data key: 32 random bytes, for :class:`Cipher` and :func:`create_key_file`."""
    return secrets.token_bytes(32)


def create_key_file(path: Path, key: bytes | None = None) -> bool:
    """Create a key file (mode 0600) holding ``key``, or a new one when not given, unless a
    file is there already. Returns True when created."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write((key if key is not None else new_key()).hex() + "\n")
    return True


def key_file_warnings(key: Path, database: Path) -> list[str]:
    """What is unsafe about how the key file is kept, as sentences for whoever runs hearme.

    The key protects children's words only while it is kept apart: readable by others, or in
    the database's own folder (copied, backed up or handed over with it), it protects nothing.
    Empty when all is well, or when the key cannot be read (:func:`load_cipher` says why).
    """
    try:
        mode = stat.S_IMODE(key.stat().st_mode)
    except OSError:
        return []
    warnings = []
    if mode & 0o077:
        warnings.append(
            f"Warning: the data key {key} can be read by other users of this machine "
            f"(mode {mode:04o}): run `chmod 600 {key}`."
        )
    if key.resolve().parent == database.resolve().parent:
        warnings.append(
            f"Warning: the data key {key} is in the same folder as the database {database}, so "
            "whoever copies or backs up that folder can read the children's words: move the key "
            f"to another folder and set {KEY_ENV} to it."
        )
    return warnings


def load_cipher(path: Path) -> Cipher:
    """Read the key file; errors say which file and what to do."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError as error:
        raise DataKeyError(
            f"no data key at {path}: set HEARME_DATA_KEY to the key file `hearme init` created "
            "(children's words cannot be read or written without it)"
        ) from error
    except OSError as error:
        raise DataKeyError(f"cannot read the data key {path}: {error.strerror}") from error
    try:
        key = bytes.fromhex(text)
    except ValueError as error:
        raise DataKeyError(
            f"{path} is not a hearme data key (expected 64 hex characters)"
        ) from error
    return Cipher(key)
