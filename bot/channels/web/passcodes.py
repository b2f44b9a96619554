"""How a child comes back to their web page: a short PIN or three pictures, hashed with scrypt.

Pure logic: checking what was typed or tapped, turning it into one canonical secret, and the KDF.
A 4-digit PIN or three pictures in order from twelve (1,320 orders) is weak on its own; what
protects it is that a guess needs the child's private link as well, and the guessing limits on
that link (a few tries, then locks that grow longer, then the link is retired). Three pictures,
not four, because a six-year-old must be able to remember them.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import secrets
from collections.abc import Sequence
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
PICTURE_COUNT = 3

# scrypt cost: about 16 MiB and a few tens of milliseconds a check; enough that a stolen file's
# hashes are not free to reverse, cheap enough for a school tablet's wait.
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_KEY_BYTES = 32
_SALT_BYTES = 16


class PasscodeProblem(ValueError):
    """What the child typed or tapped cannot be used; ``key`` names the sentence
    (:mod:`bot.channels.web.texts`) that tells them why, in their language."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def pin_secret(pin: str, repeat: str | None = None) -> str:
    """The canonical secret for a PIN; ``repeat`` (when setting one) must match.

    Raises:
        PasscodeProblem: with a short, kind sentence for the child.
    """
    pin = pin.strip()
    if not pin.isascii() or not pin.isdigit() or not PIN_MIN <= len(pin) <= PIN_MAX:
        raise PasscodeProblem("pin_length")
    if repeat is not None:
        if repeat.strip() != pin:
            raise PasscodeProblem("pin_mismatch")
        if too_easy(pin):
            raise PasscodeProblem("pin_easy")
    return f"pin:{pin}"


# Years a child, their family or their carers are likely to pick: birth years and the years
# around now. A stranger who knows roughly how old the child is tries these first.
_EASY_YEARS = range(1990, 2031)


def too_easy(pin: str) -> bool:
    """True for a PIN someone else would try early: one digit repeated (0000), a short block
    repeated (1212, 123123), digits going up or down evenly (1234, 9876, 2468, 7890), or a year
    from 1990 to 2030."""
    digits = [int(digit) for digit in pin]
    # Evenly spaced, going round the dial (7890 and 8901 count as counting up).
    steps = {(b - a) % 10 for a, b in itertools.pairwise(digits)}
    if len(steps) == 1:
        return True
    for size in range(1, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            return True
    return len(pin) == 4 and int(pin) in _EASY_YEARS


def pictures_secret(chosen: Sequence[str], *, count: int = PICTURE_COUNT) -> str:
    """The canonical secret for ``count`` different pictures in the order they were picked.

    Raises:
        PasscodeProblem: when a picture is unknown or missing, or one is picked twice.
    """
    if len(chosen) != count or any(item not in _PICTURE_IDS for item in chosen):
        raise PasscodeProblem("pictures_missing")
    if len(set(chosen)) != count:
        raise PasscodeProblem("pictures_same")
    return "pictures:" + ",".join(chosen)


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
