"""The only thing a kiosk keeps of its visitors: holds started and completed, per entry
per day. No times of day, no order, no ratings, no answers: nothing to tell one visitor
from another. Kept in the state folder, or in memory where nothing is writable.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

COUNTERS_FILE_NAME = "kiosk-counters.json"
KEPT_DAYS = 400
"""Older days are dropped, so the file stays small on a kiosk that runs for years."""
CSV_COLUMNS = ("date", "entry_id", "holds_started", "holds_completed")


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    entry_id: str
    started: int
    completed: int


@dataclass(slots=True)
class VisitCounters:
    today: Callable[[], date]
    path: Path | None = None
    """None keeps the counts in memory only."""
    _days: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    @classmethod
    def load(cls, today: Callable[[], date], folder: Path | None) -> VisitCounters:
        counters = cls(today, None if folder is None else folder / COUNTERS_FILE_NAME)
        if counters.path is None:
            return counters
        try:
            document = json.loads(counters.path.read_bytes())
            counters._days = {
                str(day): {str(e): [int(n[0]), int(n[1])] for e, n in entries.items()}
                for day, entries in document["days"].items()
            }
        except FileNotFoundError:
            return counters  # none counted yet: the kiosk's first day
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
            aside = counters.path.with_suffix(".damaged.json")
            log.warning("Kiosk counters %s unusable (%s); starting afresh", counters.path, error)
            try:
                os.replace(counters.path, aside)
            except OSError:
                counters.path = None
        return counters

    def started(self, entry_id: str) -> None:
        self._add(entry_id, 0)

    def completed(self, entry_id: str) -> None:
        self._add(entry_id, 1)

    def _add(self, entry_id: str, column: int) -> None:
        day = self.today().isoformat()
        self._days.setdefault(day, {}).setdefault(entry_id, [0, 0])[column] += 1
        for old in sorted(self._days)[:-KEPT_DAYS]:
            del self._days[old]
        self._save()

    def rows(self) -> list[DayCount]:
        """Every count, newest day first, entries in id order within a day."""
        return [
            DayCount(date.fromisoformat(day), entry_id, counts[0], counts[1])
            for day in sorted(self._days, reverse=True)
            for entry_id, counts in sorted(self._days[day].items())
        ]

    def as_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for row in self.rows():
            writer.writerow((row.day.isoformat(), row.entry_id, row.started, row.completed))
        return buffer.getvalue()

    def _save(self) -> None:
        if self.path is None:
            return
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_text(json.dumps({"days": self._days}), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            log.warning("Kiosk counters kept in memory only: %s", error)
            self.path = None
