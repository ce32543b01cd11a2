"""Reads the insights in a worker thread, so a long history never freezes the window.

Python's sqlite3 lets go of the GIL while SQLite works, so the event loop keeps running
during the queries. A newer request supersedes the one before: the old one is cancelled
through SQLite's progress handler, which stops a statement mid-way (even a long aggregate
that has not returned its first row), and whatever it returns is dropped.

No worker outlives the loader: ``shutdown()`` stops them, and so does the loader's
destruction (its parent deleted mid-read, say), before its signal can go away under a
worker about to emit it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import SIGNAL, QObject, Qt, Signal, Slot

from acupress_gui.core.insights import Insights, Span, read_insights

PROGRESS_STEPS = 20_000
"""SQLite virtual-machine steps between checks for cancellation (a fraction of a
millisecond): often enough to stop at once, rarely enough to cost nothing."""


class _Workers:
    """The loader's threads, kept apart from the loader so that its destruction can stop
    them (a Qt object being destroyed must not be reached through its Python wrapper).

    ``lock`` makes "not cancelled, so emit" one step: once ``stop()`` has cancelled a
    worker, that worker can no longer emit, even if it was about to.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._running: list[tuple[threading.Thread, threading.Event]] = []

    def add(self, worker: threading.Thread, cancelled: threading.Event) -> None:
        self._running.append((worker, cancelled))
        worker.start()

    def cancel(self) -> None:
        """Cancel every worker without waiting (each stops at SQLite's next check)."""
        with self.lock:
            for _, cancelled in self._running:
                cancelled.set()
        self._running = [(worker, c) for worker, c in self._running if worker.is_alive()]

    def stop(self) -> None:
        """Cancel every worker and wait for it (milliseconds)."""
        self.cancel()
        for worker, _ in self._running:
            worker.join()
        self._running.clear()


class InsightsLoader(QObject):
    """Runs ``read_insights``, then ``prepare`` on its result, in a worker thread, for one
    request at a time; the newest request wins.

    Its owner calls ``stop()`` when it no longer wants a read (the view does when it is
    hidden) and ``shutdown()`` when it is done with the loader (the visitor session, when
    it closes). Deleting the loader, or its parent, stops its workers too.

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
        self._shut_down = False
        self._workers = _Workers()
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        # A plain Python method, not the loader's own: it still works while Qt destroys it.
        self.destroyed.connect(self._workers.stop)

    def start(self, connection: sqlite3.Connection, span: Span, now: datetime) -> None:
        """Read ``span`` from ``connection`` (a reader; closed when done) in a new thread.

        After ``shutdown()`` nothing is read: the connection is closed at once.
        """
        if self._shut_down:
            connection.close()
            return
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
        self._workers.add(worker, cancelled)

    def is_loading(self) -> bool:
        return self._loading

    def cancel(self) -> None:
        """Stop the running read, if any, without waiting; its outcome is dropped."""
        self._loading = False
        self._workers.cancel()

    def stop(self) -> None:
        """Cancel and wait for every worker; the loader can start again afterwards."""
        self._loading = False
        self._workers.stop()

    def shutdown(self) -> None:
        """Stop for good: cancel and wait for every worker, and disconnect its signals, so
        nothing more arrives from it. Safe to call more than once."""
        if self._shut_down:
            return
        self._shut_down = True
        self.stop()
        self._delivered.disconnect(self._deliver)
        if self.receivers(SIGNAL("finished(PyObject)")):
            self.finished.disconnect()

    def _run(
        self,
        request: int,
        connection: sqlite3.Connection,
        span: Span,
        now: datetime,
        cancelled: threading.Event,
    ) -> None:
        """In the worker thread: touches no Qt object but the loader's own signal, and that
        only while the loader is known to be alive (not cancelled, under the lock)."""
        outcome: object
        try:
            connection.set_progress_handler(cancelled.is_set, PROGRESS_STEPS)
            outcome = self._prepare(read_insights(connection, span, now))
        except Exception as error:  # handed to the GUI thread, which decides
            outcome = error
        finally:
            connection.close()
        with self._workers.lock:
            if not cancelled.is_set():
                self._delivered.emit(request, outcome)

    @Slot(int, object)
    def _deliver(self, request: int, outcome: object) -> None:
        """In the GUI thread, from the event loop: a worker's outcome."""
        if request != self._request or not self._loading:
            return  # superseded or cancelled while it ran
        self._loading = False
        self.finished.emit(outcome)
