"""What a handout holds: the entries or routine asked for, held as the person holds them,
on the paper of their locale; refusals that say what is wrong."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from acupress_gui.core import red_flags
from acupress_gui.core.catalog import Catalog, Entry
from acupress_gui.core.handout import (
    LAYOUTS,
    SMALLEST_BODY_POINTS,
    YOUR_POINTS,
    YOUR_ROUTINE,
    HandoutError,
    Hold,
    Kind,
    Paper,
    handout_for,
    paper_for_locale,
    paper_of_environment,
)
from acupress_gui.core.hold_choices import SideMode
from acupress_gui.core.preferences import PersonPreferences, SavedRoutine, SavedStep

GUIDE_FIVE = [
    "wind-pool",
    "heavenly-pillar",
    "sea-of-vitality",
    "sacral-points",
    "commanding-middle",
]


def ids(entries: Iterable[Entry]) -> list[str]:
    return [entry.id for entry in entries]


@pytest.mark.parametrize(
    ("locale", "paper"),
    [
        ("en_US.UTF-8", Paper.LETTER),
        ("fr_CA", Paper.LETTER),
        ("es-MX", Paper.LETTER),
        ("en_GB.UTF-8", Paper.A4),
        ("de_DE@euro", Paper.A4),
        ("zh_Hans_CN", Paper.A4),
        ("en_PH", Paper.LETTER),
        ("C.UTF-8", Paper.A4),
        ("POSIX", Paper.A4),
        ("", Paper.A4),
    ],
)
def test_the_paper_follows_the_locales_territory(locale: str, paper: Paper) -> None:
    assert paper_for_locale(locale) is paper


def test_the_paper_variable_wins_over_the_language_as_posix_orders_them() -> None:
    """A Briton in the United States reads English (LANG) and prints on Letter (LC_PAPER)."""
    environ = {"LANG": "en_GB.UTF-8", "LC_PAPER": "en_US.UTF-8"}
    assert paper_of_environment(environ, "de_DE") is Paper.LETTER
    assert paper_of_environment({**environ, "LC_ALL": "en_GB.UTF-8"}, "en_US") is Paper.A4
    assert paper_of_environment({}, "en_CA") is Paper.LETTER  # Windows, macOS: Qt's locale


def test_one_entry_is_its_own_two_page_handout_held_as_the_person_holds(
    catalog: Catalog,
) -> None:
    person = PersonPreferences(hold_seconds=90, hold_sets=2, side_mode=SideMode.ONE_THEN_OTHER)
    sheet = handout_for(catalog, person, entry_ids=["sea-of-vitality"])
    assert sheet.kind is Kind.ENTRY and sheet.max_pages == 2
    assert sheet.title == "Sea of Vitality"
    (part,) = sheet.parts
    assert part.entry.id == "sea-of-vitality" and part.number is None
    assert part.hold == Hold(90, 2, SideMode.ONE_THEN_OTHER)
    assert sheet.red_flags == red_flags.AREAS  # the neck's and the back's, always
    assert sheet.sources == catalog.sources


def test_several_entries_are_a_four_page_sheet_in_the_order_named(catalog: Catalog) -> None:
    sheet = handout_for(catalog, PersonPreferences(), entry_ids=["commanding-middle", "wind-pool"])
    assert sheet.kind is Kind.ROUTINE and sheet.max_pages == 4
    assert sheet.title == YOUR_POINTS
    assert ids(sheet.entries) == ["commanding-middle", "wind-pool"]
    assert [part.number for part in sheet.parts] == [1, 2]


def test_a_preset_by_id_or_name_keeps_its_order_and_its_own_holds(catalog: Catalog) -> None:
    by_id = handout_for(catalog, PersonPreferences(hold_seconds=120), "sciatica")
    by_name = handout_for(catalog, PersonPreferences(hold_seconds=120), "  SCIATICA ")
    assert by_id == by_name
    preset = next(r for r in catalog.routines if r.id == "sciatica")
    assert ids(by_id.entries) == list(preset.entry_ids)
    holds = {part.entry.id: part.hold.seconds for part in by_id.parts}
    assert holds.pop("lumbar-jiaji") == 30  # the preset's own
    assert set(holds.values()) == {120}  # the person's for the rest


def test_a_routine_of_ones_own_is_found_by_name(catalog: Catalog) -> None:
    mine = SavedRoutine("Evening", (SavedStep("gate-of-life", 45), SavedStep("wind-pool")))
    person = PersonPreferences(saved_routines=(mine,))
    sheet = handout_for(catalog, person, "evening")
    assert sheet.title == "Evening"
    assert [(p.entry.id, p.hold.seconds) for p in sheet.parts] == [
        ("gate-of-life", 45),
        ("wind-pool", 60),
    ]


def test_without_a_name_it_is_the_routine_start_runs(catalog: Catalog) -> None:
    assert ids(handout_for(catalog, PersonPreferences()).entries) == GUIDE_FIVE
    assert handout_for(catalog, PersonPreferences()).title == YOUR_ROUTINE
    current = handout_for(catalog, PersonPreferences(current_routine="upper-back"))
    assert current.title == "Upper back"


def test_pregnancy_leaves_out_what_the_routine_leaves_out_and_says_so(catalog: Catalog) -> None:
    sheet = handout_for(catalog, PersonPreferences(may_be_pregnant=True))
    assert "sacral-points" not in ids(sheet.entries)
    assert ids(sheet.left_out_for_pregnancy) == ["sacral-points"]
    # A point asked for by name is printed, with its own pregnancy caution.
    alone = handout_for(
        catalog, PersonPreferences(may_be_pregnant=True), entry_ids=["sacral-points"]
    )
    assert ids(alone.entries) == ["sacral-points"]


def test_a_routine_of_nothing_but_points_to_avoid_is_refused_plainly(catalog: Catalog) -> None:
    mine = SavedRoutine("Sacrum", (SavedStep("sacral-points"),))
    person = PersonPreferences(saved_routines=(mine,), may_be_pregnant=True)
    with pytest.raises(HandoutError, match="avoid in pregnancy, so there is nothing to print"):
        handout_for(catalog, person, "Sacrum")


@pytest.mark.parametrize(
    ("routine", "entry_ids", "expected"),
    [
        ("neck-pian", (), "There is no routine \u201cneck-pian\u201d. The routines are: "),
        (None, ("wind-pool", "windpool"), "The catalog has no entry windpool. Its entries are: "),
        (None, ("a", "b"), "The catalog has no entries a, b."),
        (None, ("wind-pool", "wind-pool"), "The entry wind-pool is named more than once."),
    ],
)
def test_an_unknown_or_repeated_name_is_refused_naming_what_there_is(
    catalog: Catalog, routine: str | None, entry_ids: tuple[str, ...], expected: str
) -> None:
    with pytest.raises(HandoutError) as refused:
        handout_for(catalog, PersonPreferences(), routine, entry_ids)
    assert str(refused.value).startswith(expected)
    if "routines are" in expected:
        assert "neck-and-shoulders" in str(refused.value)


def test_the_layouts_go_from_large_print_down_and_never_below_ten_points() -> None:
    sizes = [layout.body_points for layout in LAYOUTS]
    assert sizes[0] >= 12 and min(sizes) == SMALLEST_BODY_POINTS == 10
    assert [layout.detail for layout in LAYOUTS] == sorted(layout.detail for layout in LAYOUTS)
