"""A label that keeps its height, whatever its text, and never widens its layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Room for one line, or the lines ``set_lines`` asks for, even when empty, so nothing
    below it moves as its text comes and goes.

    Text is wrapped into those lines; text longer still ends in an ellipsis on one line.
    The whole text stays in the tooltip and the accessible name, for the mouse and for
    screen readers.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = 1
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def lines(self) -> int:
        return self._lines

    def set_lines(self, lines: int) -> None:
        """Keep room for ``lines`` lines (large text, a long spot's name)."""
        lines = max(lines, 1)
        if lines != self._lines:
            self._lines = lines
            self.setWordWrap(lines > 1)
            self.updateGeometry()
            self._elide()

    def lines_for(self, text: str, width: int) -> int:
        """How many lines ``text`` takes at ``width`` pixels."""
        metrics = self.fontMetrics()
        height = metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text).height()
        return max(1, 1 + round((height - metrics.height()) / metrics.lineSpacing()))

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(0, metrics.height() + (self._lines - 1) * metrics.lineSpacing())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return False  # its height is its lines', never its text's

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a style sheet's font, once polished
            self.updateGeometry()
            self._elide()

    def _elide(self) -> None:
        if self._lines > 1 and self.lines_for(self._full, self.width()) <= self._lines:
            self.setText(self._full)
            return
        self.setText(
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        )
