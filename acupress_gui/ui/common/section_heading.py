"""A small heading over a part of a window, in capitals where the language has them."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def section_heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A label styled ``sectionHeading`` whose font, not the code, sets the capitals: the
    text stays as the translator wrote it (and as a screen reader reads it), and a script
    without capitals, such as Chinese, is shown as written."""
    label = QLabel(text, parent)
    label.setObjectName("sectionHeading")
    capitals = QFont()  # only this property: the rest still comes from the style sheet
    capitals.setCapitalization(QFont.Capitalization.AllUppercase)
    label.setFont(capitals)
    return label
