"""Start, Pause and Stop stay where the hand left them: the check-in opening, a hold
starting, the routine strip and the banners never move them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.common.theme import LIGHT, apply_theme
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.cue_player import CuePlayer
from tests.core.fake_clock import FakeClock
from tests.ui.conftest import StoredSettings


@pytest.fixture(autouse=True)
def silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CuePlayer, "play", lambda self, cue: None)


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own look, as main() sets it: its padding and fonts decide the sizes."""
    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    apply_theme(qapp, LIGHT)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def stored_settings(paths: AppPaths) -> StoredSettings:
    stored = StoredSettings(paths.settings_file)
    stored.change(
        notice_acknowledged=True,
        ask_pain=True,
        may_be_pregnant=False,
        routine_entries=["sea-of-vitality", "sacral-points"],
        position_seconds=0,  # the hold starts on the rating (the lead-in is tested elsewhere)
    )
    return stored


def controls(qtbot: QtBot, window: DesktopWindow) -> list[QRect]:
    """Where Start, Pause and Stop are in the window, once every layout has settled."""
    qtbot.wait(10)  # the layouts' own requests run on the event loop
    card = window.view.timer_card
    return [
        QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        for button in (card.start_button, card.pause_button, card.stop_button)
    ]


def test_a_routine_with_its_strip_check_in_and_banners_never_moves_the_controls(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock
) -> None:
    view = window.view
    view.select_entry("sea-of-vitality")
    window.reminders.due.emit()  # a reminder banner, as before any routine
    before = controls(qtbot, window)
    assert all(rect.isValid() for rect in before)

    view.start_routine()  # the check-in opens; the routine row goes
    assert view.check_in.isVisible() and not view.routine_row.isVisible()
    assert controls(qtbot, window) == before

    qtbot.mouseClick(view.check_in.button(9), Qt.MouseButton.LeftButton)  # very high pain
    assert view.driver.is_running()
    assert view.routine_bar.isVisible() and view.red_flag_banner.isVisible()
    assert controls(qtbot, window) == before

    view.show_save_problem("the disk is full")  # a banner in the middle of the hold
    view.history_banner.show()
    assert controls(qtbot, window) == before
    clock.advance(20)
    view.driver.poll()
    view.timer_card.toggle_pause()
    assert controls(qtbot, window) == before


def test_a_single_hold_and_its_check_in_never_move_the_controls(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock
) -> None:
    view = window.view
    view.select_entry("commanding-middle")
    card = view.timer_card
    card.sides.setCurrentIndex(card.sides.findText("One side, then the other"))
    before = controls(qtbot, window)

    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert view.check_in.isVisible()
    assert controls(qtbot, window) == before
    qtbot.mouseClick(view.check_in.button(4), Qt.MouseButton.LeftButton)
    assert card.phase_label.text() == "Press and hold: your right side"
    assert controls(qtbot, window) == before
    clock.advance(60)
    view.driver.poll()
    assert card.phase_label.text() == "Switch to your left side"
    assert controls(qtbot, window) == before
