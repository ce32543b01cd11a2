"""Opens the history on a worker thread, so the window never waits for the file.

After a run that did not end cleanly the store checks the whole file, which takes
seconds on a big history read from a cold disk; the window stays responsive meanwhile.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from acupress_gui.core.history_recorder import HistoryRecorder


class HistoryOpener(QObject):
    """Runs the recorder's first opening away from the event loop.

    Signals:
        opened(): the store is open, or the recorder knows why it is not (on the GUI
            thread, as the opener lives there).
    """

    opened = Signal()

    def __init__(self, recorder: HistoryRecorder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recorder = recorder
        self._thread = threading.Thread(target=self._open, name="history-open", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Block until the opening is done (for quitting before it was)."""
        if self._thread.is_alive():
            self._thread.join()

    def _open(self) -> None:
        self._recorder.retry()
        self.opened.emit()
