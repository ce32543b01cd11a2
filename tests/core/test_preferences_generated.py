"""Generated changes through the one update path: applied and kept whole, or refused whole."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.core.preferences import (
    DeviceSettings,
    PersonPreferences,
    Preferences,
    field_names,
)
from acupress_gui.core.settings import SettingsStore
from tests.core.test_settings_generated import devices, people

pytestmark = pytest.mark.generated

DEVICE = field_names(DeviceSettings)
PERSON = field_names(PersonPreferences)

values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 700)
    | st.sampled_from(["both", "one_then_other", "08:00"])
    | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=5,
)


def some_of(parts: tuple[DeviceSettings, PersonPreferences]) -> st.SearchStrategy[dict[str, Any]]:
    """A few of the parts' values as a caller would pass them (lists, text)."""
    valid = {
        name: json.loads(json.dumps(getattr(part, name)))
        for part in parts
        for name in field_names(type(part))
    }
    return st.sets(st.sampled_from(sorted(valid)), min_size=1).map(
        lambda names: {name: valid[name] for name in names}
    )


changes = st.tuples(devices, people).flatmap(some_of) | st.dictionaries(
    st.sampled_from(sorted(DEVICE | PERSON)), values, min_size=1
)


def ignore(problem: str | None) -> None:
    raise AssertionError(f"a save failed in a writable folder: {problem}")


@given(st.lists(changes, max_size=6), st.booleans())
def test_changes_are_applied_whole_or_refused_whole_and_kept_as_the_file_says(
    batches: list[dict[str, Any]], kiosk: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        preferences = Preferences(SettingsStore(path, person_on_disk=not kiosk), ignore)
        for batch in batches:
            before = (preferences.device, preferences.person)
            try:
                preferences.update(**batch)
            except ValueError:
                assert (preferences.device, preferences.person) == before
                continue
            for name, value in batch.items():
                part = preferences.device if name in DEVICE else preferences.person
                assert json.loads(json.dumps(getattr(part, name))) == value
        again = Preferences(SettingsStore(path, person_on_disk=not kiosk), ignore)
        assert again.device == preferences.device
        assert again.person == (PersonPreferences() if kiosk else preferences.person)
        if kiosk and path.exists():
            assert set(json.loads(path.read_text())) <= DEVICE | {"schema"}
