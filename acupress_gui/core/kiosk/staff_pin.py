"""The staff PIN: set from a terminal or standard input, kept only as a salted scrypt hash.

The hash has a file of its own beside ``kiosk.toml``, so setting a PIN never rewrites the
staff's comments there. A PIN is 4 to 12 digits: short enough for an on-screen pad, and
scrypt's cost (about 50 ms a try) with the pad's lockout makes guessing slow.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PIN_FILE_NAME = "kiosk-pin.json"
MIN_DIGITS = 4
MAX_DIGITS = 12
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16
_KEY_BYTES = 32
_MAX_FILE_BYTES = 4096


class PinError(ValueError):
    """A PIN or a PIN file that cannot be used; the message says why, for staff."""


@dataclass(frozen=True, slots=True)
class PinHash:
    """What is kept of a PIN: scrypt's parameters, the salt and the derived key."""

    salt: bytes
    key: bytes
    n: int = _SCRYPT_N
    r: int = _SCRYPT_R
    p: int = _SCRYPT_P

    def matches(self, pin: str) -> bool:
        """Whether ``pin`` is the PIN, compared in constant time."""
        candidate = _derive(pin, self.salt, self.n, self.r, self.p)
        return hmac.compare_digest(candidate, self.key)


def check_pin_form(pin: str) -> None:
    """Raise ``PinError`` unless ``pin`` is 4 to 12 digits 0-9."""
    if not (MIN_DIGITS <= len(pin) <= MAX_DIGITS and pin.isascii() and pin.isdigit()):
        raise PinError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0-9), nothing else")


def hash_pin(pin: str) -> PinHash:
    check_pin_form(pin)
    salt = secrets.token_bytes(_SALT_BYTES)
    return PinHash(salt, _derive(pin, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P))


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not hasattr(hashlib, "scrypt"):  # a Python built without OpenSSL
        raise PinError("this copy of AcuPress cannot hash a PIN: its Python has no OpenSSL")
    return hashlib.scrypt(
        pin.encode("ascii", "replace"), salt=salt, n=n, r=r, p=p, dklen=_KEY_BYTES
    )


def save_pin_hash(folder: Path, pin_hash: PinHash) -> Path:
    """Write the hash beside ``kiosk.toml``, readable by its owner only; atomically, so a
    failed write keeps the old PIN."""
    path = folder / PIN_FILE_NAME
    document = {
        "scheme": "scrypt",
        "n": pin_hash.n,
        "r": pin_hash.r,
        "p": pin_hash.p,
        "salt": base64.b64encode(pin_hash.salt).decode("ascii"),
        "key": base64.b64encode(pin_hash.key).decode("ascii"),
    }
    temporary = path.with_name(f".{PIN_FILE_NAME}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            json.dump(document, file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PinError(f"{path}: cannot be written ({error.strerror or error})") from None
    return path


def load_pin_hash(folder: Path) -> PinHash | None:
    """The stored hash; None when no PIN has been set. Raises ``PinError`` for a damaged
    file, so a kiosk never starts with a PIN nobody can enter."""
    path = folder / PIN_FILE_NAME
    try:
        with path.open("rb") as file:
            data = file.read(_MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise PinError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        document = json.loads(data)
        if not isinstance(document, dict) or document.get("scheme") != "scrypt":
            raise ValueError("not a scrypt PIN file")
        n, r, p = (document[name] for name in ("n", "r", "p"))
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
            raise ValueError("parameters are not whole numbers")
        if not (2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("parameters out of range")
        salt = base64.b64decode(document["salt"], validate=True)
        key = base64.b64decode(document["key"], validate=True)
        if len(salt) < 8 or len(key) != _KEY_BYTES:
            raise ValueError("salt or key of the wrong size")
    except (ValueError, KeyError, TypeError) as error:
        raise PinError(
            f"{path}: is damaged ({error}); set the PIN again with --set-kiosk-pin"
        ) from None
    return PinHash(salt, key, n, r, p)


def read_new_pin(ask: Callable[[str], str]) -> str:
    """A new PIN typed twice; ``ask`` shows a prompt and returns one line (getpass at a
    terminal, a line of standard input otherwise)."""
    first = ask("New kiosk PIN (4 to 12 digits): ").strip()
    check_pin_form(first)
    again = ask("The same PIN again: ").strip()
    if not hmac.compare_digest(first.encode(), again.encode()):
        raise PinError("the two PINs are not the same; nothing was changed")
    return first
