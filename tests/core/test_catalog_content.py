"""The built-in catalog covers the whole back, says what it must, and is safe in pregnancy."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from acupress_gui.core.catalog import (
    Catalog,
    Complaint,
    Entry,
    PregnancyAdvice,
    Region,
    strictest,
)
from acupress_gui.core.routine import RoutinePlan

TRADITIONALLY_AVOIDED = {
    "GB21",
    "BL60",
    "BL67",
    "LI4",
    "SP6",
    "CV4",
    "CV6",
    *(f"BL{n}" for n in range(27, 35)),
    "BL53",
    "BL54",
}
"""Points traditionally avoided in pregnancy (point-facts §4; extended-points §4, which
adds BL54 under the sacral-area rule), whether or not the catalog has them."""


def test_at_least_twenty_entries_cover_every_region_and_complaint(catalog: Catalog) -> None:
    assert len(catalog.entries) >= 20
    assert {entry.region for entry in catalog.entries} == set(Region)
    assert {c for entry in catalog.entries for c in entry.complaints} == set(Complaint)
    for region in Region:
        assert catalog.entries_in(region), region


def test_the_list_runs_from_the_head_down_region_by_region(catalog: Catalog) -> None:
    order = list(Region)
    regions = [order.index(entry.region) for entry in catalog.entries]
    assert regions == sorted(regions)


@pytest.mark.parametrize("field", [f.name for f in fields(Entry)])
def test_every_entry_has_every_field(catalog: Catalog, field: str) -> None:
    for entry in catalog.entries:
        value = getattr(entry, field)
        if field in ("guide_name", "correction"):
            assert (value is not None) is entry.from_guide, entry.id
        else:
            assert value is not None and value != (), (entry.id, field)


def test_every_point_has_names_in_english_pinyin_and_characters(catalog: Catalog) -> None:
    for point in catalog.points.values():
        assert point.names and all(name.isascii() for name in point.names), point.code
        assert point.pinyin.isascii() or "\u00fc" in point.pinyin, point.code
        assert any("\u4e00" <= char <= "\u9fff" for char in point.characters), point.code
        assert point.location


def test_a_point_belongs_to_one_entry(catalog: Catalog) -> None:
    codes = [code for entry in catalog.entries for code in entry.codes]
    assert len(codes) == len(set(codes))


STUDY = re.compile(r"\b(?:19|20)\d\d\b")
WHO_PRESSED = re.compile(
    r"practitioner|themselves|on their own|treatment sessions|needl|backrest|nobody"
)


def test_every_evidence_line_names_a_study_and_who_pressed(catalog: Catalog) -> None:
    for entry in catalog.entries:
        assert entry.evidence is not None
        assert STUDY.search(entry.evidence), entry.id
        assert WHO_PRESSED.search(entry.evidence), entry.id
    # The catalog-wide text no longer claims a benefit for these points (review E4).
    assert "yourself may ease" not in catalog.sources


def test_no_text_repeats_the_uncited_hold_time_claim(catalog: Catalog) -> None:
    for entry in catalog.entries:
        for step in entry.press_steps:
            assert "In studies people often held" not in step, entry.id


# --- pregnancy -------------------------------------------------------------------------


def test_every_point_traditionally_avoided_in_pregnancy_is_flagged(catalog: Catalog) -> None:
    for code, point in catalog.points.items():
        expected = (
            PregnancyAdvice.AVOID if code in TRADITIONALLY_AVOIDED else PregnancyAdvice.GENTLE
        )
        assert point.pregnancy is expected, code


def test_an_entry_takes_the_strictest_advice_of_its_points(catalog: Catalog) -> None:
    for entry in catalog.entries:
        flagged = any(point.code in TRADITIONALLY_AVOIDED for point in entry.points)
        assert (entry.pregnancy is PregnancyAdvice.AVOID) is flagged, entry.id
    assert strictest([PregnancyAdvice.GENTLE, PregnancyAdvice.AVOID]) is PregnancyAdvice.AVOID
    assert strictest([PregnancyAdvice.GENTLE]) is PregnancyAdvice.GENTLE
    assert strictest([]) is PregnancyAdvice.GENTLE


def test_a_routine_leaves_out_every_flagged_entry_when_pregnancy_is_possible(
    catalog: Catalog,
) -> None:
    every = [entry.id for entry in catalog.entries]
    flagged = [
        entry.id
        for entry in catalog.entries
        if any(point.code in TRADITIONALLY_AVOIDED for point in entry.points)
    ]
    assert flagged == [
        "shoulder-well",
        "sacral-points",
        "bladder-vitals",
        "orders-limit",
        "kunlun-mountains",
    ]
    plan = RoutinePlan.build(catalog.entries, every, may_be_pregnant=True)
    assert [e.id for e in plan.left_out_for_pregnancy] == flagged
    assert [e.id for e in plan.entries] == [i for i in every if i not in flagged]
    not_pregnant = RoutinePlan.build(catalog.entries, every, may_be_pregnant=False)
    assert [e.id for e in not_pregnant.entries] == every
    for entry_id in flagged:
        alone = RoutinePlan.build(catalog.entries, [entry_id], may_be_pregnant=True)
        assert alone.entries == ()
        assert [e.id for e in alone.left_out_for_pregnancy] == [entry_id]
