"""The history window: recent holds, today's and this week's totals, delete (with Undo) and clear.

Every call into the store is guarded: a history that cannot be read or changed right now is
said so in the window, never left to the generic error dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.history import (
    HistoryError,
    HistoryStore,
    HoldOutcome,
    StoredSession,
    today_and_week_start,
)
from acupress_gui.core.history_recorder import Recorder
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.banner import Banner
from acupress_gui.ui.common.core_text import error_text, translated
from acupress_gui.ui.common.durations import format_duration
from acupress_gui.ui.history.history_table_model import HistoryTableModel


class HistoryPanel(QDialog):
    """Non-modal, so a person can keep it open beside the map while pressing."""

    def __init__(
        self,
        recorder: Recorder,
        catalog: Catalog,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setWindowTitle(self.tr("History"))
        self._recorder = recorder
        self._now = now
        self._deleted: StoredSession | None = None
        """The hold deleted last, offered back by the Undo bar until another change."""
        self.model = HistoryTableModel(catalog, self)
        self.model.failed.connect(self._show_read_problem)

        title = QLabel(self.tr("Your sessions"))
        title.setObjectName("entryTitle")
        self.totals = QLabel()
        self.totals.setObjectName("body")
        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        self.status.setWordWrap(True)
        self.undo_bar = Banner("correctionCard", self.tr("Hold deleted."))
        self.undo_button = self.undo_bar.add_button(self.tr("Undo"), self.undo_delete)
        self.undo_button.setAutoDefault(False)
        self.undo_bar.add_button(self.tr("Dismiss"), self._forget_deleted, "quietButton")
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_delete)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Saved holds, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab would go round the cells for ever (a table wraps): it leaves, the arrows move.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.delete_button = QPushButton(self.tr("Delete"))
        self.clear_button = QPushButton(self.tr("Clear all\u2026"))
        close_button = QPushButton(self.tr("Close"))
        # Enter must never delete: only Close is the default button.
        for button in (self.delete_button, self.clear_button):
            button.setAutoDefault(False)
        close_button.setDefault(True)
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button.clicked.connect(self.clear_all)
        close_button.clicked.connect(self.close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.totals)
        layout.addWidget(self.status)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 540)
        self.refresh()

    def refresh(self) -> None:
        """Read the newest holds and the totals again (after a hold, delete or clear)."""
        self._recorder.retry()
        store = self._recorder.store
        try:
            self.model.set_store(store)
            self.totals.setText(self._totals(store) if store is not None else "")
        except HistoryError as error:
            self.model.set_store(None)
            self.totals.setText("")
            self._show_read_problem(error_text(error))
            return
        empty = store is not None and self.model.rowCount() == 0  # the first page is loaded
        pending = len(self._recorder.pending)
        problem = self._recorder.last_error
        if problem:
            self.status.setText(
                self.tr("Holds not saved yet: %n ({problem})", "", pending).format(
                    problem=translated(problem)
                )
            )
        elif store is not None and store.read_only:
            self.status.setText(
                self.tr(
                    "Your history can be read, but nothing can be changed or added: the file "
                    "or its folder is read-only."
                )
            )
        elif empty:
            self.status.setText(self.tr("No holds yet. Each hold you time is saved here."))
        self.status.setVisible(bool(problem) or empty or (store is not None and store.read_only))
        self._update_buttons()

    def _totals(self, store: HistoryStore) -> str:
        """Time pressed today and this week; skipped holds are counted apart, not as time."""
        today, week = today_and_week_start(self._now())
        this_week = store.totals_since(week)
        text = self.tr("Today: {today}  \u00b7  This week: {week}").format(
            today=format_duration(store.totals_since(today).pressed_seconds),
            week=format_duration(this_week.pressed_seconds),
        )
        skipped = this_week.count(HoldOutcome.SKIPPED)
        if skipped:
            text += "  \u00b7  " + self.tr("Skipped this week: %n", "", skipped)
        return text

    def delete_selected(self) -> None:
        """Delete the selected hold at once, and offer it back in the Undo bar (or Ctrl+Z)."""
        rows = self.table.selectionModel().selectedRows()
        session = self.model.session_at(rows[0].row()) if rows else None
        store = self._recorder.store
        if session is None or store is None:
            return
        try:
            store.delete(session.id)
        except HistoryError as error:
            self.refresh()
            self._show_problem(
                self.tr("The hold could not be deleted. {problem}").format(
                    problem=error_text(error)
                )
            )
            return
        self._deleted = session
        self.refresh()
        self.undo_bar.show()

    def undo_delete(self) -> None:
        """Put the hold deleted last back, with its id, its sitting and its ratings."""
        session, store = self._deleted, self._recorder.store
        if session is None or store is None:
            return
        try:
            store.restore(session)
        except HistoryError as error:
            self.refresh()
            self._show_problem(
                self.tr("The hold could not be put back. {problem}").format(
                    problem=error_text(error)
                )
            )
            return
        self._forget_deleted()
        self.refresh()

    def clear_all(self) -> None:
        """Ask first: clearing cannot be undone."""
        if self._recorder.store is None:
            return
        questions.confirm(
            self,
            self.tr("Clear all history?"),
            self.tr("This deletes every saved hold. It cannot be undone."),
            yes=self.tr("Delete everything"),
            no=self.tr("Keep my history"),
            answered=self._clear_if,
        )

    def _clear_if(self, confirmed: bool) -> None:
        store = self._recorder.store
        if not confirmed or store is None:
            return
        try:
            store.clear()
        except HistoryError as error:
            self.refresh()
            self._show_problem(
                self.tr("The history could not be cleared. {problem}").format(
                    problem=error_text(error)
                )
            )
            return
        self._forget_deleted()
        self.refresh()

    def _forget_deleted(self) -> None:
        self._deleted = None
        self.undo_bar.hide()

    def _show_read_problem(self, problem: str) -> None:
        self._show_problem(
            self.tr("The history cannot be read right now. {problem}").format(problem=problem)
        )
        self._update_buttons()

    def _show_problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        store = self._recorder.store
        changeable = store is not None and not store.read_only
        self.delete_button.setEnabled(changeable and self.table.selectionModel().hasSelection())
        self.clear_button.setEnabled(changeable and has_rows)
        self.table.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if has_rows else Qt.FocusPolicy.NoFocus
        )
