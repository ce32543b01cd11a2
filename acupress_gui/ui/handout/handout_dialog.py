"""File ▸ Print / Save as PDF: choose what goes on the sheet and the paper, then save or
print it.

The drawing is ``handout_pages``'s and needs no dialog (a kiosk prints with it
directly); this window only asks. Qt's print support is imported when Print is pressed,
not before, so opening the dialog or saving a PDF never loads the printer stack.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog, Entry
from acupress_gui.core.export import ExportError
from acupress_gui.core.handout import Handout, HandoutError, Paper, handout_for
from acupress_gui.core.preferences import PersonPreferences
from acupress_gui.core.routine import offered
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.core_text import error_text, translated
from acupress_gui.ui.handout.handout_pages import (
    HandoutTooLongError,
    default_paper,
    page_size,
    paint_handout,
    save_pdf,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

ENTRY, CURRENT, ROUTINE = "entry", "current", "routine"
"""What a row of the choice prints: the selected entry, the current routine, a named one."""


class HandoutDialog(QDialog):
    """Asks what to print (the selected point, the routine Start runs, or any routine by
    name) and on which paper; Save as PDF and Print each close it once done."""

    def __init__(
        self,
        catalog: Catalog,
        person: PersonPreferences,
        selected: Entry | None,
        protected: Callable[[], frozenset[Path]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle(self.tr("Print or save a handout"))
        self._catalog = catalog
        self._person = person
        self._protected = protected

        intro = QLabel(
            self.tr(
                "A sheet to take home: the figure with the points marked, how to find and "
                "press each, its cautions and when to get help."
            )
        )
        intro.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("What to print"))
        if selected is not None:
            self.choice.addItem(
                self.tr("This point: {title}").format(title=selected.title), (ENTRY, selected.id)
            )
        self.choice.addItem(self.tr("The routine Start routine runs"), (CURRENT, ""))
        for routine in offered(catalog, person.saved_routines):
            self.choice.addItem(
                self.tr("Routine: {name}").format(name=routine.name),
                (ROUTINE, routine.preset_id or routine.name),
            )
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.addItem(self.tr("A4"), Paper.A4.value)
        self.paper.addItem(self.tr("Letter (US)"), Paper.LETTER.value)
        self.paper.setCurrentIndex(self.paper.findData(default_paper().value))

        form = QFormLayout()
        form.addRow(self.tr("Print:"), self.choice)
        form.addRow(self.tr("Paper:"), self.paper)

        # Cancel is added last: made with the box, before the others were added to it, it
        # was left out of the box's tab order, and Tab never reached it.
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save as PDF\u2026"))
        self.print_button = QPushButton(self.tr("Print\u2026"))
        self.save_button.setDefault(True)
        for button in (self.save_button, self.print_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        self.setMinimumWidth(480)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen_paper(self) -> Paper:
        return Paper(self.paper.currentData())

    def handout(self) -> Handout | None:
        """What the choice asks for; None, having said why, when it cannot be printed."""
        kind, key = self.choice.currentData()
        try:
            if kind == ENTRY:
                return handout_for(self._catalog, self._person, entry_ids=[key])
            return handout_for(self._catalog, self._person, key if kind == ROUTINE else None)
        except HandoutError as error:
            self._refused(error_text(error))
            return None

    def save(self) -> None:
        """Ask where, then write the PDF there."""
        sheet = self.handout()
        if sheet is None:
            return
        questions.choose_save_path(
            self,
            self.tr("Save the handout"),
            Path.home() / f"acupress-{_file_name(translated(sheet.title))}.pdf",
            self.tr("PDF files (*.pdf)"),
            chosen=lambda target: self._save_to(sheet, target),
        )

    def _save_to(self, sheet: Handout, target: Path) -> None:
        try:
            pages = save_pdf(sheet, target, self.chosen_paper(), self._protected())
        except (ExportError, HandoutTooLongError) as error:
            self._refused(error_text(error))
            return
        log.info("Handout of %d pages saved to %s", pages, target)
        self.accept()
        questions.tell(
            self.parentWidget() or self,
            self.tr("Handout saved"),
            self.tr("Saved to {path}.").format(path=target),
        )

    def print_(self) -> None:
        """Qt's print dialog where Qt reaches a printer, then the pages drawn on the
        printer it sets up; else the PDF opened in the system's viewer, which prints to
        any printer the system has."""
        sheet = self.handout()
        if sheet is None:
            return
        if not printer_names():
            self._print_through_viewer(sheet)
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size(self.chosen_paper()))
        printer.setFullPage(True)  # the pages keep their own margins
        printer.setDocName(translated(sheet.title))
        dialog = QPrintDialog(printer, self)
        questions.run_dialog(dialog, lambda: self._print_on(sheet, printer))

    def _print_through_viewer(self, sheet: Handout) -> None:
        folder = Path(tempfile.mkdtemp(prefix="acupress-handout-"))  # private to this user
        target = folder / f"{_file_name(translated(sheet.title))}.pdf"
        try:
            save_pdf(sheet, target, self.chosen_paper(), frozenset())
        except (ExportError, HandoutTooLongError) as error:
            self._refused(error_text(error))
            return
        self.accept()
        parent = self.parentWidget() or self
        if open_file(target):
            log.info("Handout opened in the system's viewer to print: %s", target)
            questions.tell(
                parent,
                self.tr("Print from your PDF viewer"),
                self.tr(
                    "AcuPress cannot reach a printer itself, so the handout opened in your "
                    "PDF viewer: print it from there. It is saved as {path}."
                ).format(path=target),
            )
            return
        questions.tell(
            parent,
            self.tr("No printer found"),
            self.tr(
                "AcuPress found no printer and no program to open the handout with. It is "
                "saved as {path}: print it from any program that opens PDF files."
            ).format(path=target),
        )

    def _print_on(self, sheet: Handout, printer: QPrinter) -> None:
        try:
            pages = paint_handout(sheet, printer)
        except (OSError, HandoutTooLongError) as error:
            self._refused(error_text(error))
            return
        log.info("Handout of %d pages sent to %s", pages, printer.printerName() or "a file")
        self.accept()

    def _refused(self, reason: str) -> None:
        questions.tell(self, self.tr("The handout was not made"), reason)


def printer_names() -> list[str]:
    """The printers Qt's print support reaches: none without CUPS's client library (the
    bundle takes it from the system), without a print server, or in a build without
    QtPrintSupport at all."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return []
    return QPrinterInfo.availablePrinterNames()


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's program for it; False where none opened."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _file_name(title: str) -> str:
    """ "Neck and shoulders" as "neck-and-shoulders": a file name any system takes."""
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "handout"
