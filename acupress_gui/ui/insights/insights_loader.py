"""Reads the insights in a worker thread, so a long history never freezes the window.

Python's sqlite3 lets go of the GIL while SQLite works, so the event loop keeps running
during the queries. A newer request supersedes the one before: the old one is cancelled
through SQLite's progress handler, which stops a statement mid-way (even a long aggregate
that has not returned its first row), and whatever it returns is dropped.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from acupress_gui.core.insights import Insights, Span, read_insights

PROGRESS_STEPS = 20_000
"""SQLite virtual-machine steps between checks for cancellation (a fraction of a
millisecond): often enough to stop at once, rarely enough to cost nothing."""


class InsightsLoader(QObject):
    """Runs ``read_insights``, then ``prepare`` on its result, in a worker thread, for one
    request at a time; the newest request wins.

    Call ``shutdown()`` before the loader goes away (the view does it when it closes): it
    cancels the running read and waits for its thread, so no thread outlives the window.

    Signals:
        finished(object): what ``prepare`` made of the newest request's ``Insights``, or
            the exception raised (a ``sqlite3.Error`` when the file could not be read).
    """

    finished = Signal(object)
    _delivered = Signal(int, object)
    """From a worker thread: the request's number and its outcome."""

    def __init__(
        self, prepare: Callable[[Insights], object], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._prepare = prepare
        self._request = 0
        self._loading = False
        self._workers: list[tuple[threading.Thread, threading.Event]] = []
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:  # quitting with the window open, mid-read
            app.aboutToQuit.connect(self.shutdown)

    def start(self, connection: sqlite3.Connection, span: Span, now: datetime) -> None:
        """Read ``span`` from ``connection`` (a reader; closed when done) in a new thread."""
        self.cancel()
        self._request += 1
        self._loading = True
        cancelled = threading.Event()
        worker = threading.Thread(
            target=self._run,
            args=(self._request, connection, span, now, cancelled),
            name=f"insights-{self._request}",
            daemon=True,
        )
        self._workers.append((worker, cancelled))
        worker.start()

    def is_loading(self) -> bool:
        return self._loading

    def cancel(self) -> None:
        """Stop the running read, if any, without waiting; its outcome is dropped."""
        self._loading = False
        for _, cancelled in self._workers:
            cancelled.set()
        self._workers = [(worker, c) for worker, c in self._workers if worker.is_alive()]

    def shutdown(self) -> None:
        """Cancel and wait for every worker (milliseconds: SQLite stops at the next check)."""
        self.cancel()
        for worker, _ in self._workers:
            worker.join()
        self._workers.clear()

    def _run(
        self,
        request: int,
        connection: sqlite3.Connection,
        span: Span,
        now: datetime,
        cancelled: threading.Event,
    ) -> None:
        """In the worker thread: touches no Qt object but the loader's own signal."""
        outcome: object
        try:
            connection.set_progress_handler(cancelled.is_set, PROGRESS_STEPS)
            outcome = self._prepare(read_insights(connection, span, now))
        except Exception as error:  # handed to the GUI thread, which decides
            outcome = error
        finally:
            connection.close()
        if not cancelled.is_set():
            self._delivered.emit(request, outcome)

    def _deliver(self, request: int, outcome: object) -> None:
        if request != self._request or not self._loading:
            return  # superseded or cancelled while it ran
        self._loading = False
        self.finished.emit(outcome)
