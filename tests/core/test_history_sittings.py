"""Sittings (schema 2): holds grouped into a routine or one Start, with the pain around them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from acupress_gui.core.history import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryRecorder,
    HistoryStore,
    HistoryUnavailableError,
    Side,
    SittingKind,
    SittingRecord,
    new_sitting_key,
)
from tests.core.history_records import MORNING, hold


def sitting(**changes: Any) -> SittingRecord:
    fields: dict[str, Any] = {
        "key": new_sitting_key(),
        "kind": SittingKind.ROUTINE,
        "started_at": MORNING,
    }
    fields.update(changes)
    return SittingRecord(**fields)


@pytest.fixture
def store(path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(path) as opened:
        yield opened


def test_a_version_1_history_is_upgraded_with_every_hold_kept(path: Path) -> None:
    old_holds = [
        hold(set_number=1),
        hold(entry_id="sea-of-qi", point_codes=("BL24",), side=Side.LEFT, completed=False),
        hold(started_at=MORNING + timedelta(days=3), held_seconds=12.5),
    ]
    HistoryStore.open(path, migrations=MIGRATIONS[:1]).close()
    with closing(sqlite3.connect(path)) as version_1, version_1:
        # The rows exactly as version 1 wrote them.
        version_1.executemany(
            "INSERT INTO sessions (entry_id, point_codes, side, set_number, started_at, "
            "planned_seconds, held_seconds, completed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.entry_id,
                    " ".join(r.point_codes),
                    r.side.value,
                    r.set_number,
                    r.started_at.isoformat(timespec="milliseconds"),
                    r.planned_seconds,
                    r.held_seconds,
                    int(r.completed),
                )
                for r in old_holds
            ],
        )

    with HistoryStore.open(path) as upgraded:
        kept = list(upgraded.oldest_first())
        assert [session.record for session in kept] == old_holds
        assert all(session.sitting is None for session in kept)
        # New holds in sittings go in beside the old ones.
        new = sitting(pain_before=6)
        upgraded.save_sitting(new)
        upgraded.add(hold(sitting_key=new.key))
        assert upgraded.count() == 4
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_holds_come_back_with_their_sitting_and_its_latest_ratings(store: HistoryStore) -> None:
    before = sitting(pain_before=7)
    store.save_sitting(before)
    first = store.add(hold(sitting_key=before.key))
    second = store.add(hold(sitting_key=before.key, entry_id="sea-of-qi", point_codes=("BL24",)))
    rated = SittingRecord(before.key, before.kind, before.started_at, 7, 4)
    store.save_sitting(rated)  # the rating after comes when the routine ends

    sessions = {session.id: session for session in store.recent(10)}
    assert sessions[first].sitting == rated
    assert sessions[second].sitting == rated
    assert sessions[second].record.sitting_key == before.key


def test_a_hold_naming_a_sitting_never_saved_is_refused(store: HistoryStore) -> None:
    with pytest.raises(ValueError, match="no sitting"):
        store.add(hold(sitting_key="nowhere"))
    assert store.count() == 0


@pytest.mark.parametrize("rating", [-1, 11, 2.5])
def test_a_rating_off_the_0_to_10_scale_is_refused(rating: object) -> None:
    with pytest.raises(ValueError, match="scale"):
        sitting(pain_before=rating)


def test_deleting_a_sittings_last_hold_deletes_the_sitting(store: HistoryStore) -> None:
    routine = sitting(pain_before=5, pain_after=3)
    store.save_sitting(routine)
    ids = [store.add(hold(sitting_key=routine.key)) for _ in range(2)]
    store.delete(ids[0])
    assert store.recent(10)[0].sitting == routine
    store.delete(ids[1])
    with closing(store.connect_reader()) as reader:
        assert reader.execute("SELECT count(*) FROM sittings").fetchone()[0] == 0


def test_clear_erases_the_sittings_and_their_ratings_too(store: HistoryStore, path: Path) -> None:
    routine = sitting(pain_before=9)
    store.save_sitting(routine)
    store.add(hold(sitting_key=routine.key))
    store.clear()
    assert store.count() == 0
    assert routine.key.encode() not in path.read_bytes()


def test_a_reader_connection_cannot_write(store: HistoryStore) -> None:
    with closing(store.connect_reader()) as reader, pytest.raises(sqlite3.OperationalError):
        reader.execute("DELETE FROM sessions")


def test_the_recorder_saves_a_sitting_before_its_holds_after_a_failure(path: Path) -> None:
    attempts = {"open": 0}

    def open_after_two_failures() -> HistoryStore:
        attempts["open"] += 1
        if attempts["open"] <= 2:
            raise HistoryUnavailableError("the disk is full")
        return HistoryStore.open(path)

    routine = sitting(pain_before=6)
    rated = SittingRecord(routine.key, routine.kind, routine.started_at, 6, 5)
    with closing(HistoryRecorder(open_after_two_failures)) as recorder:
        recorder.record(routine)
        recorder.record(hold(sitting_key=routine.key))
        assert recorder.pending == (routine, hold(sitting_key=routine.key))
        recorder.record(rated)
        assert recorder.pending == ()
        assert recorder.last_error is None
        (saved,) = recorder.store.recent(10)
        assert saved.sitting == rated
