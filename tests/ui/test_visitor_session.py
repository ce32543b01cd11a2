"""A visitor's session ends cleanly and a fresh one takes its place, the window staying up."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import Complaint
from acupress_gui.core.history import HistoryStore, HoldOutcome
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.visitor.visitor_start import VisitorStart
from tests.core.fake_clock import FakeClock


def _deleted_later() -> None:
    """Run the deletions Qt deferred, as the event loop would shortly after."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _dialogs() -> list[QDialog]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QDialog)]


def test_a_new_visitor_starts_afresh_and_nothing_of_the_last_one_remains(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, history_file: Path
) -> None:
    old = window.session
    view = old.view
    view.select_entry("wind-pool")
    view.body_map.zoom_to_selected()
    view.timer_card.request_start()
    clock.advance(5)
    view.driver.poll()
    view.show_history()
    view.show_insights()
    view.select_entry("sacral-points")  # a hold runs: the real question opens
    assert any(isinstance(d, QMessageBox) and d.isVisible() for d in _dialogs())
    qtbot.waitUntil(lambda: not window.view.insights_view().is_loading())

    session_ref = weakref.ref(old)
    view_ref = weakref.ref(view)
    del old, view
    window.replace_session(VisitorStart())
    _deleted_later()

    assert window.isVisible()
    assert session_ref() is None and view_ref() is None
    assert _dialogs() == []
    assert not [t for t in threading.enumerate() if t.name.startswith("insights")]
    with HistoryStore.open(history_file) as store:
        [hold] = store.recent(10)
    record = hold.record
    # The session's end stopped it: saved as stopped by quitting, not by the person.
    assert (record.entry_id, record.held_seconds, record.completed, record.outcome) == (
        "wind-pool",
        5,
        False,
        HoldOutcome.QUIT,
    )
    fresh = window.view
    assert fresh.selected_entry_id() is None
    assert fresh.body_map.is_fitted_to_body()
    assert not fresh.driver.is_running()
    assert fresh.timer_card.isVisibleTo(window)


def test_a_continued_session_keeps_the_selection_the_zoom_and_the_search(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    window.view.finder.chips.choose(Complaint.LOW_BACK_PAIN)
    window.view.finder.search_field.setText("vitality")
    window.view.select_entry("sea-of-vitality")
    window.view.body_map.zoom_to_selected()
    before = window.view.body_map.frame()
    shown = window.view.finder.shown_rows()
    window.replace_session()  # as a language change does
    _deleted_later()
    view = window.view
    assert view.selected_entry_id() == "sea-of-vitality"
    assert view.point_panel.entry().id == "sea-of-vitality"
    qtbot.waitUntil(lambda: view.body_map.frame() == before)
    assert view.finder.chips.complaint() is Complaint.LOW_BACK_PAIN
    assert view.finder.search_field.text() == "vitality"
    assert view.finder.shown_rows() == shown


def test_questions_and_dialogs_are_deleted_once_answered(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    """Ten rounds of every dialog the window opens leave none behind."""
    for _ in range(10):
        window.view.choose_routine()
        window.edit_reminders()
        window.view.show_notice()
        window.show_pain_help()
        for dialog in _dialogs():
            if dialog.isVisible():
                dialog.reject()
        _deleted_later()
    assert _dialogs() == []
