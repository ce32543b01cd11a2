"""A kiosk's recorder: each hold only counts, and nothing of the visitor is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from acupress_gui.core.history import HoldOutcome, HoldRecord

if TYPE_CHECKING:
    from acupress_gui.core.history import HistoryStore, Recordable
    from acupress_gui.core.kiosk.visit_counters import VisitCounters


class CountingRecorder:
    """Takes a visitor's holds and sittings as the history's recorder would, and keeps of
    them only one more hold started (and completed) for the entry today."""

    def __init__(self, counters: VisitCounters) -> None:
        self.counters = counters
        self.store: HistoryStore | None = None
        """Always None: a kiosk has no history to open, so no window can show one."""
        self.last_error: str | None = None

    @property
    def pending(self) -> tuple[Recordable, ...]:
        return ()

    def record(self, record: Recordable) -> int | None:
        if isinstance(record, HoldRecord):
            self.counters.started(record.entry_id)
            if record.outcome is HoldOutcome.COMPLETED:
                self.counters.completed(record.entry_id)
        return None

    def retry(self) -> bool:
        return True
