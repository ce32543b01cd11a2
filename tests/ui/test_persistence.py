"""The window comes back as it was left: size, place, split and last selection."""

from __future__ import annotations

import errno
import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.core import settings as settings_module
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from tests.ui.conftest import StoredSettings


def test_geometry_and_selection_survive_a_restart(
    qtbot: QtBot, make_window: Callable[[], DesktopWindow], stored_settings: StoredSettings
) -> None:
    first = make_window()
    first.resize(1000, 700)
    first.move(40, 30)
    first.view.splitter.setSizes([560, 440])
    first.view.select_entry("commanding-middle")
    qtbot.waitUntil(lambda: first.size().toTuple() == (1000, 700))
    sizes = first.view.splitter.sizes()
    first.close()

    saved = json.loads(stored_settings.path.read_text())
    assert saved["last_entry"] == "commanding-middle"

    second = make_window()
    assert second.size().toTuple() == (1000, 700)
    assert second.view.splitter.sizes() == sizes
    assert second.view.point_panel.entry().id == "commanding-middle"
    assert (
        second.view.entry_list.currentIndex().row()
        == second.view.entry_model.index_of("commanding-middle").row()
    )
    assert {m.entry.id for m in second.view.body_map.markers() if m.highlighted} == {
        "commanding-middle"
    }


def test_an_entry_missing_from_the_catalog_is_forgotten_quietly(
    make_window: Callable[[], DesktopWindow], stored_settings: StoredSettings
) -> None:
    stored_settings.change(last_entry="no-such-entry")
    window = make_window()
    assert window.view.point_panel.entry() is None
    assert "Choose a point" in window.view.point_panel.text()


def _read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every settings write fails as on a read-only mount (root ignores chmod)."""

    def refuse(path: Path, text: str) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(settings_module, "_write_atomically", refuse)


def test_unsaveable_settings_are_said_in_the_window_and_never_stop_quitting(
    make_window: Callable[[], DesktopWindow],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = make_window()
    _read_only_folder(monkeypatch)
    window.view.select_entry("wind-pool")
    window.view.timer_card.sound_button.click()  # remembered at once: a save that fails
    banner = window.view.settings_banner
    assert banner.isVisibleTo(window)
    assert "could not be saved for next time" in banner.text.text()
    assert "read-only" in banner.text.text()
    assert window.view.point_panel.entry().id == "wind-pool"  # the app carries on
    with caplog.at_level(logging.WARNING):
        assert window.close()
    assert not window.isVisible()
    assert "Settings not saved" in caplog.text  # in the log; quitting asked nothing
