"""A whole routine and single holds through the window: check-ins, progress, summary, file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from acupress_gui.core.history import HistoryStore, HoldOutcome, SittingKind, StoredSession
from acupress_gui.core.hold_timer import Phase
from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.reading_dialog import ReadingDialog
from acupress_gui.ui.map.entry_list_model import selected_entry
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.sitting.routine_editor_dialog import RoutineEditorDialog
from acupress_gui.ui.sitting.session_flow import Stage
from acupress_gui.ui.timer.cue_player import CuePlayer
from tests.core.fake_clock import FakeClock
from tests.ui.conftest import StoredSettings

HOLD = 10  # the shortest hold a person can choose
LEAD_IN = 10


@pytest.fixture(autouse=True)
def silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CuePlayer, "play", lambda self, cue: None)


@pytest.fixture
def stored_settings(paths: AppPaths) -> StoredSettings:
    stored = StoredSettings(paths.settings_file)
    stored.change(
        notice_acknowledged=True,
        position_seconds=0,
        hold_seconds=HOLD,
        may_be_pregnant=False,
        routine_entries=["wind-pool", "heavenly-pillar", "sacral-points"],
    )
    return stored


def listed(*items: str) -> str:
    """A list as the locale joins it: "A, B and C" in British English."""
    return QLocale().createSeparatedList(list(items))


def saved(history_file: Path) -> list[StoredSession]:
    with HistoryStore.open(history_file) as store:
        return list(store.oldest_first())


def rate(qtbot: QtBot, window: DesktopWindow, rating: int) -> None:
    assert window.view.check_in.isVisible()
    qtbot.mouseClick(window.view.check_in.button(rating), Qt.MouseButton.LeftButton)
    assert not window.view.check_in.isVisible()


def press_through(qtbot: QtBot, window: DesktopWindow, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass on the clock and the event loop catch up with them."""
    clock.advance(seconds)
    window.view.driver.poll()
    qtbot.wait(1)  # the flow starts the next entry from the event loop


def current_title(window: DesktopWindow) -> str:
    entry = selected_entry(window.view.selection)
    return entry.title if entry else ""


def framed_on_map(window: DesktopWindow) -> bool:
    """The map is zoomed in and every marker of the selected entry is in sight."""
    view = window.view.body_map
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    codes = selected_entry(window.view.selection).codes
    markers = [m for m in view.markers() if m.point.code in codes]
    return not view.is_fitted_to_body() and all(visible.contains(m.pos()) for m in markers)


def test_a_whole_routine_from_check_in_to_summary_is_saved_as_it_happens(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    window.view.flow.lead_in_seconds = LEAD_IN
    window.view.start_routine()
    assert window.view.flow.stage is Stage.RATING_BEFORE
    assert not window.view.driver.is_running()  # nothing starts before the answer
    rate(qtbot, window, 6)

    bar = window.view.routine_bar
    assert bar.isVisible() and not window.view.routine_row.isVisible()
    assert bar.progress.text() == "Routine \u00b7 1 of 3 \u00b7 Wind Pool"
    assert current_title(window) == "Wind Pool"
    assert framed_on_map(window)
    assert window.view.driver.timer.phase is Phase.HOLDING  # no lead-in before the first
    press_through(qtbot, window, clock, HOLD)

    assert bar.progress.text() == "Routine \u00b7 2 of 3 \u00b7 Heavenly Pillar"
    assert current_title(window) == "Heavenly Pillar"
    assert framed_on_map(window)
    assert window.view.driver.timer.phase is Phase.PREPARING
    assert window.view.timer_card.phase_label.text() == "Next: find the point"
    assert len(saved(history_file)) == 1  # the first hold is on disk already
    press_through(qtbot, window, clock, LEAD_IN)
    assert window.view.driver.timer.phase is Phase.HOLDING
    press_through(qtbot, window, clock, HOLD)
    assert bar.progress.text() == "Routine \u00b7 3 of 3 \u00b7 Sacral Points"
    press_through(qtbot, window, clock, LEAD_IN + HOLD)

    assert window.view.flow.stage is Stage.RATING_AFTER
    assert not bar.isVisible()
    rate(qtbot, window, 4)
    summary = window.view.session_summary
    assert window.view.session_stack.currentWidget() is summary
    assert summary.title.text() == "Routine complete"
    assert (
        f"Done: {listed('Wind Pool', 'Heavenly Pillar', 'Sacral Points')}" in summary.details.text()
    )
    assert "Time pressing: 30 s" in summary.details.text()
    assert summary.pain.text() == "Pain 6 \u2192 4: 2 points lower."
    assert not summary.red_flags.isVisible()

    sessions = saved(history_file)
    assert [s.record.entry_id for s in sessions] == [
        "wind-pool",
        "heavenly-pillar",
        "sacral-points",
    ]
    assert all(s.record.completed and s.record.held_seconds == HOLD for s in sessions)
    sittings = {s.sitting for s in sessions}
    assert len(sittings) == 1
    (sitting,) = sittings
    assert (sitting.kind, sitting.pain_before, sitting.pain_after) == (SittingKind.ROUTINE, 6, 4)

    qtbot.mouseClick(summary.close_button, Qt.MouseButton.LeftButton)
    assert window.view.session_stack.currentWidget() is window.view.timer_card
    assert window.view.routine_row.isVisible()
    assert window.view.flow.stage is Stage.IDLE


def test_skip_back_and_stop_move_through_the_routine(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    window.view.flow.lead_in_seconds = LEAD_IN
    window.view.start_routine()
    rate(qtbot, window, 5)
    bar = window.view.routine_bar
    assert not bar.back_button.isEnabled()  # nothing before the first

    clock.advance(4)
    qtbot.mouseClick(bar.skip_button, Qt.MouseButton.LeftButton)
    assert current_title(window) == "Heavenly Pillar"
    assert bar.progress.text().startswith("Routine \u00b7 2 of 3")
    qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
    assert current_title(window) == "Wind Pool"
    press_through(qtbot, window, clock, LEAD_IN + HOLD)
    assert current_title(window) == "Heavenly Pillar"
    press_through(qtbot, window, clock, LEAD_IN + 3)
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)

    assert window.view.flow.stage is Stage.RATING_AFTER
    window.view.check_in.skip_button.click()
    summary = window.view.session_summary
    assert summary.title.text() == "Routine stopped"
    assert "Done: Wind Pool" in summary.details.text()
    assert f"Not reached: {listed('Heavenly Pillar', 'Sacral Points')}" in summary.details.text()
    assert summary.pain.text() == "Pain before: 5"
    held = [
        (s.record.entry_id, s.record.held_seconds, s.record.completed, s.record.outcome)
        for s in saved(history_file)
    ]
    assert held == [
        ("wind-pool", 4, False, HoldOutcome.SKIPPED),  # skipped part way: saved as skipped
        ("wind-pool", HOLD, True, HoldOutcome.COMPLETED),
        ("heavenly-pillar", 3, False, HoldOutcome.STOPPED),
    ]
    # The 4 s of the skipped hold are not time pressing, and it is counted as skipped.
    assert "Time pressing: 13 s" in summary.details.text()
    assert (
        "Holds: "
        + listed("1 completed", "1 stopped early", "1 skipped (not counted as time pressing)")
        in summary.details.text()
    )


def test_stop_on_the_timer_card_ends_the_routine(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock
) -> None:
    window.preferences.update(ask_pain=False)
    window.view.start_routine()
    assert window.view.flow.stage is Stage.PRESSING
    clock.advance(2)
    qtbot.mouseClick(window.view.timer_card.stop_button, Qt.MouseButton.LeftButton)
    assert window.view.flow.stage is Stage.SUMMARY  # nothing to compare, so straight on
    assert window.view.session_summary.title.text() == "Routine stopped"
    assert window.view.session_summary.pain.text() == "Pain not rated this time."


def test_a_stop_in_the_lead_in_ends_the_routine_and_saves_no_empty_hold(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    window.view.flow.lead_in_seconds = LEAD_IN
    window.view.start_routine()
    rate(qtbot, window, 3)
    press_through(qtbot, window, clock, HOLD)
    press_through(qtbot, window, clock, LEAD_IN / 2)
    assert window.view.driver.timer.phase is Phase.PREPARING
    qtbot.mouseClick(window.view.timer_card.stop_button, Qt.MouseButton.LeftButton)

    assert window.view.flow.stage is Stage.RATING_AFTER
    assert not window.view.routine_bar.isVisible()
    rate(qtbot, window, 2)
    details = window.view.session_summary.details.text()
    assert "Done: Wind Pool" in details
    assert f"Not reached: {listed('Heavenly Pillar', 'Sacral Points')}" in details
    assert "Time pressing: 10 s" in details
    held = [(s.record.entry_id, s.record.held_seconds) for s in saved(history_file)]
    assert held == [("wind-pool", HOLD)]


def test_the_pregnancy_question_comes_first_and_leaves_the_sacral_points_out(
    qtbot: QtBot,
    make_window: Callable[[], DesktopWindow],
    stored_settings: StoredSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stored_settings.change(may_be_pregnant=None, routine_entries=None, ask_pain=False)
    window = make_window()
    asked: list[RoutineEditorDialog] = []

    def answer_maybe(dialog: RoutineEditorDialog, accepted: Callable[[], None]) -> None:
        asked.append(dialog)
        ok = dialog.ok_button
        assert ok.text() == "Start routine"
        assert not ok.isEnabled()  # the question must be answered
        dialog.pregnancy.maybe_pregnant.setChecked(True)
        assert ok.isEnabled()
        dialog.accept()
        accepted()

    monkeypatch.setattr(questions, "run_dialog", answer_maybe)
    window.view.start_routine()
    assert len(asked) == 1
    assert window.view.routine_bar.progress.text() == "Routine \u00b7 1 of 4 \u00b7 Wind Pool"
    note = window.view.routine_bar.note
    assert note.isVisible()
    assert note.text() == "Left out because you may be pregnant: Sacral Points."
    assert stored_settings.person.may_be_pregnant is True  # remembered; not asked again

    window.view.flow.stop_routine()
    qtbot.mouseClick(window.view.session_summary.close_button, Qt.MouseButton.LeftButton)
    window.view.start_routine()
    assert len(asked) == 1


def test_until_the_person_chooses_the_routine_is_the_guides_five(
    make_window: Callable[[], DesktopWindow],
    stored_settings: StoredSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stored_settings.change(routine_entries=None, ask_pain=False)
    window = make_window()
    shown: list[str] = []
    offered: list[int] = []

    def look(dialog: RoutineEditorDialog, accepted: Callable[[], None]) -> None:
        shown.extend(dialog.steps.entry_ids())
        offered.append(dialog.steps.count() + dialog.available.count())
        dialog.accept()
        accepted()

    monkeypatch.setattr(questions, "run_dialog", look)
    window.view.choose_routine()
    assert offered == [29]  # every entry can be chosen
    assert shown == [
        "wind-pool",
        "heavenly-pillar",
        "sea-of-vitality",
        "sacral-points",
        "commanding-middle",
    ]
    person = stored_settings.person  # accepted as it was: still the default, saved by no name
    assert (person.routine_entries, person.current_routine, person.saved_routines) == (
        None,
        None,
        (),
    )
    window.view.start_routine()
    assert window.view.routine_bar.progress.text() == "Routine \u00b7 1 of 5 \u00b7 Wind Pool"


def test_the_points_chosen_earlier_are_kept_until_changed_and_then_saved_by_name(
    qtbot: QtBot,
    window: DesktopWindow,
    stored_settings: StoredSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def drop_the_first(dialog: RoutineEditorDialog, accepted: Callable[[], None]) -> None:
        assert dialog.steps.entry_ids() == ["wind-pool", "heavenly-pillar", "sacral-points"]
        dialog.steps.setCurrentRow(0)
        dialog.remove_button.click()
        assert dialog.name_field.text() == "My routine"
        dialog.accept()
        accepted()

    monkeypatch.setattr(questions, "run_dialog", drop_the_first)
    window.view.choose_routine()
    person = stored_settings.person
    assert person.current_routine == "My routine"
    assert [(s.name, [step.entry for step in s.steps]) for s in person.saved_routines] == [
        ("My routine", ["heavenly-pillar", "sacral-points"])
    ]
    window.view.start_routine()
    rate(qtbot, window, 5)
    assert window.view.routine_bar.progress.text() == "Routine \u00b7 1 of 2 \u00b7 Heavenly Pillar"


def test_a_single_hold_with_high_and_rising_pain_reminds_of_the_red_flags(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    window.view.select_entry("wind-pool")
    qtbot.mouseClick(window.view.timer_card.start_button, Qt.MouseButton.LeftButton)
    assert window.view.flow.stage is Stage.RATING_BEFORE
    assert not window.view.red_flag_banner.isVisible()
    rate(qtbot, window, 8)
    assert window.view.red_flag_banner.isVisible()  # a gentle note; the hold still starts
    assert window.view.driver.is_running()
    press_through(qtbot, window, clock, HOLD)
    rate(qtbot, window, 9)

    summary = window.view.session_summary
    assert summary.title.text() == "Hold done"
    assert summary.pain.text() == "Pain 8 \u2192 9: 1 point higher."
    assert summary.red_flags.isVisible()
    assert "went up" in summary.red_flags_text.text()
    (session,) = saved(history_file)
    assert session.sitting.kind is SittingKind.SINGLE
    assert (session.sitting.pain_before, session.sitting.pain_after) == (8, 9)


def test_a_single_hold_stopped_early_says_so_in_its_summary(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock
) -> None:
    window.view.select_entry("sea-of-vitality")
    window.view.timer_card.request_start()
    rate(qtbot, window, 5)
    press_through(qtbot, window, clock, 4)
    qtbot.mouseClick(window.view.timer_card.stop_button, Qt.MouseButton.LeftButton)
    rate(qtbot, window, 4)
    summary = window.view.session_summary
    assert summary.title.text() == "Hold stopped early"
    assert summary.details.text() == "Sea of Vitality: 4 s of pressing\nHolds: 1 stopped early"


def test_skipping_the_check_in_starts_the_hold_and_asks_nothing_after(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    window.view.check_in.skip_button.click()
    assert window.view.driver.is_running()
    press_through(qtbot, window, clock, HOLD)
    assert window.view.flow.stage is Stage.IDLE
    assert not window.view.check_in.isVisible()
    assert window.view.session_stack.currentWidget() is window.view.timer_card
    (session,) = saved(history_file)
    assert (session.sitting.pain_before, session.sitting.pain_after) == (None, None)


def test_the_help_explains_the_meaningful_change_and_cites_its_source(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    window.show_pain_help()
    [dialog] = window.findChildren(ReadingDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Reading your pain trend"
    text = dialog.text_label.text()
    assert "at least 2 points or by at least 30%" in text
    assert "Farrar" in text and "2001" in text
    assert "not a diagnosis" in text
    dialog.close()
