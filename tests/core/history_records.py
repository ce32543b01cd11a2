"""A typical saved hold, for tests to vary one field at a time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from acupress_gui.core.history import HoldRecord, Side

MORNING = datetime(2026, 4, 1, 7, 30, tzinfo=UTC)


def hold(**changes: Any) -> HoldRecord:
    """One completed minute of Wind Pool on 1 April 2026, with ``changes`` applied."""
    fields: dict[str, Any] = {
        "entry_id": "wind-pool",
        "point_codes": ("GB20",),
        "side": Side.BOTH,
        "set_number": 1,
        "started_at": MORNING,
        "planned_seconds": 60.0,
        "held_seconds": 60.0,
        "completed": True,
    }
    fields.update(changes)
    return HoldRecord(**fields)
