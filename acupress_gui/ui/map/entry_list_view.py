"""The list of points beside the map: every entry, under its region's heading.

It is the keyboard and screen-reader way to every entry, and a second way for the
mouse: pointing at a row (or moving to it with the keyboard) shows that entry's dots
on the map, and pointing at a dot on the map marks its row here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyleOptionViewItem, QWidget

from acupress_gui.core.catalog import Region
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.map.entry_list_delegate import EntryListDelegate
from acupress_gui.ui.map.entry_list_model import EntryListModel
from acupress_gui.ui.map.row_sizes import RowSizes

_BACKWARD = (
    QAbstractItemView.CursorAction.MoveUp,
    QAbstractItemView.CursorAction.MovePageUp,
    QAbstractItemView.CursorAction.MovePrevious,
    QAbstractItemView.CursorAction.MoveLeft,
    QAbstractItemView.CursorAction.MoveEnd,
)
"""Keys that move up the list (End lands on the last row; a heading there steps up)."""


class EntryListView(QListView):
    """A list whose heading rows the keyboard steps over and a click ignores.

    Signals:
        entry_pointed(object): the id of the entry pointed at here (the row under the
            mouse, else the current row while the list has the focus), or None.
    """

    entry_pointed = Signal(object)

    def __init__(
        self,
        model: EntryListModel,
        theme: Theme,
        row_sizes: RowSizes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._entries = model
        self._pointed_from_map: str | None = None
        self._under_mouse: str | None = None
        self._pointed: str | None = None
        self.setModel(model)
        self.setItemDelegate(EntryListDelegate(theme, self._is_pointed_from_map, row_sizes, self))
        self.setMouseTracking(True)

    # --- headings ------------------------------------------------------------------

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Where a key moves the current row: as in any list, but never onto a heading."""
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or self._entries.region_at(index) is None:
            return index
        step = -1 if action in _BACKWARD else 1
        for direction in (step, -step):
            row = index.row() + direction
            while 0 <= row < self._entries.rowCount():
                candidate = self._entries.index(row)
                if not self.isRowHidden(row) and self._entries.entry_at(candidate) is not None:
                    return candidate
                row += direction
        return self.currentIndex()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._entries.region_at(self.indexAt(event.position().toPoint())) is not None:
            event.accept()  # a heading is not a choice
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._entries.region_at(self.indexAt(event.position().toPoint())) is not None:
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def widest_row(self) -> int:
        """How wide the widest entry's row is with its title and its codes each on one
        line (its padding included, as the style sheet has it)."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)  # the rect left empty: each row's own width
        delegate = self.itemDelegate()
        rows = (self._entries.index(row) for row in range(self._entries.rowCount()))
        return max(
            (delegate.sizeHint(option, row).width() for row in rows if self._entries.entry_at(row)),
            default=0,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            delegate = self.itemDelegate()
            if isinstance(delegate, EntryListDelegate):
                delegate.style_changed(self)
        super().changeEvent(event)

    def show_region(self, region: Region) -> None:
        """Scroll the region's heading to the top, as the map goes to that region."""
        heading = self._entries.heading_of(region)
        if heading.isValid() and not self.isRowHidden(heading.row()):
            self.scrollTo(heading, QAbstractItemView.ScrollHint.PositionAtTop)

    # --- pointing ------------------------------------------------------------------

    def point_at_entry(self, entry_id: str | None) -> None:
        """Mark the row of the entry pointed at on the map (None: no row), scrolling it
        into sight if it is not."""
        if entry_id == self._pointed_from_map:
            return
        self._pointed_from_map = entry_id
        if entry_id is not None:
            index = self._entries.index_of(entry_id)
            if index.isValid() and not self.isRowHidden(index.row()):
                self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.viewport().update()

    def pointed_from_map(self) -> str | None:
        return self._pointed_from_map

    def _is_pointed_from_map(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        entry = self._entries.entry_at(index)
        return entry is not None and entry.id == self._pointed_from_map

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        entry = self._entries.entry_at(self.indexAt(event.position().toPoint()))
        self._under_mouse = None if entry is None else entry.id
        self._say_pointed()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._under_mouse = None
        self._say_pointed()
        super().leaveEvent(event)

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        self._say_pointed()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._say_pointed()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._say_pointed()

    def _say_pointed(self) -> None:
        pointed = self._under_mouse
        if pointed is None and self.hasFocus():
            entry = self._entries.entry_at(self.currentIndex())
            pointed = None if entry is None else entry.id
        if pointed != self._pointed:
            self._pointed = pointed
            self.entry_pointed.emit(pointed)
