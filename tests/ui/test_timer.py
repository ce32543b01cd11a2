"""The hold timer card, driven by a fake clock: no test waits for real time to pass."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupress_gui.core.history import HistoryStore, Side
from acupress_gui.ui.common import questions
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.cue_player import Cue, CuePlayer
from acupress_gui.ui.timer.timer_card import CUSTOM
from tests.core.fake_clock import FakeClock
from tests.ui.conftest import StoredSettings


def advance(window: DesktopWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.view.driver.poll()


@pytest.fixture
def cues(monkeypatch: pytest.MonkeyPatch) -> list[Cue]:
    played: list[Cue] = []
    monkeypatch.setattr(CuePlayer, "play", lambda self, cue: played.append(cue))
    return played


def saved(history_file: Path) -> list:
    with HistoryStore.open(history_file) as store:
        return [session.record for session in reversed(store.recent(100))]


def test_start_pause_resume_and_finish(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path, cues: list[Cue]
) -> None:
    card = window.view.timer_card
    assert not card.start_button.isEnabled()  # nothing to time yet
    window.view.select_entry("wind-pool")
    assert card.dial.text() == "1:00"
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert card.phase_label.text() == "Press and hold"
    assert not card.duration.isEnabled() and not card.sets.isEnabled()  # locked

    advance(window, clock, 20)
    assert card.dial.text() == "0:40"
    qtbot.mouseClick(card.pause_button, Qt.MouseButton.LeftButton)
    assert card.pause_button.text() == "Resume"
    advance(window, clock, 300)
    assert card.dial.text() == "0:40"  # a pause loses nothing
    qtbot.mouseClick(card.pause_button, Qt.MouseButton.LeftButton)
    advance(window, clock, 39.5)
    assert card.dial.text() == "0:01"
    advance(window, clock, 0.5)

    assert card.phase_label.text() == "Done"
    assert cues == [Cue.DONE]
    assert card.duration.isEnabled() and card.start_button.isEnabled()
    [record] = saved(history_file)
    assert (record.entry_id, record.point_codes, record.side) == ("wind-pool", ("GB20",), Side.BOTH)
    assert (record.planned_seconds, record.held_seconds, record.completed) == (60, 60, True)
    assert record.started_at == clock.wall() - timedelta(seconds=360)


def test_stop_early_saves_the_seconds_held(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    window.view.select_entry("sea-of-vitality")
    window.view.timer_card.request_start()
    advance(window, clock, 12.25)
    qtbot.mouseClick(window.view.timer_card.stop_button, Qt.MouseButton.LeftButton)
    assert window.view.timer_card.phase_label.text() == "Stopped"
    [record] = saved(history_file)
    assert record.point_codes == ("BL23", "BL52")
    assert (record.held_seconds, record.completed) == (12.25, False)


def test_one_side_then_the_other_with_cues_that_work_without_sound(
    window: DesktopWindow, clock: FakeClock, history_file: Path, cues: list[Cue]
) -> None:
    card = window.view.timer_card
    window.view.select_entry("commanding-middle")
    card.sides.setCurrentIndex(card.sides.findText("One side, then the other"))
    card.duration.setCurrentIndex(card.duration.findData(30))
    card.request_start()
    assert card.phase_label.text() == "Press and hold: your right side"
    advance(window, clock, 30)
    assert card.phase_label.text() == "Switch to your left side"
    assert cues == [Cue.SWITCH]
    assert card.dial.highlighted()  # the visual cue, for when the sound is off
    advance(window, clock, 5)
    assert card.phase_label.text() == "Press and hold: your left side"
    advance(window, clock, 30)
    assert [r.side for r in saved(history_file)] == [Side.RIGHT, Side.LEFT]
    assert cues == [Cue.SWITCH, Cue.DONE]


def test_sets_show_progress_and_rest(
    window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    card = window.view.timer_card
    window.view.select_entry("heavenly-pillar")
    card.duration.setCurrentIndex(card.duration.findData(CUSTOM))
    card.custom_seconds.setValue(10)
    card.sets.setValue(2)
    card.request_start()
    assert card.entry_label.text() == "Heavenly Pillar \u00b7 set 1 of 2"
    advance(window, clock, 10)
    assert card.phase_label.text() == "Rest"
    advance(window, clock, 15)
    assert card.entry_label.text() == "Heavenly Pillar \u00b7 set 2 of 2"
    advance(window, clock, 10)
    assert [(r.set_number, r.held_seconds) for r in saved(history_file)] == [(1, 10), (2, 10)]


def test_choices_are_remembered(
    make_window: Callable[[], DesktopWindow], stored_settings: StoredSettings
) -> None:
    window = make_window()
    card = window.view.timer_card
    card.duration.setCurrentIndex(card.duration.findData(120))
    card.sets.setValue(3)
    card.sides.setCurrentIndex(1)
    card.sound_button.setChecked(False)
    on_disk = json.loads(stored_settings.path.read_text())  # saved at once, not only at exit
    assert (on_disk["hold_seconds"], on_disk["hold_sets"], on_disk["muted"]) == (120, 3, True)
    window.close()

    reopened = make_window()
    again = reopened.view.timer_card
    assert again.duration.currentData() == 120
    assert again.sets.value() == 3
    assert again.sides.currentIndex() == 1
    assert not again.sound_button.isChecked()
    assert again.dial.text() == "2:00"


def test_space_and_escape_work_inside_the_card(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Space)
    assert window.view.driver.is_running()
    qtbot.keyClick(card, Qt.Key.Key_Space)
    assert window.view.driver.timer.paused
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert not window.view.driver.is_running()
    assert saved(history_file)[0].completed is False


def test_choosing_another_entry_mid_hold_asks_first(
    window: DesktopWindow, clock: FakeClock, history_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    asked: list[str] = []

    def answer(parent, title, text, yes, no, answered) -> None:
        asked.append(text)
        answered(answers.pop(0))

    monkeypatch.setattr(questions, "confirm", answer)
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    advance(window, clock, 5)

    window.view.select_entry("sacral-points")  # "Keep holding"
    assert "Wind Pool" in asked[0]
    assert window.view.driver.is_running()
    assert window.view.point_panel.entry().id == "wind-pool"
    assert {m.entry.id for m in window.view.body_map.markers() if m.highlighted} == {"wind-pool"}

    window.view.select_entry("sacral-points")  # "Stop the hold"
    assert not window.view.driver.is_running()
    assert window.view.point_panel.entry().id == "sacral-points"
    assert saved(history_file)[0].held_seconds == 5


def test_breathing_circle_moves_unless_motion_is_reduced(
    window: DesktopWindow, clock: FakeClock
) -> None:
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    card.request_start()
    advance(window, clock, 1)
    assert card.breath_label.text() == "Breathe in"
    first = card.dial.fullness()
    advance(window, clock, 1)
    assert card.dial.fullness() > first
    advance(window, clock, 3)
    assert card.breath_label.text() == "Breathe out"

    window.reduce_motion_action.trigger()
    still = card.dial.fullness()
    advance(window, clock, 1.5)
    assert card.dial.fullness() == still
    assert card.breath_label.text() == "Breathe out"  # the words still guide


def test_closing_mid_hold_saves_it_as_stopped_early(
    window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    advance(window, clock, 7)
    window.close()
    assert [(r.held_seconds, r.completed) for r in saved(history_file)] == [(7, False)]


def test_the_window_draws_in_every_timer_state(
    window: DesktopWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Painting runs every widget's paint code; an error there fails this test."""
    monkeypatch.setattr(questions, "confirm", lambda *args, answered, **kwargs: answered(True))
    window.grab()
    window.view.select_entry("commanding-middle")
    card = window.view.timer_card
    card.sides.setCurrentIndex(1)
    card.sets.setValue(2)
    card.request_start()
    for seconds in (0, 10, 55, 15, 2, 60, 15):  # hold, switch, hold, rest, ...
        advance(window, clock, seconds)
        image = window.grab().toImage()
        assert not image.isNull()
    window.view.driver.pause()
    window.grab()
    window.view.driver.stop()
    window.grab()
    window.view.show_history()
    window.view.history_panel().grab()
