"""The points of a routine in the order they are pressed, each with its hold: reordered by
dragging, by Ctrl+Up and Ctrl+Down, or by the editor's Move up and Move down buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from acupress_gui.core.catalog import Entry, PregnancyAdvice
from acupress_gui.core.preferences import SavedStep
from acupress_gui.ui.common.durations import format_duration

STEP_MIME = "application/x-acupress-routine-step"
"""What a dragged step carries: only this list accepts it, so nothing else can drop here."""

MOVE_MODIFIER = Qt.KeyboardModifier.ControlModifier
"""Held with Up or Down, moves the current point (Ctrl; on macOS, Qt's Control is ⌘)."""
MOVE_UP_KEYS = QKeySequence(MOVE_MODIFIER | Qt.Key.Key_Up)
MOVE_DOWN_KEYS = QKeySequence(MOVE_MODIFIER | Qt.Key.Key_Down)
"""The keys as the editor's buttons name them."""

_ENTRY = Qt.ItemDataRole.UserRole
_HOLD = Qt.ItemDataRole.UserRole + 1


class RoutineStepsList(QListWidget):
    """One row per entry of the routine, numbered in order.

    A dragged row moves as the pointer passes over the others, so the new order shows
    before the drop; a drag given up (Esc, released outside) puts it back. Qt's own
    internal move is not used: it removes the source after the drop in ways that depend
    on the platform's drag, which offscreen tests cannot drive.

    Signals:
        steps_changed(): the order, the points or a hold changed.
    """

    steps_changed = Signal()

    def __init__(self, usual_seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryList")
        self.setAccessibleName(self.tr("Points in this routine, in order"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._usual_seconds = usual_seconds
        self._entries: dict[str, Entry] = {}
        self._mark_pregnancy = False
        self._dragged_row: int | None = None

    # --- contents ----------------------------------------------------------------------

    def set_steps(self, steps: Sequence[tuple[Entry, int | None]]) -> None:
        """Show these entries and holds (None: the usual hold), the first one current."""
        self.clear()
        for entry, seconds in steps:
            self._append(entry, seconds)
        self._renumber()
        self.setCurrentRow(0 if steps else -1)
        self.steps_changed.emit()

    def steps(self) -> tuple[SavedStep, ...]:
        return tuple(
            SavedStep(self.item(row).data(_ENTRY), self.item(row).data(_HOLD))
            for row in range(self.count())
        )

    def entry_ids(self) -> list[str]:
        return [self.item(row).data(_ENTRY) for row in range(self.count())]

    def add(self, entry: Entry, seconds: int | None = None) -> None:
        """Put ``entry`` at the end (a routine holds each entry once) and make it current."""
        if entry.id in self.entry_ids():
            return
        self._append(entry, seconds)
        self._renumber()
        self.setCurrentRow(self.count() - 1)
        self.steps_changed.emit()

    def remove_current(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        self.takeItem(row)
        self._renumber()
        self.setCurrentRow(min(row, self.count() - 1))
        self.steps_changed.emit()

    def current_hold(self) -> int | None:
        item = self.currentItem()
        return None if item is None else item.data(_HOLD)

    def set_current_hold(self, seconds: int | None) -> None:
        item = self.currentItem()
        if item is None or item.data(_HOLD) == seconds:
            return
        item.setData(_HOLD, seconds)
        self._renumber()
        self.steps_changed.emit()

    def set_usual_seconds(self, seconds: int) -> None:
        self._usual_seconds = seconds
        self._renumber()

    def mark_pregnancy(self, may_be_pregnant: bool) -> None:
        """Say on each row to avoid in pregnancy that the routine will leave it out."""
        self._mark_pregnancy = may_be_pregnant
        self._renumber()

    # --- moving ------------------------------------------------------------------------

    def move_current(self, offset: int) -> None:
        """Move the current row ``offset`` places (up when negative); it stays current."""
        row = self.currentRow()
        if row >= 0:
            self._move(row, max(0, min(row + offset, self.count() - 1)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & MOVE_MODIFIER
        if control and event.key() == Qt.Key.Key_Up:
            self.move_current(-1)
        elif control and event.key() == Qt.Key.Key_Down:
            self.move_current(1)
        elif event.key() == Qt.Key.Key_Delete:
            self.remove_current()
        else:
            super().keyPressEvent(event)

    def step_mime(self, row: int) -> QMimeData:
        """The data a drag of ``row`` carries."""
        mime = QMimeData()
        mime.setData(STEP_MIME, QByteArray(str(row).encode("ascii")))
        return mime

    def startDrag(self, _actions: Qt.DropAction) -> None:
        row = self.currentRow()
        if row < 0:
            return
        before = self.steps()
        drag = QDrag(self)
        drag.setMimeData(self.step_mime(row))
        if drag.exec(Qt.DropAction.MoveAction) != Qt.DropAction.MoveAction:
            self._restore(before)
        self._dragged_row = None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        row = self._row_in(event.mimeData())
        if row is None:
            event.ignore()
            return
        self._dragged_row = row
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dragged_row is None:
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint()).row()
        if target < 0:  # below the last row
            target = self.count() - 1
        if target != self._dragged_row:
            self._move(self._dragged_row, target)
            self._dragged_row = target
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._dragged_row is None:
            event.ignore()
            return
        self._dragged_row = None
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    # --- inside ------------------------------------------------------------------------

    def _row_in(self, mime: QMimeData) -> int | None:
        if not mime.hasFormat(STEP_MIME):
            return None
        text = bytes(mime.data(STEP_MIME).data()).decode("ascii", errors="replace")
        return int(text) if text.isdigit() and int(text) < self.count() else None

    def _move(self, row: int, target: int) -> None:
        if row == target:
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self._renumber()
        self.setCurrentRow(target)
        self.steps_changed.emit()

    def _restore(self, steps: tuple[SavedStep, ...]) -> None:
        if steps != self.steps():
            self.set_steps([(self._entries[step.entry], step.hold_seconds) for step in steps])

    def _append(self, entry: Entry, seconds: int | None) -> None:
        self._entries[entry.id] = entry
        item = QListWidgetItem()
        item.setData(_ENTRY, entry.id)
        item.setData(_HOLD, seconds)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | Qt.ItemFlag.ItemIsDragEnabled)
        self.addItem(item)

    def _renumber(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            entry = self._entries[item.data(_ENTRY)]
            seconds = item.data(_HOLD)
            hold = (
                self.tr("{time} (usual)").format(time=format_duration(self._usual_seconds))
                if seconds is None
                else format_duration(seconds)
            )
            text = f"{row + 1}.  {entry.title}  \u00b7  {entry.code_summary}  \u00b7  {hold}"
            if self._mark_pregnancy and entry.pregnancy is PregnancyAdvice.AVOID:
                text += "\n" + self.tr("Left out: avoided in pregnancy")
            item.setText(text)
