"""The window comes back as it was left: size, place, split and last selection."""

from __future__ import annotations

import json
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from acupress_gui.core.settings import SettingsStore
from acupress_gui.ui.shell.main_window import MainWindow


def test_geometry_and_selection_survive_a_restart(
    qtbot: QtBot, make_window: Callable[[], MainWindow], settings_store: SettingsStore
) -> None:
    first = make_window()
    first.resize(1000, 700)
    first.move(40, 30)
    first.splitter.setSizes([560, 440])
    first.select_entry("commanding-middle")
    qtbot.waitUntil(lambda: first.size().toTuple() == (1000, 700))
    sizes = first.splitter.sizes()
    first.close()

    saved = json.loads(settings_store.path.read_text())
    assert saved["last_entry"] == "commanding-middle"

    second = make_window()
    assert second.size().toTuple() == (1000, 700)
    assert second.splitter.sizes() == sizes
    assert second.point_panel.entry().id == "commanding-middle"
    assert second.entry_list.currentIndex().row() == 3
    assert {m.entry.id for m in second.body_map.markers() if m.highlighted} == {"commanding-middle"}


def test_an_entry_missing_from_the_catalog_is_forgotten_quietly(
    make_window: Callable[[], MainWindow], settings_store: SettingsStore
) -> None:
    settings = settings_store.load()
    settings.last_entry = "no-such-entry"
    settings_store.save(settings)
    window = make_window()
    assert window.point_panel.entry() is None
    assert "Choose a point" in window.point_panel.text()


def test_unsaveable_settings_do_not_stop_quitting(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    settings_store: SettingsStore,
    monkeypatch,
) -> None:
    window = make_window()
    warnings = []
    monkeypatch.setattr(
        "acupress_gui.ui.shell.main_window.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )

    def read_only(self: SettingsStore, settings: object) -> None:
        raise PermissionError(13, "Permission denied", str(self.path))

    monkeypatch.setattr(SettingsStore, "save", read_only)
    assert window.close()
    assert not window.isVisible()
    assert "Permission denied" in warnings[0]
