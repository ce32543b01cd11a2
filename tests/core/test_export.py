"""CSV export of the history: every hold, oldest first, readable by any spreadsheet."""

from __future__ import annotations

import csv
import os
import re
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acupress_gui.bootstrap.diagnostics import LOG_FILE_BACKUPS, crash_log_file
from acupress_gui.core.export import (
    COLUMN_NOTES,
    COLUMNS,
    ExportError,
    export_csv,
    protected_files,
    read_csv,
)
from acupress_gui.core.history import (
    HistoryStore,
    HoldOutcome,
    HoldRecord,
    Side,
    SittingKind,
    SittingRecord,
)
from acupress_gui.core.paths import AppPaths, resolve_paths

START = datetime(2026, 11, 24, 7, 30, 15, 250000, tzinfo=UTC)
ROUTINE = SittingRecord("routine-1", SittingKind.ROUTINE, START, pain_before=6, pain_after=4)
UNRATED = SittingRecord("single-1", SittingKind.SINGLE, START + timedelta(minutes=9))


def holds() -> list[HoldRecord]:
    return [
        HoldRecord("wind-pool", ("GB20",), Side.BOTH, 1, START, 60.0, 60.0, True, ROUTINE.key),
        HoldRecord(
            "sea-of-vitality",
            ("BL23", "BL52"),
            Side.RIGHT,
            2,
            START + timedelta(minutes=3),
            120.0,
            47.125,
            False,
            ROUTINE.key,
        ),
        HoldRecord(
            "sea-of-qi",
            ("BL24",),
            Side.BOTH,
            1,
            START + timedelta(minutes=10),
            30.0,
            30.0,
            True,
            UNRATED.key,
        ),
        HoldRecord("wind-pool", ("GB20",), Side.LEFT, 1, START - timedelta(days=90), 60, 5, False),
    ]


SITTINGS = [ROUTINE, ROUTINE, UNRATED, None]


@pytest.fixture
def history(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "history.sqlite3"
    with HistoryStore.open(path) as store:
        store.save_sitting(ROUTINE)
        store.save_sitting(UNRATED)
        for record in holds():
            store.add(record)
    return path


def test_round_trip_keeps_every_field(history: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "history.csv"
    with HistoryStore.open(history) as store:
        assert export_csv(store.oldest_first(), target, protected=()) == 4
        assert list(read_csv(target)) == list(store.oldest_first())
    assert [session.record for session in read_csv(target)] == holds()
    assert [session.sitting for session in read_csv(target)] == SITTINGS


def test_a_spreadsheet_sees_a_header_iso_times_and_plain_values(
    history: Path, tmp_path: Path
) -> None:
    target = tmp_path / "history.csv"
    with HistoryStore.open(history) as store:
        export_csv(store.oldest_first(), target, protected=())
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert tuple(rows[0]) == COLUMNS
    assert rows[1][1] == "2026-11-24T07:30:15.250+00:00"
    assert rows[2][2:9] == ["sea-of-vitality", "BL23 BL52", "right", "2", "120", "47.125", "no"]
    assert rows[2][9:14] == ["routine-1", "routine", "2026-11-24T07:30:15.250+00:00", "6", "4"]
    assert rows[3][12:14] == ["", ""]  # not rated
    assert rows[4][9:14] == [""] * 5  # saved before sittings existed
    assert [row[14:] for row in rows[1:]] == [
        ["completed", ""],
        ["stopped", ""],
        ["completed", ""],
        ["stopped", ""],
    ]


def test_each_spot_pressed_on_its_own_is_a_row_with_how_it_ended(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    row_of_spots = [
        HoldRecord("lumbar-jiaji", ("EX-B2",), Side.RIGHT, 1, START, 30, 30, True, spot=1),
        HoldRecord(
            "lumbar-jiaji",
            ("EX-B2",),
            Side.LEFT,
            1,
            START + timedelta(seconds=35),
            30,
            6.5,
            False,
            outcome=HoldOutcome.SKIPPED,
            spot=1,
        ),
        HoldRecord(
            "sea-of-vitality",
            ("BL52",),
            Side.BOTH,
            1,
            START + timedelta(minutes=2),
            30,
            12,
            False,
            outcome=HoldOutcome.QUIT,
        ),
    ]
    with HistoryStore.open(path) as store:
        for record in row_of_spots:
            store.add(record)
        export_csv(store.oldest_first(), tmp_path / "out.csv", protected=())
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [
        (r["point_codes"], r["side"], r["completed"], r["outcome"], r["spot"]) for r in rows
    ] == [
        ("EX-B2", "right", "yes", "completed", "1"),
        ("EX-B2", "left", "no", "skipped", "1"),
        ("BL52", "both", "no", "quit", ""),
    ]
    assert [s.record for s in read_csv(tmp_path / "out.csv")] == row_of_spots


def test_an_export_from_before_outcomes_reads_as_it_always_did(
    history: Path, tmp_path: Path
) -> None:
    """An older file has neither ``outcome`` nor ``spot``: completed says it all."""
    target = tmp_path / "history.csv"
    with HistoryStore.open(history) as store:
        export_csv(store.oldest_first(), target, protected=())
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    older = tmp_path / "older.csv"
    with older.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(row[:14] for row in rows)
    assert [session.record for session in read_csv(older)] == holds()


def test_a_failed_export_leaves_the_previous_file(
    history: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "history.csv"
    target.write_text("last week's export\n")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device", str(args[0]), None, str(args[1]))

    monkeypatch.setattr(os, "replace", disk_full)
    with HistoryStore.open(history) as store, pytest.raises(ExportError) as refused:
        export_csv(store.oldest_first(), target, protected=())
    monkeypatch.undo()
    assert str(refused.value) == f"The history could not be written to {target}: the disk is full."
    assert target.read_text() == "last week's export\n"
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ""] == ["history.csv"]


@pytest.fixture
def app_paths(history: Path) -> AppPaths:
    """A portable install with a saved history, settings, a log and a crash log."""
    paths = resolve_paths(history.parent)
    paths.settings_file.write_text('{"notice_acknowledged": true}\n', encoding="utf-8")
    paths.log_dir.mkdir()
    paths.log_file.write_text("2026-11-24 07:30:15 INFO acupress_gui: started\n")
    (paths.log_dir / "crash.log").write_text("")
    return paths


def _app_files(paths: AppPaths) -> dict[Path, bytes]:
    folders = (paths.data_dir, paths.log_dir)
    files = (file for folder in folders for file in folder.iterdir() if file.is_file())
    return {file: file.read_bytes() for file in files}


def _refuse(paths: AppPaths, target: Path) -> str:
    """Export to ``target`` expecting a refusal; checks nothing of the app's changed."""
    with HistoryStore.open(paths.history_file) as store:
        sessions = list(store.oldest_first())
    before = _app_files(paths)
    with pytest.raises(ExportError) as refused:
        export_csv(sessions, target, protected=protected_files(paths))
    assert _app_files(paths) == before  # byte for byte, and no file added or left behind
    message = str(refused.value)
    assert str(target) in message
    assert ".tmp" not in message and f".{target.name}-" not in message
    return message


@pytest.mark.parametrize(
    "name", ["history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm", "settings.json"]
)
def test_the_apps_own_files_are_refused(app_paths: AppPaths, name: str) -> None:
    with HistoryStore.open(app_paths.history_file):  # open: the -wal and -shm exist now
        assert (app_paths.data_dir / name).exists()
        message = _refuse(app_paths, app_paths.data_dir / name)
    assert message == (
        f"{app_paths.data_dir / name} is one of AcuPress's own files, so the history was "
        "not written there. Choose another file name."
    )


def test_a_wal_that_comes_and_goes_is_refused_while_absent(app_paths: AppPaths) -> None:
    wal = app_paths.history_file.with_name("history.sqlite3-wal")
    assert not wal.exists()  # every connection closed
    _refuse(app_paths, wal)
    assert not wal.exists()


def test_logs_and_damaged_copies_are_refused(app_paths: AppPaths) -> None:
    damaged = app_paths.data_dir / "history.sqlite3.damaged-20261124-073015"
    damaged.write_bytes(b"the old, unreadable file")
    _refuse(app_paths, damaged)
    _refuse(app_paths, app_paths.log_file)
    _refuse(app_paths, app_paths.log_dir / "crash.log")


def test_a_hard_link_or_symlink_to_the_history_is_refused(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    hard = tmp_path / "hard.csv"
    os.link(app_paths.history_file, hard)
    soft = tmp_path / "soft.csv"
    soft.symlink_to(app_paths.history_file)
    original = app_paths.history_file.read_bytes()
    _refuse(app_paths, hard)
    _refuse(app_paths, soft)
    assert hard.read_bytes() == original and soft.is_symlink()


def test_a_path_through_a_linked_folder_is_refused(app_paths: AppPaths, tmp_path: Path) -> None:
    linked = tmp_path / "looks-harmless"
    linked.symlink_to(app_paths.data_dir, target_is_directory=True)
    _refuse(app_paths, linked / "history.sqlite3")
    _refuse(app_paths, linked / "." / ".." / linked.name / "settings.json")


def test_a_symlink_loop_is_a_plain_message(app_paths: AppPaths, tmp_path: Path) -> None:
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)
    assert _refuse(app_paths, loop) == (
        f"The history could not be written to {loop}: it is a link that leads back to itself."
    )
    assert loop.is_symlink()


def test_a_folder_is_refused(app_paths: AppPaths, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    message = _refuse(app_paths, folder)
    assert message == f"{folder} is a folder. Choose a file name inside it."
    assert list(folder.iterdir()) == []
    _refuse(app_paths, Path("/tmp"))


def test_a_missing_folder_is_not_created(app_paths: AppPaths, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "x.csv"
    message = _refuse(app_paths, target)
    assert message == f"The folder {target.parent} does not exist, so {target} cannot be written."
    assert not (tmp_path / "no").exists()


def test_a_file_taken_for_a_folder_is_refused(app_paths: AppPaths, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("kept")
    message = _refuse(app_paths, blocker / "x.csv")
    assert message == (
        f"The folder {blocker} is a file, not a folder, so {blocker / 'x.csv'} cannot be written."
    )
    assert blocker.read_text() == "kept"


def test_a_pipe_or_device_is_refused(app_paths: AppPaths, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    assert _refuse(app_paths, pipe) == f"{pipe} is not an ordinary file, so it cannot be replaced."
    assert pipe.is_fifo()


def test_an_unwritable_folder_is_a_plain_message(
    app_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".x.csv-abc123"))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    message = _refuse(app_paths, tmp_path / "x.csv")
    assert message == (
        f"The history could not be written to {tmp_path / 'x.csv'}: "
        "AcuPress is not allowed to write there."
    )


def test_an_ordinary_file_beside_the_apps_files_may_be_replaced(app_paths: AppPaths) -> None:
    target = app_paths.data_dir / "for-the-clinic.csv"
    target.write_text("last week's export\n")
    with HistoryStore.open(app_paths.history_file) as store:
        count = export_csv(store.oldest_first(), target, protected=protected_files(app_paths))
    assert count == 4 and len(list(read_csv(target))) == 4


def test_the_protected_files_cover_the_crash_log_diagnostics_writes(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "portable")
    assert crash_log_file(paths) in protected_files(paths)
    assert paths.log_file.with_name(f"{paths.log_file.name}.{LOG_FILE_BACKUPS}") in (
        protected_files(paths)
    )


def test_each_column_is_explained_with_the_values_it_can_hold() -> None:
    """Help ▸ The exported history reads these notes; the words they quote are the very
    values in the file, which stay English in every language."""
    assert tuple(COLUMN_NOTES) == COLUMNS
    quoted = {
        column: set(re.findall("\u201c([^\u201d]+)\u201d", note))
        for column, note in COLUMN_NOTES.items()
    }
    assert quoted["side"] == {side.value for side in Side}
    assert quoted["completed"] == {"yes", "no"}
    assert quoted["sitting_kind"] == {kind.value for kind in SittingKind}
    assert quoted["outcome"] == {outcome.value for outcome in HoldOutcome}
