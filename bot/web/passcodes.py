"""How a child comes back to their web page: a short PIN or a pair of pictures, hashed with scrypt.

Pure logic: checking what was typed or tapped, turning it into one canonical secret, and the KDF.
A 4-digit PIN is weak on its own; what protects it is the guessing limit on the link (a few
tries, then a lock) and that a guess needs the child's private link as well.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Picture:
    """One friendly picture a child can pick; ``label`` is what a screen reader says."""

    id: str
    emoji: str
    label: str


PICTURES: tuple[Picture, ...] = (
    Picture("dog", "🐶", "dog"),
    Picture("cat", "🐱", "cat"),
    Picture("fox", "🦊", "fox"),
    Picture("panda", "🐼", "panda"),
    Picture("frog", "🐸", "frog"),
    Picture("butterfly", "🦋", "butterfly"),
    Picture("sunflower", "🌻", "sunflower"),
    Picture("rainbow", "🌈", "rainbow"),
    Picture("star", "⭐", "star"),
    Picture("apple", "🍎", "apple"),
    Picture("rocket", "🚀", "rocket"),
    Picture("football", "⚽", "football"),
)
_PICTURE_IDS = {picture.id for picture in PICTURES}

PIN_MIN = 4
PIN_MAX = 6

# scrypt cost: about 16 MiB and a few tens of milliseconds a check; enough that a stolen file's
# hashes are not free to reverse, cheap enough for a school tablet's wait.
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_KEY_BYTES = 32
_SALT_BYTES = 16


class PasscodeProblem(ValueError):
    """What the child typed or tapped cannot be used; the message is shown to them as it is."""


def pin_secret(pin: str, repeat: str | None = None) -> str:
    """The canonical secret for a PIN; ``repeat`` (when setting one) must match.

    Raises:
        PasscodeProblem: with a short, kind sentence for the child.
    """
    pin = pin.strip()
    if not pin.isascii() or not pin.isdigit() or not PIN_MIN <= len(pin) <= PIN_MAX:
        raise PasscodeProblem(f"Your PIN needs {PIN_MIN} to {PIN_MAX} numbers.")
    if repeat is not None:
        if repeat.strip() != pin:
            raise PasscodeProblem("The two PINs were different. Please try again.")
        if _too_easy(pin):
            raise PasscodeProblem(
                "That PIN is easy for someone else to guess. Please pick different numbers."
            )
    return f"pin:{pin}"


def _too_easy(pin: str) -> bool:
    """All one digit, or counting up or down by one (1234, 9876)."""
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    return steps in ({0}, {1}, {-1})


def pictures_secret(first: str, second: str) -> str:
    """The canonical secret for an ordered pair of two different pictures.

    Raises:
        PasscodeProblem: when a picture is unknown, missing or the same twice.
    """
    if first not in _PICTURE_IDS or second not in _PICTURE_IDS:
        raise PasscodeProblem("Please pick a first picture and a second picture.")
    if first == second:
        raise PasscodeProblem("Please pick two different pictures.")
    return f"pictures:{first},{second}"


def picture(picture_id: str) -> Picture | None:
    """The picture with this id, or None."""
    return next((item for item in PICTURES if item.id == picture_id), None)


def new_salt() -> bytes:
    """A fresh random salt for one link's secret."""
    return secrets.token_bytes(_SALT_BYTES)


def hash_secret(secret: str, salt: bytes) -> bytes:
    """scrypt of a canonical secret (CPU-heavy: call it off the event loop)."""
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=_KEY_BYTES
    )


def secret_matches(secret: str, salt: bytes, expected: bytes) -> bool:
    """True when ``secret`` hashes to ``expected`` (compared in constant time)."""
    return hmac.compare_digest(hash_secret(secret, salt), expected)
