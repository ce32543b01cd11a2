"""The system tray icon: a way back to the window, and where reminders appear."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from acupress_gui.ui.common.app_icon import app_icon

MESSAGE_MS = 15_000


def tray_available() -> bool:
    """Whether the desktop shows tray icons (many do not, nor does the offscreen platform).

    Without one, closing the window must quit and reminders must appear in the window.
    """
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayIcon(QSystemTrayIcon):
    """The tray icon with its menu; it shows itself only where a tray exists.

    Showing a tray icon where there is no tray makes Qt warn and does nothing useful, so
    callers say whether they want it (``set_wanted``) and the icon decides.

    Signals:
        open_requested(): bring the window back (the menu, the icon or a message clicked).
        routine_requested(): start a routine.
        quit_requested(): quit AcuPress for real.
    """

    open_requested = Signal()
    routine_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(app_icon(), parent)
        self.setToolTip("AcuPress")
        # No parent widget, as the menu must work while the window is hidden; this
        # reference keeps it alive, and it goes when the icon does.
        self._menu = QMenu()
        self.destroyed.connect(self._menu.deleteLater)
        self.open_action = self._menu.addAction("")
        self.routine_action = self._menu.addAction("")
        self._menu.addSeparator()
        self.quit_action = self._menu.addAction("")
        self.retranslate()
        self.open_action.triggered.connect(self.open_requested)
        self.routine_action.triggered.connect(self.routine_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.setContextMenu(self._menu)
        self.activated.connect(self._on_activated)
        self.messageClicked.connect(self.open_requested)

    def retranslate(self) -> None:
        """The menu's texts in the language now installed (the window asks on a change)."""
        self.open_action.setText(self.tr("Open AcuPress"))
        self.routine_action.setText(self.tr("Start routine"))
        self.quit_action.setText(self.tr("Quit"))

    def set_wanted(self, wanted: bool) -> None:
        """Show the icon if wanted and the desktop has a tray; hide it otherwise."""
        self.setVisible(wanted and tray_available())

    def can_notify(self) -> bool:
        """Whether ``notify`` will be seen; when False, the caller shows its own notice."""
        return self.isVisible() and QSystemTrayIcon.supportsMessages()

    def notify(self, title: str, message: str) -> bool:
        """Show a message from the tray; False (and nothing shown) when it cannot."""
        if not self.can_notify():
            return False
        self.showMessage(title, message, self.icon(), MESSAGE_MS)
        return True

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
