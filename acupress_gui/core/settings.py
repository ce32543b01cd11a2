"""The settings file: versioned JSON, written atomically, never lost when it is bad.

The file is one flat object: ``"schema"`` (absent in the first, unversioned files, which are
version 0) and one key per setting, plus any keys this version does not know, which are kept
so an older or newer app does not erase them.

What happens to a file that cannot be used as it is:

- unreadable bytes, text that is not JSON (cut short, nested too deeply, not UTF-8) or JSON
  that is not an object: the file is moved aside as ``<name>.damaged-<UTC time>`` and the
  app starts from defaults;
- a value of the wrong type or out of range (a hold of -5 s): only that setting falls back
  to its default, the others are kept, and a byte-identical copy of the file is kept aside
  under the same name, so the next save cannot erase the value;
- a file from a newer AcuPress (a higher ``schema``): the settings this version understands
  are used, and the file is never written, so nothing the newer version stored is lost;
- a file that cannot be read, or a damaged one that cannot be set aside (a read-only
  folder): defaults are used and the file is left as it is, never overwritten.

Each case logs a warning and is reported through ``SettingsStore.quarantined``; a refused or
failed save raises ``SettingsError`` in plain words.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acupress_gui.core.preferences import (
    DeviceSettings,
    PersonPreferences,
    SetAside,
    SettingsError,
    StoredPreferences,
    conform,
    field_names,
)
from acupress_gui.core.translatable import QT_TRANSLATE_NOOP, Message, Text, message_of

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

log = logging.getLogger(__name__)

SCHEMA_KEY = "schema"
SCHEMA_VERSION = 1
"""Version 1 added the ``schema`` key; its settings are those of the unversioned files."""


def _from_unversioned(document: dict[str, Any]) -> dict[str, Any]:
    """Version 0 to 1: the keys and their meanings did not change, only the version is new."""
    return document


_MIGRATIONS: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (_from_unversioned,)
"""``_MIGRATIONS[n]`` turns a version-``n`` document into version ``n + 1``."""


class _DamagedError(Exception):
    """The file as a whole cannot be settings; the message is the reason in plain words."""


class SettingsStore:
    """Reads and writes the settings at one path.

    With ``person_on_disk=False`` (kiosk mode) only the device's settings are written: the
    person's preferences, health answers among them, live in memory and never reach the file.
    Person keys already in the file are then neither read nor changed.
    """

    def __init__(self, path: Path, *, person_on_disk: bool = True) -> None:
        self.path = path
        self.person_on_disk = person_on_disk
        self.quarantined: SetAside | None = None
        """What the last read had to set aside, for the app to tell the person; else None."""
        self.newer_schema: int | None = None
        """The version of a file from a newer AcuPress, which this one never overwrites."""
        self._extra: dict[str, Any] = {}
        """Keys the last read did not know, written back so an older or newer app keeps them."""
        self._refusal: str | None = None
        self._written: str | None = None

    def read(self) -> StoredPreferences:
        """The stored settings, with defaults for whatever is missing or unusable."""
        stored = self._read()
        return replace(stored, set_aside=self.quarantined)

    def peek(self) -> StoredPreferences:
        """The stored settings for a command that only reads them (``--handout``):
        defaults for whatever is missing or unusable, and nothing moved, copied or set
        aside, which the app does, and tells the person, at its next start."""
        return self._read(keep_aside=False)

    def _read(self, keep_aside: bool = True) -> StoredPreferences:
        self.quarantined = None
        self.newer_schema = None
        self._extra = {}
        self._refusal = None
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return StoredPreferences()
        except OSError as error:
            reason: str = Message(
                QT_TRANSLATE_NOOP("settings", "it could not be read ({why})"), why=_plainly(error)
            )
            self._refusal = reason
            self.quarantined = SetAside(self.path, None, reason)
            log.warning(
                "Settings %s: %s (%s); left as it is, using defaults", self.path, reason, error
            )
            return StoredPreferences()
        try:
            document = _parse(data)
            schema = _schema_of(document)
        except _DamagedError as damage:
            if keep_aside:
                self.quarantined = self._set_aside(data, message_of(damage), move=True)
            return StoredPreferences()
        if schema > SCHEMA_VERSION:
            self.newer_schema = schema
            self._refusal = QT_TRANSLATE_NOOP(
                "settings", "it was written by a newer version of AcuPress"
            )
            log.warning("Settings %s have schema %d; read only, never written", self.path, schema)
        for migrate in _MIGRATIONS[schema:]:
            document = migrate(document)
        stored, rejected = self._settings_of(document)
        if rejected:
            log.warning("Settings %s: using defaults for %s", self.path, "; ".join(rejected))
            if self.newer_schema is None and keep_aside:
                reason = QT_TRANSLATE_NOOP(
                    "settings",
                    "some of its values could not be used and were reset to their defaults",
                )
                self.quarantined = self._set_aside(data, reason, move=False, rejected=rejected)
        return stored

    def write(self, device: DeviceSettings, person: PersonPreferences) -> None:
        """Write atomically (a temporary file beside the target, fsync, rename), or raise
        ``SettingsError``. Nothing is written when the file would not change."""
        if self._refusal is not None:
            raise SettingsError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "settings", "AcuPress does not save its settings to {path}: {refusal}."
                    ),
                    path=self.path,
                    refusal=self._refusal,
                )
            )
        document = dict(self._extra)
        document.update(_as_json(device))
        if self.person_on_disk:
            document.update(_as_json(person))
        document[SCHEMA_KEY] = SCHEMA_VERSION
        text = json.dumps(document, indent=2, sort_keys=True) + "\n"
        if text == self._written:
            return
        try:
            _write_atomically(self.path, text)
        except OSError as error:
            log.warning("Cannot save settings %s: %s", self.path, error)
            raise SettingsError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "settings", "AcuPress could not save its settings in {folder}: {why}."
                    ),
                    folder=self.path.parent,
                    why=_plainly(error),
                )
            ) from error
        self._written = text

    def _settings_of(self, document: dict[str, Any]) -> tuple[StoredPreferences, tuple[str, ...]]:
        """Usable values by part, unknown keys into ``_extra``, and what was wrong with the rest."""
        parts: list[type] = [DeviceSettings]
        if self.person_on_disk:
            parts.append(PersonPreferences)
        values: dict[type, dict[str, Any]] = {part: {} for part in parts}
        rejected: list[str] = []
        for key, value in document.items():
            part = next((part for part in parts if key in field_names(part)), None)
            if part is None:
                self._extra[key] = value
                continue
            try:
                values[part][key] = conform(part, key, value)
            except ValueError as error:
                rejected.append(str(error))
        device = DeviceSettings(**values[DeviceSettings])
        person = PersonPreferences(**values.get(PersonPreferences, {}))
        return StoredPreferences(device, person), tuple(rejected)

    def _set_aside(
        self, data: bytes, reason: str, *, move: bool, rejected: tuple[str, ...] = ()
    ) -> SetAside:
        """Keep the file's bytes as ``<name>.damaged-<UTC time>``: moved when the file is
        useless, copied when most of it is used. When that fails, refuse to overwrite it."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            if move:
                os.replace(self.path, target)
            else:
                _copy_exclusively(data, target)
        except OSError as error:
            self._refusal = Message(
                QT_TRANSLATE_NOOP("settings", "{reason}, and it could not be kept aside ({why})"),
                reason=reason,
                why=_plainly(error),
            )
            log.warning(
                "Settings %s: %s; cannot keep it aside (%s), left it as it is, using defaults",
                self.path,
                reason,
                error,
            )
            return SetAside(self.path, None, self._refusal, rejected)
        log.warning("Settings %s: %s; kept as %s", self.path, reason, target)
        return SetAside(self.path, target, reason, rejected)


def _parse(data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _DamagedError(QT_TRANSLATE_NOOP("settings", "it is not readable text")) from None
    if _opened_depth(text) > _MAX_NESTING:
        raise _DamagedError(QT_TRANSLATE_NOOP("settings", "it is nested too deeply to be settings"))
    try:
        document = json.loads(text)
    except RecursionError:
        raise _DamagedError(
            QT_TRANSLATE_NOOP("settings", "it is nested too deeply to be settings")
        ) from None
    except ValueError:
        raise _DamagedError(QT_TRANSLATE_NOOP("settings", "it is cut short or garbled")) from None
    if not isinstance(document, dict):
        raise _DamagedError(QT_TRANSLATE_NOOP("settings", "it does not hold settings"))
    return document


_MAX_NESTING = 64
"""Far deeper than any settings; without a bound, a document the parser accepted could still
be too deep for the encoder to write back (the two recursion limits differ by version)."""


def _opened_depth(text: str) -> int:
    """How deep lists and objects open in ``text``, outside strings, before it is parsed.

    The parser's own limit differs by Python version (3.11 stops at about a thousand
    levels, 3.13 reads on to the end of a cut-off file), so the depth is judged first.
    """
    depth = deepest = 0
    in_string = escaped = False
    for character in text:
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    return deepest


def _schema_of(document: dict[str, Any]) -> int:
    """Remove and return the version; unversioned files are version 0."""
    schema = document.pop(SCHEMA_KEY, 0)
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
        raise _DamagedError(
            QT_TRANSLATE_NOOP("settings", "its version number is not one AcuPress writes")
        )
    return schema


def _as_json(part: DataclassInstance) -> dict[str, Any]:
    """A settings dataclass (the device's, the person's, a saved routine) as a JSON object."""
    return {item.name: _json_value(getattr(part, item.name)) for item in fields(part)}


def _json_value(value: object) -> object:
    if isinstance(value, tuple):
        return [_json_value(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return _as_json(value)
    return value


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _copy_exclusively(data: bytes, target: Path) -> None:
    """Write ``data`` to a new file; a partial copy is removed, an existing file never touched."""
    with target.open("xb") as stream:
        try:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        except BaseException:
            stream.close()
            target.unlink(missing_ok=True)
            raise


def _plainly(error: OSError) -> Text:
    """An operating-system error in words a person can act on."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return QT_TRANSLATE_NOOP("settings", "the disk is full")
    if error.errno == errno.EROFS:
        return QT_TRANSLATE_NOOP("settings", "the folder is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return QT_TRANSLATE_NOOP("settings", "AcuPress is not allowed to write or read there")
    return QT_TRANSLATE_NOOP("settings", "the disk reported a problem")
