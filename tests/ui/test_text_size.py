"""Text size: the design's body size, a larger system font honoured, 100 % to 200 % from
View > Text size, applied at once and remembered, and nothing cut off in 1280 x 800."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.bootstrap.composition import Services, build_desktop_window
from acupress_gui.core.appearance import TEXT_SCALES
from acupress_gui.ui.common.theme import DESIGN_BODY_PX, LIGHT, body_pixels, stylesheet
from acupress_gui.ui.map import map_layout
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.cue_player import CuePlayer
from tests.core.fake_clock import FakeClock
from tests.ui.conftest import StoredSettings
from tests.ui.text_fit import clipped_text, overlapping

SMALL_SCREEN = (1280, 800)


@pytest.fixture(autouse=True)
def silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CuePlayer, "play", lambda self, cue: None)


def pixel_font(pixels: int) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    return font


def point_font(points: float) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    return font


@pytest.mark.parametrize(
    ("system", "scale", "body"),
    [
        (point_font(9), 100, DESIGN_BODY_PX),  # a small system font: the design's size
        (point_font(9), 200, 2 * DESIGN_BODY_PX),
        (pixel_font(20), 100, 20),  # a larger one is honoured
        (pixel_font(20), 150, 30),
        (point_font(14), 100, 19),  # 14 pt at 96 dpi is 18.7 px
    ],
)
def test_the_body_size_is_the_design_s_or_the_system_s_if_larger(
    system: QFont, scale: int, body: int
) -> None:
    assert body_pixels(system, scale, 96.0) == body


def font_sizes(sheet: str) -> dict[str, int]:
    return {
        " ".join(selector.split()): int(size)
        for selector, size in re.findall(r"([^{}]+)\{[^{}]*font-size:\s*(\d+)px", sheet)
    }


def test_the_stylesheet_sizes_grow_with_the_body_size() -> None:
    at_100, at_200 = stylesheet(LIGHT, 15), stylesheet(LIGHT, 30)
    assert not re.search(r"\d(\.\d+)?em\b", at_200)  # Qt would read em as an M's width
    small, large = font_sizes(at_100), font_sizes(at_200)
    assert small["QLabel#entryTitle"] == 24  # the design's title at 100 %
    assert small.keys() == large.keys() and len(small) > 15
    assert all(abs(large[name] - 2 * small[name]) <= 1 for name in small)


@pytest.fixture
def small_screen_window(
    qtbot: QtBot, make_services: Callable[[], Services]
) -> Callable[[], DesktopWindow]:
    """A window of 1280 x 800, as on a small laptop, from the stored settings."""

    def make() -> DesktopWindow:
        window = build_desktop_window(make_services())
        qtbot.addWidget(window)
        window.resize(*SMALL_SCREEN)
        window.start_first_session()
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def settle(qapp: QApplication) -> None:
    for _ in range(3):  # layouts answer size changes on the next turns
        qapp.processEvents()


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_no_text_is_cut_off_at_any_text_size_in_a_small_window(
    qapp: QApplication,
    stored_settings: StoredSettings,
    small_screen_window: Callable[[], DesktopWindow],
    scale: int,
) -> None:
    """The main window, a running hold and the pain check-in, at every offered size."""
    stored_settings.change(text_scale=scale, ask_pain=True)
    window = small_screen_window()
    minimum = window.minimumSizeHint()
    assert minimum.width() <= SMALL_SCREEN[0] and minimum.height() <= SMALL_SCREEN[1]
    settle(qapp)
    assert (window.width(), window.height()) == SMALL_SCREEN
    assert clipped_text(window) == []
    assert overlapping(window) == []

    view = window.view
    view.select_entry("sea-of-vitality")
    view.timer_card.request_start()
    settle(qapp)
    check_in = view.check_in
    assert check_in.isVisible()
    assert check_in.width() <= SMALL_SCREEN[0]
    assert clipped_text(check_in) == []

    check_in.skip_button.click()
    settle(qapp)
    assert view.driver.is_running()
    assert clipped_text(window) == []
    assert overlapping(window) == []


def test_a_larger_text_size_applies_at_once_and_is_remembered(
    qapp: QApplication,
    qtbot: QtBot,
    stored_settings: StoredSettings,
    make_window: Callable[[], DesktopWindow],
) -> None:
    window = make_window()
    window.view.select_entry("wind-pool")
    old_session = window.session
    window.choose_look(text_scale=150)
    assert QApplication.font().pixelSize() == round(DESIGN_BODY_PX * 1.5)
    assert window.session is not old_session  # made again, in the new size
    assert window.view.selected_entry_id() == "wind-pool"  # where the person was
    assert stored_settings.person.text_scale == 150
    checked = [action.text() for action in window.text_size_menu.actions() if action.isChecked()]
    assert checked == ["150 %"]


def test_choosing_the_size_already_shown_keeps_the_view(
    stored_settings: StoredSettings, make_window: Callable[[], DesktopWindow]
) -> None:
    window = make_window()
    session = window.session
    window.choose_look(text_scale=100)
    assert window.session is session


def test_painted_text_grows_with_the_text_size(
    qapp: QApplication,
    stored_settings: StoredSettings,
    make_window: Callable[[], DesktopWindow],
) -> None:
    """The timer's digits and the map's names grow too; the map's only up to its cap, so
    a small window keeps room for the figure."""
    window = make_window()
    dial_before = window.view.timer_card.dial.minimumWidth()
    pill_before = shortest_pill_width(window)
    window.choose_look(text_scale=200)
    assert window.view.timer_card.dial.minimumWidth() > dial_before
    growth = shortest_pill_width(window) / pill_before
    assert 1.4 < growth <= map_layout.TEXT_GROWS_AT_MOST + 0.05


def shortest_pill_width(window: DesktopWindow) -> float:
    """A one-word region pill's width: its name, its count and the room around them."""
    pill = min(window.view.body_map.region_labels(), key=lambda label: len(label.name))
    return pill.size().width()


@pytest.mark.parametrize("scale", [150, 200])
def test_the_notice_and_a_hold_s_summary_fit_at_large_sizes(
    qapp: QApplication,
    stored_settings: StoredSettings,
    small_screen_window: Callable[[], DesktopWindow],
    clock: FakeClock,
    scale: int,
) -> None:
    """The first-run notice, and the summary after a rated hold whose pain rose (its
    caution and buttons shown too)."""
    from acupress_gui.ui.common.first_run_notice import FirstRunNotice

    stored_settings.change(text_scale=scale, ask_pain=True, hold_seconds=10)
    window = small_screen_window()
    view = window.view
    view.show_notice()
    notice = window.findChild(FirstRunNotice)
    settle(qapp)
    assert notice.width() <= SMALL_SCREEN[0]
    assert clipped_text(notice) == []
    notice.accept()

    view.select_entry("wind-pool")
    view.timer_card.request_start()
    view.check_in.button(7).click()
    clock.advance(11)
    view.driver.poll()
    settle(qapp)
    view.check_in.button(9).click()
    settle(qapp)
    assert view.session_summary.isVisible() and view.session_summary.red_flags.isVisible()
    assert clipped_text(window) == []
    assert overlapping(window) == []
