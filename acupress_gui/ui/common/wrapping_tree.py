"""A tree of rows whose words wrap in their columns rather than end in "…".

Qt's tree lays each row out one line tall (its delegate is never told the column's
width), so long text is elided however the window is sized. Here each row is as tall as
its words wrapped to the width its column gives them, laid out again whenever a column
changes width; the first column keeps its natural width up to a share of the tree's, the
last takes the rest. Larger text or a longer language then makes rows taller, never cut.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

FIRST_COLUMN_SHARE = 0.4
"""At most this much of the tree's width goes to the first column when space is short."""

UNBOUNDED = 1 << 20
"""A cell's height while its wrapped height is measured: Qt's style wraps only in a valid
(non-empty) rectangle."""

Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    """A cell's size: its natural (one line) width, which a column sized to its contents
    reads, and the height of its words wrapped to the room the tree gives them, which
    the row's height reads."""

    def __init__(self, tree: WrappingTree) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        natural = super().sizeHint(option, index)
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, self._tree.text_room(index), UNBOUNDED)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return QSize(natural.width(), super().sizeHint(wrapped, index).height())

    def natural_size(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The cell on one line, however narrow its column is now."""
        return super().sizeHint(option, index)


class WrappingTree(QTreeWidget):
    """A ``QTreeWidget`` whose rows grow to hold their wrapped words; its size hint is
    its rows on one line each, for a window to size itself by (within its screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = WrappingDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header().setStretchLastSection(True)
        self.header().sectionResized.connect(self._column_resized)

    def text_room(self, index: Index) -> int:
        """How wide ``index``'s cell is: its column, less the indentation of its depth
        in the first; a row spanned over every column, the whole row."""
        parent = index.parent()
        if self.isFirstColumnSpanned(index.row(), parent):
            width = self.header().length()
        else:
            width = self.columnWidth(index.column())
        if index.column() == 0:
            depth = 0
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * self.indentation()
        return max(width, 1)

    def sizeHint(self) -> QSize:
        """Every column at its natural width and every row one line tall, with the frame,
        the header and room for the scroll bar."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        columns = range(self.columnCount())
        width = sum(self.natural_column_width(column) for column in columns)
        height = self.header().sizeHint().height()
        for item in self._items(self.invisibleRootItem()):
            index = self.indexFromItem(item)
            spanned = self.isFirstColumnSpanned(index.row(), index.parent())
            height += max(
                self._delegate.natural_size(option, index.siblingAtColumn(column)).height()
                for column in ([0] if spanned else columns)
            )
        frame = 2 * self.frameWidth()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + frame + scroll_bar, height + frame)

    def _items(self, parent: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
        """The rows under ``parent``, each followed by its own, as the tree shows them."""
        for row in range(parent.childCount()):
            if (child := parent.child(row)) is not None:
                yield child
                yield from self._items(child)

    def natural_column_width(self, column: int) -> int:
        """The widest cell of ``column`` on one line (rows spanned over every column
        aside), or its header's."""
        return max(self.sizeHintForColumn(column), self.header().sectionSizeHint(column))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.columnCount() > 1:
            share = round(self.viewport().width() * FIRST_COLUMN_SHARE)
            self.setColumnWidth(0, min(self.natural_column_width(0), share))

    def _column_resized(self) -> None:
        """Rows are as tall as their words at the columns' widths: lay them out again."""
        self.scheduleDelayedItemsLayout()
