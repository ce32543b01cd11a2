"""A help text to read, with the terms it explains, in a dialog no larger than the screen.

Help ▸ Reading your pain trend and Help ▸ What the exported history holds run long in
some languages and at 200 % text (a message box grew taller than the screen), so the
text scrolls. The terms (the export's column names, with what each holds) are rows of a
grid, not a table in rich text: a grid's column is at least as wide as its longest word
(a timestamp such as 2025-03-01T09:30:00.000+00:00 has no place to break), where a
rich-text table would cut it at the cell's edge.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.ui.common.screen_fit import fit_to_screen

LINE_CHARACTERS = 75
"""How long the text's lines are asked to be, in average characters (a term's meaning
beside it too): a comfortable line to read."""


class ReadingDialog(QDialog):
    """``text`` (rich text) over a grid of ``terms``, each a name (as written, in a fixed
    font: a column name) and its meaning (plain text), in a scroll area.

    ``term_names`` and ``term_notes`` are the grid's labels.
    """

    def __init__(
        self,
        title: str,
        text: str,
        terms: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingDialog")
        self.setWindowTitle(title)
        self._heading = QLabel(title)
        self._heading.setObjectName("entryTitle")
        self._heading.setWordWrap(True)
        self.text_label = QLabel(text)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.term_names: list[QLabel] = []
        self.term_notes: list[QLabel] = []

        self._text = QWidget()
        text_layout = QVBoxLayout(self._text)
        text_layout.setContentsMargins(0, 0, 8, 0)  # off the scroll bar
        text_layout.setSpacing(14)
        text_layout.addWidget(self.text_label)
        if terms:
            text_layout.addLayout(self._terms_grid(terms))
        text_layout.addStretch(1)
        self.text_area = QScrollArea()
        self.text_area.setObjectName("readingText")
        self.text_area.setAccessibleName(title)
        self.text_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text_area.setWidgetResizable(True)
        self.text_area.setWidget(self._text)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 20, 24, 16)
        self._layout.setSpacing(12)
        self._layout.addWidget(self._heading)
        self._layout.addWidget(self.text_area, 1)
        self._layout.addWidget(self._buttons)
        fit_to_screen(self, self.wanted_size())

    def _terms_grid(self, terms: Mapping[str, str]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        fixed = QFont()  # only the family: the size still comes from the style sheet
        fixed.setFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
        for row, (name, note) in enumerate(terms.items()):
            name_label = QLabel(name)
            name_label.setFont(fixed)
            name_label.setTextFormat(Qt.TextFormat.PlainText)
            name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note_label = QLabel(note)
            note_label.setTextFormat(Qt.TextFormat.PlainText)
            note_label.setWordWrap(True)
            grid.addWidget(name_label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(note_label, row, 1, Qt.AlignmentFlag.AlignTop)
            self.term_names.append(name_label)
            self.term_notes.append(note_label)
        return grid

    def wanted_size(self) -> QSize:
        """Every line shown, at a comfortable width (beside the terms' names) or the width
        the longest word needs, with the heading and the button around them."""
        self.ensurePolished()
        names = max((label.sizeHint().width() for label in self.term_names), default=0)
        text_width = max(
            self.fontMetrics().averageCharWidth() * LINE_CHARACTERS + names,
            self._text.minimumSizeHint().width(),
        )
        margins = self._layout.contentsMargins()
        spacing = self._layout.spacing()
        width = margins.left() + margins.right() + text_width
        width += self.text_area.verticalScrollBar().sizeHint().width()
        height = margins.top() + margins.bottom() + 2 * spacing
        height += self._heading.heightForWidth(text_width) + self._buttons.sizeHint().height()
        height += self._text.heightForWidth(text_width)
        return QSize(width, height)
