"""Generated settings files: whatever is on disk, the app starts and nothing is lost."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.core.hold_choices import (
    MAX_CHOSEN_SECONDS,
    MAX_SETS,
    MIN_CHOSEN_SECONDS,
    SideMode,
)
from acupress_gui.core.preferences import (
    DeviceSettings,
    PersonPreferences,
    StoredPreferences,
    field_names,
)
from acupress_gui.core.settings import SCHEMA_VERSION, SettingsStore

pytestmark = pytest.mark.generated

KNOWN = sorted(field_names(DeviceSettings) | field_names(PersonPreferences))
DEFAULTS = {
    name: getattr(part, name)
    for part in (DeviceSettings(), PersonPreferences())
    for name in field_names(type(part))
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
texts = st.text(max_size=40)
devices = st.builds(
    DeviceSettings,
    notice_acknowledged=st.booleans(),
    window_geometry=st.none() | texts,
    splitter_state=st.none() | texts,
    reminders_enabled=st.booleans(),
    reminder_times=st.lists(texts, max_size=4).map(tuple),
    keep_in_tray=st.booleans(),
)
people = st.builds(
    PersonPreferences,
    hold_seconds=st.integers(MIN_CHOSEN_SECONDS, MAX_CHOSEN_SECONDS),
    hold_sets=st.integers(1, MAX_SETS),
    side_mode=st.sampled_from(SideMode),
    muted=st.booleans(),
    reduced_motion=st.booleans(),
    ask_pain=st.booleans(),
    routine_entries=st.none() | st.lists(texts, max_size=4).map(tuple),
    last_entry=st.none() | texts,
    may_be_pregnant=st.none() | st.booleans(),
)


@contextmanager
def settings_file(content: bytes) -> Iterator[Path]:
    """A fresh folder per example holding ``settings.json`` with ``content``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(content)
        yield path


def read_and_check_nothing_is_lost(path: Path) -> tuple[SettingsStore, StoredPreferences]:
    """Read ``path``: it must not raise, and the original bytes must survive somewhere."""
    original = path.read_bytes()
    store = SettingsStore(path)
    stored = store.read()
    assert stored.set_aside == store.quarantined
    if store.quarantined is not None:
        assert store.quarantined.moved_to is not None
        assert store.quarantined.moved_to.read_bytes() == original
        assert store.quarantined.reason
    else:
        assert path.read_bytes() == original
    kept_aside = sorted(path.parent.glob("settings.json.damaged-*"))
    assert len(kept_aside) == (store.quarantined is not None)
    return store, stored


@given(json_values)
def test_any_json_document_loads(document: Any) -> None:
    with settings_file(json.dumps(document).encode()) as path:
        store, stored = read_and_check_nothing_is_lost(path)
        if not isinstance(document, dict):
            assert store.quarantined is not None
            assert stored == StoredPreferences(set_aside=store.quarantined)


@given(st.binary(max_size=200))
def test_any_bytes_load(content: bytes) -> None:
    with settings_file(content) as path:
        read_and_check_nothing_is_lost(path)


@given(st.dictionaries(st.sampled_from(KNOWN), json_values, max_size=len(KNOWN)))
def test_any_value_for_a_known_setting_is_used_only_when_it_fits(values: dict[str, Any]) -> None:
    with settings_file(json.dumps(values).encode()) as path:
        store, stored = read_and_check_nothing_is_lost(path)
        loaded = {
            name: getattr(part, name)
            for part in (stored.device, stored.person)
            for name in field_names(type(part))
        }
        report = stored.set_aside
        rejected = {message.split(":")[0] for message in report.rejected} if report else set()
        for name, value in values.items():
            if name in rejected:
                assert loaded[name] == DEFAULTS[name]
            else:
                assert _as_saved(loaded[name]) == value
        assert (store.quarantined is not None) == bool(rejected)


@given(devices, people, st.integers(min_value=0))
def test_every_cut_of_a_valid_file_loads(
    device: DeviceSettings, person: PersonPreferences, cut_seed: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        whole = Path(folder) / "whole.json"
        SettingsStore(whole).write(device, person)
        content = whole.read_bytes()
    cut = cut_seed % (len(content) + 1)
    with settings_file(content[:cut]) as path:
        store, stored = read_and_check_nothing_is_lost(path)
        if cut < len(content.rstrip()):
            assert store.quarantined is not None
        else:
            assert (stored.device, stored.person) == (device, person)


@given(
    devices, people, st.dictionaries(st.text().filter(lambda key: key not in KNOWN), json_values)
)
def test_valid_settings_and_unknown_keys_round_trip(
    device: DeviceSettings, person: PersonPreferences, unknown: dict[str, Any]
) -> None:
    unknown.pop("schema", None)
    with settings_file(json.dumps(unknown).encode()) as path:
        first_run = SettingsStore(path)
        first_run.read()
        first_run.write(device, person)
        _, stored = read_and_check_nothing_is_lost(path)
        assert (stored.device, stored.person, stored.set_aside) == (device, person, None)
        saved = json.loads(path.read_text())
        assert saved["schema"] == SCHEMA_VERSION
        assert {key: saved[key] for key in unknown} == json.loads(json.dumps(unknown))


def _as_saved(value: object) -> object:
    """A loaded value as JSON would hold it: tuples as lists, the side mode as text."""
    return json.loads(json.dumps(value))
