"""A layout that lays widgets out in a row and wraps onto the next line when full."""

from __future__ import annotations

import functools

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Left to right, wrapping: a row of chips that fits a narrow pane on two lines and a
    wide one on one. Its height follows its width, so the pane gives it what it needs.

    With ``last_to_the_right`` the last item keeps to the right end of whichever line it
    is on, apart from the others (a toggle beside a row of buttons). With
    ``one_line_preferred`` it asks for the room of one line (as a toolbar does), not
    only that of its widest item, so a pane of it is given its share beside another.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 6,
        *,
        last_to_the_right: bool = False,
        one_line_preferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._last_to_the_right = last_to_the_right
        self._one_line_preferred = one_line_preferred
        # The height at each width asked for, until an item changes: a pane asks again
        # at every layout pass, hundreds of times while a view is built.
        self._heights: dict[int, int] = {}
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        # Qt's own layouts delete their items; one written in Python has to, or each
        # widget it ever held leaves its item behind.
        self.destroyed.connect(functools.partial(_delete_items, self._items))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def invalidate(self) -> None:
        """An item was added, shown, hidden or changed its size hint (Qt calls this)."""
        self._heights.clear()
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [item.sizeHint() for item in self._items if not item.isEmpty()]
        if not self._one_line_preferred or not shown:
            return self.minimumSize()
        margins = self.contentsMargins()
        width = sum(hint.width() for hint in shown) + self._spacing * (len(shown) - 1)
        return QSize(
            width + margins.left() + margins.right(),
            max(hint.height() for hint in shown) + margins.top() + margins.bottom(),
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items (or only measure, when not ``move``); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        last = len(self._items) - 1
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if index == last and self._last_to_the_right:
                x = max(x, area.right() + 1 - hint.width())
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def _delete_items(items: list[QLayoutItem], *_destroyed: object) -> None:
    for item in items:
        shiboken6.delete(item)
    items.clear()
