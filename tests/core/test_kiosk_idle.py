"""The kiosk's idle rule: quiet time, then a countdown of whole seconds, then the end; a
touch starts the quiet time again, and a running hold is never idleness."""

from __future__ import annotations

import pytest

from acupress_gui.core.kiosk.idle_policy import IdlePolicy, IdleStage
from tests.core.fake_clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_quiet_time_then_a_countdown_then_the_end(clock: FakeClock) -> None:
    policy = IdlePolicy(clock, idle_seconds=90, warning_seconds=30)
    assert policy.next_change() == clock.now + 90
    clock.advance(89.9)
    assert policy.stage() is IdleStage.ACTIVE
    clock.advance(0.1)
    assert policy.stage() is IdleStage.WARNING
    assert policy.seconds_left() == 30
    assert policy.next_change() == pytest.approx(clock.now + 1)
    clock.advance(0.4)
    assert policy.seconds_left() == 30  # rounded up, as a countdown shows it
    clock.advance(0.6)
    assert policy.seconds_left() == 29
    clock.advance(28)
    assert (policy.seconds_left(), policy.next_change()) == (1, pytest.approx(clock.now + 1))
    clock.advance(1)
    assert policy.stage() is IdleStage.EXPIRED
    assert policy.next_change() is None


def test_a_touch_during_the_countdown_starts_the_quiet_time_again(clock: FakeClock) -> None:
    policy = IdlePolicy(clock, idle_seconds=60, warning_seconds=20)
    clock.advance(70)
    assert policy.stage() is IdleStage.WARNING
    policy.touched()
    assert policy.stage() is IdleStage.ACTIVE
    assert policy.next_change() == clock.now + 60


def test_a_running_hold_is_not_idleness_and_its_end_starts_the_quiet_time(
    clock: FakeClock,
) -> None:
    policy = IdlePolicy(clock, idle_seconds=60, warning_seconds=20)
    clock.advance(30)
    policy.set_busy(True)
    clock.advance(600)  # ten minutes on the tennis balls without a touch
    assert policy.stage() is IdleStage.ACTIVE
    assert policy.next_change() is None
    policy.set_busy(False)
    clock.advance(59)
    assert policy.stage() is IdleStage.ACTIVE
    clock.advance(1)
    assert policy.stage() is IdleStage.WARNING


def test_staff_may_change_the_idle_time_within_the_file_limits(clock: FakeClock) -> None:
    policy = IdlePolicy(clock, idle_seconds=90, warning_seconds=30)
    policy.idle_seconds = 300
    clock.advance(200)
    assert policy.stage() is IdleStage.ACTIVE
    with pytest.raises(ValueError, match="idle time"):
        policy.idle_seconds = 5


def test_the_warning_is_never_shorter_than_wcag_allows(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="WCAG"):
        IdlePolicy(clock, idle_seconds=90, warning_seconds=10)
