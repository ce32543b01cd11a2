"""The posterior body figure in body units, shared by the catalog, the map and the tests.

Everything here is measured in B-cun (the proportional "body inch" of the WHO location
standard) on a figure 75 B-cun tall: ``x`` from the posterior midline, positive toward
the person's right (which, seen from behind, is also the viewer's right), and ``y`` down
from the top of the head. Keeping the figure in these units makes point positions
checkable facts: a point "level with L2, 1.5 B-cun out" is the same place on every view.

The outline and the landmark hints are given as anchor points for the right half; the
left half is their mirror image. ``smooth_path`` turns anchors into cubic Bézier
segments so the drawing has no polygon corners except where a corner is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

FIGURE_HEIGHT = 75.0
"""Top of the head to the soles, in B-cun."""

HEAD_HEIGHT = FIGURE_HEIGHT / 8
"""An eight-head figure: about 9.4 B-cun a head."""

Vec = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Landmark:
    """A place a person can find by touch, from which points are measured."""

    x: float
    y: float
    description: str


LANDMARKS: dict[str, Landmark] = {
    "occiput_base": Landmark(0.0, 8.5, "hollow just below the bump at the back of the skull"),
    "C2": Landmark(0.0, 9.0, "upper border of the C2 spinous process"),
    "C7": Landmark(0.0, 13.0, "most prominent bump at the base of the neck"),
    "T3": Landmark(0.0, 16.5, "level of the inner ends of the shoulder-blade spines"),
    "T7": Landmark(0.0, 21.0, "level of the bottom tips of the shoulder blades"),
    "T12": Landmark(0.0, 25.5, "midway between the shoulder-blade tips and the hip-bone tops"),
    "L2": Landmark(0.0, 27.5, "lower border of the L2 spinous process"),
    "L3": Landmark(0.0, 28.8, "lower border of the L3 spinous process"),
    "L4": Landmark(0.0, 30.0, "lower border of L4, on the line joining the hip-bone tops"),
    "L5": Landmark(0.0, 31.0, "lower border of the L5 spinous process"),
    "S1": Landmark(0.0, 32.0, "level of the first posterior sacral holes"),
    "S2": Landmark(0.0, 33.0, "level of the dimples (posterior superior iliac spines)"),
    "S3": Landmark(0.0, 34.3, "level of the third posterior sacral holes"),
    "S4": Landmark(0.0, 35.5, "level of the sacral hiatus, just above the buttock cleft"),
    "greater_trochanter": Landmark(7.5, 37.0, "top of the thigh bone's outer knob"),
    "gluteal_fold": Landmark(0.0, 42.0, "the crease under the buttock"),
    "knee_crease": Landmark(3.5, 56.0, "centre of the crease behind the knee"),
    "outer_ankle": Landmark(4.3, 72.0, "prominence of the outer ankle bone"),
}
"""Landmarks the catalog may measure from; ``x`` is the person's right-hand one."""


@dataclass(frozen=True, slots=True)
class Shape:
    """A smooth run of anchors in the right half, mirrored for the left.

    ``closed`` shapes join their last anchor to the first; ``corners`` are indices of
    anchors where the curve may turn sharply (the armpit, the crotch). ``mirrored``
    shapes draw a second, mirror-image copy on the left; an ``across_midline`` shape
    is instead continued through its mirror image into one curve (the outline, the
    sacrum), so its first and last anchors must lie on the midline.
    """

    anchors: tuple[Vec, ...]
    closed: bool = False
    corners: frozenset[int] = frozenset()
    across_midline: bool = False
    mirrored: bool = True


def _shape(
    *anchors: Vec,
    closed: bool = False,
    corners: Sequence[int] = (),
    across_midline: bool = False,
    mirrored: bool = True,
) -> Shape:
    return Shape(tuple(anchors), closed, frozenset(corners), across_midline, mirrored)


# The silhouette, right half, from the top of the head clockwise (on screen) to the
# crotch: head, neck, trapezius, shoulder, the arm hanging a little away from the body,
# the flank, hip, leg and heel, then up the inner leg. The curve turns sharply only
# where the arm meets the flank and where the legs meet.
ARMPIT: Vec = (6.8, 20.2)
CROTCH: Vec = (0.0, 38.8)
_SILHOUETTE_ANCHORS: tuple[Vec, ...] = (
    (0.0, 0.0),
    (1.75, 0.45),
    (2.8, 1.75),
    (3.15, 3.6),
    (3.35, 4.7),  # ear
    (3.4, 5.7),
    (3.1, 6.8),
    (2.65, 7.9),
    (2.3, 9.0),  # neck
    (2.3, 10.4),
    (3.1, 11.6),  # trapezius
    (5.2, 12.6),
    (7.3, 13.3),
    (8.7, 14.2),  # shoulder
    (9.35, 15.8),
    (9.7, 18.0),
    (9.85, 21.0),  # upper arm
    (9.95, 24.5),
    (10.1, 27.5),  # elbow
    (10.35, 30.5),
    (10.3, 33.5),
    (10.0, 36.2),  # wrist
    (10.25, 38.4),  # hand
    (10.15, 40.6),
    (9.5, 42.2),
    (8.85, 41.5),
    (8.6, 38.6),
    (8.5, 36.3),
    (8.2, 33.2),  # inner forearm
    (7.85, 30.0),
    (7.45, 27.3),
    (7.1, 23.8),
    ARMPIT,
    (6.6, 21.6),
    (6.2, 24.3),
    (5.95, 27.0),  # waist
    (6.25, 29.6),
    (7.05, 33.0),
    (7.55, 36.6),  # hip, over the greater trochanter
    (7.45, 40.5),
    (6.9, 45.5),
    (6.05, 51.0),
    (5.35, 55.3),  # outer knee
    (5.45, 58.0),
    (5.55, 60.6),  # calf
    (5.1, 64.0),
    (4.45, 68.0),
    (4.15, 70.8),
    (4.45, 72.4),  # outer ankle bone
    (4.4, 74.0),
    (3.95, 75.0),  # heel
    (3.05, 75.0),
    (2.6, 73.8),
    (2.55, 71.6),
    (2.35, 68.2),
    (1.85, 64.0),
    (1.45, 60.5),  # inner calf
    (1.7, 56.6),  # inner knee
    (1.55, 52.5),
    (1.05, 47.0),
    (0.45, 42.0),
    CROTCH,
)
SILHOUETTE = _shape(
    *_SILHOUETTE_ANCHORS,
    closed=True,
    corners=(_SILHOUETTE_ANCHORS.index(ARMPIT), _SILHOUETTE_ANCHORS.index(CROTCH)),
    across_midline=True,
)

SACRUM = _shape(
    (0.0, 31.35),
    (1.4, 31.25),
    (2.45, 31.35),
    (2.3, 33.2),
    (1.95, 35.3),
    (1.25, 36.6),
    (0.4, 37.5),
    (0.0, 37.7),
    closed=True,
    corners=(2,),
    across_midline=True,
)

SCAPULA = _shape(
    (3.25, 14.9),  # upper inner corner
    (3.0, 16.5),
    (3.25, 19.0),
    (3.85, 21.0),  # bottom tip, level with T7
    (5.3, 19.0),
    (6.7, 16.6),  # outer corner, at the shoulder joint
    (5.2, 15.0),
    closed=True,
    corners=(3,),
)
SCAPULA_SPINE = _shape((3.05, 16.5), (5.3, 15.4), (7.9, 14.6))
SKULL_BASE = _shape(
    (2.45, 8.25), (1.3, 7.95), (0.0, 7.8), (-1.3, 7.95), (-2.45, 8.25), mirrored=False
)
ILIAC_CREST = _shape((1.75, 31.8), (2.9, 30.5), (4.6, 29.9), (6.1, 30.4))
GLUTEAL_FOLD = _shape((0.35, 41.5), (2.4, 42.2), (4.6, 42.1), (6.2, 41.2))
KNEE_CREASE = _shape((2.3, 56.15), (3.5, 56.0), (4.7, 56.15))
SPINE = _shape((0.0, 10.6), (0.0, 31.0), mirrored=False)
BUTTOCK_CLEFT = _shape((0.0, 36.4), (0.0, 41.0), mirrored=False)

LANDMARK_HINTS: tuple[Shape, ...] = (
    SKULL_BASE,
    SPINE,
    SCAPULA,
    SCAPULA_SPINE,
    ILIAC_CREST,
    SACRUM,
    BUTTOCK_CLEFT,
    GLUTEAL_FOLD,
    KNEE_CREASE,
)
"""Lighter lines that help a person find points: spine, shoulder blades, hip bones..."""

DIMPLES: tuple[Vec, ...] = ((1.7, 33.0), (-1.7, 33.0))
"""The two dimples over the posterior superior iliac spines, level with S2."""

SPINOUS_BUMPS: tuple[Vec, ...] = ((0.0, LANDMARKS["C7"].y),)
"""Bumps drawn as small rings: C7, the one a person finds first."""


def mirror(point: Vec) -> Vec:
    """The same place on the person's other side."""
    return (-point[0], point[1])


def full_anchors(shape: Shape) -> list[list[Vec]]:
    """The shape's anchor runs in both halves, ready to smooth.

    A shape that crosses the midline comes back as one run (right half, then the
    mirrored left half); a mirrored one as two runs; any other as itself.
    """
    right = list(shape.anchors)
    if shape.across_midline:
        left = [mirror(p) for p in reversed(right[1:-1])]
        return [right + left]
    if shape.mirrored:
        return [right, [mirror(p) for p in right]]
    return [right]


def full_corners(shape: Shape) -> frozenset[int]:
    """Corner indices of ``full_anchors(shape)[0]``, with the mirrored copies added."""
    if not shape.across_midline:
        return shape.corners
    count = len(shape.anchors)
    total = 2 * count - 2
    return shape.corners | {(total - i) % total for i in shape.corners}


Segment = tuple[Vec, Vec, Vec]
"""One cubic Bézier segment from the previous end point: (control 1, control 2, end)."""


def smooth_path(
    anchors: Sequence[Vec], closed: bool, corners: frozenset[int] = frozenset()
) -> list[Segment]:
    """Cubic Bézier segments of a Catmull-Rom spline through ``anchors``.

    At a corner anchor the tangents point straight at the neighbours, so the curve turns
    there instead of swinging round it. The path starts at ``anchors[0]``.
    """
    count = len(anchors)
    if count < 2:
        raise ValueError("a path needs at least two anchors")

    def at(index: int) -> Vec:
        if closed:
            return anchors[index % count]
        return anchors[min(max(index, 0), count - 1)]

    def is_corner(index: int) -> bool:
        if not closed and index in (0, count - 1):
            return True
        return (index % count) in corners

    segments: list[Segment] = []
    spans = count if closed else count - 1
    for i in range(spans):
        p0, p1, p2, p3 = at(i - 1), at(i), at(i + 1), at(i + 2)
        if is_corner(i):
            c1 = (p1[0] + (p2[0] - p1[0]) / 3, p1[1] + (p2[1] - p1[1]) / 3)
        else:
            c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        if is_corner(i + 1):
            c2 = (p2[0] - (p2[0] - p1[0]) / 3, p2[1] - (p2[1] - p1[1]) / 3)
        else:
            c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segments.append((c1, c2, p2))
    return segments


def contains(polygon: Sequence[Vec], point: Vec) -> bool:
    """Whether ``point`` lies inside the polygon through ``polygon`` (even-odd rule)."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside
