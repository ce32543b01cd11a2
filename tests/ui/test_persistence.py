"""The window comes back as it was left: size, place, split and last selection."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.core.settings import SettingsStore
from acupress_gui.ui.shell.desktop_window import DesktopWindow


def test_geometry_and_selection_survive_a_restart(
    qtbot: QtBot, make_window: Callable[[], DesktopWindow], settings_store: SettingsStore
) -> None:
    first = make_window()
    first.resize(1000, 700)
    first.move(40, 30)
    first.view.splitter.setSizes([560, 440])
    first.view.select_entry("commanding-middle")
    qtbot.waitUntil(lambda: first.size().toTuple() == (1000, 700))
    sizes = first.view.splitter.sizes()
    first.close()

    saved = json.loads(settings_store.path.read_text())
    assert saved["last_entry"] == "commanding-middle"

    second = make_window()
    assert second.size().toTuple() == (1000, 700)
    assert second.view.splitter.sizes() == sizes
    assert second.view.point_panel.entry().id == "commanding-middle"
    assert second.view.entry_list.currentIndex().row() == 3
    assert {m.entry.id for m in second.view.body_map.markers() if m.highlighted} == {
        "commanding-middle"
    }


def test_an_entry_missing_from_the_catalog_is_forgotten_quietly(
    make_window: Callable[[], DesktopWindow], settings_store: SettingsStore
) -> None:
    settings = settings_store.load()
    settings.last_entry = "no-such-entry"
    settings_store.save(settings)
    window = make_window()
    assert window.view.point_panel.entry() is None
    assert "Choose a point" in window.view.point_panel.text()


def test_unsaveable_settings_do_not_stop_quitting(
    make_window: Callable[[], DesktopWindow],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = make_window()

    def read_only(self: SettingsStore, settings: object) -> None:
        raise PermissionError(13, "Permission denied", str(self.path))

    monkeypatch.setattr(SettingsStore, "save", read_only)
    with caplog.at_level(logging.WARNING):
        assert window.close()
    assert not window.isVisible()
    assert "Permission denied" in caplog.text  # in the log; quitting asked nothing
