"""Leads a sitting from start to end: pain before, the holds, pain after, the summary.

A sitting is a routine, or one press of Start. It is saved before its first hold, so
each hold can be tagged with it as it happens, and saved again when the rating after
arrives. A stop the flow did not ask for (Stop on the timer card, Esc, another point
chosen mid-hold, the window closing) ends the routine, as a person would expect.

Pure sequencing: each method takes one event (something the person did, or the timer
reported) and returns the commands that answer it, in the order they must run. The Qt
adapter (``ui.sitting.session_flow``) turns commands into widget calls and signals, and
the tests drive the flow by hand, one call per event.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, auto

from acupress_gui.core.catalog import Entry
from acupress_gui.core.history import (
    HoldRecord,
    Recordable,
    SittingKind,
    SittingRecord,
    new_sitting_key,
)
from acupress_gui.core.pain import HIGH_PAIN
from acupress_gui.core.routine import LEAD_IN_SECONDS, Routine, RoutinePlan, RoutineSummary


class Stage(Enum):
    IDLE = auto()
    RATING_BEFORE = auto()
    PRESSING = auto()
    RATING_AFTER = auto()
    SUMMARY = auto()


# --- commands ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EnterStage:
    """The flow is now at ``stage``; the side pane shows what goes with it."""

    stage: Stage


@dataclass(frozen=True, slots=True)
class AskRating:
    """Ask how much it hurts, before the holds or after them."""

    before: bool


@dataclass(frozen=True, slots=True)
class RaiseRedFlags:
    """A rating of ``HIGH_PAIN`` or more: remind the person when to see a doctor."""


@dataclass(frozen=True, slots=True)
class Record:
    """Save a sitting (again, when its rating after arrives) or one of its holds."""

    record: Recordable


@dataclass(frozen=True, slots=True)
class ShowRoutine:
    """Show the routine's progress strip, noting what its plan left out for pregnancy."""

    routine: Routine


@dataclass(frozen=True, slots=True)
class HideRoutine:
    """The holds are over: the progress strip goes away."""


@dataclass(frozen=True, slots=True)
class FrameEntry:
    """Select ``entry`` and bring its points into view: the next hold times it."""

    entry: Entry


@dataclass(frozen=True, slots=True)
class ShowProgress:
    """Show where the person now is in ``routine`` (read it before the next event)."""

    routine: Routine


@dataclass(frozen=True, slots=True)
class StartHold:
    """Time the selected entry, after ``lead_in_seconds`` to find the point."""

    lead_in_seconds: float
    hold_seconds: int | None = None
    """The routine's own hold for this entry; None for the hold the person chose."""


@dataclass(frozen=True, slots=True)
class StopTimer:
    """Stop the timer now; call ``SittingFlow.timer_stopped`` once it has.

    The hold it was timing, if any, is reported through ``hold_ended`` on the way, while
    the sitting is still open, so what was held is saved and counted.
    """


@dataclass(frozen=True, slots=True)
class ProceedSoon:
    """The timer has just finished and is still reporting it; call
    ``SittingFlow.proceed`` once it is done, so the next hold never starts inside it."""


@dataclass(frozen=True, slots=True)
class ShowRoutineSummary:
    summary: RoutineSummary
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True, slots=True)
class ShowHoldSummary:
    """The summary of a single hold, of the entry the timer last timed."""

    held_seconds: float
    pain_before: int | None
    pain_after: int | None


Command = (
    EnterStage
    | AskRating
    | RaiseRedFlags
    | Record
    | ShowRoutine
    | HideRoutine
    | FrameEntry
    | ShowProgress
    | StartHold
    | StopTimer
    | ProceedSoon
    | ShowRoutineSummary
    | ShowHoldSummary
)
Commands = list[Command]


class SittingFlow:
    """Owns the current sitting: which stage it is at, its routine, what it held.

    ``ask_pain()`` is asked when a sitting starts and when its holds end, so turning the
    question off mid-sitting skips the rating after; ``wall_clock`` dates each sitting.
    """

    def __init__(
        self,
        ask_pain: Callable[[], bool],
        wall_clock: Callable[[], datetime],
        lead_in_seconds: float = LEAD_IN_SECONDS,
    ) -> None:
        self._ask_pain = ask_pain
        self._wall_clock = wall_clock
        self.lead_in_seconds = lead_in_seconds
        self.stage = Stage.IDLE
        self.routine: Routine | None = None
        """Kept after the holds, until the summary is closed."""
        self.sitting: SittingRecord | None = None
        """The open sitting: saved, with holds still to come or its rating after."""
        self._kind = SittingKind.SINGLE
        self._single_held = 0.0
        self._timing = False
        """A hold was started and its run has not ended: nothing may start another."""
        self._after_stop: Callable[[], Commands] | None = None
        """What to do once the timer has stopped as asked (its stop is not the person's)."""

    def is_active(self) -> bool:
        return self.stage is not Stage.IDLE and self.stage is not Stage.SUMMARY

    # --- starting --------------------------------------------------------------------

    def begin_single(self) -> Commands:
        """Start pressed: rate first if the person asked to, then time the hold."""
        if self.is_active():
            return []
        self._kind = SittingKind.SINGLE
        self.routine = None
        return self._begin()

    def begin_routine(self, plan: RoutinePlan) -> Commands:
        if self.is_active():
            return []
        self._kind = SittingKind.ROUTINE
        self.routine = Routine(plan)
        return self._begin()

    def _begin(self) -> Commands:
        self._single_held = 0.0
        if self._ask_pain():
            return [*self._enter(Stage.RATING_BEFORE), AskRating(before=True)]
        return self._start_pressing(None)

    def _start_pressing(self, pain_before: int | None) -> Commands:
        self.sitting = SittingRecord(
            new_sitting_key(), self._kind, self._wall_clock(), pain_before=pain_before
        )
        commands: Commands = [Record(self.sitting), *self._enter(Stage.PRESSING)]
        if self.routine is None:
            return [*commands, *self._start_hold(0.0)]
        return [*commands, ShowRoutine(self.routine), *self._press_current(lead_in=0.0)]

    # --- the person's answers and requests ---------------------------------------------

    def rated(self, rating: int | None) -> Commands:
        """The check-in was answered (None: skipped)."""
        commands: Commands = []
        if rating is not None and rating >= HIGH_PAIN:
            commands.append(RaiseRedFlags())
        if self.stage is Stage.RATING_BEFORE:
            commands += self._start_pressing(rating)
        elif self.stage is Stage.RATING_AFTER:
            commands += self._finish(rating)
        return commands

    def skip(self) -> Commands:
        return self._move(Routine.skip)

    def back(self) -> Commands:
        return self._move(Routine.back)

    def stop(self) -> Commands:
        """End the holds now, a routine or a single hold; the sitting then ends as usual."""
        if self.stage is not Stage.PRESSING:
            return []
        return self._stop_timer_then(self._stop_pressing)

    def close_summary(self) -> Commands:
        if self.stage is not Stage.SUMMARY:
            return []
        self.routine = None
        return self._enter(Stage.IDLE)

    def _move(self, step: Callable[[Routine], None]) -> Commands:
        routine = self.routine
        if routine is None or self.stage is not Stage.PRESSING:
            return []

        def then() -> Commands:
            step(routine)
            return self._continue()

        return self._stop_timer_then(then)

    def _stop_timer_then(self, then: Callable[[], Commands]) -> Commands:
        self._after_stop = then
        return [StopTimer()]

    def _stop_pressing(self) -> Commands:
        if self.routine is not None:
            self.routine.stop()
        return self._end_pressing()

    # --- the timer's reports -----------------------------------------------------------

    def hold_ended(self, hold: HoldRecord) -> Commands:
        """One hold is over, finished or stopped: save it under the open sitting."""
        if self.sitting is None or self.stage is not Stage.PRESSING:
            raise RuntimeError("a hold ended with no sitting pressing; every hold starts here")
        if self.routine is not None:
            self.routine.add_held(hold.held_seconds)
        else:
            self._single_held += hold.held_seconds
        return [Record(dataclasses.replace(hold, sitting_key=self.sitting.key))]

    def run_finished(self) -> Commands:
        """The timer ran its whole plan (every set and side)."""
        self._timing = False
        if self.stage is not Stage.PRESSING:
            return []
        if self.routine is None:
            return self._end_pressing()
        self.routine.complete_current()
        return [ProceedSoon()]

    def proceed(self) -> Commands:
        """After a routine's entry finished: the next one, or the end of the holds."""
        if self.stage is not Stage.PRESSING or self._timing:
            return []
        return self._continue()

    def run_stopped(self) -> Commands:
        """The timer stopped before its plan's end; unless the flow asked, that ends it."""
        self._timing = False
        if self._after_stop is not None or self.stage is not Stage.PRESSING:
            return []
        return self._stop_pressing()

    def timer_stopped(self) -> Commands:
        """The stop asked by ``StopTimer`` is done: carry on with what asked for it."""
        self._timing = False
        then, self._after_stop = self._after_stop, None
        return then() if then is not None else []

    # --- moving through the routine and ending -----------------------------------------

    def _continue(self) -> Commands:
        assert self.routine is not None
        if self.routine.is_over:
            return self._end_pressing()
        return self._press_current(lead_in=self.lead_in_seconds)

    def _press_current(self, lead_in: float) -> Commands:
        assert self.routine is not None and self.routine.current is not None
        return [
            FrameEntry(self.routine.current),
            ShowProgress(self.routine),
            *self._start_hold(lead_in),
        ]

    def _start_hold(self, lead_in: float) -> Commands:
        self._timing = True
        hold_seconds = None if self.routine is None else self.routine.hold_seconds
        return [StartHold(lead_in, hold_seconds)]

    def _end_pressing(self) -> Commands:
        rated_before = self.sitting is not None and self.sitting.pain_before is not None
        if rated_before and self._ask_pain():
            return [HideRoutine(), *self._enter(Stage.RATING_AFTER), AskRating(before=False)]
        return [HideRoutine(), *self._finish(None)]

    def _finish(self, pain_after: int | None) -> Commands:
        sitting = self.sitting
        assert sitting is not None
        commands: Commands = []
        if pain_after is not None:
            sitting = dataclasses.replace(sitting, pain_after=pain_after)
            commands.append(Record(sitting))
        self.sitting = None
        if self.routine is not None:
            shown: Command = ShowRoutineSummary(
                self.routine.summary(), sitting.pain_before, sitting.pain_after
            )
        elif sitting.pain_before is not None:
            shown = ShowHoldSummary(self._single_held, sitting.pain_before, pain_after)
        else:
            return [*commands, *self._enter(Stage.IDLE)]
        return [*commands, shown, *self._enter(Stage.SUMMARY)]

    def _enter(self, stage: Stage) -> Commands:
        self.stage = stage
        return [EnterStage(stage)]
