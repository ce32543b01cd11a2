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
