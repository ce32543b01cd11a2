"""A few choices as a row of buttons, one of them checked: a drop-down list for a finger.

A combo box opens its list as a window of its own, which a kiosk must never show, and
its arrow is a small target; every choice here is in sight and one tap away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from acupress_gui.ui.common.flow_layout import FlowLayout

SPACING = 8
"""Pixels between the buttons, and between their lines."""


class ChoiceButtons(QWidget):
    """Checkable buttons, exactly one checked, wrapping onto a second line where the
    row is narrow. It answers as much of ``QComboBox`` as a caller of one uses
    (``addItem``, ``currentData``, ``findData``, ``setCurrentIndex``,
    ``currentIndexChanged``), so code that reads a choice need not know which it has.

    Signals:
        currentIndexChanged(int): another choice was checked, by a tap or by code.
    """

    currentIndexChanged = Signal(int)  # noqa: N815 (QComboBox's name)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceButtons")
        self._layout = FlowLayout(self, spacing=SPACING, one_line_preferred=True)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idToggled.connect(self._on_toggled)
        self._data: list[object] = []
        self._current = -1

    def addItem(self, text: str, data: object) -> None:
        button = QPushButton(text)
        button.setObjectName("choiceButton")
        button.setCheckable(True)
        self._group.addButton(button, len(self._data))
        button.setAccessibleDescription(self.accessibleName())
        self._layout.addWidget(button)
        self._data.append(data)
        if self._current < 0:
            self.setCurrentIndex(0)

    def minimumSizeHint(self) -> QSize:
        """The widest button alone: narrower, its text would be cut."""
        hints = [button.sizeHint() for button in self.buttons()]
        if not hints:
            return super().minimumSizeHint()
        return QSize(max(hint.width() for hint in hints), max(hint.height() for hint in hints))

    def setAccessibleName(self, name: str) -> None:
        """The group's name, also said with each button: "2 min", of "Hold for"."""
        super().setAccessibleName(name)
        for button in self.buttons():
            button.setAccessibleDescription(name)

    def count(self) -> int:
        return len(self._data)

    def buttons(self) -> list[QPushButton]:
        """In their order, for the tab chain and for tests."""
        return [self.button(index) for index in range(self.count())]

    def button(self, index: int) -> QPushButton:
        button = self._group.button(index)
        assert isinstance(button, QPushButton)
        return button

    def currentIndex(self) -> int:
        return self._current

    def currentData(self) -> Any:  # as QComboBox's: the caller knows what it put in
        return self._data[self._current] if 0 <= self._current < len(self._data) else None

    def findData(self, data: object) -> int:
        return self._data.index(data) if data in self._data else -1

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < len(self._data) and index != self._current:
            self.button(index).setChecked(True)  # _on_toggled reports it

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked and index != self._current:
            self._current = index
            self.currentIndexChanged.emit(index)
