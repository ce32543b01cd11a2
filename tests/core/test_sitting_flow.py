"""A sitting, driven event by event without Qt: check-in, holds, check-in, summary."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.core.catalog import Catalog, Entry
from acupress_gui.core.history import (
    HoldOutcome,
    HoldRecord,
    HoldTotals,
    Side,
    SittingKind,
    SittingRecord,
)
from acupress_gui.core.routine import Outcome, RoutinePlan, RoutineSummary
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
from tests.core.fake_clock import START_WALL, FakeClock

HOLD = 10.0
LEAD_IN = 7.0
THREE = ["wind-pool", "heavenly-pillar", "sacral-points"]


class Screen:
    """Carries out the flow's commands as the Qt adapter does, over a pretend timer.

    It fails at once when the flow asks to start a hold while one is being timed.

    The timer runs only between ``StartHold`` and its end, times the selected entry, and
    reports to the flow as the real one does: each hold as it ends, then the run's end.
    """

    def __init__(self, flow: SittingFlow, clock: FakeClock, selected: Entry) -> None:
        self.flow = flow
        self.clock = clock
        self.selected = selected
        self.commands: list[Command] = []
        self.timed: Entry | None = None
        """The entry the timer is timing; None when it is not running."""
        self.lead_ins: list[float] = []
        self.held_now = 0.0
        self.set_number = 0
        self.proceed_pending = False

    # --- what the person does ------------------------------------------------------

    def do(self, commands: list[Command]) -> None:
        for command in commands:
            self.commands.append(command)
            match command:
                case FrameEntry(entry=entry):
                    self.selected = entry
                case StartHold(lead_in_seconds=lead_in):
                    assert self.timed is None, "a hold started over the one being timed"
                    self.timed = self.selected
                    self.lead_ins.append(lead_in)
                    self.held_now, self.set_number = 0.0, 1
                case StopTimer(outcome=outcome):
                    if self.timed is not None:
                        self._end_run_early(outcome)
                    self.do(self.flow.timer_stopped())
                case ProceedSoon():
                    self.proceed_pending = True

    def press(self, seconds: float) -> None:
        """Hold the point for ``seconds``."""
        assert self.timed is not None
        self.clock.advance(seconds)
        self.held_now += seconds

    def end_set(self) -> None:
        """The current set's hold runs to its end; the run goes on with the next set."""
        self._report_hold(HoldOutcome.COMPLETED)
        self.set_number += 1

    def finish(self) -> None:
        """The last hold runs to its end, and the run with it."""
        self._report_hold(HoldOutcome.COMPLETED)
        self.timed = None
        self.do(self.flow.run_finished())

    def stop_on_card(self) -> None:
        """Stop on the timer card, Esc or another point chosen: the flow did not ask."""
        self._end_run_early()

    def close_window(self) -> None:
        """The window closes mid-hold: the view stops the timer, the flow did not ask."""
        self._end_run_early(HoldOutcome.QUIT)

    def settle(self) -> None:
        """The event loop runs the step the flow asked to take once the timer settled."""
        if self.proceed_pending:
            self.proceed_pending = False
            self.do(self.flow.proceed())

    def hold_to_the_end(self) -> None:
        """Sit out any lead-in, hold the whole time, and let the next step start."""
        self.clock.advance(self.lead_ins[-1])
        self.press(HOLD)
        self.finish()
        self.settle()

    # --- what the person saw -------------------------------------------------------

    def records(self) -> list[HoldRecord | SittingRecord]:
        return [c.record for c in self.commands if isinstance(c, Record)]

    def holds(self) -> list[HoldRecord]:
        return [r for r in self.records() if isinstance(r, HoldRecord)]

    def stages(self) -> list[Stage]:
        return [c.stage for c in self.commands if isinstance(c, EnterStage)]

    def shown(self, kind: type[Command]) -> list[Command]:
        return [c for c in self.commands if isinstance(c, kind)]

    def last_summary(self) -> RoutineSummary:
        summaries = self.shown(ShowRoutineSummary)
        assert summaries
        last = summaries[-1]
        assert isinstance(last, ShowRoutineSummary)
        return last.summary

    # --- the timer's reports -------------------------------------------------------

    def _end_run_early(self, outcome: HoldOutcome = HoldOutcome.STOPPED) -> None:
        if self.held_now > 0:
            self._report_hold(outcome)
        self.timed = None
        self.do(self.flow.run_stopped())

    def _report_hold(self, outcome: HoldOutcome) -> None:
        assert self.timed is not None
        hold = HoldRecord(
            entry_id=self.timed.id,
            point_codes=self.timed.codes,
            side=Side.BOTH,
            set_number=self.set_number,
            started_at=self.clock.wall(),
            planned_seconds=HOLD,
            held_seconds=self.held_now,
            completed=outcome is HoldOutcome.COMPLETED,
            outcome=outcome,
        )
        self.held_now = 0.0
        self.do(self.flow.hold_ended(hold))


@dataclass
class Setup:
    settings: SimpleNamespace
    flow: SittingFlow
    screen: Screen


@pytest.fixture
def setup(catalog: Catalog) -> Setup:
    settings = SimpleNamespace(ask_pain=True)
    clock = FakeClock()
    flow = SittingFlow(lambda: settings.ask_pain, clock.wall, lead_in_seconds=LEAD_IN)
    return Setup(settings, flow, Screen(flow, clock, catalog.entries[0]))


def plan_of(catalog: Catalog, ids: list[str], may_be_pregnant: bool = False) -> RoutinePlan:
    return RoutinePlan.build(catalog.entries, ids, may_be_pregnant)


def ids_of(entries: tuple[Entry, ...]) -> list[str]:
    return [entry.id for entry in entries]


def test_a_routine_saves_the_sitting_first_then_each_hold_then_the_rating_after(
    setup: Setup, catalog: Catalog
) -> None:
    flow, screen = setup.flow, setup.screen
    plan = plan_of(catalog, THREE)
    screen.do(flow.begin_routine(plan))
    assert screen.commands == [EnterStage(Stage.RATING_BEFORE), AskRating(before=True)]
    assert flow.is_active()

    screen.do(flow.rated(6))
    (sitting,) = screen.records()
    assert isinstance(sitting, SittingRecord)
    assert (sitting.kind, sitting.started_at, sitting.pain_before) == (
        SittingKind.ROUTINE,
        START_WALL,
        6,
    )
    routine = flow.routine
    assert routine is not None
    assert screen.commands[2:] == [
        Record(sitting),
        EnterStage(Stage.PRESSING),
        ShowRoutine(routine),
        FrameEntry(plan.entries[0]),
        ShowProgress(routine),
        StartHold(0.0),  # no lead-in before the first
    ]

    for _ in THREE:
        screen.hold_to_the_end()
    assert screen.lead_ins == [0.0, LEAD_IN, LEAD_IN]
    assert [hold.entry_id for hold in screen.holds()] == THREE
    assert all(hold.sitting_key == sitting.key for hold in screen.holds())
    assert screen.commands[-3:] == [
        HideRoutine(),
        EnterStage(Stage.RATING_AFTER),
        AskRating(before=False),
    ]

    screen.do(flow.rated(4))
    records = screen.records()
    assert records[0] == sitting and records[1:4] == screen.holds()
    assert records[4] == SittingRecord(sitting.key, SittingKind.ROUTINE, START_WALL, 6, 4)
    summary = screen.last_summary()
    assert ids_of(summary.entries(Outcome.DONE)) == THREE
    assert summary.held_seconds == 3 * HOLD and not summary.stopped_early
    assert screen.commands[-2:] == [
        ShowRoutineSummary(summary, 6, 4, HoldTotals(3 * HOLD, {HoldOutcome.COMPLETED: 3})),
        EnterStage(Stage.SUMMARY),
    ]
    assert not flow.is_active() and flow.sitting is None

    screen.do(flow.close_summary())
    assert flow.stage is Stage.IDLE and flow.routine is None
    assert screen.stages() == [
        Stage.RATING_BEFORE,
        Stage.PRESSING,
        Stage.RATING_AFTER,
        Stage.SUMMARY,
        Stage.IDLE,
    ]


def test_skip_back_and_stop_keep_what_was_held(setup: Setup, catalog: Catalog) -> None:
    flow, screen = setup.flow, setup.screen
    screen.do(flow.begin_routine(plan_of(catalog, THREE)))
    screen.do(flow.rated(5))

    screen.press(4)
    screen.do(flow.skip())
    assert screen.selected.id == "heavenly-pillar"
    screen.do(flow.back())
    assert screen.selected.id == "wind-pool"
    screen.hold_to_the_end()
    assert screen.selected.id == "heavenly-pillar"
    screen.clock.advance(LEAD_IN)
    screen.press(3)
    screen.do(flow.stop())
    assert flow.stage is Stage.RATING_AFTER
    screen.do(flow.rated(None))

    assert [(h.entry_id, h.held_seconds, h.completed, h.outcome) for h in screen.holds()] == [
        ("wind-pool", 4, False, HoldOutcome.SKIPPED),  # skipped part way: saved as skipped
        ("wind-pool", HOLD, True, HoldOutcome.COMPLETED),
        ("heavenly-pillar", 3, False, HoldOutcome.STOPPED),
    ]
    summary = screen.last_summary()
    assert ids_of(summary.entries(Outcome.DONE)) == ["wind-pool"]
    assert ids_of(summary.entries(Outcome.NOT_REACHED)) == ["heavenly-pillar", "sacral-points"]
    # The skipped hold's 4 s are not time pressing.
    assert summary.held_seconds == HOLD + 3 and summary.stopped_early
    holds = HoldTotals(
        HOLD + 3,
        {HoldOutcome.SKIPPED: 1, HoldOutcome.COMPLETED: 1, HoldOutcome.STOPPED: 1},
    )
    assert screen.shown(ShowRoutineSummary)[-1] == ShowRoutineSummary(summary, 5, None, holds)
    assert flow.stage is Stage.SUMMARY


def test_a_stop_the_flow_did_not_ask_for_ends_the_routine(setup: Setup, catalog: Catalog) -> None:
    setup.settings.ask_pain = False
    flow, screen = setup.flow, setup.screen
    screen.do(flow.begin_routine(plan_of(catalog, THREE)))
    assert flow.stage is Stage.PRESSING  # not asked, so straight on
    screen.press(2)
    screen.stop_on_card()
    assert not screen.shown(AskRating)
    assert flow.stage is Stage.SUMMARY
    summary = screen.last_summary()
    assert summary.stopped_early and summary.held_seconds == 2
    holds = HoldTotals(2, {HoldOutcome.STOPPED: 1})
    assert screen.shown(ShowRoutineSummary)[-1] == ShowRoutineSummary(summary, None, None, holds)


def test_a_single_hold_with_high_pain_raises_the_red_flags_and_is_summed_over_its_sets(
    setup: Setup,
) -> None:
    flow, screen = setup.flow, setup.screen
    screen.do(flow.begin_single())
    assert flow.stage is Stage.RATING_BEFORE and screen.timed is None
    screen.do(flow.rated(8))
    assert screen.commands[2] == RaiseRedFlags()  # before the hold starts, which it does
    assert screen.timed is not None
    screen.press(HOLD)
    screen.end_set()
    screen.press(HOLD)
    screen.finish()
    assert screen.commands[-1] == AskRating(before=False)
    screen.do(flow.rated(9))

    sitting, *_, rated_after = screen.records()
    assert isinstance(sitting, SittingRecord) and sitting.kind is SittingKind.SINGLE
    assert rated_after == SittingRecord(sitting.key, SittingKind.SINGLE, START_WALL, 8, 9)
    assert [hold.set_number for hold in screen.holds()] == [1, 2]
    assert screen.commands[-4:] == [
        RaiseRedFlags(),
        Record(rated_after),
        ShowHoldSummary(8, 9, HoldTotals(2 * HOLD, {HoldOutcome.COMPLETED: 2})),
        EnterStage(Stage.SUMMARY),
    ]


@pytest.mark.parametrize(("rating", "raised"), [(0, False), (7, False), (8, True), (10, True)])
def test_the_red_flags_come_from_a_rating_of_8_on(setup: Setup, rating: int, raised: bool) -> None:
    setup.screen.do(setup.flow.begin_single())
    assert (RaiseRedFlags() in setup.flow.rated(rating)) is raised


def test_skipping_the_check_in_asks_nothing_after_and_ends_without_a_summary(
    setup: Setup,
) -> None:
    flow, screen = setup.flow, setup.screen
    screen.do(flow.begin_single())
    screen.do(flow.rated(None))
    screen.press(HOLD)
    screen.finish()
    assert flow.stage is Stage.IDLE
    assert screen.shown(AskRating) == [AskRating(before=True)]
    assert not screen.shown(ShowHoldSummary)
    sitting = screen.records()[0]
    assert isinstance(sitting, SittingRecord)
    assert (sitting.pain_before, sitting.pain_after) == (None, None)
    assert len(screen.records()) == 2  # the sitting and its hold; nothing saved again


def test_turning_the_check_in_off_mid_sitting_skips_the_rating_after(setup: Setup) -> None:
    flow, screen = setup.flow, setup.screen
    screen.do(flow.begin_single())
    screen.do(flow.rated(3))
    setup.settings.ask_pain = False
    screen.press(HOLD)
    screen.finish()
    assert screen.shown(AskRating) == [AskRating(before=True)]
    assert screen.commands[-2:] == [
        ShowHoldSummary(3, None, HoldTotals(HOLD, {HoldOutcome.COMPLETED: 1})),
        EnterStage(Stage.SUMMARY),
    ]


def test_nothing_new_starts_while_a_sitting_is_active_but_it_may_from_the_summary(
    setup: Setup, catalog: Catalog
) -> None:
    flow, screen = setup.flow, setup.screen
    plan = plan_of(catalog, THREE)
    screen.do(flow.begin_routine(plan))
    assert flow.begin_single() == [] and flow.begin_routine(plan) == []
    screen.do(flow.rated(None))
    assert flow.begin_single() == []
    screen.do(flow.stop())
    assert flow.stage is Stage.SUMMARY
    screen.do(flow.begin_single())
    assert flow.stage is Stage.RATING_BEFORE and flow.routine is None


def test_requests_outside_the_holds_change_nothing(setup: Setup, catalog: Catalog) -> None:
    flow = setup.flow
    for request in (flow.skip, flow.back, flow.stop, flow.proceed, flow.run_finished):
        assert request() == []
    setup.screen.do(flow.begin_routine(plan_of(catalog, THREE)))
    for request in (flow.skip, flow.back, flow.stop, flow.proceed):
        assert request() == []
    assert flow.rated(None) != [] and flow.stage is Stage.PRESSING


def test_skip_before_the_finished_entry_moves_on_starts_one_hold_not_two(
    setup: Setup, catalog: Catalog
) -> None:
    flow, screen = setup.flow, setup.screen
    screen.do(flow.begin_routine(plan_of(catalog, THREE)))
    screen.do(flow.rated(None))
    screen.press(HOLD)
    screen.finish()
    screen.do(flow.skip())  # before the event loop took the step after the finish
    screen.settle()
    assert screen.lead_ins == [0.0, LEAD_IN]
    assert screen.timed is not None and screen.timed.id == "sacral-points"
    assert flow.routine is not None
    assert [o for _, o in flow.routine.summary().outcomes] == [
        Outcome.DONE,
        Outcome.SKIPPED,
        Outcome.NOT_REACHED,
    ]


def test_a_hold_outside_a_sitting_is_refused_rather_than_saved_untagged(setup: Setup) -> None:
    with pytest.raises(RuntimeError):
        setup.flow.hold_ended(
            HoldRecord("wind-pool", ("GB20",), Side.BOTH, 1, START_WALL, HOLD, HOLD, True)
        )


# --- any sequence of events --------------------------------------------------------

EVENTS = (
    "begin_single",
    "begin_routine",
    "rate",
    "skip_rating",
    "skip",
    "back",
    "stop",
    "press",
    "end_set",
    "finish",
    "stop_on_card",
    "settle",
    "close_summary",
    "toggle_ask_pain",
)


class Watcher:
    """Checks every command against what a sitting must never do, as it is carried out."""

    def __init__(self, screen: Screen) -> None:
        self.screen = screen
        self.open_key: str | None = None
        self.held: list[HoldRecord] = []
        self.seen = 0

    def check(self) -> None:
        for command in self.screen.commands[self.seen :]:
            self._check(command)
        self.seen = len(self.screen.commands)
        flow = self.screen.flow
        open_stages = (Stage.PRESSING, Stage.RATING_AFTER)
        assert (flow.sitting is not None) is (flow.stage in open_stages)
        assert (self.open_key is not None) is (flow.stage in open_stages)
        assert flow.is_active() is (flow.stage not in (Stage.IDLE, Stage.SUMMARY))
        if self.screen.timed is not None:
            assert flow.stage is Stage.PRESSING  # no hold is timed outside the holds

    def _check(self, command: Command) -> None:
        match command:
            case Record(record=SittingRecord(key=key)) if key != self.open_key:
                assert self.open_key is None, "a second sitting opened over the first"
                self.open_key, self.held = key, []
            case Record(record=SittingRecord()):
                pass
            case Record(record=HoldRecord() as hold):
                assert hold.sitting_key is not None and hold.sitting_key == self.open_key
                self.held.append(hold)
            case ShowRoutineSummary(summary=summary, holds=holds):
                pressed = sum(h.held_seconds for h in self.held if h.counts_as_pressing)
                assert summary.held_seconds == holds.pressed_seconds == pressed
                assert holds.total == len(self.held)
                completed = {h.entry_id for h in self.held if h.completed}
                assert {e.id for e in summary.entries(Outcome.DONE)} <= completed
            case ShowHoldSummary(holds=holds):
                assert holds.pressed_seconds == sum(h.held_seconds for h in self.held)
                assert holds.total == len(self.held)
                assert len({h.entry_id for h in self.held}) <= 1
            case EnterStage(stage=Stage.SUMMARY | Stage.IDLE):
                self.open_key = None


LIKELY: dict[Stage, tuple[str, ...]] = {
    Stage.IDLE: ("begin_single", "begin_routine"),
    Stage.RATING_BEFORE: ("rate", "skip_rating"),
    Stage.PRESSING: ("press", "press", "end_set", "finish", "settle", "skip", "back", "stop"),
    Stage.RATING_AFTER: ("rate", "skip_rating"),
    Stage.SUMMARY: ("close_summary", "begin_single", "begin_routine"),
}
"""What a person (or the timer) most often does next, so that sequences reach far."""


@pytest.mark.generated
@given(data=st.data(), ask_pain=st.booleans())
def test_any_sequence_of_events_keeps_one_sitting_and_every_hold_in_it(
    catalog: Catalog, data: st.DataObject, ask_pain: bool
) -> None:
    settings = SimpleNamespace(ask_pain=ask_pain)
    clock = FakeClock()
    flow = SittingFlow(lambda: settings.ask_pain, clock.wall, lead_in_seconds=LEAD_IN)
    screen = Screen(flow, clock, catalog.entries[0])
    watcher = Watcher(screen)
    plan = plan_of(catalog, THREE)
    for _ in range(data.draw(st.integers(0, 60), label="steps")):
        event = data.draw(st.sampled_from(LIKELY[flow.stage] * 3 + EVENTS))
        rating = data.draw(st.integers(0, 10))
        pressing = flow.stage is Stage.PRESSING
        match event:
            case "begin_single":
                screen.do(flow.begin_single())
            case "begin_routine":
                screen.do(flow.begin_routine(plan))
            case "rate":
                screen.do(flow.rated(rating))
            case "skip_rating":
                screen.do(flow.rated(None))
            case "skip":
                screen.do(flow.skip())
            case "back":
                screen.do(flow.back())
            case "stop":
                screen.do(flow.stop())
                watcher.check()
                if pressing and flow.stage is Stage.RATING_AFTER:
                    screen.do(flow.rated(rating))
                if pressing:
                    assert flow.stage in (Stage.IDLE, Stage.SUMMARY)
                    assert flow.sitting is None and screen.timed is None
            case "press" if screen.timed is not None:
                screen.press(rating + 1)
            case "end_set" if screen.timed is not None:
                screen.end_set()
            case "finish" if screen.timed is not None:
                screen.finish()
            case "stop_on_card" if screen.timed is not None:
                screen.stop_on_card()
            case "settle":
                screen.settle()
            case "close_summary":
                screen.do(flow.close_summary())
            case "toggle_ask_pain":
                settings.ask_pain = not settings.ask_pain
        watcher.check()


def test_the_first_hold_waits_for_the_person_to_get_into_position_later_ones_for_the_pause(
    catalog: Catalog,
) -> None:
    clock = FakeClock()
    flow = SittingFlow(
        lambda: False, clock.wall, lead_in_seconds=LEAD_IN, position_seconds=lambda: 12
    )
    screen = Screen(flow, clock, catalog.entries[0])
    screen.do(flow.begin_routine(plan_of(catalog, THREE)))
    screen.clock.advance(12)
    for _ in THREE:
        screen.hold_to_the_end()
    assert screen.shown(StartHold) == [
        StartHold(0.0, 12),  # "Find the spot…", before the first hold only
        StartHold(LEAD_IN, 0.0),  # the routine's pause between points stays
        StartHold(LEAD_IN, 0.0),
    ]

    screen.do(flow.close_summary())
    screen.do(flow.begin_single())
    assert screen.shown(StartHold)[-1] == StartHold(0.0, 12)


def test_a_hold_stopped_by_quitting_is_saved_as_such_and_its_time_counts(setup: Setup) -> None:
    flow, screen = setup.flow, setup.screen
    screen.do(flow.begin_single())
    screen.do(flow.rated(5))
    screen.press(4)
    screen.close_window()
    [hold] = screen.holds()
    assert (hold.outcome, hold.completed, hold.held_seconds) == (HoldOutcome.QUIT, False, 4)
    screen.do(flow.rated(None))
    assert screen.shown(ShowHoldSummary) == [
        ShowHoldSummary(5, None, HoldTotals(4, {HoldOutcome.QUIT: 1}))
    ]
