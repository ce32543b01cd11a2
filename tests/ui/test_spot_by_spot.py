"""Spot by spot through the window: the lead-in, each pair and side in turn on the map,
its label on the card, its own row in the history; on the fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from acupress_gui.core.history import HistoryStore, HoldRecord, Side
from acupress_gui.core.hold_choices import PressOrder, SideMode
from acupress_gui.core.hold_timer import Phase
from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.cue_player import Cue, CuePlayer
from acupress_gui.ui.timer.elided_label import ElidedLabel
from tests.core.fake_clock import FakeClock
from tests.ui.conftest import StoredSettings

HOLD = 10
POSITION = 10
PAUSE = 10
SWITCH = 5
MOVE = 5


@pytest.fixture
def cues(monkeypatch: pytest.MonkeyPatch) -> list[Cue]:
    played: list[Cue] = []
    monkeypatch.setattr(CuePlayer, "play", lambda self, cue: played.append(cue))
    return played


@pytest.fixture
def stored_settings(paths: AppPaths) -> StoredSettings:
    stored = StoredSettings(paths.settings_file)
    stored.change(
        notice_acknowledged=True,
        ask_pain=False,
        may_be_pregnant=False,
        hold_seconds=HOLD,
        side_mode=SideMode.ONE_THEN_OTHER.value,
        press_order=PressOrder.SPOT_BY_SPOT.value,
        position_seconds=POSITION,
        routine_entries=["wind-pool", "sea-of-vitality"],
    )
    return stored


def saved(history_file: Path) -> list[HoldRecord]:
    with HistoryStore.open(history_file) as store:
        return [session.record for session in store.oldest_first()]


def highlighted(window: DesktopWindow) -> list[tuple[str, bool | None]]:
    """The dots the map picks out: each one's point code and side (True: the right)."""
    markers = window.view.body_map.markers()
    return sorted((m.point.code, m.is_persons_right) for m in markers if m.highlighted)


def wait(qtbot: QtBot, window: DesktopWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.view.driver.poll()
    qtbot.wait(1)  # the routine moves on from the event loop


def test_a_routine_steps_through_each_pair_and_side_with_the_map_showing_each(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path, cues: list[Cue]
) -> None:
    view = window.view
    card = view.timer_card
    view.start_routine()

    # Time to get into position before the first hold, the first spot already shown.
    assert view.driver.timer.phase is Phase.POSITIONING
    assert card.phase_label.text() == "Find the spot\u2026"
    assert card.dial.text() == "0:10"
    assert highlighted(window) == [("GB20", True)]
    wait(qtbot, window, clock, POSITION)
    assert card.phase_label.text() == "Press and hold: your right side"
    assert cues == [Cue.PRESS]  # the lead-in's own cue: press now
    wait(qtbot, window, clock, HOLD)
    assert highlighted(window) == [("GB20", False)]  # switching: the left side shown
    wait(qtbot, window, clock, SWITCH + HOLD)

    # The routine's pause before the next entry, then its pairs one by one.
    assert view.driver.timer.phase is Phase.PREPARING
    assert card.entry_label.text() == "Sea of Vitality"
    assert card.spot_label.full_text() == "Spot 1 of 2: Inner pair, two fingers out \u00b7 BL23"
    assert highlighted(window) == [("BL23", True)]
    shown = []
    pause_at = {card.pause_button.mapTo(window, QPoint()).y()}
    for seconds in (PAUSE, HOLD, SWITCH, HOLD, MOVE, HOLD, SWITCH):
        wait(qtbot, window, clock, seconds)
        shown.append((card.spot_label.full_text(), card.phase_label.text(), highlighted(window)))
        pause_at.add(card.pause_button.mapTo(window, QPoint()).y())
    assert len(pause_at) == 1  # the spot's line is always there: Pause never moves
    inner = "Spot 1 of 2: Inner pair, two fingers out \u00b7 BL23"
    outer = "Spot 2 of 2: Outer pair, four fingers out \u00b7 BL52"
    assert shown == [
        (inner, "Press and hold: your right side", [("BL23", True)]),
        (inner, "Switch to your left side", [("BL23", False)]),
        (inner, "Press and hold: your left side", [("BL23", False)]),
        (outer, "Move to the next spot", [("BL52", True)]),
        (outer, "Press and hold: your right side", [("BL52", True)]),
        (outer, "Switch to your left side", [("BL52", False)]),
        (outer, "Press and hold: your left side", [("BL52", False)]),
    ]
    wait(qtbot, window, clock, HOLD)

    assert view.session_summary.title.text() == "Routine complete"
    assert "Holds: 6 completed" in view.session_summary.details.text()
    # The whole entry is shown again once the holds are over.
    assert highlighted(window) == [("BL23", False), ("BL23", True), ("BL52", False), ("BL52", True)]
    assert cues.count(Cue.SWITCH) == 4  # three switches of side and one move to the next pair
    # One row per spot and side, each with the code pressed.
    assert [(r.entry_id, r.point_codes, r.side, r.completed) for r in saved(history_file)] == [
        ("wind-pool", ("GB20",), Side.RIGHT, True),
        ("wind-pool", ("GB20",), Side.LEFT, True),
        ("sea-of-vitality", ("BL23",), Side.RIGHT, True),
        ("sea-of-vitality", ("BL23",), Side.LEFT, True),
        ("sea-of-vitality", ("BL52",), Side.RIGHT, True),
        ("sea-of-vitality", ("BL52",), Side.LEFT, True),
    ]
    view.show_history()
    panel = view.history_panel()
    assert panel is not None
    model = panel.model
    assert model.index(0, 1).data() == "Sea of Vitality: Outer pair, four fingers out"
    assert model.index(5, 1).data() == "Wind Pool"
    panel.close()


def test_a_row_of_spots_is_pressed_one_by_one_and_saved_spot_by_spot(
    qtbot: QtBot,
    window: DesktopWindow,
    clock: FakeClock,
    history_file: Path,
    cues: list[Cue],
    stored_settings: StoredSettings,
) -> None:
    view = window.view
    card = view.timer_card
    card.sides.setCurrentIndex(card.sides.findData(SideMode.BOTH_AT_ONCE.value))
    card.position_seconds.setValue(0)
    view.select_entry("lumbar-jiaji")
    card.request_start()
    assert card.spot_label.full_text() == "Spot 1 of 5: Beside L5, the lowest bump \u00b7 EX-B2"
    assert len(highlighted(window)) == 2  # both sides of the first spot
    rows = []
    for _ in range(4):
        wait(qtbot, window, clock, HOLD + MOVE)
        rows.append(card.spot_label.full_text())
    assert rows[-1] == "Spot 5 of 5: Beside L1, the top bump \u00b7 EX-B2"
    wait(qtbot, window, clock, 3)
    qtbot.mouseClick(card.stop_button, Qt.MouseButton.LeftButton)
    assert [(r.point_codes, r.spot, r.completed) for r in saved(history_file)] == [
        (("EX-B2",), 1, True),
        (("EX-B2",), 2, True),
        (("EX-B2",), 3, True),
        (("EX-B2",), 4, True),
        (("EX-B2",), 5, False),
    ]
    assert stored_settings.person.position_seconds == 0  # the choices are remembered


def test_the_spots_choice_is_offered_only_where_there_are_several_and_remembered(
    qtbot: QtBot, window: DesktopWindow, stored_settings: StoredSettings
) -> None:
    view = window.view
    card = view.timer_card
    view.select_entry("wind-pool")
    assert not card.press_order.isEnabled()
    assert card.plan().spot_labels == ()
    view.select_entry("sacral-points")
    assert card.press_order.isEnabled()
    assert len(card.plan().spot_labels) == 8
    assert card.spot_label.full_text() == "8 spots, one after the other"
    card.press_order.setCurrentIndex(card.press_order.findData(PressOrder.TOGETHER.value))
    assert card.plan().spot_labels == () and card.spot_label.full_text() == ""
    assert stored_settings.person.press_order is PressOrder.TOGETHER


def test_together_a_side_at_a_time_shows_that_side_of_every_pair(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock
) -> None:
    view = window.view
    card = view.timer_card
    card.press_order.setCurrentIndex(card.press_order.findData(PressOrder.TOGETHER.value))
    card.position_seconds.setValue(0)
    view.select_entry("sea-of-vitality")
    card.request_start()
    assert highlighted(window) == [("BL23", True), ("BL52", True)]
    assert card.spot_label.full_text() == ""
    wait(qtbot, window, clock, HOLD)
    assert highlighted(window) == [("BL23", False), ("BL52", False)]


def test_a_spot_too_long_for_its_line_ends_in_an_ellipsis_and_keeps_the_line(
    qtbot: QtBot,
) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(140, label.sizeHint().height())
    height = label.sizeHint().height()
    full = "Spot 2 of 8: Outer row, beside the 2nd hole, by the dimples \u00b7 BL28"
    label.set_full_text(full)
    assert label.text().endswith("\u2026") and len(label.text()) < len(full)
    assert (label.toolTip(), label.accessibleName(), label.full_text()) == (full, full, full)
    label.set_full_text("")
    assert label.sizeHint().height() == height > 0  # empty, it keeps its line
