"""Spot by spot: the holds of a multi-spot entry, run by the timer on the fake clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from acupress_gui.core.catalog import Catalog, Entry
from acupress_gui.core.history import HoldOutcome, HoldRecord, Side
from acupress_gui.core.hold_choices import PressOrder, SideMode
from acupress_gui.core.hold_timer import (
    HoldEnded,
    HoldTimer,
    MoveToSpot,
    Phase,
    PhaseChanged,
    SwitchSides,
    TimerEvent,
)
from acupress_gui.core.spot_steps import (
    PressTarget,
    SpotSteps,
    has_several_spots,
    point_label,
    spot_label,
)
from tests.core.fake_clock import START_WALL, FakeClock

HOLD = 10
POSITION = 10
SWITCH = 5
MOVE = 5


class Run:
    """A timer running an entry's spot steps on the fake clock, and what it reported."""

    def __init__(
        self,
        entry: Entry,
        order: PressOrder,
        sides: SideMode,
        sets: int = 1,
        position_seconds: float = 0.0,
    ) -> None:
        self.entry = entry
        self.steps = SpotSteps.of(entry, order)
        self.clock = FakeClock()
        self.events: list[TimerEvent] = []
        self.timer = HoldTimer(
            self.steps.plan(HOLD, sets, sides, position_seconds=position_seconds),
            self.clock,
            self.clock.wall,
            self.events.append,
        )
        self.timer.start()

    def wait(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.timer.update()

    def phases(self) -> list[tuple[Phase, Side, str | None]]:
        """Each step begun: what to do, on which side, at which spot."""
        return [
            (event.step.phase, event.step.side, event.step.label)
            for event in self.events
            if isinstance(event, PhaseChanged) and event.step is not None
        ]

    def records(self) -> list[HoldRecord]:
        """The history's rows, as the timer card saves them."""
        return [
            self.steps.record(self.entry.id, event)
            for event in self.events
            if isinstance(event, HoldEnded)
        ]


def test_two_pairs_one_after_the_other_each_right_then_left_after_getting_into_position(
    catalog: Catalog,
) -> None:
    sea = catalog.entry("sea-of-vitality")
    assert sea is not None
    run = Run(sea, PressOrder.SPOT_BY_SPOT, SideMode.ONE_THEN_OTHER, position_seconds=POSITION)
    inner, outer = "Inner pair, two fingers out", "Outer pair, four fingers out"
    assert run.timer.phase is Phase.POSITIONING and run.timer.step.label == inner
    run.wait(POSITION + 2 * HOLD + SWITCH + MOVE + 2 * HOLD + SWITCH)

    assert run.phases() == [
        (Phase.POSITIONING, Side.RIGHT, inner),  # "Find the spot…": the first spot shown
        (Phase.HOLDING, Side.RIGHT, inner),
        (Phase.SWITCHING, Side.LEFT, inner),
        (Phase.HOLDING, Side.LEFT, inner),
        (Phase.MOVING, Side.RIGHT, outer),
        (Phase.HOLDING, Side.RIGHT, outer),
        (Phase.SWITCHING, Side.LEFT, outer),
        (Phase.HOLDING, Side.LEFT, outer),
    ]
    assert run.timer.phase is Phase.DONE
    moves = [e for e in run.events if isinstance(e, MoveToSpot | SwitchSides)]
    assert moves == [SwitchSides(Side.LEFT), MoveToSpot(1, outer), SwitchSides(Side.LEFT)]
    # One row per spot and side, with its own code, each starting exactly on time.
    rows = [(r.point_codes, r.side, r.started_at - START_WALL, r.completed) for r in run.records()]
    assert rows == [
        (("BL23",), Side.RIGHT, timedelta(seconds=POSITION), True),
        (("BL23",), Side.LEFT, timedelta(seconds=POSITION + HOLD + SWITCH), True),
        (("BL52",), Side.RIGHT, timedelta(seconds=POSITION + 2 * HOLD + SWITCH + MOVE), True),
        (("BL52",), Side.LEFT, timedelta(seconds=POSITION + 3 * HOLD + 2 * SWITCH + MOVE), True),
    ]
    assert all(r.planned_seconds == r.held_seconds == HOLD for r in run.records())


def test_eight_sacral_pairs_step_in_the_catalog_order_with_their_labels(
    catalog: Catalog,
) -> None:
    sacral = catalog.entry("sacral-points")
    assert sacral is not None
    run = Run(sacral, PressOrder.SPOT_BY_SPOT, SideMode.BOTH_AT_ONCE)
    run.wait(8 * HOLD + 7 * MOVE)
    holds = [label for phase, _, label in run.phases() if phase is Phase.HOLDING]
    assert holds[0] == "Outer row, beside the 1st sacral hole"
    assert holds[4:] == ["1st sacral hole", "2nd sacral hole", "3rd sacral hole", "4th sacral hole"]
    assert [r.point_codes for r in run.records()] == [(code,) for code in sacral.codes]
    assert {r.side for r in run.records()} == {Side.BOTH}


def test_a_row_of_spots_is_a_hold_each_with_its_spot_number(catalog: Catalog) -> None:
    row = catalog.entry("lumbar-jiaji")
    assert row is not None and len(row.points) == 1
    run = Run(row, PressOrder.SPOT_BY_SPOT, SideMode.BOTH_AT_ONCE)
    run.wait(5 * HOLD + 4 * MOVE)
    assert [(r.point_codes, r.spot) for r in run.records()] == [
        (("EX-B2",), n) for n in range(1, 6)
    ]
    assert run.steps.labels[2] == "Beside L3"


def test_sets_go_through_every_spot_again_after_a_rest(catalog: Catalog) -> None:
    sea = catalog.entry("sea-of-vitality")
    assert sea is not None
    run = Run(sea, PressOrder.SPOT_BY_SPOT, SideMode.BOTH_AT_ONCE, sets=2)
    run.wait(4 * HOLD + 2 * MOVE + run.timer.plan.rest_seconds)
    assert [phase for phase, _, _ in run.phases()] == [
        Phase.HOLDING,
        Phase.MOVING,
        Phase.HOLDING,
        Phase.RESTING,
        Phase.HOLDING,
        Phase.MOVING,
        Phase.HOLDING,
    ]
    assert [(r.point_codes, r.set_number) for r in run.records()] == [
        (("BL23",), 1),
        (("BL52",), 1),
        (("BL23",), 2),
        (("BL52",), 2),
    ]


def test_together_is_one_hold_of_every_code_as_before(catalog: Catalog) -> None:
    sacral = catalog.entry("sacral-points")
    assert sacral is not None
    run = Run(sacral, PressOrder.TOGETHER, SideMode.ONE_THEN_OTHER)
    assert run.timer.plan.spot_labels == ()
    run.wait(2 * HOLD + SWITCH)
    assert [(r.point_codes, r.side, r.spot) for r in run.records()] == [
        (sacral.codes, Side.RIGHT, None),
        (sacral.codes, Side.LEFT, None),
    ]


def test_stopped_or_skipped_mid_spot_is_saved_with_its_spot_and_how_it_ended(
    catalog: Catalog,
) -> None:
    sea = catalog.entry("sea-of-vitality")
    assert sea is not None
    run = Run(sea, PressOrder.SPOT_BY_SPOT, SideMode.BOTH_AT_ONCE)
    run.wait(HOLD + MOVE + 3)
    run.timer.stop(HoldOutcome.SKIPPED)
    assert [(r.point_codes, r.held_seconds, r.outcome, r.completed) for r in run.records()] == [
        (("BL23",), HOLD, HoldOutcome.COMPLETED, True),
        (("BL52",), 3, HoldOutcome.SKIPPED, False),
    ]
    with pytest.raises(ValueError):
        run.timer.stop(HoldOutcome.COMPLETED)


def test_the_map_shows_the_spot_and_the_side_being_pressed(catalog: Catalog) -> None:
    sea = catalog.entry("sea-of-vitality")
    assert sea is not None
    run = Run(sea, PressOrder.SPOT_BY_SPOT, SideMode.ONE_THEN_OTHER)
    bl23 = catalog.points["BL23"].positions  # the right's spot, then the left's
    first = run.timer.step
    assert [(p.code, p.position) for p in run.steps.places(first)] == [("BL23", bl23[0])]
    run.wait(HOLD)  # switching: the left side is shown, before the hands get there
    assert [(p.code, p.position) for p in run.steps.places(run.timer.step)] == [("BL23", bl23[1])]
    together = SpotSteps.of(sea, PressOrder.TOGETHER).targets[0]
    assert len(together.places_on(Side.BOTH)) == 4
    assert {p.persons_right for p in together.places_on(Side.LEFT)} == {False}


def test_an_inset_spot_stands_for_either_hand(catalog: Catalog) -> None:
    hand = catalog.entry("lumbar-pain-points")
    assert hand is not None
    [first, second] = SpotSteps.of(hand, PressOrder.SPOT_BY_SPOT).targets
    assert first.label == "Between the index and middle fingers"
    assert first.places_on(Side.RIGHT) == first.places_on(Side.LEFT) == first.places
    assert len(first.places) == 1 and first.places != second.places


def test_an_entry_of_one_spot_has_nothing_to_step_through(catalog: Catalog) -> None:
    wind_pool = catalog.entry("wind-pool")
    assert wind_pool is not None and not has_several_spots(wind_pool)
    steps = SpotSteps.of(wind_pool, PressOrder.SPOT_BY_SPOT)
    assert steps.labels == ()
    assert steps.targets == (PressTarget(None, ("GB20",), None, steps.targets[0].places),)


def test_without_labels_a_spot_is_named_by_its_point_and_numbered(catalog: Catalog) -> None:
    bl23 = replace(catalog.points["BL23"], label=None)
    assert point_label(bl23) == "Kidney Shu (BL23)"
    row = catalog.points["EX-B2"]
    unlabelled = replace(row, spots=tuple(replace(spot, label=None) for spot in row.spots))
    assert spot_label(unlabelled, 1) == "Huatuo's Paravertebral Points (EX-B2) 2/5"
    labelled = replace(unlabelled, label="Beside the spine")
    assert spot_label(labelled, 4) == "Beside the spine 5/5"
