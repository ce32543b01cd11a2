"""A plain-language error dialog; the traceback goes to the log, not to the screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QMessageBox, QWidget


class ErrorDialog:
    """Tells the person what went wrong and where the details were written."""

    @classmethod
    def report(
        cls,
        parent: QWidget | None,
        title: str,
        message: str,
        log_file: Path | None = None,
        closed: Callable[[], None] | None = None,
    ) -> None:
        """Show an error message; ``closed`` runs once the person has read it.

        While the event loop runs, the box is opened and this returns at once (no nested
        loop inside a slot); before it runs it waits for the person. Tests replace this
        method to record the call.
        """
        box = QMessageBox(parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(title)
        informative = message
        if log_file is not None:
            informative += "\n\n" + QCoreApplication.translate(
                "ErrorDialog", "Details were written to {path}"
            ).format(path=log_file)
        box.setInformativeText(informative)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if closed is not None:
            box.finished.connect(closed)
        if QThread.currentThread().loopLevel() == 0:
            box.exec()
        else:
            box.open()
