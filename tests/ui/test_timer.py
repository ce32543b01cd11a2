"""The hold timer card, driven by a fake clock: no test waits for real time to pass."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.core.history import HistoryStore, HoldOutcome, Side
from acupress_gui.core.preferences import PersonPreferences
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


def test_the_dial_keeps_the_cards_colour_through_the_last_cue(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock
) -> None:
    """The dial paints its own background: a white square in an amber card would show."""
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    card.duration.setCurrentIndex(card.duration.findData(30))
    card.request_start()
    advance(window, clock, 30)  # done: the amber cue flashes
    assert card.property("cue") and card.dial.highlighted()
    window.view.select_entry("heavenly-pillar")  # the next point, while it still flashes
    assert card.dial.highlighted()
    qtbot.waitUntil(lambda: not card.property("cue"), timeout=3000)
    assert not card.dial.highlighted()


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


class PaintCounter(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def next_change(window: DesktopWindow) -> QTimer:
    """The driver's single-shot: the next whole second, or the step's end."""
    return window.view.driver.findChild(QTimer, "nextChange")


def next_redraw(window: DesktopWindow) -> QTimer:
    """The card's own single-shot, between the driver's seconds."""
    return window.view.timer_card.findChild(QTimer, "nextRedraw")


def test_with_reduced_motion_the_dial_repaints_only_when_the_digits_change(
    qapp: QApplication, window: DesktopWindow, clock: FakeClock
) -> None:
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    card.set_reduced_motion(True)
    card.request_start()
    # Twice: the stylesheet restyles the buttons that start disables, and the card is
    # laid out (and drawn at 1:00) on the turn after.
    qapp.processEvents()
    qapp.processEvents()
    paints = PaintCounter(card.dial)
    words = [card.breath_label.text()]
    for _ in range(round(59.5 * 30)):  # a minute, polled 30 times a second
        advance(window, clock, 1 / 30)
        qapp.processEvents()
        if card.breath_label.text() != words[-1]:
            words.append(card.breath_label.text())
    assert card.dial.text() == "0:01"
    assert paints.count == 59  # 0:59 to 0:01, and nothing in between
    assert words == ["Breathe in", "Breathe out"] * 6  # the words still turn
    assert not next_redraw(window).isActive()  # each turn falls on a second here


def test_the_driver_wakes_at_each_whole_second_of_the_countdown(
    window: DesktopWindow, clock: FakeClock
) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.set_reduced_motion(True)
    window.view.timer_card.request_start()
    assert next_change(window).isActive()
    assert next_change(window).interval() == 1000
    advance(window, clock, 0.3)
    assert next_change(window).interval() == 700
    window.view.driver.pause()
    assert not next_change(window).isActive() and not next_redraw(window).isActive()


def test_with_reduced_motion_the_words_turn_on_time_between_two_seconds(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock
) -> None:
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    card.set_reduced_motion(True)
    card.request_start()
    advance(window, clock, 1)
    card.toggle_pause()
    advance(window, clock, 0.5)  # the seconds now fall half-way between the turns
    card.toggle_pause()
    advance(window, clock, 2)  # 3.5 s into the breath, 1 s before the next second
    assert card.breath_label.text() == "Breathe in"
    assert next_redraw(window).interval() == 500
    clock.advance(0.5)
    with qtbot.waitSignal(next_redraw(window).timeout, timeout=2000):
        pass
    assert card.breath_label.text() == "Breathe out"
    assert card.dial.text() == "0:57"


def test_the_circle_and_the_ring_are_redrawn_each_time_one_has_moved_a_pixel(
    window: DesktopWindow, clock: FakeClock
) -> None:
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    card.duration.setCurrentIndex(card.duration.findData(CUSTOM))
    card.custom_seconds.setValue(600)  # the ring moves slowly: the circle leads
    card.request_start()
    circle_px, ring_px = card.dial.motion_pixels()
    waits = []
    for start in (2.0, 0.05, 4.5):  # mid-breath in, just after a turn, early breath out
        advance(window, clock, (start - (clock.now - 1000)) % 10)  # a breath is 10 s
        wait = next_redraw(window).interval() / 1000
        fullness, share_left = card.dial.fullness(), card.dial.share_left()
        clock.advance(wait)
        next_redraw(window).timeout.emit()
        assert abs(card.dial.fullness() - fullness) * circle_px == pytest.approx(1, abs=0.05)
        assert abs(card.dial.share_left() - share_left) * ring_px < 1
        waits.append(wait)
    assert 0.04 <= waits[0] < 0.1 and waits[1] > 4 * waits[0]  # slow at the turns

    window.view.driver.stop()
    card.custom_seconds.setValue(10)  # a ring that moves 50 pixels a second
    card.request_start()
    assert next_redraw(window).interval() == 40  # 25 frames a second at most


def test_a_hidden_window_wakes_only_to_end_the_step_and_shows_the_right_time_again(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, cues: list[Cue]
) -> None:
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    card.request_start()
    advance(window, clock, 3.25)
    window.hide()  # as closing to the tray does
    assert not next_redraw(window).isActive()
    assert next_change(window).interval() == 56750  # the hold's end, and nothing before
    clock.advance(40)  # no wakeup in between
    window.show()
    qtbot.waitExposed(window)
    assert card.dial.text() == "0:17"
    assert card.breath_label.text() == "Breathe in"  # 43.25 s: a new breath began at 40
    assert next_change(window).interval() == 750  # 16.75 s left: 0:16 in 0.75 s
    assert next_redraw(window).isActive()


def test_a_minimized_window_does_not_draw_the_breathing_circle(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock
) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    window.showMinimized()
    qtbot.waitUntil(lambda: not next_redraw(window).isActive())
    advance(window, clock, 10)
    assert not next_redraw(window).isActive()
    window.showNormal()
    qtbot.waitUntil(lambda: next_redraw(window).isActive())
    assert window.view.timer_card.dial.text() == "0:50"


def test_by_default_a_hold_starts_after_time_to_find_the_spot_with_its_own_cue(
    qtbot: QtBot,
    make_window: Callable[[], DesktopWindow],
    stored_settings: StoredSettings,
    clock: FakeClock,
    cues: list[Cue],
) -> None:
    stored_settings.change(position_seconds=PersonPreferences().position_seconds)
    window = make_window()
    card = window.view.timer_card
    window.view.select_entry("sacral-points")
    assert card.position_seconds.value() == 10
    assert card.breath_label.text() == "After Start: 10 s to find the spot."
    card.request_start()
    assert card.phase_label.text() == "Find the spot\u2026"
    assert card.dial.text() == "0:10"
    assert card.breath_label.text() == "Get into position"
    advance(window, clock, 10)
    assert card.phase_label.text() == "Press and hold"
    assert cues == [Cue.PRESS]
    assert not card.position_seconds.isEnabled()  # locked while the hold runs


def test_closing_the_window_mid_hold_saves_it_as_stopped_by_quitting(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    advance(window, clock, 8)
    window.close()
    [record] = saved(history_file)
    assert (record.held_seconds, record.completed, record.outcome) == (8, False, HoldOutcome.QUIT)
