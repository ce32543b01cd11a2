"""Spot by spot: which spots of an entry each hold presses, and the plan that times them.

Sea of Vitality is two pairs of points, the sacral entry eight, Huatuo's points a row
of five. Such an entry can be pressed together, in one hold, or one spot (or pair)
after the other, each for the whole hold time and, with "one side, then the other",
right then left. ``SpotSteps`` turns an entry and that choice into what each hold
presses (a ``PressTarget``: its label, point codes and dots on the map) and into the
``HoldPlan`` the timer runs. The timer reports each hold with the index of its spot;
``record`` makes that the history's row, with exactly the codes (and the spot of a
row) that were pressed.
"""

from __future__ import annotations

from dataclasses import dataclass

from acupress_gui.core.body import BACK_VIEW, Vec
from acupress_gui.core.catalog import Entry, Point
from acupress_gui.core.catalog import Side as PointSide
from acupress_gui.core.history import HoldRecord, Side
from acupress_gui.core.hold_choices import PressOrder, SideMode
from acupress_gui.core.hold_timer import HoldEnded, HoldPlan, Step


@dataclass(frozen=True, slots=True)
class Place:
    """One dot on the map: a spot of a point, on one side of the body."""

    code: str
    position: Vec
    """In the point's own drawing, as in ``Point.positions``."""
    persons_right: bool | None
    """Which side it is on; None on the midline and on an inset, which shows one limb
    for both."""


@dataclass(frozen=True, slots=True)
class PressTarget:
    """What one hold presses: a spot (or pair) of an entry, or all of it at once."""

    label: str | None
    """What the timer calls it; None for the whole entry pressed at once."""
    codes: tuple[str, ...]
    spot: int | None
    """The spot of its one point (1-based) when that point is a row; None otherwise."""
    places: tuple[Place, ...]

    def places_on(self, side: Side) -> tuple[Place, ...]:
        """The dots a hold on ``side`` presses: the midline and insets on either side."""
        if side is Side.BOTH:
            return self.places
        right = side is Side.RIGHT
        return tuple(place for place in self.places if place.persons_right in (None, right))


def point_label(point: Point) -> str:
    """The catalog's label for the point, or its name and code."""
    return point.label or f"{point.name} ({point.code})"


def spot_label(point: Point, index: int) -> str:
    """The catalog's label for spot ``index`` of a row, or the point's, numbered."""
    return point.spots[index].label or f"{point_label(point)} {index + 1}/{len(point.spots)}"


def has_several_spots(entry: Entry | None) -> bool:
    """Whether the entry can be pressed spot by spot: it has more than one spot or pair."""
    return entry is not None and sum(len(point.spots) for point in entry.points) > 1


def _places(point: Point, index: int) -> tuple[Place, ...]:
    """The dots of spot ``index``: on the figure a paired point has the right's spots
    first, then the left's; a midline point and an inset have each spot once."""
    positions = point.positions
    if point.view == BACK_VIEW and point.side is PointSide.PAIRED:
        count = len(point.spots)
        return (
            Place(point.code, positions[index], True),
            Place(point.code, positions[count + index], False),
        )
    return (Place(point.code, positions[index], None),)


@dataclass(frozen=True, slots=True)
class SpotSteps:
    """The holds of one entry, in the order they are pressed."""

    targets: tuple[PressTarget, ...]

    @classmethod
    def of(cls, entry: Entry, order: PressOrder) -> SpotSteps:
        """One target for the whole entry, or, spot by spot, one for each point of one
        spot and one for each spot of a row, in the catalog's order."""
        if order is PressOrder.TOGETHER or not has_several_spots(entry):
            places = tuple(
                place
                for point in entry.points
                for index in range(len(point.spots))
                for place in _places(point, index)
            )
            return cls((PressTarget(None, entry.codes, None, places),))
        targets: list[PressTarget] = []
        for point in entry.points:
            codes = (point.code,)
            if len(point.spots) == 1:
                targets.append(PressTarget(point_label(point), codes, None, _places(point, 0)))
                continue
            targets += (
                PressTarget(spot_label(point, index), codes, index + 1, _places(point, index))
                for index in range(len(point.spots))
            )
        return cls(tuple(targets))

    @property
    def labels(self) -> tuple[str, ...]:
        """The spots the plan steps through; empty when it presses everything at once."""
        return tuple(target.label or "" for target in self.targets) if len(self.targets) > 1 else ()

    def plan(
        self,
        hold_seconds: float,
        sets: int,
        side_mode: SideMode,
        lead_in_seconds: float = 0.0,
        position_seconds: float = 0.0,
    ) -> HoldPlan:
        """The timer's plan: the chosen hold time for each spot, on each side in turn."""
        return HoldPlan.chosen(
            hold_seconds,
            sets,
            side_mode,
            lead_in_seconds,
            position_seconds=position_seconds,
            spot_labels=self.labels,
        )

    def target(self, spot: int | None) -> PressTarget:
        """The target of a step or a hold (``spot`` None: the only one)."""
        return self.targets[spot or 0]

    def places(self, step: Step) -> tuple[Place, ...]:
        """The dots to show for a step: what it presses, or what the next hold will."""
        return self.target(step.spot).places_on(step.side)

    def record(self, entry_id: str, hold: HoldEnded) -> HoldRecord:
        """The history's row for one hold, with the codes (and spot) it pressed."""
        target = self.target(hold.spot)
        return HoldRecord(
            entry_id=entry_id,
            point_codes=target.codes,
            side=hold.side,
            set_number=hold.set_number,
            started_at=hold.started_at,
            planned_seconds=hold.planned_seconds,
            held_seconds=hold.held_seconds,
            completed=hold.completed,
            outcome=hold.outcome,
            spot=target.spot,
        )
