"""Nothing leads out of the kiosk: keys that close or leave a window reach no shortcut, a
close request is refused, and no context menu, tooltip, What's This or other program
appears; everything the visitor sees is inside the one window."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QContextMenuEvent,
    QDesktopServices,
    QHelpEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QMessageBox,
    QToolTip,
    QWhatsThis,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from tests.ui.kiosk.conftest import start_visiting

Key, Mod = Qt.Key, Qt.KeyboardModifier

BLOCKED = [
    (Key.Key_Q, Mod.ControlModifier),
    (Key.Key_W, Mod.ControlModifier),
    (Key.Key_F4, Mod.AltModifier),
    (Key.Key_F11, Mod.NoModifier),
    (Key.Key_F1, Mod.ShiftModifier),
]


def shortcut_probe(window: KioskWindow, sequence: QKeySequence) -> list[bool]:
    """An application-wide shortcut on the window, as an app's Quit would be: what it hears."""
    heard: list[bool] = []
    probe = QAction(window)
    probe.setShortcut(sequence)
    probe.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    probe.triggered.connect(lambda: heard.append(True))
    window.addAction(probe)
    return heard


def visible_windows() -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.mark.parametrize(
    ("key", "modifiers"), BLOCKED, ids=["Ctrl+Q", "Ctrl+W", "Alt+F4", "F11", "Shift+F1"]
)
def test_a_key_that_closes_or_leaves_reaches_no_shortcut_and_the_kiosk_stays(
    qtbot: QtBot, window: KioskWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    start_visiting(qtbot, window)
    heard = shortcut_probe(window, QKeySequence(modifiers | key))
    assert window.session is not None
    field = window.session.view.finder.search_field
    field.setFocus()
    qtbot.keyClick(field, key, modifiers)
    assert heard == []
    assert window.isVisible() and window.isFullScreen()
    assert window.pages.currentWidget() is window.visitor_page
    assert QWhatsThis.inWhatsThisMode() is False


def test_escape_at_the_window_itself_is_stopped(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    heard: list[bool] = []
    probe = QAction(window)
    probe.setShortcut(QKeySequence(Key.Key_Escape))
    probe.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    probe.triggered.connect(lambda: heard.append(True))
    window.addAction(probe)
    window.setFocus()
    qtbot.keyClick(window, Key.Key_Escape)
    assert heard == []
    assert window.isFullScreen() and window.pages.currentWidget() is window.visitor_page


def test_escape_still_means_cancel_in_a_question_inside_the_kiosk(
    qtbot: QtBot, window: KioskWindow
) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    view.select_entry("wind-pool")
    view.timer_card.request_start()
    qtbot.keyClick(view.check_in, Key.Key_Escape)  # "Skip, just start"
    assert view.driver.is_running()
    view.select_entry("gate-of-life")  # a hold runs: "Stop the hold?"
    [box] = [d for d in window.hosted_dialogs() if isinstance(d, QMessageBox)]
    qtbot.keyClick(box, Key.Key_Escape)  # means "Keep holding"
    qtbot.waitUntil(lambda: window.hosted_dialogs() == [])
    assert view.driver.is_running() and view.selected_entry_id() == "wind-pool"


def test_a_close_request_is_refused(qtbot: QtBot, window: KioskWindow) -> None:
    request = QCloseEvent()
    QApplication.sendEvent(window, request)  # as the window manager's close (Alt+F4) sends
    assert not request.isAccepted()
    assert not window.close()
    assert window.isVisible() and window.isFullScreen()


def test_no_context_menu_opens(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    field = window.session.view.finder.search_field
    position = field.rect().center()
    QApplication.sendEvent(
        field,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, field.mapToGlobal(position)),
    )
    assert not [w for w in visible_windows() if isinstance(w, QMenu)]
    assert visible_windows() == [window]


def test_no_tooltip_shows(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    with_tip = next(w for w in window.session.view.findChildren(QWidget) if w.toolTip())
    position = with_tip.rect().center()
    QApplication.sendEvent(
        with_tip,
        QHelpEvent(QEvent.Type.ToolTip, position, with_tip.mapToGlobal(position)),
    )
    assert not QToolTip.isVisible()


def test_nothing_opens_another_program(
    qtbot: QtBot, window: KioskWindow, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        for url in ("https://example.org", "file:///etc/passwd", "mailto:desk@example.org"):
            QDesktopServices.openUrl(QUrl(url))
    assert caplog.text.count("did not open") == 3
    assert visible_windows() == [window]


def test_the_window_is_one_frameless_full_screen_window(window: KioskWindow) -> None:
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    screen = window.screen().geometry()
    assert window.geometry() == screen
    assert visible_windows() == [window]
    assert window.mapToGlobal(QPoint(0, 0)) == screen.topLeft()
