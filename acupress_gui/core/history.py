"""The session history: one SQLite row per hold, safe across crashes, upgrades and damage.

Each hold is committed before ``add`` returns (WAL journal, ``synchronous=FULL``), so a
crash loses nothing that was reported saved. A file this version cannot use is never
overwritten: one from a newer AcuPress is refused and left as it is, and a damaged or
foreign one is moved aside with its journal, never deleted, and a new history started.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)

APPLICATION_ID = int.from_bytes(b"AcuP", "big")
"""Written to ``PRAGMA application_id`` (it reads "AcuP" in a hex dump) to mark our files."""

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        entry_id TEXT NOT NULL,
        point_codes TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('both', 'right', 'left')),
        set_number INTEGER NOT NULL CHECK (set_number >= 1),
        started_at TEXT NOT NULL,
        planned_seconds REAL NOT NULL,
        held_seconds REAL NOT NULL,
        completed INTEGER NOT NULL CHECK (completed IN (0, 1))
    );
    CREATE INDEX sessions_by_start ON sessions (started_at);
    """,
)
"""SQL scripts: index i takes a file from ``user_version`` i to i + 1. Never edit a released one.

``point_codes`` is space-separated; ``started_at`` is UTC text in one fixed format, so that
comparing the text compares the instants.
"""

SCHEMA_VERSION = len(MIGRATIONS)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_PAGE_SIZES = frozenset(2**n for n in range(9, 17))
_COMPANIONS = ("-wal", "-shm")
_COLUMNS = (
    "entry_id, point_codes, side, set_number, started_at, planned_seconds, held_seconds, completed"
)
_INSERT = f"INSERT INTO sessions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_PLAIN_REASONS = (
    ("SQLITE_FULL", "the disk is full"),
    ("SQLITE_READONLY", "the file or its folder is read-only"),
    ("SQLITE_CANTOPEN", "the file cannot be opened or created there"),
    ("SQLITE_PERM", "permission is denied"),
    ("SQLITE_BUSY", "another program is using it"),
    ("SQLITE_LOCKED", "another program is using it"),
    ("SQLITE_IOERR", "the disk reported a read or write error"),
    ("SQLITE_CORRUPT", "the file is damaged"),
    ("SQLITE_NOTADB", "the file is not a database"),
)
"""SQLite's error names (prefixes, as in SQLITE_IOERR_WRITE) in words a person can act on."""


class Side(StrEnum):
    """The side of the body a hold pressed, from the person's point of view."""

    BOTH = "both"
    RIGHT = "right"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class HoldRecord:
    """One finished or stopped hold; ``started_at`` must be timezone-aware."""

    entry_id: str
    point_codes: tuple[str, ...]
    side: Side
    set_number: int
    """1-based."""
    started_at: datetime
    planned_seconds: float
    held_seconds: float
    completed: bool
    """False when the person stopped the hold early."""


@dataclass(frozen=True, slots=True)
class StoredSession:
    id: int
    record: HoldRecord


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A history file that could not be used and was moved aside for its owner to recover."""

    original: Path
    moved_to: Path
    """The main file's new name; its ``-wal`` and ``-shm`` lie beside it with the same stem."""
    reason: str


class HistoryError(Exception):
    """The history cannot be used; the message says why in plain words."""


class HistoryTooNewError(HistoryError):
    """The file was written by a newer AcuPress; it was refused and left untouched."""


class HistoryUnavailableError(HistoryError):
    """The file cannot be opened, read or written (read-only, disk full, locked...)."""


class HistoryStore:
    """The history file, open for reading and writing; build one with ``HistoryStore.open``."""

    def __init__(
        self, path: Path, connection: sqlite3.Connection, quarantined: Quarantined | None
    ) -> None:
        self.path = path
        self.quarantined = quarantined
        """Set when ``open`` found the file unusable and moved it aside."""
        self._connection = connection

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        connect: Callable[..., sqlite3.Connection] = sqlite3.connect,
        migrations: Sequence[str] = MIGRATIONS,
    ) -> HistoryStore:
        """Check the file at ``path`` (or create it) and bring it up to the newest schema.

        Raises ``HistoryTooNewError`` for a file from a newer AcuPress and
        ``HistoryUnavailableError`` when the file or its folder cannot be used. ``connect``
        is the seam where tests inject those faults.
        """
        with _plainly(path, "opened"):
            path.parent.mkdir(parents=True, exist_ok=True)
            reason = _damage(path, connect, newest=len(migrations))
            quarantined = None if reason is None else _move_aside(path, reason)
            connection = connect(path, isolation_level=None)
            try:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = FULL")
                with _plainly(path, "updated to this version's format"):
                    _migrate(connection, migrations)
            except BaseException:
                connection.close()
                raise
        return cls(path, connection, quarantined)

    def add(self, record: HoldRecord) -> int:
        """Save one hold; it is on disk when this returns. Returns its id."""
        row = _row_of(record)
        with _plainly(self.path, "saved"):
            return self._connection.execute(_INSERT, row).lastrowid

    def recent(self, limit: int, before_id: int | None = None) -> list[StoredSession]:
        """Up to ``limit`` holds, newest first; pass the last id seen as ``before_id`` for more."""
        with _plainly(self.path, "read"):
            if before_id is None:
                rows = self._connection.execute(
                    f"SELECT id, {_COLUMNS} FROM sessions ORDER BY id DESC LIMIT ?", (limit,)
                )
            else:
                rows = self._connection.execute(
                    f"SELECT id, {_COLUMNS} FROM sessions WHERE id < ? ORDER BY id DESC LIMIT ?",
                    (before_id, limit),
                )
            return [StoredSession(row[0], _record_of(row[1:])) for row in rows]

    def oldest_first(self) -> Iterator[StoredSession]:
        """Every hold, oldest first, read as it is consumed (an export of any size)."""
        with _plainly(self.path, "read"):
            rows = self._connection.execute(f"SELECT id, {_COLUMNS} FROM sessions ORDER BY id")
            for row in rows:
                yield StoredSession(row[0], _record_of(row[1:]))

    def count(self) -> int:
        with _plainly(self.path, "read"):
            return self._connection.execute("SELECT count(*) FROM sessions").fetchone()[0]

    def seconds_held_since(self, since: datetime) -> float:
        """Total seconds held in holds that started at or after ``since`` (timezone-aware)."""
        with _plainly(self.path, "read"):
            return self._connection.execute(
                "SELECT total(held_seconds) FROM sessions WHERE started_at >= ?",
                (_utc_text(since),),
            ).fetchone()[0]

    def delete(self, session_id: int) -> None:
        with _plainly(self.path, "changed"):
            self._connection.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def clear(self) -> None:
        """Delete every hold and erase them from the disk, not only from the list.

        A plain DELETE leaves the rows readable in free pages and in the WAL; VACUUM rebuilds
        the file without them and the truncating checkpoint empties the WAL.
        """
        with _plainly(self.path, "cleared"):
            self._connection.execute("DELETE FROM sessions")
            self._connection.execute("VACUUM")
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def today_and_week_start(now: datetime) -> tuple[datetime, datetime]:
    """Local midnight today and on this week's Monday, for the "today" and "week" totals.

    Each midnight is built from the local date, not by replacing the hour of ``now``: on the
    day the clocks change, midnight has a different UTC offset than ``now``.
    """
    if now.utcoffset() is None:
        raise ValueError(f"{now!r} has no time zone")
    today = now.astimezone().date()
    monday = today - timedelta(days=today.weekday())
    return _local_midnight(today), _local_midnight(monday)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


class HistoryRecorder:
    """Keeps holds that could not be written in memory and retries, so nothing is lost silently.

    Any ``HistoryError`` (the disk is full, the folder is read-only, the file is from a newer
    AcuPress) keeps the hold pending with ``last_error`` set; holds are written oldest first,
    each exactly once.
    """

    def __init__(self, open_store: Callable[[], HistoryStore]) -> None:
        self._open_store = open_store
        self.store: HistoryStore | None = None
        """Opened on the first ``record`` or ``retry``."""
        self.last_error: str | None = None
        """Why the last write failed; None when everything is saved."""
        self._pending: list[HoldRecord] = []

    @property
    def pending(self) -> tuple[HoldRecord, ...]:
        return tuple(self._pending)

    def record(self, record: HoldRecord) -> int | None:
        """Save ``record`` after any held back before it: its id, or None if kept in memory."""
        self._pending.append(record)
        return self._flush()

    def retry(self) -> bool:
        """Try again to open the store and save the pending holds; True when none are left."""
        self._flush()
        return not self._pending

    def close(self) -> None:
        if self._pending:
            log.error("%d hold(s) could not be saved: %s", len(self._pending), self.last_error)
        if self.store is not None:
            self.store.close()
            self.store = None

    def _flush(self) -> int | None:
        """Write the pending holds in order; the id of the last one, or None if any remain."""
        saved_id = None
        try:
            if self.store is None:
                self.store = self._open_store()
            while self._pending:
                saved_id = self.store.add(self._pending[0])
                del self._pending[0]
        except HistoryError as error:
            self.last_error = str(error)
            log.warning("%s (%d hold(s) kept in memory)", error, len(self._pending))
            return None
        self.last_error = None
        return saved_id


def _row_of(record: HoldRecord) -> tuple[object, ...]:
    for code in record.point_codes:
        if code.split() != [code]:
            raise ValueError(f"point code {code!r} is empty or contains spaces")
    return (
        record.entry_id,
        " ".join(record.point_codes),
        record.side.value,
        record.set_number,
        _utc_text(record.started_at),
        record.planned_seconds,
        record.held_seconds,
        int(record.completed),
    )


def _record_of(row: tuple[Any, ...]) -> HoldRecord:
    entry_id, codes, side, set_number, started_at, planned, held, completed = row
    return HoldRecord(
        entry_id=entry_id,
        point_codes=tuple(codes.split()),
        side=Side(side),
        set_number=set_number,
        started_at=datetime.fromisoformat(started_at),
        planned_seconds=planned,
        held_seconds=held,
        completed=bool(completed),
    )


def _utc_text(moment: datetime) -> str:
    """``moment`` as stored: UTC, to the millisecond, fixed width: text order is time order."""
    if moment.utcoffset() is None:
        raise ValueError(f"{moment!r} has no time zone; the history stores instants")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _damage(path: Path, connect: Callable[..., sqlite3.Connection], newest: int) -> str | None:
    """Why the file at ``path`` cannot be our history, or None if it can (or does not exist).

    Looks through read-only connections, so nothing is written, converted to WAL or
    checkpointed before the verdict (SQLite's own crash recovery aside): a refused or damaged
    file and its journal stay as they are.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        # SQLite would delete a journal beside an empty file; it may hold the only copy of rows.
        return "empty, but its journal is not" if _journal_has_content(path) else None
    reason = _damage_in_header(path, size)
    if reason is not None:
        return reason
    try:
        try:
            return _damage_in_content(path, connect, newest)
        except sqlite3.OperationalError as error:
            if _error_name(error) != "SQLITE_READONLY_ROLLBACK":
                raise
        # A crash left a rollback journal that only a writer may replay: let SQLite recover
        # the file as any writer would, then look again.
        with closing(connect(path, isolation_level=None)) as connection:
            connection.execute("PRAGMA user_version")
        return _damage_in_content(path, connect, newest)
    except sqlite3.DatabaseError as error:
        name = _error_name(error)
        if name.startswith("SQLITE_CORRUPT"):
            return "failed its integrity check"
        if name == "SQLITE_NOTADB":
            return "not a database"
        raise


def _journal_has_content(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def _damage_in_header(path: Path, size: int) -> str | None:
    """What the first 100 bytes (the SQLite header) and the size say is wrong, if anything."""
    with path.open("rb") as stream:
        header = stream.read(100)
    if not header.startswith(_SQLITE_MAGIC):
        return "not a database"
    if len(header) < 100:
        return "truncated"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size not in _PAGE_SIZES:
        return "not a database"
    if size % page_size:  # a database is whole pages, in WAL mode too
        return "truncated"
    return None


def _damage_in_content(
    path: Path, connect: Callable[..., sqlite3.Connection], newest: int
) -> str | None:
    """What SQLite itself finds: another application's file or damage; a newer one is refused."""
    with closing(connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        owner = connection.execute("PRAGMA application_id").fetchone()[0]
        has_tables = connection.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master)").fetchone()[0]
        if owner != APPLICATION_ID and not (owner == 0 and version == 0 and not has_tables):
            return "belongs to another application"
        if version > newest:
            raise HistoryTooNewError(
                f"The session history {path} was written by a newer version of AcuPress "
                f"(format {version}; this version knows up to {newest}). It was left untouched: "
                "update AcuPress to see it and to save new sessions."
            )
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return "failed its integrity check"
        return None


def _move_aside(path: Path, reason: str) -> Quarantined:
    """Rename the file and its journal to ``<name>.damaged-<UTC time>``; never delete them."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    # The main file goes last: were a rename to fail, no new database starts beside an old
    # journal (SQLite would replay or delete it).
    for suffix in (*_COMPANIONS, ""):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    log.warning("The session history %s: %s. Kept it as %s; starting anew.", path, reason, target)
    return Quarantined(original=path, moved_to=target, reason=reason)


def _migrate(connection: sqlite3.Connection, migrations: Sequence[str]) -> None:
    """Run each missing migration in its own transaction, together with its version bump.

    Python's sqlite3 does not put DDL or PRAGMAs in its implicit transactions (and
    ``executescript`` commits any open one), so BEGIN IMMEDIATE and COMMIT are in the script.
    """
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    for target, script in enumerate(migrations[version:], start=version + 1):
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE;\n{script}\n;\n"
                f"PRAGMA user_version = {target};\n"
                f"PRAGMA application_id = {APPLICATION_ID};\n"
                "COMMIT;"
            )
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


def _error_name(error: sqlite3.Error) -> str:
    return getattr(error, "sqlite_errorname", None) or ""


@contextmanager
def _plainly(path: Path, doing: str) -> Iterator[None]:
    """Turn a failure of the disk or the file into ``HistoryUnavailableError`` in plain words.

    Errors in our own SQL or use of the API (integrity, programming) are bugs and pass through.
    """
    try:
        yield
    except OSError as error:
        why = error.strerror or str(error)
        raise HistoryUnavailableError(
            f"The session history {path} cannot be {doing}: {why}."
        ) from error
    except sqlite3.Error as error:
        if not (
            isinstance(error, sqlite3.OperationalError) or type(error) is sqlite3.DatabaseError
        ):
            raise
        name = _error_name(error)
        why = next((words for prefix, words in _PLAIN_REASONS if name.startswith(prefix)), None)
        raise HistoryUnavailableError(
            f"The session history {path} cannot be {doing}: {why or error}."
        ) from error
