"""The small questions the app asks: opened, never executed, and deleted when answered.

Each function shows a window-modal dialog with ``open()`` and calls back when the
person answers, so no slot ever runs a nested event loop (a kiosk reset that deletes
the window under a nested loop would return into a deleted object). Every dialog is a
child of the window it is asked over, so ``dismiss_all()`` can close them at once.
Tests replace these functions (pytest-qt's advice) and answer through the callback.

A window that is a ``DialogHost`` (the kiosk's one full-screen window) shows each dialog
inside itself instead, as a child over the window, so no second top-level window exists
for a window manager to move or close; such a window never shows a file dialog.

Qt's namespace (``Qt``) is imported only when a dialog opens: its first use costs about
15 ms, and the desktop window imports this module before it can show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)


@runtime_checkable
class DialogHost(Protocol):
    """A window that shows the dialogs asked over it inside itself."""

    def host_dialog(self, dialog: QDialog) -> None:
        """Show ``dialog`` (already set up, its callbacks connected) within the window;
        closing it ends the hosting, as closing a window would."""

    def dismiss_hosted(self, owner: QWidget) -> None:
        """Close, unanswered, the hosted dialogs asked over ``owner`` or its children."""


def host_of(widget: QWidget | None) -> DialogHost | None:
    """The hosting window ``widget`` is in, if it is in one."""
    window = widget.window() if widget is not None else None
    return window if isinstance(window, DialogHost) else None


def show_dialog(dialog: QDialog) -> None:
    """Open ``dialog`` window-modally over its parent, or inside a hosting window."""
    host = host_of(dialog.parentWidget())
    if host is None:
        dialog.open()
    else:
        host.host_dialog(dialog)


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
    show_dialog(box)


def tell(parent: QWidget, title: str, text: str) -> None:
    """Say something that needs no answer."""
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    show_dialog(box)


def choose_save_path(
    parent: QWidget, title: str, suggested: Path, kinds: str, chosen: Callable[[Path], None]
) -> None:
    """Ask where to save a file; ``chosen`` is called only if the person picks one.

    Refused in a hosting window (a kiosk): a file dialog is a way into the computer.
    """
    if host_of(parent) is not None:
        log.warning("A file dialog (%s) was refused: this window hosts its dialogs", title)
        return
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
    show_dialog(dialog)


def dismiss_all(owner: QWidget) -> None:
    """Close every dialog of ``owner`` unanswered: their callbacks do not run, as the one
    who asked is going away (a visitor's session that ends)."""
    host = host_of(owner)
    if host is not None:
        host.dismiss_hosted(owner)
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
