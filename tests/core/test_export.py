"""CSV export of the history: every hold, oldest first, readable by any spreadsheet."""

from __future__ import annotations

import csv
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acupress_gui.app import main
from acupress_gui.core.export import COLUMNS, export_csv, read_csv
from acupress_gui.core.history import (
    HistoryStore,
    HoldRecord,
    Side,
    SittingKind,
    SittingRecord,
)

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
    target = tmp_path / "out" / "history.csv"
    with HistoryStore.open(history) as store:
        assert export_csv(store.oldest_first(), target) == 4
        assert list(read_csv(target)) == list(store.oldest_first())
    assert [session.record for session in read_csv(target)] == holds()
    assert [session.sitting for session in read_csv(target)] == SITTINGS


def test_a_spreadsheet_sees_a_header_iso_times_and_plain_values(
    history: Path, tmp_path: Path
) -> None:
    target = tmp_path / "history.csv"
    with HistoryStore.open(history) as store:
        export_csv(store.oldest_first(), target)
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert tuple(rows[0]) == COLUMNS
    assert rows[1][1] == "2026-11-24T07:30:15.250+00:00"
    assert rows[2][2:9] == ["sea-of-vitality", "BL23 BL52", "right", "2", "120", "47.125", "no"]
    assert rows[2][9:] == ["routine-1", "routine", "2026-11-24T07:30:15.250+00:00", "6", "4"]
    assert rows[3][12:] == ["", ""]  # not rated
    assert rows[4][9:] == [""] * 5  # saved before sittings existed


def test_a_failed_export_leaves_the_previous_file(
    history: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "history.csv"
    target.write_text("last week's export\n")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with HistoryStore.open(history) as store, pytest.raises(OSError):
        export_csv(store.oldest_first(), target)
    monkeypatch.undo()
    assert target.read_text() == "last week's export\n"
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ""] == ["history.csv"]


def test_command_line_export_needs_no_window(
    history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "for-the-clinic.csv"
    code = main(["--data-dir", str(history.parent), "--export-history", str(target)])
    assert code == 0
    assert capsys.readouterr().out.strip() == f"Exported 4 holds to {target}"
    assert len(list(read_csv(target))) == 4


def test_command_line_export_of_a_new_install_is_a_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "empty.csv"
    assert main(["--data-dir", str(tmp_path / "new"), "--export-history", str(target)]) == 0
    assert target.read_text(encoding="utf-8").strip() == ",".join(COLUMNS)
    assert not (tmp_path / "new").exists()  # nothing created by looking


def test_command_line_export_failure_is_a_message_and_exit_code(
    history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    code = main(["--data-dir", str(history.parent), "--export-history", str(blocked / "x.csv")])
    assert code == 1
    assert "could not export the history" in capsys.readouterr().err
