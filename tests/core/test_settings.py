"""The settings file: kept across restarts, versioned, and never lost when it is bad."""

from __future__ import annotations

import errno
import json
import logging
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from acupress_gui.core.hold_choices import SideMode
from acupress_gui.core.preferences import (
    DeviceSettings,
    PersonPreferences,
    Preferences,
    SetAside,
    SettingsError,
    StoredPreferences,
    field_names,
)
from acupress_gui.core.settings import SCHEMA_VERSION, SettingsStore

DEFAULTS = (DeviceSettings(), PersonPreferences())


def set_aside_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("settings.json.damaged-*"))


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    device = DeviceSettings(notice_acknowledged=True, window_geometry="AQI=")
    person = PersonPreferences(last_entry="wind-pool")
    SettingsStore(path).write(device, person)
    assert SettingsStore(path).read() == StoredPreferences(device, person)


def test_missing_file_gives_defaults_and_no_report(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.read() == StoredPreferences()
    assert store.quarantined is None


def test_save_leaves_no_temporary_files(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.write(*DEFAULTS)
    store.write(DeviceSettings(), PersonPreferences(last_entry="x"))
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_the_file_says_its_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    SettingsStore(path).write(*DEFAULTS)
    assert json.loads(path.read_text())["schema"] == SCHEMA_VERSION


def test_an_unversioned_file_is_read_and_saved_with_a_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"hold_seconds": 90, "side_mode": "one_then_other"}))
    store = SettingsStore(path)
    stored = store.read()
    assert (stored.person.hold_seconds, stored.person.side_mode) == (90, SideMode.ONE_THEN_OTHER)
    assert store.quarantined is None
    store.write(stored.device, stored.person)
    saved = json.loads(path.read_text())
    assert saved["schema"] == SCHEMA_VERSION
    assert saved["hold_seconds"] == 90


def test_keys_from_a_newer_version_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    nested = {"a": [[[[{"b": [1]}]]]]}
    path.write_text(json.dumps({"last_entry": "wind-pool", "kiosk": {"idle": 90}, "n": nested}))
    store = SettingsStore(path)
    stored = store.read()
    store.write(stored.device, replace(stored.person, last_entry="sacral-points"))
    saved = json.loads(path.read_text())
    assert saved["kiosk"] == {"idle": 90}
    assert saved["n"] == nested
    assert saved["last_entry"] == "sacral-points"


def test_a_newer_versions_file_is_read_but_never_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps({"schema": SCHEMA_VERSION + 1, "hold_seconds": 30, "theme": "dark"})
    path.write_text(original)
    store = SettingsStore(path)
    stored = store.read()
    assert stored.person.hold_seconds == 30
    assert store.newer_schema == SCHEMA_VERSION + 1
    with pytest.raises(SettingsError, match="newer version of AcuPress"):
        store.write(stored.device, replace(stored.person, hold_seconds=45))
    assert path.read_text() == original
    assert set_aside_files(tmp_path) == []


def test_a_cut_short_file_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"last_entry": "wind-po')
    store = SettingsStore(path)
    stored = store.read()
    (kept,) = set_aside_files(tmp_path)
    assert kept.read_text() == '{"last_entry": "wind-po'
    assert not path.exists()
    report = SetAside(path, kept, "it is cut short or garbled")
    assert stored == StoredPreferences(set_aside=report)
    assert store.quarantined == report


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b'{"last_entry": "caf\xe9"}', "it is not readable text", id="latin-1"),
        pytest.param(b"[" * 1000, "it is nested too deeply to be settings", id="thousand-brackets"),
        pytest.param(
            b"[" * 100_000 + b"]" * 100_000, "it is nested too deeply to be settings", id="deep"
        ),
        pytest.param(
            b'{"k": ' + b"[" * 64 + b"]" * 64 + b"}",
            "it is nested too deeply to be settings",
            id="deeper-than-settings-ever-are",
        ),
        pytest.param(b'["hold_seconds", 30]', "it does not hold settings", id="a-list"),
        pytest.param(b"null", "it does not hold settings", id="null"),
        pytest.param(b"", "it is cut short or garbled", id="empty"),
        pytest.param(
            b'{"schema": "one"}', "its version number is not one AcuPress writes", id="schema"
        ),
        pytest.param(b'{"schema": -1}', "its version number is not one AcuPress writes", id="neg"),
    ],
)
def test_a_file_that_cannot_be_settings_is_kept_aside_byte_for_byte(
    tmp_path: Path, content: bytes, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    store = SettingsStore(path)
    with caplog.at_level(logging.WARNING):
        stored = store.read()
    (kept,) = set_aside_files(tmp_path)
    assert kept.read_bytes() == content
    assert stored == StoredPreferences(set_aside=SetAside(path, kept, reason))
    assert store.quarantined == stored.set_aside
    assert str(kept) in caplog.text
    # a fresh file starts beside the damaged one
    store.write(DeviceSettings(), PersonPreferences(last_entry="wind-pool"))
    assert store.read().person.last_entry == "wind-pool"


def test_a_byte_order_mark_is_not_damage(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'\xef\xbb\xbf{"last_entry": "wind-pool"}')
    store = SettingsStore(path)
    assert store.read().person.last_entry == "wind-pool"
    assert store.quarantined is None


def test_a_wrongly_typed_value_falls_back_and_a_copy_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps({"notice_acknowledged": "yes", "last_entry": "bl10"}).encode()
    path.write_bytes(original)
    store = SettingsStore(path)
    stored = store.read()
    assert stored.device.notice_acknowledged is False
    assert stored.person.last_entry == "bl10"
    (kept,) = set_aside_files(tmp_path)
    assert kept.read_bytes() == original
    assert path.read_bytes() == original  # the rest is in use; the copy guards the value
    report = stored.set_aside
    assert report is not None and report.moved_to == kept
    assert report == store.quarantined
    assert report.reason == "some of its values could not be used and were reset to their defaults"
    assert report.rejected == ("notice_acknowledged: 'yes' is not true or false",)


def test_an_out_of_range_hold_falls_back_with_a_log_line_and_a_report(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"hold_seconds": -5, "hold_sets": 3}))
    store = SettingsStore(path)
    with caplog.at_level(logging.WARNING):
        stored = store.read()
    assert (stored.person.hold_seconds, stored.person.hold_sets) == (60, 3)
    assert "hold_seconds: -5 is not between 10 and 600" in caplog.text
    assert stored.set_aside is not None
    store.write(stored.device, stored.person)
    (kept,) = set_aside_files(tmp_path)
    assert json.loads(kept.read_text())["hold_seconds"] == -5  # still there for its owner
    assert json.loads(path.read_text())["hold_seconds"] == 60


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
    stored = SettingsStore(path).read()
    assert stored.person.may_be_pregnant is None
    assert stored.person.routine_entries is None
    assert stored.device.reminder_times == ()  # a list with a number in it is not ours
    assert stored.person.ask_pain is True  # not a question that can be unanswered


def test_routine_and_reminder_choices_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    device = DeviceSettings(
        reminders_enabled=True, reminder_times=("08:00", "13:30"), keep_in_tray=True
    )
    person = PersonPreferences(
        may_be_pregnant=True, routine_entries=("wind-pool", "sacral-points"), ask_pain=False
    )
    SettingsStore(path).write(device, person)
    assert SettingsStore(path).read() == StoredPreferences(device, person)


def test_failed_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.write(DeviceSettings(), PersonPreferences(last_entry="wind-pool"))

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SettingsError, match="the disk is full"):
        store.write(DeviceSettings(), PersonPreferences(last_entry="sacral-points"))
    monkeypatch.undo()
    assert store.read().person.last_entry == "wind-pool"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse every new file and rename, as a read-only mount does (the tests run as root)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    opening = Path.open

    def open_for_reading_only(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if set(mode) & set("wxa+"):
            refuse()
        return opening(self, mode, *args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(Path, "open", open_for_reading_only)


def test_a_read_only_folder_loads_and_refuses_to_save_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"last_entry": "wind-pool"}))
    read_only_folder(monkeypatch)
    store = SettingsStore(path)
    stored = store.read()
    assert stored.person.last_entry == "wind-pool"
    with pytest.raises(SettingsError) as raised:
        store.write(stored.device, replace(stored.person, last_entry="sacral-points"))
    assert str(raised.value) == (
        f"AcuPress could not save its settings in {tmp_path}: the folder is read-only."
    )


def test_a_damaged_file_that_cannot_be_moved_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"hold_seconds": 4')
    read_only_folder(monkeypatch)
    store = SettingsStore(path)
    stored = store.read()
    assert (stored.device, stored.person) == DEFAULTS
    report = stored.set_aside
    assert report is not None and report.moved_to is None
    assert report.reason == (
        "it is cut short or garbled, and it could not be kept aside (the folder is read-only)"
    )
    monkeypatch.undo()  # even once the folder is writable again, this store will not overwrite
    with pytest.raises(SettingsError, match="could not be kept aside"):
        store.write(*DEFAULTS)
    assert path.read_bytes() == b'{"hold_seconds": 4'


def test_a_value_that_cannot_be_copied_aside_keeps_the_file_from_being_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps({"hold_sets": 0, "last_entry": "wind-pool"}).encode()
    path.write_bytes(original)
    read_only_folder(monkeypatch)
    store = SettingsStore(path)
    stored = store.read()
    assert (stored.person.hold_sets, stored.person.last_entry) == (1, "wind-pool")
    monkeypatch.undo()
    with pytest.raises(SettingsError):
        store.write(stored.device, stored.person)
    assert path.read_bytes() == original


def test_an_unreadable_file_is_reported_and_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"last_entry": "wind-pool"}))

    def not_allowed(self: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", not_allowed)
    store = SettingsStore(path)
    report = SetAside(
        path, None, "it could not be read (AcuPress is not allowed to write or read there)"
    )
    assert store.read() == StoredPreferences(set_aside=report)
    assert store.quarantined == report
    monkeypatch.undo()
    with pytest.raises(SettingsError, match="could not be read"):
        store.write(*DEFAULTS)
    assert json.loads(path.read_text()) == {"last_entry": "wind-pool"}


def test_the_file_holds_each_setting_once_under_its_own_name(tmp_path: Path) -> None:
    """The file is flat: a name in both parts would make one part's value overwrite the other's."""
    assert not field_names(DeviceSettings) & field_names(PersonPreferences)
    path = tmp_path / "settings.json"
    SettingsStore(path).write(*DEFAULTS)
    saved = set(json.loads(path.read_text()))
    assert saved == field_names(DeviceSettings) | field_names(PersonPreferences) | {"schema"}


def test_a_refused_change_never_reaches_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    reports: list[str | None] = []
    preferences = Preferences(SettingsStore(path), reports.append)
    with pytest.raises(ValueError, match="side_mode"):
        preferences.update(side_mode="sideways", last_entry="wind-pool")
    assert not path.exists()
    assert reports == []


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b'{"hold_seconds": 90, "last_entry": "wind-po', id="cut-short"),
        pytest.param(b'{"hold_seconds": 90, "ask_pain": "maybe"}', id="one-bad-value"),
    ],
)
def test_a_command_that_only_reads_leaves_a_bad_file_for_the_app_to_report(
    tmp_path: Path, content: bytes
) -> None:
    """--handout reads the hold time; a damaged file stays where it is, untouched, so the
    app's next start still sets it aside and tells the person."""
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    stored = SettingsStore(path).peek()
    assert path.read_bytes() == content
    assert set_aside_files(tmp_path) == []
    assert stored.set_aside is None
    assert stored.person.hold_seconds == (90 if b"ask_pain" in content else 60)
    assert SettingsStore(path).read().set_aside is not None
