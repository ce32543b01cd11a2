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
    """
    CREATE TABLE sittings (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('routine', 'single')),
        started_at TEXT NOT NULL,
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)
    );
    CREATE INDEX sittings_by_start ON sittings (started_at);
    ALTER TABLE sessions ADD COLUMN sitting_id INTEGER REFERENCES sittings (id);
    CREATE INDEX sessions_by_sitting ON sessions (sitting_id);
    """,
)
"""SQL scripts: index i takes a file from ``user_version`` i to i + 1. Never edit a released one.

A row of ``sessions`` is one hold. ``point_codes`` is space-separated; ``started_at`` is UTC
text in one fixed format, so that comparing the text compares the instants. Version 2 groups
holds into sittings (a routine, or one press of Start) that carry the pain ratings; holds
saved by version 1 belong to none.
"""

SCHEMA_VERSION = len(MIGRATIONS)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_PAGE_SIZES = frozenset(2**n for n in range(9, 17))
_COMPANIONS = ("-wal", "-shm")
_COLUMNS = (
    "entry_id, point_codes, side, set_number, started_at, planned_seconds, held_seconds, completed"
)
_INSERT = (
    f"INSERT INTO sessions ({_COLUMNS}, sitting_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM sittings WHERE key = ?))"
)
_SELECT = (
    "SELECT sessions.id, "
    + ", ".join(f"sessions.{column}" for column in _COLUMNS.split(", "))
    + ", sittings.key, sittings.kind, sittings.started_at, sittings.pain_before, "
    "sittings.pain_after FROM sessions LEFT JOIN sittings ON sittings.id = sessions.sitting_id"
)
_SAVE_SITTING = """
    INSERT INTO sittings (key, kind, started_at, pain_before, pain_after) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET pain_before = excluded.pain_before,
                                    pain_after = excluded.pain_after
"""
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


class SittingKind(StrEnum):
    ROUTINE = "routine"
    SINGLE = "single"
    """One press of Start: the sets and sides of one entry."""


PAIN_SCALE = range(11)
"""The Numeric Rating Scale: 0 is no pain, 10 the worst pain imaginable."""


@dataclass(frozen=True, slots=True)
class SittingRecord:
    """One go at the app, a routine or a single hold, with the pain rated around it.

    ``key`` is made by the app (``new_sitting_key``) so its holds can name it before it is
    saved; saving it again with the same key updates the ratings.
    """

    key: str
    kind: SittingKind
    started_at: datetime
    pain_before: int | None = None
    pain_after: int | None = None

    def __post_init__(self) -> None:
        for rating in (self.pain_before, self.pain_after):
            if rating is not None and rating not in PAIN_SCALE:
                raise ValueError(f"pain {rating!r} is not on the 0 to 10 scale")


def new_sitting_key() -> str:
    """128 random bits as hex (what uuid4 gives, without importing uuid at start-up)."""
    return os.urandom(16).hex()


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
    sitting_key: str | None = None
    """The sitting it belongs to, saved before it; None for holds from version 1."""


@dataclass(frozen=True, slots=True)
class StoredSession:
    """A saved hold, with the sitting it belongs to (None for holds from version 1)."""

    id: int
    record: HoldRecord
    sitting: SittingRecord | None = None


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
            if record.sitting_key is not None and not self._has_sitting(record.sitting_key):
                raise ValueError(f"no sitting {record.sitting_key!r} was saved before this hold")
            return self._connection.execute(_INSERT, row).lastrowid

    def save_sitting(self, sitting: SittingRecord) -> None:
        """Save a sitting, or update its ratings if one with its key is saved already."""
        row = (
            sitting.key,
            sitting.kind.value,
            _utc_text(sitting.started_at),
            sitting.pain_before,
            sitting.pain_after,
        )
        with _plainly(self.path, "saved"):
            self._connection.execute(_SAVE_SITTING, row)

    def _has_sitting(self, key: str) -> bool:
        query = "SELECT EXISTS (SELECT 1 FROM sittings WHERE key = ?)"
        return bool(self._connection.execute(query, (key,)).fetchone()[0])

    def connect_reader(self) -> sqlite3.Connection:
        """A read-only connection of its own, for reading from another thread."""
        with _plainly(self.path, "read"):
            return sqlite3.connect(
                f"{self.path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )

    def recent(self, limit: int, before_id: int | None = None) -> list[StoredSession]:
        """Up to ``limit`` holds, newest first; pass the last id seen as ``before_id`` for more."""
        with _plainly(self.path, "read"):
            if before_id is None:
                rows = self._connection.execute(
                    f"{_SELECT} ORDER BY sessions.id DESC LIMIT ?", (limit,)
                )
            else:
                rows = self._connection.execute(
                    f"{_SELECT} WHERE sessions.id < ? ORDER BY sessions.id DESC LIMIT ?",
                    (before_id, limit),
                )
            return [_stored_of(row) for row in rows]

    def oldest_first(self) -> Iterator[StoredSession]:
        """Every hold, oldest first, read as it is consumed (an export of any size)."""
        with _plainly(self.path, "read"):
            for row in self._connection.execute(f"{_SELECT} ORDER BY sessions.id"):
                yield _stored_of(row)

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
        """Delete one hold, and its sitting when it was the sitting's last hold."""
        with _plainly(self.path, "changed"), self._transaction():
            row = self._connection.execute(
                "DELETE FROM sessions WHERE id = ? RETURNING sitting_id", (session_id,)
            ).fetchone()
            if row is not None and row[0] is not None:
                self._connection.execute(
                    "DELETE FROM sittings WHERE id = :sitting "
                    "AND NOT EXISTS (SELECT 1 FROM sessions WHERE sitting_id = :sitting)",
                    {"sitting": row[0]},
                )

    def clear(self) -> None:
        """Delete every hold and erase them from the disk, not only from the list.

        A plain DELETE leaves the rows readable in free pages and in the WAL; VACUUM rebuilds
        the file without them and the truncating checkpoint empties the WAL.
        """
        with _plainly(self.path, "cleared"):
            with self._transaction():
                self._connection.execute("DELETE FROM sessions")
                self._connection.execute("DELETE FROM sittings")
            self._connection.execute("VACUUM")
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self._connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")

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


Recordable = HoldRecord | SittingRecord


class HistoryRecorder:
    """Keeps what could not be written in memory and retries, so nothing is lost silently.

    Any ``HistoryError`` (the disk is full, the folder is read-only, the file is from a newer
    AcuPress) keeps the hold or sitting pending with ``last_error`` set; they are written in
    the order recorded (a sitting before its holds), each exactly once.
    """

    def __init__(self, open_store: Callable[[], HistoryStore]) -> None:
        self._open_store = open_store
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
        self._pending.append(record)
        return self._flush()

    def retry(self) -> bool:
        """Try again to open the store and save the pending holds; True when none are left."""
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
            self.last_error = str(error)
            log.warning("%s (%d record(s) kept in memory)", error, len(self._pending))
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
        record.sitting_key,
    )


def _stored_of(row: tuple[Any, ...]) -> StoredSession:
    """A row of ``_SELECT``: the hold's id and columns, then its sitting's (all NULL if none)."""
    session_id, *hold, key, kind, started_at, pain_before, pain_after = row
    sitting = None
    if key is not None:
        sitting = SittingRecord(
            key, SittingKind(kind), datetime.fromisoformat(started_at), pain_before, pain_after
        )
    return StoredSession(session_id, _record_of(hold, key), sitting)


def _record_of(row: Sequence[Any], sitting_key: str | None) -> HoldRecord:
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
        sitting_key=sitting_key,
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
