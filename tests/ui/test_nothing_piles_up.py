"""A window that stays up for weeks while sessions come and go (a kiosk's) keeps nothing of
them: no object of a closed session survives it, no long-lived object gains connections,
a layout's items go with it, and Qt's style sheet style forgets every part of a closed
view. Counted, not timed: the soak (benchmarks/kiosk_soak.py) measures the memory."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.ui.common.flow_layout import FlowLayout
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.visitor.visitor_start import VisitorStart
from tests.ui.survivors import app_objects, connections, parts_never_forgotten, run_deletions

REPLACEMENTS = 4


def long_lived(window: DesktopWindow) -> dict[str, object]:
    application = QApplication.instance()
    assert application is not None
    return {
        "window": window,
        "application": application,
        "style hints": QGuiApplication.styleHints(),
        "clipboard": QGuiApplication.clipboard(),
        "cue player": window.view.cues,
    }


def test_replaced_sessions_leave_no_object_and_no_connection_behind(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    window.replace_session(VisitorStart())
    run_deletions()
    objects, connected = app_objects(), connections(long_lived(window))
    old = [weakref.ref(window.session), weakref.ref(window.view)]
    for _ in range(REPLACEMENTS):
        window.view.select_entry("wind-pool")
        window.replace_session(VisitorStart())
        run_deletions()
    assert [ref() for ref in old] == [None, None]
    assert app_objects() == objects
    assert connections(long_lived(window)) == connected


def test_a_closed_views_inner_parts_are_ones_qts_style_forgets(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    view = window.view
    assert parts_never_forgotten(view) != []  # while open: as Qt makes them
    window.replace_session(VisitorStart())  # closes the session; its view is deleted later
    assert parts_never_forgotten(view) == []
    run_deletions()


def test_a_flow_layout_deletes_its_items_when_it_goes(qtbot: QtBot) -> None:
    holder = QWidget()
    layout = FlowLayout(holder)
    for text in ("one", "two", "three"):
        layout.addWidget(QPushButton(text))
    items = [layout.itemAt(index) for index in range(layout.count())]
    assert all(shiboken6.isValid(item) for item in items)
    holder.deleteLater()
    run_deletions()
    assert not any(shiboken6.isValid(item) for item in items)
