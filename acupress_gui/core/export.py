"""The history as CSV, for a spreadsheet or a clinician: one row per hold, a header row.

Each row also names the sitting it belonged to (a routine, or one press of Start) and the
pain rated before and after that sitting, so every hold of a routine repeats its ratings.
Times are ISO 8601 in UTC, durations in seconds, so any tool reads them without a
locale. The file is written beside its target and renamed into place, so a failed
export never leaves half a file where a good one was.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from acupress_gui.core.history import (
    HoldRecord,
    Side,
    SittingKind,
    SittingRecord,
    StoredSession,
)

COLUMNS = (
    "id",
    "started_at_utc",
    "entry_id",
    "point_codes",
    "side",
    "set_number",
    "planned_seconds",
    "held_seconds",
    "completed",
    "sitting",
    "sitting_kind",
    "sitting_started_at_utc",
    "pain_before",
    "pain_after",
)
"""Sitting columns are empty for holds saved before sittings existed; ratings when not given."""


def export_csv(sessions: Iterable[StoredSession], path: Path) -> int:
    """Write ``sessions`` to ``path`` as CSV; returns how many rows were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    count = 0
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(COLUMNS)
            for session in sessions:
                writer.writerow(_row(session))
                count += 1
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def read_csv(path: Path) -> Iterator[StoredSession]:
    """The sessions of a file written by ``export_csv``."""
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            key = row["sitting"] or None
            sitting = None
            if key is not None:
                sitting = SittingRecord(
                    key,
                    SittingKind(row["sitting_kind"]),
                    datetime.fromisoformat(row["sitting_started_at_utc"]),
                    _rating(row["pain_before"]),
                    _rating(row["pain_after"]),
                )
            yield StoredSession(
                int(row["id"]),
                HoldRecord(
                    entry_id=row["entry_id"],
                    point_codes=tuple(row["point_codes"].split()),
                    side=Side(row["side"]),
                    set_number=int(row["set_number"]),
                    started_at=datetime.fromisoformat(row["started_at_utc"]),
                    planned_seconds=float(row["planned_seconds"]),
                    held_seconds=float(row["held_seconds"]),
                    completed=row["completed"] == "yes",
                    sitting_key=key,
                ),
                sitting,
            )


def _rating(text: str) -> int | None:
    return int(text) if text else None


def _row(session: StoredSession) -> tuple[object, ...]:
    record = session.record
    sitting = session.sitting
    return (
        session.id,
        record.started_at.isoformat(timespec="milliseconds"),
        record.entry_id,
        " ".join(record.point_codes),
        record.side.value,
        record.set_number,
        f"{record.planned_seconds:g}",
        f"{record.held_seconds:.3f}".rstrip("0").rstrip("."),
        "yes" if record.completed else "no",
        *(
            (
                sitting.key,
                sitting.kind.value,
                sitting.started_at.isoformat(timespec="milliseconds"),
                "" if sitting.pain_before is None else sitting.pain_before,
                "" if sitting.pain_after is None else sitting.pain_after,
            )
            if sitting
            else ("",) * 5
        ),
    )
