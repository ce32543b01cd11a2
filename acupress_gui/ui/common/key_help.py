"""A line of Help > Keyboard shortcuts: keys as the platform names them, and what they do.

Each widget with keys of its own lists them next to the code that handles them, from the
same key constants, so the list cannot drift from what the keys do.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence


class KeyHelp(NamedTuple):
    keys: str
    """As the platform writes them ("Ctrl+E", "⌘E"), several joined by commas."""
    does: str


def key_name(key: Qt.Key | QKeySequence) -> str:
    """One key or sequence as the platform names it in menus."""
    sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def key_names(*keys: Qt.Key | QKeySequence) -> str:
    """Several keys that do the same, as one line."""
    separator = QCoreApplication.translate("KeyHelp", ", ", "between keys that do the same")
    return separator.join(key_name(key) for key in keys)
