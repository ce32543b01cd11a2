"""The hold timer's states, exact timing from the clock, sides, sets and stopping early."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.core.history import HoldOutcome, Side
from acupress_gui.core.hold_choices import SideMode
from acupress_gui.core.hold_timer import (
    Finished,
    HoldEnded,
    HoldPlan,
    HoldTimer,
    Phase,
    PhaseChanged,
    SecondTicked,
    StoppedEarly,
    SwitchSides,
    TimerEvent,
)
from tests.core.fake_clock import START_WALL, FakeClock


class Recorder:
    def __init__(self) -> None:
        self.events: list[TimerEvent] = []

    def __call__(self, event: TimerEvent) -> None:
        self.events.append(event)

    def of(self, kind: type) -> list:
        return [event for event in self.events if isinstance(event, kind)]

    def phases(self) -> list[Phase]:
        return [event.phase for event in self.of(PhaseChanged)]


def make(plan: HoldPlan) -> tuple[HoldTimer, FakeClock, Recorder]:
    clock, events = FakeClock(), Recorder()
    return HoldTimer(plan, clock, clock.wall, events), clock, events


def test_ready_then_holding_then_done() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=60))
    assert timer.phase is Phase.READY
    timer.start()
    assert timer.phase is Phase.HOLDING
    assert events.of(SecondTicked) == [SecondTicked(60)]
    clock.advance(60)
    timer.update()
    assert timer.phase is Phase.DONE
    assert events.phases() == [Phase.HOLDING, Phase.DONE]
    [ended] = events.of(HoldEnded)
    assert ended == HoldEnded(Side.BOTH, 1, START_WALL, 60, 60, completed=True)
    assert events.of(Finished) == [Finished()]


def test_seconds_tick_once_each_as_a_countdown_shows_them() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=3))
    timer.start()
    for _ in range(12):
        clock.advance(0.25)
        timer.update()
    assert [tick.remaining_seconds for tick in events.of(SecondTicked)] == [3, 2, 1]


def test_remaining_comes_from_the_clock_not_from_ticks() -> None:
    timer, clock, _ = make(HoldPlan(hold_seconds=60))
    timer.start()
    clock.advance(42.123)  # no update() in between
    assert timer.remaining() == pytest.approx(17.877)
    assert timer.deadline() == pytest.approx(1060.0)


def test_pause_and_resume_lose_and_gain_nothing() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=60))
    timer.start()
    clock.advance(20)
    timer.pause()
    assert timer.paused and timer.deadline() is None
    clock.advance(1000)
    timer.update()
    assert timer.remaining() == pytest.approx(40)
    timer.resume()
    assert timer.deadline() == pytest.approx(clock.now + 40)
    clock.advance(39.999)
    timer.update()
    assert timer.phase is Phase.HOLDING
    clock.advance(0.001)
    timer.update()
    assert timer.phase is Phase.DONE
    assert events.of(HoldEnded)[0].held_seconds == 60


def test_a_late_update_catches_up_through_several_steps_exactly() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=60, sets=2, rest_seconds=15))
    timer.start()
    clock.advance(130)  # the first hold, the rest and 55 s of the second hold
    timer.update()
    assert timer.phase is Phase.HOLDING
    assert timer.step.set_number == 2
    assert timer.remaining() == pytest.approx(5)
    second_start = events.of(HoldEnded)[0].started_at + timedelta(seconds=75)
    clock.advance(5)
    timer.update()
    assert events.of(HoldEnded)[1].started_at == second_start


def test_one_side_then_the_other_cues_the_switch() -> None:
    plan = HoldPlan(hold_seconds=30, side_mode=SideMode.ONE_THEN_OTHER, switch_seconds=5)
    timer, clock, events = make(plan)
    timer.start()
    assert timer.step.side is Side.RIGHT  # the person's right first
    clock.advance(30)
    timer.update()
    assert timer.phase is Phase.SWITCHING
    assert events.of(SwitchSides) == [SwitchSides(Side.LEFT)]
    clock.advance(5)
    timer.update()
    assert timer.phase is Phase.HOLDING and timer.step.side is Side.LEFT
    clock.advance(30)
    timer.update()
    assert [(e.side, e.completed) for e in events.of(HoldEnded)] == [
        (Side.RIGHT, True),
        (Side.LEFT, True),
    ]
    assert events.phases() == [Phase.HOLDING, Phase.SWITCHING, Phase.HOLDING, Phase.DONE]


def test_sets_repeat_with_a_rest_between() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=10, sets=3, rest_seconds=4))
    timer.start()
    clock.advance(3 * 10 + 2 * 4)
    timer.update()
    assert events.phases() == [
        Phase.HOLDING,
        Phase.RESTING,
        Phase.HOLDING,
        Phase.RESTING,
        Phase.HOLDING,
        Phase.DONE,
    ]
    assert [e.set_number for e in events.of(HoldEnded)] == [1, 2, 3]
    assert HoldPlan(hold_seconds=10, sets=3, rest_seconds=4).total_seconds == 38


def test_stopping_mid_hold_reports_the_seconds_actually_held() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=60))
    timer.start()
    clock.advance(12.5)
    timer.stop()
    assert timer.phase is Phase.STOPPED
    [ended] = events.of(HoldEnded)
    assert (ended.held_seconds, ended.completed, ended.planned_seconds) == (12.5, False, 60)
    assert events.of(StoppedEarly) == [StoppedEarly(12.5)]
    assert events.of(Finished) == []


def test_stopping_while_paused_counts_up_to_the_pause() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=60))
    timer.start()
    clock.advance(8)
    timer.pause()
    clock.advance(100)
    timer.stop()
    assert events.of(StoppedEarly) == [StoppedEarly(8)]


def test_a_lead_in_comes_first_and_the_hold_starts_after_it() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=30, lead_in_seconds=10))
    timer.start()
    assert timer.phase is Phase.PREPARING
    assert timer.running
    clock.advance(10)
    timer.update()
    assert timer.phase is Phase.HOLDING
    clock.advance(30)
    timer.update()
    assert events.phases() == [Phase.PREPARING, Phase.HOLDING, Phase.DONE]
    [ended] = events.of(HoldEnded)
    assert ended.started_at == START_WALL + timedelta(seconds=10)
    assert ended.held_seconds == 30


def test_stopping_during_the_lead_in_records_no_hold() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=30, lead_in_seconds=10))
    timer.start()
    clock.advance(4)
    timer.stop()
    assert events.of(HoldEnded) == []
    assert events.of(StoppedEarly) == [StoppedEarly(0.0)]


def test_stopping_during_a_rest_records_no_hold() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=10, sets=2, rest_seconds=10))
    timer.start()
    clock.advance(13)
    timer.stop()
    assert len(events.of(HoldEnded)) == 1  # only the finished first hold
    assert events.of(StoppedEarly) == [StoppedEarly(0.0)]


def test_a_timer_that_already_ended_ignores_stop() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=5))
    timer.start()
    clock.advance(6)
    timer.stop()  # the hold ended on its own first
    assert timer.phase is Phase.DONE
    assert events.of(StoppedEarly) == []
    assert events.of(HoldEnded)[0].completed


def test_a_timer_runs_once() -> None:
    timer, _, _ = make(HoldPlan(hold_seconds=5))
    timer.start()
    with pytest.raises(RuntimeError):
        timer.start()


def test_a_person_chooses_within_10_seconds_and_10_minutes() -> None:
    both = SideMode.BOTH_AT_ONCE
    assert HoldPlan.chosen(5, 1, both).hold_seconds == 10
    assert HoldPlan.chosen(900, 1, both).hold_seconds == 600
    assert HoldPlan.chosen(60, 0, both).sets == 1
    assert HoldPlan.chosen(60, 11, both).sets == 10
    assert HoldPlan(hold_seconds=0.2).hold_seconds == 0.2  # tests may go shorter
    with pytest.raises(ValueError):
        HoldPlan(hold_seconds=0)


def test_next_second_is_when_the_countdown_next_changes() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=3, lead_in_seconds=1.5))
    timer.start()
    assert timer.next_second() == pytest.approx(1000.5)  # 2 shown, 1 from 1000.5
    clock.advance(0.3)
    assert timer.next_second() == pytest.approx(1000.5)
    clock.advance(0.2)
    timer.update()
    assert timer.next_second() == pytest.approx(1001.5)  # the lead-in's end
    clock.advance(1.0)
    timer.update()
    assert timer.phase is Phase.HOLDING
    assert timer.next_second() == pytest.approx(1002.5)
    timer.pause()
    assert timer.next_second() is None
    timer.resume()
    clock.advance(2.2)
    timer.update()
    assert timer.next_second() == timer.deadline() == pytest.approx(1004.5)
    clock.advance(0.8)
    timer.update()
    assert timer.next_second() is None  # done
    assert [tick.remaining_seconds for tick in events.of(SecondTicked)] == [2, 1, 3, 1]


@pytest.mark.generated
@given(
    hold=st.floats(min_value=0.5, max_value=600),
    lead_in=st.floats(min_value=0, max_value=30),
    waits=st.lists(st.floats(min_value=0, max_value=5), max_size=30),
)
def test_the_countdown_changes_exactly_at_next_second_and_not_before(
    hold: float, lead_in: float, waits: list[float]
) -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=hold, lead_in_seconds=lead_in))
    timer.start()
    for wait in waits:
        due = timer.next_second()
        if due is None:
            break
        assert due >= clock.now
        before = len(events.events)
        if due - clock.now > 1e-5:  # any time before then (to the microsecond): nothing
            clock.advance(min(wait, due - clock.now - 1e-5))
            timer.update()
            assert len(events.events) == before
        clock.now = due  # exactly then: the seconds shown change, or the step ends
        timer.update()
        assert len(events.events) > before


def test_a_hold_ends_as_the_stop_says_why() -> None:
    for outcome in (HoldOutcome.STOPPED, HoldOutcome.SKIPPED, HoldOutcome.QUIT):
        timer, clock, events = make(HoldPlan(hold_seconds=60))
        timer.start()
        clock.advance(7)
        timer.stop(outcome)
        [ended] = events.of(HoldEnded)
        assert (ended.outcome, ended.completed, ended.held_seconds) == (outcome, False, 7)


def test_time_to_get_into_position_comes_before_the_first_hold() -> None:
    timer, clock, events = make(HoldPlan(hold_seconds=30, position_seconds=10))
    timer.start()
    assert timer.phase is Phase.POSITIONING and timer.remaining() == 10
    clock.advance(40)
    timer.update()
    assert events.phases() == [Phase.POSITIONING, Phase.HOLDING, Phase.DONE]
    [ended] = events.of(HoldEnded)
    assert ended.started_at == START_WALL + timedelta(seconds=10)
    assert ended.outcome is HoldOutcome.COMPLETED
