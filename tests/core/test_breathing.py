"""The breathing pacer: 4 s in, 6 s out, eased at the turns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.core.breathing import breath_at, next_turn, seconds_until_moved


def test_each_cycle_starts_with_an_in_breath_from_empty() -> None:
    assert breath_at(0) == breath_at(10) == breath_at(600)
    assert breath_at(0).inhaling and breath_at(0).fullness == 0


def test_full_at_the_turn_then_out_for_six_seconds() -> None:
    assert breath_at(3.999).inhaling
    turn = breath_at(4.0)
    assert not turn.inhaling and turn.fullness == pytest.approx(1.0)
    assert not breath_at(9.999).inhaling
    assert breath_at(9.999).fullness == pytest.approx(0.0, abs=1e-6)


def test_eased_so_the_middle_moves_fastest() -> None:
    assert breath_at(2.0).fullness == pytest.approx(0.5)
    start_step = breath_at(0.4).fullness - breath_at(0.0).fullness
    middle_step = breath_at(2.2).fullness - breath_at(1.8).fullness
    assert middle_step > 3 * start_step


def test_six_breaths_a_minute() -> None:
    starts = [
        t / 10
        for t in range(600)
        if breath_at(t / 10).inhaling and not breath_at(t / 10 - 0.1).inhaling
    ]
    assert len(starts) == 6


def test_the_next_turn_is_the_next_change_from_in_to_out_or_back() -> None:
    assert [next_turn(t) for t in (0, 3.9, 4, 9.5, 10, 14.2)] == [4, 4, 10, 10, 14, 20]


@pytest.mark.generated
@given(elapsed=st.floats(min_value=0, max_value=3600))
def test_nothing_turns_before_the_next_turn(elapsed: float) -> None:
    turn = next_turn(elapsed)
    assert elapsed < turn <= elapsed + 6
    halfway = elapsed + (turn - elapsed) / 2
    assert halfway == turn or breath_at(halfway).inhaling == breath_at(elapsed).inhaling
    assert breath_at(turn).inhaling != breath_at(elapsed).inhaling


def test_the_circle_moves_a_step_soon_in_mid_breath_and_slowly_at_the_turns() -> None:
    step = 0.03  # about a pixel on a 176 px dial
    middle, turn = seconds_until_moved(2.0, step), seconds_until_moved(0.0, step)
    assert middle < 0.1 < 0.4 < turn
    assert seconds_until_moved(3.95, step) == pytest.approx(0.05)  # the turn comes first


@pytest.mark.generated
@given(
    elapsed=st.floats(min_value=0, max_value=3600),
    by=st.floats(min_value=0.001, max_value=1),
)
def test_the_circle_moves_by_the_step_exactly_when_said(elapsed: float, by: float) -> None:
    wait = seconds_until_moved(elapsed, by)
    then = elapsed + wait
    assert then <= next_turn(elapsed) + 1e-9  # within one half-breath: moving one way
    moved = abs(breath_at(then - 1e-9).fullness - breath_at(elapsed).fullness)
    assert moved == pytest.approx(by, abs=1e-6) or (
        moved < by and then == pytest.approx(next_turn(elapsed))
    )
