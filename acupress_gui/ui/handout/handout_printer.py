"""The take-home sheet sent straight to the system's default printer, with no dialog: a
kiosk's visitor must never see a print dialog (it leads to files and other printers).

Qt's print support is imported here only, when a kiosk prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from acupress_gui.core.handout import Handout, Paper
from acupress_gui.ui.handout.handout_pages import page_size, paint_handout

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def default_printer() -> QPrinter | None:
    """The system's default printer; None where Qt reaches none (no print server, no
    CUPS client library, or no QtPrintSupport in this build)."""
    try:
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    except ImportError:
        return None
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_on_default_printer(sheet: Handout, paper: Paper) -> str | None:
    """Print ``sheet`` on the default printer; its name (empty for a file), or None when
    there is none.

    Raises ``HandoutTooLongError``, or ``OSError`` when the printer cannot be painted on.
    """
    printer = default_printer()
    if printer is None:
        return None
    printer.setPageSize(page_size(paper))
    printer.setFullPage(True)  # the pages keep their own margins
    printer.setDocName(sheet.title)
    paint_handout(sheet, printer)
    return printer.printerName()
