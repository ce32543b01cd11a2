"""``kiosk.toml``: the clinic's settings for kiosk mode, read once at start.

Staff edit this file by hand and may comment it, so the app only reads it (the PIN and
everything the app writes live in files of their own). A missing file means every
default; a file with a mistake stops kiosk mode with a message naming the field, since
a kiosk guessing what staff meant would be worse than one that does not start.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.languages import CODES

CONFIG_NAME = "kiosk.toml"
MIN_WARNING_SECONDS = 20
"""WCAG 2.2.1 (timing adjustable): a warning before a time-out gives at least 20 s."""
MIN_IDLE_SECONDS = 30
MAX_IDLE_SECONDS = 3600
MAX_WARNING_SECONDS = 300
_MAX_BYTES = 64 * 1024
_MAX_CLINIC_NAME = 80


class KioskConfigError(ValueError):
    """``kiosk.toml`` cannot be used; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class KioskConfig:
    """The clinic's choices; every field has the default a missing file gives."""

    idle_seconds: int = 90
    """Seconds without a touch or a key (outside a hold or routine) before the warning."""
    warning_seconds: int = 30
    """How long "Still there?" counts down before the next visitor's fresh start."""
    languages: tuple[str, ...] = CODES
    """The languages offered on the start screen, the first one the default."""
    entries: tuple[str, ...] | None = None
    """The entry ids shown, in the catalog's order; None for all of them."""
    routines: tuple[str, ...] | None = None
    """The routine ids offered; None for all of them."""
    print_handout: bool = False
    """Send the take-home sheet to the default printer; otherwise visitors ask at the desk."""
    clinic_name: str | None = None
    """Shown on the start screen; None uses the catalog's clinic name, if it has one."""
    state_dir: Path | None = None
    """Where counters, the PIN pad's lockout, logs and the lock go; None for the kiosk's
    own folder. A kiosk image's folder is often read-only; this one need not be."""
    text_scale: int = 150
    """Text size in percent, larger than a desktop's for reading at arm's length."""

    def check_catalog(self, entry_ids: Collection[str], routine_ids: Collection[str]) -> None:
        """Raise ``KioskConfigError`` when an entry or routine named is not in the catalog."""
        for field, one, wanted, known in (
            ("entries", "entry", self.entries, entry_ids),
            ("routines", "routine", self.routines, routine_ids),
        ):
            for item in wanted or ():
                if item not in known:
                    raise KioskConfigError(
                        f"{CONFIG_NAME}, field '{field}': the catalog has no {one} '{item}'"
                    )

    def shown_catalog(self, catalog: Catalog) -> Catalog:
        """``catalog`` with only the entries and routines this kiosk shows; a routine keeps
        only the entries shown, and goes when none of them is."""
        entries = tuple(
            entry for entry in catalog.entries if self.entries is None or entry.id in self.entries
        )
        shown = {entry.id for entry in entries}
        routines = tuple(
            replace(routine, entry_ids=tuple(i for i in routine.entry_ids if i in shown))
            for routine in catalog.routines
            if self.routines is None or routine.id in self.routines
        )
        return replace(
            catalog,
            entries=entries,
            routines=tuple(routine for routine in routines if routine.entry_ids),
        )


def load_kiosk_config(folder: Path) -> KioskConfig:
    """The settings of ``folder/kiosk.toml``, the defaults when there is no such file."""
    path = folder / CONFIG_NAME
    try:
        with path.open("rb") as file:
            data = file.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        return KioskConfig()
    except OSError as error:
        raise KioskConfigError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > _MAX_BYTES:
        raise KioskConfigError(f"{path}: is larger than {_MAX_BYTES // 1024} KB")
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise KioskConfigError(f"{path}: is not UTF-8 text (byte {error.start + 1})") from None
    except tomllib.TOMLDecodeError as error:
        raise KioskConfigError(f"{path}: is not valid TOML ({error})") from None
    return _read(document, path, folder)


def _read(document: dict[str, Any], path: Path, folder: Path) -> KioskConfig:
    def fail(field: str, problem: str) -> KioskConfigError:
        return KioskConfigError(f"{path}, field '{field}': {problem}")

    known = {
        "idle_seconds",
        "warning_seconds",
        "languages",
        "entries",
        "routines",
        "print_handout",
        "clinic_name",
        "state_dir",
        "text_scale",
    }
    for key in document:
        if key not in known:
            raise fail(key, "unknown setting (check its spelling)")

    def whole(field: str, default: int, lowest: int, highest: int) -> int:
        value = document.get(field, default)
        if not isinstance(value, int) or isinstance(value, bool):
            raise fail(field, "must be a whole number")
        if not lowest <= value <= highest:
            raise fail(field, f"is {value}; it must be from {lowest} to {highest}")
        return value

    def names(field: str) -> tuple[str, ...] | None:
        if field not in document:
            return None
        value = document[field]
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(item, str) and item for item in value)
        ):
            raise fail(field, "must be a non-empty list of names in quotes")
        if len(set(value)) < len(value):
            raise fail(field, "names one item twice")
        return tuple(value)

    defaults = KioskConfig()
    languages = names("languages") or defaults.languages
    for code in languages:
        if code not in CODES:
            raise fail("languages", f"'{code}' is not one of {', '.join(CODES)}")
    print_handout = document.get("print_handout", False)
    if not isinstance(print_handout, bool):
        raise fail("print_handout", "must be true or false")
    clinic_name = document.get("clinic_name")
    if clinic_name is not None and (
        not isinstance(clinic_name, str)
        or not clinic_name.strip()
        or len(clinic_name) > _MAX_CLINIC_NAME
        or "\n" in clinic_name
    ):
        raise fail("clinic_name", f"must be one line of 1 to {_MAX_CLINIC_NAME} characters")
    state_dir = document.get("state_dir")
    if state_dir is not None:
        if not isinstance(state_dir, str) or not state_dir.strip():
            raise fail("state_dir", "must be a folder's path in quotes")
        state_dir = folder / Path(state_dir).expanduser()  # relative to the kiosk's folder
    return KioskConfig(
        idle_seconds=whole(
            "idle_seconds", defaults.idle_seconds, MIN_IDLE_SECONDS, MAX_IDLE_SECONDS
        ),
        warning_seconds=whole(
            "warning_seconds", defaults.warning_seconds, MIN_WARNING_SECONDS, MAX_WARNING_SECONDS
        ),
        languages=languages,
        entries=names("entries"),
        routines=names("routines"),
        print_handout=print_handout,
        clinic_name=clinic_name.strip() if clinic_name else None,
        state_dir=state_dir,
        text_scale=whole("text_scale", defaults.text_scale, 100, 300),
    )
