"""File ▸ Export history: the person picks a file, gets a CSV and a plain confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupress_gui.core.export import COLUMNS, read_csv
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.reading_dialog import ReadingDialog
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from tests.core.fake_clock import FakeClock


def test_export_from_the_menu(
    window: DesktopWindow, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    clock.advance(60)
    window.view.driver.poll()

    target = tmp_path / "export.csv"
    told: list[str] = []
    monkeypatch.setattr(
        questions,
        "choose_save_path",
        lambda parent, title, suggested, kinds, chosen: chosen(target),
    )
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: told.append(text))
    window.export_action.trigger()
    [session] = list(read_csv(target))
    assert session.record.entry_id == "wind-pool"
    assert told == [f"Saved to {target}. Holds exported: 1."]


def test_cancelling_the_file_dialog_writes_nothing(
    window: DesktopWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(questions, "choose_save_path", lambda *args, **kwargs: None)
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: told.append(text))
    window.export_action.trigger()
    assert told == []
    assert list(tmp_path.glob("*.csv")) == []


def test_help_explains_each_column_of_the_exported_file(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    [action] = [a for a in help_menu.actions() if "xported history" in a.text()]
    action.trigger()
    [dialog] = window.findChildren(ReadingDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "What the exported history holds"
    assert "{columns}" not in dialog.text_label.text()
    assert [label.text() for label in dialog.term_names] == list(COLUMNS)
    notes = dict(zip(COLUMNS, (label.text() for label in dialog.term_notes), strict=True))
    assert (
        notes["side"]
        == "The side of your body: \u201cboth\u201d, \u201cright\u201d or \u201cleft\u201d."
    )
    assert dialog.text_area.focusPolicy() & Qt.FocusPolicy.TabFocus  # scrolled with the keys
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
