"""Every entry is reachable without a mouse, and the list speaks to screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import Catalog
from acupress_gui.ui.shell.desktop_window import DesktopWindow


def _focus_list_by_tab(qtbot: QtBot, window: DesktopWindow) -> None:
    window.activateWindow()
    window.view.finder.search_field.setFocus()
    for _ in range(10):
        if QApplication.focusWidget() is window.view.entry_list:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the list of points")


def test_every_entry_can_be_selected_with_the_keyboard_alone(
    qtbot: QtBot, window: DesktopWindow, catalog: Catalog
) -> None:
    _focus_list_by_tab(qtbot, window)
    assert window.view.point_panel.entry() is None  # focus alone chooses nothing
    seen = []
    for row, _ in enumerate(catalog.entries):
        if row:
            qtbot.keyClick(window.view.entry_list, Qt.Key.Key_Down)
        qtbot.keyClick(window.view.entry_list, Qt.Key.Key_Return)
        entry = window.view.point_panel.entry()
        assert entry is not None
        seen.append(entry.id)
        highlighted = {m.entry.id for m in window.view.body_map.markers() if m.highlighted}
        # Inset entries too: their markers are on the inset beside the figure.
        assert highlighted == {entry.id}
    assert seen == [entry.id for entry in catalog.entries]


def test_enter_frames_the_chosen_entry_on_the_map(
    qtbot: QtBot, window: DesktopWindow, catalog: Catalog
) -> None:
    _focus_list_by_tab(qtbot, window)
    fit = window.view.body_map.pixels_per_cun()
    for _ in range([entry.id for entry in catalog.entries].index("sacral-points")):
        qtbot.keyClick(window.view.entry_list, Qt.Key.Key_Down)
    qtbot.keyClick(window.view.entry_list, Qt.Key.Key_Return)
    assert window.view.point_panel.entry().id == "sacral-points"
    assert window.view.body_map.pixels_per_cun() > 2 * fit


def test_zoom_shortcuts(qtbot: QtBot, window: DesktopWindow) -> None:
    fit = window.view.body_map.pixels_per_cun()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.body_map.pixels_per_cun() > fit
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.body_map.is_fitted_to_body()


def test_list_items_have_accessible_names(window: DesktopWindow, catalog: Catalog) -> None:
    model = window.view.entry_model

    def name(entry_id: str) -> object:
        return model.data(model.index_of(entry_id), Qt.ItemDataRole.AccessibleTextRole)

    assert name("wind-pool") == "Wind Pool, points GB20"
    assert name("sacral-points") == "Sacral Points, points BL27\u2013BL34"
    # The list opens with the first region's heading, read as a heading.
    first = model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert first == "Neck and shoulders, heading"
    assert window.view.entry_list.accessibleName() == "Points"
    assert window.view.body_map.accessibleName() == "Body map, seen from behind"
