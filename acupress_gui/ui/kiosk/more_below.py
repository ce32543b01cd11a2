"""A soft fade over the foot of a scroll area while more of its text lies below.

On a touch screen a line cut in half at the bottom of a box reads as a mistake, and a
thin scroll bar is easy to miss: the fade says "there is more" and hides at the end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

LINES = 2.5
"""The fade's height, in lines of the area's text."""


class MoreBelow(QWidget):
    """Lies over the bottom of ``area``'s viewport, in the viewport's own colour; lets
    every touch through to the text beneath."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self.follow)
        bar.rangeChanged.connect(self.follow)
        area.installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        """Cover the viewport's foot as it is now; show only while it can scroll on."""
        viewport = self._area.viewport().geometry()
        height = min(round(self.fontMetrics().lineSpacing() * LINES), viewport.height())
        self.setGeometry(viewport.x(), viewport.bottom() + 1 - height, viewport.width(), height)
        bar = self._area.verticalScrollBar()
        self.setVisible(bar.value() < bar.maximum())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._area and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.follow()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = self._area.viewport().palette().color(QPalette.ColorRole.Window)
        clear = QColor(colour)
        clear.setAlpha(0)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(0.85, colour)
        QPainter(self).fillRect(self.rect(), gradient)
