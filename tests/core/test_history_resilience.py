"""The history keeps what it reported saved when its file is deleted, replaced or read-only,
checks itself only after an unclean exit, and explains problems in plain sentences."""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.core.history import (
    DAMAGED,
    EMPTY_WITH_JOURNAL,
    FOREIGN,
    JOURNAL_WITHOUT_FILE,
    MIGRATIONS,
    NOT_A_HISTORY,
    TRUNCATED,
    HistoryError,
    HistoryRecorder,
    HistoryStore,
    HistoryUnavailableError,
)
from tests.core.history_records import hold

Database = str | os.PathLike[str]


def saved_by(store: HistoryStore) -> dict[int, str]:
    return {session.id: session.record.entry_id for session in store.oldest_first()}


def another_history(folder: Path, holds: int) -> Path:
    """A history file made elsewhere, to be moved over the one in use."""
    path = folder / "elsewhere" / "history.sqlite3"
    with HistoryStore.open(path) as store:
        for number in range(holds):
            store.add(hold(entry_id=f"other-{number}"))
    return path


# --- the file or its folder deleted or replaced while the app runs ------------------------


def delete_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def delete_main_file_only(path: Path) -> None:
    path.unlink(missing_ok=True)


def delete_folder(path: Path) -> None:
    shutil.rmtree(path.parent, ignore_errors=True)


def replace_with_another_history(path: Path) -> None:
    path.parent.mkdir(exist_ok=True)
    os.replace(another_history(path.parent.parent, holds=3), path)


def replace_with_junk(path: Path) -> None:
    path.parent.mkdir(exist_ok=True)
    junk = path.with_name("junk")
    junk.write_bytes(b"a file that is not a history" * 200)
    os.replace(junk, path)


LOSSES = {
    "delete file": delete_file,
    "delete main file only": delete_main_file_only,
    "delete folder": delete_folder,
    "replace with another history": replace_with_another_history,
    "replace with junk": replace_with_junk,
}


@pytest.mark.parametrize("loss", LOSSES.values(), ids=LOSSES.keys())
def test_holds_saved_after_the_file_is_lost_are_all_there_after_a_restart(
    tmp_path: Path, loss: Callable[[Path], None]
) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    recorder = HistoryRecorder(lambda: HistoryStore.open(path))
    for number in range(5):
        recorder.record(hold(entry_id=f"before-{number}"))
    loss(path)
    reported = {}
    for number in range(15):
        entry = f"after-{number}"
        row_id = recorder.record(hold(entry_id=entry))
        assert row_id is not None
        reported[row_id] = entry
    assert recorder.store is not None
    lost = recorder.store.file_lost
    assert lost is not None and lost.path == path
    assert "while AcuPress was running" in lost.reason
    recorder.close()

    with HistoryStore.open(path) as store:
        saved = saved_by(store)
    assert saved.items() >= reported.items()
    assert not any(entry.startswith("before-") for entry in saved.values())


@pytest.mark.generated
@given(steps=st.lists(st.sampled_from(["add", "add", "add", *LOSSES]), min_size=1, max_size=12))
def test_whatever_happens_to_the_file_every_hold_reported_since_the_last_loss_is_kept(
    steps: list[str],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data" / "history.sqlite3"
        since_last_loss: dict[int, str] = {}
        with HistoryStore.open(path) as store:
            for number, step in enumerate(steps):
                if step == "add":
                    entry = f"hold-{number}"
                    since_last_loss[store.add(hold(entry_id=entry))] = entry
                else:
                    LOSSES[step](path)
                    since_last_loss = {}
        if not path.exists():
            return  # lost after the last write: nothing was reported saved since
        with HistoryStore.open(path) as store:
            saved = saved_by(store)
        assert saved.items() >= since_last_loss.items()


def test_a_lost_file_that_cannot_be_made_again_is_reported_and_tried_again(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    with HistoryStore.open(path) as store:
        store.add(hold())
        delete_folder(path)
        path.parent.parent.joinpath("data").write_text("a file where the folder was")
        with pytest.raises(HistoryUnavailableError, match="cannot be opened"):
            store.add(hold())
        with pytest.raises(HistoryUnavailableError, match="deleted"):
            store.count()
        path.parent.unlink()
        row_id = store.add(hold(entry_id="later"))
        assert saved_by(store) == {row_id: "later"}


# --- the integrity check only after an unclean exit ---------------------------------------


def damaged_index(path: Path) -> None:
    """A history whose index is overwritten: only ``PRAGMA quick_check`` finds this."""
    with HistoryStore.open(path) as store:
        for number in range(400):
            store.add(hold(set_number=number + 1))
    with closing(sqlite3.connect(path)) as connection:
        page = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sessions_by_start'"
        ).fetchone()[0]
    with path.open("r+b") as stream:
        stream.seek((page - 1) * 4096)
        stream.write(b"\xff" * 4096)


def marker(path: Path) -> Path:
    return path.with_name(f"{path.name}.open")


def test_after_a_clean_close_the_next_opening_skips_the_check(path: Path) -> None:
    with HistoryStore.open(path) as store:
        assert store.checked_integrity is False  # a new file
        assert marker(path).exists()
        store.add(hold())
    assert not marker(path).exists()
    damaged_index(path)
    with HistoryStore.open(path) as store:
        assert store.checked_integrity is False
        assert store.quarantined is None  # the price of a fast start after a clean exit


def test_after_an_unclean_exit_the_check_runs_and_a_damaged_file_is_set_aside(
    path: Path,
) -> None:
    damaged_index(path)
    marker(path).write_text("4242\n")  # what a crash leaves
    with HistoryStore.open(path) as store:
        assert store.checked_integrity is True
        assert store.quarantined is not None
        assert store.quarantined.reason == DAMAGED
        assert store.count() == 0
    assert not marker(path).exists()


def test_a_journal_with_content_also_tells_of_an_unclean_exit(path: Path) -> None:
    """Files from before the marker existed: a crash there left a journal, not a marker."""
    with HistoryStore.open(path) as store:
        store.add(hold())
        shutil.copy(f"{path}-wal", path.with_name("saved-wal"))
        shutil.copy(path, path.with_name("saved"))
    os.replace(path.with_name("saved"), path)
    os.replace(path.with_name("saved-wal"), f"{path}-wal")
    with HistoryStore.open(path) as store:
        assert store.checked_integrity is True
        assert store.count() == 1


def test_the_check_can_be_asked_for_or_skipped(path: Path) -> None:
    damaged_index(path)
    with HistoryStore.open(path, check_integrity=True) as store:
        assert store.quarantined is not None
    damaged_index(path)
    marker(path).touch()
    with HistoryStore.open(path, check_integrity=False) as store:
        assert store.checked_integrity is False
        assert store.quarantined is None


def test_a_store_opened_on_a_worker_thread_can_be_used_on_another(path: Path) -> None:
    opened: list[HistoryStore] = []
    worker = threading.Thread(target=lambda: opened.append(HistoryStore.open(path)))
    worker.start()
    worker.join()
    with opened[0] as store:
        store.add(hold())
        assert store.count() == 1


# --- a read-only folder or file -----------------------------------------------------------


def refusing(path: Path, allowed: Callable[[str], bool]) -> Callable[..., sqlite3.Connection]:
    """A connection seam that refuses the openings a read-only folder or file refuses.

    A refused opening fails as SQLite fails to open a file it cannot reach (CI runs as root,
    which chmod does not stop); ``allowed`` sees the database string, URI query included.
    """
    unreachable = path.parent / "no such folder" / path.name

    def connect(database: Database, **options: Any) -> sqlite3.Connection:
        if not allowed(str(database)):
            return sqlite3.connect(unreachable, **options)
        return sqlite3.connect(database, **options)

    return connect


def only_immutable(database: str) -> bool:
    """A read-only folder after a clean exit: no ``-shm`` exists and none can be made."""
    return "immutable=1" in database


def only_reading(database: str) -> bool:
    return "mode=ro" in database


def written_by_a_clean_exit(path: Path, holds: int) -> bytes:
    with HistoryStore.open(path) as store:
        for number in range(holds):
            store.add(hold(set_number=number + 1))
    return path.read_bytes()


@pytest.mark.parametrize("allowed", [only_immutable, only_reading])
def test_a_read_only_history_is_listed_and_says_new_holds_cannot_be_saved(
    path: Path, allowed: Callable[[str], bool]
) -> None:
    before = written_by_a_clean_exit(path, holds=3)
    recorder = HistoryRecorder(lambda: HistoryStore.open(path, connect=refusing(path, allowed)))
    assert recorder.retry()
    store = recorder.store
    assert store is not None
    assert store.read_only is True
    assert [s.record.set_number for s in store.recent(10)] == [3, 2, 1]
    with closing(store.connect_reader()) as reader:  # what the insights read through
        assert reader.execute("SELECT count(*) FROM sessions").fetchone()[0] == 3
    assert store.read_only_reason is not None
    assert "new holds cannot be saved" in store.read_only_reason

    assert recorder.record(hold(set_number=4)) is None
    assert recorder.pending == (hold(set_number=4),)
    assert recorder.last_error is not None and "read-only" in recorder.last_error
    recorder.close()
    assert path.read_bytes() == before
    assert not marker(path).exists()  # a read-only store leaves no sign of an unclean exit


def test_a_read_only_file_seen_through_a_writable_connection_is_read_only(path: Path) -> None:
    """SQLite quietly opens a file it may not write for reading only."""

    def quietly_read_only(database: Database, **options: Any) -> sqlite3.Connection:
        options["uri"] = True
        return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", **options)

    written_by_a_clean_exit(path, holds=2)
    with HistoryStore.open(path, connect=quietly_read_only) as store:
        assert store.read_only is True
        assert store.count() == 2


def test_a_read_only_history_in_an_older_format_is_refused_plainly(path: Path) -> None:
    with HistoryStore.open(path, migrations=MIGRATIONS[:1]):
        pass
    with pytest.raises(HistoryUnavailableError, match="read-only") as refused:
        HistoryStore.open(path, connect=refusing(path, only_reading))
    assert "cannot be updated to this version's format" in str(refused.value)


def test_a_folder_where_even_reading_fails_is_reported(path: Path) -> None:
    written_by_a_clean_exit(path, holds=1)
    with pytest.raises(HistoryUnavailableError, match="cannot be opened or created there"):
        HistoryStore.open(path, connect=refusing(path, lambda database: False))


# --- plain messages -----------------------------------------------------------------------

RAW_WORDS = ("sqlite", "database", "errno", "-wal", "-shm", "etilqs", "disk i/o", "no such")


def assert_plain(text: str) -> None:
    assert text[0].isupper() and text.endswith("."), text
    for word in RAW_WORDS:
        assert word not in text.lower(), text


@pytest.mark.parametrize(
    "reason", [NOT_A_HISTORY, TRUNCATED, DAMAGED, FOREIGN, EMPTY_WITH_JOURNAL, JOURNAL_WITHOUT_FILE]
)
def test_each_reason_for_setting_a_file_aside_is_a_plain_sentence(reason: str) -> None:
    assert_plain(reason)


def failing_upgrade(path: Path) -> None:
    with HistoryStore.open(path):
        pass
    HistoryStore.open(path, migrations=[*MIGRATIONS, "INSERT INTO no_such_table VALUES (1);"])


def full_disk(path: Path) -> None:
    def small_disk(database: Database, **options: Any) -> sqlite3.Connection:
        connection = sqlite3.connect(database, **options)
        connection.execute("PRAGMA max_page_count = 9")
        return connection

    with HistoryStore.open(path, connect=small_disk) as store:
        for _ in range(10_000):
            store.add(hold())


def busy(path: Path) -> None:
    with (
        HistoryStore.open(path, connect=functools.partial(sqlite3.connect, timeout=0)) as store,
        closing(sqlite3.connect(path, isolation_level=None)) as other,
    ):
        other.execute("BEGIN IMMEDIATE")
        store.add(hold())


def folder_blocked(path: Path) -> None:
    path.parent.rmdir()
    path.parent.write_text("a file where the folder should be")
    HistoryStore.open(path)


def file_in_the_way_later(path: Path) -> None:
    with HistoryStore.open(path) as store:
        delete_folder(path)
        path.parent.write_text("a file where the folder should be")
        store.add(hold())


FAULTS = {
    "failing upgrade": failing_upgrade,
    "full disk": full_disk,
    "busy": busy,
    "folder blocked": folder_blocked,
    "folder replaced by a file": file_in_the_way_later,
}


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_each_failure_is_told_in_a_plain_sentence(
    path: Path, fault: Callable[[Path], None]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with pytest.raises(HistoryError) as refused:
        fault(path)
    message = str(refused.value)
    assert message.startswith(f"The session history {path} cannot be ")
    assert_plain(message.replace(str(path), "it"))
