"""A kiosk keeps only anonymous counts: holds started and completed per entry per day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from acupress_gui.core.kiosk.visit_counters import COUNTERS_FILE_NAME, VisitCounters


def test_counts_per_entry_per_day_survive_a_restart(tmp_path: Path) -> None:
    day = [date(2026, 12, 1)]
    counters = VisitCounters.load(lambda: day[0], tmp_path)
    counters.started("wind-pool")
    counters.completed("wind-pool")
    counters.started("wind-pool")
    day[0] = date(2026, 12, 2)
    counters.started("kidney-shu")

    again = VisitCounters.load(lambda: day[0], tmp_path)
    rows = [(r.day.isoformat(), r.entry_id, r.started, r.completed) for r in again.rows()]
    assert rows == [("2026-12-02", "kidney-shu", 1, 0), ("2026-12-01", "wind-pool", 2, 1)]
    assert again.as_csv().splitlines() == [
        "date,entry_id,holds_started,holds_completed",
        "2026-12-02,kidney-shu,1,0",
        "2026-12-01,wind-pool,2,1",
    ]


def test_the_file_holds_nothing_but_days_entries_and_counts(tmp_path: Path) -> None:
    counters = VisitCounters.load(lambda: date(2026, 12, 1), tmp_path)
    counters.started("wind-pool")
    text = (tmp_path / COUNTERS_FILE_NAME).read_text()
    assert text == '{"days": {"2026-12-01": {"wind-pool": [1, 0]}}}'


def test_a_damaged_file_is_set_aside_and_counting_goes_on(tmp_path: Path) -> None:
    (tmp_path / COUNTERS_FILE_NAME).write_text("[1, 2")
    counters = VisitCounters.load(lambda: date(2026, 12, 1), tmp_path)
    assert counters.rows() == []
    assert (tmp_path / "kiosk-counters.damaged.json").read_text() == "[1, 2"
    counters.started("wind-pool")
    assert len(VisitCounters.load(lambda: date(2026, 12, 1), tmp_path).rows()) == 1


def test_without_a_writable_folder_counts_live_in_memory(tmp_path: Path) -> None:
    counters = VisitCounters.load(lambda: date(2026, 12, 1), tmp_path / "gone")
    counters.started("wind-pool")
    assert counters.path is None
    assert counters.rows()[0].started == 1


def test_a_kiosk_records_holds_only_as_counts(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from acupress_gui.core.history import HoldOutcome, HoldRecord, Side, SittingKind, SittingRecord
    from acupress_gui.core.kiosk.counting_recorder import CountingRecorder

    counters = VisitCounters.load(lambda: date(2026, 12, 1), tmp_path)
    recorder = CountingRecorder(counters)
    started = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    hold = HoldRecord("wind-pool", ("GB20",), Side.BOTH, 1, started, 60, 60, True)
    stopped = HoldRecord(
        "wind-pool", ("GB20",), Side.BOTH, 1, started, 60, 5, False, outcome=HoldOutcome.QUIT
    )
    assert recorder.record(hold) is None
    recorder.record(stopped)
    recorder.record(SittingRecord("s1", SittingKind.ROUTINE, started, 6, 3))
    assert [(r.entry_id, r.started, r.completed) for r in counters.rows()] == [("wind-pool", 2, 1)]
    assert recorder.store is None and recorder.pending == () and recorder.retry()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk-counters.json"]
