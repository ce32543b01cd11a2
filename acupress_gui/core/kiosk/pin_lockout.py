"""The PIN pad's lockout: after five wrong PINs the pad waits, longer each time.

Kept in the kiosk's state folder so a restart does not reset it (pulling the plug is not
a way to guess faster); in memory where nothing is writable. Times are the wall clock's,
since the lockout must outlast the process.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

LOCKOUT_FILE_NAME = "pin-lockout.json"
TRIES_BEFORE_LOCK = 5
FIRST_LOCK_SECONDS = 30
LONGEST_LOCK_SECONDS = 3600


@dataclass(slots=True)
class PinLockout:
    """Wrong tries since the last right PIN, and until when the pad refuses any."""

    clock: Callable[[], float]
    """Seconds since the epoch (``time.time`` outside tests)."""
    path: Path | None = None
    """Where the state is kept; None keeps it in memory only."""
    wrong_tries: int = 0
    locks: int = 0
    locked_until: float = 0.0

    @classmethod
    def load(cls, clock: Callable[[], float], folder: Path | None) -> PinLockout:
        lockout = cls(clock, None if folder is None else folder / LOCKOUT_FILE_NAME)
        if lockout.path is None:
            return lockout
        try:
            document = json.loads(lockout.path.read_bytes()[:4096])
            lockout.wrong_tries = max(0, int(document["wrong_tries"]))
            lockout.locks = max(0, int(document["locks"]))
            lockout.locked_until = float(document["locked_until"])
        except FileNotFoundError:
            return lockout  # no wrong PIN typed yet
        except (OSError, ValueError, KeyError, TypeError) as error:
            # Unreadable state must not unlock the pad: treat it as a fresh lock.
            log.warning("PIN lockout state %s unusable (%s); locking the pad", lockout.path, error)
            lockout.locks = 1
            lockout.locked_until = clock() + FIRST_LOCK_SECONDS
        return lockout

    def seconds_left(self) -> int:
        """Whole seconds until the pad takes a PIN again; 0 when it takes one now."""
        left = self.locked_until - self.clock()
        return max(0, int(left + 0.999))

    def record(self, right: bool) -> None:
        """Count one try: a right PIN clears the count, the fifth wrong one locks."""
        if right:
            self.wrong_tries = 0
            self.locks = 0
            self.locked_until = 0.0
        else:
            self.wrong_tries += 1
            if self.wrong_tries >= TRIES_BEFORE_LOCK:
                self.wrong_tries = 0
                seconds = min(LONGEST_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2**self.locks)
                self.locks += 1
                self.locked_until = self.clock() + seconds
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        document = {
            "wrong_tries": self.wrong_tries,
            "locks": self.locks,
            "locked_until": self.locked_until,
        }
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_text(json.dumps(document), encoding="ascii")
            os.replace(temporary, self.path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            log.warning("PIN lockout state kept in memory only: %s", error)
            self.path = None
