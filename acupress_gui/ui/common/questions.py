"""The small modal questions the app asks, as functions tests replace instead of clicking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """Ask and wait; True for ``yes``. ``no`` is the default, so Enter never destroys."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def choose_save_path(
    parent: QWidget | None, title: str, suggested: Path, kinds: str
) -> Path | None:
    """Ask where to save a file; None when the person cancels."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    return Path(chosen) if chosen else None


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """Say something that needs no answer."""
    QMessageBox.information(parent, title, text)


def run_dialog(dialog: QDialog) -> int:
    """Show a prepared dialog modally and return its result code."""
    return dialog.exec()
