"""Settings survive restarts, damaged files are kept aside, and a failed write loses nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from acupress_gui.core.settings import Settings, SettingsStore


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "config" / "settings.json")
    store.save(Settings(notice_acknowledged=True, last_entry="wind-pool", window_geometry="AQI="))
    loaded = store.load()
    assert loaded.notice_acknowledged is True
    assert loaded.last_entry == "wind-pool"
    assert loaded.window_geometry == "AQI="


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert SettingsStore(tmp_path / "settings.json").load() == Settings()


def test_save_leaves_no_temporary_files(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings())
    store.save(Settings(last_entry="x"))
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_keys_from_a_newer_version_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"last_entry": "wind-pool", "kiosk": {"idle": 90}}))
    store = SettingsStore(path)
    settings = store.load()
    settings.last_entry = "sacral-points"
    store.save(settings)
    saved = json.loads(path.read_text())
    assert saved["kiosk"] == {"idle": 90}
    assert saved["last_entry"] == "sacral-points"


def test_damaged_file_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"last_entry": "wind-po')
    assert SettingsStore(path).load() == Settings()
    kept = list(tmp_path.glob("settings.json.damaged-*"))
    assert len(kept) == 1
    assert kept[0].read_text() == '{"last_entry": "wind-po'
    assert not path.exists()


def test_wrongly_typed_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"notice_acknowledged": "yes", "last_entry": "bl10"}))
    settings = SettingsStore(path).load()
    assert settings.notice_acknowledged is False
    assert settings.last_entry == "bl10"


def test_routine_and_reminder_choices_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    chosen = Settings(
        may_be_pregnant=True,
        routine_entries=["wind-pool", "sacral-points"],
        reminders_enabled=True,
        reminder_times=["08:00", "13:30"],
        keep_in_tray=True,
        ask_pain=False,
    )
    store.save(chosen)
    assert store.load() == chosen


def test_unanswered_questions_may_be_null_but_lists_must_hold_text(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "may_be_pregnant": None,
                "routine_entries": None,
                "reminder_times": ["08:00", 9],
                "ask_pain": None,
            }
        )
    )
    settings = SettingsStore(path).load()
    assert settings.may_be_pregnant is None
    assert settings.routine_entries is None
    assert settings.reminder_times == []  # a list with a number in it is not ours
    assert settings.ask_pain is True  # not a question that can be unanswered


def test_failed_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(last_entry="wind-pool"))

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        store.save(Settings(last_entry="sacral-points"))
    monkeypatch.undo()
    assert store.load().last_entry == "wind-pool"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
