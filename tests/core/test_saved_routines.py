"""The person's own routines in the settings file: kept whole, checked, never lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from acupress_gui.core.hold_choices import MAX_CHOSEN_SECONDS
from acupress_gui.core.preferences import (
    MemoryStore,
    PersonPreferences,
    Preferences,
    SavedRoutine,
    SavedStep,
)
from acupress_gui.core.settings import SettingsStore

EVENING = SavedRoutine("Evening", (SavedStep("sea-of-vitality", 90), SavedStep("wind-pool")))
EVENING_JSON = {
    "name": "Evening",
    "steps": [
        {"entry": "sea-of-vitality", "hold_seconds": 90},
        {"entry": "wind-pool", "hold_seconds": None},
    ],
}


def test_saved_routines_and_the_current_one_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    person = PersonPreferences(saved_routines=(EVENING,), current_routine="Evening")
    store.write(store.read().device, person)
    document = json.loads(path.read_text())
    assert document["saved_routines"] == [EVENING_JSON]
    assert document["current_routine"] == "Evening"
    assert SettingsStore(path).read().person == person


def test_a_file_from_before_saved_routines_reads_with_none(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema": 1, "routine_entries": ["wind-pool"]}))
    person = SettingsStore(path).read().person
    assert (person.saved_routines, person.current_routine) == ((), None)
    assert person.routine_entries == ("wind-pool",)


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param({"name": "Morning", "steps": []}, id="no-steps"),
        pytest.param({"name": "  ", "steps": [{"entry": "wind-pool"}]}, id="blank-name"),
        pytest.param({"name": "Two\nlines", "steps": [{"entry": "wind-pool"}]}, id="line-break"),
        pytest.param({"steps": [{"entry": "wind-pool"}]}, id="no-name"),
        pytest.param(
            {"name": "Morning", "steps": [{"entry": "wind-pool", "hold_seconds": 5}]},
            id="hold-too-short",
        ),
        pytest.param(
            {"name": "Morning", "steps": [{"entry": "wind-pool", "hold_seconds": True}]},
            id="hold-as-true",
        ),
        pytest.param(
            {"name": "Morning", "steps": [{"entry": "wind-pool"}, {"entry": "wind-pool"}]},
            id="entry-twice",
        ),
        pytest.param({"name": "Morning", "steps": "wind-pool"}, id="steps-not-a-list"),
        pytest.param("Morning", id="not-an-object"),
        pytest.param(dict(EVENING_JSON, name="EVENING"), id="same-name-twice"),
    ],
)
def test_a_bad_saved_routine_falls_back_alone_and_a_copy_keeps_it(
    tmp_path: Path, bad: object
) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps({"saved_routines": [EVENING_JSON, bad], "hold_seconds": 90})
    path.write_text(original)
    stored = SettingsStore(path).read()
    assert stored.person.saved_routines == ()
    assert stored.person.hold_seconds == 90
    assert stored.set_aside is not None
    assert stored.set_aside.rejected[0].startswith("saved_routines: ")
    (kept,) = tmp_path.glob("settings.json.damaged-*")
    assert kept.read_text() == original


def test_a_key_a_newer_version_adds_to_a_step_does_not_cost_the_routine(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    newer = {"name": "Evening", "steps": [{"entry": "wind-pool", "spoken": True}]}
    path.write_text(json.dumps({"saved_routines": [newer]}))
    stored = SettingsStore(path).read()
    assert stored.person.saved_routines == (SavedRoutine("Evening", (SavedStep("wind-pool"),)),)
    assert stored.set_aside is None


def test_saving_two_routines_of_one_name_is_refused_and_nothing_changes() -> None:
    store = MemoryStore()
    preferences = Preferences(store, lambda problem: None)
    preferences.update(saved_routines=(EVENING,))
    twin = SavedRoutine(" evening ", (SavedStep("wind-pool", MAX_CHOSEN_SECONDS),))
    with pytest.raises(ValueError, match="same name"):
        preferences.update(saved_routines=(EVENING, twin))
    assert preferences.person.saved_routines == (EVENING,)
    assert store.saved.person.saved_routines == (EVENING,)


def test_a_routine_name_is_kept_without_the_spaces_around_it() -> None:
    assert SavedRoutine("  Evening ", (SavedStep("wind-pool"),)).name == "Evening"
