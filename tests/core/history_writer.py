"""Saves holds into a history until killed, printing each id only once ``add`` has returned.

Run by test_history_crash.py as ``python history_writer.py PATH``. Every printed id has
been committed, so every printed id must survive the kill. Each hold's ``entry_id`` names
this process, so the test can tell a surviving hold from a later one that reused its id.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from acupress_gui.core.history import HistoryStore, HoldRecord, Side

GIVE_UP_SECONDS = 60.0
"""A writer whose test died without killing it stops by itself."""


def main(path: Path) -> None:
    deadline = time.monotonic() + GIVE_UP_SECONDS
    with HistoryStore.open(path) as store:
        set_number = 0
        while time.monotonic() < deadline:
            set_number += 1
            row_id = store.add(
                HoldRecord(
                    entry_id=f"writer-{os.getpid()}",
                    point_codes=("BL23", "BL52"),
                    side=Side.BOTH,
                    set_number=set_number,
                    started_at=datetime.now(UTC),
                    planned_seconds=60.0,
                    held_seconds=float(set_number),
                    completed=True,
                )
            )
            print(row_id, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
