"""The app's language: chosen for one run, remembered, or the system's; switched from the
View menu without a restart (the view rebuilt where the person was, the menus and tray
retranslated), never during a hold; Qt's own texts and the dates follow; a missing file
falls back to English, and a missing Chinese font is said rather than shown as boxes.

The languages here are made by the tests from the code's strings (``made_translations``),
not the translators' files.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QAction, QGuiApplication, QTextLayout
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from acupress_gui import app
from acupress_gui.bootstrap.cli import handout
from acupress_gui.bootstrap.composition import Services, build_desktop_window, build_services
from acupress_gui.core.catalog import Catalog
from acupress_gui.core.history_recorder import HistoryRecorder
from acupress_gui.core.paths import AppPaths, resolve_paths
from acupress_gui.ui.common import translations as translations_module
from acupress_gui.ui.common.theme import LIGHT, apply_theme, text_font
from acupress_gui.ui.common.translations import Translations, cjk_font_missing
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from tests.core.fake_clock import FakeClock
from tests.i18n.made_translations import make_translations, marked
from tests.ui.conftest import WINDOW_SIZE, StoredSettings

SPANISH_CATALOG = """
[translations.es.entries.wind-pool]
title = "Estanque del Viento"
"""
"""What a clinic's catalog may carry: the texts of one language, English for the rest."""

CANCEL = QDialogButtonBox.StandardButton.Cancel


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_translations(tmp_path_factory.mktemp("made-translations"))


@pytest.fixture
def translations(made: Path) -> Iterator[Translations]:
    """The app's translations loaded from the made files; English again afterwards."""
    made_ones = Translations(made)
    yield made_ones
    made_ones.remove()


@pytest.fixture(autouse=True)
def font_check_forgotten() -> Iterator[None]:
    """Each test asks afresh whether a Chinese font is there (the app asks once a run)."""
    cjk_font_missing.cache_clear()
    yield
    cjk_font_missing.cache_clear()


@pytest.fixture
def clinic_catalog(tmp_path: Path) -> Path:
    built_in = resources.files("acupress_gui.resources").joinpath("catalog.toml")
    english = built_in.read_text("utf-8").split("\n[translations", 1)[0]
    path = tmp_path / "clinic.toml"
    path.write_text(english + SPANISH_CATALOG, "utf-8")
    return path


OpenWindow = Callable[..., tuple[DesktopWindow, Services]]


@pytest.fixture
def open_window(
    qtbot: QtBot,
    paths: AppPaths,
    stored_settings: StoredSettings,
    recorder: HistoryRecorder,
    clock: FakeClock,
    translations: Translations,
    clinic_catalog: Path,
) -> OpenWindow:
    """A window built as main() builds it, in the language the arguments, the settings or
    the system give."""

    def open_(language: str | None = None) -> tuple[DesktopWindow, Services]:
        services = build_services(
            paths,
            LIGHT,
            catalog_file=clinic_catalog,
            clock=clock,
            recorder=recorder,
            language=language,
            translations=translations,
        )
        window = build_desktop_window(services)
        window.start_first_session()
        qtbot.addWidget(window)
        window.resize(*WINDOW_SIZE)
        window.show()
        qtbot.waitExposed(window)
        return window, services

    return open_


def menu_titles(window: DesktopWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def language_action(window: DesktopWindow, name: str) -> QAction:
    """The View menu's choice of a language by its own name ("" for following the system)."""
    window.language_menu.aboutToShow.emit()
    actions = [action for action in window.language_menu.actions() if action.isCheckable()]
    if not name:
        return actions[0]
    [action] = [action for action in actions if action.text().startswith(name)]
    return action


def retranslated(qtbot: QtBot, window: DesktopWindow, code: str) -> None:
    """Wait for Qt's LanguageChange to reach the window, as the event loop soon would."""
    qtbot.waitUntil(lambda: menu_titles(window)[0] == marked(code, "&File"))


def cancel_text() -> str:
    """What Qt's own Cancel button says (a standard button of every dialog)."""
    box = QDialogButtonBox(CANCEL)
    text = box.button(CANCEL).text()
    box.deleteLater()
    return text


def test_the_command_line_language_is_for_this_run_only(
    qtbot: QtBot, tmp_path: Path, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """main()'s own path: --language es shows Spanish, and the next start without it does
    not, nothing having been saved."""
    monkeypatch.setattr(translations_module, "APP_TRANSLATIONS", made)
    data_dir = tmp_path / "data"
    StoredSettings(resolve_paths(data_dir).settings_file).change(notice_acknowledged=True)

    def start(*options: str) -> app.Opened:
        options_read = app.parse_args(["--data-dir", str(data_dir), *options])
        paths = resolve_paths(options_read.data_dir)
        opened = app.open_main_window(options_read, paths, paths.log_file)
        qtbot.addWidget(opened.window)
        with qtbot.waitSignal(opened.history.opened, timeout=5000):
            pass
        return opened

    opened = start("--language", "es")
    try:
        assert menu_titles(opened.window)[0] == marked("es", "&File")
        assert cancel_text() == "Cancelar"
        opened.window.close()
    finally:
        opened.history.wait()
        opened.services.close()
    assert StoredSettings(resolve_paths(data_dir).settings_file).person.language == ""

    opened = start()
    try:
        assert menu_titles(opened.window)[0] == "&File"
        opened.window.close()
    finally:
        opened.history.wait()
        opened.services.close()


def test_the_saved_language_is_the_one_a_start_shows(
    open_window: OpenWindow, stored_settings: StoredSettings
) -> None:
    stored_settings.change(language="zh_CN")
    window, _ = open_window()
    assert menu_titles(window)[0] == marked("zh_CN", "&File")
    assert language_action(window, "\u7b80\u4f53\u4e2d\u6587").isChecked()
    assert cancel_text() == "\u53d6\u6d88"


def test_with_nothing_chosen_the_system_language_is_followed(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations_module, "system_language", lambda: "es")
    window, _ = open_window()
    assert menu_titles(window)[0] == marked("es", "&File")
    follow = language_action(window, "")
    assert follow.isChecked()
    assert "Espa\u00f1ol" in follow.text()


def test_the_command_line_language_is_checked_over_the_saved_one(
    open_window: OpenWindow, stored_settings: StoredSettings
) -> None:
    stored_settings.change(language="zh_CN")
    window, _ = open_window("es")
    assert language_action(window, "Espa\u00f1ol").isChecked()


def test_choosing_a_language_saves_it_and_rebuilds_the_view_where_the_person_was(
    qtbot: QtBot, open_window: OpenWindow, stored_settings: StoredSettings
) -> None:
    stored_settings.change(reminders_enabled=True)  # so there is a tray menu
    window, services = open_window()
    old_view = window.view
    old_view.select_entry("wind-pool")
    old_view.body_map.zoom_to_selected()
    frame = old_view.body_map.frame()
    english_speech = services.speech()
    assert old_view.point_panel.entry().title != "Estanque del Viento"

    language_action(window, "Espa\u00f1ol").trigger()

    assert stored_settings.person.language == "es"
    view = window.view
    assert view is not old_view
    assert view.selected_entry_id() == "wind-pool"
    assert view.point_panel.entry().title == "Estanque del Viento"  # the catalog's Spanish
    # The entry's area is fitted again, to the new view's size (longer texts may narrow it).
    assert frame.fitted is not None
    qtbot.waitUntil(lambda: view.body_map.frame().fitted == frame.fitted)
    retranslated(qtbot, window, "es")
    assert window.tray is not None
    assert window.tray.quit_action.text() == marked("es", "Quit")
    assert services.speech() is not english_speech  # a voice for the new language
    assert QLocale().monthName(1) == "enero"
    assert QLocale().toString(QDate(2026, 1, 5), QLocale.FormatType.LongFormat).endswith("2026")


def test_every_menu_text_is_retranslated(
    qtbot: QtBot, open_window: OpenWindow, stored_settings: StoredSettings
) -> None:
    """Anything added to the menus must be asked again in the new language."""
    window, _ = open_window()
    window.choose_language("es")
    retranslated(qtbot, window, "es")
    language_names = {action.text() for action in window.language_menu.actions()[2:]}
    english_left = []
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        for each in [action, *_all_actions(menu)]:
            text = each.text()
            if text and text not in language_names and not text.startswith("\u00ab"):
                english_left.append(text)
    assert english_left == []


def _all_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _all_actions(submenu)


def test_back_to_english_when_following_an_english_system(
    qtbot: QtBot, open_window: OpenWindow, stored_settings: StoredSettings
) -> None:
    window, _ = open_window("es")
    language_action(window, "").trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File")
    assert stored_settings.person.language == ""
    assert cancel_text() == "Cancel"
    assert QLocale().monthName(1) == "January"


def test_the_language_cannot_change_during_a_hold(
    qtbot: QtBot, open_window: OpenWindow, stored_settings: StoredSettings, clock: FakeClock
) -> None:
    window, _ = open_window()
    view = window.view
    view.select_entry("wind-pool")
    view.timer_card.request_start()
    assert view.driver.is_running()

    spanish = language_action(window, "Espa\u00f1ol")
    assert not spanish.isEnabled()
    [note] = [action for action in window.language_menu.actions() if action.isVisible()][:1]
    assert "once the hold or routine ends" in note.text()
    window.choose_language("es")  # as a stray call would: refused all the same
    assert window.view is view and view.driver.is_running()
    assert stored_settings.person.language == ""
    assert menu_titles(window)[0] == "&File"

    view.timer_card.stop_button.click()
    assert language_action(window, "Espa\u00f1ol").isEnabled()


def test_a_missing_translation_falls_back_to_english_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    empty = Translations(tmp_path)
    try:
        with caplog.at_level(logging.WARNING):
            assert empty.use("es") == "en"
        assert f"No translation file {tmp_path / 'es.qm'}" in caplog.text
        assert "Showing English instead of es" in caplog.text
        assert cancel_text() == "Cancel"  # Qt's own texts stay English with the app's
    finally:
        empty.remove()


def test_an_unreadable_translation_falls_back_to_english_with_a_log_line(
    tmp_path: Path, made: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "es.qm").write_bytes((made / "es.qm").read_bytes()[:200])  # cut short
    (tmp_path / "en.qm").write_bytes((made / "en.qm").read_bytes())
    cut = Translations(tmp_path)
    try:
        with caplog.at_level(logging.WARNING):
            assert cut.use("es") == "en"
        assert "could not be read" in caplog.text
        assert QCoreApplication.translate("DesktopWindow", "&File") == "&File"
    finally:
        cut.remove()


def test_a_missing_chinese_font_is_logged_once_and_said_in_the_chooser(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(translations_module, "chinese_font_families", lambda: [])
    with caplog.at_level(logging.WARNING):
        window, _ = open_window()
        chinese = language_action(window, "\u7b80\u4f53\u4e2d\u6587")
        language_action(window, "\u7b80\u4f53\u4e2d\u6587")  # the menu opened again
    assert chinese.text() == "\u7b80\u4f53\u4e2d\u6587 \u2014 needs a Chinese font"
    told = [record for record in caplog.records if "Chinese characters" in record.getMessage()]
    assert len(told) == 1
    assert "fonts-noto-cjk" in told[0].getMessage()


def test_fonts_are_asked_about_only_once_the_window_shows(
    qtbot: QtBot,
    paths: AppPaths,
    stored_settings: StoredSettings,
    recorder: HistoryRecorder,
    translations: Translations,
) -> None:
    """The font database's answer costs a few ms, which start-up spends after the window
    is on screen, whatever the language."""
    stored_settings.change(language="zh_CN")
    services = build_services(paths, LIGHT, recorder=recorder, translations=translations)
    window = build_desktop_window(services)
    qtbot.addWidget(window)
    assert cjk_font_missing.cache_info().currsize == 0
    window.show()
    window.start_first_session()
    assert cjk_font_missing.cache_info().currsize == 1


def test_with_a_chinese_font_the_chooser_names_the_language_alone(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations_module, "chinese_font_families", lambda: ["Noto Sans CJK SC"])
    window, _ = open_window()
    assert language_action(window, "\u7b80\u4f53\u4e2d\u6587").text() == "\u7b80\u4f53\u4e2d\u6587"


@pytest.mark.requires("cjk_font")
def test_the_points_chinese_characters_are_drawn_from_a_font_that_has_them(
    qapp: QApplication, translations: Translations, catalog: Catalog
) -> None:
    """In Chinese, with the app's own font: every character of every point's name comes
    from a font with a glyph for it (Qt falls back from the app's font to one that has
    it), never the empty box of a missing glyph."""
    apply_theme(qapp, LIGHT)
    translations.use("zh_CN")
    characters = "".join(
        sorted({char for point in catalog.points.values() for char in point.characters})
    )
    assert "\u98ce" in characters and "\u6c60" in characters  # 风池, Wind Pool's
    layout = QTextLayout(characters, text_font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert sum(len(run.glyphIndexes()) for run in runs) == len(characters)
    for run in runs:  # glyph 0 of a font is its "missing" box
        assert 0 not in run.glyphIndexes(), f"a missing glyph in {run.rawFont().familyName()}"


@pytest.mark.requires("poppler")
def test_the_command_line_handout_is_written_in_the_language(
    tmp_path: Path, made: Path, clinic_catalog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations_module, "APP_TRANSLATIONS", made)
    target = tmp_path / "wind-pool.pdf"
    chosen = ["--handout", str(target), "--entry", "wind-pool", "--language", "es"]
    options = app.parse_args(
        ["--data-dir", str(tmp_path / "data"), "--catalog", str(clinic_catalog), *chosen]
    )
    assert handout(resolve_paths(options.data_dir), target, options) == 0
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Estanque del Viento" in text  # the catalog's Spanish
    assert "\u00ab" in text  # the app's own texts, as the made Spanish has them
    assert QCoreApplication.translate("DesktopWindow", "&File") == "&File"  # English again


def han_font_of(text: str) -> list[str]:
    """The fonts Qt draws ``text`` in with the application's font."""
    layout = QTextLayout(text, QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


@pytest.mark.requires("cjk_font")
def test_in_chinese_the_characters_take_their_simplified_chinese_forms(
    translations: Translations,
) -> None:
    """One CJK font holds a character's Chinese and Japanese shapes and fontconfig picks by
    the system's locale: on an English system 风 came in its Japanese shape."""
    translations.use("zh_CN")
    assert han_font_of("风池") == ["Noto Sans CJK SC"]
    translations.use("en")
    assert "Noto Sans CJK SC" not in QGuiApplication.font().families()
