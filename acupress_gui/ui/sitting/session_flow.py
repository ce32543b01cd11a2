"""The Qt side of ``core.sitting_flow``: widget and timer signals in, widget calls out.

Every decision is the core's; this adapter only forwards each event to it and carries
out the commands it returns, in order, on the timer card, the driver, the side pane's
stack, the check-in, the summary and the routine bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from acupress_gui.core.catalog import Entry
from acupress_gui.core.history import HoldRecord, Recordable
from acupress_gui.core.routine import Routine, RoutinePlan
from acupress_gui.core.sitting_flow import (
    AskRating,
    Command,
    EnterStage,
    FrameEntry,
    HideRoutine,
    ProceedSoon,
    RaiseRedFlags,
    Record,
    ShowHoldSummary,
    ShowProgress,
    ShowRoutine,
    ShowRoutineSummary,
    SittingFlow,
    Stage,
    StartHold,
    StopTimer,
)
from acupress_gui.ui.sitting.routine_bar import RoutineBar
from acupress_gui.ui.sitting.session_summary import SessionSummary
from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver
from acupress_gui.ui.timer.timer_card import TimerCard

if TYPE_CHECKING:
    from acupress_gui.ui.sitting.pain_check_in import PainCheckIn

__all__ = ["SessionFlow", "Stage"]


class SessionFlow(QObject):
    """Leads the current sitting through a ``SittingFlow`` and shows it in the side pane.

    Signals:
        stage_changed(Stage)
        high_pain_rated(): a rating of 8 or more; the window reminds of the red flags.
    """

    stage_changed = Signal(object)
    high_pain_rated = Signal()

    def __init__(
        self,
        ask_pain: Callable[[], bool],
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
        self._core = SittingFlow(
            ask_pain, wall_clock, position_seconds=timer_card.position_seconds_choice
        )
        self._timer_card = timer_card
        self._driver = driver
        self._stack = stack
        self._dialog_parent = dialog_parent
        self._check_in: PainCheckIn | None = None
        self._summary = summary
        self._routine_bar = routine_bar
        self._go_to_entry = go_to_entry
        self._record = record

        timer_card.start_requested.connect(self.begin_single)
        timer_card.hold_ended.connect(self._on_hold_ended)
        driver.finished.connect(self._on_run_finished)
        driver.stopped_early.connect(self._on_run_stopped)
        summary.closed.connect(self._on_summary_closed)
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
            self._check_in.skipped.connect(self._on_rating_skipped)
        return self._check_in

    @property
    def stage(self) -> Stage:
        return self._core.stage

    @property
    def lead_in_seconds(self) -> float:
        """The rest before each routine entry after the first (tests and screenshots
        shorten it)."""
        return self._core.lead_in_seconds

    @lead_in_seconds.setter
    def lead_in_seconds(self, seconds: float) -> None:
        self._core.lead_in_seconds = seconds

    def is_active(self) -> bool:
        return self._core.is_active()

    # --- what the person asks for ------------------------------------------------------

    def begin_single(self) -> None:
        self._carry_out(self._core.begin_single())

    def begin_routine(self, plan: RoutinePlan) -> None:
        self._carry_out(self._core.begin_routine(plan))

    def skip(self) -> None:
        self._carry_out(self._core.skip())

    def back(self) -> None:
        self._carry_out(self._core.back())

    def stop_routine(self) -> None:
        self._carry_out(self._core.stop())

    # --- what the timer, the check-in and the summary report ------------------------------

    def _on_hold_ended(self, hold: HoldRecord) -> None:
        self._carry_out(self._core.hold_ended(hold))

    def _on_run_finished(self) -> None:
        self._carry_out(self._core.run_finished())

    def _on_run_stopped(self, _held_seconds: float) -> None:
        self._carry_out(self._core.run_stopped())

    def _on_rated(self, rating: int) -> None:
        self._carry_out(self._core.rated(rating))

    def _on_rating_skipped(self) -> None:
        self._carry_out(self._core.rated(None))

    def _on_summary_closed(self) -> None:
        self._carry_out(self._core.close_summary())

    def _proceed(self) -> None:
        self._carry_out(self._core.proceed())

    # --- carrying out the core's commands ----------------------------------------------

    def _carry_out(self, commands: list[Command]) -> None:
        for command in commands:
            self._do(command)

    def _do(self, command: Command) -> None:
        match command:
            case EnterStage(stage=stage):
                self._enter(stage)
            case AskRating(before=True):
                self.check_in.ask_before()
            case AskRating(before=False):
                self.check_in.ask_after()
            case RaiseRedFlags():
                self.high_pain_rated.emit()
            case Record(record=record):
                self._record(record)
            case ShowRoutine(routine=routine):
                self._routine_bar.show_routine(routine, self._left_out_note(routine))
                self._routine_bar.show()
            case HideRoutine():
                self._routine_bar.hide()
            case FrameEntry(entry=entry):
                self._go_to_entry(entry)
            case ShowProgress(routine=routine):
                self._routine_bar.update_progress(routine)
            case StartHold(
                lead_in_seconds=lead_in, position_seconds=position, hold_seconds=hold_seconds
            ):
                self._timer_card.start(
                    lead_in_seconds=lead_in, position_seconds=position, hold_seconds=hold_seconds
                )
            case StopTimer(outcome=outcome):
                # The driver reports the hold it was timing before stop() returns.
                self._driver.stop(outcome)
                self._carry_out(self._core.timer_stopped())
            case ProceedSoon():
                # Let the finished timer's own signals settle before the next run starts.
                QTimer.singleShot(0, self._proceed)
            case ShowRoutineSummary(
                summary=summary, pain_before=before, pain_after=after, holds=holds
            ):
                self._summary.show_routine(summary, before, after, holds)
            case ShowHoldSummary(pain_before=before, pain_after=after, holds=holds):
                timed = self._timer_card.timed_entry()
                assert timed is not None  # the sitting's hold was timed before its summary
                self._summary.show_hold(timed, holds, before, after)

    def _left_out_note(self, routine: Routine) -> str:
        left_out = routine.plan.left_out_for_pregnancy
        if not left_out:
            return ""
        return self.tr("Left out because you may be pregnant: {titles}.").format(
            titles=QLocale().createSeparatedList([entry.title for entry in left_out])
        )

    def _enter(self, stage: Stage) -> None:
        """Show what goes with ``stage`` in the side pane (the check-in is a dialog)."""
        if stage is Stage.SUMMARY:
            self._stack.setCurrentWidget(self._summary)
        elif stage in (Stage.IDLE, Stage.PRESSING):
            self._stack.setCurrentWidget(self._timer_card)
        self.stage_changed.emit(stage)
