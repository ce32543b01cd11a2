"""The questions themselves, not their stand-ins: Enter never destroys, no answer means no."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.ui.common import questions


def _open_box(owner: QWidget) -> QMessageBox:
    [box] = [b for b in owner.findChildren(QMessageBox) if b.isVisible()]
    return box


def test_no_is_the_default_so_enter_never_destroys(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    answers: list[bool] = []
    questions.confirm(owner, "Clear?", "All of it?", "Delete", "Keep", answers.append)
    box = _open_box(owner)
    assert box.defaultButton().text() == "Keep"
    assert box.windowModality() == Qt.WindowModality.WindowModal
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert answers == [False]


def test_yes_is_said_only_by_its_button_and_escape_means_no(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    answers: list[bool] = []
    questions.confirm(owner, "Stop?", "Stop the hold?", "Stop", "Keep", answers.append)
    [stop] = [b for b in _open_box(owner).buttons() if b.text() == "Stop"]
    stop.click()
    questions.confirm(owner, "Stop?", "Stop the hold?", "Stop", "Keep", answers.append)
    qtbot.keyClick(_open_box(owner), Qt.Key.Key_Escape)
    assert answers == [True, False]


def test_dismissed_questions_go_unanswered(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    answers: list[bool] = []
    questions.confirm(owner, "Stop?", "Stop the hold?", "Stop", "Keep", answers.append)
    questions.dismiss_all(owner)
    assert answers == []
    assert not any(b.isVisible() for b in owner.findChildren(QMessageBox))
