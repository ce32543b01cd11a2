"""The timer's choices and the map's zoom buttons on a kiosk: buttons in the window, each
at least 9 mm under the finger, no drop-down list or spin box (whose list would open as a
window of its own, whose arrows are a few pixels), chosen and started by touch."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acupress_gui.ui.common.choice_buttons import ChoiceButtons
from acupress_gui.ui.common.step_number import StepNumber
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from acupress_gui.ui.visitor.visitor_view import VisitorView
from tests.ui.kiosk.conftest import start_visiting, tap
from tests.ui.kiosk.test_touch import touch_tap

PAIRED_OF_TWO_SPOTS = "sea-of-vitality"
"""Two pairs of points: every choice of the timer applies to it, none is disabled."""


def visiting(qtbot: QtBot, window: KioskWindow) -> VisitorView:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    view.select_entry(PAIRED_OF_TWO_SPOTS)
    return view


def visiting_by_touch(window: KioskWindow) -> VisitorView:
    """As ``visiting``, a finger all the way (Qt's pointer that a mouse click leaves
    pressed on the welcome's answer would take the first touch after it)."""
    assert window.attract is not None
    touch_tap(window.attract, window.attract.rect().center())
    assert window.welcome is not None
    answer = window.welcome.answer_buttons["no"]
    touch_tap(answer, answer.rect().center())
    assert window.session is not None
    view = window.session.view
    view.select_entry(PAIRED_OF_TWO_SPOTS)
    return view


def shown_buttons(root: QWidget) -> list[QAbstractButton]:
    return [button for button in root.findChildren(QAbstractButton) if button.isVisible()]


def shown_top_levels() -> set[QWidget]:
    """Visible ones: a card not yet placed (the check-in, made on first use) is one too."""
    return {widget for widget in QApplication.topLevelWidgets() if widget.isVisible()}


def shown_windows() -> set[QWindow]:
    return {window for window in QGuiApplication.topLevelWindows() if window.isVisible()}


def millimetres(window: KioskWindow, pixels: int) -> float:
    """As the map's targets are measured: at the larger of the screen's dpi."""
    screen = window.screen()
    return pixels / max(screen.logicalDotsPerInch(), screen.physicalDotsPerInch()) * 25.4


def test_the_timers_choices_are_buttons_in_the_card(qtbot: QtBot, window: KioskWindow) -> None:
    card = visiting(qtbot, window).timer_card
    for choice in (card.duration, card.sides, card.press_order):
        assert isinstance(choice, ChoiceButtons) and choice.isVisible()
    for number in (card.sets, card.position_seconds):
        assert isinstance(number, StepNumber) and number.isVisible()
    assert card.findChildren(QComboBox) == [] and card.findChildren(QAbstractSpinBox) == []


def test_the_timers_and_the_maps_controls_are_at_least_nine_millimetres(
    qtbot: QtBot, window: KioskWindow
) -> None:
    view = visiting(qtbot, window)
    map_buttons = view.findChild(QWidget, "mapButtons")
    assert map_buttons is not None
    for root, least_count in ((view.timer_card, 16), (map_buttons, 4)):
        buttons = shown_buttons(root)
        assert len(buttons) >= least_count
        smallest = min(min(button.width(), button.height()) for button in buttons)
        assert millimetres(window, smallest) >= 9


def test_tapping_every_control_of_the_visitors_view_opens_no_window(
    qtbot: QtBot, window: KioskWindow
) -> None:
    """Each choice, each step, each zoom, Sound, then Start: all drawn in the one window."""
    view = visiting(qtbot, window)
    assert [
        w
        for w in view.findChildren(QComboBox) + view.findChildren(QAbstractSpinBox)
        if w.isVisible()
    ] == []
    widgets_before = shown_top_levels()
    windows_before = shown_windows()
    card = view.timer_card
    start = card.start_button
    assert view.choose_routine_button.isHidden()  # its editor's lists drop down as windows
    routine_buttons = {view.start_routine_button}
    tapped = 0
    for button in shown_buttons(view):
        if button is start or button in routine_buttons or not button.isEnabled():
            continue  # Start last; a routine opens a layer over the view
        tap(qtbot, button)
        tapped += 1
    tap(qtbot, start)
    if view.check_in.isVisible():
        tap(qtbot, view.check_in.skip_button)
    assert view.driver.is_running()
    assert tapped >= 20
    assert shown_top_levels() == widgets_before
    assert shown_windows() == windows_before


def test_a_touch_chooses_the_hold_length_and_another_starts_the_hold(window: KioskWindow) -> None:
    view = visiting_by_touch(window)
    card = view.timer_card
    assert isinstance(card.duration, ChoiceButtons)
    two_minutes = card.duration.button(card.duration.findData(120))
    touch_tap(two_minutes, two_minutes.rect().center())
    assert two_minutes.isChecked()
    assert window.visitor_preferences.person.hold_seconds == 120
    assert isinstance(card.sets, StepNumber)
    touch_tap(card.sets.more_button, card.sets.more_button.rect().center())
    assert card.sets.value() == 2
    touch_tap(card.start_button, card.start_button.rect().center())
    if view.check_in.isVisible():
        skip = view.check_in.skip_button
        touch_tap(skip, skip.rect().center())
    assert view.driver.is_running()
    timer = view.driver.timer
    assert timer is not None
    assert (timer.plan.hold_seconds, timer.plan.sets) == (120, 2)


def test_a_number_stops_at_its_ends(qtbot: QtBot, window: KioskWindow) -> None:
    card = visiting(qtbot, window).timer_card
    position = card.position_seconds
    assert isinstance(position, StepNumber)
    position.setValue(position.minimum())
    assert not position.less_button.isEnabled() and position.shown.text() == card.tr("None")
    tap(qtbot, position.more_button)
    assert position.value() == 5
    assert window.visitor_preferences.person.position_seconds == 5
    position.setValue(position.maximum())
    assert not position.more_button.isEnabled()
