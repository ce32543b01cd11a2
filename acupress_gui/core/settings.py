"""A person's settings: a small JSON file, written atomically so a crash never leaves half.

Unknown keys from a newer version are kept when saving, and a file that cannot be read
is moved aside (never deleted) so its owner can still recover it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Settings:
    """What the app remembers between runs. Window states are Qt's opaque blobs, as text."""

    notice_acknowledged: bool = False
    last_entry: str | None = None
    window_geometry: str | None = None
    splitter_state: str | None = None
    hold_seconds: int = 60
    hold_sets: int = 1
    side_mode: str = "both"
    muted: bool = False
    reduced_motion: bool = False
    ask_pain: bool = True
    """Offer the pain check-in before and after a routine or a hold."""
    may_be_pregnant: bool | None = None
    """None until the person has answered; entries to avoid in pregnancy leave the routine."""
    routine_entries: list[str] | None = None
    """The entry ids the routine walks through, in catalog order; None for all of them."""
    reminders_enabled: bool = False
    reminder_times: list[str] = field(default_factory=list)
    """Local times of day as "HH:MM"."""
    keep_in_tray: bool = False
    """With reminders on, closing the window keeps AcuPress in the system tray."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Keys this version does not know, kept so an older app does not erase them."""


_FIELDS: dict[str, type] = {
    "notice_acknowledged": bool,
    "last_entry": str,
    "window_geometry": str,
    "splitter_state": str,
    "hold_seconds": int,
    "hold_sets": int,
    "side_mode": str,
    "muted": bool,
    "reduced_motion": bool,
    "ask_pain": bool,
    "may_be_pregnant": bool,
    "routine_entries": list,
    "reminders_enabled": bool,
    "reminder_times": list,
    "keep_in_tray": bool,
}
"""Each known key and its type; lists hold text. Keys whose default is None may be null."""

_NULLABLE = frozenset(
    item.name for item in fields(Settings) if item.default is None and item.name in _FIELDS
)


def _fits(key: str, value: Any, expected: type) -> bool:
    if value is None:
        return key in _NULLABLE
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected is list:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return isinstance(value, expected)


class SettingsStore:
    """Reads and writes ``Settings`` at one path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        """The saved settings, or defaults when there are none or they are unreadable."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except OSError as error:
            log.warning("Cannot read settings %s: %s; using defaults", self.path, error)
            return Settings()
        try:
            document = json.loads(raw)
            if not isinstance(document, dict):
                raise ValueError("the top level is not an object")
        except ValueError as error:
            kept = self._move_aside()
            log.warning(
                "Settings %s are damaged (%s); kept as %s, using defaults", self.path, error, kept
            )
            return Settings()

        settings = Settings()
        for key, value in document.items():
            expected = _FIELDS.get(key)
            if expected is None:
                settings.extra[key] = value
            elif _fits(key, value, expected):
                setattr(settings, key, value)
            else:
                log.warning("Ignoring setting %r: %r is not a %s", key, value, expected.__name__)
        return settings

    def save(self, settings: Settings) -> None:
        """Write atomically: a temporary file beside the target, fsync, then rename."""
        document = dict(settings.extra)
        document.update({key: getattr(settings, key) for key in _FIELDS})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=".settings-", suffix=".tmp", dir=self.path.parent
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(document, stream, indent=2, sort_keys=True)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def _move_aside(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        os.replace(self.path, target)
        return target
