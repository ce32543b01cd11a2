"""Holds committed only in the journal are never lost silently when the journal is damaged."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.core.history import HistoryStore
from tests.core.history_journal import (
    FRAME_HEADER,
    flip_byte,
    frame_count,
    frame_offset,
    history_left_by_a_crash,
)
from tests.core.history_records import hold

HOLDS = 60


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """The main file and the journal of a history whose 60 holds are only in the journal."""
    path = history_left_by_a_crash(tmp_path_factory.mktemp("journal"), HOLDS)
    return path.read_bytes(), Path(f"{path}-wal").read_bytes()


def lay_out(folder: Path, files: tuple[bytes, bytes]) -> Path:
    path = folder / "history.sqlite3"
    path.write_bytes(files[0])
    Path(f"{path}-wal").write_bytes(files[1])
    return path


def kept_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("history.sqlite3.damaged-*-wal"))


def test_an_intact_journal_is_replayed_and_no_copy_is_left(
    tmp_path: Path, crashed: tuple[bytes, bytes]
) -> None:
    path = lay_out(tmp_path, crashed)
    with HistoryStore.open(path) as store:
        assert store.count() == HOLDS
        assert store.journal_kept is None
    assert kept_copies(tmp_path) == []


def test_a_damaged_journal_is_copied_aside_before_sqlite_drops_what_follows_the_damage(
    tmp_path: Path, crashed: tuple[bytes, bytes]
) -> None:
    path = lay_out(tmp_path, crashed)
    journal = Path(f"{path}-wal")
    middle = frame_offset(crashed[1], frame_count(crashed[1]) // 2)
    damaged = flip_byte(journal, middle + FRAME_HEADER + 100)

    with HistoryStore.open(path) as store:
        assert store.count() < HOLDS  # SQLite stops replaying at the damaged frame
        kept = store.journal_kept
        assert kept is not None
        assert kept.journal == journal
        assert kept.copy is not None
        assert kept.copy.name.startswith("history.sqlite3.damaged-")
        assert kept.frames_replayed < kept.frames_committed == frame_count(crashed[1])
        assert str(kept.copy) in kept.reason
        assert "journal is damaged" in kept.reason
        store.add(hold())  # the history goes on
    # The copy outlives the close that checkpoints and deletes the journal itself, and the
    # next opening (an export, say) does not remove it.
    with HistoryStore.open(path) as store:
        assert store.journal_kept is None
    assert kept_copies(tmp_path) == [kept.copy]
    assert kept.copy.read_bytes() == damaged


@pytest.mark.generated
@given(data=st.data())
def test_a_flipped_byte_anywhere_before_the_last_frame_never_loses_holds_silently(
    crashed: tuple[bytes, bytes], data: st.DataObject
) -> None:
    """The last frame is left out: a flip there looks exactly like a write cut by a crash."""
    frames = frame_count(crashed[1])
    frame = data.draw(st.integers(0, frames - 2), label="frame")
    start = frame_offset(crashed[1], frame)
    offset = data.draw(st.integers(start, frame_offset(crashed[1], frame + 1) - 1), label="byte")
    with tempfile.TemporaryDirectory() as folder:
        path = lay_out(Path(folder), crashed)
        damaged = flip_byte(Path(f"{path}-wal"), offset)
        with HistoryStore.open(path) as store:
            saved = store.count()
            kept = store.journal_kept
        if saved < HOLDS:
            assert kept is not None and kept.copy is not None
            assert kept.copy.read_bytes() == damaged
        else:
            assert kept_copies(Path(folder)) == ([kept.copy] if kept and kept.copy else [])


def test_a_journal_that_cannot_be_copied_is_still_reported(
    tmp_path: Path, crashed: tuple[bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = lay_out(tmp_path, crashed)
    middle = frame_offset(crashed[1], 10)
    flip_byte(Path(f"{path}-wal"), middle + FRAME_HEADER)
    real_write_bytes = Path.write_bytes

    def disk_full_for_copies(self: Path, data: bytes) -> int:
        if self.name.endswith("-wal.opening") or ".damaged-" in self.name:  # any copy
            raise OSError(28, "No space left on device")
        return real_write_bytes(self, data)

    monkeypatch.setattr(Path, "write_bytes", disk_full_for_copies)
    with HistoryStore.open(path) as store:
        kept = store.journal_kept
        assert kept is not None and kept.copy is None
        assert "could not be copied" in kept.reason
    assert kept_copies(tmp_path) == []


def test_a_journal_beside_a_file_set_aside_goes_with_it_and_is_not_copied_twice(
    tmp_path: Path, crashed: tuple[bytes, bytes]
) -> None:
    path = lay_out(tmp_path, (b"not a history at all" * 300, crashed[1]))
    with HistoryStore.open(path) as store:
        assert store.quarantined is not None
        assert store.journal_kept is None
        assert Path(f"{store.quarantined.moved_to}-wal").read_bytes() == crashed[1]
    assert kept_copies(tmp_path) == [Path(f"{store.quarantined.moved_to}-wal")]


def test_a_journal_left_without_its_file_is_kept_not_replayed_into_a_new_one(
    tmp_path: Path, crashed: tuple[bytes, bytes]
) -> None:
    path = lay_out(tmp_path, crashed)
    path.unlink()
    with HistoryStore.open(path) as store:
        assert store.quarantined is not None
        assert Path(f"{store.quarantined.moved_to}-wal").read_bytes() == crashed[1]
        assert store.count() == 0
