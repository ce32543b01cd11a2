"""Reminders and the tray as the window uses them: invite, hide to the tray, quit for real."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from acupress_gui.ui.common import questions
from acupress_gui.ui.reminders.reminders_dialog import RemindersDialog
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.shell.tray_icon import TrayIcon
from acupress_gui.ui.sitting.session_flow import Stage
from tests.ui.conftest import StoredSettings


@pytest.fixture
def tray_in_use(window: DesktopWindow, monkeypatch: pytest.MonkeyPatch) -> DesktopWindow:
    """Reminders on with the tray option, and a tray icon on show (offscreen has no tray)."""
    monkeypatch.setattr(TrayIcon, "isVisible", lambda self: True)
    window.preferences.update(reminders_enabled=True, reminder_times=["09:00"], keep_in_tray=True)
    window.apply_reminder_settings()
    return window


def test_a_reminder_invites_to_a_routine_with_the_one_start_routine_button(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    window.reminders.due.emit()
    banner = window.view.reminder_banner
    assert banner.isVisible()
    starts = [
        button
        for button in window.view.findChildren(QPushButton)
        if button.isVisible() and button.text() == "Start routine"
    ]
    assert starts == [window.view.start_routine_button]  # never a second beside it
    below = window.view.start_routine_button.mapTo(window, QPoint(0, 0)).y()
    assert banner.mapTo(window, QPoint(0, banner.height())).y() <= below  # it points down
    window.preferences.update(ask_pain=False, may_be_pregnant=False)
    window.view.start_routine_button.click()
    assert not banner.isVisible()
    assert window.view.flow.stage is Stage.PRESSING


def test_a_reminder_never_interrupts_a_session(window: DesktopWindow) -> None:
    window.preferences.update(ask_pain=False, may_be_pregnant=False)
    window.view.start_routine()
    window.reminders.due.emit()
    assert not window.view.reminder_banner.isVisible()


def test_closing_hides_to_the_tray_and_stops_the_hold(
    qtbot: QtBot, tray_in_use: DesktopWindow
) -> None:
    window = tray_in_use
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    with qtbot.assertNotEmitted(window.closed):
        window.close()
    assert window.isHidden()
    assert not window.view.driver.is_running()  # saved as stopped early, as on quitting
    window.tray.open_requested.emit()
    assert window.isVisible()


def test_ctrl_q_and_the_trays_quit_always_quit(qtbot: QtBot, tray_in_use: DesktopWindow) -> None:
    window = tray_in_use
    window.close()
    assert window.isHidden()
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.tray.quit_requested.emit()  # even from the tray, with the window hidden


def test_without_the_tray_option_closing_quits(qtbot: QtBot, window: DesktopWindow) -> None:
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()


def test_reminder_choices_are_saved_and_scheduled(
    window: DesktopWindow, stored_settings: StoredSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def turn_on(dialog: RemindersDialog, accepted: Callable[[], None]) -> None:
        dialog.enabled.setChecked(True)
        dialog.accept()
        accepted()

    assert window.reminders.next_due() is None  # off by default
    assert window.tray is None  # nor is there a tray icon
    monkeypatch.setattr(questions, "run_dialog", turn_on)
    window.edit_reminders()
    saved = stored_settings.device
    assert saved.reminders_enabled is True
    assert saved.reminder_times == ("09:00", "13:00", "18:00")
    assert window.reminders.next_due() is not None
    assert window.tray is not None


def test_cancelling_the_reminders_dialog_changes_nothing(
    window: DesktopWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def change_then_cancel(dialog: RemindersDialog, accepted: Callable[[], None]) -> None:
        dialog.enabled.setChecked(True)
        dialog.reject()

    before = window.preferences.device
    monkeypatch.setattr(questions, "run_dialog", change_then_cancel)
    window.edit_reminders()
    assert window.preferences.device == before
    assert window.reminders.next_due() is None
