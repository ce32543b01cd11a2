"""The shipped Chinese and Spanish: the main screens in each show no English text that
has a translation, the catalog's own texts come in the language, and the point names
keep their Chinese characters in every language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import load_catalog
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from tests.core.fake_clock import FakeClock
from tests.ui import pseudo_locale
from tests.ui.conftest import StoredSettings

SOURCES = Path(__file__).parents[2] / "resources" / "i18n"
LANGUAGES = ("zh_CN", "es")
_PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own look, as main() sets it: its fonts and padding decide what fits."""
    from acupress_gui.ui.common.theme import LIGHT, apply_theme

    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    apply_theme(qapp, LIGHT)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def translated_sources(code: str) -> set[str]:
    """The English of every message the language's file gives another text, as a screen
    would show it (no accelerator mark); messages with placeholders show filled in, so
    they are not comparable whole and are left out."""
    found = set()
    for message in ElementTree.parse(SOURCES / f"{code}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = "".join(translation.itertext()).strip()
        if text and text != source and not _PLACEHOLDER.search(source):
            found.add(source.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return found


def english_left(window: DesktopWindow, sources: set[str]) -> list[str]:
    return sorted(
        str(shown)
        for each in pseudo_locale.top_windows()
        for shown in pseudo_locale.shown_texts(each)
        if shown.text.replace("&", "").strip() in sources
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_main_screens_show_no_english_where_a_translation_exists(
    qtbot: QtBot,
    stored_settings: StoredSettings,
    make_window: Callable[[], DesktopWindow],
    clock: FakeClock,
    code: str,
) -> None:
    stored_settings.change(language=code)
    window = make_window()
    sources = translated_sources(code)
    assert len(sources) > 300
    view = window.view
    assert english_left(window, sources) == []
    view.select_entry("wind-pool")
    assert english_left(window, sources) == []
    qtbot.mouseClick(view.timer_card.start_button, Qt.MouseButton.LeftButton)
    assert english_left(window, sources) == []  # the check-in before the hold
    qtbot.mouseClick(view.check_in.button(4), Qt.MouseButton.LeftButton)
    for _ in range(15):
        clock.advance(1.0)
        view.driver.poll()
    assert view.driver.is_running()
    assert english_left(window, sources) == []  # a hold running


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_catalog_shows_in_the_language_with_the_characters_kept(
    stored_settings: StoredSettings, make_window: Callable[[], DesktopWindow], code: str
) -> None:
    stored_settings.change(language=code)
    window = make_window()
    view = window.view
    view.select_entry("wind-pool")
    english = load_catalog().entry("wind-pool")
    translated = load_catalog().in_language(code).entry("wind-pool")
    assert english is not None and translated is not None
    shown = [s.text for s in pseudo_locale.shown_texts(view.point_panel)]
    assert any(translated.title in text for text in shown)
    assert not any(english.summary in text for text in shown)
    assert any(translated.summary in text for text in shown)
    assert any("風池" in text or "风池" in text for text in shown)  # the characters, always
