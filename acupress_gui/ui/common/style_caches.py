"""Letting Qt's style sheet style forget the inner parts of combo and spin boxes.

Under a style sheet (the app always has one), Qt caches what it looks up for a widget
under the widget's address, and drops that when the widget is destroyed; but only for a
widget it styles itself. The line edit inside a spin box or a combo box, a combo box's
popup frame and a scroll area's viewport it leaves to their owner, and what it cached
for them while they were made and painted (a few hundred bytes each) stays for the rest
of the run (seen with Qt 6.11). A kiosk builds a visitor's view, with a dozen of them,
for every visitor.

A part with a style sheet of its own is one the style styles, and so one it forgets when
the part goes: ``release_style_caches`` gives one to each such part of a widget that is
about to be deleted, when what the part looks like no longer matters. A sheet given to
a part restyles everything inside it, so a scroll area's viewport, which holds a whole
pane, gets its sheet while still empty (``forgotten_when_gone``): a sheet without
rules changes nothing of how it looks.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QLineEdit,
    QWidget,
)

_OWN_SHEET = "/* a part the style forgets when it goes */"
"""Empty of rules, but not empty: enough for the style to take the widget as its own."""


def forgotten_when_gone(viewport: QWidget) -> None:
    """Give a scroll area's ``viewport``, before it holds anything, a sheet of its own."""
    viewport.setStyleSheet(_OWN_SHEET)


def release_style_caches(root: QWidget) -> None:
    """Before ``root`` is deleted: make sure the style forgets its boxes' inner parts."""
    for part in inner_parts(root):
        if not part.styleSheet():
            part.setStyleSheet(_OWN_SHEET)


def inner_parts(root: QWidget) -> list[QWidget]:
    """The parts under ``root`` the style leaves to their owner: a spin box's or combo
    box's line edit, a combo box's popup frame, a scroll area's viewport (Qt's own test,
    ``unstylable``)."""
    parts: list[QWidget] = []
    for edit in root.findChildren(QLineEdit):
        if isinstance(edit.parentWidget(), QAbstractSpinBox | QComboBox):
            parts.append(edit)
    for frame in root.findChildren(QFrame):
        if isinstance(frame.parentWidget(), QComboBox):
            parts.append(frame)
    parts += [area.viewport() for area in root.findChildren(QAbstractScrollArea)]
    return parts
