"""The figure's geometry: smooth curves through the anchors, in the standard proportions."""

from __future__ import annotations

import pytest

from acupress_gui.core import body

OUTLINE = body.full_anchors(body.SILHOUETTE)[0]


def test_smooth_path_passes_through_every_anchor_and_closes() -> None:
    anchors = [(0.0, 0.0), (2.0, 1.0), (3.0, 4.0), (0.0, 5.0)]
    segments = body.smooth_path(anchors, closed=True)
    assert [end for _, _, end in segments] == [*anchors[1:], anchors[0]]


def test_smooth_path_turns_sharply_only_at_corners() -> None:
    anchors = [(0.0, 0.0), (1.0, 1.0), (2.0, 0.0), (3.0, 1.0)]
    smooth = body.smooth_path(anchors, closed=False)
    cornered = body.smooth_path(anchors, closed=False, corners=frozenset({1}))
    # At a corner the outgoing tangent points straight at the next anchor.
    (c1, _, _) = cornered[1]
    assert c1 == pytest.approx((1 + 1 / 3, 1 - 1 / 3))
    # Elsewhere it follows the neighbours, so the curve is horizontal at the top.
    (c1_smooth, _, _) = smooth[1]
    assert c1_smooth[1] == pytest.approx(1.0)


def test_figure_is_75_b_cun_from_crown_to_heel() -> None:
    ys = [y for _, y in OUTLINE]
    assert min(ys) == 0.0
    assert max(ys) == body.FIGURE_HEIGHT


def test_figure_is_symmetric() -> None:
    points = set(OUTLINE)
    assert all(body.mirror(p) in points for p in OUTLINE)


def test_shoulders_are_about_two_heads_wide() -> None:
    shoulder_band = [abs(x) for x, y in OUTLINE if 14 <= y <= 20]
    assert 2 * max(shoulder_band) == pytest.approx(2 * body.HEAD_HEIGHT, rel=0.12)


def test_thighs_part_where_the_buttock_creases_begin_and_knee_near_six_heads() -> None:
    # From behind, the creases under the buttocks end at the bottom of the cleft, where
    # the legs part (content review E9: the crotch was drawn 3 units higher).
    fold_inner_end = body.GLUTEAL_FOLD.anchors[0]
    assert body.CROTCH[1] == pytest.approx(fold_inner_end[1], abs=0.3)
    assert body.BUTTOCK_CLEFT.anchors[-1] == body.CROTCH
    assert body.LANDMARKS["knee_crease"].y == pytest.approx(6 * body.HEAD_HEIGHT, abs=1.0)


def test_arms_hang_clear_of_the_hips() -> None:
    hip = body.LANDMARKS["greater_trochanter"]
    # Between the hip and the hanging hand there is a gap: outside the figure.
    assert body.contains(OUTLINE, (hip.x - 0.2, hip.y))
    assert not body.contains(OUTLINE, (hip.x + 0.4, hip.y))


def test_landmarks_run_from_head_to_foot_in_order() -> None:
    spine = ["occiput_base", "C2", "C7", "T3", "T7", "T12", "L2", "L3", "L4", "L5"]
    sacrum = ["S1", "S2", "S3", "S4"]
    levels = [body.LANDMARKS[name].y for name in spine + sacrum]
    assert levels == sorted(levels)
    assert len(set(levels)) == len(levels)


def test_contains_uses_the_even_odd_rule() -> None:
    square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]
    assert body.contains(square, (1.0, 1.0))
    assert not body.contains(square, (3.0, 1.0))


# --- proportional spans and insets -----------------------------------------------------


@pytest.mark.parametrize(
    ("span", "cun", "units"),
    [
        ("back_width", 6, 6.0),  # inner edges of the shoulder blades
        ("thigh", 14, 14.0),  # buttock crease to knee crease
        ("hip_to_knee", 19, 19.0),  # greater trochanter to knee crease
        ("lower_leg", 16, 16.0),  # knee crease to outer ankle bone
    ],
)
def test_the_leg_and_back_spans_have_their_standard_cun_one_unit_each(
    span: str, cun: float, units: float
) -> None:
    assert body.SPANS[span].cun == cun
    assert body.span_length(body.SPANS[span]) == pytest.approx(units)
    assert body.cun_size(body.SPANS[span]) == pytest.approx(1.0)


def test_the_forearm_is_12_cun_and_about_an_adults_length() -> None:
    forearm = body.SPANS["forearm"]
    assert forearm.cun == 12
    # About 0.146 of the height (11 units); it was drawn 8.7 (content review E11).
    assert body.span_length(forearm) == pytest.approx(0.146 * body.FIGURE_HEIGHT, abs=0.6)
    fingertips = max(y for x, y in OUTLINE if x > 8)
    assert fingertips - body.LANDMARKS["elbow_crease"].y == pytest.approx(
        (0.146 + 0.108) * body.FIGURE_HEIGHT, abs=1.0
    )


def test_the_sacrum_is_no_wider_than_its_dimples_and_the_crests_end_at_them() -> None:
    # Content review E10: the dimples mark the sacrum's upper outer edges.
    sacrum = body.full_anchors(body.SACRUM)[0]
    dimple = body.DIMPLES[0]
    assert body.contains(sacrum, (dimple[0] - 0.1, dimple[1]))
    assert not body.contains(sacrum, (dimple[0] + 0.3, dimple[1]))
    crest_start = body.ILIAC_CREST.anchors[0]
    assert abs(crest_start[0] - dimple[0]) < 0.2 and abs(crest_start[1] - dimple[1]) < 0.4


@pytest.mark.parametrize("view", list(body.INSETS))
def test_an_inset_keeps_its_drawing_and_landmarks_inside_its_bounds(view: str) -> None:
    inset = body.INSETS[view]
    (left, top), (right, bottom) = inset.bounds
    shapes = (inset.outline, *inset.hints)
    anchors = [p for shape in shapes for run in body.full_anchors(shape) for p in run]
    anchors += [(mark.x, mark.y) for mark in inset.landmarks.values()]
    assert all(left <= x <= right and top <= y <= bottom for x, y in anchors)
    assert all(not shape.mirrored for shape in shapes)  # one limb, drawn once
    assert inset.title and inset.frame
    assert body.landmarks_of(view) is inset.landmarks


def test_the_hand_is_seen_from_its_back_with_the_fingers_up() -> None:
    marks = body.HAND.landmarks
    knuckles = [marks[f"knuckle_{n}"] for n in (2, 3, 4, 5)]
    assert (marks["wrist_crease"].x, marks["wrist_crease"].y) == (0.0, 0.0)
    assert all(k.y < 0 for k in knuckles)  # toward the fingers
    assert [k.x for k in knuckles] == sorted(k.x for k in knuckles)  # index to little finger
    # About three and a half thumb-widths from the wrist crease to the middle knuckle.
    assert -marks["knuckle_3"].y == pytest.approx(3.6, abs=0.4)


def test_the_lower_leg_measures_16_cun_from_knee_crease_to_outer_ankle() -> None:
    marks = body.LOWER_LEG.landmarks
    span = body.LOWER_LEG.spans["lower_leg"]
    assert body.span_length(span, marks) == pytest.approx(16.0)
    assert marks["fibula_head"].y > marks["knee_crease"].y  # just below the knee
    assert marks["knee_crease"].x < marks["outer_ankle"].x  # the crease is at the back


def test_a_view_without_an_inset_is_refused() -> None:
    assert body.landmarks_of(body.BACK_VIEW) is body.LANDMARKS
    with pytest.raises(KeyError):
        body.landmarks_of("foot")
