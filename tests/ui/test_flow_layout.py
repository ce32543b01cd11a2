"""The wrapping row of buttons: its height follows its width and what it holds now, not
what it held when last asked (it remembers heights between layout passes)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.ui.common.flow_layout import FlowLayout


def row_of_buttons(qtbot: QtBot, count: int) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder, spacing=4)
    buttons = []
    for number in range(count):
        button = QPushButton(f"Button {number}")
        button.setFixedSize(100, 30)
        layout.addWidget(button)
        buttons.append(button)
    return holder, layout, buttons


def test_the_row_wraps_onto_as_many_lines_as_its_width_needs(qtbot: QtBot) -> None:
    _holder, layout, _buttons = row_of_buttons(qtbot, 4)
    assert layout.heightForWidth(420) == 30  # four of 100 and three gaps of 4: 412
    assert layout.heightForWidth(210) == 64  # two lines
    assert layout.heightForWidth(100) == 4 * 30 + 3 * 4


def test_a_button_hidden_or_added_changes_the_height_at_the_same_width(qtbot: QtBot) -> None:
    holder, layout, buttons = row_of_buttons(qtbot, 3)
    holder.show()
    assert layout.heightForWidth(210) == 64
    buttons[2].hide()
    assert layout.heightForWidth(210) == 30
    added = QPushButton("New")
    added.setFixedSize(100, 30)
    layout.addWidget(added)
    qtbot.waitUntil(added.isVisible)  # Qt shows a widget added to a shown one next turn
    assert layout.heightForWidth(210) == 64
    layout.takeAt(3).widget().deleteLater()
    assert layout.heightForWidth(210) == 30


def test_a_button_that_grows_is_measured_again(qtbot: QtBot) -> None:
    holder, layout, buttons = row_of_buttons(qtbot, 2)
    holder.show()
    assert layout.heightForWidth(204) == 30
    buttons[1].setFixedSize(120, 30)  # a longer label in another language
    assert layout.heightForWidth(204) == 64
