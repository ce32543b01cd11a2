"""A catalog's own routines: optional, and refused whole with the routine and field named."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupress_gui.core.catalog import CatalogError, Complaint, load_catalog
from tests.core.test_catalog import FORMAT_1
from tests.core.test_catalog_errors import BUILT_IN, write_variant

SCIATICA_ENTRIES = (
    'entries = ["lumbar-jiaji", "jumping-circle", "hold-and-support", "commanding-middle", '
    '"yang-mound-spring", "mountain-support"]'
)
SCIATICA = f"""[[routines]]
id = "sciatica"
name = "Sciatica"
complaint = "sciatica"
{SCIATICA_ENTRIES}
hold_seconds = {{ "lumbar-jiaji" = 30 }}"""
"""The built-in catalog's last routine, as the file spells it."""


def routines_section() -> str:
    """Every ``[[routines]]`` table of the built-in file, from the first to the points."""
    start = BUILT_IN.index("\n[[routines]]") + 1
    return BUILT_IN[start : BUILT_IN.index("[[points]]", start)]


def test_the_built_in_file_spells_its_last_routine_as_these_tests_do() -> None:
    assert SCIATICA in BUILT_IN


def test_a_clinics_catalog_brings_its_own_routines(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    own = (
        '[[routines]]\nid = "desk"\nname = "After a day at the desk"\n'
        'complaint = "stiff-neck"\nentries = ["back-stream", "wind-pool"]\n'
        'hold_seconds = { "wind-pool" = 120, "back-stream" = 45 }\n\n'
    )
    path.write_text(BUILT_IN.replace(routines_section(), own), encoding="utf-8")
    (desk,) = load_catalog(path).routines
    assert (desk.id, desk.name, desk.complaint) == (
        "desk",
        "After a day at the desk",
        Complaint.STIFF_NECK,
    )
    assert desk.entry_ids == ("back-stream", "wind-pool")
    assert dict(desk.hold_seconds) == {"wind-pool": 120, "back-stream": 45}


def test_a_catalog_without_routines_loads_with_none(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(BUILT_IN.replace(routines_section(), ""), encoding="utf-8")
    catalog = load_catalog(path)
    assert catalog.routines == ()
    assert len(catalog.entries) == len(load_catalog().entries)


def test_a_format_1_file_loads_with_no_routines_and_may_not_have_any(tmp_path: Path) -> None:
    assert load_catalog(FORMAT_1).routines == ()
    path = tmp_path / "old.toml"
    text = FORMAT_1.read_text(encoding="utf-8")
    path.write_text(
        text + '\n[[routines]]\nid = "neck"\nname = "Neck"\ncomplaint = "neck-pain"\n'
        'entries = ["wind-pool"]\n',
        encoding="utf-8",
    )
    with pytest.raises(CatalogError, match=r"old\.toml: the file, field 'routines': .*format 2"):
        load_catalog(path)


def replace_in_sciatica(old: str, new: str) -> str:
    assert old in SCIATICA
    return SCIATICA.replace(old, new, 1)


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        pytest.param(
            replace_in_sciatica('"jumping-circle"', '"jumping-cirkle"'),
            ["routine 'sciatica'", "'entries'", "'jumping-cirkle'", "does not define"],
            id="unknown-entry",
        ),
        pytest.param(
            replace_in_sciatica('"jumping-circle"', '"wind-pool"'),
            ["routine 'sciatica'", "'entries'", "'wind-pool'", "not tagged 'sciatica'"],
            id="entry-without-the-tag",
        ),
        pytest.param(
            replace_in_sciatica('"jumping-circle"', '"lumbar-jiaji"'),
            ["routine 'sciatica'", "'entries'", "'lumbar-jiaji' twice"],
            id="entry-twice",
        ),
        pytest.param(
            replace_in_sciatica('complaint = "sciatica"', 'complaint = "headache"'),
            ["routine 'sciatica'", "'complaint'", "'headache'", "low-back-pain"],
            id="unknown-complaint",
        ),
        pytest.param(
            replace_in_sciatica('complaint = "sciatica"\n', ""),
            ["routine 'sciatica'", "'complaint'", "missing"],
            id="no-complaint",
        ),
        pytest.param(
            replace_in_sciatica('id = "sciatica"', 'id = "low-back"'),
            ["routine 'low-back'", "'id'", "duplicate"],
            id="duplicate-id",
        ),
        pytest.param(
            replace_in_sciatica('name = "Sciatica"', 'name = "LOW BACK"'),
            ["routine 'sciatica'", "'name'", "routine 'low-back' already has"],
            id="duplicate-name",
        ),
        pytest.param(
            replace_in_sciatica('id = "sciatica"', 'id = "my sciatica"'),
            ["routine #5", "'id'", "no spaces"],
            id="id-with-a-space",
        ),
        pytest.param(
            replace_in_sciatica('"lumbar-jiaji" = 30', '"wind-pool" = 30'),
            ["routine 'sciatica'", "'hold_seconds'", "'wind-pool'", "does not have"],
            id="hold-for-an-entry-not-in-it",
        ),
        pytest.param(
            replace_in_sciatica('"lumbar-jiaji" = 30', '"lumbar-jiaji" = 5'),
            ["routine 'sciatica'", "'hold_seconds'", "'5' s", "10 to 600 s"],
            id="hold-too-short",
        ),
        pytest.param(
            replace_in_sciatica('"lumbar-jiaji" = 30', '"lumbar-jiaji" = 1' + "0" * 40),
            ["routine 'sciatica'", "'hold_seconds'", "\u2026' s", "10 to 600 s"],
            id="hold-huge",
        ),
        pytest.param(
            replace_in_sciatica('"lumbar-jiaji" = 30', '"lumbar-jiaji" = "30"'),
            ["routine 'sciatica'", "'hold_seconds'", "whole number"],
            id="hold-as-text",
        ),
        pytest.param(
            replace_in_sciatica('hold_seconds = { "lumbar-jiaji" = 30 }', "hold_seconds = 30"),
            ["routine 'sciatica'", "'hold_seconds'", "table of entries and seconds"],
            id="hold-not-a-table",
        ),
        pytest.param(
            replace_in_sciatica('name = "Sciatica"', 'name = "Sciatica"\nnmae = "typo"'),
            ["routine 'sciatica'", "'nmae'", "unknown field"],
            id="unknown-field",
        ),
        pytest.param(
            replace_in_sciatica(SCIATICA_ENTRIES, "entries = []"),
            ["routine 'sciatica'", "'entries'", "non-empty list"],
            id="no-entries",
        ),
    ],
)
def test_a_broken_routine_names_the_file_the_routine_and_the_field(
    tmp_path: Path, new: str, expected: list[str]
) -> None:
    path = write_variant(tmp_path, SCIATICA, new)
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    for part in expected:
        assert part in message


def test_a_routine_has_at_most_twelve_entries(tmp_path: Path) -> None:
    many = ", ".join(['"lumbar-jiaji"'] * 13)
    path = write_variant(
        tmp_path,
        SCIATICA,
        replace_in_sciatica(SCIATICA_ENTRIES, f"entries = [{many}]"),
    )
    with pytest.raises(CatalogError, match=r"routine 'sciatica', field 'entries': has 13 items"):
        load_catalog(path)
