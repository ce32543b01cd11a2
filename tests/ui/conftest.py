"""Windows built the way main() builds them, with the first-run notice acknowledged."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.history import HistoryRecorder, HistoryStore
from acupress_gui.core.settings import Settings, SettingsStore
from acupress_gui.ui.common.theme import LIGHT
from acupress_gui.ui.map.body_map_view import BodyMapView
from acupress_gui.ui.map.point_marker_item import PointMarkerItem
from acupress_gui.ui.shell.main_window import MainWindow
from tests.core.fake_clock import FakeClock

WINDOW_SIZE = (1100, 760)
"""Smaller than the offscreen screen (tests/conftest.py), so geometry is kept as set."""


@pytest.fixture
def settings_store(tmp_path: Path) -> SettingsStore:
    store = SettingsStore(tmp_path / "config" / "settings.json")
    # Pain check-ins are off here so that Start starts; the session tests turn them on.
    store.save(Settings(notice_acknowledged=True, ask_pain=False))
    return store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def history_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def recorder(history_file: Path) -> Iterator[HistoryRecorder]:
    def open_store() -> HistoryStore:
        history_file.parent.mkdir(parents=True, exist_ok=True)
        return HistoryStore.open(history_file)

    recorder = HistoryRecorder(open_store)
    yield recorder
    recorder.close()


@pytest.fixture
def make_window(
    qtbot: QtBot,
    catalog: Catalog,
    settings_store: SettingsStore,
    recorder: HistoryRecorder,
    clock: FakeClock,
) -> Callable[[], MainWindow]:
    """Build, show and wait for a main window from the stored settings, as at start-up."""

    def make() -> MainWindow:
        settings = settings_store.load()
        window = MainWindow(catalog, settings, settings_store, LIGHT, recorder, clock, clock.wall)
        qtbot.addWidget(window)
        if settings.window_geometry is None:
            window.resize(*WINDOW_SIZE)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


def marker_view_pos(view: BodyMapView, marker: PointMarkerItem) -> QPointF:
    """Where a marker's centre is on the view's viewport, in pixels."""
    return view.viewportTransform().map(marker.pos())


def click_view(qtbot: QtBot, view: BodyMapView, pos: QPointF) -> None:
    point = QPoint(round(pos.x()), round(pos.y()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def markers_of(view: BodyMapView, code: str) -> list[PointMarkerItem]:
    return [marker for marker in view.markers() if marker.point.code == code]
