"""Real WAL journals made by SQLite, as a crash leaves them, for the journal tests."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from contextlib import closing
from pathlib import Path
from typing import Any

from acupress_gui.core.history import HistoryStore
from tests.core.history_records import hold

WAL_HEADER = 32
FRAME_HEADER = 24


def never_checkpointing(database: Any, **options: Any) -> sqlite3.Connection:
    """A connection that leaves every commit in the journal, as a crash before a checkpoint."""
    connection = sqlite3.connect(database, **options)
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    return connection


def history_left_by_a_crash(folder: Path, holds: int) -> Path:
    """A history whose ``holds`` holds are all only in its ``-wal``, copied while still open.

    The copy is what a killed app leaves: the main file without them, the journal with them
    (no ``-shm``: the next opener rebuilds it from the journal).
    """
    source = folder / "source" / "history.sqlite3"
    target = folder / "crashed" / "history.sqlite3"
    target.parent.mkdir(parents=True)
    with HistoryStore.open(source, connect=never_checkpointing) as store:
        with closing(sqlite3.connect(source)) as other:
            other.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the schema into the main file
        for number in range(1, holds + 1):
            store.add(hold(set_number=number))
        for suffix in ("", "-wal"):
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    return target


def frame_count(journal: bytes) -> int:
    page_size = struct.unpack_from(">I", journal, 8)[0]
    return (len(journal) - WAL_HEADER) // (FRAME_HEADER + page_size)


def frame_offset(journal: bytes, frame: int) -> int:
    page_size = struct.unpack_from(">I", journal, 8)[0]
    return WAL_HEADER + frame * (FRAME_HEADER + page_size)


def flip_byte(path: Path, offset: int) -> bytes:
    """Flip one bit at ``offset``, as a bad sector or a stray write would; the new content."""
    content = bytearray(path.read_bytes())
    content[offset] ^= 0x01
    path.write_bytes(bytes(content))
    return bytes(content)
