"""Margins by the reading direction, which Qt's own do not follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QWidget


def set_reading_margins(
    target: QLayout | QWidget, leading: int, top: int, trailing: int, bottom: int
) -> None:
    """Contents margins with ``leading`` where lines start and ``trailing`` where they
    end. Qt keeps a left margin on the left even right to left (Arabic, Hebrew), so an
    indent under a check box's text, or room kept clear of a scroll bar, would land on
    the wrong side; the application's direction is read when the widget is built."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        leading, trailing = trailing, leading
    target.setContentsMargins(leading, top, trailing, bottom)
