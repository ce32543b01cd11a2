"""What a screen reader and a keyboard find: a name for every control of the window and
of each dialog, Tab reaching each control and coming round, Esc closing each dialog, and
the timer telling each step of a hold once (never each second)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.bootstrap.composition import Services, build_services
from acupress_gui.core.history import HistoryRecorder
from acupress_gui.core.hold_choices import SideMode
from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.common import announcements
from acupress_gui.ui.common.first_run_notice import FirstRunNotice
from acupress_gui.ui.common.theme import LIGHT
from acupress_gui.ui.handout.handout_dialog import HandoutDialog
from acupress_gui.ui.reminders.reminders_dialog import RemindersDialog
from acupress_gui.ui.shell.about_dialog import AboutDialog
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.shell.shortcuts_dialog import ShortcutsDialog
from acupress_gui.ui.sitting.routine_editor_dialog import RoutineEditorDialog
from acupress_gui.ui.timer.sound_speech_dialog import SoundSpeechDialog
from tests.core.fake_clock import FakeClock
from tests.ui.accessibility import closes_on_escape, reader_description, reader_name, usable
from tests.ui.conftest import StoredSettings
from tests.ui.fake_speech import FakeSpeechEngine


@pytest.fixture
def stored_settings(stored_settings: StoredSettings) -> StoredSettings:
    stored_settings.change(may_be_pregnant=False)  # a routine starts without the question
    return stored_settings


@pytest.fixture
def make_services(
    paths: AppPaths,
    stored_settings: StoredSettings,
    recorder: HistoryRecorder,
    clock: FakeClock,
) -> Callable[[], Services]:
    """The Sound and speech dialog looks for a speech engine: a fake one, not a process."""
    speech = FakeSpeechEngine(clock)

    def make() -> Services:
        return build_services(paths, LIGHT, clock=clock, recorder=recorder, speech=speech)  # type: ignore[arg-type]

    return make


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    heard: list[str] = []
    monkeypatch.setattr(announcements, "announce", lambda source, text: heard.append(text))
    return heard


def advance(window: DesktopWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.view.driver.poll()


def opened(window: QWidget, kind: type[QDialog]) -> QDialog:
    [dialog] = [d for d in window.findChildren(kind) if d.isVisible()]
    return dialog


# --- the main window ------------------------------------------------------------------


def test_the_window_reads_in_order_from_what_hurts_to_the_points_details(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    view = window.view
    usable(qtbot, window, view.finder.chips.button(None))  # nothing chosen yet
    # Tab stops at one chip; the description says how to reach the others.
    assert "arrow keys" in reader_description(view.finder.chips.button(None))
    view.select_entry("sea-of-vitality")  # a pair, and several spots: every choice open
    card = view.timer_card
    assert usable(qtbot, window, view.finder.chips.button(None)) == [
        view.finder.chips.button(None),
        view.finder.search_field,
        view.entry_list,
        view.body_map,
        card.start_button,
        card.sound_button,
        card.duration,
        card.sets,
        card.sides,
        card.press_order,
        card.position_seconds,
        view.start_routine_button,
        view.choose_routine_button,
        view.point_panel,
    ]


def test_the_banners_buttons_come_where_the_banners_are(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    view = window.view
    view.offer_routine()
    view.red_flag_banner.show()
    visited = usable(qtbot, window, view.finder.chips.button(None))
    order = [
        *view.reminder_banner.buttons(),
        view.start_routine_button,
        view.choose_routine_button,
        *view.red_flag_banner.buttons(),
        view.point_panel,
    ]
    assert visited[-len(order) :] == order


def test_a_running_hold_and_a_routine_are_named_and_reached_by_tab(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock
) -> None:
    view = window.view
    view.start_routine()
    card = view.timer_card
    assert view.routine_bar.isVisible() and view.driver.is_running()
    visited = usable(qtbot, window, view.finder.chips.button(None))
    # The choices are locked while the hold runs; the routine's strip comes after the card.
    assert visited[visited.index(card.pause_button) :][:5] == [
        card.pause_button,
        card.stop_button,
        card.sound_button,
        view.routine_bar.skip_button,
        view.routine_bar.stop_button,
    ]
    assert reader_name(card) == "Hold timer"
    assert reader_name(card.dial) == "Time left"
    assert reader_description(card.dial) == card.dial.text()
    view.routine_bar.stop_button.click()
    assert view.session_summary.isVisible()
    visited = usable(qtbot, window, view.finder.chips.button(None))
    assert view.session_summary.close_button in visited


# --- the dialogs ----------------------------------------------------------------------


def test_the_check_in_is_named_reached_by_tab_and_skipped_with_esc(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    check_in = window.view.check_in
    check_in.ask_before()
    visited = usable(qtbot, check_in)
    assert [reader_name(check_in.button(n)) for n in (0, 10)] == ["Pain 0 of 10", "Pain 10 of 10"]
    ends = [reader_description(check_in.button(n)) for n in (0, 10)]
    assert ends == ["No pain", "Worst pain imaginable"]  # what the eye reads under them
    assert all(check_in.button(n) in visited for n in range(11))
    skipped: list[bool] = []
    check_in.skipped.connect(lambda: skipped.append(True))
    assert closes_on_escape(qtbot, check_in)
    assert skipped == [True]


def test_the_routine_editor(qtbot: QtBot, window: DesktopWindow) -> None:
    window.view.choose_routine()
    editor = opened(window.view, RoutineEditorDialog)
    usable(qtbot, editor)
    assert closes_on_escape(qtbot, editor)


def test_the_history(qtbot: QtBot, window: DesktopWindow, clock: FakeClock) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    advance(window, clock, 61)
    window.history_action.trigger()
    history = window.view.history_panel()
    assert history is not None and history.table.model().rowCount() == 1
    history.table.selectRow(0)  # Delete is enabled: a row is chosen
    usable(qtbot, history)
    assert closes_on_escape(qtbot, history)


def test_the_reminders_dialog(qtbot: QtBot, window: DesktopWindow) -> None:
    window.edit_reminders()
    dialog = opened(window, RemindersDialog)
    assert isinstance(dialog, RemindersDialog)
    dialog.enabled.click()  # the times and the tray choice open up
    dialog.times.setCurrentRow(0)
    usable(qtbot, dialog)
    assert closes_on_escape(qtbot, dialog)


def test_the_sound_and_speech_dialog(qtbot: QtBot, window: DesktopWindow) -> None:
    window.sound_action.trigger()
    dialog = opened(window.view, SoundSpeechDialog)
    assert isinstance(dialog, SoundSpeechDialog)
    dialog.spoken.click()  # the voice, the volume and Try it open up
    usable(qtbot, dialog)
    assert closes_on_escape(qtbot, dialog)


@pytest.mark.parametrize(
    ("kind", "action"),
    [
        (ShortcutsDialog, "shortcuts_action"),
        (AboutDialog, "about_action"),
        (FirstRunNotice, "notice_action"),
        (HandoutDialog, "handout_action"),
    ],
)
def test_the_menus_other_dialogs(
    qtbot: QtBot, window: DesktopWindow, kind: type[QDialog], action: str
) -> None:
    getattr(window, action).trigger()
    dialog = opened(window, kind)
    usable(qtbot, dialog)
    assert closes_on_escape(qtbot, dialog)


# --- the timer's words ----------------------------------------------------------------


def test_each_step_of_a_hold_is_announced_once_and_the_seconds_never(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, said: list[str]
) -> None:
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    card.duration.setCurrentIndex(card.duration.findData(30))
    card.sides.setCurrentIndex(card.sides.findData(SideMode.ONE_THEN_OTHER.value))
    card.position_seconds.setValue(5)
    card.request_start()
    assert said == ["Find the spot\u2026. Wind Pool"]
    for _ in range(5):
        advance(window, clock, 1)
    assert said[1:] == ["Press and hold: your right side"]
    ticks = 0
    while window.view.driver.is_running() and ticks < 200:
        advance(window, clock, 1)  # each second ticks; the dial's digits change
        ticks += 1
    assert said[1:] == [
        "Press and hold: your right side",
        "Switch to your left side",
        "Press and hold: your left side",
        "Done. Release slowly. Well done.",
    ]


def test_a_hold_stopped_early_is_announced_as_such(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, said: list[str]
) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    advance(window, clock, 3)
    window.view.timer_card.stop()
    assert said == ["Press and hold", "Stopped early. The time you held is saved."]
