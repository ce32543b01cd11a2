"""A tree whose rows grow to hold their wrapped words, as Help ▸ Keyboard shortcuts uses
it: narrowed, a long cell takes more lines instead of ending in "…"; widened, one again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from acupress_gui.ui.common.wrapping_tree import FIRST_COLUMN_SHARE, WrappingTree
from tests.ui.text_fit import clipped_cells

LONG = "Go to the nearest point in the direction of the arrow, on the figure or in an inset"


def filled(tree: QTreeWidget) -> QTreeWidgetItem:
    """A heading over its rows, as the shortcuts list has them; returns the long row."""
    tree.setColumnCount(2)
    heading = QTreeWidgetItem(tree, ["On the body map"])
    heading.setFirstColumnSpanned(True)
    QTreeWidgetItem(heading, ["Home, End", "Go to the first point"])
    long_row = QTreeWidgetItem(heading, ["Left, Right, Up, Down", LONG])
    tree.expandAll()
    return long_row


def settled() -> None:
    for _ in range(3):  # a column's new width lays the rows out again on the next turn
        QApplication.processEvents()


def test_a_narrowed_tree_wraps_its_rows_and_a_widened_one_unwraps_them(qtbot: QtBot) -> None:
    tree = WrappingTree()
    qtbot.addWidget(tree)
    long_row = filled(tree)
    tree.resize(tree.sizeHint())
    tree.show()
    qtbot.waitExposed(tree)
    settled()
    one_line = tree.visualItemRect(long_row).height()
    assert clipped_cells(tree) == []  # at its size hint, every row on one line fits

    tree.resize(tree.sizeHint().width() // 2, tree.height())
    settled()
    assert tree.visualItemRect(long_row).height() >= 2 * one_line
    assert tree.columnWidth(0) <= round(tree.viewport().width() * FIRST_COLUMN_SHARE)
    assert tree.header().length() == tree.viewport().width()  # nothing out of sight
    assert clipped_cells(tree) == []

    tree.resize(tree.sizeHint())
    settled()
    assert tree.visualItemRect(long_row).height() == one_line


def test_qt_s_own_tree_at_that_width_cuts_the_cell(qtbot: QtBot) -> None:
    """What the wrapping tree is for, and that the check sees it."""
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    filled(tree)
    tree.resize(200, 300)
    tree.show()
    qtbot.waitExposed(tree)
    assert clipped_cells(tree)
