"""The history's recorder: what could not be saved is kept and tried again, in order.

Apart from the store (``history``) so that the window, which holds the recorder, can be
built before SQLite and the store's code are loaded: they are imported when the first
record is written or the store is opened, on the worker thread, after the window shows.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from acupress_gui.core.translatable import message_of

if TYPE_CHECKING:
    from acupress_gui.core.history import HistoryStore, Recordable

log = logging.getLogger(__name__)


class Recorder(Protocol):
    """What a visitor's view records its holds and sittings through: the history's
    recorder at home; in a kiosk, one that keeps only anonymous counts."""

    store: HistoryStore | None
    last_error: str | None

    @property
    def pending(self) -> tuple[Recordable, ...]: ...

    def record(self, record: Recordable) -> int | None: ...

    def retry(self) -> bool: ...


class HistoryRecorder:
    """Keeps what could not be written in memory and retries, so nothing is lost silently.

    Any ``HistoryError`` (the disk is full, the folder is read-only, the file is from a newer
    AcuPress) keeps the hold or sitting pending with ``last_error`` set; they are written in
    the order recorded (a sitting before its holds), each exactly once.

    One thread at a time: the app opens the store on a worker thread at start-up (its
    integrity check can take seconds), and a record made meanwhile waits for it.
    """

    def __init__(self, open_store: Callable[[], HistoryStore]) -> None:
        self._open_store = open_store
        self._lock = threading.Lock()
        self.store: HistoryStore | None = None
        """Opened on the first ``record`` or ``retry``."""
        self.last_error: str | None = None
        """Why the last write failed; None when everything is saved."""
        self._pending: list[Recordable] = []

    @property
    def pending(self) -> tuple[Recordable, ...]:
        return tuple(self._pending)

    def record(self, record: Recordable) -> int | None:
        """Save ``record`` after any held back before it.

        Returns a hold's id (None for a sitting, or when kept in memory).
        """
        with self._lock:
            self._pending.append(record)
            return self._flush()

    def retry(self) -> bool:
        """Try again to open the store and save the pending holds; True when none are left."""
        with self._lock:
            self._flush()
            return not self._pending

    def close(self) -> None:
        if self._pending:
            log.error("%d record(s) could not be saved: %s", len(self._pending), self.last_error)
        if self.store is not None:
            self.store.close()
            self.store = None

    def _flush(self) -> int | None:
        """Write the pending holds in order; the id of the last one, or None if any remain."""
        from acupress_gui.core.history import HistoryError, SittingRecord

        saved_id = None
        try:
            if self.store is None:
                self.store = self._open_store()
            while self._pending:
                item = self._pending[0]
                if isinstance(item, SittingRecord):
                    self.store.save_sitting(item)
                    saved_id = None
                else:
                    saved_id = self.store.add(item)
                del self._pending[0]
        except HistoryError as error:
            self.last_error = message_of(error)  # still translatable
            log.warning("%s (%d record(s) kept in memory)", error, len(self._pending))
            return None
        self.last_error = None
        return saved_id
