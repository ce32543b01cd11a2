"""A custom hold in minutes and seconds: typed as people type lengths, never clamped
without saying so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupress_gui.ui.common.duration_box import DurationBox
from acupress_gui.ui.common.durations import format_duration, parse_duration
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.timer_card import CUSTOM
from tests.ui.conftest import StoredSettings


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [
        ("90", 90),
        ("45s", 45),
        ("90 s", 90),
        ("2 min", 120),
        ("1.5 min", 90),
        ("1,5 min", 90),
        ("1:30", 90),
        ("1 min 30", 90),
        ("1m30s", 90),
        ("3 minutes", 180),
        ("1 h", 3600),
        (" 1 min 30 s ", 90),
    ],
)
def test_lengths_read_as_people_write_them(typed: str, seconds: int) -> None:
    assert parse_duration(typed) == seconds


@pytest.mark.parametrize("typed", ["", "abc", "1:75", "30 1", "2 min x", "5 days"])
def test_what_is_no_length_is_not_read_as_one(typed: str) -> None:
    assert parse_duration(typed) is None


@pytest.mark.parametrize("seconds", [10, 45, 60, 65, 90, 595, 600])
def test_every_length_shown_reads_back(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


def custom_box(window: DesktopWindow) -> DurationBox:
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    card.duration.setCurrentIndex(card.duration.findData(CUSTOM))
    box = card.custom_seconds
    assert isinstance(box, DurationBox) and box.isVisible()
    return box


def type_in(qtbot: QtBot, box: DurationBox, text: str) -> None:
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)  # typing ends, as on leaving the box


def test_too_short_becomes_the_shortest_and_says_how_to_type_minutes(
    qtbot: QtBot, window: DesktopWindow, stored_settings: StoredSettings
) -> None:
    box = custom_box(window)
    type_in(qtbot, box, "5")
    assert (box.value(), box.text()) == (10, "10 s")
    assert box.note.isVisible()
    assert box.note.text() == (
        "The shortest hold is 10 s, so 5 s became 10 s. For minutes, type \u201c5 min\u201d."
    )
    assert stored_settings.person.hold_seconds == 10
    assert window.view.timer_card.dial.text() == "0:10"


def test_the_notes_two_sentences_join_as_the_language_joins_them(
    sentences_run_on: None, qtbot: QtBot, window: DesktopWindow
) -> None:
    box = custom_box(window)
    type_in(qtbot, box, "5")
    assert box.note.text() == (
        "The shortest hold is 10 s, so 5 s became 10 s.For minutes, type \u201c5 min\u201d."
    )


def test_too_long_becomes_the_longest_and_says_what_was_read(
    qtbot: QtBot, window: DesktopWindow, stored_settings: StoredSettings
) -> None:
    box = custom_box(window)
    type_in(qtbot, box, "9999")
    assert (box.value(), box.text()) == (600, "10 min")
    assert box.note.text() == "The longest hold is 10 min, so 2 h 46 min became 10 min."
    assert stored_settings.person.hold_seconds == 600


def test_minutes_and_seconds_are_taken_and_the_note_goes_with_the_next_change(
    qtbot: QtBot, window: DesktopWindow, stored_settings: StoredSettings
) -> None:
    box = custom_box(window)
    type_in(qtbot, box, "5")
    assert box.note.isVisible()
    type_in(qtbot, box, "1:30")
    assert (box.value(), box.text()) == (90, "1 min 30 s")
    assert not box.note.isVisible()  # typing again took it away
    assert stored_settings.person.hold_seconds == 90
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Up)
    assert box.text() == "1 min 35 s"
    type_in(qtbot, box, "2 min")
    assert box.value() == 120


def test_text_that_is_no_length_keeps_the_last_one_and_says_so(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    box = custom_box(window)
    type_in(qtbot, box, "2 min")
    type_in(qtbot, box, "soon")
    assert box.value() == 120
    assert (
        box.note.text() == "\u201csoon\u201d is not a length of time. Type it as 90, 1:30 or 2 min."
    )
    window.view.timer_card.duration.setCurrentIndex(0)  # a preset: the box and note go
    assert not box.note.isVisible()


def test_the_longest_text_fits(window: DesktopWindow) -> None:
    box = custom_box(window)
    box.setValue(595)
    field = box.lineEdit()
    assert field.fontMetrics().horizontalAdvance(box.text()) <= field.width()
