"""The small questions the app asks: opened, never executed, and deleted when answered.

Each function shows a window-modal dialog with ``open()`` and calls back when the
person answers, so no slot ever runs a nested event loop (a kiosk reset that deletes
the window under a nested loop would return into a deleted object). Every dialog is a
child of the window it is asked over, so ``dismiss_all()`` can close them at once.
Tests replace these functions (pytest-qt's advice) and answer through the callback.

Qt's namespace (``Qt``) is imported only when a dialog opens: its first use costs about
15 ms, and the desktop window imports this module before it can show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def confirm(
    parent: QWidget, title: str, text: str, yes: str, no: str, answered: Callable[[bool], None]
) -> None:
    """Ask; ``answered(True)`` for ``yes``. ``no`` is the default, so Enter never destroys.

    Closing the box any other way (Esc, the window closing) means no.
    """
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    box.finished.connect(lambda _result: answered(box.clickedButton() is yes_button))
    box.open()


def tell(parent: QWidget, title: str, text: str) -> None:
    """Say something that needs no answer."""
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()


def choose_save_path(
    parent: QWidget, title: str, suggested: Path, kinds: str, chosen: Callable[[Path], None]
) -> None:
    """Ask where to save a file; ``chosen`` is called only if the person picks one."""
    dialog = QFileDialog(parent, title, str(suggested), kinds)
    _delete_when_closed(dialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.open()


def run_dialog(dialog: QDialog, accepted: Callable[[], None]) -> None:
    """Open a prepared dialog window-modally; ``accepted`` runs only on OK."""
    _delete_when_closed(dialog)
    _window_modal(dialog)
    dialog.accepted.connect(accepted)
    dialog.open()


def dismiss_all(owner: QWidget) -> None:
    """Close every dialog of ``owner`` unanswered: their callbacks do not run, as the one
    who asked is going away (a visitor's session that ends)."""
    for dialog in owner.findChildren(QDialog):
        dialog.blockSignals(True)
        dialog.close()


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    _delete_when_closed(box)
    _window_modal(box)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    return box


def _delete_when_closed(dialog: QDialog) -> None:
    from PySide6.QtCore import Qt

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def _window_modal(dialog: QDialog) -> None:
    from PySide6.QtCore import Qt

    dialog.setWindowModality(Qt.WindowModality.WindowModal)
