"""Time as one object handed down: a monotonic clock for holds, a wall clock for records.

Nothing in the app reads the time any other way, so tests (and the screenshot script)
move time by hand instead of waiting.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds that only ever go forward: what a hold is timed with."""
        ...

    def wall(self) -> datetime:
        """The aware UTC time of day: what records and reminders are stamped with."""
        ...


class SystemClock:
    """The computer's clocks."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)
