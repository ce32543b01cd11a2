"""``--set-kiosk-pin`` reads the PIN twice from standard input and keeps only its hash."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from acupress_gui.core.kiosk.staff_pin import PIN_FILE_NAME, load_pin_hash


def set_pin(folder: Path, typed: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "acupress_gui", "--data-dir", str(folder), "--set-kiosk-pin"],
        input=typed,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_pin_from_standard_input_is_stored_as_a_hash_only(tmp_path: Path) -> None:
    done = set_pin(tmp_path, "739182\n739182\n")
    assert done.returncode == 0, done.stderr
    assert "hash" in done.stdout
    assert "739182" not in (tmp_path / PIN_FILE_NAME).read_text()
    stored = load_pin_hash(tmp_path)
    assert stored is not None and stored.matches("739182")


def test_a_mismatch_or_a_short_pin_changes_nothing(tmp_path: Path) -> None:
    set_pin(tmp_path, "739182\n739182\n")
    before = (tmp_path / PIN_FILE_NAME).read_bytes()
    for typed, reason in (
        ("739182\n739183\n", "not the same"),
        ("12\n12\n", "4 to 12 digits"),
        ("739182\n", "ended before"),
    ):
        done = set_pin(tmp_path, typed)
        assert done.returncode == 1
        assert reason in done.stderr and "not changed" in done.stderr
        assert "Traceback" not in done.stderr
    assert (tmp_path / PIN_FILE_NAME).read_bytes() == before


def test_the_pin_is_never_taken_from_the_command_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "acupress_gui", "--set-kiosk-pin", "1234"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert not (tmp_path / PIN_FILE_NAME).exists()
