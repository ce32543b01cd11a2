"""The posterior body figure and its insets, shared by the catalog, the map and the tests.

The main figure is measured in units of 1/75 of the body height (the WHO location
standard relates one B-cun to this): ``x`` from the posterior midline, positive toward
the person's right (which, seen from behind, is also the viewer's right), and ``y`` down
from the top of the head. Keeping the figure in these units makes point positions
checkable facts: a point "level with L2, 1.5 B-cun out" is the same place on every view.

The standard's proportional method, though, divides each segment into its own equal cun
(``SPANS``): the back's width, the thigh and the lower leg are drawn so that their cun
is one figure unit, the forearm's 12 cun are 11.1 units, and the head's cun are shorter
still. A point on a segment is therefore placed as a fraction of the drawn segment.

Points that cannot be seen from behind (the back of the hand, the outer side of the
lower leg) are placed on an ``Inset``: a small drawing with its own coordinate frame,
units and landmarks, documented on each inset in ``INSETS``.

The outline and the landmark hints are given as anchor points for the right half; the
left half is their mirror image. ``smooth_path`` turns anchors into cubic Bézier
segments so the drawing has no polygon corners except where a corner is asked for.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from acupress_gui.core.translatable import QT_TRANSLATE_NOOP

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


LANDMARKS: Mapping[str, Landmark] = MappingProxyType(
    {
        "occiput_base": Landmark(0.0, 8.5, "hollow just below the bump at the back of the skull"),
        "C2": Landmark(0.0, 9.0, "upper border of the C2 spinous process"),
        "C7": Landmark(0.0, 13.0, "most prominent bump at the base of the neck"),
        "T1": Landmark(0.0, 14.2, "the T1 spinous process, the bump just below C7"),
        "T3": Landmark(0.0, 16.5, "level of the inner ends of the shoulder-blade spines"),
        "T4": Landmark(0.0, 17.6, "the T4 spinous process, one bump below T3"),
        "T7": Landmark(0.0, 21.0, "level of the bottom tips of the shoulder blades"),
        "T9": Landmark(0.0, 22.8, "the T9 spinous process, two bumps below T7"),
        "T12": Landmark(0.0, 25.5, "midway between the shoulder-blade tips and the hip-bone tops"),
        "L1": Landmark(0.0, 26.5, "lower border of the L1 spinous process"),
        "L2": Landmark(0.0, 27.5, "lower border of the L2 spinous process"),
        "L3": Landmark(0.0, 28.8, "lower border of the L3 spinous process"),
        "L4": Landmark(
            0.0,
            30.0,
            "lower border of the L4 spinous process; the line joining the tops of the hip "
            "bones crosses this bone",
        ),
        "L5": Landmark(0.0, 31.0, "lower border of the L5 spinous process"),
        "S1": Landmark(0.0, 32.0, "level of the first posterior sacral holes"),
        "S2": Landmark(0.0, 33.0, "level of the dimples (posterior superior iliac spines)"),
        "S3": Landmark(0.0, 34.3, "level of the third posterior sacral holes"),
        "S4": Landmark(
            0.0,
            35.5,
            "level of the fourth sacral holes and the sacral hiatus, just above the buttock cleft",
        ),
        "acromion": Landmark(8.3, 14.5, "outer end of the bony tip of the shoulder (acromion)"),
        "scapular_spine_middle": Landmark(
            5.5, 15.4, "midpoint of the bony ridge across the shoulder blade"
        ),
        "scapula_medial_border": Landmark(
            3.0, 16.5, "inner edge of the shoulder blade, level with T3"
        ),
        "scapula_inferior_angle": Landmark(3.85, 21.0, "bottom tip of the shoulder blade"),
        "elbow_crease": Landmark(8.8, 27.5, "level of the elbow crease, at the point of the elbow"),
        "wrist_crease": Landmark(9.3, 38.6, "the crease across the back of the wrist"),
        "greater_trochanter": Landmark(
            7.5, 37.0, "prominence of the thigh bone's outer knob (greater trochanter)"
        ),
        "gluteal_fold": Landmark(0.0, 42.0, "level of the crease under the buttock"),
        "gluteal_fold_middle": Landmark(3.2, 42.2, "midpoint of the crease under the buttock"),
        "knee_crease": Landmark(3.5, 56.0, "centre of the crease behind the knee"),
        "outer_ankle": Landmark(4.3, 72.0, "prominence of the outer ankle bone"),
    }
)
"""Landmarks of the main figure the catalog may measure from; ``x`` is the person's
right-hand one. Spinous processes without "lower border" mark the bump itself: a point
at its lower border sits about 0.4 lower."""


class Measure(StrEnum):
    """How a span's drawn length is measured."""

    DOWN = "down"
    """Along the height only, as the standard measures the leg."""
    ALONG = "along"
    """Straight from one landmark to the other, as along the forearm."""
    ACROSS_MIDLINE = "across_midline"
    """From a right-hand landmark to its mirror image on the left."""


@dataclass(frozen=True, slots=True)
class Span:
    """A segment the standard divides into ``cun`` equal parts, between two landmarks."""

    start: str
    end: str
    cun: float
    measure: Measure
    description: str


def span_length(span: Span, landmarks: Mapping[str, Landmark] = LANDMARKS) -> float:
    """The drawn length of ``span``, in the units of the drawing its landmarks are in."""
    start, end = landmarks[span.start], landmarks[span.end]
    if span.measure is Measure.DOWN:
        return abs(end.y - start.y)
    if span.measure is Measure.ACROSS_MIDLINE:
        return start.x + end.x
    return math.hypot(end.x - start.x, end.y - start.y)


def cun_size(span: Span, landmarks: Mapping[str, Landmark] = LANDMARKS) -> float:
    """One cun of ``span`` in drawing units."""
    return span_length(span, landmarks) / span.cun


SPANS: Mapping[str, Span] = MappingProxyType(
    {
        "back_width": Span(
            "scapula_medial_border",
            "scapula_medial_border",
            6.0,
            Measure.ACROSS_MIDLINE,
            "between the inner edges of the two shoulder blades",
        ),
        "forearm": Span(
            "elbow_crease",
            "wrist_crease",
            12.0,
            Measure.ALONG,
            "elbow crease to the crease at the back of the wrist",
        ),
        "hip_to_knee": Span(
            "greater_trochanter",
            "knee_crease",
            19.0,
            Measure.DOWN,
            "prominence of the hip-bone knob to the crease behind the knee",
        ),
        "thigh": Span(
            "gluteal_fold",
            "knee_crease",
            14.0,
            Measure.DOWN,
            "crease under the buttock to the crease behind the knee",
        ),
        "lower_leg": Span(
            "knee_crease",
            "outer_ankle",
            16.0,
            Measure.DOWN,
            "crease behind the knee to the prominence of the outer ankle bone",
        ),
    }
)
"""The proportional spans of the main figure. On this figure the back's, the thigh's
and the lower leg's cun are each one unit, so offsets there are written in cun as they
are; the forearm's cun is 0.93 units (no point of the catalog uses it yet)."""


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
CROTCH: Vec = (0.0, 41.4)
"""Where the legs part: at the inner ends of the buttock creases, as seen from behind."""
_SILHOUETTE_ANCHORS: tuple[Vec, ...] = (
    (0.0, 0.0),
    (1.75, 0.45),
    (2.8, 1.75),
    (3.15, 3.6),
    (3.3, 5.4),  # ear
    (3.35, 6.5),
    (3.05, 7.5),  # earlobe
    (2.75, 8.4),  # behind the ear, over the mastoid
    (2.5, 9.5),  # neck
    (2.5, 11.0),
    (3.3, 12.6),  # trapezius, sloping from the base of the neck (C7)
    (5.2, 13.3),
    (7.3, 13.8),
    (8.7, 14.4),  # shoulder
    (9.35, 15.9),
    (9.7, 18.0),
    (9.85, 21.0),  # upper arm
    (9.95, 24.5),
    (10.1, 27.5),  # elbow
    (10.4, 31.0),
    (10.35, 35.0),
    (10.05, 38.6),  # wrist
    (10.35, 41.0),  # hand
    (10.3, 44.2),
    (9.65, 46.7),  # fingertips
    (8.95, 45.9),
    (8.75, 42.3),
    (8.6, 38.7),  # inner wrist
    (8.35, 35.0),
    (7.95, 31.0),  # inner forearm
    (7.5, 27.3),
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
    (0.55, 43.2),
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
    (1.2, 31.25),
    (1.95, 31.4),
    (1.88, 33.2),  # just outside the dimple: the dimples mark the bone's upper outer edges
    (1.72, 35.3),
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
ILIAC_CREST = _shape((1.8, 32.75), (2.6, 31.1), (3.5, 30.2), (4.6, 29.9), (6.1, 30.4))
"""From the dimple (the crest's back end) up to its top, level with L4, and on round."""
GLUTEAL_FOLD = _shape((0.15, 41.5), (2.3, 42.2), (4.6, 42.1), (6.2, 41.2))
KNEE_CREASE = _shape((2.3, 56.15), (3.5, 56.0), (4.7, 56.15))
SPINE = _shape((0.0, 10.6), (0.0, 31.0), mirrored=False)
BUTTOCK_CLEFT = _shape((0.0, 36.4), CROTCH, mirrored=False)

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


# --- insets: what cannot be seen from behind ------------------------------------------


@dataclass(frozen=True, slots=True)
class Inset:
    """A small drawing beside the figure, in its own coordinate frame.

    ``frame`` says in words what the units are and where ``(0, 0)`` is; as on the main
    figure ``x`` grows to the right of the screen and ``y`` down it. ``bounds`` is the
    drawing's rectangle (top left, bottom right) in those units, for the map to scale
    to the screen as it scales the figure. Every shape is drawn once, unmirrored: an
    inset shows one limb, the person's right, and a paired point on it is pressed on
    both limbs though it is drawn on one.
    """

    title: str
    frame: str
    outline: Shape
    hints: tuple[Shape, ...]
    landmarks: Mapping[str, Landmark]
    spans: Mapping[str, Span]
    bounds: tuple[Vec, Vec]


def _ring(centre: Vec, radius: float) -> Shape:
    """A small closed round shape: a bone's knob or a knuckle."""
    x, y = centre
    return _shape(
        *(
            (x + radius * math.cos(turn * math.pi / 4), y + radius * math.sin(turn * math.pi / 4))
            for turn in range(8)
        ),
        closed=True,
        mirrored=False,
    )


_KNUCKLES: tuple[Vec, ...] = ((-1.45, -3.45), (-0.45, -3.65), (0.5, -3.4), (1.35, -3.0))
"""The heads of the 2nd to 5th hand bones (metacarpals): the knuckles, index to little."""
_METACARPAL_BASES: tuple[Vec, ...] = ((-0.95, -0.55), (-0.3, -0.6), (0.35, -0.55), (0.95, -0.45))

_HAND_ANCHORS: tuple[Vec, ...] = (
    (-1.55, 1.6),  # forearm, thumb side
    (-1.5, 0.0),  # wrist
    (-1.8, -0.7),
    (-2.55, -1.35),  # thumb
    (-3.25, -2.2),
    (-3.75, -3.15),
    (-3.85, -3.75),  # thumb tip
    (-3.5, -3.9),
    (-3.1, -3.45),
    (-2.6, -2.85),
    (-2.1, -2.6),  # web between thumb and index finger
    (-2.05, -3.4),
    (-2.1, -4.9),  # index finger
    (-2.0, -6.5),
    (-1.7, -6.95),
    (-1.35, -6.6),
    (-1.05, -4.3),  # between index and middle fingers
    (-0.95, -5.5),
    (-0.95, -7.1),  # middle finger
    (-0.5, -7.55),
    (-0.05, -7.1),
    (0.05, -4.35),  # between middle and ring fingers
    (0.1, -5.5),
    (0.2, -6.8),  # ring finger
    (0.6, -7.2),
    (1.0, -6.8),
    (1.1, -4.0),  # between ring and little fingers
    (1.25, -4.8),
    (1.45, -5.7),  # little finger
    (1.85, -6.0),
    (2.15, -5.6),
    (2.08, -4.2),
    (2.04, -3.0),  # little-finger edge of the hand
    (1.97, -1.9),
    (1.75, -0.7),
    (1.5, 0.0),  # wrist
    (1.55, 1.6),  # forearm, little-finger side
)
_HAND_CORNERS = tuple(
    _HAND_ANCHORS.index(gap) for gap in ((-2.1, -2.6), (-1.05, -4.3), (0.05, -4.35), (1.1, -4.0))
)

HAND = Inset(
    title=QT_TRANSLATE_NOOP("body", "The back of your right hand"),
    frame=(
        "The back of the right hand as you look at it, fingers up. Units are finger cun: "
        "the width of the person's own thumb at its middle joint. (0, 0) is the middle of "
        "the crease across the back of the wrist; x grows toward the little finger, y "
        "toward the wrist (the fingers have negative y)."
    ),
    outline=_shape(*_HAND_ANCHORS, corners=_HAND_CORNERS, mirrored=False),
    hints=(
        _shape((-1.4, 0.05), (0.0, -0.05), (1.4, 0.05), mirrored=False),  # wrist crease
        *(
            _shape(base, (head[0], head[1] + 0.35), mirrored=False)
            for base, head in zip(_METACARPAL_BASES, _KNUCKLES, strict=True)
        ),
        *(_ring(knuckle, 0.28) for knuckle in _KNUCKLES),
        _shape((2.02, -2.6), (1.7, -2.66), mirrored=False),  # end of the palm crease
    ),
    landmarks=MappingProxyType(
        {
            "wrist_crease": Landmark(0.0, 0.0, "middle of the crease across the back of the wrist"),
            **{
                f"knuckle_{number}": Landmark(x, y, f"{finger} knuckle")
                for number, finger, (x, y) in zip(
                    (2, 3, 4, 5),
                    ("index-finger", "middle-finger", "ring-finger", "little-finger"),
                    _KNUCKLES,
                    strict=True,
                )
            },
            "palm_crease_end": Landmark(
                1.95,
                -2.6,
                "little-finger edge of the hand, where the lower crease of the palm ends "
                "when you make a loose fist",
            ),
        }
    ),
    spans=MappingProxyType({}),
    bounds=((-4.0, -7.7), (2.3, 1.7)),
)
"""The back of the hand: SI3, TE3 and the extra hand points EX-UE7 and EX-UE8."""

_LOWER_LEG_ANCHORS: tuple[Vec, ...] = (
    (2.1, -1.8),  # front of the knee
    (2.2, -0.3),
    (1.95, 1.6),  # below the kneecap
    (1.55, 4.5),  # shin
    (1.45, 9.0),
    (1.55, 13.0),
    (1.95, 15.6),  # front of the ankle
    (3.2, 16.5),  # top of the foot
    (5.6, 17.4),
    (8.0, 18.1),
    (8.8, 18.6),  # toes
    (8.6, 19.15),
    (5.0, 19.2),  # sole
    (1.0, 19.1),
    (-1.6, 19.0),
    (-2.35, 18.2),  # heel
    (-2.0, 16.7),
    (-1.65, 15.0),  # Achilles tendon
    (-1.75, 12.0),
    (-2.3, 9.0),
    (-3.2, 5.0),  # calf
    (-3.1, 2.8),
    (-2.6, 0.6),
    (-2.45, -1.8),  # back of the knee
)

LOWER_LEG = Inset(
    title=QT_TRANSLATE_NOOP("body", "The outer side of your right lower leg"),
    frame=(
        "The right lower leg seen from the person's right, toes to the right. Units are "
        "the leg's cun: the crease behind the knee to the prominence of the outer ankle "
        "bone is 16. (0, 0) is the level of that crease on the vertical through the outer "
        "ankle bone; x grows toward the front of the leg, y toward the foot."
    ),
    outline=_shape(*_LOWER_LEG_ANCHORS, mirrored=False),
    hints=(
        _ring((-0.45, 1.1), 0.55),  # head of the fibula
        _shape((-0.35, 1.7), (-0.15, 8.5), (-0.02, 15.3), mirrored=False),  # the fibula
        _ring((0.0, 16.0), 0.7),  # outer ankle bone
        _shape((-2.5, 0.0), (-1.6, 0.05), mirrored=False),  # level of the knee crease
    ),
    landmarks=MappingProxyType(
        {
            "knee_crease": Landmark(-2.3, 0.0, "level of the crease behind the knee"),
            "fibula_head": Landmark(
                -0.45, 1.1, "the round bony knob on the outer side just below the knee"
            ),
            "outer_ankle": Landmark(0.0, 16.0, "prominence of the outer ankle bone"),
        }
    ),
    spans=MappingProxyType(
        {"lower_leg": SPANS["lower_leg"]}  # the figure's own span, measured on the leg drawn
    ),
    bounds=((-3.3, -2.0), (9.0, 19.4)),
)
"""The outer side of the lower leg: GB34 and GB39, in front of the fibula."""

BACK_VIEW = "back"
"""The view of the main figure, as a point's ``view`` names it."""

INSETS: Mapping[str, Inset] = MappingProxyType({"hand": HAND, "lower-leg": LOWER_LEG})
"""Every inset by the id a point's ``view`` names it with."""


def landmarks_of(view: str) -> Mapping[str, Landmark]:
    """The landmarks of the main figure (``BACK_VIEW``) or of an inset; KeyError if none."""
    return LANDMARKS if view == BACK_VIEW else INSETS[view].landmarks


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
