"""How each hold ended (schema 3): completed, stopped, skipped or quit, and its spot."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from acupress_gui.core.history import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryStore,
    HoldOutcome,
    HoldTotals,
)
from tests.core.history_records import MORNING, hold


def test_a_version_2_history_gets_outcomes_from_completed_which_keeps_its_meaning(
    path: Path,
) -> None:
    HistoryStore.open(path, migrations=MIGRATIONS[:2]).close()
    with closing(sqlite3.connect(path)) as version_2, version_2:
        version_2.executemany(
            "INSERT INTO sessions (entry_id, point_codes, side, set_number, started_at, "
            "planned_seconds, held_seconds, completed) "
            "VALUES ('wind-pool', 'GB20', 'both', 1, ?, 60, ?, ?)",
            [("2026-04-01T07:30:00.000+00:00", 60, 1), ("2026-04-01T07:32:00.000+00:00", 9, 0)],
        )

    with HistoryStore.open(path) as upgraded:
        records = [session.record for session in upgraded.oldest_first()]
    assert [(r.completed, r.outcome, r.spot) for r in records] == [
        (True, HoldOutcome.COMPLETED, None),
        (False, HoldOutcome.STOPPED, None),
    ]
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        rows = connection.execute("SELECT completed, outcome, spot FROM sessions ORDER BY id")
        assert rows.fetchall() == [(1, "completed", None), (0, "stopped", None)]


def test_each_outcome_and_spot_is_kept(path: Path) -> None:
    kept = [
        hold(),
        hold(completed=False, held_seconds=20.0),
        hold(completed=False, held_seconds=6.0, outcome=HoldOutcome.SKIPPED),
        hold(completed=False, held_seconds=12.0, outcome=HoldOutcome.QUIT),
        hold(entry_id="lumbar-jiaji", point_codes=("EX-B2",), spot=4),
    ]
    with HistoryStore.open(path) as store:
        for record in kept:
            store.add(record)
        assert [session.record for session in store.oldest_first()] == kept
        assert kept[1].outcome is HoldOutcome.STOPPED  # the default follows completed


def test_totals_count_skipped_holds_apart_and_not_as_time_pressing(path: Path) -> None:
    with HistoryStore.open(path) as store:
        store.add(hold(held_seconds=60.0))
        store.add(hold(completed=False, held_seconds=6.0, outcome=HoldOutcome.SKIPPED))
        store.add(hold(completed=False, held_seconds=12.0, outcome=HoldOutcome.QUIT))
        store.add(hold(started_at=MORNING - timedelta(days=1), held_seconds=30.0))
        totals = store.totals_since(MORNING)
    assert totals == HoldTotals(
        72.0, {HoldOutcome.COMPLETED: 1, HoldOutcome.SKIPPED: 1, HoldOutcome.QUIT: 1}
    )
    assert (totals.count(HoldOutcome.STOPPED), totals.total) == (0, 3)


@pytest.mark.parametrize(
    "changes",
    [
        {"completed": True, "outcome": HoldOutcome.SKIPPED},
        {"completed": False, "outcome": HoldOutcome.COMPLETED, "spot": 0},
        {"point_codes": ("BL23", "BL52"), "spot": 1},
    ],
)
def test_a_record_that_contradicts_itself_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        hold(**changes)
