"""The session history: one SQLite row per hold, safe across crashes, upgrades and damage.

Each hold is committed before ``add`` returns (WAL journal, ``synchronous=FULL``), so a
crash loses nothing that was reported saved. A file this version cannot use is never
overwritten: one from a newer AcuPress is refused and left as it is, and a damaged or
foreign one is moved aside with its journal, never deleted, and a new history started.

What a store found on opening, or since, is on it for the window to say: ``quarantined``
(the file was set aside), ``journal_kept`` (committed holds in a damaged journal could not be
replayed; a copy was kept), ``file_lost`` (the file was deleted or replaced while open and a
new one started), ``read_only`` (it can be read, not added to) and ``checked_integrity``
(the check ran, as it does only after an unclean exit).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any

from acupress_gui.core.translatable import QT_TRANSLATE_NOOP, Message, Text

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
    """
    ALTER TABLE sessions ADD COLUMN outcome TEXT NOT NULL DEFAULT 'completed'
        CHECK (outcome IN ('completed', 'stopped', 'skipped', 'quit'));
    UPDATE sessions SET outcome = 'stopped' WHERE completed = 0;
    ALTER TABLE sessions ADD COLUMN spot INTEGER CHECK (spot >= 1);
    """,
)
"""SQL scripts: index i takes a file from ``user_version`` i to i + 1. Never edit a released one.

A row of ``sessions`` is one hold. ``point_codes`` is space-separated; ``started_at`` is UTC
text in one fixed format, so that comparing the text compares the instants. Version 2 groups
holds into sittings (a routine, or one press of Start) that carry the pain ratings; holds
saved by version 1 belong to none. Version 3 says how each hold ended (``outcome``; older
holds get "completed" or "stopped" from ``completed``, which keeps its meaning) and, for a
row of spots pressed one by one, which spot (``spot``, 1-based; NULL when all were pressed).
"""

SCHEMA_VERSION = len(MIGRATIONS)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_HEADER_SIZE = 32
_WAL_FRAME_HEADER_SIZE = 24
_WAL_VERSION = 3007000
_WAL_WORD_ORDER = {0x377F0682: "<", 0x377F0683: ">"}
"""The journal's magic number says in which byte order its checksums read the data."""
_PAGE_SIZES = frozenset(2**n for n in range(9, 17))
_COMPANIONS = ("-wal", "-shm")
_COLUMNS = (
    "entry_id, point_codes, side, set_number, started_at, planned_seconds, held_seconds, "
    "completed, outcome, spot"
)
_VALUES = ", ".join("?" for _ in _COLUMNS.split(", "))
_SITTING_ID = "(SELECT id FROM sittings WHERE key = ?)"
_INSERT = f"INSERT INTO sessions ({_COLUMNS}, sitting_id) VALUES ({_VALUES}, {_SITTING_ID})"
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
# Why the history cannot be used, each ending a sentence "... cannot be saved because ...".
_PLAIN_REASONS = (
    ("SQLITE_FULL", QT_TRANSLATE_NOOP("history", "the disk is full")),
    ("SQLITE_READONLY", QT_TRANSLATE_NOOP("history", "the file or its folder is read-only")),
    ("SQLITE_CANTOPEN", QT_TRANSLATE_NOOP("history", "the file cannot be opened or created there")),
    ("SQLITE_PERM", QT_TRANSLATE_NOOP("history", "permission is denied")),
    ("SQLITE_BUSY", QT_TRANSLATE_NOOP("history", "another program is using it")),
    ("SQLITE_LOCKED", QT_TRANSLATE_NOOP("history", "another program is using it")),
    ("SQLITE_IOERR", QT_TRANSLATE_NOOP("history", "the disk reported a read or write error")),
    ("SQLITE_CORRUPT", QT_TRANSLATE_NOOP("history", "the file is damaged")),
    ("SQLITE_NOTADB", QT_TRANSLATE_NOOP("history", "the file is not a history AcuPress can read")),
)
"""SQLite's error names (prefixes, as in SQLITE_IOERR_WRITE) in words a person can act on."""
_PLAIN_OS_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("history", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("history", "the disk quota is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("history", "the disk is read-only"),
    errno.EACCES: QT_TRANSLATE_NOOP("history", "permission is denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("history", "permission is denied"),
    errno.ENOENT: QT_TRANSLATE_NOOP("history", "its folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("history", "a file stands where its folder should be"),
    errno.EEXIST: QT_TRANSLATE_NOOP("history", "a file stands where its folder should be"),
    errno.EIO: QT_TRANSLATE_NOOP("history", "the disk reported a read or write error"),
}
_UNEXPLAINED = QT_TRANSLATE_NOOP(
    "history", "of a problem with the file that AcuPress cannot name (details are in the log)"
)

NOT_A_HISTORY = QT_TRANSLATE_NOOP("history", "It is not a history file AcuPress can read.")
TRUNCATED = QT_TRANSLATE_NOOP("history", "It is shorter than it should be: part of it is missing.")
DAMAGED = QT_TRANSLATE_NOOP("history", "It is damaged: its integrity check found errors.")
FOREIGN = QT_TRANSLATE_NOOP("history", "It belongs to another application.")
EMPTY_WITH_JOURNAL = QT_TRANSLATE_NOOP(
    "history", "It is empty, but the journal beside it holds data."
)
JOURNAL_WITHOUT_FILE = QT_TRANSLATE_NOOP(
    "history", "It is missing, but the journal beside it holds data."
)
"""``Quarantined.reason``: why a file was set aside, each a sentence about the file."""


@dataclass(frozen=True, slots=True)
class _Doing:
    """One thing done with the file, and each way of saying it failed: whole sentences,
    as a translation may need to put the verb anywhere."""

    verb: str
    """For the log, which stays English."""
    because: Text
    """It failed, for a reason ``{why}`` of ``_PLAIN_REASONS`` or ``_PLAIN_OS_REASONS``."""
    read_only: Text | None = None
    closed: Text | None = None


_OPENING = _Doing(
    "opened",
    QT_TRANSLATE_NOOP("history", "The session history {path} cannot be opened because {why}."),
)
_UPDATING = _Doing(
    "updated to this version's format",
    QT_TRANSLATE_NOOP(
        "history",
        "The session history {path} cannot be updated to this version's format because {why}.",
    ),
)
_SAVING = _Doing(
    "saved",
    QT_TRANSLATE_NOOP("history", "The session history {path} cannot be saved because {why}."),
    QT_TRANSLATE_NOOP(
        "history",
        "The session history {path} cannot be saved: the file or its folder is read-only.",
    ),
    QT_TRANSLATE_NOOP(
        "history",
        "The session history {path} cannot be saved: it is closed, or it was deleted and a "
        "new file could not be made.",
    ),
)
_READING = _Doing(
    "read",
    QT_TRANSLATE_NOOP("history", "The session history {path} cannot be read because {why}."),
    None,
    QT_TRANSLATE_NOOP(
        "history",
        "The session history {path} cannot be read: it is closed, or it was deleted and a "
        "new file could not be made.",
    ),
)
_CHANGING = _Doing(
    "changed",
    QT_TRANSLATE_NOOP("history", "The session history {path} cannot be changed because {why}."),
    QT_TRANSLATE_NOOP(
        "history",
        "The session history {path} cannot be changed: the file or its folder is read-only.",
    ),
    QT_TRANSLATE_NOOP(
        "history",
        "The session history {path} cannot be changed: it is closed, or it was deleted and "
        "a new file could not be made.",
    ),
)
_CLEARING = _Doing(
    "cleared",
    QT_TRANSLATE_NOOP("history", "The session history {path} cannot be cleared because {why}."),
    QT_TRANSLATE_NOOP(
        "history",
        "The session history {path} cannot be cleared: the file or its folder is read-only.",
    ),
    QT_TRANSLATE_NOOP(
        "history",
        "The session history {path} cannot be cleared: it is closed, or it was deleted and "
        "a new file could not be made.",
    ),
)


class Side(StrEnum):
    """The side of the body a hold pressed, from the person's point of view."""

    BOTH = "both"
    RIGHT = "right"
    LEFT = "left"


class HoldOutcome(StrEnum):
    """How a hold ended. Only a completed hold counts as ``completed`` in the history."""

    COMPLETED = "completed"
    """Held for the whole time planned."""
    STOPPED = "stopped"
    """Stopped early by the person: Stop, Esc, Back, another point chosen."""
    SKIPPED = "skipped"
    """Left by Skip in a routine: its time is not counted as time pressing."""
    QUIT = "quit"
    """Stopped because AcuPress was closed (or a kiosk visitor's session ended)."""


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
    outcome: HoldOutcome = HoldOutcome.COMPLETED
    """How it ended. Left at its default it follows ``completed`` (completed, or stopped),
    so a record made before outcomes existed reads as it always did."""
    spot: int | None = None
    """Which spot of its one point was pressed (1-based), when a point's row of spots was
    pressed one by one; None when the hold pressed every spot of ``point_codes``."""

    def __post_init__(self) -> None:
        if not self.completed and self.outcome is HoldOutcome.COMPLETED:
            object.__setattr__(self, "outcome", HoldOutcome.STOPPED)
        if self.completed != (self.outcome is HoldOutcome.COMPLETED):
            raise ValueError(f"a hold {self.outcome.value} cannot be completed={self.completed}")
        if self.spot is not None and (self.spot < 1 or len(self.point_codes) != 1):
            raise ValueError(f"spot {self.spot} names no spot of {self.point_codes}")

    @property
    def counts_as_pressing(self) -> bool:
        """Whether its time counts as time pressing: every hold but a skipped one."""
        return self.outcome is not HoldOutcome.SKIPPED


@dataclass(frozen=True, slots=True)
class HoldTotals:
    """What a stretch of the history adds up to."""

    pressed_seconds: float
    """Seconds held in every hold but the skipped ones."""
    holds: Mapping[HoldOutcome, int]
    """How many holds ended each way (outcomes with none are left out)."""

    def count(self, outcome: HoldOutcome) -> int:
        return self.holds.get(outcome, 0)

    @property
    def total(self) -> int:
        """Every hold, however it ended."""
        return sum(self.holds.values())


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


@dataclass(frozen=True, slots=True)
class JournalKept:
    """A journal whose committed holds SQLite did not all replay on opening.

    Its bytes were copied, before SQLite could replay or discard it, to ``copy`` (None only
    when even that failed), so a person or a support tool can still recover those holds.
    """

    journal: Path
    copy: Path | None
    frames_replayed: int
    frames_committed: int
    """Frames up to the last commit the journal holds; more than replayed means holds left out."""
    reason: str


@dataclass(frozen=True, slots=True)
class FileLost:
    """The history file was deleted or replaced while open; later holds go into a new file."""

    path: Path
    holds_gone: int | None
    """How many holds the lost file held (None when that could not be read)."""
    reason: str


class HistoryError(Exception):
    """The history cannot be used; the message says why in plain words."""


class HistoryTooNewError(HistoryError):
    """The file was written by a newer AcuPress; it was refused and left untouched."""


class HistoryUnavailableError(HistoryError):
    """The file cannot be opened, read or written (read-only, disk full, locked...)."""


class HistoryStore:
    """The history file, open for reading and writing; build one with ``HistoryStore.open``.

    The connection is made with ``check_same_thread=False`` so the store can be opened on a
    worker thread and then used on the GUI thread; it must be used by one thread at a time.
    """

    def __init__(
        self,
        path: Path,
        connect: Callable[..., sqlite3.Connection],
        migrations: Sequence[str],
        check_integrity: bool | None,
    ) -> None:
        self.path = path
        self.quarantined: Quarantined | None = None
        """Set when ``open`` found the file unusable and moved it aside."""
        self.journal_kept: JournalKept | None = None
        """Set when committed holds in the journal could not be replayed; a copy was kept."""
        self.file_lost: FileLost | None = None
        """Set when the file was deleted or replaced while open, and a new one was started."""
        self.read_only = False
        """The file can be read but nothing new can be saved there (``read_only_reason``)."""
        self.checked_integrity = False
        """Whether the last opening ran the integrity check (it runs after an unclean exit)."""
        self._connect = connect
        self._migrations = migrations
        self._identity = (0, 0)
        self._companions: dict[str, tuple[int, int]] = {}
        """The journal and index files of the file as opened, to tell them from a newcomer's."""
        self._lost = False
        """The file was deleted or replaced and a new one could not be opened yet."""
        self._connection: sqlite3.Connection | None = self._open_connection(check_integrity)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        connect: Callable[..., sqlite3.Connection] = sqlite3.connect,
        migrations: Sequence[str] = MIGRATIONS,
        check_integrity: bool | None = None,
    ) -> HistoryStore:
        """Check the file at ``path`` (or create it) and bring it up to the newest schema.

        The integrity check runs when ``check_integrity`` says so, or, when it is None, only
        if the last run did not close the history cleanly (its marker file is still there or
        its journal holds content): on a big file the check takes seconds. A file or folder
        that cannot be written is opened read-only (``read_only``).

        Raises ``HistoryTooNewError`` for a file from a newer AcuPress and
        ``HistoryUnavailableError`` when the file or its folder cannot be used. ``connect``
        is the seam where tests inject those faults.
        """
        return cls(path, connect, migrations, check_integrity)

    @property
    def read_only_reason(self) -> str | None:
        """A plain sentence for the window when nothing new can be saved, else None."""
        if not self.read_only:
            return None
        return Message(
            QT_TRANSLATE_NOOP(
                "history",
                "The session history {path} can only be read: the file or its folder is "
                "read-only, so new holds cannot be saved there.",
            ),
            path=self.path,
        )

    def _open_connection(self, check_integrity: bool | None) -> sqlite3.Connection:
        path = self.path
        with _plainly(path, _OPENING):
            path.parent.mkdir(parents=True, exist_ok=True)
            marker = _marker(path)
            if check_integrity is None:
                check_integrity = marker.exists() or _journal_has_content(path)
            self.checked_integrity = check_integrity
            journal = _JournalCopy.take(path)
            kept = None
            try:
                reason = _damage(path, self._connect, len(self._migrations), check_integrity)
                self.quarantined = None if reason is None else _move_aside(path, reason)
                connection, self.read_only = _connect_writable_or_read_only(path, self._connect)
                try:
                    # Before any write: the checkpoint's count is then the frames SQLite
                    # replayed from the journal that was there.
                    writable = self.quarantined is None and not self.read_only
                    kept = journal.settle(connection if writable else None)
                    if not self.read_only:
                        connection.execute("PRAGMA synchronous = FULL")
                        with _plainly(path, _UPDATING):
                            _migrate(connection, self._migrations)
                        _write_marker(marker)
                    elif _version(connection) != len(self._migrations):
                        raise HistoryUnavailableError(
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "history",
                                    "The session history {path} cannot be updated to this "
                                    "version's format because the file or its folder is "
                                    "read-only.",
                                ),
                                path=path,
                            )
                        )
                except BaseException:
                    connection.close()
                    raise
            except BaseException:
                if kept is None:  # a copy whose holds were left out stays, whatever happens
                    journal.discard()
                raise
            self.journal_kept = kept
            self._identity = _identity(path)
            self._companions = _identities_of_companions(path)
        return connection

    def _same_file(self) -> None:
        """Start a new file if this one was deleted or replaced since it was opened.

        Holds written into a deleted file would be gone at the next start although each was
        reported saved; this stat before each write is what notices it.
        """
        if self._connection is not None:
            try:
                current: tuple[int, int] | None = _identity(self.path)
            except (FileNotFoundError, NotADirectoryError):
                current = None
            if current == self._identity:
                return
            self._lose_file(deleted=current is None)
        if self._lost:
            self._connection = self._open_connection(check_integrity=None)
            self._lost = False

    def _lose_file(self, deleted: bool) -> None:
        """Close the connection to a file that is no longer the history, and say so."""
        assert self._connection is not None
        try:
            holds_gone = self._connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
        except sqlite3.Error:
            holds_gone = None
        with suppress(sqlite3.Error):
            self._connection.close()
        self._connection = None
        self._lost = True
        # SQLite does not delete the journal of a file unlinked under it: left by that name,
        # it would be replayed into the new file. It holds the lost file's pages; keep it.
        leftovers = _identities_of_companions(self.path)
        target = _aside_name(self.path)
        for suffix, identity in self._companions.items():
            if leftovers.get(suffix) == identity:
                with suppress(OSError):
                    os.replace(f"{self.path}{suffix}", f"{target}{suffix}")
        log.warning(
            "The session history %s %s while AcuPress was running; the %s hold(s) saved in it "
            "are gone with it. New holds go into a new file.",
            self.path,
            "was deleted" if deleted else "was replaced by another file",
            "unknown number of" if holds_gone is None else holds_gone,
        )
        self.file_lost = FileLost(
            path=self.path,
            holds_gone=holds_gone,
            reason=Message(
                QT_TRANSLATE_NOOP(
                    "history",
                    "The session history {path} was deleted while AcuPress was running. The "
                    "holds saved in it before are gone; new holds are saved in a new file.",
                )
                if deleted
                else QT_TRANSLATE_NOOP(
                    "history",
                    "The session history {path} was replaced by another file while AcuPress "
                    "was running. The holds saved in it before are gone; new holds are saved "
                    "in a new file.",
                ),
                path=self.path,
            ),
        )

    def _writable(self, doing: _Doing) -> sqlite3.Connection:
        """The connection for a write: refused plainly when read-only, following a lost file."""
        if self.read_only:
            assert doing.read_only is not None, doing.verb
            raise HistoryUnavailableError(Message(doing.read_only, path=self.path))
        self._same_file()
        return self._live(doing)

    def add(self, record: HoldRecord) -> int:
        """Save one hold; it is on disk when this returns. Returns its id."""
        row = _row_of(record)
        with _plainly(self.path, _SAVING):
            connection = self._writable(_SAVING)
            if record.sitting_key is not None and not self._has_sitting(record.sitting_key):
                raise ValueError(f"no sitting {record.sitting_key!r} was saved before this hold")
            return _new_id(connection.execute(_INSERT, row))

    def save_sitting(self, sitting: SittingRecord) -> None:
        """Save a sitting, or update its ratings if one with its key is saved already."""
        with _plainly(self.path, _SAVING):
            self._writable(_SAVING).execute(_SAVE_SITTING, _sitting_row(sitting))

    def _has_sitting(self, key: str) -> bool:
        query = "SELECT EXISTS (SELECT 1 FROM sittings WHERE key = ?)"
        return bool(self._live(_READING).execute(query, (key,)).fetchone()[0])

    def connect_reader(self) -> sqlite3.Connection:
        """A read-only connection of its own, for reading from another thread."""
        with _plainly(self.path, _READING):
            if self.read_only:  # the folder may allow no ``-shm``: fall back as ``open`` did
                return _connect_read_only(self.path, self._connect)
            return sqlite3.connect(
                f"{self.path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )

    def recent(self, limit: int, before_id: int | None = None) -> list[StoredSession]:
        """Up to ``limit`` holds, newest first; pass the last id seen as ``before_id`` for more."""
        with _plainly(self.path, _READING):
            connection = self._live(_READING)
            if before_id is None:
                rows = connection.execute(f"{_SELECT} ORDER BY sessions.id DESC LIMIT ?", (limit,))
            else:
                rows = connection.execute(
                    f"{_SELECT} WHERE sessions.id < ? ORDER BY sessions.id DESC LIMIT ?",
                    (before_id, limit),
                )
            return [_stored_of(row) for row in rows]

    def oldest_first(self) -> Iterator[StoredSession]:
        """Every hold, oldest first, read as it is consumed (an export of any size)."""
        with _plainly(self.path, _READING):
            for row in self._live(_READING).execute(f"{_SELECT} ORDER BY sessions.id"):
                yield _stored_of(row)

    def count(self) -> int:
        with _plainly(self.path, _READING):
            (count,) = self._live(_READING).execute("SELECT count(*) FROM sessions").fetchone()
            return int(count)

    def totals_since(self, since: datetime) -> HoldTotals:
        """The seconds pressed and the holds of each outcome in holds that started at or
        after ``since`` (timezone-aware); skipped holds are not time pressing."""
        with _plainly(self.path, _READING):
            rows = self._live(_READING).execute(
                "SELECT outcome, count(*), total(held_seconds) FROM sessions "
                "WHERE started_at >= ? GROUP BY outcome",
                (_utc_text(since),),
            )
            counts: dict[HoldOutcome, int] = {}
            pressed = 0.0
            for outcome, count, seconds in rows:
                counts[HoldOutcome(outcome)] = count
                if outcome != HoldOutcome.SKIPPED:
                    pressed += seconds
            return HoldTotals(pressed, counts)

    def delete(self, session_id: int) -> None:
        """Delete one hold, and its sitting when it was the sitting's last hold."""
        with _plainly(self.path, _CHANGING):
            connection = self._writable(_CHANGING)
            with self._transaction():
                row = connection.execute(
                    "DELETE FROM sessions WHERE id = ? RETURNING sitting_id", (session_id,)
                ).fetchone()
                if row is not None and row[0] is not None:
                    connection.execute(
                        "DELETE FROM sittings WHERE id = :sitting "
                        "AND NOT EXISTS (SELECT 1 FROM sessions WHERE sitting_id = :sitting)",
                        {"sitting": row[0]},
                    )

    def restore(self, session: StoredSession) -> int:
        """Put a deleted hold back as it was: its id, its sitting and the sitting's ratings.

        Returns the id it got: its own, unless a hold saved since has taken it (only possible
        when it was the newest), in which case the next free one. A sitting still saved keeps
        its current ratings; one deleted with the hold comes back with those of ``session``.
        """
        record = session.record
        row = _row_of(record)
        with _plainly(self.path, _CHANGING):
            connection = self._writable(_CHANGING)
            with self._transaction():
                if session.sitting is not None:
                    connection.execute(
                        "INSERT INTO sittings (key, kind, started_at, pain_before, pain_after) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
                        _sitting_row(session.sitting),
                    )
                taken = connection.execute(
                    "SELECT EXISTS (SELECT 1 FROM sessions WHERE id = ?)", (session.id,)
                ).fetchone()[0]
                return _new_id(
                    connection.execute(
                        f"INSERT INTO sessions (id, {_COLUMNS}, sitting_id) "
                        f"VALUES (?, {_VALUES}, {_SITTING_ID})",
                        (None if taken else session.id, *row),
                    )
                )

    def clear(self) -> None:
        """Delete every hold and erase them from the disk, not only from the list.

        A plain DELETE leaves the rows readable in free pages and in the WAL; VACUUM rebuilds
        the file without them and the truncating checkpoint empties the WAL.
        """
        with _plainly(self.path, _CLEARING):
            connection = self._writable(_CLEARING)
            with self._transaction():
                connection.execute("DELETE FROM sessions")
                connection.execute("DELETE FROM sittings")
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Close the file; a clean close removes the marker, so the next start skips the check."""
        if self._connection is None:
            return
        self._connection.close()
        self._connection = None
        if not self.read_only:
            with suppress(OSError):
                _marker(self.path).unlink(missing_ok=True)

    def _live(self, doing: _Doing) -> sqlite3.Connection:
        if self._connection is None:
            assert doing.closed is not None, doing.verb
            raise HistoryUnavailableError(Message(doing.closed, path=self.path))
        return self._connection

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        connection = self._live(_CHANGING)
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

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


def _new_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made (always set after a successful one)."""
    assert cursor.lastrowid is not None
    return cursor.lastrowid


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
        record.outcome.value,
        record.spot,
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
    entry_id, codes, side, set_number, started_at, planned, held, completed, outcome, spot = row
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
        outcome=HoldOutcome(outcome),
        spot=spot,
    )


def _utc_text(moment: datetime) -> str:
    """``moment`` as stored: UTC, to the millisecond, fixed width: text order is time order."""
    if moment.utcoffset() is None:
        raise ValueError(f"{moment!r} has no time zone; the history stores instants")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _sitting_row(sitting: SittingRecord) -> tuple[object, ...]:
    return (
        sitting.key,
        sitting.kind.value,
        _utc_text(sitting.started_at),
        sitting.pain_before,
        sitting.pain_after,
    )


def _identity(path: Path) -> tuple[int, int]:
    """Which file ``path`` names now: a deleted or replaced file has a new identity, or none."""
    status = path.stat()
    return status.st_dev, status.st_ino


def _identities_of_companions(path: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for suffix in _COMPANIONS:
        with suppress(OSError):
            found[suffix] = _identity(Path(f"{path}{suffix}"))
    return found


def _marker(path: Path) -> Path:
    """Present while a read-write store is open: left behind, it tells of an unclean exit."""
    return path.with_name(f"{path.name}.open")


def _write_marker(marker: Path) -> None:
    """Best effort: without the marker, the next start after a crash merely skips the check."""
    try:
        with marker.open("wb") as stream:
            stream.write(f"{os.getpid()}\n".encode())
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        log.warning("Could not write %s (%s); a crash would go unchecked", marker, error)


def _aside_name(path: Path) -> Path:
    """``<name>.damaged-<UTC time>``: where a file or journal is kept for its owner."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    return path.with_name(f"{path.name}.damaged-{stamp}")


@dataclass(slots=True)
class _JournalCopy:
    """A byte copy of a journal with content, taken before SQLite may replay or discard it.

    The copy is made under one fixed name and gets its ``.damaged-<time>`` name only when
    it is kept: a process killed while opening then leaves no copy that looks like
    damage, and the next opening overwrites it with the journal as it is by then.
    """

    journal: Path
    copy: Path | None
    frames_committed: int

    @classmethod
    def take(cls, path: Path) -> _JournalCopy:
        journal = Path(f"{path}-wal")
        try:
            content = journal.read_bytes()
        except FileNotFoundError:
            return cls(journal, None, 0)
        if len(content) <= _WAL_HEADER_SIZE:
            return cls(journal, None, 0)
        copy = Path(f"{path}-wal.opening")
        try:
            copy.write_bytes(content)
        except OSError as error:
            log.warning("Could not copy the journal %s before opening it: %s", journal, error)
            with suppress(OSError):
                copy.unlink(missing_ok=True)
            return cls(journal, None, _frames_to_replay(content))
        return cls(journal, copy, _frames_to_replay(content))

    def settle(self, connection: sqlite3.Connection | None) -> JournalKept | None:
        """Keep the copy, and say so, only if SQLite replayed fewer frames than were committed.

        ``connection`` is None when the journal stays as it was (a read-only store, or one set
        aside with its file): the copy is then not needed.
        """
        if self.frames_committed == 0 and self.copy is None:
            return None
        replayed = self.frames_committed
        if connection is not None:
            replayed = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
        if replayed >= self.frames_committed:
            self.discard()
            return None
        if self.copy is not None:
            kept = Path(f"{_aside_name(self.journal.with_name(self.journal.name[:-4]))}-wal")
            try:
                self.copy = self.copy.replace(kept)
            except OSError as error:
                log.warning("Could not name the journal's copy %s: %s", kept, error)
        log.warning(
            "The journal %s held %d committed frame(s) but only %d could be replayed; "
            "its content was kept as %s",
            self.journal,
            self.frames_committed,
            max(replayed, 0),
            self.copy,
        )
        if self.copy is None:
            reason: str = QT_TRANSLATE_NOOP(
                "history",
                "Some holds saved in the history's journal could not be read back: the "
                "journal is damaged, and it could not be copied aside. Those holds are missing.",
            )
        else:
            reason = Message(
                QT_TRANSLATE_NOOP(
                    "history",
                    "Some holds saved in the history's journal could not be read back because "
                    "the journal is damaged. A copy of it was kept, unchanged, as {copy}.",
                ),
                copy=self.copy,
            )
        return JournalKept(self.journal, self.copy, max(replayed, 0), self.frames_committed, reason)

    def discard(self) -> None:
        if self.copy is not None:
            with suppress(OSError):
                self.copy.unlink(missing_ok=True)


def _frames_to_replay(journal: bytes) -> int:
    """How many frames SQLite must replay from ``journal`` to keep every commit in it.

    The WAL format (sqlite.org/fileformat.html): a 32-byte header, then frames of a 24-byte
    header and one page. A frame belongs to the journal's current generation when its salts
    equal the header's; a commit frame has a nonzero database size. SQLite replays up to the
    last commit before the first frame whose checksum fails, so a damaged frame followed by
    later commits means committed holds left out. The last frame of the generation failing
    its checksum is a write cut short by a crash, not damage: that transaction was never
    reported saved (a flipped byte in that very frame looks the same and cannot be told).
    An unreadable header with frames behind it counts as one frame SQLite will not replay.
    """
    magic, version, page_size, _, salt_1, salt_2, sum_1, sum_2 = struct.unpack_from(">8I", journal)
    order = _WAL_WORD_ORDER.get(magic)
    if (
        order is None
        or version != _WAL_VERSION
        or page_size not in _PAGE_SIZES
        or _wal_checksum(journal[:24], order, (0, 0)) != (sum_1, sum_2)
    ):
        return 1
    frame_size = _WAL_FRAME_HEADER_SIZE + page_size
    frames = []  # (index, commit, checksum) of each frame of the current generation
    for index in range((len(journal) - _WAL_HEADER_SIZE) // frame_size):
        offset = _WAL_HEADER_SIZE + index * frame_size
        _, commit, frame_salt_1, frame_salt_2, frame_sum_1, frame_sum_2 = struct.unpack_from(
            ">6I", journal, offset
        )
        if (frame_salt_1, frame_salt_2) == (salt_1, salt_2):
            frames.append((index, commit, (frame_sum_1, frame_sum_2)))
    if frames:
        index, _, stored = frames[-1]
        seed = frames[-2][2] if len(frames) > 1 else (sum_1, sum_2)
        offset = _WAL_HEADER_SIZE + index * frame_size
        data = journal[offset : offset + 8] + journal[offset + 24 : offset + frame_size]
        if _wal_checksum(data, order, seed) != stored:
            frames.pop()
    return max((index + 1 for index, commit, _ in frames if commit), default=0)


def _wal_checksum(data: bytes, order: str, seed: tuple[int, int]) -> tuple[int, int]:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes), carried on from ``seed``."""
    first, second = seed
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for even, odd in zip(words[::2], words[1::2], strict=True):
        first = (first + even + second) & 0xFFFFFFFF
        second = (second + odd + first) & 0xFFFFFFFF
    return first, second


def _connect_writable_or_read_only(
    path: Path, connect: Callable[..., sqlite3.Connection]
) -> tuple[sqlite3.Connection, bool]:
    """A read-write connection in WAL mode or, if only reading is allowed, a read-only one.

    True as the second value means read-only. A file that does not exist yet, or that is
    busy or full, raises instead: there is nothing to read, or a retry may do better.
    """
    existed = path.exists()
    try:
        connection = connect(path, isolation_level=None, check_same_thread=False)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            # SQLite quietly opens a file it may not write read-only: a write undone tells.
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            finally:
                connection.execute("ROLLBACK")
        except BaseException:
            connection.close()
            raise
        return connection, False
    except sqlite3.OperationalError as error:
        if not existed or not _refuses_writing(error):
            raise
        refusal = error
    log.warning("The session history %s cannot be written (%s); reading it only", path, refusal)
    return _connect_read_only(path, connect), True


def _refuses_writing(error: sqlite3.Error) -> bool:
    name = _error_name(error)
    return name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"))


def _connect_read_only(
    path: Path, connect: Callable[..., sqlite3.Connection]
) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` when even that fails (no ``-shm`` can be made).

    An immutable connection ignores the journal, so it is the last resort. A crash's rollback
    journal is not a reason to fall back: only a writer may replay it.
    """
    uri = path.absolute().as_uri()
    refusal: sqlite3.OperationalError | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            connection = connect(
                f"{uri}?{query}", uri=True, isolation_level=None, check_same_thread=False
            )
        except sqlite3.OperationalError as error:
            if not _refuses_writing(error):
                raise
            refusal = error
            continue
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as error:
            connection.close()
            name = _error_name(error)
            if name == "SQLITE_READONLY_ROLLBACK" or not _refuses_writing(error):
                raise
            refusal = error
            continue
        except BaseException:  # not a database, damaged: the caller says which
            connection.close()
            raise
        return connection
    assert refusal is not None
    raise refusal


def _damage(
    path: Path, connect: Callable[..., sqlite3.Connection], newest: int, check_integrity: bool
) -> str | None:
    """Why the file at ``path`` cannot be our history, or None if it can (or does not exist).

    Looks through read-only connections, so nothing is written, converted to WAL or
    checkpointed before the verdict (SQLite's own crash recovery aside): a refused or damaged
    file and its journal stay as they are. ``PRAGMA quick_check`` runs only if asked.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        # SQLite would replay the journal into a new file, or delete it: keep it instead.
        return JOURNAL_WITHOUT_FILE if _journal_has_content(path) else None
    if size == 0:
        # SQLite would delete a journal beside an empty file; it may hold the only copy of rows.
        return EMPTY_WITH_JOURNAL if _journal_has_content(path) else None
    reason = _damage_in_header(path, size)
    if reason is not None:
        return reason
    try:
        try:
            return _damage_in_content(path, connect, newest, check_integrity)
        except sqlite3.OperationalError as error:
            if _error_name(error) != "SQLITE_READONLY_ROLLBACK":
                raise
        # A crash left a rollback journal that only a writer may replay: let SQLite recover
        # the file as any writer would, then look again.
        with closing(connect(path, isolation_level=None)) as connection:
            connection.execute("PRAGMA user_version")
        return _damage_in_content(path, connect, newest, check_integrity)
    except sqlite3.DatabaseError as error:
        name = _error_name(error)
        if name.startswith("SQLITE_CORRUPT"):
            return DAMAGED
        if name == "SQLITE_NOTADB":
            return NOT_A_HISTORY
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
        return NOT_A_HISTORY
    if len(header) < 100:
        return TRUNCATED
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size not in _PAGE_SIZES:
        return NOT_A_HISTORY
    if size % page_size:  # a database is whole pages, in WAL mode too
        return TRUNCATED
    return None


def _damage_in_content(
    path: Path, connect: Callable[..., sqlite3.Connection], newest: int, check_integrity: bool
) -> str | None:
    """What SQLite itself finds: another application's file or damage; a newer one is refused."""
    with closing(_connect_read_only(path, connect)) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        owner = connection.execute("PRAGMA application_id").fetchone()[0]
        has_tables = connection.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master)").fetchone()[0]
        if owner != APPLICATION_ID and not (owner == 0 and version == 0 and not has_tables):
            return FOREIGN
        if version > newest:
            raise HistoryTooNewError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "history",
                        "The session history {path} was written by a newer version of "
                        "AcuPress (format {version}; this version knows up to {newest}). It "
                        "was left untouched: update AcuPress to see it and to save new "
                        "sessions.",
                    ),
                    path=path,
                    version=version,
                    newest=newest,
                )
            )
        if check_integrity and connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return DAMAGED
        return None


def _move_aside(path: Path, reason: str) -> Quarantined:
    """Rename the file and its journal to ``<name>.damaged-<UTC time>``; never delete them."""
    target = _aside_name(path)
    # The main file goes last: were a rename to fail, no new database starts beside an old
    # journal (SQLite would replay or delete it).
    for suffix in (*_COMPANIONS, ""):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    log.warning("The session history %s: %s Kept it as %s; starting anew.", path, reason, target)
    return Quarantined(original=path, moved_to=target, reason=reason)


def _migrate(connection: sqlite3.Connection, migrations: Sequence[str]) -> None:
    """Run each missing migration in its own transaction, together with its version bump.

    Python's sqlite3 does not put DDL or PRAGMAs in its implicit transactions (and
    ``executescript`` commits any open one), so BEGIN IMMEDIATE and COMMIT are in the script.
    """
    version = _version(connection)
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


def _version(connection: sqlite3.Connection) -> int:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    return int(version)


def _error_name(error: sqlite3.Error) -> str:
    return getattr(error, "sqlite_errorname", None) or ""


@contextmanager
def _plainly(path: Path, doing: _Doing) -> Iterator[None]:
    """Turn a failure of the disk or the file into ``HistoryUnavailableError`` in plain words.

    Errors in our own SQL or use of the API (integrity, programming) are bugs and pass through.
    """
    try:
        yield
    except OSError as error:
        log.warning("The session history %s cannot be %s: %r", path, doing.verb, error)
        why = _PLAIN_OS_REASONS.get(error.errno or 0, _UNEXPLAINED)
        raise HistoryUnavailableError(Message(doing.because, path=path, why=why)) from error
    except sqlite3.Error as error:
        if not (
            isinstance(error, sqlite3.OperationalError) or type(error) is sqlite3.DatabaseError
        ):
            raise
        log.warning("The session history %s cannot be %s: %s", path, doing.verb, error)
        name = _error_name(error)
        why = next(
            (words for prefix, words in _PLAIN_REASONS if name.startswith(prefix)), _UNEXPLAINED
        )
        raise HistoryUnavailableError(Message(doing.because, path=path, why=why)) from error


# The recorder lives in a module of its own that the window can import before it shows
# (this one, with SQLite, is left for after); its old import path stays.
from acupress_gui.core.history_recorder import HistoryRecorder as HistoryRecorder  # noqa: E402
