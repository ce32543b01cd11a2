"""Where a visitor's session begins, kept apart so the shell can name it cheaply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from acupress_gui.ui.map.body_map_view import MapFrame
    from acupress_gui.ui.map.entry_filter import EntryFilter


@dataclass(frozen=True)
class VisitorStart:
    """Nothing chosen (a new visitor), or where the last session was (a language change):
    the chosen entry, the map's frame and what the person was looking for."""

    entry_id: str | None = None
    map_frame: MapFrame | None = None
    entry_filter: EntryFilter | None = None
