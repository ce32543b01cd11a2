"""What the window says when the history file is read-only or vanishes while open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from acupress_gui.core.history import HistoryRecorder, HistoryStore
from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.common import questions
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from tests import qt_translations
from tests.core.fake_clock import FakeClock
from tests.core.history_records import hold

READ_ONLY = (
    "The session history {path} can only be read: the file or its folder is read-only, so new "
    "holds cannot be saved there."
)
NOT_SAVED = "The session history {path} cannot be saved: the file or its folder is read-only."


def hold_once(window: DesktopWindow, clock: FakeClock, entry_id: str = "wind-pool") -> None:
    window.view.select_entry(entry_id)
    window.view.timer_card.request_start()
    clock.advance(60)
    window.view.driver.poll()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: said.append((title, text)))
    return said


class TestReadOnly:
    @pytest.fixture
    def recorder(self, paths: AppPaths) -> Iterator[HistoryRecorder]:
        """A history written before, now on a folder where only reading works."""
        path = paths.history_file
        path.parent.mkdir(parents=True)
        with HistoryStore.open(path) as store:
            store.add(hold())

        def reading_only(database: Any, **options: Any) -> sqlite3.Connection:
            if "mode=ro" not in str(database):  # as SQLite fails on a folder it cannot write
                return sqlite3.connect(path.parent / "missing" / path.name, **options)
            return sqlite3.connect(database, **options)

        recorder = HistoryRecorder(lambda: HistoryStore.open(path, connect=reading_only))
        yield recorder
        recorder.close()

    def test_the_old_holds_are_shown_and_the_window_says_nothing_new_is_saved(
        self, window: DesktopWindow, clock: FakeClock
    ) -> None:
        window.view.retry_history()
        banner = window.view.history_banner
        assert banner.isVisibleTo(window)
        assert "can be read, but new holds cannot be saved" in banner.text.text()
        window.view.show_history()
        assert window.view.history_panel().model.rowCount() == 1

        hold_once(window, clock)  # kept in memory, and counted
        assert "Holds not saved yet: 1." in banner.text.text()
        assert window.close()  # quitting never waits on it

    def test_why_is_said_in_the_persons_language(
        self,
        qapp: QApplication,
        window: DesktopWindow,
        clock: FakeClock,
        tmp_path: Path,
        history_file: Path,
    ) -> None:
        """The history's reasons are the core's, translated when the window shows them."""
        qm = qt_translations.write_qm(
            {
                ("history", READ_ONLY): "El historial {path} solo se puede leer.",
                ("history", NOT_SAVED): "No se puede guardar el historial {path}: solo lectura.",
            },
            "es",
            tmp_path,
        )
        translator = QTranslator()
        assert translator.load(str(qm))
        qapp.installTranslator(translator)
        try:
            window.view.retry_history()
            banner = window.view.history_banner.text.text()
            assert f"El historial {history_file} solo se puede leer." in banner
            hold_once(window, clock)
            banner = window.view.history_banner.text.text()
            assert f"No se puede guardar el historial {history_file}: solo lectura." in banner
        finally:
            qapp.removeTranslator(translator)


def test_a_history_file_deleted_while_open_is_said_and_nothing_after_is_lost(
    window: DesktopWindow,
    clock: FakeClock,
    history_file: Path,
    told: list[tuple[str, str]],
) -> None:
    hold_once(window, clock)
    history_file.unlink()
    hold_once(window, clock, "heavenly-pillar")
    [(title, text)] = told
    assert title == "Your history file went missing"
    assert "Traceback" not in text and text.endswith(".")
    with HistoryStore.open(history_file) as store:
        assert [s.record.entry_id for s in store.recent(10)] == ["heavenly-pillar"]
