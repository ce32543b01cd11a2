"""The hold timer: a state machine driven by an injected monotonic clock.

Remaining time is always computed from the clock, never by counting ticks, and each
step starts exactly when the previous one was due to end. So a hold ends on time
however late the caller's ticks arrive, and pausing neither loses nor gains a moment.
The timer only reports what happened (through one listener); saving, sounds and
drawing belong to whoever listens.

A plan can step through several spots (``HoldPlan.spot_labels``, from
``core.spot_steps``): each spot is held for the whole hold time, on each side in turn,
with a short move between spots, and each hold is reported with its spot.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from acupress_gui.core.history import HoldOutcome, Side
from acupress_gui.core.hold_choices import (
    DEFAULT_SECONDS,
    MAX_CHOSEN_SECONDS,
    MAX_SETS,
    MIN_CHOSEN_SECONDS,
    SideMode,
)


class Phase(StrEnum):
    READY = "ready"
    POSITIONING = "positioning"
    """Finding the spot and getting into position before a sitting's first hold."""
    PREPARING = "preparing"
    """The pause before each later entry of a routine: time to find its point."""
    HOLDING = "holding"
    SWITCHING = "switching"
    """Moving the hands to the other side between the two halves of a hold."""
    MOVING = "moving"
    """Moving the hands (or the balls) on to the next spot."""
    RESTING = "resting"
    DONE = "done"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class Step:
    """One stretch of the plan.

    ``side`` and ``spot`` are what a hold presses; for a step between holds (finding the
    point, moving, resting) they are what the next hold presses, so the map can show it.
    """

    phase: Phase
    seconds: float
    side: Side
    set_number: int
    spot: int | None = None
    """0-based index into ``HoldPlan.spot_labels``; None when every spot is pressed at once."""
    label: str | None = None
    """The spot's label, from ``HoldPlan.spot_labels``."""


@dataclass(frozen=True, slots=True)
class HoldPlan:
    """What the person chose. Any positive length works; ``chosen`` applies the limits
    a person may pick from, so tests can still run holds of a fraction of a second."""

    hold_seconds: float = DEFAULT_SECONDS
    sets: int = 1
    side_mode: SideMode = SideMode.BOTH_AT_ONCE
    rest_seconds: float = 15.0
    switch_seconds: float = 5.0
    lead_in_seconds: float = 0.0
    """A routine's pause before a later entry (``Phase.PREPARING``)."""
    position_seconds: float = 0.0
    """Time to get into position before the first hold (``Phase.POSITIONING``)."""
    spot_labels: tuple[str, ...] = ()
    """The spots to press one after the other, by label; empty: all at once."""
    move_seconds: float = 5.0
    """Time to move on from one spot to the next."""

    def __post_init__(self) -> None:
        if (
            self.hold_seconds <= 0
            or self.sets < 1
            or min(self.rest_seconds, self.lead_in_seconds, self.position_seconds) < 0
            or min(self.switch_seconds, self.move_seconds) <= 0
        ):
            raise ValueError(f"not a plan a timer can run: {self}")

    @classmethod
    def chosen(
        cls,
        hold_seconds: float,
        sets: int,
        side_mode: SideMode,
        lead_in_seconds: float = 0.0,
        *,
        position_seconds: float = 0.0,
        spot_labels: tuple[str, ...] = (),
    ) -> HoldPlan:
        """A plan within the choices offered to a person (10 s to 10 min, 1 to 10 sets)."""
        return cls(
            hold_seconds=min(max(hold_seconds, MIN_CHOSEN_SECONDS), MAX_CHOSEN_SECONDS),
            sets=min(max(sets, 1), MAX_SETS),
            side_mode=side_mode,
            lead_in_seconds=lead_in_seconds,
            position_seconds=position_seconds,
            spot_labels=spot_labels,
        )

    def steps(self) -> tuple[Step, ...]:
        """The whole sequence: the time to find the point, then for each set (after a rest)
        each spot in turn (after a move), each side of it in turn (after a switch)."""
        first_side = Side.RIGHT if self.side_mode is SideMode.ONE_THEN_OTHER else Side.BOTH
        spots: list[tuple[int | None, str | None]] = [*enumerate(self.spot_labels)]
        first_spot, first_label = spots[0] if spots else (None, None)
        steps: list[Step] = []
        for phase, seconds in (
            (Phase.POSITIONING, self.position_seconds),
            (Phase.PREPARING, self.lead_in_seconds),
        ):
            if seconds > 0:
                steps.append(Step(phase, seconds, first_side, 1, first_spot, first_label))
        for set_number in range(1, self.sets + 1):
            for spot, label in spots or [(None, None)]:
                if spot:  # any spot after the first
                    steps.append(
                        Step(Phase.MOVING, self.move_seconds, first_side, set_number, spot, label)
                    )
                elif set_number > 1 and self.rest_seconds > 0:
                    steps.append(
                        Step(Phase.RESTING, self.rest_seconds, first_side, set_number, spot, label)
                    )
                steps += self._holds_of_spot(set_number, spot, label)
        return tuple(steps)

    def _holds_of_spot(self, set_number: int, spot: int | None, label: str | None) -> list[Step]:
        """One spot pressed: on both sides at once, or on the right, a switch, the left."""
        if self.side_mode is not SideMode.ONE_THEN_OTHER:
            return [Step(Phase.HOLDING, self.hold_seconds, Side.BOTH, set_number, spot, label)]
        return [
            Step(Phase.HOLDING, self.hold_seconds, Side.RIGHT, set_number, spot, label),
            Step(Phase.SWITCHING, self.switch_seconds, Side.LEFT, set_number, spot, label),
            Step(Phase.HOLDING, self.hold_seconds, Side.LEFT, set_number, spot, label),
        ]

    @property
    def total_seconds(self) -> float:
        return sum(step.seconds for step in self.steps())


# --- events ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PhaseChanged:
    phase: Phase
    step: Step | None


@dataclass(frozen=True, slots=True)
class SecondTicked:
    remaining_seconds: int
    """Whole seconds left in the current step, rounded up (what a countdown shows)."""


@dataclass(frozen=True, slots=True)
class SwitchSides:
    to_side: Side


@dataclass(frozen=True, slots=True)
class MoveToSpot:
    """Time to move on to the next spot (0-based ``spot`` of the plan's labels)."""

    spot: int
    label: str


@dataclass(frozen=True, slots=True)
class HoldEnded:
    """One hold is over: what the history keeps."""

    side: Side
    set_number: int
    started_at: datetime
    planned_seconds: float
    held_seconds: float
    completed: bool
    outcome: HoldOutcome = HoldOutcome.COMPLETED
    spot: int | None = None
    """0-based index into the plan's ``spot_labels``; None when all were pressed at once."""


@dataclass(frozen=True, slots=True)
class Finished:
    """The whole plan ran to its end."""


@dataclass(frozen=True, slots=True)
class StoppedEarly:
    held_seconds: float
    """Seconds held in the hold that was running; 0 when stopped during a rest or switch."""


TimerEvent = (
    PhaseChanged | SecondTicked | SwitchSides | MoveToSpot | HoldEnded | Finished | StoppedEarly
)


class HoldTimer:
    """Runs one plan once: ready, then its steps, then done (or stopped early).

    ``clock`` is monotonic seconds (``time.monotonic`` in the app, a fake in tests);
    ``wall_clock`` stamps when each hold started. Call ``update()`` whenever convenient:
    it catches up with the clock, however much time has passed.
    """

    def __init__(
        self,
        plan: HoldPlan,
        clock: Callable[[], float],
        wall_clock: Callable[[], datetime],
        listener: Callable[[TimerEvent], None],
    ) -> None:
        self.plan = plan
        self._clock = clock
        self._wall_clock = wall_clock
        self._emit = listener
        self._steps = plan.steps()
        self._index = -1
        self._phase = Phase.READY
        self._step_start = 0.0
        self._paused_at: float | None = None
        self._hold_started_at: datetime | None = None
        self._shown_seconds: int | None = None

    # --- state ---------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def running(self) -> bool:
        return self._phase not in (Phase.READY, Phase.DONE, Phase.STOPPED)

    @property
    def step(self) -> Step | None:
        return self._steps[self._index] if self.running else None

    def elapsed(self) -> float:
        """Seconds into the current step, not counting pauses."""
        if not self.running:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return min(max(now - self._step_start, 0.0), self._steps[self._index].seconds)

    def remaining(self) -> float:
        step = self.step
        return step.seconds - self.elapsed() if step else 0.0

    def progress(self) -> float:
        """How far through the current step, from 0 to 1."""
        step = self.step
        return self.elapsed() / step.seconds if step and step.seconds else 0.0

    def deadline(self) -> float | None:
        """The clock reading at which the current step ends (None when paused or idle)."""
        if not self.running or self.paused:
            return None
        return self._step_start + self._steps[self._index].seconds

    def next_second(self) -> float | None:
        """The clock reading at which the whole seconds left next change (at the latest,
        the step's end); None when paused or idle. A countdown can sleep until then."""
        deadline = self.deadline()
        if deadline is None:
            return None
        return deadline - max(self._shown(self.remaining()) - 1, 0)

    # --- commands ------------------------------------------------------------------

    def start(self) -> None:
        if self._phase is not Phase.READY:
            raise RuntimeError(f"cannot start a timer that is {self._phase}")
        self._begin(0, self._clock())

    def pause(self) -> None:
        if self.running and not self.paused:
            self.update()
            if self.running:
                self._paused_at = self._clock()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._step_start += self._clock() - self._paused_at
            self._paused_at = None
            self.update()

    def stop(self, outcome: HoldOutcome = HoldOutcome.STOPPED) -> None:
        """End now. A hold in progress is reported with the seconds actually held, and
        ``outcome``: why it ended (stopped by the person, skipped, quit)."""
        if outcome is HoldOutcome.COMPLETED:
            raise ValueError("a hold stopped early is not completed")
        if not self.running:
            return
        self.update()
        if not self.running:  # it ended on its own just now
            return
        step = self._steps[self._index]
        held = self.elapsed() if step.phase is Phase.HOLDING else 0.0
        if step.phase is Phase.HOLDING:
            self._end_hold(step, held, outcome)
        self._phase = Phase.STOPPED
        self._paused_at = None
        self._emit(PhaseChanged(Phase.STOPPED, None))
        self._emit(StoppedEarly(held))

    def update(self) -> None:
        """Catch up with the clock: end every step whose time has come, report the second."""
        if not self.running or self.paused:
            return
        now = self._clock()
        while self.running and now >= self._step_start + self._steps[self._index].seconds:
            step = self._steps[self._index]
            end = self._step_start + step.seconds
            if step.phase is Phase.HOLDING:
                self._end_hold(step, step.seconds, HoldOutcome.COMPLETED)
            if self._index + 1 < len(self._steps):
                self._begin(self._index + 1, end)
            else:
                self._phase = Phase.DONE
                self._emit(PhaseChanged(Phase.DONE, None))
                self._emit(Finished())
        if self.running:
            self._tick()

    # --- internals -----------------------------------------------------------------

    def _begin(self, index: int, at: float) -> None:
        self._index = index
        self._step_start = at
        step = self._steps[index]
        self._phase = step.phase
        self._shown_seconds = None
        if step.phase is Phase.HOLDING:
            # The wall-clock stamp is taken now, however late, minus the lateness.
            lateness = max(self._clock() - at, 0.0)
            self._hold_started_at = self._wall_clock() - timedelta(seconds=lateness)
        self._emit(PhaseChanged(step.phase, step))
        if step.phase is Phase.SWITCHING:
            self._emit(SwitchSides(step.side))
        elif step.phase is Phase.MOVING and step.spot is not None and step.label is not None:
            self._emit(MoveToSpot(step.spot, step.label))
        self._tick()

    @staticmethod
    def _shown(remaining: float) -> int:
        """Whole seconds a countdown shows, rounded up; microsecond noise ignored."""
        return math.ceil(round(remaining, 6))

    def _tick(self) -> None:
        shown = self._shown(self.remaining())
        if shown != self._shown_seconds:
            self._shown_seconds = shown
            self._emit(SecondTicked(shown))

    def _end_hold(self, step: Step, held: float, outcome: HoldOutcome) -> None:
        assert self._hold_started_at is not None
        self._emit(
            HoldEnded(
                side=step.side,
                set_number=step.set_number,
                started_at=self._hold_started_at,
                planned_seconds=step.seconds,
                held_seconds=held,
                completed=outcome is HoldOutcome.COMPLETED,
                outcome=outcome,
                spot=step.spot,
            )
        )
