"""The history panel: recent holds, totals, delete, clear, and holds that cannot be saved yet."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.history import (
    HistoryRecorder,
    HistoryStore,
    HistoryUnavailableError,
    HoldOutcome,
    HoldRecord,
    Side,
    SittingKind,
    SittingRecord,
)
from acupress_gui.ui.common import questions
from acupress_gui.ui.history.history_panel import HistoryPanel
from acupress_gui.ui.shell.desktop_window import DesktopWindow

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday


def hold(entry_id: str, started: datetime, held: float, completed: bool = True) -> HoldRecord:
    return HoldRecord(entry_id, ("GB20",), Side.BOTH, 1, started, 60.0, held, completed)


@pytest.fixture
def panel(qtbot: QtBot, recorder: HistoryRecorder, catalog: Catalog) -> HistoryPanel:
    local_noon = NOW.astimezone()
    recorder.record(hold("wind-pool", local_noon - timedelta(days=9), 60))  # last week
    recorder.record(hold("sea-of-vitality", local_noon - timedelta(days=1), 90))  # this week
    recorder.record(hold("wind-pool", local_noon - timedelta(hours=1), 30, completed=False))
    recorder.record(hold("heavenly-pillar", local_noon - timedelta(minutes=5), 60))
    widget = HistoryPanel(recorder, catalog, lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def cell(panel: HistoryPanel, row: int, column: int) -> str:
    return panel.model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_newest_first_with_what_a_person_needs(panel: HistoryPanel) -> None:
    assert panel.model.rowCount() == 4
    assert [cell(panel, row, 1) for row in range(4)] == [
        "Heavenly Pillar",
        "Wind Pool",
        "Sea of Vitality",
        "Wind Pool",
    ]
    assert cell(panel, 1, 3) == "0:30"
    assert cell(panel, 1, 4) == "Stopped early"
    assert cell(panel, 0, 4) == "Completed"


def test_when_is_written_as_the_persons_locale_writes_a_date(
    qtbot: QtBot, recorder: HistoryRecorder, catalog: Catalog
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    try:
        started = datetime(2026, 11, 24, 9, 30).astimezone()  # a Tuesday, local time
        recorder.record(hold("wind-pool", started, 60))
        widget = HistoryPanel(recorder, catalog, lambda: NOW)
        qtbot.addWidget(widget)
        assert cell(widget, 0, 0) == "mar 24/11/26, 9:30"
    finally:
        QLocale.setDefault(previous)


def test_each_hold_shows_the_pain_rated_around_its_sitting(
    qtbot: QtBot, recorder: HistoryRecorder, catalog: Catalog
) -> None:
    rated = SittingRecord("a", SittingKind.ROUTINE, NOW, pain_before=6, pain_after=4)
    before_only = SittingRecord("b", SittingKind.SINGLE, NOW, pain_before=7)
    for sitting in (rated, before_only):
        recorder.record(sitting)
    recorder.record(dataclasses.replace(hold("wind-pool", NOW, 60), sitting_key="a"))
    recorder.record(dataclasses.replace(hold("sea-of-vitality", NOW, 60), sitting_key="a"))
    recorder.record(dataclasses.replace(hold("wind-pool", NOW, 60), sitting_key="b"))
    recorder.record(hold("wind-pool", NOW, 60))  # saved before sittings existed
    widget = HistoryPanel(recorder, catalog, lambda: NOW)
    qtbot.addWidget(widget)
    assert [cell(widget, row, 5) for row in range(4)] == [
        "",
        "7 \u2192 not rated",
        "6 \u2192 4",
        "6 \u2192 4",
    ]


def test_totals_for_today_and_this_week(panel: HistoryPanel) -> None:
    # Today: 30 s + 60 s. This week (from Monday): also the 90 s of yesterday.
    assert panel.totals.text() == "Today: 1 min 30 s  \u00b7  This week: 3 min"


def test_skipped_and_quit_holds_say_so_and_skipped_time_is_not_counted(
    qtbot: QtBot, recorder: HistoryRecorder, catalog: Catalog
) -> None:
    local_noon = NOW.astimezone()
    recorder.record(hold("wind-pool", local_noon - timedelta(hours=2), 60))
    skipped = dataclasses.replace(
        hold("wind-pool", local_noon - timedelta(hours=1), 6, completed=False),
        outcome=HoldOutcome.SKIPPED,
    )
    quit_ = dataclasses.replace(
        hold("wind-pool", local_noon - timedelta(minutes=5), 20, completed=False),
        outcome=HoldOutcome.QUIT,
    )
    recorder.record(skipped)
    recorder.record(quit_)
    widget = HistoryPanel(recorder, catalog, lambda: NOW)
    qtbot.addWidget(widget)
    assert [cell(widget, row, 4) for row in range(3)] == [
        "Stopped by quitting",
        "Skipped",
        "Completed",
    ]
    assert widget.totals.text() == (
        "Today: 1 min 20 s  \u00b7  This week: 1 min 20 s  \u00b7  Skipped this week: 1"
    )


def test_one_spot_of_an_entry_is_named_by_its_label(
    qtbot: QtBot, recorder: HistoryRecorder, catalog: Catalog
) -> None:
    outer = HoldRecord("sea-of-vitality", ("BL52",), Side.LEFT, 1, NOW, 60.0, 60.0, True)
    row = HoldRecord("lumbar-jiaji", ("EX-B2",), Side.BOTH, 1, NOW, 60.0, 60.0, True, spot=5)
    for record in (outer, row):
        recorder.record(record)
    widget = HistoryPanel(recorder, catalog, lambda: NOW)
    qtbot.addWidget(widget)
    assert [cell(widget, r, 1) for r in range(2)] == [
        "Huatuo's Points of the Lower Back: Beside L1, the top bump",
        "Sea of Vitality: Outer pair, four fingers out",
    ]


def test_delete_one(panel: HistoryPanel, history_file: Path) -> None:
    assert not panel.delete_button.isEnabled()
    panel.table.selectionModel().select(
        panel.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    panel.delete_button.click()
    assert panel.model.rowCount() == 3
    assert cell(panel, 0, 1) == "Wind Pool"
    with HistoryStore.open(history_file) as store:
        assert store.count() == 3


def test_clear_all_only_after_confirmation(
    panel: HistoryPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    monkeypatch.setattr(
        questions, "confirm", lambda *args, answered, **kwargs: answered(answers.pop(0))
    )
    panel.clear_button.click()
    assert panel.model.rowCount() == 4
    panel.clear_button.click()
    assert panel.model.rowCount() == 0
    assert panel.status.text() == "No holds yet. Each hold you time is saved here."
    assert not panel.clear_button.isEnabled()


def test_a_long_history_is_read_a_page_at_a_time(
    qtbot: QtBot, recorder: HistoryRecorder, catalog: Catalog
) -> None:
    for minute in range(450):
        recorder.record(hold("wind-pool", NOW - timedelta(minutes=minute), 60))
    widget = HistoryPanel(recorder, catalog, lambda: NOW)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 200
    widget.table.scrollToBottom()
    while widget.model.canFetchMore(widget.model.index(-1, -1)):
        widget.model.fetchMore(widget.model.index(-1, -1))
    assert widget.model.rowCount() == 450


def test_holds_that_cannot_be_saved_are_kept_shown_and_saved_later(
    qtbot: QtBot, make_window, monkeypatch: pytest.MonkeyPatch, history_file: Path, clock
) -> None:
    window: DesktopWindow = make_window()
    real_open = HistoryStore.open
    failing = True

    def flaky_open(path: Path, **kwargs) -> HistoryStore:
        if failing:
            raise HistoryUnavailableError(f"cannot write to {path}: read-only file system")
        return real_open(path, **kwargs)

    monkeypatch.setattr(HistoryStore, "open", flaky_open)
    window.view.retry_history()  # the window's recorder has not opened the file yet
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    clock.advance(60)
    window.view.driver.poll()
    assert window.view.history_banner.isVisibleTo(window)
    assert "read-only" in window.view.history_banner_text.text()
    assert not history_file.exists()

    failing = False
    window.view.retry_history()
    assert not window.view.history_banner.isVisibleTo(window)
    with real_open(history_file) as store:
        assert store.count() == 1


def select_row(panel: HistoryPanel, row: int) -> None:
    panel.table.selectionModel().select(
        panel.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_a_deleted_hold_comes_back_exactly_with_undo(
    qtbot: QtBot, recorder: HistoryRecorder, catalog: Catalog, history_file: Path
) -> None:
    recorder.record(SittingRecord("a", SittingKind.ROUTINE, NOW, pain_before=6, pain_after=4))
    recorder.record(dataclasses.replace(hold("wind-pool", NOW, 60), sitting_key="a"))
    recorder.record(hold("sea-of-vitality", NOW, 90))
    widget = HistoryPanel(recorder, catalog, lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    assert recorder.store is not None
    before = recorder.store.recent(10)
    assert not widget.undo_bar.isVisible()

    select_row(widget, 1)  # the rated hold: the last of its sitting
    widget.delete_button.click()
    assert widget.model.rowCount() == 1
    assert widget.undo_bar.isVisible()
    assert widget.undo_bar.text.text() == "Hold deleted."

    widget.undo_button.click()
    assert not widget.undo_bar.isVisible()
    assert recorder.store.recent(10) == before  # same ids, sitting and ratings
    assert [cell(widget, row, 5) for row in range(2)] == ["", "6 \u2192 4"]
    with HistoryStore.open(history_file) as store:
        assert store.recent(10) == before


def test_ctrl_z_undoes_the_delete(panel: HistoryPanel, qtbot: QtBot) -> None:
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    select_row(panel, 0)
    panel.delete_button.click()
    assert panel.model.rowCount() == 3
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.rowCount() == 4
    assert cell(panel, 0, 1) == "Heavenly Pillar"
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.rowCount() == 4  # nothing more to undo


def refusing(doing: str):
    def fail(*args, **kwargs):
        raise HistoryUnavailableError(
            f"The session history /data/history.sqlite3 cannot be {doing} because the disk "
            "reported a read or write error."
        )

    return fail


@pytest.mark.parametrize(
    ("operation", "said"),
    [("delete", "The hold could not be deleted."), ("clear", "The history could not be cleared.")],
)
def test_a_change_that_fails_is_said_in_the_window(
    panel: HistoryPanel, monkeypatch: pytest.MonkeyPatch, operation: str, said: str
) -> None:
    monkeypatch.setattr(questions, "confirm", lambda *args, answered, **kwargs: answered(True))
    store = panel._recorder.store
    monkeypatch.setattr(store, operation, refusing("changed"))
    select_row(panel, 0)
    (panel.delete_button if operation == "delete" else panel.clear_button).click()
    assert panel.status.isVisible()
    assert panel.status.text().startswith(said)
    assert "read or write error" in panel.status.text()
    assert panel.model.rowCount() == 4
    assert not panel.undo_bar.isVisible()


def test_a_failed_undo_keeps_the_offer_and_says_why(
    panel: HistoryPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_row(panel, 0)
    panel.delete_button.click()
    real_restore = panel._recorder.store.restore
    monkeypatch.setattr(panel._recorder.store, "restore", refusing("changed"))
    panel.undo_button.click()
    assert panel.status.text().startswith("The hold could not be put back.")
    assert panel.undo_bar.isVisible()
    monkeypatch.setattr(panel._recorder.store, "restore", real_restore)
    panel.undo_button.click()
    assert panel.model.rowCount() == 4


def test_a_history_that_cannot_be_read_is_said_in_the_window(
    panel: HistoryPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(panel._recorder.store, "recent", refusing("read"))
    panel.refresh()
    assert panel.status.text().startswith("The history cannot be read right now.")
    assert panel.model.rowCount() == 0
    assert not panel.delete_button.isEnabled()
    assert not panel.clear_button.isEnabled()


def test_a_page_that_cannot_be_read_is_said_in_the_window(
    qtbot: QtBot, recorder: HistoryRecorder, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    for minute in range(250):
        recorder.record(hold("wind-pool", NOW - timedelta(minutes=minute), 60))
    widget = HistoryPanel(recorder, catalog, lambda: NOW)
    qtbot.addWidget(widget)
    monkeypatch.setattr(recorder.store, "recent", refusing("read"))
    widget.model.fetchMore(widget.model.index(-1, -1))
    assert widget.status.text().startswith("The history cannot be read right now.")
    assert not widget.model.canFetchMore(widget.model.index(-1, -1))
    assert widget.model.rowCount() == 200


def test_a_read_only_history_is_listed_but_cannot_be_changed(
    qtbot: QtBot, catalog: Catalog, history_file: Path
) -> None:
    history_file.parent.mkdir(parents=True)
    with HistoryStore.open(history_file) as store:
        store.add(hold("wind-pool", NOW, 60))

    def read_only(database, **options):
        options["uri"] = True
        return sqlite3.connect(f"{history_file.absolute().as_uri()}?mode=ro", **options)

    recorder = HistoryRecorder(lambda: HistoryStore.open(history_file, connect=read_only))
    widget = HistoryPanel(recorder, catalog, lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() == 1
    assert "read-only" in widget.status.text()
    select_row(widget, 0)
    assert not widget.delete_button.isEnabled()
    assert not widget.clear_button.isEnabled()
    recorder.close()
