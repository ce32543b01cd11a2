"""A broken catalog is refused whole, with a message naming the file, the item and the field."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from acupress_gui.core.catalog import CatalogError, load_catalog

BUILT_IN = (
    resources.files("acupress_gui.resources")
    .joinpath("catalog.toml")
    .read_text("utf-8")
    .split("\n[translations", 1)[0]
)
"""The built-in catalog's English, without its translations: a variant that renames or
removes an item would otherwise have to change each language's table for it too (the
translations' own checks are in test_catalog_translations)."""


def write_variant(tmp_path: Path, old: str, new: str) -> Path:
    """The built-in catalog with its first ``old`` replaced by ``new``, as clinic.toml."""
    assert old in BUILT_IN, f"the built-in catalog no longer contains {old!r}"
    path = tmp_path / "clinic.toml"
    path.write_text(BUILT_IN.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            'pinyin = "Fengchi"', "", ["point 'GB20'", "'pinyin'", "missing"], id="missing-field"
        ),
        pytest.param(
            'landmark = "L2"',
            'landmark = "L9"',
            ["point 'BL23'", "'landmark'", "'L9'"],
            id="unknown-landmark",
        ),
        pytest.param(
            'code = "BL28"', 'code = "BL27"', ["point 'BL27'", "'code'", "duplicate"], id="dup-code"
        ),
        pytest.param(
            'points = ["BL10"]',
            'points = ["BL11"]',
            ["entry 'heavenly-pillar'", "'points'", "'BL11'"],
            id="unknown-point",
        ),
        pytest.param(
            'id = "heavenly-pillar"',
            'id = "wind-pool"',
            ["entry 'wind-pool'", "'id'", "duplicate"],
            id="dup-entry",
        ),
        pytest.param(
            'pregnancy = "avoid"',
            'pregnancy = "maybe"',
            ["point 'BL27'", "'pregnancy'", "'maybe'"],
            id="bad-choice",
        ),
        pytest.param(
            "across = 1.85", 'across = "wide"', ["point 'GB20'", "'across'", "number"], id="type"
        ),
        pytest.param(
            'pinyin = "Fengchi"',
            'pinyin = "Fengchi"\npinyn = "typo"',
            ["point 'GB20'", "'pinyn'", "unknown field"],
            id="unknown-field",
        ),
        pytest.param(
            "format = 2", "format = 99", ["'format'", "newer AcuPress"], id="newer-format"
        ),
        pytest.param(
            'side = "paired"',
            'side = "midline"',
            ["point 'GB20'", "'across'", "midline"],
            id="midline-off-centre",
        ),
        pytest.param(
            "down = 0.0", "down = 90.0", ["point 'GB20'", "'down'", "outside"], id="off-figure"
        ),
        # --- format 2: regions, complaints, reach, views and spots ---------------------
        pytest.param(
            'region = "neck-shoulders"\n',
            "",
            ["entry 'wind-pool'", "'region'", "missing"],
            id="no-region",
        ),
        pytest.param(
            'complaints = ["neck-pain", "stiff-neck"]',
            'complaints = ["neck-pain", "sore-feet"]',
            ["entry 'wind-pool'", "'complaints'", "item 2", "'sore-feet'"],
            id="bad-complaint",
        ),
        pytest.param(
            'complaints = ["neck-pain", "stiff-neck"]',
            'complaints = ["neck-pain", "neck-pain"]',
            ["entry 'wind-pool'", "'complaints'", "twice"],
            id="complaint-twice",
        ),
        pytest.param(
            "from_guide = true",
            'from_guide = "yes"',
            ["'from_guide'", "true or false"],
            id="guide-not-bool",
        ),
        pytest.param(
            'id = "great-vertebra"',
            'id = "great-vertebra"\nguide_name = "Great Vertebra (GV 14)"',
            ["entry 'great-vertebra'", "'guide_name'", "from_guide = true"],
            id="guide-name-on-new-entry",
        ),
        pytest.param(
            'id = "great-vertebra"',
            'id = "great-vertebra"\npregnancy = "gentle"',
            ["entry 'great-vertebra'", "'pregnancy'", "unknown field"],
            id="entry-pregnancy-in-format-2",
        ),
        pytest.param(
            'points = ["GV14"]',
            'points = ["GV14", "BL10"]',
            ["entry 'great-vertebra'", "'points'", "entry 'heavenly-pillar' already has"],
            id="point-in-two-entries",
        ),
        pytest.param(
            'view = "hand"', 'view = "foot"', ["point 'SI3'", "'view'", "'foot'"], id="bad-view"
        ),
        pytest.param(
            'view = "lower-leg"',
            'view = "hand"',
            ["point 'GB34'", "'landmark'", "'fibula_head'"],
            id="landmark-of-another-view",
        ),
        pytest.param(
            'side = "paired"\npregnancy = "gentle"\nview = "hand"',
            'side = "midline"\npregnancy = "gentle"\nview = "hand"',
            ["point 'SI3'", "'side'", "one limb"],
            id="midline-on-an-inset",
        ),
        pytest.param(
            'landmark = "palm_crease_end"\nacross = 0.0',
            'landmark = "palm_crease_end"\nacross = 5.0',
            ["point 'SI3'", "'across'", "outside the 'hand' inset"],
            id="off-the-inset",
        ),
        pytest.param(
            'spots = [\n  { landmark = "L5"',
            'landmark = "L5"\nspots = [\n  { landmark = "L5"',
            ["point 'EX-B2'", "'landmark'", "not here"],
            id="spots-and-landmark",
        ),
        pytest.param(
            '{ landmark = "L3", across = 0.5,',
            '{ landmark = "L3", across = -0.5,',
            ["point 'EX-B2', spot #3", "'across'", "one side of the midline"],
            id="spot-on-the-wrong-side",
        ),
        pytest.param(
            'label = "Beside L3" }',
            'lable = "Beside L3" }',
            ["point 'EX-B2', spot #3", "'lable'", "unknown field"],
            id="spot-label-misspelt",
        ),
        pytest.param(
            'label = "Inner pair, two fingers out"',
            'label = "' + "Inner pair " * 8 + '"',
            ["point 'BL23'", "'label'", "at most 80"],
            id="label-too-long",
        ),
        pytest.param(
            'label = "1st sacral hole"',
            "label = 1",
            ["point 'BL31'", "'label'", "non-empty string"],
            id="label-not-text",
        ),
    ],
)
def test_broken_catalog_names_file_item_and_field(
    tmp_path: Path, old: str, new: str, expected: list[str]
) -> None:
    path = write_variant(tmp_path, old, new)
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    message = str(caught.value)
    assert str(path) in message
    for part in expected:
        assert part in message


def test_bad_toml_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = write_variant(tmp_path, "format = 2", "format = = 2")
    with pytest.raises(CatalogError, match=r"clinic\.toml: is not valid TOML.*line \d+"):
        load_catalog(path)


def test_non_utf8_file_is_refused_with_the_line_column_and_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_bytes(BUILT_IN.encode("utf-8").replace("风池".encode(), b"\xb7\xe7\xb3\xd8"))
    at = BUILT_IN.index("风池")
    line = BUILT_IN.count("\n", 0, at) + 1
    column = at - BUILT_IN.rindex("\n", 0, at)
    with pytest.raises(CatalogError, match=r"clinic\.toml: is not UTF-8.*UTF-8 encoding") as caught:
        load_catalog(path)
    assert f"line {line}, column {column} has a byte" in str(caught.value)


def test_missing_file_is_a_catalog_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"nowhere\.toml: cannot be read"):
        load_catalog(tmp_path / "nowhere.toml")


def test_a_clinics_own_valid_catalog_loads(tmp_path: Path) -> None:
    path = write_variant(tmp_path, 'title = "Wind Pool"', 'title = "Neck hollows"')
    catalog = load_catalog(path)
    assert catalog.entries[0].title == "Neck hollows"
    assert catalog.origin == str(path)


CLINIC = 'format = 2\nclinic_name = "Riverside Physiotherapy"\nclinic_note = "Call 0161 496 0000"'


def test_a_clinics_catalog_names_the_clinic_for_its_handouts(tmp_path: Path) -> None:
    catalog = load_catalog(write_variant(tmp_path, "format = 2", CLINIC))
    assert catalog.clinic_name == "Riverside Physiotherapy"
    assert catalog.clinic_note == "Call 0161 496 0000"
    built_in = load_catalog()
    assert built_in.clinic_name is None and built_in.clinic_note is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('clinic_name = "Riverside\\nPhysiotherapy"', ["'clinic_name'", "one line"]),
        (f'clinic_note = "{"x" * 201}"', ["'clinic_note'", "at most 200"]),
        ("clinic_name = 4", ["'clinic_name'", "non-empty string"]),
        ('clinic_nmae = "Riverside"', ["'clinic_nmae'", "unknown field"]),
    ],
)
def test_a_clinic_line_that_would_not_print_well_is_refused(
    tmp_path: Path, line: str, expected: list[str]
) -> None:
    path = write_variant(tmp_path, "format = 2", f"format = 2\n{line}")
    with pytest.raises(CatalogError) as refused:
        load_catalog(path)
    for part in ["clinic.toml", *expected]:
        assert part in str(refused.value)
