"""The staff PIN is kept only as a salted scrypt hash, and the pad locks after five misses."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from acupress_gui.core.kiosk.pin_lockout import (
    FIRST_LOCK_SECONDS,
    LOCKOUT_FILE_NAME,
    TRIES_BEFORE_LOCK,
    PinLockout,
)
from acupress_gui.core.kiosk.staff_pin import (
    PIN_FILE_NAME,
    PinError,
    hash_pin,
    load_pin_hash,
    read_new_pin,
    save_pin_hash,
)


def test_the_file_holds_a_salted_hash_never_the_pin(tmp_path: Path) -> None:
    save_pin_hash(tmp_path, hash_pin("482913"))
    path = tmp_path / PIN_FILE_NAME
    text = path.read_text()
    assert "482913" not in text
    assert json.loads(text)["scheme"] == "scrypt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = load_pin_hash(tmp_path)
    assert stored is not None
    assert stored.matches("482913")
    assert not stored.matches("482914")
    assert not stored.matches("")


def test_two_hashes_of_one_pin_differ_by_their_salt() -> None:
    assert hash_pin("1234").key != hash_pin("1234").key


def test_no_file_is_no_pin_and_a_damaged_one_is_an_error(tmp_path: Path) -> None:
    assert load_pin_hash(tmp_path) is None
    (tmp_path / PIN_FILE_NAME).write_text('{"scheme": "scrypt", "n": 3}')
    with pytest.raises(PinError, match="damaged"):
        load_pin_hash(tmp_path)


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "12 34", "١٢٣٤"])
def test_a_pin_is_four_to_twelve_ascii_digits(pin: str) -> None:
    with pytest.raises(PinError, match="4 to 12 digits"):
        hash_pin(pin)


def lines(*typed: str) -> Iterator[str]:
    return iter(typed)


def test_a_new_pin_is_typed_twice() -> None:
    typed = lines("2468", "2468")
    assert read_new_pin(lambda prompt: next(typed)) == "2468"
    different = lines("2468", "2469")
    with pytest.raises(PinError, match="not the same"):
        read_new_pin(lambda prompt: next(different))


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_five_wrong_pins_lock_the_pad_for_longer_each_time(tmp_path: Path) -> None:
    clock = Clock()
    lockout = PinLockout.load(clock, tmp_path)
    for _ in range(TRIES_BEFORE_LOCK - 1):
        lockout.record(right=False)
    assert lockout.seconds_left() == 0
    lockout.record(right=False)
    assert lockout.seconds_left() == FIRST_LOCK_SECONDS
    clock.now += FIRST_LOCK_SECONDS
    assert lockout.seconds_left() == 0
    for _ in range(TRIES_BEFORE_LOCK):
        lockout.record(right=False)
    assert lockout.seconds_left() == 2 * FIRST_LOCK_SECONDS

    again = PinLockout.load(clock, tmp_path)  # a restart does not unlock the pad
    assert again.seconds_left() == 2 * FIRST_LOCK_SECONDS
    clock.now += 2 * FIRST_LOCK_SECONDS
    again.record(right=True)
    assert PinLockout.load(clock, tmp_path).locks == 0


def test_unreadable_lockout_state_locks_rather_than_unlocks(tmp_path: Path) -> None:
    (tmp_path / LOCKOUT_FILE_NAME).write_text("{broken")
    assert PinLockout.load(Clock(), tmp_path).seconds_left() == FIRST_LOCK_SECONDS


def test_without_a_writable_folder_the_lockout_lives_in_memory(tmp_path: Path) -> None:
    missing = tmp_path / "gone"
    lockout = PinLockout.load(Clock(), missing)
    for _ in range(TRIES_BEFORE_LOCK):
        lockout.record(right=False)
    assert lockout.seconds_left() == FIRST_LOCK_SECONDS
    assert lockout.path is None
