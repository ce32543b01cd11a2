"""Runs the core hold timer from the Qt event loop and turns its events into signals."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from acupress_gui.core.hold_timer import (
    Finished,
    HoldEnded,
    HoldPlan,
    HoldTimer,
    PhaseChanged,
    SecondTicked,
    StoppedEarly,
    SwitchSides,
    TimerEvent,
)

FRAME_MS = 33
"""Refresh for the countdown and the breathing circle (about 30 frames a second)."""


class HoldTimerDriver(QObject):
    """Owns the running ``HoldTimer``; the clocks are handed in, so tests can use fakes.

    A precise single-shot timer is aimed at the moment the current step ends, so a hold
    ends on time whatever the frame ticks are doing; the frame ticks only redraw.

    Signals:
        phase_changed(PhaseChanged): a step began, or the timer is done or stopped.
        second_ticked(int): whole seconds left in the step changed.
        sides_switched(Side): time to move to the other side.
        hold_ended(HoldEnded): one hold is over; record it.
        finished(): the whole plan ran to its end.
        stopped_early(float): stopped by the person, with the seconds held.
        frame(): time to redraw (about 30 times a second while running).
        running_changed(bool): a timer started, or ended or was stopped.
        paused_changed(bool)
    """

    phase_changed = Signal(object)
    second_ticked = Signal(int)
    sides_switched = Signal(object)
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
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self.poll)
        self._step_end = QTimer(self)
        self._step_end.setSingleShot(True)
        self._step_end.setTimerType(Qt.TimerType.PreciseTimer)
        self._step_end.timeout.connect(self.poll)

    @property
    def timer(self) -> HoldTimer | None:
        """The timer of the current (or last) run."""
        return self._timer

    def is_running(self) -> bool:
        return self._timer is not None and self._timer.running

    def start(self, plan: HoldPlan) -> None:
        if self.is_running():
            raise RuntimeError("a hold is already running")
        self._timer = HoldTimer(plan, self._clock, self._wall_clock, self._dispatch)
        self._timer.start()
        self._frames.start()
        self._aim()
        self.running_changed.emit(True)
        self.paused_changed.emit(False)

    def pause(self) -> None:
        if self.is_running() and not self._timer.paused:
            self._timer.pause()
            self._step_end.stop()
            self._frames.stop()  # nothing moves while paused
            self.paused_changed.emit(self._timer.paused)
            self.frame.emit()

    def resume(self) -> None:
        if self.is_running() and self._timer.paused:
            self._timer.resume()
            self._frames.start()
            self._aim()
            self.paused_changed.emit(False)

    def stop(self) -> None:
        if self.is_running():
            self._timer.stop()

    def poll(self) -> None:
        """Bring the timer up to date with the clock now (tests call it after moving a
        fake clock; the event loop calls it on every frame and at each step's end)."""
        if self._timer is None:
            return
        self._timer.update()
        if self.is_running():
            self._aim()
            self.frame.emit()

    def _aim(self) -> None:
        deadline = self._timer.deadline() if self._timer else None
        if deadline is None:
            return
        self._step_end.start(max(0, math.ceil((deadline - self._clock()) * 1000)))

    def _dispatch(self, event: TimerEvent) -> None:
        match event:
            case PhaseChanged():
                self.phase_changed.emit(event)
            case SecondTicked(remaining_seconds=seconds):
                self.second_ticked.emit(seconds)
            case SwitchSides(to_side=side):
                self.sides_switched.emit(side)
            case HoldEnded():
                self.hold_ended.emit(event)
            case Finished():
                self._end_run()
                self.finished.emit()
            case StoppedEarly(held_seconds=held):
                self._end_run()
                self.stopped_early.emit(held)

    def _end_run(self) -> None:
        self._frames.stop()
        self._step_end.stop()
        self.running_changed.emit(False)
