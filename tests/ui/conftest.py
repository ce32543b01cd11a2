"""Windows built through the composition root, as main() builds them, with the first-run
notice acknowledged.

Nothing of Qt is imported at the top: this file must load where Qt's widgets cannot, so
that each test module here is reported skipped with the reason instead of the whole
folder failing to collect. Fixtures import what they use.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from acupress_gui.core.history import HistoryRecorder
from acupress_gui.core.paths import AppPaths
from acupress_gui.core.preferences import DeviceSettings, PersonPreferences, Preferences
from acupress_gui.core.settings import SettingsStore
from tests import capabilities
from tests.core.fake_clock import FakeClock

if TYPE_CHECKING:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from acupress_gui.bootstrap.composition import Services
    from acupress_gui.ui.map.body_map_view import BodyMapView
    from acupress_gui.ui.map.point_marker_item import PointMarkerItem
    from acupress_gui.ui.shell.desktop_window import DesktopWindow
    from acupress_gui.ui.visitor.visitor_view import VisitorView


def pytest_pycollect_makemodule(
    module_path: Path, parent: pytest.Collector
) -> pytest.Module | None:
    return capabilities.module_needing("qt_widgets", module_path, parent)


WINDOW_SIZE = (1100, 760)
"""Smaller than the offscreen screen (tests/conftest.py), so geometry is kept as set."""


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(
        config_dir=tmp_path / "config", data_dir=tmp_path / "data", log_dir=tmp_path / "logs"
    )


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """English counts as the app's English translation gives them: "1 point", "2 points"
    for a source "%n point(s)". Built from the code at test time, so a new count needs
    no file to be remade before its test reads English."""
    from PySide6.QtCore import QTranslator

    from tests import qt_translations

    folder = tmp_path_factory.mktemp("english-plurals")
    scan = qt_translations.lupdate(folder / "en.ts", plural_only=True)
    filled = qt_translations.english_plurals(scan, folder / "en-filled.ts")
    translator = QTranslator()
    assert translator.load(str(qt_translations.lrelease(filled, folder / "en.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def sentences_run_on(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Sentences joined as Chinese joins them, with nothing between ("。" ends each): a text
    that puts its own space between two sentences shows it here."""
    from PySide6.QtCore import QTranslator

    from tests import qt_translations

    qm = qt_translations.write_qm(
        {("sentences", "{first} {then}"): "{first}{then}"}, "zh_CN", tmp_path
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def nothing_left_behind(qapp: QApplication) -> Iterator[None]:
    """Fail a test whose windows or dialogs outlive it.

    A kiosk runs for weeks: a dialog kept after it closed, or a window after its
    session ended, would pile up. Widgets the test gave to qtbot are closed first.
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    before = len(QApplication.topLevelWidgets())
    yield
    for _ in range(3):  # a deletion can post another (a window's tray, its menu)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    left = [type(widget).__name__ for widget in QApplication.topLevelWidgets()]
    assert len(left) <= before, f"left behind: {left}"


@pytest.fixture(autouse=True)
def qt_look_restored(qapp: QApplication) -> Iterator[None]:
    """Give the next test Qt's own look back: a window applies the app's theme and text
    size to the whole application (``Appearance``), as the app does at start."""
    from PySide6.QtWidgets import QStyleFactory

    style, palette, font = qapp.style(), qapp.palette(), qapp.font()
    kind, name = style.metaObject().className(), style.name()
    yield
    qapp.setStyleSheet("")
    if qapp.style().metaObject().className() != kind:  # AppStyle over Fusion is "fusion" too
        qapp.setStyle(QStyleFactory.create(name))
    qapp.setPalette(palette)
    qapp.setFont(font)


class StoredSettings:
    """The settings file as the app finds it at start: change it before, read it after."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def change(self, **changes: object) -> None:
        Preferences(SettingsStore(self.path), _no_problem_expected).update(**changes)

    @property
    def device(self) -> DeviceSettings:
        return SettingsStore(self.path).read().device

    @property
    def person(self) -> PersonPreferences:
        return SettingsStore(self.path).read().person


def _no_problem_expected(problem: str | None) -> None:
    assert problem is None, problem


@pytest.fixture
def stored_settings(paths: AppPaths) -> StoredSettings:
    stored = StoredSettings(paths.settings_file)
    # Pain check-ins are off here so that Start starts, and there is no time to get into
    # position, so that the hold starts with it; the session and lead-in tests turn them on.
    stored.change(notice_acknowledged=True, ask_pain=False, position_seconds=0)
    return stored


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def history_file(paths: AppPaths) -> Path:
    return paths.history_file


@pytest.fixture
def recorder(paths: AppPaths) -> Iterator[HistoryRecorder]:
    from acupress_gui.bootstrap.composition import open_recorder

    recorder = open_recorder(paths)
    yield recorder
    recorder.close()


@pytest.fixture
def make_services(
    paths: AppPaths, stored_settings: StoredSettings, recorder: HistoryRecorder, clock: FakeClock
) -> Callable[[], Services]:
    """The services as main() builds them from the stored settings, on the test clock."""
    from acupress_gui.bootstrap.composition import build_services
    from acupress_gui.ui.common.theme import LIGHT

    def make() -> Services:
        return build_services(paths, LIGHT, clock=clock, recorder=recorder)

    return make


@pytest.fixture
def make_window(qtbot: QtBot, make_services: Callable[[], Services]) -> Callable[[], DesktopWindow]:
    """Build, show and wait for a main window from the stored settings, as at start-up."""
    from acupress_gui.bootstrap.composition import build_desktop_window

    def make() -> DesktopWindow:
        services = make_services()
        window = build_desktop_window(services)
        window.start_first_session()
        qtbot.addWidget(window)
        if services.preferences.device.window_geometry is None:
            window.resize(*WINDOW_SIZE)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[], DesktopWindow]) -> DesktopWindow:
    return make_window()


@pytest.fixture
def view(window: DesktopWindow) -> VisitorView:
    """The visitor's view inside the window."""
    return window.view


def marker_view_pos(view: BodyMapView, marker: PointMarkerItem) -> QPointF:
    """Where a marker's centre is on the view's viewport, in pixels."""
    return view.viewportTransform().map(marker.pos())


def click_view(qtbot: QtBot, view: BodyMapView, pos: QPointF) -> None:
    from PySide6.QtCore import QPoint, Qt

    point = QPoint(round(pos.x()), round(pos.y()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def markers_of(view: BodyMapView, code: str) -> list[PointMarkerItem]:
    return [marker for marker in view.markers() if marker.point.code == code]
