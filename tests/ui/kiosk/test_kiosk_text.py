"""Type for arm's length: ``--kiosk`` sets the whole application at ``kiosk.toml``'s text
size, and at 150 % on a 1920x1080 screen no kiosk screen cuts its words or lays one part
over another: the start screen, the welcome, the visitor's view with a point chosen, the
pain check-in, a hold, the idle countdown, the PIN pad and the staff screen."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from acupress_gui.core.kiosk.kiosk_config import KioskConfig, load_kiosk_config
from acupress_gui.ui.common.theme import LIGHT, apply_theme, body_pixels
from tests.core.fake_clock import FakeClock
from tests.ui.kiosk.conftest import PIN, Kiosk, tap
from tests.ui.own_screen import run_on_screen
from tests.ui.text_fit import clipped_cells, clipped_text, overlapping

CLINIC_SCREEN = (1920, 1080)
ON_CLINIC_SCREEN = "ACUPRESS_KIOSK_CLINIC_SCREEN"
"""Set in the process that runs the walk on a screen of the clinic's size."""


def body_size(qapp: QApplication, text_scale: int) -> int:
    screen = qapp.primaryScreen()
    system_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    return body_pixels(system_font, text_scale, screen.logicalDotsPerInchY())


def test_the_kiosk_text_size_is_150_percent_unless_kiosk_toml_says(
    qapp: QApplication, kiosk_toml: Callable[[str], None], kiosk_folder: Path
) -> None:
    apply_theme(qapp, LIGHT, KioskConfig().text_scale)
    assert QApplication.font().pixelSize() == body_size(qapp, 150)  # the default
    kiosk_toml("text_scale = 200\n")
    apply_theme(qapp, LIGHT, load_kiosk_config(kiosk_folder).text_scale)
    assert QApplication.font().pixelSize() == body_size(qapp, 200) > body_size(qapp, 150)


def test_the_kiosks_own_screens_grow_with_it(
    qapp: QApplication, make_kiosk: Callable[[], Kiosk]
) -> None:
    headline_sizes = []
    for text_scale in (100, 150):
        apply_theme(qapp, LIGHT, text_scale)
        window = make_kiosk().window
        assert window.attract is not None
        headline = window.attract.findChild(QLabel, "attractHeadline")
        headline_sizes.append(headline.font().pixelSize())
        window.exit_kiosk()
    small, large = headline_sizes
    assert large == pytest.approx(small * 1.5, abs=2)


@pytest.mark.skipif(ON_CLINIC_SCREEN not in os.environ, reason="runs on its own screen")
def test_no_kiosk_screen_cuts_its_words(
    qtbot: QtBot, qapp: QApplication, make_kiosk: Callable[[], Kiosk], clock: FakeClock
) -> None:
    apply_theme(qapp, LIGHT, KioskConfig().text_scale)  # as --kiosk does, before the window
    kiosk = make_kiosk()
    window = kiosk.window
    qtbot.waitUntil(lambda: window.size() == QSize(*CLINIC_SCREEN))  # full screen, soon
    found: dict[str, list[str]] = {}

    def look(screen: str) -> None:
        """What is cut on ``screen`` once laid out (a second at most): the layouts' own
        requests, and a zoom's glide, run on the event loop."""
        for _ in range(50):
            qtbot.wait(20)
            found[screen] = clipped_text(window) + overlapping(window)
            if not found[screen]:
                return

    look("start screen")
    assert window.attract is not None
    tap(qtbot, window.attract)
    look("welcome")
    assert window.welcome is not None
    tap(qtbot, window.welcome.answer_buttons["no"])
    assert window.session is not None
    view = window.session.view
    look("visitor's view")
    view.select_entry("wind-pool")
    view.body_map.zoom_to_selected()
    look("a point chosen")
    view.timer_card.request_start()
    look("pain check-in")
    tap(qtbot, view.check_in.skip_button)
    clock.advance(15)
    view.driver.poll()
    look("a hold")
    view.timer_card.stop()
    clock.advance(window.idle.policy.idle_seconds)
    window.idle.poll()
    look("idle countdown")
    window.open_pin_pad()
    look("PIN pad")
    assert window.pin_pad is not None
    for digit in PIN:
        tap(qtbot, window.pin_pad.digit_buttons[digit])
    tap(qtbot, window.pin_pad.ok_button)
    look("staff screen")
    assert {screen: problems for screen, problems in found.items() if problems} == {}


@pytest.mark.skipif(ON_CLINIC_SCREEN not in os.environ, reason="runs on its own screen")
@pytest.mark.parametrize("language", ["en", "zh_CN", "es"])
def test_every_point_name_reads_whole_and_the_welcome_needs_no_scrolling(
    qtbot: QtBot, qapp: QApplication, make_kiosk: Callable[..., Kiosk], language: str
) -> None:
    """No tooltip can show a name a kiosk cuts short, and no visitor should have to find
    the red flags' end: in each language every name and code in the list is painted
    whole, and the welcome's red flags fit beside the question."""
    apply_theme(qapp, LIGHT, KioskConfig().text_scale)
    window = make_kiosk(translated=True).window
    qtbot.waitUntil(lambda: window.size() == QSize(*CLINIC_SCREEN))
    assert window.attract is not None
    tap(qtbot, window.attract.language_buttons[language])
    welcome = window.welcome
    assert welcome is not None
    qtbot.wait(50)  # laid out
    assert welcome.notice_scroll.verticalScrollBar().maximum() == 0
    assert not welcome.more_below.isVisible()
    tap(qtbot, welcome.answer_buttons["no"])
    assert window.session is not None
    entry_list, model = window.session.view.entry_list, window.session.view.entry_model
    rows = (model.index(row) for row in range(model.rowCount()))
    entries = [index for index in rows if model.entry_at(index) is not None]
    assert len(entries) == model.entry_count() > 0
    cut = []
    for index in entries:
        entry_list.scrollTo(index)
        qtbot.wait(1)
        cut += clipped_cells(entry_list, [index])
    assert cut == []


@pytest.mark.skipif(ON_CLINIC_SCREEN in os.environ, reason="this is the run on that screen")
def test_at_150_percent_on_a_1920x1080_screen_no_kiosk_screen_cuts_its_words(
    tmp_path: Path,
) -> None:
    """The walks above on a screen of a clinic's size: the offscreen platform reads its
    screen from a file, so the walks need a process of their own."""
    here = Path(__file__).as_posix()
    walks = [
        f"{here}::test_no_kiosk_screen_cuts_its_words",
        f"{here}::test_every_point_name_reads_whole_and_the_welcome_needs_no_scrolling",
    ]
    run_on_screen(tmp_path, CLINIC_SCREEN, 96, walks, (ON_CLINIC_SCREEN, "1"), passed=4)
