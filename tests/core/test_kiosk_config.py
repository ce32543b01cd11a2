"""kiosk.toml: a missing file is every default, a mistake names the field and stops."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupress_gui.core.catalog import Catalog, parse_catalog
from acupress_gui.core.kiosk.kiosk_config import (
    MIN_WARNING_SECONDS,
    KioskConfig,
    KioskConfigError,
    load_kiosk_config,
)
from acupress_gui.core.languages import CODES
from tests.core.test_catalog_translations import ENGLISH_ONLY


def write(folder: Path, text: str) -> Path:
    (folder / "kiosk.toml").write_text(text, encoding="utf-8")
    return folder


def test_no_file_means_the_documented_defaults(tmp_path: Path) -> None:
    config = load_kiosk_config(tmp_path)
    assert config == KioskConfig()
    assert (config.idle_seconds, config.warning_seconds) == (90, 30)
    assert config.languages == CODES
    assert config.print_handout is False
    assert config.entries is None and config.routines is None


def test_a_commented_file_is_read_and_state_dir_is_relative_to_the_kiosk(tmp_path: Path) -> None:
    config = load_kiosk_config(
        write(
            tmp_path,
            "# Front desk kiosk\nidle_seconds = 120  # two minutes\nwarning_seconds = 25\n"
            'languages = ["es", "en"]\nentries = ["wind-pool"]\nprint_handout = true\n'
            'clinic_name = "Riverside Physiotherapy"\nstate_dir = "state"\n',
        )
    )
    assert config.idle_seconds == 120
    assert config.warning_seconds == 25
    assert config.languages == ("es", "en")
    assert config.entries == ("wind-pool",)
    assert config.print_handout is True
    assert config.clinic_name == "Riverside Physiotherapy"
    assert config.state_dir == tmp_path / "state"


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        ("warning_seconds = 10", "warning_seconds", f"from {MIN_WARNING_SECONDS}"),
        ("idle_seconds = 5", "idle_seconds", "from 30"),
        ('idle_seconds = "90"', "idle_seconds", "whole number"),
        ("idle_seconds = true", "idle_seconds", "whole number"),
        ('languages = ["fr"]', "languages", "'fr'"),
        ("languages = []", "languages", "non-empty"),
        ('entries = ["a", "a"]', "entries", "twice"),
        ('print_handout = "yes"', "print_handout", "true or false"),
        ("idle_secs = 90", "idle_secs", "unknown setting"),
        ('clinic_name = ""', "clinic_name", "one line"),
    ],
)
def test_a_mistake_names_the_field(tmp_path: Path, text: str, field: str, problem: str) -> None:
    with pytest.raises(KioskConfigError) as raised:
        load_kiosk_config(write(tmp_path, text + "\n"))
    message = str(raised.value)
    assert f"field '{field}'" in message and problem in message
    assert str(tmp_path / "kiosk.toml") in message


def test_broken_toml_and_bytes_are_refused_with_the_file_named(tmp_path: Path) -> None:
    with pytest.raises(KioskConfigError, match="not valid TOML"):
        load_kiosk_config(write(tmp_path, "idle_seconds = = 3\n"))
    (tmp_path / "kiosk.toml").write_bytes(b'clinic_name = "caf\xe9"\n')
    with pytest.raises(KioskConfigError, match="not UTF-8"):
        load_kiosk_config(tmp_path)


def test_entries_and_routines_must_be_in_the_catalog() -> None:
    config = KioskConfig(entries=("wind-pool", "nowhere"))
    with pytest.raises(KioskConfigError, match="no entry 'nowhere'"):
        config.check_catalog({"wind-pool"}, set())
    KioskConfig(entries=("wind-pool",)).check_catalog({"wind-pool"}, set())


def test_the_catalog_shown_has_only_the_chosen_entries_and_routines(catalog: Catalog) -> None:
    config = KioskConfig(
        entries=("wind-pool", "shoulder-well", "sea-of-vitality"),
        routines=("neck-and-shoulders", "low-back", "sciatica"),
    )
    shown = config.shown_catalog(catalog)
    assert [entry.id for entry in shown.entries] == [
        "wind-pool",
        "shoulder-well",
        "sea-of-vitality",
    ]
    # A routine keeps only the entries shown; one with none of them is not offered.
    assert {routine.id: routine.entry_ids for routine in shown.routines} == {
        "neck-and-shoulders": ("wind-pool", "shoulder-well"),
        "low-back": ("sea-of-vitality",),
    }


def test_the_catalog_shown_is_translated_as_any_catalog() -> None:
    translated = parse_catalog(
        (ENGLISH_ONLY + '[translations.es.entries.wind-pool]\ntitle = "Estanque"\n').encode(),
        "clinic.toml",
    )
    shown = KioskConfig(entries=("wind-pool", "sea-of-vitality")).shown_catalog(translated)
    spanish = shown.in_language("es")
    assert [(entry.id, entry.title) for entry in spanish.entries] == [
        ("wind-pool", "Estanque"),
        ("sea-of-vitality", "Sea of Vitality"),
    ]


def test_by_default_the_kiosk_shows_the_whole_catalog(catalog: Catalog) -> None:
    assert KioskConfig().shown_catalog(catalog) == catalog
