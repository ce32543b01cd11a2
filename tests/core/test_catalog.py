"""The built-in catalog: the guide's five entries, corrected, with checkable positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupress_gui.core import body
from acupress_gui.core.catalog import (
    Catalog,
    PregnancyAdvice,
    Reach,
    Region,
    Side,
    load_catalog,
)

GUIDE = {
    "wind-pool": (("GB20",), "Heavenly Pillar (GB 20)"),
    "sea-of-vitality": (("BL23", "BL52"), "Sea of Vitality (B 23 and B 47)"),
    "heavenly-pillar": (("BL10",), "Gate of Origin (B 10)"),
    "commanding-middle": (("BL40",), "Lower Back Points (B 40)"),
    "sacral-points": (tuple(f"BL{n}" for n in range(27, 35)), "Bladder Meridian (B 54)"),
}
"""The guide's five entries: their ids (kept in people's histories), codes and names."""


def test_the_guides_five_entries_keep_their_ids_codes_and_guide_names(catalog: Catalog) -> None:
    guide = {e.id: (e.codes, e.guide_name) for e in catalog.entries if e.from_guide}
    assert guide == GUIDE
    for entry in catalog.entries:
        assert (entry.guide_name is None) is (entry.correction is None) is (not entry.from_guide)


def test_old_codes_are_shown_only_where_the_guide_used_them(catalog: Catalog) -> None:
    guide_codes = {code: p.guide_code for code, p in catalog.points.items() if p.guide_code}
    # The guide wrote "B 40" for BL40, the same number: B54 is Gach's code, which the
    # guide never used for this point (content review E3).
    assert guide_codes == {"BL52": "B47"}


def test_knee_entry_correction_names_the_point_the_guide_described(catalog: Catalog) -> None:
    knee = catalog.entry("commanding-middle")
    assert knee is not None
    assert "BL25" in knee.correction


def test_heavenly_pillar_name_moves_from_gb20_to_bl10(catalog: Catalog) -> None:
    assert catalog.points["BL10"].name == "Heavenly Pillar"
    assert catalog.points["GB20"].name == "Wind Pool"
    assert "Heavenly Pillar" not in catalog.points["GB20"].names


def test_of_the_guides_entries_only_the_sacral_one_is_avoided_in_pregnancy(
    catalog: Catalog,
) -> None:
    advice = {entry.id: entry.pregnancy for entry in catalog.entries if entry.from_guide}
    assert advice.pop("sacral-points") is PregnancyAdvice.AVOID
    assert set(advice.values()) == {PregnancyAdvice.GENTLE}


def test_every_point_has_chinese_characters_and_pinyin(catalog: Catalog) -> None:
    for point in catalog.points.values():
        assert any("\u4e00" <= char <= "\u9fff" for char in point.characters), point.code
        assert point.pinyin.isascii() or "\u00fc" in point.pinyin, point.code


def test_paired_points_on_the_figure_are_mirrored_with_the_persons_right_first(
    catalog: Catalog,
) -> None:
    for point in catalog.points.values():
        if point.side is not Side.PAIRED or point.view != body.BACK_VIEW:
            continue
        rights = point.positions[: len(point.spots)]
        lefts = point.positions[len(point.spots) :]
        assert all(x > 0 for x, _ in rights), point.code
        assert lefts == tuple(body.mirror(p) for p in rights), point.code


def test_code_summary_reads_as_a_person_would(catalog: Catalog) -> None:
    summaries = {e.id: e.code_summary for e in catalog.entries if e.from_guide}
    assert summaries == {
        "wind-pool": "GB20",
        "sea-of-vitality": "BL23 + BL52",
        "heavenly-pillar": "BL10",
        "commanding-middle": "BL40",
        "sacral-points": "BL27\u2013BL34",
    }


# --- anatomy: the relations the map must show ----------------------------------------


def _right(catalog: Catalog, code: str) -> body.Vec:
    return catalog.points[code].positions[0]


def test_gb20_is_above_and_further_out_than_bl10(catalog: Catalog) -> None:
    gb20, bl10 = _right(catalog, "GB20"), _right(catalog, "BL10")
    assert gb20[1] < bl10[1]
    assert gb20[0] > bl10[0]


def test_neck_points_lie_on_the_neck_below_the_skull(catalog: Catalog) -> None:
    outline = body.full_anchors(body.SILHOUETTE)[0]
    for code in ("GB20", "BL10"):
        x, y = _right(catalog, code)
        assert body.contains(outline, (x, y))
        assert y > body.LANDMARKS["occiput_base"].y - 0.01


def test_bl23_and_bl52_share_a_level_with_bl52_twice_as_far_out(catalog: Catalog) -> None:
    bl23, bl52 = _right(catalog, "BL23"), _right(catalog, "BL52")
    assert bl23[1] == bl52[1] == body.LANDMARKS["L2"].y
    assert bl52[0] == pytest.approx(2 * bl23[0])


def test_bl40_is_in_the_knee_crease_between_the_knee_outlines(catalog: Catalog) -> None:
    x, y = _right(catalog, "BL40")
    assert y == body.LANDMARKS["knee_crease"].y
    outline = body.full_anchors(body.SILHOUETTE)[0]
    assert body.contains(outline, (x, y))
    # A leg's width either side of the point: the crease centre is inside the knee,
    # not outside it.
    assert not body.contains(outline, (x - 2.5, y))
    assert not body.contains(outline, (x + 2.5, y))


def test_sacral_points_are_on_the_sacrum_from_the_dimples_to_the_cleft(catalog: Catalog) -> None:
    sacrum = body.full_anchors(body.SACRUM)[0]
    dimple_level = body.DIMPLES[0][1]
    cleft_top = body.BUTTOCK_CLEFT.anchors[0][1]
    sacral = [catalog.points[f"BL{n}"] for n in range(27, 35)]
    for point in sacral:
        for position in point.positions:
            assert body.contains(sacrum, position), point.code
            assert position[1] < cleft_top, point.code
    highest = min(point.positions[0][1] for point in sacral)
    lowest = max(point.positions[0][1] for point in sacral)
    assert highest < dimple_level  # BL31/BL27 sit just above the dimples' level
    assert cleft_top - 1.5 < lowest < cleft_top  # BL34/BL30 just above the cleft


def test_inner_sacral_row_is_closer_to_the_midline_than_the_outer(catalog: Catalog) -> None:
    for inner, outer in zip(range(31, 35), range(27, 31), strict=True):
        inner_x, inner_y = _right(catalog, f"BL{inner}")
        outer_x, outer_y = _right(catalog, f"BL{outer}")
        assert inner_y == outer_y
        assert 0 < inner_x < outer_x


def test_positions_follow_the_landmarks_they_name(catalog: Catalog) -> None:
    for point in catalog.points.values():
        landmarks = body.landmarks_of(point.view)
        for spot, position in zip(point.spots, point.positions, strict=False):
            landmark = landmarks[spot.landmark]
            assert position == (landmark.x + spot.across, landmark.y + spot.down)


# --- the previous format ---------------------------------------------------------------

FORMAT_1 = Path(__file__).parent / "data" / "catalog-format-1.toml"
"""The built-in catalog as it was in format 1, before regions, views and evidence."""


def test_a_format_1_catalog_still_loads_with_the_documented_defaults() -> None:
    old = load_catalog(FORMAT_1)
    assert [e.id for e in old.entries] == [
        "wind-pool",
        "sea-of-vitality",
        "heavenly-pillar",
        "commanding-middle",
        "sacral-points",
    ]
    regions = {e.id: e.region for e in old.entries}
    assert regions == {
        "wind-pool": Region.NECK_SHOULDERS,
        "heavenly-pillar": Region.NECK_SHOULDERS,
        "sea-of-vitality": Region.LOWER_BACK,
        "sacral-points": Region.LOWER_BACK,
        "commanding-middle": Region.LEGS,
    }
    for entry in old.entries:
        assert entry.from_guide and entry.guide_name and entry.correction
        assert (entry.complaints, entry.reach, entry.evidence) == ((), Reach.SELF, None)
        assert {p.view for p in entry.points} == {body.BACK_VIEW}
    # Pregnancy advice moved from the entry to its points, and back as the strictest.
    sacral = old.entry("sacral-points")
    assert sacral is not None and sacral.pregnancy is PregnancyAdvice.AVOID
    assert {p.pregnancy for p in sacral.points} == {PregnancyAdvice.AVOID}
    assert old.points["GB20"].pregnancy is PregnancyAdvice.GENTLE
    # The positions are those of the same points in today's catalog.
    new = load_catalog()
    for code, point in old.points.items():
        assert point.positions == new.points[code].positions, code


def test_in_format_1_a_point_named_by_two_entries_takes_the_stricter_advice(
    tmp_path: Path,
) -> None:
    text = FORMAT_1.read_text("utf-8").replace('points = ["GB20"]', 'points = ["GB20", "BL27"]')
    path = tmp_path / "old-clinic.toml"
    path.write_text(text, encoding="utf-8")
    old = load_catalog(path)
    assert old.points["BL27"].pregnancy is PregnancyAdvice.AVOID
    wind_pool = old.entry("wind-pool")
    assert wind_pool is not None and wind_pool.pregnancy is PregnancyAdvice.AVOID
    assert old.points["GB20"].pregnancy is PregnancyAdvice.GENTLE


def test_the_multi_spot_entries_name_each_spot_for_pressing_one_by_one(catalog: Catalog) -> None:
    sea = catalog.entry("sea-of-vitality")
    assert sea is not None
    assert [point.label for point in sea.points] == [
        "Inner pair, two fingers out",
        "Outer pair, four fingers out",
    ]
    row = catalog.points["EX-B2"]
    assert row.spots[0].label == "Beside L5, the lowest bump"  # worked from the bottom up
    assert row.spots[4].label == "Beside L1, the top bump"
    for code in ("SI15", "SI14", *(f"BL{n}" for n in range(27, 35))):
        assert catalog.points[code].label, code
    assert all(spot.label for spot in catalog.points["EX-UE7"].spots)
    assert catalog.points["GB20"].label is None  # one spot: its name and code will do
