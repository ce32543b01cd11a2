"""The history window: recent holds, today's and this week's totals, delete and clear."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
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
from acupress_gui.core.history import HistoryRecorder, today_and_week_start
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.durations import format_duration
from acupress_gui.ui.history.history_table_model import HistoryTableModel


class HistoryPanel(QDialog):
    """Non-modal, so a person can keep it open beside the map while pressing."""

    def __init__(
        self,
        recorder: HistoryRecorder,
        catalog: Catalog,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setWindowTitle(self.tr("History"))
        self._recorder = recorder
        self._now = now
        self.model = HistoryTableModel(catalog, self)

        title = QLabel(self.tr("Your sessions"))
        title.setObjectName("entryTitle")
        self.totals = QLabel()
        self.totals.setObjectName("body")
        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        self.status.setWordWrap(True)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Saved holds, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 540)
        self.refresh()

    def refresh(self) -> None:
        """Read the newest holds and the totals again (after a hold, delete or clear)."""
        self._recorder.retry()
        store = self._recorder.store
        self.model.set_store(store)
        if store is None:
            self.totals.setText("")
        else:
            today, week = today_and_week_start(self._now())
            self.totals.setText(
                self.tr("Today: {today}  \u00b7  This week: {week}").format(
                    today=format_duration(store.seconds_held_since(today)),
                    week=format_duration(store.seconds_held_since(week)),
                )
            )
        empty = store is not None and self.model.rowCount() == 0  # the first page is loaded
        pending = len(self._recorder.pending)
        problem = self._recorder.last_error
        if problem:
            self.status.setText(
                self.tr("Holds not saved yet: %n ({problem})", "", pending).format(problem=problem)
            )
        elif empty:
            self.status.setText(self.tr("No holds yet. Each hold you time is saved here."))
        self.status.setVisible(bool(problem) or empty)
        self._update_buttons()

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        session = self.model.session_at(rows[0].row()) if rows else None
        store = self._recorder.store
        if session is None or store is None:
            return
        store.delete(session.id)
        self.refresh()

    def clear_all(self) -> None:
        store = self._recorder.store
        if store is None or not questions.confirm(
            self,
            self.tr("Clear all history?"),
            self.tr("This deletes every saved hold. It cannot be undone."),
            yes=self.tr("Delete everything"),
            no=self.tr("Keep my history"),
        ):
            return
        store.clear()
        self.refresh()

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.delete_button.setEnabled(self.table.selectionModel().hasSelection())
        self.clear_button.setEnabled(has_rows)
        self.table.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if has_rows else Qt.FocusPolicy.NoFocus
        )
