"""A one-line notice across the side pane: words on the left, a few buttons on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """Hidden until shown; ``kind`` picks its look from the stylesheet (an object name)."""

    def __init__(self, kind: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(kind)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.addWidget(self.text, 1)
        self._buttons: list[QPushButton] = []
        self.hide()

    def buttons(self) -> list[QPushButton]:
        """Its buttons, left to right."""
        return list(self._buttons)

    def add_button(
        self, text: str, slot: Callable[[], object], style: str = "", hides: bool = False
    ) -> QPushButton:
        """A button running ``slot``; ``hides`` also puts the banner away first."""
        button = QPushButton(text)
        button.setObjectName(style)
        if hides:
            button.clicked.connect(self.hide)
        button.clicked.connect(slot)
        self._layout.addWidget(button)
        self._buttons.append(button)
        return button
