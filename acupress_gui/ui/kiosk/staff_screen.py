"""Behind the staff PIN: leave kiosk mode, restart the visitor's view, read and export the
anonymous counters, and change the idle time for this run.

The export is written to the kiosk's state folder under a name of its own, and the path
is shown: a file dialog would be a way into the computer. ``kiosk.toml`` is never
written (a kiosk image's folder is often read-only), so a new idle time lasts until the
app restarts, and the screen says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.export import ExportError, Written, write_file
from acupress_gui.core.kiosk.kiosk_config import CONFIG_NAME, MAX_IDLE_SECONDS, MIN_IDLE_SECONDS
from acupress_gui.core.kiosk.visit_counters import VisitCounters
from acupress_gui.ui.common.core_text import error_text
from acupress_gui.ui.common.flow_layout import FlowLayout

log = logging.getLogger(__name__)

IDLE_STEP_SECONDS = 30


class StaffScreen(QWidget):
    """The staff's page of the kiosk window.

    Signals:
        exit_requested(): leave kiosk mode (the only way out).
        restart_requested(): close the visitor's session and start afresh.
        back_requested(): back to the kiosk as it was.
        idle_seconds_changed(int): the idle time chosen for this run.
    """

    exit_requested = Signal()
    restart_requested = Signal()
    back_requested = Signal()
    idle_seconds_changed = Signal(int)

    def __init__(
        self,
        counters: VisitCounters,
        entry_title: Callable[[str], str],
        kiosk_folder: Path,
        state_dir: Path | None,
        idle_seconds: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._counters = counters
        self._entry_title = entry_title
        self._state_dir = state_dir
        self._idle_seconds = idle_seconds

        heading = QLabel(self.tr("Staff"))
        heading.setObjectName("kioskCardTitle")
        self.back_button = QPushButton(self.tr("Back to the kiosk"))
        self.back_button.setObjectName("kioskAction")
        self.back_button.clicked.connect(self.back_requested)
        self.restart_button = QPushButton(self.tr("Restart the visitor's screen"))
        self.restart_button.setObjectName("kioskAction")
        self.restart_button.clicked.connect(self.restart_requested)
        self.exit_button = QPushButton(self.tr("Exit kiosk mode"))
        self.exit_button.setObjectName("kioskAction")
        self.exit_button.clicked.connect(self.exit_requested)
        # Exit apart at the right end; where a language's words are long, the buttons
        # wrap onto a second line rather than squeeze.
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=16, last_to_the_right=True)
        for button in (self.back_button, self.restart_button, self.exit_button):
            flow.addWidget(button)
        actions = QHBoxLayout()
        actions.setSpacing(32)
        actions.addWidget(heading, 0, Qt.AlignmentFlag.AlignVCenter)
        actions.addWidget(buttons, 1)

        idle_heading = QLabel(self.tr("Idle time"))
        idle_heading.setObjectName("staffHeading")
        self.idle_label = QLabel()
        self.shorter_button = QPushButton("\u2212")
        self.longer_button = QPushButton("+")
        self.shorter_button.setAccessibleName(self.tr("Shorter"))
        self.longer_button.setAccessibleName(self.tr("Longer"))
        self.shorter_button.clicked.connect(lambda: self._change_idle(-IDLE_STEP_SECONDS))
        self.longer_button.clicked.connect(lambda: self._change_idle(IDLE_STEP_SECONDS))
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.shorter_button)
        idle_row.addWidget(self.idle_label)
        idle_row.addWidget(self.longer_button)
        idle_row.addStretch(1)
        idle_note = QLabel(
            self.tr(
                "For this run only: AcuPress never changes {file}, which may be read-only. "
                "To keep a new time, set idle_seconds in {path}."
            ).format(file=CONFIG_NAME, path=kiosk_folder / CONFIG_NAME)
        )
        idle_note.setWordWrap(True)

        counts_heading = QLabel(self.tr("Holds on this kiosk (anonymous counts)"))
        counts_heading.setObjectName("staffHeading")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("staffCounts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Point"), self.tr("Holds started"), self.tr("Completed")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Rows as tall as the kiosk's stylesheet makes an item, banded rather than ruled:
        # read across a wide screen, a grid's lines crowd the figures.
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(self.table.columnCount()):  # over their figures, as in the rows
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setTextAlignment(_alignment(column))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self.tr("Export as CSV"))
        self.export_button.setObjectName("kioskAction")
        self.export_button.clicked.connect(self.export)
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if state_dir is None:
            self.export_button.setEnabled(False)
            self.export_result.setText(
                self.tr("The state folder cannot be written, so the counts are kept in memory.")
            )
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.export_result, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(14)
        layout.addLayout(actions)
        layout.addWidget(idle_heading)
        layout.addLayout(idle_row)
        layout.addWidget(idle_note)
        layout.addSpacing(12)
        layout.addWidget(counts_heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(export_row)
        self._show_idle()
        self.show_counts()

    def show_counts(self) -> None:
        rows = self._counters.rows()
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for index, row in enumerate(rows):
            cells = (
                row.day.isoformat(),  # as in the export: no day-month order to guess
                self._entry_title(row.entry_id),
                locale.toString(row.started),
                locale.toString(row.completed),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(_alignment(column))
                self.table.setItem(index, column, item)

    def export_path(self) -> Path | None:
        if self._state_dir is None:
            return None
        return self._state_dir / f"kiosk-counters-{self._counters.today().isoformat()}.csv"

    def export(self) -> None:
        """Write the counts as CSV into the state folder and say where."""
        target = self.export_path()
        if target is None:
            return
        try:
            write_file(
                target,
                self._counters.as_csv().encode("utf-8"),
                protected=(),
                what=Written.COUNTS,
            )
        except ExportError as error:
            log.warning("Kiosk counters not exported: %s", error)
            self.export_result.setText(error_text(error))
            return
        log.info("Kiosk counters exported to %s", target)
        self.export_result.setText(self.tr("Saved to {path}").format(path=target))

    def idle_seconds(self) -> int:
        return self._idle_seconds

    def _change_idle(self, step: int) -> None:
        seconds = min(MAX_IDLE_SECONDS, max(MIN_IDLE_SECONDS, self._idle_seconds + step))
        if seconds != self._idle_seconds:
            self._idle_seconds = seconds
            self._show_idle()
            self.idle_seconds_changed.emit(seconds)

    def _show_idle(self) -> None:
        self.idle_label.setText(
            self.tr("Start again after %n seconds without a touch", "", self._idle_seconds)
        )
        self.shorter_button.setEnabled(self._idle_seconds > MIN_IDLE_SECONDS)
        self.longer_button.setEnabled(self._idle_seconds < MAX_IDLE_SECONDS)


def _alignment(column: int) -> Qt.AlignmentFlag:
    """The day and the point read from the start of the line, the counts line up right."""
    side = Qt.AlignmentFlag.AlignRight if column >= 2 else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignVCenter
