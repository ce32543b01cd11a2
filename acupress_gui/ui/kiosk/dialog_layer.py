"""One of the visitor's dialogs, shown inside the kiosk window instead of as a window.

The dialog is set up as anywhere else (``questions``), then moved onto a layer as a plain
child widget, with its title above it, since there is no window frame to show one.
When it closes (answered, or dismissed unanswered) it is handed back to the widget that
asked, as the dialog window it was, so whoever owns it still does: one kept for reuse
(the pain check-in) is there next time, and one deleted on close goes as always.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QVBoxLayout, QWidget

from acupress_gui.ui.kiosk.overlay import Overlay


class DialogLayer(Overlay):
    """Hosts ``dialog`` until it hides.

    Signals:
        released(): the dialog closed and went back to its owner; the layer may go.
    """

    released = Signal()

    def __init__(self, window: QWidget, dialog: QDialog) -> None:
        self.dialog = dialog
        self.asked_by: QWidget | None = dialog.parentWidget()
        """The widget the dialog was asked over (its parent before it was hosted)."""
        self._flags = dialog.windowFlags()
        self._done = False
        card = QFrame()
        card.setObjectName("kioskCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 12, 12, 12)
        title = QLabel(dialog.windowTitle())
        title.setObjectName("kioskCardTitle")
        title.setWordWrap(True)
        title.setContentsMargins(12, 8, 12, 0)
        title.setVisible(bool(dialog.windowTitle()))
        layout.addWidget(title)
        dialog.setParent(card, Qt.WindowType.Widget)
        layout.addWidget(dialog)
        super().__init__(window, card)
        # Answered: once its callbacks have run (finished is its last signal). Hidden any
        # other way: on the next turn, not in the middle of its own hiding.
        dialog.finished.connect(self.release)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Hide:
            QTimer.singleShot(0, self, self.release)
        return False

    def dismiss(self) -> None:
        """Close the dialog unanswered: its callbacks do not run."""
        if shiboken6.isValid(self.dialog):
            self.dialog.blockSignals(True)
            self.dialog.close()
        self.release()

    def release(self) -> None:
        """Give the dialog back to the widget that asked (if both are still there)."""
        if self._done:
            return
        self._done = True
        dialog, owner = self.dialog, self.asked_by
        if shiboken6.isValid(dialog):
            dialog.finished.disconnect(self.release)
            dialog.removeEventFilter(self)
            if owner is not None and shiboken6.isValid(owner):
                dialog.setParent(owner, self._flags)
        self.released.emit()
