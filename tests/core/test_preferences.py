"""The one owner of the settings: checked changes, one save each, one report of a failed save."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from acupress_gui.core.hold_choices import SideMode
from acupress_gui.core.preferences import (
    DeviceSettings,
    MemoryStore,
    PersonPreferences,
    Preferences,
    SettingsError,
    StoredPreferences,
)
from acupress_gui.core.settings import SettingsStore


class FlakyStore(MemoryStore):
    """A memory store that counts writes and fails them while ``failure`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0
        self.failure: str | None = None

    def write(self, device: DeviceSettings, person: PersonPreferences) -> None:
        self.writes += 1
        if self.failure is not None:
            raise SettingsError(self.failure)
        super().write(device, person)


class Reports:
    """The listener the window would be: every report it was given, in order."""

    def __init__(self) -> None:
        self.received: list[str | None] = []

    def __call__(self, problem: str | None) -> None:
        self.received.append(problem)


@pytest.fixture
def store() -> FlakyStore:
    return FlakyStore()


@pytest.fixture
def reports() -> Reports:
    return Reports()


@pytest.fixture
def preferences(store: FlakyStore, reports: Reports) -> Preferences:
    return Preferences(store, reports)


def test_changes_to_both_parts_are_applied_and_saved_once(
    preferences: Preferences, store: FlakyStore
) -> None:
    preferences.update(hold_seconds=90, reminders_enabled=True, reminder_times=["08:00"])
    assert preferences.person.hold_seconds == 90
    assert preferences.device.reminder_times == ("08:00",)
    assert store.writes == 1
    assert store.saved == StoredPreferences(preferences.device, preferences.person)


def test_text_and_lists_are_stored_in_the_parts_own_forms(preferences: Preferences) -> None:
    preferences.update(side_mode="one_then_other", routine_entries=["wind-pool"])
    assert preferences.person.side_mode is SideMode.ONE_THEN_OTHER
    assert preferences.person.routine_entries == ("wind-pool",)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hold_seconds": -5}, "hold_seconds: -5 is not between 10 and 600"),
        ({"hold_seconds": 601}, "hold_seconds: 601 is not between 10 and 600"),
        ({"hold_seconds": "60"}, "hold_seconds: '60' is not a whole number"),
        ({"hold_seconds": True}, "hold_seconds: True is not a whole number"),
        ({"hold_sets": 0}, "hold_sets: 0 is not between 1 and 10"),
        ({"side_mode": "sideways"}, "side_mode: 'sideways' is not one of both, one_then_other"),
        ({"muted": 1}, "muted: 1 is not true or false"),
        ({"ask_pain": None}, "ask_pain: None may not be empty"),
        ({"reminder_times": "08:00"}, "reminder_times: '08:00' is not a list"),
        ({"routine_entries": ["a", 2]}, r"routine_entries: \['a', 2\] holds 2, which is not text"),
        ({"volume": 3}, "no such setting: volume"),
        ({"hold_seconds": 30, "muted": "no"}, "muted: 'no' is not true or false"),
    ],
)
def test_a_wrong_change_is_refused_whole_and_nothing_is_saved(
    preferences: Preferences, store: FlakyStore, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=f"^{message}$"):
        preferences.update(**changes)
    assert (preferences.device, preferences.person) == (DeviceSettings(), PersonPreferences())
    assert store.writes == 0


def test_a_change_to_the_same_values_writes_nothing(
    preferences: Preferences, store: FlakyStore
) -> None:
    preferences.update(hold_seconds=60, muted=False)
    assert store.writes == 0


def test_a_failed_save_is_reported_once_and_the_change_is_kept(
    preferences: Preferences, store: FlakyStore, reports: Reports
) -> None:
    store.failure = "AcuPress could not save its settings in /ro: the folder is read-only."
    preferences.update(hold_seconds=30)
    preferences.update(muted=True)
    assert (preferences.person.hold_seconds, preferences.person.muted) == (30, True)
    assert reports.received == [store.failure]
    assert preferences.save_problem == store.failure
    assert store.writes == 2  # every change tries again


def test_a_save_that_works_again_clears_the_report(
    preferences: Preferences, store: FlakyStore, reports: Reports
) -> None:
    store.failure = "AcuPress could not save its settings in /home: the disk is full."
    preferences.update(hold_seconds=30)
    store.failure = None
    preferences.update(hold_sets=2)
    preferences.update(hold_sets=3)
    assert reports.received == [
        "AcuPress could not save its settings in /home: the disk is full.",
        None,
    ]
    assert preferences.save_problem is None
    assert store.saved.person.hold_seconds == 30  # the change made while failing is saved too


def test_a_different_failure_is_reported_anew(
    preferences: Preferences, store: FlakyStore, reports: Reports
) -> None:
    store.failure = "full"
    preferences.update(hold_seconds=30)
    store.failure = "read-only"
    preferences.update(hold_seconds=40)
    assert reports.received == ["full", "read-only"]


def test_a_read_only_folder_never_raises_into_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reports: Reports
) -> None:
    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("tempfile.mkstemp", read_only)
    preferences = Preferences(SettingsStore(tmp_path / "settings.json"), reports)
    preferences.update(notice_acknowledged=True)
    assert preferences.device.notice_acknowledged is True
    assert reports.received == [
        f"AcuPress could not save its settings in {tmp_path}: the folder is read-only."
    ]


def test_reading_reports_what_was_set_aside(tmp_path: Path, reports: Reports) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{")
    preferences = Preferences(SettingsStore(path), reports)
    assert preferences.set_aside is not None
    assert preferences.set_aside.reason == "it is cut short or garbled"
    assert preferences.set_aside.moved_to is not None and preferences.set_aside.moved_to.exists()
    assert reports.received == []  # nothing failed to save


def test_a_new_visitor_gets_default_preferences_and_the_device_keeps_its_own(
    preferences: Preferences,
) -> None:
    preferences.update(notice_acknowledged=True, window_geometry="AQI=", hold_seconds=120)
    preferences.update(may_be_pregnant=True)
    preferences.reset_person()
    assert preferences.person == PersonPreferences()
    assert preferences.device == DeviceSettings(notice_acknowledged=True, window_geometry="AQI=")


def test_in_kiosk_mode_the_persons_answers_never_reach_the_file(
    tmp_path: Path, reports: Reports
) -> None:
    path = tmp_path / "settings.json"
    kiosk = Preferences(SettingsStore(path, person_on_disk=False), reports)
    kiosk.update(notice_acknowledged=True)
    kiosk.update(may_be_pregnant=True, routine_entries=["wind-pool"], hold_seconds=120)
    kiosk.update(window_geometry="AQI=", last_entry="wind-pool")
    assert kiosk.person.may_be_pregnant is True  # used for this visitor, in memory
    saved = json.loads(path.read_text())
    assert "may_be_pregnant" not in saved
    assert set(saved) == {"schema", *DeviceSettings.__dataclass_fields__}
    assert b"pregnant" not in path.read_bytes()
    next_start = Preferences(SettingsStore(path, person_on_disk=False), reports)
    assert next_start.person == PersonPreferences()
    assert next_start.device.window_geometry == "AQI="


def test_in_kiosk_mode_a_persons_values_already_on_disk_are_neither_used_nor_changed(
    tmp_path: Path, reports: Reports
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"hold_seconds": 300, "notice_acknowledged": True}))
    kiosk = Preferences(SettingsStore(path, person_on_disk=False), reports)
    assert kiosk.person.hold_seconds == 60
    assert kiosk.device.notice_acknowledged is True
    kiosk.update(hold_seconds=20, reminders_enabled=True)
    assert json.loads(path.read_text())["hold_seconds"] == 300


def test_a_file_with_a_bad_value_is_repaired_once_and_its_copy_keeps_the_value(
    tmp_path: Path, reports: Reports
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"hold_sets": 99, "last_entry": "wind-pool"}))
    first = Preferences(SettingsStore(path), reports)
    assert (first.person.hold_sets, first.person.last_entry) == (1, "wind-pool")
    assert first.set_aside is not None and first.set_aside.moved_to is not None
    assert json.loads(first.set_aside.moved_to.read_text())["hold_sets"] == 99
    assert json.loads(path.read_text())["hold_sets"] == 1
    second = Preferences(SettingsStore(path), reports)
    assert second.set_aside is None
    assert len(list(tmp_path.glob("settings.json.damaged-*"))) == 1
    assert reports.received == []
