"""Every point of the built-in catalog sits where the location standard puts it.

The expected places are written here from the facts sheets (`point-facts.md` §3 and §6,
`extended-points.md` §2 and §3), as a level (a landmark, a bone's lower border, or a
fraction of a segment) and a distance from the midline in the segment's own cun, never
read back from the catalog. A point the table does not know fails the test, so a new
point cannot be added without saying where the standard puts it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from acupress_gui.core import body
from acupress_gui.core.catalog import Catalog, Point, Side

LOWER_BORDER = 0.4
"""A thoracic or cervical spinous process's lower border, below the bump's level
(extended-points §3.3); the lumbar landmarks are already lower borders."""

BACK_CUN = body.cun_size(body.SPANS["back_width"])
THIGH_CUN = body.cun_size(body.SPANS["thigh"])
LEG_CUN = body.cun_size(body.SPANS["lower_leg"])


def at(landmark: str, across_cun: float = 0.0, down: float = 0.0) -> body.Vec:
    """A place on the back, ``across_cun`` back-width cun from the midline."""
    mark = body.LANDMARKS[landmark]
    return (across_cun * BACK_CUN, mark.y + down)


def between(start: body.Vec, end: body.Vec, fraction: float) -> body.Vec:
    return (start[0] + (end[0] - start[0]) * fraction, start[1] + (end[1] - start[1]) * fraction)


def landmark(name: str) -> body.Vec:
    mark = body.LANDMARKS[name]
    return (mark.x, mark.y)


HIATUS = (0.0, body.LANDMARKS["S4"].y)
"""The sacral hiatus, on the midline level with the fourth sacral holes (WHO BL30, BL54)."""

BACK: dict[str, tuple[body.Vec, float]] = {
    # code: (the right-hand spot, how far it may be from it in figure units)
    "GB20": (at("occiput_base", 1.85), 0.16),  # 1.7-2.0 units: head cun converted
    "BL10": (at("C2", 1.2), 0.11),  # 1.1-1.3 units: head cun converted
    "GV14": (at("C7", 0, LOWER_BORDER), 0.01),
    "GB21": (between(landmark("C7"), landmark("acromion"), 0.5), 0.01),
    "SI14": (at("T1", 3, LOWER_BORDER), 0.01),
    "SI11": (
        between(landmark("scapular_spine_middle"), landmark("scapula_inferior_angle"), 1 / 3),
        0.02,
    ),
    "BL43": (at("T4", 3, LOWER_BORDER), 0.01),
    "BL17": (at("T7", 1.5, LOWER_BORDER), 0.01),
    "BL23": (at("L2", 1.5), 0.01),
    "BL52": (at("L2", 3), 0.01),
    "GV4": (at("L2"), 0.01),
    "BL25": (at("L4", 1.5), 0.01),
    "EX-B7": (at("L4", 3.5), 0.01),
    "BL26": (at("L5", 1.5), 0.01),
    "BL27": (at("S1", 1.5), 0.01),
    "BL28": (at("S2", 1.5), 0.01),
    "BL29": (at("S3", 1.5), 0.01),
    "BL30": (at("S4", 1.5), 0.01),
    "BL53": (at("S2", 3), 0.01),
    "BL54": (at("S4", 3), 0.01),
    "GB30": (between(HIATUS, landmark("greater_trochanter"), 2 / 3), 0.01),
    "BL36": (landmark("gluteal_fold_middle"), 0.01),
    "BL40": (landmark("knee_crease"), 0.01),
    # The heel tendon runs at about 3.4 from the midline, the outer ankle bone at 4.3:
    # BL60 is in the hollow between them, level with the bone's prominence.
    "BL60": (((3.4 + body.LANDMARKS["outer_ankle"].x) / 2, body.LANDMARKS["outer_ankle"].y), 0.06),
}
"""Points placed directly from a level and a lateral distance."""


def _inner_sacral(level: str, spot: body.Vec) -> None:
    """BL31-BL34: in the sacral holes of their level, inside the outer row (1.5 cun)."""
    assert spot[1] == pytest.approx(body.LANDMARKS[level].y)
    assert 0.5 * BACK_CUN < spot[0] < 1.5 * BACK_CUN


def _bl32(spot: body.Vec) -> None:
    """BL32 is midway between the dimple and the midline (WHO BL32 note)."""
    _inner_sacral("S2", spot)
    assert spot[0] == pytest.approx(body.DIMPLES[0][0] / 2, abs=0.02)


def _si15(spot: body.Vec) -> None:
    """Level with C7's lower border, 2 cun out: a third of the way in from the inner edge
    of the shoulder blade (3 cun) to the midline."""
    assert spot == pytest.approx(at("C7", 2, LOWER_BORDER))
    medial_border = body.LANDMARKS["scapula_medial_border"].x
    assert spot[0] == pytest.approx(medial_border * 2 / 3)


def _bl37(spot: body.Vec) -> None:
    """6 of the thigh's 14 cun below the buttock crease, on the line from the crease's
    middle (BL36) to the knee crease's (BL40)."""
    assert spot[1] == pytest.approx(body.LANDMARKS["gluteal_fold"].y + 6 * THIGH_CUN)
    low, high = sorted((body.LANDMARKS["gluteal_fold_middle"].x, body.LANDMARKS["knee_crease"].x))
    assert low <= spot[0] <= high


def _bl57(spot: body.Vec) -> None:
    """About 8 of the leg's 16 cun below the knee crease, on the calf's middle line."""
    assert spot[1] == pytest.approx(body.LANDMARKS["knee_crease"].y + 8 * LEG_CUN)
    assert spot[0] == pytest.approx(body.LANDMARKS["knee_crease"].x)


CHECKS: dict[str, Callable[[body.Vec], None]] = {
    "SI15": _si15,
    "BL31": lambda spot: _inner_sacral("S1", spot),
    "BL32": _bl32,
    "BL33": lambda spot: _inner_sacral("S3", spot),
    "BL34": lambda spot: _inner_sacral("S4", spot),
    "BL37": _bl37,
    "BL57": _bl57,
}
"""Points whose rule is a relation rather than one place."""

JIAJI_LEVELS = ("L5", "L4", "L3", "L2", "L1")
"""EX-B2: 0.5 cun out, level with each lumbar spinous process's lower border, from the
lowest up (the order its press steps work in)."""


def _hand(name: str) -> body.Vec:
    mark = body.HAND.landmarks[name]
    return (mark.x, mark.y)


def _leg(name: str) -> body.Vec:
    mark = body.LOWER_LEG.landmarks[name]
    return (mark.x, mark.y)


def _groove_midway(first: str, second: str) -> tuple[float, float, float]:
    """Halfway from the wrist crease to the knuckles along the groove between two hand
    bones: the height there, and the two bones' sides at that height (EX-UE7)."""
    knuckles = (_hand(first), _hand(second))
    knuckle_line = sum(y for _, y in knuckles) / 2
    return knuckle_line / 2, min(x for x, _ in knuckles), max(x for x, _ in knuckles)


def test_every_point_on_the_back_is_where_the_standard_puts_it(catalog: Catalog) -> None:
    placed = set()
    for code, point in catalog.points.items():
        if point.view != body.BACK_VIEW:
            continue
        right = point.positions[: len(point.spots)]
        if code == "EX-B2":
            assert len(right) == len(JIAJI_LEVELS)
            for spot, level in zip(right, JIAJI_LEVELS, strict=True):
                assert spot == pytest.approx(at(level, 0.5)), level
        elif code in CHECKS:
            (spot,) = right
            CHECKS[code](spot)
        else:
            assert code in BACK, f"{code}: no expected place written from the facts"
            expected, tolerance = BACK[code]
            (spot,) = right
            assert spot == pytest.approx(expected, abs=tolerance), code
        placed.add(code)
    assert placed >= set(BACK) | set(CHECKS) | {"EX-B2"}


def test_the_lower_leg_points_are_where_the_standard_puts_them(catalog: Catalog) -> None:
    # GB34: in the hollow in front of and below the head of the fibula.
    (gb34,) = catalog.points["GB34"].positions
    head = _leg("fibula_head")
    assert gb34[0] > head[0] and gb34[1] > head[1]
    assert 0.5 < gb34[0] - head[0] < 1.5 and 0.5 < gb34[1] - head[1] < 1.5
    # GB39: 3 of the leg's 16 cun above the outer ankle bone, in front of the fibula.
    leg_cun = body.cun_size(body.LOWER_LEG.spans["lower_leg"], body.LOWER_LEG.landmarks)
    (gb39,) = catalog.points["GB39"].positions
    ankle = _leg("outer_ankle")
    assert gb39[1] == pytest.approx(ankle[1] - 3 * leg_cun)
    fibula = body.LOWER_LEG.hints[1].anchors  # head to ankle
    fibula_x = max(x for x, _ in fibula)
    assert gb39[0] > fibula_x
    assert {p.view for code, p in catalog.points.items() if code in ("GB34", "GB39")} == {
        "lower-leg"
    }


def test_the_hand_points_are_where_the_standard_puts_them(catalog: Catalog) -> None:
    # SI3: on the little-finger edge, behind the 5th knuckle, at the palm crease's end.
    (si3,) = catalog.points["SI3"].positions
    assert si3 == pytest.approx(_hand("palm_crease_end"))
    assert si3[0] > _hand("knuckle_5")[0] and si3[1] > _hand("knuckle_5")[1]
    # TE3: between the 4th and 5th bones, just behind the 4th knuckle.
    (te3,) = catalog.points["TE3"].positions
    assert _hand("knuckle_4")[0] < te3[0] < _hand("knuckle_5")[0]
    assert 0 < te3[1] - _hand("knuckle_4")[1] < 1.0
    # EX-UE8: between the 2nd and 3rd bones, half a finger cun behind the knuckles.
    (ex_ue8,) = catalog.points["EX-UE8"].positions
    assert _hand("knuckle_2")[0] < ex_ue8[0] < _hand("knuckle_3")[0]
    knuckle_line = (_hand("knuckle_2")[1] + _hand("knuckle_3")[1]) / 2
    assert ex_ue8[1] - knuckle_line == pytest.approx(0.5, abs=0.05)
    # EX-UE7: two spots, each halfway from the wrist crease to the knuckles along its
    # groove (2nd-3rd and 4th-5th bones).
    grooves = [("knuckle_2", "knuckle_3"), ("knuckle_4", "knuckle_5")]
    spots = catalog.points["EX-UE7"].positions
    assert len(spots) == len(grooves)
    for (x, y), groove in zip(spots, grooves, strict=True):
        midway, side, other_side = _groove_midway(*groove)
        assert y == pytest.approx(midway, abs=0.1)
        assert side < x < other_side
    views = {p.view for c, p in catalog.points.items() if c in ("SI3", "TE3", "EX-UE7", "EX-UE8")}
    assert views == {"hand"}


def _outline(shape: body.Shape) -> list[body.Vec]:
    return body.full_anchors(shape)[0]


def _near_outline(outline: list[body.Vec], spot: body.Vec, distance: float) -> bool:
    """Whether ``spot`` is within ``distance`` of the outline's polygon (or inside it)."""
    if body.contains(outline, spot):
        return True
    for (x1, y1), (x2, y2) in zip(outline, [*outline[1:], outline[0]], strict=True):
        length = (x2 - x1) ** 2 + (y2 - y1) ** 2
        t = max(0.0, min(1.0, ((spot[0] - x1) * (x2 - x1) + (spot[1] - y1) * (y2 - y1)) / length))
        if (
            (x1 + t * (x2 - x1) - spot[0]) ** 2 + (y1 + t * (y2 - y1) - spot[1]) ** 2
        ) ** 0.5 < distance:
            return True
    return False


def test_every_spot_lies_on_the_drawing_it_is_placed_on(catalog: Catalog) -> None:
    figure = _outline(body.SILHOUETTE)
    for point in catalog.points.values():
        outline = (
            figure if point.view == body.BACK_VIEW else _outline(body.INSETS[point.view].outline)
        )
        for spot in point.positions:
            # SI3 lies on the hand's edge, where the palm's skin meets the back's.
            assert _near_outline(outline, spot, 0.1), (point.code, spot)


def test_sides_follow_the_standard(catalog: Catalog) -> None:
    midline = {code for code, point in catalog.points.items() if point.side is Side.MIDLINE}
    assert midline == {"GV14", "GV4"}
    for point in catalog.points.values():
        if point.side is Side.MIDLINE:
            assert all(x == 0 for x, _ in point.positions)


def _spot_count(point: Point) -> int:
    mirrored = point.view == body.BACK_VIEW and point.side is Side.PAIRED
    return len(point.positions) // (2 if mirrored else 1)


def test_rows_have_a_spot_per_level_and_single_points_one(catalog: Catalog) -> None:
    counts = {code: _spot_count(point) for code, point in catalog.points.items()}
    assert counts.pop("EX-B2") == 5
    assert counts.pop("EX-UE7") == 2
    assert set(counts.values()) == {1}
