"""When a kiosk's visitor has gone: quiet time, then a countdown, then a fresh start.

Pure and clock-driven, so the rule is tested without a screen: the caller says when the
screen was touched and when a hold or routine runs, and asks where things stand. A
running hold is not idleness (someone lying on tennis balls touches nothing for
minutes): the quiet time starts again when it ends.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum, auto

from acupress_gui.core.kiosk.kiosk_config import (
    MAX_IDLE_SECONDS,
    MIN_IDLE_SECONDS,
    MIN_WARNING_SECONDS,
)

_NOISE = 1e-6
"""Float noise below a microsecond is not a second of the countdown."""


class IdleStage(Enum):
    ACTIVE = auto()
    """Someone is there, or a hold or routine runs."""
    WARNING = auto()
    """"Still there?": the countdown runs."""
    EXPIRED = auto()
    """Nobody answered the countdown: the next visitor starts afresh."""


class IdlePolicy:
    """The quiet time and the countdown after it, on a monotonic clock."""

    def __init__(self, clock: Callable[[], float], idle_seconds: int, warning_seconds: int) -> None:
        if warning_seconds < MIN_WARNING_SECONDS:
            raise ValueError(f"the warning lasts at least {MIN_WARNING_SECONDS} s (WCAG 2.2.1)")
        self.clock = clock
        self.idle_seconds = idle_seconds
        self.warning_seconds = warning_seconds
        self._quiet_since = clock()
        self._busy = False

    @property
    def idle_seconds(self) -> int:
        return self._idle_seconds

    @idle_seconds.setter
    def idle_seconds(self, seconds: int) -> None:
        """Staff may change it while the kiosk runs (counted from the last touch)."""
        if not MIN_IDLE_SECONDS <= seconds <= MAX_IDLE_SECONDS:
            raise ValueError(
                f"idle time {seconds} s is not {MIN_IDLE_SECONDS} to {MAX_IDLE_SECONDS}"
            )
        self._idle_seconds = seconds

    @property
    def busy(self) -> bool:
        return self._busy

    def touched(self) -> None:
        """Someone touched the screen or pressed a key: the quiet time starts again."""
        self._quiet_since = self.clock()

    def set_busy(self, busy: bool) -> None:
        """A hold or routine started or ended; its end starts the quiet time."""
        if busy != self._busy:
            self._busy = busy
            self._quiet_since = self.clock()

    def stage(self) -> IdleStage:
        if self._busy:
            return IdleStage.ACTIVE
        quiet = self.clock() - self._quiet_since + _NOISE
        if quiet < self._idle_seconds:
            return IdleStage.ACTIVE
        if quiet < self._idle_seconds + self.warning_seconds:
            return IdleStage.WARNING
        return IdleStage.EXPIRED

    def seconds_left(self) -> int:
        """Whole seconds the countdown shows (rounded up); the full warning before it."""
        left = self._expiry() - self.clock()
        return max(0, min(self.warning_seconds, math.ceil(left - _NOISE)))

    def next_change(self) -> float | None:
        """When, on the clock, the stage or the countdown's number next changes; None while
        busy or once expired (nothing changes without the caller)."""
        if self._busy:
            return None
        match self.stage():
            case IdleStage.ACTIVE:
                return self._quiet_since + self._idle_seconds
            case IdleStage.WARNING:
                return self._expiry() - (self.seconds_left() - 1)
            case IdleStage.EXPIRED:
                return None

    def _expiry(self) -> float:
        return self._quiet_since + self._idle_seconds + self.warning_seconds
