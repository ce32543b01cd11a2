"""A notice across the side pane: its words, and a few buttons beside them or below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SIDE_BY_SIDE_SHARE = 0.6
"""The words keep the buttons beside them while they have this much of the width (or
fit on one line); else the buttons go below, and the words take the whole width. Longer
languages and larger text would otherwise squeeze them into a narrow column."""


class Banner(QFrame):
    """Hidden until shown; ``kind`` picks its look from the stylesheet (an object name).

    Signals reach it through ``appear`` and ``dismiss``, not Qt's ``show`` and ``hide``:
    PySide 6.11 keeps about 50 bytes for good for each connection made to a method of
    Qt's own, and a kiosk builds its banners anew for each visitor.
    """

    def __init__(self, kind: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(kind)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons.addStretch(1)  # below the words, the buttons keep to the end
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.addWidget(self.text, 1)
        self._layout.addLayout(self._buttons)
        self._added: list[QPushButton] = []
        self.hide()

    def buttons(self) -> list[QPushButton]:
        """Its buttons, left to right."""
        return list(self._added)

    def add_button(
        self, text: str, slot: Callable[[], object], style: str = "", hides: bool = False
    ) -> QPushButton:
        """A button running ``slot``; ``hides`` also puts the banner away first."""
        button = QPushButton(text)
        button.setObjectName(style)
        if hides:
            button.clicked.connect(self.dismiss)
        button.clicked.connect(slot)
        self._buttons.addWidget(button)
        self._added.append(button)
        return button

    def appear(self) -> None:
        self.show()

    def dismiss(self) -> None:
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Buttons beside the words when the words have room there, else below them."""
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        buttons = self._buttons.minimumSize().width()
        room = width - buttons - self._layout.spacing()
        words = self.text.fontMetrics().horizontalAdvance(self.text.text())
        beside = not buttons or words <= room or room >= width * SIDE_BY_SIDE_SHARE
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
