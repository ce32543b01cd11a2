"""The Qt binding must survive a long session of signals (a 10-minute hold, a kiosk day)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="True is immortal from Python 3.12 on: a lost reference cannot free it, and "
    "its reference count no longer moves, so there is nothing to guard or to measure",
)

EMITS = 200
"""Few enough that a binding that leaks a reference per emit fails here, not aborts."""


class _Emitter(QObject):
    plain = Signal()
    number = Signal(int)


def test_emitting_signals_does_not_eat_references_to_true(qapp) -> None:
    # PySide6 6.12.0 drops a reference to True on every emit(); the timer emits about
    # 30 times a second, so the app aborted with "bool_dealloc" within a minute.
    emitter = _Emitter()
    emitter.plain.connect(lambda: None)
    emitter.number.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(EMITS):
        emitter.plain.emit()
        emitter.number.emit(1)
    lost = before - sys.getrefcount(True)
    assert lost < 5, f"{lost} references to True lost in {2 * EMITS} emits"


def test_a_running_timer_keeps_references_intact(qapp) -> None:
    from acupress_gui.core.hold_timer import HoldPlan
    from tests.core.fake_clock import FakeClock

    clock = FakeClock()
    driver = HoldTimerDriver(clock, clock.wall)
    driver.frame.connect(lambda: None)
    driver.start(HoldPlan(hold_seconds=600))
    before = sys.getrefcount(True)
    for _ in range(EMITS):
        clock.advance(0.033)
        driver.poll()
    driver.stop()
    lost = before - sys.getrefcount(True)
    assert lost < 5, f"{lost} references to True lost in {EMITS} frames"
