"""Says when a reminder is due, from the settings and an injected wall clock."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from acupress_gui.core.preferences import Preferences
from acupress_gui.core.reminders import next_reminder, usable_times

log = logging.getLogger(__name__)

CHECK_MS = 60_000
"""The longest the scheduler sleeps before looking at the clock again.

A timer counts elapsed time, not the wall clock: it stands still while the computer
sleeps and knows nothing of a clock that is set or corrected. Looking again at least once
a minute means a reminder missed that way comes within a minute of waking, not never.
"""


class ReminderScheduler(QObject):
    """Emits ``due`` at each reminder time while the app runs.

    Nothing is counted: every check asks the clock, and the next reminder is always
    worked out afresh from now. Reminders missed while the computer slept come together
    as one ``due`` on waking, not one per missed time.

    Signals:
        due(): a reminder time has come (or passed while the computer slept).
    """

    due = Signal()

    def __init__(
        self,
        preferences: Preferences,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._now = now
        self._times: list[str] = []
        self._next: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("reminderCheck")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll)
        self.reschedule()

    def next_due(self) -> datetime | None:
        """When the next reminder comes, in local time; None when there is none."""
        return self._next

    def reschedule(self) -> None:
        """Read the settings again (call after they change) and aim at the next time."""
        self._times = []
        device = self._preferences.device
        if device.reminders_enabled:
            self._times, problems = usable_times(device.reminder_times)
            for problem in problems:
                log.warning("Ignoring a saved %s", problem)
        self._next = next_reminder(self._times, self._now()) if self._times else None
        self._arm()

    def poll(self) -> None:
        """Compare the clock with the next reminder (the timer calls this; tests call it
        after moving a fake clock)."""
        if self._next is None:
            return
        now = self._now()
        fire = now >= self._next
        # Always from now: after a clock set back, the next time may be earlier than the
        # one aimed at. Re-aimed before emitting, so a slot that opens a dialog (and so
        # waits) finds the next time already set.
        self._next = next_reminder(self._times, now)
        self._arm()
        if fire:
            self.due.emit()

    def _arm(self) -> None:
        if self._next is None:
            self._timer.stop()
            return
        wait_ms = math.ceil((self._next - self._now()).total_seconds() * 1000)
        self._timer.start(min(max(wait_ms, 0), CHECK_MS))
