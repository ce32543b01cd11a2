"""What the app remembers, split by whose it is, behind one owner that saves and reports.

``DeviceSettings`` belong to the machine (window, reminders, tray, the first-run notice);
``PersonPreferences`` belong to whoever is using it (hold, routine, sound, health answers),
so a kiosk can hand each visitor fresh preferences while keeping the device's. Both are
frozen: the only way to change a value is ``Preferences.update``, which validates, saves
once and reports a failed save to one listener instead of raising into the window.

The field declarations are the schema: names, types and ranges are read from them, both
to check a change and to read a file, so no list restates them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from enum import Enum
from functools import cache
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, Protocol, get_args, get_origin, get_type_hints

from acupress_gui.core.appearance import MAX_TEXT_SCALE, MIN_TEXT_SCALE, ThemeChoice
from acupress_gui.core.hold_choices import (
    DEFAULT_POSITION_SECONDS,
    MAX_CHOSEN_SECONDS,
    MAX_POSITION_SECONDS,
    MAX_SETS,
    MIN_CHOSEN_SECONDS,
    PressOrder,
    SideMode,
)
from acupress_gui.core.languages import check_code
from acupress_gui.core.translatable import message_of

log = logging.getLogger(__name__)

_RANGE = "range"
"""Field metadata key: the inclusive (lowest, highest) an int field accepts."""


_CHECK = "check"
"""Field metadata key: a function that raises ``ValueError`` for a value of the right type
that still cannot be kept (two routines of one name)."""


def _between(lowest: int, highest: int) -> dict[str, tuple[int, int]]:
    return {_RANGE: (lowest, highest)}


def conform(part: type, name: str, value: object) -> Any:
    """``value`` in the form field ``name`` of ``part`` holds (lists become tuples, text an
    enum, an object a settings dataclass such as ``SavedRoutine``).

    Raises ``ValueError`` saying what is wrong, for a file read by hand or a caller's mistake.
    """
    spec = _specs(part).get(name)
    if spec is None:
        raise ValueError(f"{part.__name__} has no setting {name!r}")
    hint, bounds, check = spec
    try:
        result = _conform(hint, value)
    except ValueError as error:
        raise ValueError(f"{name}: {value!r} {error}") from None
    if bounds is not None and result is not None and not bounds[0] <= result <= bounds[1]:
        raise ValueError(f"{name}: {value!r} is not between {bounds[0]} and {bounds[1]}")
    if check is not None:
        try:
            check(result)
        except ValueError as error:
            raise ValueError(f"{name}: {error}") from None
    return result


def field_names(part: type) -> frozenset[str]:
    """The setting names of ``DeviceSettings`` or ``PersonPreferences``."""
    return frozenset(_specs(part))


@cache
def _specs(
    part: type,
) -> dict[str, tuple[Any, tuple[int, int] | None, Callable[[Any], None] | None]]:
    hints = get_type_hints(part)
    return {
        item.name: (hints[item.name], item.metadata.get(_RANGE), item.metadata.get(_CHECK))
        for item in fields(part)
    }


def _conform(hint: Any, value: object) -> Any:
    if get_origin(hint) is UnionType:
        options = get_args(hint)
        if value is None:
            if NoneType in options:
                return None
            raise ValueError("may not be empty")
        (inner,) = (option for option in options if option is not NoneType)
        return _conform(inner, value)
    if value is None:
        raise ValueError("may not be empty")
    if get_origin(hint) is tuple:
        if not isinstance(value, list | tuple):
            raise ValueError("is not a list")
        (item_hint, _) = get_args(hint)
        items = []
        for item in value:
            try:
                items.append(_conform(item_hint, item))
            except ValueError as error:
                raise ValueError(f"holds {item!r}, which {error}") from None
        return tuple(items)
    if isinstance(hint, type) and is_dataclass(hint):
        return _conform_dataclass(hint, value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        choices = [member.value for member in hint]
        if not isinstance(value, str) or value not in choices:
            raise ValueError(f"is not one of {', '.join(choices)}")
        return hint(value)
    if hint not in _PLAIN_TYPES:
        raise TypeError(f"settings cannot hold {hint!r}")
    fits, complaint = _PLAIN_TYPES[hint]
    if not fits(value):
        raise ValueError(complaint)
    return value


def _conform_dataclass(part: type, value: object) -> Any:
    """A settings dataclass from a JSON object, each field checked like a setting.

    Keys this version does not know are dropped (they cannot be kept inside a value)."""
    if isinstance(value, part):
        return value
    if not isinstance(value, Mapping):
        raise ValueError("is not an object")
    known = {key: item for key, item in value.items() if key in _specs(part)}
    try:
        return part(**known)
    except TypeError:
        missing = sorted(set(_specs(part)) - set(known))
        raise ValueError(f"lacks {', '.join(missing)}") from None


_PLAIN_TYPES: dict[type, tuple[Callable[[object], bool], str]] = {
    bool: (lambda value: isinstance(value, bool), "is not true or false"),
    # Python counts True as an int; a file saying "hold_sets": true has not chosen one set.
    int: (
        lambda value: isinstance(value, int) and not isinstance(value, bool),
        "is not a whole number",
    ),
    str: (lambda value: isinstance(value, str), "is not text"),
}


def _check_all(instance: object) -> None:
    """Check every field and keep it in its normal form (tuples, enum members); the dataclass
    is frozen, hence ``object.__setattr__``."""
    part: type = type(instance)
    for name in _specs(part):
        object.__setattr__(instance, name, conform(part, name, getattr(instance, name)))


@dataclass(frozen=True, slots=True)
class DeviceSettings:
    """The machine's settings; a kiosk keeps them across visitors. Window states are Qt blobs."""

    notice_acknowledged: bool = False
    window_geometry: str | None = None
    splitter_state: str | None = None
    reminders_enabled: bool = False
    reminder_times: tuple[str, ...] = ()
    """Local times of day as "HH:MM"; the reminders report any that cannot be read."""
    keep_in_tray: bool = False
    """With reminders on, closing the window keeps AcuPress in the system tray."""

    def __post_init__(self) -> None:
        _check_all(self)


ROUTINE_NAME_LIMIT = 80
"""Characters of a routine's name: one line of a menu or a handout's heading."""
MAX_ROUTINE_STEPS = 40
"""Steps of one routine: an entry is in it at most once, and no catalog has more entries
than a routine could fill usefully."""
MAX_SAVED_ROUTINES = 50


def _distinct_routines(routines: tuple[SavedRoutine, ...]) -> None:
    """A person's routines are found by name, so no two may share one."""
    if len(routines) > MAX_SAVED_ROUTINES:
        raise ValueError(f"holds more than {MAX_SAVED_ROUTINES} routines")
    names = [routine.name.casefold() for routine in routines]
    if len(set(names)) < len(names):
        raise ValueError("holds two routines of the same name")


def _known_language(code: str) -> None:
    """Empty follows the system; anything else must be a language the app has."""
    if code:
        check_code(code)


@dataclass(frozen=True, slots=True)
class SavedStep:
    """One entry of a person's routine and how long to hold it."""

    entry: str
    hold_seconds: int | None = field(
        default=None, metadata=_between(MIN_CHOSEN_SECONDS, MAX_CHOSEN_SECONDS)
    )
    """None: the person's usual hold (``hold_seconds``), whatever it is at the time."""

    def __post_init__(self) -> None:
        _check_all(self)


@dataclass(frozen=True, slots=True)
class SavedRoutine:
    """A routine the person made and named: its entries (by id) in the order to press them.

    The entries are ids, not catalog objects, so a routine survives a catalog that lacks
    some of them (``core.routine.find_routine`` passes over those)."""

    name: str
    steps: tuple[SavedStep, ...]

    def __post_init__(self) -> None:
        _check_all(self)
        name = self.name.strip()
        if not name or len(name) > ROUTINE_NAME_LIMIT or not name.isprintable():
            raise ValueError(
                f"is not a routine name (one line of 1 to {ROUTINE_NAME_LIMIT} characters)"
            )
        object.__setattr__(self, "name", name)
        entries = [step.entry for step in self.steps]
        if not entries or len(entries) > MAX_ROUTINE_STEPS or len(set(entries)) < len(entries):
            raise ValueError(f"needs 1 to {MAX_ROUTINE_STEPS} different entries")


@dataclass(frozen=True, slots=True)
class PersonPreferences:
    """The person's choices; a kiosk resets them for every visitor."""

    hold_seconds: int = field(default=60, metadata=_between(MIN_CHOSEN_SECONDS, MAX_CHOSEN_SECONDS))
    hold_sets: int = field(default=1, metadata=_between(1, MAX_SETS))
    side_mode: SideMode = SideMode.BOTH_AT_ONCE
    muted: bool = False
    reduced_motion: bool = False
    ask_pain: bool = True
    """Offer the pain check-in before and after a routine or a hold."""
    routine_entries: tuple[str, ...] | None = None
    """The entry ids the routine walks through, in catalog order; None until the person
    chooses, for the default routine (``core.routine.default_routine``)."""
    last_entry: str | None = None
    may_be_pregnant: bool | None = None
    """None until the person has answered; entries to avoid in pregnancy leave the routine.
    A health answer: in kiosk mode it lives in memory only."""
    saved_routines: tuple[SavedRoutine, ...] = field(
        default=(), metadata={_CHECK: _distinct_routines}
    )
    """The person's own routines, each under its own name, in the order they were made."""
    current_routine: str | None = None
    """What Start routine runs: a catalog routine's id or one of ``saved_routines`` by name
    (``core.routine.find_routine``); None, or a name no longer found, runs
    ``routine_entries``."""
    position_seconds: int = field(
        default=DEFAULT_POSITION_SECONDS, metadata=_between(0, MAX_POSITION_SECONDS)
    )
    """Time to get into position before a sitting's first hold."""
    press_order: PressOrder = PressOrder.TOGETHER
    """How an entry of several spots or pairs is pressed: together, or spot by spot."""
    spoken_guidance: bool = False
    """Say each step aloud ("Press now", "Release slowly") where a speech engine exists;
    the chimes play where none does."""
    speak_breathing: bool = True
    """With spoken guidance, also say "Breathe in" and "Breathe out" at each turn."""
    speech_volume: int = field(default=80, metadata=_between(0, 100))
    speech_voice: str = ""
    """The speech engine's name for the chosen voice; empty for its default."""
    language: str = field(default="", metadata={_CHECK: _known_language})
    """The code of the app's language (``core.languages.CODES``); empty to follow the
    system's."""
    text_scale: int = field(default=100, metadata=_between(MIN_TEXT_SCALE, MAX_TEXT_SCALE))
    """Text size in percent of the design's body size (about 15 px at 100)."""
    theme: ThemeChoice = ThemeChoice.SYSTEM

    def __post_init__(self) -> None:
        _check_all(self)


@dataclass(frozen=True, slots=True)
class SetAside:
    """A settings file that could not be used as it was, kept for its owner to recover."""

    original: Path
    moved_to: Path | None
    """Where its untouched bytes now are; None when they could not be put anywhere, and the
    file was left in place (and is then never overwritten)."""
    reason: str
    """Plain words, for the person: why the file, or some of its values, could not be used."""
    rejected: tuple[str, ...] = ()
    """The settings that fell back to their defaults, each with what was wrong (for the log)."""


@dataclass(frozen=True, slots=True)
class StoredPreferences:
    """What a store read: usable values, and whether something had to be set aside."""

    device: DeviceSettings = DeviceSettings()
    person: PersonPreferences = PersonPreferences()
    set_aside: SetAside | None = None


class SettingsError(OSError):
    """Settings could not be saved; the message says why in plain words."""


class PreferencesStore(Protocol):
    """Where preferences live between runs: a file, or memory only."""

    def read(self) -> StoredPreferences: ...

    def write(self, device: DeviceSettings, person: PersonPreferences) -> None:
        """Persist what this store keeps; raises ``SettingsError`` when it cannot."""


class MemoryStore:
    """Keeps everything in memory: for a kiosk without a writable disk, and for tests."""

    def __init__(self, initial: StoredPreferences | None = None) -> None:
        self.saved = initial or StoredPreferences()

    def read(self) -> StoredPreferences:
        return self.saved

    def write(self, device: DeviceSettings, person: PersonPreferences) -> None:
        self.saved = StoredPreferences(device, person)


SaveProblemListener = Callable[[str | None], None]
"""Told a plain sentence when saving starts to fail, and None once a save works again."""


class Preferences:
    """The one owner of the current settings: read them here, change them with ``update``."""

    def __init__(self, store: PreferencesStore, on_save_problem: SaveProblemListener) -> None:
        stored = store.read()
        self._store = store
        self._on_save_problem = on_save_problem
        self._device = stored.device
        self._person = stored.person
        self._save_problem: str | None = None
        self.set_aside = stored.set_aside
        """What was set aside when reading, for the window to tell the person; else None."""
        if self.set_aside is not None and self.set_aside.moved_to is not None:
            # The bytes are safe aside: write the usable values now, so the next start reads
            # a sound file instead of setting the same one aside again.
            self._save()

    @property
    def device(self) -> DeviceSettings:
        return self._device

    @property
    def person(self) -> PersonPreferences:
        return self._person

    @property
    def save_problem(self) -> str | None:
        """Why the last save failed, while it has not worked again; changes stay in memory."""
        return self._save_problem

    def update(self, **changes: object) -> None:
        """Apply changes to any settings by name, then save once.

        Raises ``ValueError`` (and changes nothing) when a name is unknown or a value is of
        the wrong type or range; that is the caller's mistake. A failed save never raises:
        it goes to the listener.
        """
        device_names = field_names(DeviceSettings)
        person_names = field_names(PersonPreferences)
        unknown = sorted(set(changes) - device_names - person_names)
        if unknown:
            raise ValueError(f"no such setting: {', '.join(unknown)}")
        device = replace(self._device, **_only(changes, device_names))
        person = replace(self._person, **_only(changes, person_names))
        if (device, person) != (self._device, self._person):
            self._device, self._person = device, person
            self._save()

    def reset_person(self) -> None:
        """Give the next person default preferences (a kiosk's new visitor); the device's stay."""
        if self._person != PersonPreferences():
            self._person = PersonPreferences()
            self._save()

    def _save(self) -> None:
        try:
            self._store.write(self._device, self._person)
        except SettingsError as error:
            message = message_of(error)  # still translatable
            if message != self._save_problem:
                log.warning("Settings not saved: %s", message)
                self._save_problem = message
                self._on_save_problem(message)
            return
        if self._save_problem is not None:
            self._save_problem = None
            self._on_save_problem(None)


def _only(changes: Mapping[str, object], names: frozenset[str]) -> dict[str, Any]:
    return {name: value for name, value in changes.items() if name in names}
