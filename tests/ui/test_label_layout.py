"""Where the names go on a zoomed map: whatever the dots, a name is a clear target."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.ui.map.label_layout import (
    EDGE_MARGIN,
    LEADER_CLEARANCE,
    Box,
    Dot,
    LabelRequest,
    Placement,
    place_labels,
)

REACH = 17.0
RADIUS = 7.5
BOUNDS = Box(0, 0, 480, 600)


def segment_distance(line: tuple[float, float, float, float], x: float, y: float) -> float:
    x1, y1, x2, y2 = line
    vx, vy = x2 - x1, y2 - y1
    t = max(0.0, min(1.0, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy or 1.0)))
    return math.hypot(x1 + t * vx - x, y1 + t * vy - y)


def lines_of(placement: Placement) -> list[tuple[float, float, float, float]]:
    """The lines drawn beside the dots: the leader from its dot's edge (the dot hides
    the rest), and the lines that join the entry's other dots."""
    (x, y), (ax, ay) = placement.anchor, placement.attach
    length = math.hypot(ax - x, ay - y)
    rim = (x + (ax - x) / length * RADIUS, y + (ay - y) / length * RADIUS)
    return [(*rim, ax, ay), *placement.also]


def assert_clear(
    placements: list[Placement], requests: list[LabelRequest], dots: list[Dot]
) -> None:
    asked = {request.entry_id: request for request in requests}
    assert len({p.entry_id for p in placements}) == len(placements)  # each named once
    inside = BOUNDS.grown(-EDGE_MARGIN)
    for i, placement in enumerate(placements):
        box = placement.box
        assert inside.contains(box)
        assert placement.anchor in asked[placement.entry_id].anchors
        assert box.width >= asked[placement.entry_id].width - 1e-9
        for dot in dots:
            # A name is a target: it never covers a hit area, not even its own dot's.
            assert box.distance_to(dot.x, dot.y) >= dot.reach - 1e-6
        for other in placements[i + 1 :]:
            assert not box.intersects(other.box)
        # Its leader reaches its box, and no line of it runs over a dot it does not join.
        assert box.grown(0.5).distance_to(*placement.attach) == 0
        for line in lines_of(placement):
            ends = {(round(line[2], 6), round(line[3], 6))}
            for dot in dots:
                at_an_end = (round(dot.x, 6), round(dot.y, 6)) in ends
                starts_here = math.hypot(dot.x - line[0], dot.y - line[1]) <= dot.radius + 1e-6
                if (dot.x, dot.y) == placement.anchor or at_an_end or starts_here:
                    continue
                clearance = dot.radius + LEADER_CLEARANCE - 1e-6
                assert segment_distance(line, dot.x, dot.y) >= clearance


scenes = st.lists(
    st.tuples(
        st.floats(20, 460),
        st.floats(20, 580),
        st.integers(0, 5),
    ),
    min_size=1,
    max_size=24,
)


@pytest.mark.generated
@given(scenes, st.integers(60, 160), st.integers(34, 60))
def test_names_never_cover_a_dot_or_each_other(
    spots: list[tuple[float, float, int]], width: int, height: int
) -> None:
    dots = [Dot(f"entry-{group}", x, y, RADIUS, REACH) for x, y, group in spots]
    requests = []
    for group in sorted({group for _, _, group in spots}):
        anchors = tuple((d.x, d.y) for d in dots if d.entry_id == f"entry-{group}")
        requests.append(LabelRequest(f"entry-{group}", width, height, anchors, 240.0))
    placements = place_labels(requests, dots, BOUNDS)
    assert_clear(placements, requests, dots)


def test_an_open_scene_names_every_entry_level_and_outward() -> None:
    dots = [Dot("left", 200, 300, RADIUS, REACH), Dot("right", 280, 300, RADIUS, REACH)]
    requests = [
        LabelRequest("left", 100, 40, ((200, 300),), 240.0),
        LabelRequest("right", 100, 40, ((280, 300),), 240.0),
    ]
    placements = {p.entry_id: p for p in place_labels(requests, dots, BOUNDS)}
    assert set(placements) == {"left", "right"}
    # Each leads away from the midline at x=240, on the level of its dot.
    assert placements["left"].box.right <= 200 - REACH
    assert placements["right"].box.left >= 280 + REACH
    for placement in placements.values():
        assert placement.attach[1] == pytest.approx(placement.anchor[1])


def test_a_name_with_no_room_is_left_out_not_squeezed_in() -> None:
    # A dot in a corner of a map too small for its name anywhere.
    dots = [Dot("only", 30, 30, RADIUS, REACH)]
    requests = [LabelRequest("only", 200, 40, ((30, 30),), 30.0)]
    assert place_labels(requests, dots, Box(0, 0, 120, 90)) == []


def test_the_region_being_shown_is_named_before_its_neighbours() -> None:
    # Two entries whose names want the same place: the one of rank 0 gets it.
    dots = [Dot("aside", 240, 280, RADIUS, REACH), Dot("shown", 240, 320, RADIUS, REACH)]
    room = Box(0, 0, 480, 600)
    requests = [
        LabelRequest("aside", 400, 40, ((240, 280),), 240.0, rank=1),
        LabelRequest("shown", 400, 40, ((240, 320),), 240.0, rank=0),
    ]
    named = [p.entry_id for p in place_labels(requests, dots, Box(0, 0, 480, 400))]
    assert named[0] == "shown"
    assert room.contains(place_labels(requests, dots, room)[0].box)


def test_a_pair_of_spots_is_joined_to_its_name() -> None:
    # BL23 and BL52 on one side, level and apart: one leader, and a line to the other dot.
    dots = [Dot("pair", 300, 300, RADIUS, REACH), Dot("pair", 350, 300, RADIUS, REACH)]
    requests = [LabelRequest("pair", 100, 40, ((300, 300), (350, 300)), 240.0, sides=(1, 1))]
    (placement,) = place_labels(requests, dots, BOUNDS)
    assert len(placement.also) == 1
    assert_clear([placement], requests, dots)
    # The two sides of the spine are never joined.
    requests = [LabelRequest("pair", 100, 40, ((200, 300), (280, 300)), 240.0, sides=(-1, 1))]
    dots = [Dot("pair", 200, 300, RADIUS, REACH), Dot("pair", 280, 300, RADIUS, REACH)]
    (placement,) = place_labels(requests, dots, BOUNDS)
    assert placement.also == ()
