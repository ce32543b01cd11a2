"""The search field above the list of points: type a name or a code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchField(QLineEdit):
    """A line edit that hands the keyboard on to the list it narrows.

    Signals:
        go_down(): Down was pressed; the list below takes the focus.
        accepted(): Enter was pressed; the first point found is chosen.
    """

    go_down = Signal()
    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pointSearch")
        self.setPlaceholderText(self.tr("Find by name or code"))
        self.setAccessibleName(self.tr("Find a point by name or code"))
        hint = self.tr("Type an English or Chinese name or a point code such as GB20.")
        self.setAccessibleDescription(hint)
        self.setToolTip(hint)  # and the short hint inside, which a longer language may cut
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.go_down.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif key == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)
