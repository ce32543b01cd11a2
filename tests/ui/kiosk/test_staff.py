"""Staff reach the PIN pad by a hidden gesture; the pad takes the right PIN only, and
waits after five wrong ones; behind it, Exit is the only way out of the kiosk."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from acupress_gui.core.kiosk.pin_lockout import FIRST_LOCK_SECONDS, TRIES_BEFORE_LOCK
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from acupress_gui.ui.kiosk.pin_pad import PinPad
from acupress_gui.ui.kiosk.staff_gesture import HOLD_SECONDS
from tests.core.fake_clock import FakeClock
from tests.ui.kiosk.conftest import PIN, Kiosk, start_visiting, tap


def enter(qtbot: QtBot, pad: PinPad, pin: str) -> None:
    for digit in pin:
        tap(qtbot, pad.digit_buttons[digit])
    tap(qtbot, pad.ok_button)


def open_pad(qtbot: QtBot, window: KioskWindow) -> PinPad:
    qtbot.keyClick(
        window,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.pin_pad is not None
    return window.pin_pad


def test_the_right_pin_opens_the_staff_screen(qtbot: QtBot, window: KioskWindow) -> None:
    pad = open_pad(qtbot, window)
    for digit in PIN:
        tap(qtbot, pad.digit_buttons[digit])
    assert pad.dots.text().count("\u25cf") == len(PIN)  # dots, never the digits
    assert PIN not in pad.dots.text()
    tap(qtbot, pad.ok_button)
    assert window.pin_pad is None
    assert window.pages.currentWidget() is window.staff_screen


def test_a_wrong_pin_is_refused_and_five_lock_the_pad_for_a_while(
    qtbot: QtBot, make_kiosk: Callable[[], Kiosk], clock: FakeClock
) -> None:
    window = make_kiosk().window
    pad = open_pad(qtbot, window)
    enter(qtbot, pad, "1111")
    assert window.staff_screen is None
    assert pad.message.text() == "That is not the PIN."
    for _ in range(TRIES_BEFORE_LOCK - 1):
        enter(qtbot, pad, "1111")
    assert "Try again in 30 seconds" in pad.message.text()
    assert not pad.digit_buttons["2"].isEnabled() and not pad.ok_button.isEnabled()
    pad.submit()  # nothing is tried while it waits, not even the right PIN typed before
    assert window.staff_screen is None

    clock.advance(FIRST_LOCK_SECONDS - 1)
    pad.refresh()
    assert "Try again in 1 second" in pad.message.text()
    clock.advance(1)
    pad.refresh()
    assert pad.ok_button.isEnabled()
    enter(qtbot, pad, PIN)
    assert window.pages.currentWidget() is window.staff_screen


def test_the_lockout_outlasts_a_restart_of_the_kiosk(
    qtbot: QtBot, make_kiosk: Callable[[], Kiosk]
) -> None:
    first = make_kiosk()
    pad = open_pad(qtbot, first.window)
    for _ in range(TRIES_BEFORE_LOCK):
        enter(qtbot, pad, "9999")
    first.window.exit_kiosk()
    again = make_kiosk()
    pad = open_pad(qtbot, again.window)
    assert "Try again in" in pad.message.text()
    assert not pad.ok_button.isEnabled()


def test_cancel_closes_the_pad_and_the_visitor_goes_on(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    page = window.pages.currentWidget()
    pad = open_pad(qtbot, window)
    tap(qtbot, pad.cancel_button)
    assert window.pin_pad is None and window.overlays() == []
    assert window.pages.currentWidget() is page


def test_staff_with_a_keyboard_type_the_pin_and_esc_closes_the_pad(
    qtbot: QtBot, window: KioskWindow
) -> None:
    pad = open_pad(qtbot, window)
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    assert window.pin_pad is None and window.overlays() == []
    assert window.isVisible() and window.pages.currentWidget() is window.attract
    pad = open_pad(qtbot, window)
    qtbot.keyClicks(pad, "9" + PIN)
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.typed_length() == len(PIN)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert window.staff_screen is None  # 9 and the PIN less its last digit
    qtbot.keyClicks(pad, PIN)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.staff_screen


def test_a_long_press_in_the_top_left_corner_opens_the_pad(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    touch = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    corner = QPoint(6, 6)
    QTest.touchEvent(window, touch).press(0, corner, window).commit()
    clock.advance(HOLD_SECONDS - 0.5)
    window.gesture.poll()
    assert window.pin_pad is None  # not yet
    clock.advance(0.5)
    window.gesture.poll()
    assert window.pin_pad is not None
    QTest.touchEvent(window, touch).release(0, corner, window).commit()
    assert window.staff_screen is None and window.pin_pad is not None
    # The start screen under the finger did not start a visit when it was lifted.
    assert window.pages.currentWidget() is window.attract


def test_a_press_elsewhere_or_let_go_early_opens_nothing(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    middle = window.rect().center()
    qtbot.mousePress(window.attract, Qt.MouseButton.LeftButton, pos=middle)
    clock.advance(HOLD_SECONDS * 2)
    window.gesture.poll()
    qtbot.mouseRelease(window.attract, Qt.MouseButton.LeftButton, pos=middle)
    assert window.pin_pad is None
    start_visiting(qtbot, window)
    qtbot.mousePress(window.visitor_page, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    clock.advance(HOLD_SECONDS - 1)
    qtbot.mouseRelease(window.visitor_page, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    clock.advance(2)
    window.gesture.poll()
    assert window.pin_pad is None


def open_staff_screen(qtbot: QtBot, window: KioskWindow) -> None:
    enter(qtbot, open_pad(qtbot, window), PIN)
    assert window.staff_screen is not None


def test_staff_see_the_anonymous_counts_and_export_them_beside_the_settings(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock, kiosk_folder: Path
) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    view.select_entry("wind-pool")
    view.timer_card.request_start()  # the check-in first: skipped
    tap(qtbot, view.check_in.skip_button)
    clock.advance(200)
    view.driver.poll()
    open_staff_screen(qtbot, window)
    screen = window.staff_screen
    assert screen is not None
    table = screen.table
    assert table.rowCount() == 1
    assert [table.item(0, column).text() for column in (1, 2, 3)] == ["Wind Pool", "1", "1"]
    tap(qtbot, screen.export_button)
    target = screen.export_path()
    assert target is not None and target.parent == kiosk_folder.resolve()
    assert str(target) in screen.export_result.text()
    with target.open(encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows[1][1:] == ["wind-pool", "1", "1"]


def test_a_new_idle_time_applies_now_and_the_screen_says_for_how_long(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    open_staff_screen(qtbot, window)
    screen = window.staff_screen
    assert screen is not None
    tap(qtbot, screen.longer_button)
    assert window.idle.policy.idle_seconds == 120
    assert "120 seconds" in screen.idle_label.text()
    note = " ".join(label.text() for label in screen.findChildren(type(screen.idle_label)))
    assert "read-only" in note and "kiosk.toml" in note


def test_the_staff_screen_times_out_back_to_the_start_screen(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    open_staff_screen(qtbot, window)
    clock.advance(window.idle.policy.idle_seconds)
    window.idle.poll()
    assert window.counting_down() is not None
    clock.advance(window.idle.policy.warning_seconds)
    window.idle.poll()
    qtbot.waitUntil(lambda: window.staff_screen is None)
    assert window.pages.currentWidget() is window.attract


def test_exit_is_the_only_way_out(qtbot: QtBot, window: KioskWindow) -> None:
    assert not window.close()
    assert window.isVisible()
    open_staff_screen(qtbot, window)
    screen = window.staff_screen
    assert screen is not None
    with qtbot.waitSignal(window.closed):
        tap(qtbot, screen.exit_button)
    assert not window.isVisible()


def test_back_returns_to_the_visitor_as_they_were(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    session = window.session
    session.view.select_entry("wind-pool")
    open_staff_screen(qtbot, window)
    screen = window.staff_screen
    assert screen is not None
    tap(qtbot, screen.back_button)
    assert window.staff_screen is None
    assert window.session is session
    assert session.view.selected_entry_id() == "wind-pool"


def test_a_long_mouse_press_in_the_corner_opens_the_pad_too(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    start_visiting(qtbot, window)
    assert window.visitor_page is not None
    qtbot.mousePress(window.visitor_page, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    clock.advance(HOLD_SECONDS)
    window.gesture.poll()
    assert window.pin_pad is not None
