"""A layer over the whole kiosk window: what is beneath is dimmed and out of reach, and one
card sits in the middle.

The kiosk draws everything inside its one window, so the idle countdown, the PIN pad,
the welcome and every dialog are layers of this kind rather than windows of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QGridLayout, QWidget

DIM = QColor(20, 28, 34, 140)
MARGIN_SHARE = 0.04
"""Of the window's width and height kept clear around a card, so it reads as a layer."""


class Overlay(QWidget):
    """Covers its window, takes every press, tap and wheel turn on it, and centres ``card``
    at the size it asks for, no larger than the window less a margin (with ``fill``, as
    large as that: for a card with much to read)."""

    def __init__(self, window: QWidget, card: QWidget, *, fill: bool = False) -> None:
        super().__init__(window)
        self.setObjectName("kioskOverlay")
        self.card = card
        self._fill = fill
        self._layout = QGridLayout(self)
        self._layout.addWidget(card, 0, 0, Qt.AlignmentFlag.AlignCenter)
        self.fit()

    def fit(self) -> None:
        """Cover the window as it is now (after it was resized)."""
        window = self.parentWidget()
        if window is None:
            return
        margin_x = round(window.width() * MARGIN_SHARE)
        margin_y = round(window.height() * MARGIN_SHARE)
        self._layout.setContentsMargins(margin_x, margin_y, margin_x, margin_y)
        room = (window.width() - 2 * margin_x, window.height() - 2 * margin_y)
        self.card.setMaximumSize(*room)
        if self._fill:
            self.card.setMinimumSize(*room)
        self.setGeometry(window.rect())  # last: the card is placed within its new limits

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), DIM)

    # What lands beside the card stops here: nothing beneath may take it.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
