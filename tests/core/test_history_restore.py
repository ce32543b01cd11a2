"""A deleted hold can be put back exactly as it was, for the history window's Undo."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.core.history import HistoryStore, SittingKind, SittingRecord
from tests.core.history_records import MORNING, hold

PAIN = st.one_of(st.none(), st.integers(0, 10))


def test_a_restored_hold_has_its_id_its_sitting_and_the_ratings_back(path: Path) -> None:
    with HistoryStore.open(path) as store:
        store.save_sitting(SittingRecord("s", SittingKind.SINGLE, MORNING, 7, 3))
        first = store.add(dataclasses.replace(hold(), sitting_key="s"))
        store.add(hold(set_number=2))
        before = store.recent(10)
        deleted = next(session for session in before if session.id == first)
        store.delete(first)  # the sitting's last hold: the sitting goes too
        assert store.restore(deleted) == first
        assert store.recent(10) == before


def test_a_hold_whose_id_was_taken_meanwhile_comes_back_under_the_next(path: Path) -> None:
    """Only the newest hold's id can be taken: SQLite gives the highest id plus one."""
    with HistoryStore.open(path) as store:
        store.add(hold(set_number=1))
        newest = store.recent(1)[0]
        store.delete(newest.id)
        newcomer = store.add(hold(set_number=2))
        assert newcomer == newest.id
        restored = store.restore(newest)
        assert restored == newcomer + 1
        assert [s.record.set_number for s in store.recent(10)] == [1, 2]


@pytest.mark.generated
@given(
    sittings=st.lists(st.tuples(PAIN, PAIN), min_size=1, max_size=4),
    holds=st.lists(st.integers(0, 4), min_size=1, max_size=10),
    data=st.data(),
)
def test_delete_then_restore_gives_back_the_same_history(
    sittings: list[tuple[int | None, int | None]], holds: list[int], data: st.DataObject
) -> None:
    """``holds`` name a sitting each (an index past the sittings: no sitting)."""
    with (
        tempfile.TemporaryDirectory() as folder,
        HistoryStore.open(Path(folder) / "history.sqlite3") as store,
    ):
        for index, (before, after) in enumerate(sittings):
            store.save_sitting(
                SittingRecord(f"s{index}", SittingKind.ROUTINE, MORNING, before, after)
            )
        for number, index in enumerate(holds, start=1):
            key = f"s{index}" if index < len(sittings) else None
            store.add(hold(set_number=number, sitting_key=key))
        history = store.recent(100)
        chosen = data.draw(st.sampled_from(history))
        store.delete(chosen.id)
        assert chosen not in store.recent(100)
        assert store.restore(chosen) == chosen.id
        assert store.recent(100) == history
