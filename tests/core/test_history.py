"""The history keeps every hold, survives upgrades and damage, and says plainly when it cannot."""

from __future__ import annotations

import functools
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from acupress_gui.core.history import (
    APPLICATION_ID,
    DAMAGED,
    FOREIGN,
    MIGRATIONS,
    NOT_A_HISTORY,
    SCHEMA_VERSION,
    TRUNCATED,
    HistoryRecorder,
    HistoryStore,
    HistoryTooNewError,
    HistoryUnavailableError,
    HoldRecord,
    Side,
    today_and_week_start,
)
from tests.core.history_records import hold

CEST = timezone(timedelta(hours=2))
Database = str | os.PathLike[str]
"""What ``HistoryStore.open`` passes to its ``connect``: a path, or a URI string."""
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


def write_history(path: Path, records: list[HoldRecord]) -> None:
    with HistoryStore.open(path) as store:
        for record in records:
            store.add(record)


def raw(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(path, isolation_level=None))


def pragma(path: Path, name: str) -> Any:
    with raw(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


# --- schema -----------------------------------------------------------------------------


def test_a_new_history_is_created_with_the_current_schema_marked_as_ours(path: Path) -> None:
    connections: list[sqlite3.Connection] = []

    def recording(database: Database, **options: Any) -> sqlite3.Connection:
        connections.append(sqlite3.connect(database, **options))
        return connections[-1]

    nested = path.parent / "not" / "yet" / "there.sqlite3"
    with HistoryStore.open(nested, connect=recording) as store:
        assert store.path == nested
        assert store.quarantined is None
        assert connections[-1].execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert pragma(nested, "journal_mode") == "wal"
        assert pragma(nested, "user_version") == SCHEMA_VERSION == 3
        assert pragma(nested, "application_id") == APPLICATION_ID


def test_a_hold_comes_back_as_saved_with_its_time_in_utc(path: Path) -> None:
    started = datetime(2026, 4, 1, 9, 15, 30, 250_000, tzinfo=timezone(timedelta(hours=5.5)))
    record = hold(
        entry_id="sacral-points",
        point_codes=("BL27", "BL28", "BL29"),
        side=Side.LEFT,
        set_number=3,
        started_at=started,
        planned_seconds=90.0,
        held_seconds=41.5,
        completed=False,
    )
    write_history(path, [record])

    with HistoryStore.open(path) as store:
        [stored] = store.recent(10)
    assert stored.record == record
    assert stored.record.started_at.utcoffset() == timedelta(0)
    assert stored.record.started_at == datetime(2026, 4, 1, 3, 45, 30, 250_000, tzinfo=UTC)
    assert type(stored.record.side) is Side
    with raw(path) as connection:
        text = connection.execute("SELECT started_at FROM sessions").fetchone()[0]
    assert text == "2026-04-01T03:45:30.250+00:00"


@pytest.mark.parametrize(
    "record",
    [
        hold(started_at=datetime(2026, 4, 1, 7, 30)),
        hold(point_codes=("GB 20",)),
        hold(point_codes=("",)),
    ],
    ids=["time without zone", "code with a space", "empty code"],
)
def test_a_hold_that_would_not_come_back_the_same_is_refused(
    path: Path, record: HoldRecord
) -> None:
    with HistoryStore.open(path) as store:
        with pytest.raises(ValueError):
            store.add(record)
        assert store.count() == 0


# --- reading, deleting ------------------------------------------------------------------


def test_recent_pages_through_every_hold_newest_first(path: Path) -> None:
    with HistoryStore.open(path) as store:
        ids = [store.add(hold(set_number=n)) for n in range(1, 8)]
        pages: list[list[int]] = []
        before: int | None = None
        while page := store.recent(3, before_id=before):
            pages.append([session.id for session in page])
            before = page[-1].id
        assert store.count() == 7

    assert pages == [ids[6:3:-1], ids[3:0:-1], ids[:1]]
    assert [n for page in pages for n in page] == sorted(ids, reverse=True)


def test_delete_removes_only_that_hold(path: Path) -> None:
    with HistoryStore.open(path) as store:
        first, second, third = (store.add(hold(set_number=n)) for n in (1, 2, 3))
        store.delete(second)
        assert [session.id for session in store.recent(10)] == [third, first]
        assert store.count() == 2
    with HistoryStore.open(path) as store:
        assert store.count() == 2


def test_clear_erases_every_hold_from_the_disk_not_only_the_list(path: Path) -> None:
    def keeping_deleted_bytes(database: Database, **options: Any) -> sqlite3.Connection:
        connection = sqlite3.connect(database, **options)
        # Debian builds SQLite to zero deleted rows; the Windows and macOS builds do not.
        connection.execute("PRAGMA secure_delete = OFF")
        return connection

    with HistoryStore.open(path, connect=keeping_deleted_bytes) as store:
        for n in range(200):
            store.add(hold(entry_id=f"private-entry-{n}", point_codes=(f"XX{n}",)))
        store.clear()
        assert store.count() == 0
        assert store.recent(10) == []
        on_disk = b"".join(p.read_bytes() for p in path.parent.iterdir())
        assert b"private-entry" not in on_disk
        store.add(hold())
        assert store.count() == 1


# --- today and this week ----------------------------------------------------------------


@pytest.mark.usefixtures("central_europe")
@pytest.mark.parametrize(
    ("now", "today", "week"),
    [
        pytest.param(
            datetime(2026, 4, 1, 10, 0, tzinfo=CEST),
            datetime(2026, 3, 31, 22, 0, tzinfo=UTC),
            datetime(2026, 3, 29, 22, 0, tzinfo=UTC),
            id="Wednesday, week began last month",
        ),
        pytest.param(
            datetime(2026, 3, 29, 22, 30, tzinfo=UTC),
            datetime(2026, 3, 29, 22, 0, tzinfo=UTC),
            datetime(2026, 3, 29, 22, 0, tzinfo=UTC),
            id="just after midnight on Monday, given in UTC",
        ),
        pytest.param(
            datetime(2026, 3, 29, 12, 0, tzinfo=CEST),
            datetime(2026, 3, 28, 23, 0, tzinfo=UTC),
            datetime(2026, 3, 22, 23, 0, tzinfo=UTC),
            id="Sunday the clocks went forward",
        ),
        pytest.param(
            datetime(2026, 3, 1, 23, 59, tzinfo=timezone(timedelta(hours=1))),
            datetime(2026, 2, 28, 23, 0, tzinfo=UTC),
            datetime(2026, 2, 22, 23, 0, tzinfo=UTC),
            id="last minute of a Sunday, first of the month",
        ),
    ],
)
def test_today_and_the_week_start_at_local_midnight(
    now: datetime, today: datetime, week: datetime
) -> None:
    got_today, got_week = today_and_week_start(now)
    assert (got_today, got_week) == (today, week)
    assert got_today.utcoffset() is not None
    assert got_week.utcoffset() is not None


@pytest.mark.usefixtures("central_europe")
def test_totals_count_holds_from_local_midnight_on(path: Path) -> None:
    held = {
        datetime(2026, 3, 29, 23, 59, 59, 999_000, tzinfo=CEST): 1.0,  # Sunday, last week
        datetime(2026, 3, 29, 22, 0, tzinfo=UTC): 2.0,  # Monday 00:00 local
        datetime(2026, 3, 31, 21, 59, 59, 999_000, tzinfo=UTC): 4.0,  # Tuesday 23:59:59.999
        datetime(2026, 4, 1, 0, 0, tzinfo=CEST): 8.0,  # Wednesday 00:00
        datetime(2026, 4, 1, 9, 59, tzinfo=CEST): 16.0,
    }
    today, week = today_and_week_start(datetime(2026, 4, 1, 10, 0, tzinfo=CEST))
    with HistoryStore.open(path) as store:
        for started_at, seconds in held.items():
            store.add(hold(started_at=started_at, held_seconds=seconds))
        assert store.totals_since(today).pressed_seconds == 8.0 + 16.0
        assert store.totals_since(week).pressed_seconds == 2.0 + 4.0 + 8.0 + 16.0
        assert store.totals_since(LONG_AGO).pressed_seconds == 31.0
        assert store.totals_since(datetime(2030, 1, 1, tzinfo=UTC)).pressed_seconds == 0.0


# --- upgrades ---------------------------------------------------------------------------


def blank_database(path: Path) -> None:
    with raw(path) as connection:
        connection.execute("CREATE TABLE scratch (x)")
        connection.execute("DROP TABLE scratch")


@pytest.mark.parametrize(
    "make", [Path.touch, blank_database], ids=["empty file", "blank SQLite database"]
)
def test_an_empty_version_0_file_becomes_a_history(path: Path, make: Callable[[Path], Any]) -> None:
    make(path)
    assert path.exists()
    assert pragma(path, "user_version") == 0
    with HistoryStore.open(path) as store:
        assert store.quarantined is None
        store.add(hold())
    assert pragma(path, "user_version") == SCHEMA_VERSION
    with HistoryStore.open(path) as store:
        assert store.count() == 1


def test_an_upgrade_keeps_every_hold_and_an_older_app_then_refuses_the_file(path: Path) -> None:
    records = [hold(set_number=n) for n in (1, 2, 3)]
    write_history(path, records)
    next_version = [*MIGRATIONS, "ALTER TABLE sessions ADD COLUMN mood TEXT"]

    with HistoryStore.open(path, migrations=next_version) as store:
        assert [s.record for s in reversed(store.recent(10))] == records
    assert pragma(path, "user_version") == SCHEMA_VERSION + 1
    with raw(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(sessions)")]
    assert columns[-1] == "mood"

    with pytest.raises(HistoryTooNewError):
        HistoryStore.open(path)


def test_a_failing_upgrade_leaves_the_file_as_it_was(path: Path) -> None:
    records = [hold(set_number=n) for n in (1, 2)]
    write_history(path, records)
    broken = [
        *MIGRATIONS,
        "ALTER TABLE sessions ADD COLUMN mood TEXT; INSERT INTO no_such_table VALUES (1);",
    ]

    with pytest.raises(HistoryUnavailableError, match="cannot be updated") as refused:
        HistoryStore.open(path, migrations=broken)
    assert "no_such_table" not in str(refused.value)  # sqlite's words are for the log
    assert "no_such_table" in str(refused.value.__cause__)

    assert pragma(path, "user_version") == SCHEMA_VERSION
    with raw(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(sessions)")]
    assert "mood" not in columns
    with HistoryStore.open(path) as store:
        assert [s.record for s in reversed(store.recent(10))] == records


def test_a_file_from_a_newer_acupress_is_refused_and_left_untouched(path: Path) -> None:
    with raw(path) as newer:
        newer.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, everything TEXT)")
        newer.execute("INSERT INTO sessions (everything) VALUES ('a future hold')")
        newer.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        newer.execute("PRAGMA user_version = 99")
    before = path.read_bytes()

    with pytest.raises(HistoryTooNewError, match="newer version of AcuPress") as refused:
        HistoryStore.open(path)

    assert str(path) in str(refused.value)
    assert "left untouched" in str(refused.value)
    assert path.read_bytes() == before  # still in rollback mode: not switched to WAL
    assert [p.name for p in path.parent.iterdir()] == [path.name]


# --- damaged and foreign files ----------------------------------------------------------


def real_history(path: Path, holds: int = 400) -> None:
    write_history(path, [hold(set_number=n + 1) for n in range(holds)])


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(40_000))


def truncated_inside_a_page(path: Path) -> None:
    real_history(path)
    os.truncate(path, path.stat().st_size - 1000)


def truncated_at_a_page_boundary(path: Path) -> None:
    real_history(path)
    os.truncate(path, path.stat().st_size // 2 // 4096 * 4096)


def another_applications_database(path: Path) -> None:
    with raw(path) as connection:
        connection.execute("PRAGMA application_id = 1196444237")  # GPKG, a map package
        connection.execute("CREATE TABLE features (id INTEGER PRIMARY KEY, geometry BLOB)")


def unmarked_database_with_tables(path: Path) -> None:
    with raw(path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")


def overwrite_root_page(path: Path, name: str) -> None:
    real_history(path)
    with raw(path) as connection:
        query = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        page = connection.execute(query, (name,)).fetchone()[0]
    with path.open("r+b") as stream:
        stream.seek((page - 1) * 4096)
        stream.write(b"\xff" * 4096)


def table_page_overwritten(path: Path) -> None:
    """SQLite itself reports this damage as an error while checking."""
    overwrite_root_page(path, "sessions")


def index_page_overwritten(path: Path) -> None:
    """PRAGMA quick_check reports this damage in its result."""
    overwrite_root_page(path, "sessions_by_start")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (random_bytes, NOT_A_HISTORY),
        (truncated_inside_a_page, TRUNCATED),
        (truncated_at_a_page_boundary, DAMAGED),
        (another_applications_database, FOREIGN),
        (unmarked_database_with_tables, FOREIGN),
        (table_page_overwritten, DAMAGED),
        (index_page_overwritten, DAMAGED),
    ],
    ids=lambda value: getattr(value, "__name__", None),
)
@pytest.mark.parametrize("with_journal", [False, True], ids=["alone", "with -wal and -shm"])
def test_an_unusable_file_is_kept_aside_and_a_new_history_started(
    path: Path, damage: Callable[[Path], None], reason: str, with_journal: bool
) -> None:
    damage(path)
    original = path.read_bytes()
    if with_journal:
        Path(f"{path}-wal").write_bytes(b"the journal of the unusable file")
        Path(f"{path}-shm").write_bytes(bytes(32768))

    with HistoryStore.open(path, check_integrity=True) as store:
        kept = store.quarantined
        assert kept is not None
        assert kept.original == path
        assert kept.reason == reason
        assert kept.moved_to.parent == path.parent
        assert kept.moved_to.name.startswith("history.sqlite3.damaged-")
        assert kept.moved_to.read_bytes() == original
        if with_journal:
            wal = Path(f"{kept.moved_to}-wal").read_bytes()
            assert wal == b"the journal of the unusable file"
            assert Path(f"{kept.moved_to}-shm").exists()
        assert store.count() == 0
        store.add(hold())

    with HistoryStore.open(path) as store:
        assert store.quarantined is None
        assert store.count() == 1


def test_an_empty_file_with_a_journal_beside_it_is_kept_aside(path: Path) -> None:
    path.touch()
    Path(f"{path}-wal").write_bytes(b"frames that may hold the only copy of some holds")
    with HistoryStore.open(path) as store:
        assert store.quarantined is not None
        moved_to = store.quarantined.moved_to
        assert Path(f"{moved_to}-wal").read_bytes().startswith(b"frames")


def test_a_second_damaged_file_does_not_replace_the_first_kept_aside(path: Path) -> None:
    kept = []
    for content in (b"first damaged file", b"second damaged file"):
        path.write_bytes(content)
        with HistoryStore.open(path) as store:
            assert store.quarantined is not None
            kept.append(store.quarantined.moved_to)
    assert [p.read_bytes() for p in kept] == [b"first damaged file", b"second damaged file"]


def test_a_rollback_journal_left_by_a_crash_is_replayed_not_taken_for_damage(
    path: Path, tmp_path: Path
) -> None:
    """A crash while the very first start switches the new file to WAL leaves such a journal."""
    source = tmp_path / "source.sqlite3"
    with raw(source) as writer:
        for script in MIGRATIONS:
            writer.executescript(script)
        writer.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        writer.executemany(
            "INSERT INTO sessions (entry_id, point_codes, side, set_number, started_at,"
            " planned_seconds, held_seconds, completed)"
            " VALUES ('wind-pool', 'GB20', 'both', ?, '2026-04-01T07:30:00.000+00:00', 60, 30, 1)",
            [(n,) for n in range(1, 301)],
        )
        writer.execute("PRAGMA cache_size = 1")  # changed pages reach the file mid-transaction
        writer.execute("BEGIN")
        writer.execute("UPDATE sessions SET held_seconds = 0")
        for suffix in ("", "-journal"):  # the files as a crash at this moment leaves them
            shutil.copy(f"{source}{suffix}", f"{path}{suffix}")
        writer.execute("ROLLBACK")

    with HistoryStore.open(path) as store:
        assert store.quarantined is None
        assert store.count() == 300
        assert store.totals_since(LONG_AGO).pressed_seconds == 300 * 30.0
    assert not Path(f"{path}-journal").exists()


# --- a disk or folder that cannot be used -----------------------------------------------


def read_only(path: Path) -> Callable[..., sqlite3.Connection]:
    """What a read-only folder or disk does to SQLite (chmod cannot: CI runs as root)."""

    def connect(database: Database, **options: Any) -> sqlite3.Connection:
        options["uri"] = True
        return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", **options)

    return connect


def test_a_new_history_in_a_read_only_folder_cannot_be_opened(path: Path) -> None:
    with pytest.raises(HistoryUnavailableError, match="cannot be opened") as refused:
        HistoryStore.open(path, connect=read_only(path))
    assert str(path) in str(refused.value)


def test_an_existing_history_on_a_read_only_disk_can_be_read_but_not_added_to(
    path: Path,
) -> None:
    write_history(path, [hold()])
    with HistoryStore.open(path, connect=read_only(path)) as store:
        assert store.count() == 1
        with pytest.raises(HistoryUnavailableError, match="read-only") as refused:
            store.add(hold())
        assert str(path) in str(refused.value)
        assert store.count() == 1


def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(HistoryUnavailableError, match="cannot be opened") as refused:
        HistoryStore.open(blocker / "history.sqlite3")
    assert str(blocker / "history.sqlite3") in str(refused.value)


def test_a_full_disk_is_reported_and_loses_nothing_already_saved(path: Path) -> None:
    def small_disk(database: Database, **options: Any) -> sqlite3.Connection:
        connection = sqlite3.connect(database, **options)
        connection.execute("PRAGMA max_page_count = 9")
        return connection

    saved = 0
    with HistoryStore.open(path, connect=small_disk) as store:
        with pytest.raises(HistoryUnavailableError, match="the disk is full") as refused:
            for _ in range(10_000):
                store.add(hold())
                saved += 1
        assert str(path) in str(refused.value)
        assert saved > 0
        assert store.count() == saved
    with HistoryStore.open(path) as store:
        assert store.count() == saved


def test_a_history_another_program_is_writing_is_reported(path: Path) -> None:
    no_waiting = functools.partial(sqlite3.connect, timeout=0)
    with HistoryStore.open(path, connect=no_waiting) as store, raw(path) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(HistoryUnavailableError, match="another program is using it"):
            store.add(hold())
        other.execute("ROLLBACK")
        store.add(hold())
        assert store.count() == 1


# --- the recorder: nothing lost silently ------------------------------------------------


class FlakyDisk:
    """A connection seam whose disk can be taken away and given back while the app runs."""

    def __init__(self) -> None:
        self.openable = True
        self._latest: sqlite3.Connection | None = None

    def connect(self, database: Database, **options: Any) -> sqlite3.Connection:
        if not self.openable:
            raise sqlite3.OperationalError("unable to open database file")
        self._latest = sqlite3.connect(database, **options)
        return self._latest

    def set_writable(self, writable: bool) -> None:
        """Refuse or allow writes on the store's connection, as a disk remounted read-only."""
        assert self._latest is not None
        self._latest.execute(f"PRAGMA query_only = {int(not writable)}")


def saved_sets(store: HistoryStore | None) -> list[int]:
    assert store is not None
    return [session.record.set_number for session in reversed(store.recent(100))]


def test_holds_wait_in_memory_until_the_history_can_be_opened(path: Path) -> None:
    disk = FlakyDisk()
    disk.openable = False
    first, second = hold(set_number=1), hold(set_number=2)
    with closing(HistoryRecorder(lambda: HistoryStore.open(path, connect=disk.connect))) as rec:
        assert rec.record(first) is None
        assert rec.record(second) is None
        assert rec.pending == (first, second)
        assert rec.last_error is not None
        assert str(path) in rec.last_error
        assert rec.retry() is False

        disk.openable = True
        assert rec.retry() is True
        assert rec.pending == ()
        assert rec.last_error is None
        assert rec.retry() is True
        assert isinstance(rec.record(hold(set_number=3)), int)
        assert saved_sets(rec.store) == [1, 2, 3]


def test_a_hold_that_fails_to_save_is_saved_before_the_next_one(path: Path) -> None:
    disk = FlakyDisk()
    with closing(HistoryRecorder(lambda: HistoryStore.open(path, connect=disk.connect))) as rec:
        assert isinstance(rec.record(hold(set_number=1)), int)
        disk.set_writable(False)
        assert rec.record(hold(set_number=2)) is None
        assert rec.record(hold(set_number=3)) is None
        assert rec.last_error is not None
        assert "read-only" in rec.last_error
        assert [record.set_number for record in rec.pending] == [2, 3]

        disk.set_writable(True)
        fourth = rec.record(hold(set_number=4))
        assert rec.pending == ()
        assert saved_sets(rec.store) == [1, 2, 3, 4]
        assert rec.store is not None
        assert rec.store.recent(1)[0].id == fourth


def test_the_recorder_never_writes_into_a_file_from_a_newer_acupress(path: Path) -> None:
    with raw(path) as newer:
        newer.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        newer.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    record = hold()
    with closing(HistoryRecorder(lambda: HistoryStore.open(path))) as rec:
        assert rec.record(record) is None
        assert rec.retry() is False
        assert rec.pending == (record,)
        assert rec.last_error is not None
        assert "newer version of AcuPress" in rec.last_error
        assert rec.store is None
    assert path.read_bytes() == before
