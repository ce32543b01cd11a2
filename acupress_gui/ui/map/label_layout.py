"""Where each entry's name goes on a zoomed map: beside one of its dots, clear of the rest.

Pure geometry in view pixels, with no Qt, so the view can try a zoom before showing it
and the tests can check a layout without painting one. A name is a tap target like a
dot, so it must clear every dot's hit area, every other name, and every leader line;
its own leader must not run over another dot. Names go where they are hardest to
place first (the entries among many dots), each to its cheapest place: a short leader
leading away from the body's midline, level if it can be.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle in view pixels."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def grown(self, by: float) -> Box:
        return Box(self.left - by, self.top - by, self.width + 2 * by, self.height + 2 * by)

    def intersects(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def contains(self, other: Box) -> bool:
        return (
            self.left <= other.left
            and other.right <= self.right
            and self.top <= other.top
            and other.bottom <= self.bottom
        )

    def distance_to(self, x: float, y: float) -> float:
        """How far the point is from the rectangle (0 inside it)."""
        dx = max(self.left - x, 0.0, x - self.right)
        dy = max(self.top - y, 0.0, y - self.bottom)
        return math.hypot(dx, dy)


@dataclass(frozen=True, slots=True)
class Dot:
    """A marker as the layout sees it: its entry, centre, drawn radius and hit radius."""

    entry_id: str
    x: float
    y: float
    radius: float
    reach: float


@dataclass(frozen=True, slots=True)
class LabelRequest:
    """A name to place: its size, the dots it may point at, and the x it should lead
    away from (the body's midline; a dot's own x leaves every side alike)."""

    entry_id: str
    width: float
    height: float
    anchors: tuple[tuple[float, float], ...]
    away_from_x: float
    avoid: tuple[Box, ...] = ()
    """Boxes this name keeps off besides the shared obstacles (the inset cards, for a
    point on the back)."""
    rank: int = 0
    """Names of a lower rank are placed first (the region being shown is rank 0)."""
    sides: tuple[int, ...] = ()
    """For each anchor, the side of the body it is on (-1, 0 or 1; all 0 if empty): a
    leader fans out to the entry's other dots on its own side only."""


@dataclass(frozen=True, slots=True)
class Placement:
    """A placed name: its box, the dot its leader starts at, and where it meets the box."""

    entry_id: str
    box: Box
    anchor: tuple[float, float]
    attach: tuple[float, float]
    passes: int = 0
    """How many other dots the leader runs close by."""
    also: tuple[tuple[float, float, float, float], ...] = ()
    """Lines to the entry's other dots nearby on the same side: from each to the
    leader's end, or, where that is not clear, to the dot the leader starts at."""

    def leader(self) -> tuple[float, float, float, float]:
        return (*self.anchor, *self.attach)


LABEL_GAP = 6.0
"""Pixels between two names, and between a name and another name's leader."""

LEADER_CLEARANCE = 4.0
"""Pixels a leader keeps from the edge of any dot it does not point at."""

EDGE_MARGIN = 4.0
"""Pixels between a name and the edge of the map."""

LEADER_STEPS = (6.0, 16.0, 30.0, 48.0, 72.0, 104.0, 144.0)
"""How far past a dot's hit area a name may sit, nearest first."""

DIRECTIONS = tuple(math.radians(step * 22.5) for step in range(16))

SLIDE_INSET = 12.0
"""A leader meets its box's edge in the middle or this many pixels from either end."""

MAX_ANCHORS = 6
"""Of an entry with many dots, only the outermost few are tried as anchors."""

MAX_TRIES = 900
"""Only the cheapest places of a name are tried: the rest would lead too far."""

CROWDED_BELOW = 12
"""An entry with fewer places than this for its name is placed before the others."""

FAN_MOST = 4
FAN_REACH = 150.0
"""A name fans out to its other dots only for an entry of at most FAN_MOST dots in
sight, and only to dots within FAN_REACH pixels of its leader's end."""

ASIDE_PASSES = 1
"""How many dots the leader of a name of rank above 0 may run close by."""

COMPARED = 24
"""How many of the cheapest places are compared for how crowded they are."""

CROWD_DISTANCE = 26.0
PASSING_DISTANCE = 12.0
CROWD_COST = 9.0
"""Each dot within CROWD_DISTANCE pixels of a name's box, or PASSING_DISTANCE of its
leader, adds CROWD_COST: names sit better in open space beside a group of dots than
among them, and a leader threading between dots is hard to follow."""


def place_labels(
    requests: Sequence[LabelRequest],
    dots: Sequence[Dot],
    bounds: Box,
    obstacles: Iterable[Box] = (),
) -> list[Placement]:
    """Place as many names as fit; one that has no room is left out."""
    area = Box(
        bounds.left + EDGE_MARGIN,
        bounds.top + EDGE_MARGIN,
        bounds.width - 2 * EDGE_MARGIN,
        bounds.height - 2 * EDGE_MARGIN,
    )
    blocked = tuple(obstacles)
    places = [_places(request, dots, area, (*blocked, *request.avoid)) for request in requests]
    # The first few places of each: an entry with fewer is crowded, and goes first so
    # the easy ones do not take its only room. Ties keep the caller's order.
    first = [list(itertools.islice(found, CROWDED_BELOW)) for found in places]
    order = sorted(range(len(requests)), key=lambda i: (requests[i].rank, len(first[i])))
    placed: list[Placement] = []
    for index in order:
        # A name the view can do without (another region's) is left out rather than
        # given a leader that threads between dots.
        passing = math.inf if requests[index].rank == 0 else ASIDE_PASSES
        for candidate in itertools.chain(first[index], places[index]):
            if candidate.passes <= passing and _fits_among(candidate, placed):
                placed.append(candidate)
                break
    return _with_fans(placed, requests, dots)


def _with_fans(
    placed: Sequence[Placement], requests: Sequence[LabelRequest], dots: Sequence[Dot]
) -> list[Placement]:
    """Join a name of a few dots to each of its other dots nearby on the same side,
    where a line can be as clear as its leader, so a pair like BL23 and BL52 reads as
    one entry."""
    asked = {request.entry_id: request for request in requests}
    lines = [placement.leader() for placement in placed]
    result = []
    for placement in placed:
        request = asked[placement.entry_id]
        sides = dict(
            zip(request.anchors, request.sides or (0,) * len(request.anchors), strict=True)
        )
        also = []
        for anchor in request.anchors if len(request.anchors) <= FAN_MOST else ():
            if anchor == placement.anchor or sides[anchor] != sides[placement.anchor]:
                continue
            line = _fan_line(anchor, placement.attach, placement, placed, dots, lines)
            if line is None:
                line = _fan_line(anchor, placement.anchor, placement, placed, dots, lines)
            if line is not None:
                also.append(line)
                lines.append(line)
        result.append(dataclasses.replace(placement, also=tuple(also)))
    return result


def _fan_line(
    dot_at: tuple[float, float],
    to: tuple[float, float],
    placement: Placement,
    placed: Sequence[Placement],
    dots: Sequence[Dot],
    lines: Sequence[tuple[float, float, float, float]],
) -> tuple[float, float, float, float] | None:
    """The line from a dot to ``to`` (the leader's end, or its dot), if it is short and
    clear of the other dots, the names and the lines drawn."""
    (x, y), (ax, ay) = dot_at, to
    length = math.hypot(ax - x, ay - y)
    if length > FAN_REACH or length == 0:
        return None
    others = [d for d in dots if (d.x, d.y) not in (dot_at, to)]
    radius = next((d.radius for d in dots if (d.x, d.y) == dot_at), 0.0)
    start = (x + (ax - x) / length * radius, y + (ay - y) / length * radius)
    line = (*start, ax, ay)
    if _dots_by_leader(*line, others, LEADER_CLEARANCE):
        return None
    if _segment_hits_box(*line, placement.box.grown(-2.0)):
        return None
    for other in placed:
        if other is not placement and _segment_hits_box(*line, other.box.grown(LABEL_GAP / 2)):
            return None
    if any(_segments_cross(*line, *drawn) for drawn in lines):
        return None
    return line


def _places(
    request: LabelRequest, dots: Sequence[Dot], area: Box, obstacles: Sequence[Box]
) -> Iterator[Placement]:
    """The places for the name that clear the map's edge, the dots and the obstacles,
    cheapest first (each is checked only when asked for)."""
    tries: list[tuple[float, tuple[float, float], float, float, float, float]] = []
    for anchor in _outermost(request.anchors, request.away_from_x):
        side = anchor[0] - request.away_from_x
        for angle in DIRECTIONS:
            dx, dy = math.cos(angle), math.sin(angle)
            edge = request.height if _is_across(dx) else request.width
            near_end = min(SLIDE_INSET / edge, 0.5)
            for slide in (0.5, near_end, 1 - near_end):
                penalty = _direction_penalty(side, dx) + _slide_penalty(side, dx, slide)
                tries.extend((step + penalty, anchor, dx, dy, step, slide) for step in LEADER_STEPS)
    tries.sort(key=lambda t: t[0])
    del tries[MAX_TRIES:]
    width, height = request.width, request.height
    nearby: dict[tuple[float, float], tuple[float, float, list[Dot], list[Dot]]] = {}
    compared: list[tuple[float, Placement]] = []
    for cost, anchor, dx, dy, step, slide in tries:
        if anchor not in nearby:
            nearby[anchor] = _around(anchor, request, dots)
        start, rim, near, own = nearby[anchor]
        attach = (anchor[0] + dx * (start + step), anchor[1] + dy * (start + step))
        left, top = _box_corner(attach, dx, dy, width, height, slide)
        # The cheap tests first: most places fail at the map's edge or on a dot.
        if (
            left < area.left
            or top < area.top
            or left + width > area.right
            or top + height > area.bottom
        ):
            continue
        box = Box(left, top, width, height)
        if _dots_within(box, own, 0.0, stop_at=1) or _dots_within(box, near, 0.0, stop_at=1):
            continue
        if any(box.intersects(o) for o in obstacles):
            continue
        leader_from = (anchor[0] + dx * rim, anchor[1] + dy * rim)
        if _dots_by_leader(*leader_from, *attach, near, LEADER_CLEARANCE):
            continue
        passes = _dots_by_leader(*leader_from, *attach, near, PASSING_DISTANCE)
        placement = Placement(request.entry_id, box, anchor, attach, passes)
        if len(compared) == COMPARED:
            yield placement
            continue
        crowd = _dots_within(box, near, CROWD_DISTANCE) + passes
        compared.append((cost + CROWD_COST * crowd, placement))
        if len(compared) == COMPARED:
            compared.sort(key=lambda item: item[0])
            yield from (placement for _, placement in compared)
    if len(compared) < COMPARED:
        compared.sort(key=lambda item: item[0])
        yield from (placement for _, placement in compared)


def _dots_within(box: Box, dots: Sequence[Dot], margin: float, stop_at: int = 0) -> int:
    """How many dots come within ``margin`` pixels of the box, ``margin`` counted from
    their hit area's edge when it is 0, else from their drawn edge; counting stops at
    ``stop_at`` if it is given. (The innermost loop: kept to plain arithmetic.)"""
    left, top = box.left, box.top
    right, bottom = left + box.width, top + box.height
    count = 0
    for dot in dots:
        reach = dot.reach if margin == 0.0 else dot.radius + margin
        x = dot.x
        gap_x = left - x if x < left else x - right if x > right else 0.0
        if gap_x >= reach:
            continue
        y = dot.y
        gap_y = top - y if y < top else y - bottom if y > bottom else 0.0
        if gap_y >= reach or gap_x * gap_x + gap_y * gap_y >= reach * reach:
            continue
        count += 1
        if count == stop_at:
            break
    return count


def _dots_by_leader(
    x1: float, y1: float, x2: float, y2: float, dots: Sequence[Dot], margin: float
) -> int:
    """How many dots the leader passes within ``margin`` pixels of (from their edge)."""
    low_x, high_x = min(x1, x2), max(x1, x2)
    low_y, high_y = min(y1, y2), max(y1, y2)
    count = 0
    for dot in dots:
        clearance = dot.radius + margin
        if (
            dot.x < low_x - clearance
            or dot.x > high_x + clearance
            or dot.y < low_y - clearance
            or dot.y > high_y + clearance
        ):
            continue
        if _segment_distance(x1, y1, x2, y2, dot.x, dot.y) < clearance:
            count += 1
    return count


def _around(
    anchor: tuple[float, float], request: LabelRequest, dots: Sequence[Dot]
) -> tuple[float, float, list[Dot], list[Dot]]:
    """The anchor dot's hit radius and drawn radius, the other dots near enough to be
    in the way of a name placed from it, and the anchor dot itself (which the name's
    box keeps off, though its leader starts there)."""
    own = [d for d in dots if d.entry_id == request.entry_id and (d.x, d.y) == anchor]
    start = own[0].reach if own else 0.0
    rim = own[0].radius if own else 0.0
    reach_x = start + LEADER_STEPS[-1] + request.width
    reach_y = start + LEADER_STEPS[-1] + request.height
    near = [
        d
        for d in dots
        if (d.x, d.y) != anchor
        and abs(d.x - anchor[0]) < reach_x + d.reach
        and abs(d.y - anchor[1]) < reach_y + d.reach
    ]
    return start, rim, near, own[:1]


def _outermost(
    anchors: Sequence[tuple[float, float]], away_from_x: float
) -> list[tuple[float, float]]:
    """Of many dots, the top and bottom ones and those farthest from the midline: a
    leader from the edge of a group has the least to cross."""
    if len(anchors) <= MAX_ANCHORS:
        return list(anchors)
    outward = sorted(anchors, key=lambda a: -abs(a[0] - away_from_x))
    top = min(anchors, key=lambda a: a[1])
    bottom = max(anchors, key=lambda a: a[1])
    return list(dict.fromkeys([top, bottom, *outward]))[:MAX_ANCHORS]


def _is_across(dx: float) -> bool:
    """Whether a leader runs more across than up or down (it meets a side of the box)."""
    return abs(dx) >= 0.38


def _box_corner(
    attach: tuple[float, float], dx: float, dy: float, width: float, height: float, slide: float
) -> tuple[float, float]:
    """The top left of the name's box meeting its leader at ``attach``: on its near side
    when the leader runs across, else on its top or bottom, ``slide`` of the way along
    that edge."""
    x, y = attach
    if _is_across(dx):
        return (x if dx > 0 else x - width), y - height * slide
    return x - width * slide, (y if dy > 0 else y - height)


def _direction_penalty(side: float, dx: float) -> float:
    """Leaders that lead outward (away from the midline, ``side`` being the dot's
    offset from it) and level are the easiest to read."""
    outward = abs(side) < 2.0 or (side > 0) == (dx > 0)
    if abs(dx) > 0.99:
        return 0.0 if outward else 60.0
    if abs(dx) > 0.9:
        return 8.0 if outward else 64.0
    if _is_across(dx):
        return 18.0 if outward else 70.0
    return 20.0


def _slide_penalty(side: float, dx: float, slide: float) -> float:
    """A box met at the middle of its edge reads best; above or below a dot, one that
    reaches outward from the leader comes next."""
    if slide == 0.5:
        return 0.0
    if _is_across(dx):
        return 6.0
    reaches_outward = abs(side) < 2.0 or (side > 0) == (slide < 0.5)
    return 4.0 if reaches_outward else 14.0


def _fits_among(candidate: Placement, placed: Sequence[Placement]) -> bool:
    box = candidate.box
    leader = candidate.leader()
    for other in placed:
        if box.intersects(other.box.grown(LABEL_GAP)):
            return False
        if _segment_hits_box(*other.leader(), box.grown(LABEL_GAP / 2)):
            return False
        if _segment_hits_box(*leader, other.box.grown(LABEL_GAP / 2)):
            return False
        if _segments_cross(*leader, *other.leader()):
            return False
    return True


def _segment_distance(x1: float, y1: float, x2: float, y2: float, px: float, py: float) -> float:
    """Distance from the point to the segment."""
    vx, vy = x2 - x1, y2 - y1
    length = vx * vx + vy * vy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - x1) * vx + (py - y1) * vy) / length))
    return math.hypot(x1 + t * vx - px, y1 + t * vy - py)


def _segment_hits_box(x1: float, y1: float, x2: float, y2: float, box: Box) -> bool:
    """Whether the segment passes through the box (Liang-Barsky clipping)."""
    t0, t1 = 0.0, 1.0
    dx, dy = x2 - x1, y2 - y1
    for p, q in (
        (-dx, x1 - box.left),
        (dx, box.right - x1),
        (-dy, y1 - box.top),
        (dy, box.bottom - y1),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def _segments_cross(
    ax: float, ay: float, bx: float, by: float, cx: float, cy: float, dx: float, dy: float
) -> bool:
    """Whether two segments cross at a point inside both (touching ends do not count)."""

    def turn(px: float, py: float, qx: float, qy: float, rx: float, ry: float) -> float:
        return (qx - px) * (ry - py) - (qy - py) * (rx - px)

    d1 = turn(cx, cy, dx, dy, ax, ay)
    d2 = turn(cx, cy, dx, dy, bx, by)
    d3 = turn(ax, ay, bx, by, cx, cy)
    d4 = turn(ax, ay, bx, by, dx, dy)
    return d1 * d2 < 0 and d3 * d4 < 0
