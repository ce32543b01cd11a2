"""A plain-language error dialog; the traceback goes to the log, not to the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class ErrorDialog:
    """Tells the person what went wrong and where the details were written."""

    @classmethod
    def report(
        cls, parent: QWidget | None, title: str, message: str, log_file: Path | None = None
    ) -> None:
        """Show a modal error message. Tests replace this method to record the call."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(title)
        informative = message
        if log_file is not None:
            informative += "\n\n" + box.tr("Details were written to {path}").format(path=log_file)
        box.setInformativeText(informative)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
