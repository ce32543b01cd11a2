"""A monotonic clock and a matching wall clock that move only when a test says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

START_WALL = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class FakeClock:
    """A ``Clock`` (acupress_gui.core.clock) that moves only when told."""

    def __init__(self, start: float = 1000.0) -> None:
        self._start = start
        self.now = start

    def __call__(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def wall(self) -> datetime:
        """The wall-clock time that goes with ``now``."""
        return START_WALL + timedelta(seconds=self.now - self._start)
