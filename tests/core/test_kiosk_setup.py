"""Kiosk mode refuses to start without a PIN or with a bad settings file or catalog, and
uses a read-only kiosk folder without writing to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupress_gui.bootstrap.kiosk_setup import KioskSetupError, prepare_kiosk
from acupress_gui.core.kiosk.staff_pin import hash_pin, save_pin_hash


@pytest.fixture
def kiosk(tmp_path: Path) -> Path:
    save_pin_hash(tmp_path, hash_pin("2580"))
    return tmp_path


def test_without_a_pin_kiosk_mode_refuses_and_says_how_to_set_one(tmp_path: Path) -> None:
    with pytest.raises(KioskSetupError, match="--set-kiosk-pin"):
        prepare_kiosk(tmp_path, None)


def test_a_ready_kiosk_has_its_settings_pin_and_catalog(kiosk: Path) -> None:
    setup = prepare_kiosk(kiosk, None)
    assert setup.pin.matches("2580")
    assert setup.config.idle_seconds == 90
    assert setup.catalog.entry("wind-pool") is not None
    assert setup.state_dir == kiosk.resolve()
    assert setup.paths.log_dir == kiosk.resolve() / "logs"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("warning_seconds = 5\n", "warning_seconds"),
        ('entries = ["no-such-entry"]\n', "no entry 'no-such-entry'"),
    ],
)
def test_a_bad_settings_file_refuses(kiosk: Path, text: str, expected: str) -> None:
    (kiosk / "kiosk.toml").write_text(text)
    with pytest.raises(KioskSetupError, match=expected):
        prepare_kiosk(kiosk, None)


def test_a_clinic_catalog_beside_the_settings_is_used_and_checked(kiosk: Path) -> None:
    (kiosk / "catalog.toml").write_text("format = 2\n")
    with pytest.raises(KioskSetupError, match=r"catalog\.toml"):
        prepare_kiosk(kiosk, None)


def test_where_nothing_is_writable_the_kiosk_keeps_its_state_in_memory(kiosk: Path) -> None:
    # /proc takes no new folders, even from root (as a read-only kiosk image would not).
    (kiosk / "kiosk.toml").write_text('state_dir = "/proc/acupress-kiosk-state"\n')
    before = sorted(p.name for p in kiosk.iterdir())
    setup = prepare_kiosk(kiosk, None)
    assert setup.state_dir is None
    assert sorted(p.name for p in kiosk.iterdir()) == before


def test_a_state_folder_elsewhere_is_used_for_what_the_kiosk_writes(kiosk: Path) -> None:
    (kiosk / "kiosk.toml").write_text('state_dir = "var"\n')
    setup = prepare_kiosk(kiosk, None)
    assert setup.state_dir == (kiosk / "var").resolve()
    assert setup.paths.data_dir == (kiosk / "var").resolve()
