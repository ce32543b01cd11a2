"""Made for a finger at arm's length: every control and marker at least 9 mm on this
screen, and real touch events (a touch-screen device, not mouse clicks) start a visit,
choose a point on the map and in the list, and pinch the map closer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import Catalog, Region
from acupress_gui.core.kiosk.kiosk_config import KioskConfig
from acupress_gui.ui.common.choice_buttons import ChoiceButtons
from acupress_gui.ui.common.finger_scrolling import FingerScrolling
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from acupress_gui.ui.kiosk.welcome_card import WelcomeCard
from tests.ui.conftest import marker_view_pos, markers_of
from tests.ui.kiosk.conftest import PIN, start_visiting, tap

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def touch_screen() -> QPointingDevice:
    return QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)


def touch_tap(widget: QWidget, position: QPoint) -> None:
    device = touch_screen()
    QTest.touchEvent(widget, device).press(0, position, widget).commit()
    QTest.touchEvent(widget, device).release(0, position, widget).commit()
    QApplication.processEvents()


def too_small(window: KioskWindow, root: QWidget) -> list[str]:
    least = window.target_pixels
    return [
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r} "
        f"{w.width()}x{w.height()}"
        for kind in CONTROLS
        for w in root.findChildren(kind)
        if w.isVisibleTo(window) and (w.width() < least or w.height() < least)
    ]


def test_nine_millimetres_at_the_screens_physical_size(window: KioskWindow) -> None:
    screen = window.screen()
    dpi = max(screen.logicalDotsPerInch(), screen.physicalDotsPerInch())
    assert window.target_pixels >= 9 / 25.4 * dpi


def test_every_control_a_visitor_touches_is_at_least_nine_millimetres(
    qtbot: QtBot, window: KioskWindow
) -> None:
    assert window.attract is not None
    assert too_small(window, window.attract) == []
    tap(qtbot, window.attract)
    assert window.welcome is not None
    assert too_small(window, window.welcome) == []
    tap(qtbot, window.welcome.answer_buttons["no"])
    assert window.session is not None and window.visitor_page is not None
    view = window.session.view
    view.select_entry("wind-pool")
    assert too_small(window, window.visitor_page) == []
    view.choose_routine()
    qtbot.wait(10)
    assert too_small(window, window.overlays()[-1]) == []


def test_every_row_and_marker_is_at_least_nine_millimetres(
    qtbot: QtBot, window: KioskWindow
) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    screen = window.screen()
    dpi = max(screen.logicalDotsPerInch(), screen.physicalDotsPerInch())
    assert 2 * view.body_map.hit_radius() / dpi * 25.4 >= 9 - 1e-9
    model = view.entry_model
    entries = [model.index(row, 0) for row in range(model.rowCount())]
    rows = [view.entry_list.visualRect(index) for index in entries if model.entry_at(index)]
    assert rows and min(rect.height() for rect in rows) >= window.target_pixels


def test_the_staff_screens_controls_are_touch_sized_too(qtbot: QtBot, window: KioskWindow) -> None:
    window.open_pin_pad()
    pad = window.pin_pad
    assert pad is not None
    assert too_small(window, pad) == []
    for digit in PIN:
        tap(qtbot, pad.digit_buttons[digit])
    tap(qtbot, pad.ok_button)
    assert window.staff_screen is not None
    assert too_small(window, window.staff_screen) == []


def test_a_touch_starts_a_visit_and_answers_the_welcome(window: KioskWindow) -> None:
    assert window.attract is not None
    touch_tap(window.attract, window.attract.rect().center())
    assert window.welcome is not None
    button = window.welcome.answer_buttons["no"]
    touch_tap(button, button.rect().center())
    assert window.welcome is None
    assert window.visitor_preferences.person.may_be_pregnant is False


def test_touching_a_marker_chooses_its_point(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    view.body_map.zoom_to_region(Region.NECK_SHOULDERS, animated=False)
    qtbot.waitUntil(lambda: not view.body_map.in_overview())
    [marker] = [m for m in markers_of(view.body_map, "GB21") if m.choosable][:1]
    touch_tap(view.body_map.viewport(), marker_view_pos(view.body_map, marker).toPoint())
    assert view.selected_entry_id() == marker.entry.id
    assert view.point_panel.entry().id == marker.entry.id


def test_touching_a_region_on_the_whole_body_zooms_there(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    body_map = window.session.view.body_map
    [pill] = [label for label in body_map.region_labels() if label.region is Region.LOWER_BACK]
    centre = pill.pill_rect().center() + body_map.viewportTransform().map(pill.pos())
    touch_tap(body_map.viewport(), centre.toPoint())
    qtbot.waitUntil(lambda: not body_map.in_overview())


def test_one_touch_on_a_list_row_chooses_and_frames_it(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    index = view.entry_model.index_of("sea-of-vitality")
    touch_tap(view.entry_list.viewport(), view.entry_list.visualRect(index).center())
    assert view.selected_entry_id() == "sea-of-vitality"
    qtbot.waitUntil(lambda: not view.body_map.in_overview())  # framed without a double tap


def test_a_pinch_zooms_the_map(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    body_map = window.session.view.body_map
    viewport = body_map.viewport()
    before = body_map.pixels_per_cun()
    centre = viewport.rect().center()
    device = touch_screen()
    QTest.touchEvent(viewport, device).press(0, centre - QPoint(20, 0), viewport).press(
        1, centre + QPoint(20, 0), viewport
    ).commit()
    for step in range(1, 11):
        QTest.touchEvent(viewport, device).move(
            0, centre - QPoint(20 + 12 * step, 0), viewport
        ).move(1, centre + QPoint(20 + 12 * step, 0), viewport).commit()
        QApplication.processEvents()
    QTest.touchEvent(viewport, device).release(0, centre - QPoint(140, 0), viewport).release(
        1, centre + QPoint(140, 0), viewport
    ).commit()
    QApplication.processEvents()
    assert body_map.pixels_per_cun() > before * 1.5


@pytest.fixture
def kiosk_text_size(qapp: QApplication) -> Iterator[None]:
    """The application's look at the kiosk's default text size, as ``--kiosk`` sets it."""
    from acupress_gui.ui.common.theme import LIGHT, apply_theme

    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    apply_theme(qapp, LIGHT, KioskConfig().text_scale)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def fingers(qapp: QApplication) -> Iterator[None]:
    """A finger's drag scrolls, as in the kiosk's window, for a card shown on its own."""
    fingers = FingerScrolling()
    qapp.installEventFilter(fingers)
    yield
    qapp.removeEventFilter(fingers)


def test_a_swipe_scrolls_the_welcomes_notice_to_its_end_and_the_fade_goes(
    qtbot: QtBot, kiosk_text_size: None, catalog: Catalog, fingers: None
) -> None:
    """On a screen too small for the notice, a finger scrolls it (no scroll bar to find),
    and the fade at its foot says there is more until the end shows."""
    welcome = WelcomeCard(catalog)
    qtbot.addWidget(welcome)
    welcome.resize(900, 500)
    welcome.show()
    qtbot.waitExposed(welcome)
    qtbot.waitUntil(lambda: welcome.notice_scroll.verticalScrollBar().maximum() > 0)
    bar = welcome.notice_scroll.verticalScrollBar()
    assert welcome.more_below.isVisible()
    answered: list[bool] = []
    welcome.answered.connect(answered.append)
    for _ in range(12):  # swipe after swipe, upwards, until the end shows
        if bar.value() == bar.maximum():
            break
        swipe_up(qtbot, welcome.notice_scroll)
        assert bar.value() > 0
    assert bar.value() == bar.maximum()
    assert not welcome.more_below.isVisible()
    assert answered == []  # a swipe is no answer


def touch_drag(viewport: QWidget, start: QPoint, end: QPoint) -> None:
    """A finger put down at ``start``, moved to ``end`` over a fifth of a second, and
    lifted there."""
    device = touch_screen()
    QTest.touchEvent(viewport, device).press(0, start, viewport).commit()
    steps = 12
    for step in range(1, steps + 1):
        moved = start + (end - start) * (step / steps)
        QTest.touchEvent(viewport, device).move(0, moved, viewport).commit()
        QTest.qWait(16)
    QTest.touchEvent(viewport, device).release(0, end, viewport).commit()
    QApplication.processEvents()


def swipe_up(qtbot: QtBot, area: QAbstractScrollArea) -> int:
    """Drag a finger up two thirds of ``area``; where its scroll bar ends up."""
    viewport = area.viewport()
    bottom = QPoint(viewport.width() // 2, viewport.height() * 5 // 6)
    touch_drag(viewport, bottom, bottom - QPoint(0, viewport.height() * 2 // 3))
    return area.verticalScrollBar().value()


def test_a_finger_drags_the_list_of_points_and_a_drag_chooses_nothing(
    qtbot: QtBot, window: KioskWindow
) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    assert view.entry_list.verticalScrollBar().maximum() > 0
    assert swipe_up(qtbot, view.entry_list) > 0
    assert view.selected_entry_id() is None
    assert view.body_map.in_overview()  # nor framed anything
    index = view.entry_model.index_of("sea-of-vitality")
    view.entry_list.scrollTo(index)
    touch_tap(view.entry_list.viewport(), view.entry_list.visualRect(index).center())
    assert view.selected_entry_id() == "sea-of-vitality"  # a tap still chooses


def test_a_finger_drags_the_point_panel(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    view.select_entry("sea-of-vitality")
    panel = view.point_panel
    qtbot.waitUntil(lambda: panel.verticalScrollBar().maximum() > 0)
    assert swipe_up(qtbot, panel) > 0
    assert view.selected_entry_id() == "sea-of-vitality"
    assert not [label.text() for label in panel.findChildren(QLabel) if label.hasSelectedText()]


def test_a_drag_that_begins_on_a_button_presses_nothing_and_a_tap_on_it_does(
    qtbot: QtBot, window: KioskWindow
) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    card = window.session.view.timer_card
    assert isinstance(card.duration, ChoiceButtons)
    chosen = card.duration.currentData()
    other = next(
        index for index in range(card.duration.count()) if index != card.duration.currentIndex()
    )
    button = card.duration.button(other)
    centre = button.rect().center()
    touch_drag(button, centre, centre - QPoint(0, 120))
    assert card.duration.currentData() == chosen and not button.isDown()
    touch_tap(button, centre)
    assert card.duration.currentIndex() == other


def test_every_scroll_bar_is_at_least_nine_millimetres_wide(
    qtbot: QtBot, window: KioskWindow
) -> None:
    screen = window.screen()
    dpi = max(screen.logicalDotsPerInch(), screen.physicalDotsPerInch())
    start_visiting(qtbot, window)
    assert window.session is not None
    window.session.view.select_entry("sea-of-vitality")
    qtbot.wait(10)
    bars = [bar for bar in window.findChildren(QScrollBar) if bar.isVisible()]
    assert len(bars) >= 2  # the list's and the point panel's at least
    for bar in bars:
        across = bar.width() if bar.orientation() is Qt.Orientation.Vertical else bar.height()
        assert across / dpi * 25.4 >= 9, bar.parentWidget().parentWidget().objectName()
