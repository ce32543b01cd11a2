"""Reminders: the scheduler on a fake wall clock, the settings dialog, and the tray icon.

Local time is UTC here, so the fake clock's times (tests/core/fake_clock.py, from 09:00 on
24 November 2026) read the same as the reminder times.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from acupress_gui.core.preferences import DeviceSettings, MemoryStore, Preferences
from acupress_gui.core.reminders import parse_time
from acupress_gui.ui.reminders.reminder_scheduler import CHECK_MS, ReminderScheduler
from acupress_gui.ui.reminders.reminders_dialog import RemindersDialog
from acupress_gui.ui.shell.tray_icon import TrayIcon, tray_available
from tests.core.fake_clock import FakeClock

pytestmark = pytest.mark.usefixtures("qapp", "local_utc")  # timers, tray icons need the app


def remembering(**device: object) -> Preferences:
    """Reminder settings as the window holds them, kept in memory."""
    preferences = Preferences(MemoryStore(), lambda problem: None)
    preferences.update(**device)
    return preferences


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def start(settings: Preferences, clock: FakeClock) -> tuple[ReminderScheduler, list[datetime]]:
    """A scheduler and the fake times at which it said a reminder was due."""
    scheduler = ReminderScheduler(settings, clock.wall)
    fired: list[datetime] = []
    scheduler.due.connect(lambda: fired.append(clock.wall()))
    return scheduler, fired


def move(scheduler: ReminderScheduler, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    scheduler.poll()


def check_timer(scheduler: ReminderScheduler) -> QTimer:
    return scheduler.findChild(QTimer, "reminderCheck")


# --- the scheduler ---------------------------------------------------------------------


def test_fires_at_each_time_and_aims_at_the_next(clock: FakeClock) -> None:
    settings = remembering(reminders_enabled=True, reminder_times=["13:00", "09:30"])
    scheduler, fired = start(settings, clock)
    assert scheduler.next_due() == at(24, 9, 30)

    move(scheduler, clock, 29 * 60 + 59)
    assert fired == []
    move(scheduler, clock, 1)
    assert fired == [at(24, 9, 30)]
    assert scheduler.next_due() == at(24, 13)

    move(scheduler, clock, 60)
    assert fired == [at(24, 9, 30)]  # once per time, not at every check after it
    move(scheduler, clock, 3.5 * 3600 - 60)
    assert fired == [at(24, 9, 30), at(24, 13)]
    assert scheduler.next_due() == at(25, 9, 30)


def test_reminders_missed_asleep_come_once_on_waking(clock: FakeClock) -> None:
    settings = remembering(reminders_enabled=True, reminder_times=["09:30", "13:00"])
    scheduler, fired = start(settings, clock)
    move(scheduler, clock, 6 * 3600)  # asleep from 09:00 to 15:00
    assert fired == [at(24, 15)]
    assert scheduler.next_due() == at(25, 9, 30)


def test_a_clock_set_back_is_followed(clock: FakeClock) -> None:
    settings = remembering(reminders_enabled=True, reminder_times=["09:30"])
    scheduler, fired = start(settings, clock)
    move(scheduler, clock, -24 * 3600)
    assert fired == []
    assert scheduler.next_due() == at(23, 9, 30)


def test_the_timer_looks_again_at_least_every_minute(clock: FakeClock) -> None:
    settings = remembering(reminders_enabled=True, reminder_times=["18:00"])
    scheduler, _ = start(settings, clock)
    timer = check_timer(scheduler)
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == CHECK_MS
    move(scheduler, clock, 9 * 3600 - 20)  # 17:59:40
    assert timer.interval() == 20_000


def test_the_timer_runs_the_check(qtbot: QtBot, clock: FakeClock) -> None:
    settings = remembering(reminders_enabled=True, reminder_times=["09:30"])
    scheduler, fired = start(settings, clock)
    move(scheduler, clock, 30 * 60 - 0.05)
    assert check_timer(scheduler).interval() == 50
    clock.advance(1)  # no poll(): the timer has to find out
    with qtbot.waitSignal(scheduler.due, timeout=2000):
        pass
    assert len(fired) == 1


@pytest.mark.parametrize(
    "settings",
    [
        remembering(reminders_enabled=False, reminder_times=["09:30"]),
        remembering(reminders_enabled=True, reminder_times=[]),
    ],
    ids=["off", "no-times"],
)
def test_nothing_happens_without_reminders(settings: Preferences, clock: FakeClock) -> None:
    scheduler, fired = start(settings, clock)
    assert scheduler.next_due() is None
    assert not check_timer(scheduler).isActive()
    move(scheduler, clock, 2 * 24 * 3600)
    assert fired == []


def test_reschedule_reads_changed_settings(clock: FakeClock) -> None:
    settings = remembering(reminders_enabled=True, reminder_times=["18:00"])
    scheduler, fired = start(settings, clock)
    settings.update(reminder_times=["10:00"])
    assert scheduler.next_due() == at(24, 18)  # not until told
    scheduler.reschedule()
    assert scheduler.next_due() == at(24, 10)

    settings.update(reminders_enabled=False)
    scheduler.reschedule()
    assert scheduler.next_due() is None
    assert not check_timer(scheduler).isActive()
    move(scheduler, clock, 3600)
    assert fired == []

    settings.update(reminders_enabled=True)
    scheduler.reschedule()
    assert scheduler.next_due() == at(25, 10)
    assert check_timer(scheduler).isActive()


def test_a_bad_saved_time_is_skipped_and_logged(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    settings = remembering(reminders_enabled=True, reminder_times=["25:00", "10:00"])
    with caplog.at_level(logging.WARNING):
        scheduler, _ = start(settings, clock)
    assert scheduler.next_due() == at(24, 10)
    assert "'25:00'" in caplog.text


# --- the dialog ------------------------------------------------------------------------


def open_dialog(qtbot: QtBot, settings: DeviceSettings, tray: bool = True) -> RemindersDialog:
    dialog = RemindersDialog(settings, tray_available=tray)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_off_by_default_and_presets_when_turned_on(qtbot: QtBot) -> None:
    settings = DeviceSettings()
    dialog = open_dialog(qtbot, settings)
    assert not dialog.enabled.isChecked()
    assert not dialog.times_box.isVisible()
    assert not dialog.keep_in_tray.isEnabled()
    assert dialog.tray_note.text() == "Available when reminders are on."

    dialog.enabled.click()
    assert dialog.times_box.isVisible()
    assert dialog.reminder_times() == ["09:00", "13:00", "18:00"]
    assert dialog.keep_in_tray.isEnabled()
    dialog.keep_in_tray.click()
    assert dialog.choices() == {
        "reminders_enabled": True,
        "reminder_times": ["09:00", "13:00", "18:00"],
        "keep_in_tray": True,
    }


def test_add_and_remove_times(qtbot: QtBot) -> None:
    settings = DeviceSettings(reminders_enabled=True, reminder_times=["13:00"])
    dialog = open_dialog(qtbot, settings)
    assert not dialog.remove_button.isEnabled()  # nothing selected yet

    dialog.time_edit.set_time(time(7, 30))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # twice: kept once
    assert dialog.reminder_times() == ["07:30", "13:00"]

    dialog.time_edit.set_time(time(20, 15))
    dialog.activateWindow()  # a shortcut on the time box needs it to have the focus
    dialog.time_edit.setFocus()
    qtbot.waitUntil(dialog.time_edit.hasFocus)
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)  # Enter adds, does not close
    assert dialog.isVisible()
    assert dialog.reminder_times() == ["07:30", "13:00", "20:15"]

    dialog.times.setCurrentRow(1)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.reminder_times() == ["07:30", "20:15"]
    assert dialog.times.currentItem().data(Qt.ItemDataRole.UserRole) == "20:15"  # neighbour
    assert dialog.remove_button.isEnabled()  # ready to remove another
    dialog.times.setCurrentRow(0)
    dialog.times.setFocus()
    qtbot.waitUntil(dialog.times.hasFocus)
    qtbot.keyClick(dialog.times, Qt.Key.Key_Delete)
    assert dialog.reminder_times() == ["20:15"]

    assert dialog.choices()["reminder_times"] == ["20:15"]


@pytest.mark.parametrize(
    ("typed", "added"),
    [
        ("9", "09:00"),
        ("9:5", "09:05"),
        ("0930", "09:30"),
        ("9.30", "09:30"),
        ("2013", "20:13"),
        ("9 pm", "21:00"),
        ("6:45PM", "18:45"),
    ],
)
def test_a_time_is_taken_as_it_is_typed(qtbot: QtBot, typed: str, added: str) -> None:
    dialog = open_dialog(qtbot, DeviceSettings(reminders_enabled=True))
    dialog.time_edit.clear()
    qtbot.keyClicks(dialog.time_edit, typed)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert added in dialog.reminder_times()
    assert not dialog.time_note.isVisible()
    assert dialog.time_edit.typed_time() == parse_time(added)  # shown as the list shows it


def test_text_that_is_no_time_is_kept_to_mend_with_a_note(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, DeviceSettings(reminders_enabled=True, reminder_times=["13:00"]))
    dialog.time_edit.clear()
    qtbot.keyClicks(dialog.time_edit, "25:00")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.reminder_times() == ["13:00"]
    assert dialog.time_edit.text() == "25:00"
    assert dialog.time_note.isVisible()
    assert "9:30, 0930 or 6 pm" in dialog.time_note.text()
    dialog.time_edit.setText("7:30")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.reminder_times() == ["07:30", "13:00"]
    assert not dialog.time_note.isVisible()


def test_the_arrow_keys_move_the_time_by_quarters(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, DeviceSettings(reminders_enabled=True))
    field = dialog.time_edit
    field.setText("9:07")
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.typed_time() == time(9, 15)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.typed_time() == time(8, 45)
    field.set_time(time(23, 50))
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.typed_time() == time(0, 0)  # round the clock


def test_round_trip_tidies_saved_times(qtbot: QtBot) -> None:
    saved = ["18:00", "7:05", "lunch", "18:00"]  # as a hand-edited file might have them
    settings = DeviceSettings(reminders_enabled=True, reminder_times=saved, keep_in_tray=True)
    dialog = open_dialog(qtbot, settings)
    assert dialog.reminder_times() == ["07:05", "18:00"]
    assert dialog.keep_in_tray.isChecked()
    assert dialog.choices() == {
        "reminders_enabled": True,
        "reminder_times": ["07:05", "18:00"],
        "keep_in_tray": True,
    }


def test_turning_reminders_off_keeps_the_times(qtbot: QtBot) -> None:
    settings = DeviceSettings(reminders_enabled=True, reminder_times=["08:00"])
    dialog = open_dialog(qtbot, settings)
    dialog.enabled.click()
    assert not dialog.keep_in_tray.isEnabled()
    choices = dialog.choices()
    assert (choices["reminders_enabled"], choices["reminder_times"]) == (False, ["08:00"])


def test_tray_option_unavailable_without_a_tray(qtbot: QtBot) -> None:
    settings = DeviceSettings(reminders_enabled=True, reminder_times=["08:00"], keep_in_tray=True)
    dialog = open_dialog(qtbot, settings, tray=False)
    assert dialog.enabled.isChecked()
    assert not dialog.keep_in_tray.isEnabled()
    assert "no system tray" in dialog.tray_note.text()
    assert dialog.choices()["keep_in_tray"] is True  # kept for a desktop with a tray


def test_tray_note_names_the_way_to_quit(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, DeviceSettings(reminders_enabled=True, reminder_times=["08:00"]))
    assert dialog.keep_in_tray.isEnabled()
    assert "Quit" in dialog.tray_note.text() and "Ctrl+Q" in dialog.tray_note.text()


# --- the tray icon ---------------------------------------------------------------------


@pytest.fixture
def tray() -> Iterator[TrayIcon]:
    icon = TrayIcon()
    yield icon
    icon.deleteLater()


def test_tray_menu(tray: TrayIcon) -> None:
    entries = tray.contextMenu().actions()
    assert [action.text() for action in entries] == ["Open AcuPress", "Start routine", "", "Quit"]
    assert entries[2].isSeparator()


@pytest.mark.parametrize(
    ("action", "signal"),
    [
        ("open_action", "open_requested"),
        ("routine_action", "routine_requested"),
        ("quit_action", "quit_requested"),
    ],
)
def test_tray_menu_actions_emit(qtbot: QtBot, tray: TrayIcon, action: str, signal: str) -> None:
    with qtbot.waitSignal(getattr(tray, signal), timeout=1000):
        getattr(tray, action).trigger()


def test_clicking_the_icon_or_a_message_opens(qtbot: QtBot, tray: TrayIcon) -> None:
    reason = QSystemTrayIcon.ActivationReason
    for activation in (reason.Trigger, reason.DoubleClick):
        with qtbot.waitSignal(tray.open_requested, timeout=1000):
            tray.activated.emit(activation)
    with qtbot.waitSignal(tray.open_requested, timeout=1000):
        tray.messageClicked.emit()
    with qtbot.assertNotEmitted(tray.open_requested):
        tray.activated.emit(reason.Context)  # the menu opens instead


def test_without_a_tray_the_icon_stays_hidden_and_says_so(tray: TrayIcon) -> None:
    assert not tray_available()  # the offscreen platform has none
    tray.set_wanted(True)
    assert not tray.isVisible()
    assert not tray.can_notify()
    assert tray.notify("Time for a routine", "Whenever you are ready.") is False


def test_notify_shows_a_message_from_a_visible_icon(
    tray: TrayIcon, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Really showing the icon offscreen makes Qt warn, so its visibility is faked.
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(TrayIcon, "isVisible", lambda self: True)
    monkeypatch.setattr(
        TrayIcon, "showMessage", lambda self, title, text, *rest: shown.append((title, text))
    )
    assert tray.notify("Time for a routine", "Whenever you are ready.") is True
    assert shown == [("Time for a routine", "Whenever you are ready.")]
