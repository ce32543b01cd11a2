"""The Qt side of ``core.kiosk.idle_policy``: every touch, click and key in the
application counts as someone there, and a timer aimed from the monotonic clock says
when the countdown starts, ticks and ends.

One precise single-shot is aimed at the policy's next change, as the hold timer's
driver does, so the clock is read only when something can change; tests move a fake
clock and call ``poll()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from acupress_gui.core.kiosk.idle_policy import IdlePolicy, IdleStage
from acupress_gui.ui.timer.hold_timer_driver import milliseconds_until

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.NativeGesture,
    }
)
"""Input from a person; only spontaneous ones count (not what the app sends itself)."""


class IdleWatch(QObject):
    """Watches for a visitor who has gone, while ``start()``-ed.

    Signals:
        counting(int): the countdown shows this many seconds (on each new second).
        cancelled(): someone touched the screen during the countdown.
        expired(): the countdown ran out.
    """

    counting = Signal(int)
    cancelled = Signal()
    expired = Signal()
    EVENT_TYPES = INPUT_EVENTS

    def __init__(self, policy: IdlePolicy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self._watching = False
        self._shown: int | None = None
        """The seconds the countdown shows; None while there is none."""
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setTimerType(Qt.TimerType.PreciseTimer)
        self._next.timeout.connect(self.poll)

    @property
    def watching(self) -> bool:
        return self._watching

    def counting_down(self) -> bool:
        return self._shown is not None

    def start(self) -> None:
        """Watch from now (someone just arrived); nothing happens if already watching."""
        if self._watching:
            return
        self._watching = True
        self.policy.touched()
        self.poll()

    def stop(self) -> None:
        """Stop watching (nobody to wait for: the start screen shows)."""
        self._watching = False
        self._next.stop()
        self._end_countdown()

    def set_busy(self, busy: bool) -> None:
        """A hold or routine runs (not idleness), or it ended (the quiet starts now)."""
        self.policy.set_busy(busy)
        self._end_countdown()
        self.poll()

    def set_idle_seconds(self, seconds: int) -> None:
        self.policy.idle_seconds = seconds
        self.poll()

    def poll(self) -> None:
        """Look at the clock now: start, tick or end the countdown, then aim again."""
        if not self._watching:
            return
        stage = self.policy.stage()
        if stage is IdleStage.EXPIRED:
            self.stop()
            self.expired.emit()
            return
        if stage is IdleStage.WARNING:
            left = self.policy.seconds_left()
            if left != self._shown:
                self._shown = left
                self.counting.emit(left)
        else:
            self._end_countdown()
        due = self.policy.next_change()
        if due is None:
            self._next.stop()
        else:
            self._next.start(milliseconds_until(due - self.policy.clock()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._watching and event.type() in INPUT_EVENTS and event.spontaneous():
            self.policy.touched()
            if self._shown is not None:
                self._end_countdown()
                self.poll()
        # The quiet time only grows later on a touch, so a timer aimed at the old end
        # is early at worst: it finds someone there and aims again.
        return False

    def _end_countdown(self) -> None:
        if self._shown is not None:
            self._shown = None
            self.cancelled.emit()
