"""What a visitor's view offers beyond the map, the panel and the timer: on a person's own
computer everything, on a clinic's kiosk less (nothing of the visitor is kept there)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class SheetRoute(Enum):
    """Where the take-home sheet goes."""

    DIALOG = "dialog"
    """Ask what to put on it, then save it as a PDF or print it (a person's computer)."""
    DEFAULT_PRINTER = "default printer"
    """Straight to the default printer, no dialog (a kiosk whose clinic allows it)."""
    AT_THE_DESK = "at the desk"
    """Say to ask at the desk for a printed sheet (any other kiosk)."""


@dataclass(frozen=True, slots=True)
class VisitorMode:
    own_records: bool = True
    """The history and insights windows and what leads to them (buttons, banners), and
    reminders: a person's own. A kiosk's visitor has none: nothing of theirs is kept."""
    sheet: SheetRoute = SheetRoute.DIALOG
    touch: bool = False
    """Sized for fingers at arm's length: the map's targets are 9 mm at the screen's
    physical size as well as at its logical size, a single tap on a list row does what a
    double click does, and a finger's drag scrolls the list and the panels."""
    menus: bool = True
    """The shell has menus, so texts may point to Help; a kiosk has none, and its texts
    send the visitor to the staff instead."""


DESKTOP = VisitorMode()


def kiosk_mode(may_print: bool) -> VisitorMode:
    """A clinic's kiosk: no records, touch-sized, the sheet printed only if allowed."""
    return VisitorMode(
        own_records=False,
        sheet=SheetRoute.DEFAULT_PRINTER if may_print else SheetRoute.AT_THE_DESK,
        touch=True,
        menus=False,
    )
