"""Leads a sitting from start to end: pain before, the holds, pain after, the summary.

A sitting is a routine, or one press of Start. It is saved before its first hold, so
each hold can be tagged with it as it happens, and saved again when the rating after
arrives. A stop the flow did not ask for (Stop on the timer card, Esc, another point
chosen mid-hold, the window closing) ends the routine, as a person would expect.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from acupress_gui.core.catalog import Entry
from acupress_gui.core.history import (
    HoldRecord,
    Recordable,
    SittingKind,
    SittingRecord,
    new_sitting_key,
)
from acupress_gui.core.pain import HIGH_PAIN
from acupress_gui.core.routine import LEAD_IN_SECONDS, Routine, RoutinePlan
from acupress_gui.core.settings import Settings
from acupress_gui.ui.sitting.routine_bar import RoutineBar
from acupress_gui.ui.sitting.session_summary import SessionSummary
from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver
from acupress_gui.ui.timer.timer_card import TimerCard

if TYPE_CHECKING:
    from acupress_gui.ui.sitting.pain_check_in import PainCheckIn


class Stage(Enum):
    IDLE = auto()
    RATING_BEFORE = auto()
    PRESSING = auto()
    RATING_AFTER = auto()
    SUMMARY = auto()


class SessionFlow(QObject):
    """Owns the current sitting and switches the side pane between the timer and summary.

    Signals:
        stage_changed(Stage)
        high_pain_rated(): a rating of 8 or more; the window reminds of the red flags.
    """

    stage_changed = Signal(object)
    high_pain_rated = Signal()

    def __init__(
        self,
        settings: Settings,
        timer_card: TimerCard,
        driver: HoldTimerDriver,
        stack: QStackedWidget,
        dialog_parent: QWidget,
        summary: SessionSummary,
        routine_bar: RoutineBar,
        go_to_entry: Callable[[Entry], None],
        record: Callable[[Recordable], None],
        wall_clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._timer_card = timer_card
        self._driver = driver
        self._stack = stack
        self._dialog_parent = dialog_parent
        self._check_in: PainCheckIn | None = None
        self._summary = summary
        self._routine_bar = routine_bar
        self._go_to_entry = go_to_entry
        self._record = record
        self._wall_clock = wall_clock
        self.lead_in_seconds = LEAD_IN_SECONDS
        self.stage = Stage.IDLE
        self.routine: Routine | None = None
        self.sitting: SittingRecord | None = None
        self._kind = SittingKind.SINGLE
        self._single_held = 0.0
        self._stopping_on_purpose = False

        timer_card.start_requested.connect(self.begin_single)
        timer_card.hold_ended.connect(self._on_hold_ended)
        driver.finished.connect(self._on_run_finished)
        driver.stopped_early.connect(self._on_run_stopped)
        summary.closed.connect(self._close_summary)
        routine_bar.back_requested.connect(self.back)
        routine_bar.skip_requested.connect(self.skip)
        routine_bar.stop_requested.connect(self.stop_routine)
        routine_bar.hide()

    @property
    def check_in(self) -> PainCheckIn:
        """The pain check-in dialog, made when first needed (start-up time)."""
        if self._check_in is None:
            from acupress_gui.ui.sitting.pain_check_in import PainCheckIn

            self._check_in = PainCheckIn(self._dialog_parent)
            self._check_in.rated.connect(self._on_rated)
            self._check_in.skipped.connect(lambda: self._on_rated(None))
        return self._check_in

    # --- starting ------------------------------------------------------------------

    def is_active(self) -> bool:
        return self.stage is not Stage.IDLE and self.stage is not Stage.SUMMARY

    def begin_single(self) -> None:
        """Start pressed: rate first if the person asked to, then time the hold."""
        if self.is_active():
            return
        self._kind = SittingKind.SINGLE
        self.routine = None
        self._begin()

    def begin_routine(self, plan: RoutinePlan) -> None:
        if self.is_active():
            return
        self._kind = SittingKind.ROUTINE
        self.routine = Routine(plan)
        self._begin()

    def _begin(self) -> None:
        self._single_held = 0.0
        if self._settings.ask_pain:
            self._show(Stage.RATING_BEFORE)
            self.check_in.ask_before()
        else:
            self._start_pressing(None)

    def _start_pressing(self, pain_before: int | None) -> None:
        self.sitting = SittingRecord(
            new_sitting_key(), self._kind, self._wall_clock(), pain_before=pain_before
        )
        self._record(self.sitting)
        self._show(Stage.PRESSING, self._timer_card)
        if self.routine is None:
            self._timer_card.start()
            return
        self._routine_bar.show_routine(self.routine, self._left_out_note(self.routine.plan))
        self._routine_bar.show()
        self._press_current(lead_in=0.0)

    def _left_out_note(self, plan: RoutinePlan) -> str:
        if not plan.left_out_for_pregnancy:
            return ""
        return self.tr("Left out because you may be pregnant: {titles}.").format(
            titles=", ".join(entry.title for entry in plan.left_out_for_pregnancy)
        )

    # --- during the routine --------------------------------------------------------

    def skip(self) -> None:
        self._move(Routine.skip)

    def back(self) -> None:
        self._move(Routine.back)

    def stop_routine(self) -> None:
        if self.routine is None or self.stage is not Stage.PRESSING:
            return
        self._stop_timer()
        self.routine.stop()
        self._end_pressing()

    def _move(self, step: Callable[[Routine], None]) -> None:
        if self.routine is None or self.stage is not Stage.PRESSING:
            return
        self._stop_timer()
        step(self.routine)
        self._continue()

    def _stop_timer(self) -> None:
        self._stopping_on_purpose = True
        try:
            self._driver.stop()
        finally:
            self._stopping_on_purpose = False

    def _continue(self) -> None:
        if self.routine is None:
            return
        if self.routine.is_over:
            self._end_pressing()
        else:
            self._press_current(lead_in=self.lead_in_seconds)

    def _press_current(self, lead_in: float) -> None:
        assert self.routine is not None and self.routine.current is not None
        self._go_to_entry(self.routine.current)
        self._routine_bar.update_progress(self.routine)
        self._timer_card.start(lead_in_seconds=lead_in)

    # --- timer events --------------------------------------------------------------

    def _on_hold_ended(self, hold: HoldRecord) -> None:
        # Every run starts here (begin_single or begin_routine), so a sitting is open.
        assert self.sitting is not None and self.stage is Stage.PRESSING
        if self.routine is not None:
            self.routine.add_held(hold.held_seconds)
        else:
            self._single_held += hold.held_seconds
        self._record(dataclasses.replace(hold, sitting_key=self.sitting.key))

    def _on_run_finished(self) -> None:
        if self.stage is not Stage.PRESSING:
            return
        if self.routine is None:
            self._end_pressing()
            return
        self.routine.complete_current()
        # Let the finished timer's own signals settle before the next run starts.
        QTimer.singleShot(0, self._continue)

    def _on_run_stopped(self) -> None:
        if self._stopping_on_purpose or self.stage is not Stage.PRESSING:
            return
        if self.routine is not None:
            self.routine.stop()
        self._end_pressing()

    # --- ending --------------------------------------------------------------------

    def _end_pressing(self) -> None:
        self._routine_bar.hide()
        rated_before = self.sitting is not None and self.sitting.pain_before is not None
        if rated_before and self._settings.ask_pain:
            self._show(Stage.RATING_AFTER)
            self.check_in.ask_after()
        else:
            self._finish(None)

    def _on_rated(self, rating: int | None) -> None:
        if rating is not None and rating >= HIGH_PAIN:
            self.high_pain_rated.emit()
        if self.stage is Stage.RATING_BEFORE:
            self._start_pressing(rating)
        elif self.stage is Stage.RATING_AFTER:
            self._finish(rating)

    def _finish(self, pain_after: int | None) -> None:
        sitting = self.sitting
        assert sitting is not None
        if pain_after is not None:
            sitting = dataclasses.replace(sitting, pain_after=pain_after)
            self._record(sitting)
        self.sitting = None
        if self.routine is not None:
            self._summary.show_routine(
                self.routine.summary(), sitting.pain_before, sitting.pain_after
            )
        elif sitting.pain_before is not None:
            entry = self._timer_card.timed_entry()
            assert entry is not None
            self._summary.show_hold(entry, self._single_held, sitting.pain_before, pain_after)
        else:
            self._show(Stage.IDLE, self._timer_card)
            return
        self._show(Stage.SUMMARY, self._summary)

    def _close_summary(self) -> None:
        self.routine = None
        self._show(Stage.IDLE, self._timer_card)

    def _show(self, stage: Stage, card: QWidget | None = None) -> None:
        """Enter ``stage``, with ``card`` in the side pane (the check-in is a dialog)."""
        self.stage = stage
        if card is not None:
            self._stack.setCurrentWidget(card)
        self.stage_changed.emit(stage)
