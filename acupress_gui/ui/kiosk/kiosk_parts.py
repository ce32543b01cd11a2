"""What the kiosk window is made from, handed in by the composition root: the clinic's
settings, the staff's PIN and counters, the clocks, and how to make each visitor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.kiosk.kiosk_config import KioskConfig
from acupress_gui.core.kiosk.pin_lockout import PinLockout
from acupress_gui.core.kiosk.staff_pin import PinHash
from acupress_gui.core.kiosk.visit_counters import VisitCounters
from acupress_gui.core.preferences import Preferences
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.visitor.visitor_session import VisitorSession
from acupress_gui.ui.visitor.visitor_start import VisitorStart


@dataclass(frozen=True, slots=True)
class KioskParts:
    config: KioskConfig
    clinic_name: str | None
    """The kiosk's setting, else the catalog's; None for neither."""
    kiosk_folder: Path
    """Where ``kiosk.toml`` is (named on the staff screen; never written)."""
    state_dir: Path | None
    """Where exports go; None when nothing is writable."""
    pin: PinHash
    lockout: PinLockout
    counters: VisitCounters
    theme: Theme
    monotonic: Callable[[], float]
    """The idle time and the staff's long press are timed on it."""
    use_language: Callable[[str], object]
    """Puts the application in a language (its translations), before a screen in that
    language is built."""
    catalog: Callable[[str], Catalog]
    """The catalog the kiosk shows (its entries and routines), in a language."""
    new_preferences: Callable[[], Preferences]
    """A visitor's own preferences: the defaults, kept in memory only."""
    new_session: Callable[[str, Preferences, VisitorStart, QWidget], VisitorSession]
    """A visitor's session in a language, on their preferences, from where it starts, its
    view built inside the given widget."""
