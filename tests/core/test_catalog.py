"""The built-in catalog: the guide's five entries, corrected, with checkable positions."""

from __future__ import annotations

import pytest

from acupress_gui.core import body
from acupress_gui.core.catalog import Catalog, PregnancyAdvice, Side


def test_five_entries_in_the_guides_order(catalog: Catalog) -> None:
    assert [entry.codes for entry in catalog.entries] == [
        ("GB20",),
        ("BL23", "BL52"),
        ("BL10",),
        ("BL40",),
        tuple(f"BL{n}" for n in range(27, 35)),
    ]
    assert len({entry.id for entry in catalog.entries}) == 5


def test_each_entry_names_what_the_guide_called_it(catalog: Catalog) -> None:
    guide_names = [entry.guide_name for entry in catalog.entries]
    assert guide_names == [
        "Heavenly Pillar (GB 20)",
        "Sea of Vitality (B 23 and B 47)",
        "Gate of Origin (B 10)",
        "Lower Back Points (B 40)",
        "Bladder Meridian (B 54)",
    ]


def test_old_codes_are_kept_beside_the_standard_ones(catalog: Catalog) -> None:
    guide_codes = {code: point.guide_code for code, point in catalog.points.items()}
    assert guide_codes["BL52"] == "B47"
    assert guide_codes["BL40"] == "B54"
    assert guide_codes["GB20"] is None
    assert guide_codes["BL23"] is None


def test_knee_entry_correction_names_the_point_the_guide_described(catalog: Catalog) -> None:
    knee = catalog.entry("commanding-middle")
    assert knee is not None
    assert "BL25" in knee.correction


def test_heavenly_pillar_name_moves_from_gb20_to_bl10(catalog: Catalog) -> None:
    assert catalog.points["BL10"].name == "Heavenly Pillar"
    assert catalog.points["GB20"].name == "Wind Pool"
    assert "Heavenly Pillar" not in catalog.points["GB20"].names


def test_only_the_sacral_entry_is_avoided_in_pregnancy(catalog: Catalog) -> None:
    advice = {entry.id: entry.pregnancy for entry in catalog.entries}
    assert advice.pop("sacral-points") is PregnancyAdvice.AVOID
    assert set(advice.values()) == {PregnancyAdvice.GENTLE}


def test_every_point_has_chinese_characters_and_pinyin(catalog: Catalog) -> None:
    for point in catalog.points.values():
        assert any("\u4e00" <= char <= "\u9fff" for char in point.characters), point.code
        assert point.pinyin.isascii() or "\u00fc" in point.pinyin, point.code


def test_paired_points_are_mirrored_with_the_persons_right_first(catalog: Catalog) -> None:
    for point in catalog.points.values():
        assert point.side is Side.PAIRED
        (right_x, right_y), (left_x, left_y) = point.positions
        assert right_x > 0
        assert (left_x, left_y) == (-right_x, right_y)


def test_code_summary_reads_as_a_person_would(catalog: Catalog) -> None:
    summaries = [entry.code_summary for entry in catalog.entries]
    assert summaries == ["GB20", "BL23 + BL52", "BL10", "BL40", "BL27\u2013BL34"]


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
        landmark = body.LANDMARKS[point.landmark]
        assert point.positions[0] == (landmark.x + point.across, landmark.y + point.down)
