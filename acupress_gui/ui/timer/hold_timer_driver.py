"""Runs the core hold timer from the Qt event loop and turns its events into signals."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from acupress_gui.core.history import HoldOutcome
from acupress_gui.core.hold_timer import (
    Finished,
    HoldEnded,
    HoldPlan,
    HoldTimer,
    MoveToSpot,
    PhaseChanged,
    SecondTicked,
    StoppedEarly,
    SwitchSides,
    TimerEvent,
)


def milliseconds_until(seconds: float) -> int:
    """A timer interval that never fires before ``seconds`` have passed (whole ms, rounded
    up; float noise below a microsecond ignored, as the timer itself ignores it)."""
    return max(0, math.ceil(round(seconds * 1000, 3)))


class Refresh(Enum):
    """How often whoever shows the timer needs it brought up to date."""

    SECONDS = "seconds"
    """At each whole second of the countdown, and at each step's end."""
    STEPS = "steps"
    """Only at each step's end: nothing of the timer is on screen."""


class HoldTimerDriver(QObject):
    """Owns the running ``HoldTimer``; the clocks are handed in, so tests can use fakes.

    One precise single-shot timer is aimed, from the monotonic clock, at the next whole
    second of the countdown (with ``Refresh.STEPS``, at the step's end). So a hold ends
    on time whatever else is going on, a countdown costs one wakeup a second, a hidden
    one none but each step's end, and nothing ticks while paused. Smooth motion between
    the seconds is the drawing's business (see ``TimerCard``).

    Signals:
        phase_changed(PhaseChanged): a step began, or the timer is done or stopped.
        step_started(Step): a step began: finding the point, a hold, a switch, a move to
            the next spot, a rest; its ``phase``, ``side`` and spot ``label`` say what to
            do (for a step between holds, what the next hold presses).
        second_ticked(int): whole seconds left in the step changed.
        sides_switched(Side): time to move to the other side.
        moved_to_spot(int, str): time to move on to the next spot (its index and label).
        hold_ended(HoldEnded): one hold is over; record it.
        finished(): the whole plan ran to its end.
        stopped_early(float): stopped by the person, with the seconds held.
        frame(): the timer was brought up to date (at each wakeup, on every ``poll()``,
            on pausing and resuming): redraw it.
        running_changed(bool): a timer started, or ended or was stopped.
        paused_changed(bool)
    """

    phase_changed = Signal(object)
    step_started = Signal(object)
    second_ticked = Signal(int)
    sides_switched = Signal(object)
    moved_to_spot = Signal(int, str)
    hold_ended = Signal(object)
    finished = Signal()
    stopped_early = Signal(float)
    frame = Signal()
    running_changed = Signal(bool)
    paused_changed = Signal(bool)

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._wall_clock = wall_clock
        self._timer: HoldTimer | None = None
        self._refresh = Refresh.SECONDS
        self._next_change = QTimer(self)
        self._next_change.setObjectName("nextChange")
        self._next_change.setSingleShot(True)
        self._next_change.setTimerType(Qt.TimerType.PreciseTimer)
        self._next_change.timeout.connect(self.poll)

    @property
    def timer(self) -> HoldTimer | None:
        """The timer of the current (or last) run."""
        return self._timer

    @property
    def refresh(self) -> Refresh:
        return self._refresh

    def set_refresh(self, refresh: Refresh) -> None:
        """Say how often the timer is looked at; a running hold follows at once."""
        if refresh is not self._refresh:
            self._refresh = refresh
            self._aim()

    def is_running(self) -> bool:
        return self._timer is not None and self._timer.running

    def start(self, plan: HoldPlan) -> None:
        if self.is_running():
            raise RuntimeError("a hold is already running")
        self._timer = HoldTimer(plan, self._clock, self._wall_clock, self._dispatch)
        self._timer.start()
        self._aim()
        self.running_changed.emit(True)
        self.paused_changed.emit(False)

    def pause(self) -> None:
        timer = self._running_timer()
        if timer is not None and not timer.paused:
            timer.pause()
            self._next_change.stop()  # nothing changes while paused
            self.paused_changed.emit(timer.paused)
            self.frame.emit()

    def resume(self) -> None:
        timer = self._running_timer()
        if timer is not None and timer.paused:
            timer.resume()
            self._aim()
            self.paused_changed.emit(False)
            self.frame.emit()

    def stop(self, outcome: HoldOutcome = HoldOutcome.STOPPED) -> None:
        """Stop the run; a hold in progress ends as ``outcome`` (stopped, skipped, quit)."""
        timer = self._running_timer()
        if timer is not None:
            timer.stop(outcome)

    def _running_timer(self) -> HoldTimer | None:
        return self._timer if self.is_running() else None

    def poll(self) -> None:
        """Bring the timer up to date with the clock now (tests call it after moving a
        fake clock; the event loop calls it at each second or step's end)."""
        if self._timer is None:
            return
        self._timer.update()
        if self.is_running():
            self._aim()
            self.frame.emit()

    def _aim(self) -> None:
        """Aim the precise single-shot at the next change ``refresh`` asks for."""
        timer = self._timer
        if timer is None:
            return
        due = timer.deadline() if self._refresh is Refresh.STEPS else timer.next_second()
        if due is not None:  # None: paused or over
            self._next_change.start(milliseconds_until(due - self._clock()))

    def _dispatch(self, event: TimerEvent) -> None:
        match event:
            case PhaseChanged(step=step):
                self.phase_changed.emit(event)
                if step is not None:
                    self.step_started.emit(step)
            case SecondTicked(remaining_seconds=seconds):
                self.second_ticked.emit(seconds)
            case SwitchSides(to_side=side):
                self.sides_switched.emit(side)
            case MoveToSpot(spot=spot, label=label):
                self.moved_to_spot.emit(spot, label)
            case HoldEnded():
                self.hold_ended.emit(event)
            case Finished():
                self._end_run()
                self.finished.emit()
            case StoppedEarly(held_seconds=held):
                self._end_run()
                self.stopped_early.emit(held)

    def _end_run(self) -> None:
        self._next_change.stop()
        self.running_changed.emit(False)
