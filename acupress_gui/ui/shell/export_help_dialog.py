"""Help ▸ What the exported history holds: each column of the CSV, by its name as the file
has it, with what it holds in the person's language.

The columns are rows of a grid, not a table in rich text: a grid's column is at least as
wide as its longest word (a timestamp such as 2025-03-01T09:30:00.000+00:00 has no place
to break), where a rich-text table would cut it at the cell's edge. It all scrolls, in a
dialog no larger than the screen: the notes run long in some languages and at 200 % text.
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

LINE_CHARACTERS = 90
"""How wide the text is asked to be, in average characters: a name and a note of about 60
characters beside it, a comfortable line to read."""


class ExportHelpDialog(QDialog):
    """``intro`` (rich text) over a grid of ``columns``' names and notes (plain text), in
    a scroll area; ``column_names`` and ``column_notes`` are the grid's labels."""

    def __init__(
        self, title: str, intro: str, columns: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportHelp")
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setObjectName("entryTitle")
        heading.setWordWrap(True)

        self.intro = QLabel(intro)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        code_font = QFont()  # only the family: the size still comes from the style sheet
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setFamilies([fixed.family()])
        self.column_names: list[QLabel] = []
        self.column_notes: list[QLabel] = []
        for row, (name, note) in enumerate(columns.items()):
            name_label = QLabel(name)
            name_label.setFont(code_font)
            name_label.setTextFormat(Qt.TextFormat.PlainText)
            name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note_label = QLabel(note)
            note_label.setTextFormat(Qt.TextFormat.PlainText)
            note_label.setWordWrap(True)
            grid.addWidget(name_label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(note_label, row, 1, Qt.AlignmentFlag.AlignTop)
            self.column_names.append(name_label)
            self.column_notes.append(note_label)

        self._text = QWidget()
        text_layout = QVBoxLayout(self._text)
        text_layout.setContentsMargins(0, 0, 8, 0)  # off the scroll bar
        text_layout.setSpacing(14)
        text_layout.addWidget(self.intro)
        text_layout.addLayout(grid)
        text_layout.addStretch(1)
        self.text_area = QScrollArea()
        self.text_area.setObjectName("exportHelpText")
        self.text_area.setAccessibleName(title)
        self.text_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text_area.setWidgetResizable(True)
        self.text_area.setWidget(self._text)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 20, 24, 16)
        self._layout.setSpacing(12)
        self._layout.addWidget(heading)
        self._layout.addWidget(self.text_area, 1)
        self._layout.addWidget(self._buttons)
        self._heading = heading
        fit_to_screen(self, self.wanted_size())

    def wanted_size(self) -> QSize:
        """Every row shown, at a comfortable width or the width the longest word of a
        column needs, with the heading and the button around them."""
        self.ensurePolished()
        text_width = max(
            self.fontMetrics().averageCharWidth() * LINE_CHARACTERS,
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
