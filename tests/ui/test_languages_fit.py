"""In each language the app ships, at 200 % text on a 1280 x 800 screen: Help ▸ Keyboard
shortcuts, Help ▸ Reading your pain trend and Help ▸ What the exported history holds are
no larger than the screen, and no word of them is cut off or ends in "…" (the rows wrap,
the rest scrolls); nor is any row of the list of points, at every text size.

The languages are the translators' own files, as the app ships them: their lengths are
what has to fit. Chinese needs its font for its real line heights (``cjk_font``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from acupress_gui.bootstrap.composition import Services, build_desktop_window, build_services
from acupress_gui.core.appearance import TEXT_SCALES
from acupress_gui.core.export import COLUMNS
from acupress_gui.core.history_recorder import HistoryRecorder
from acupress_gui.core.languages import CODES
from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.common import screen_fit
from acupress_gui.ui.common.reading_dialog import ReadingDialog
from acupress_gui.ui.common.theme import LIGHT
from acupress_gui.ui.map.entry_list_model import RegionRole
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.shell.shortcuts_dialog import ShortcutsDialog
from tests.core.fake_clock import FakeClock
from tests.ui.conftest import StoredSettings
from tests.ui.text_fit import clipped_cells, clipped_text

SCREEN = QSize(1280, 800)
LARGEST = max(TEXT_SCALES)
OpenIn = Callable[..., DesktopWindow]
WORDS_FIT_UP_TO = 150
"""The largest text size at which every word of the list of points fits its width."""
LANGUAGES = [
    pytest.param(code, marks=pytest.mark.requires("cjk_font")) if code == "zh_CN" else code
    for code in CODES
]


@pytest.fixture(autouse=True)
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QSize:
    """The room a dialog has on a 1280 x 800 screen (the tests' screen is larger)."""
    room = QSize(
        round(SCREEN.width() * screen_fit.SCREEN_SHARE),
        round(SCREEN.height() * screen_fit.SCREEN_SHARE),
    )
    monkeypatch.setattr(screen_fit, "room_for", lambda window: room)
    return room


@pytest.fixture
def open_in(
    qtbot: QtBot,
    paths: AppPaths,
    stored_settings: StoredSettings,
    recorder: HistoryRecorder,
    clock: FakeClock,
) -> Iterator[OpenIn]:
    """A 1280 x 800 window in a language, at the largest text size unless told, as the
    app starts it; the app's English again afterwards."""
    made: list[Services] = []

    def open_(code: str, text_scale: int = LARGEST) -> DesktopWindow:
        stored_settings.change(language=code, text_scale=text_scale)
        services = build_services(paths, LIGHT, clock=clock, recorder=recorder)
        made.append(services)
        window = build_desktop_window(services)
        window.start_first_session()
        qtbot.addWidget(window)
        window.resize(SCREEN)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield open_
    for services in made:
        services.translations.remove()


def shown_dialog(qtbot: QtBot, window: DesktopWindow, kind: type[QDialog]) -> QDialog:
    [dialog] = [each for each in window.findChildren(kind) if each.isVisible()]
    qtbot.waitExposed(dialog)
    for _ in range(3):  # the rows are laid out again as the columns take their widths
        QApplication.processEvents()
    return dialog


def fits(dialog: QDialog, room: QSize) -> bool:
    return dialog.width() <= room.width() and dialog.height() <= room.height()


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_shortcuts_list_wraps_within_the_screen(
    qtbot: QtBot, open_in: OpenIn, small_screen: QSize, code: str
) -> None:
    window = open_in(code)
    window.shortcuts_action.trigger()
    dialog = shown_dialog(qtbot, window, ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    assert fits(dialog, small_screen)
    assert clipped_text(dialog) == []
    assert clipped_cells(dialog.keys) == []  # every row, those scrolled out of sight too
    sections = {section for section, _, _ in dialog.rows()}
    assert not [name for name in sections if "&" in name or "(" in name]  # no "文件(F)"
    dialog.close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_pain_trend_help_scrolls_within_the_screen(
    qtbot: QtBot, open_in: OpenIn, small_screen: QSize, code: str
) -> None:
    window = open_in(code)
    window.show_pain_help()
    dialog = shown_dialog(qtbot, window, ReadingDialog)
    assert isinstance(dialog, ReadingDialog)
    assert fits(dialog, small_screen)
    text = dialog.text_area.widget()
    assert text is not None
    assert text.height() > dialog.text_area.viewport().height()  # 200 %: it scrolls
    assert clipped_text(dialog) == []
    dialog.close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_export_help_scrolls_within_the_screen_and_cuts_no_column(
    qtbot: QtBot, open_in: OpenIn, small_screen: QSize, code: str
) -> None:
    window = open_in(code)
    window.show_export_help()
    dialog = shown_dialog(qtbot, window, ReadingDialog)
    assert isinstance(dialog, ReadingDialog)
    assert fits(dialog, small_screen)
    text = dialog.text_area.widget()
    assert text is not None
    assert text.height() > dialog.text_area.viewport().height()  # 200 %: it scrolls
    assert text.width() <= dialog.text_area.viewport().width()  # and never sideways
    assert clipped_text(dialog) == []
    for note in dialog.term_notes:  # each note as wide as its longest word needs
        assert note.width() >= note.minimumSizeHint().width()
    assert [label.text() for label in dialog.term_names] == list(COLUMNS)
    dialog.close()


@pytest.mark.parametrize("text_scale", TEXT_SCALES)
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_row_of_the_list_of_points_shows_its_name_and_codes_whole(
    open_in: OpenIn, code: str, text_scale: int
) -> None:
    """A Chinese name's line is taller than its codes' line below; a Spanish name may take
    two lines above its codes: neither ends in "…"."""
    window = open_in(code, text_scale)
    QApplication.processEvents()
    view = window.view.entry_list
    model = view.model()
    entries = [
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data(RegionRole) is None
    ]
    assert len(entries) > 20
    # Above 150 % a long word ("Diaphragm") can be wider than the list, whose width is
    # capped to leave the map its room: only lines cut short are looked for there.
    assert clipped_cells(view, entries, words=text_scale <= WORDS_FIT_UP_TO) == []
