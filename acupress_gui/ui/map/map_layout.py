"""Where everything sits on the map's scene, in B-cun of the back figure.

The back figure is drawn in its own units. Each inset of ``core.body.INSETS`` has its
own coordinates (finger cun for the hand, the leg's cun for the lower leg); here each
gets a placement beside the figure, next to the limb it shows: a scale and the scene
position of its origin. A point in an inset is mapped to the scene with that
placement, and from the scene to the screen as the figure is, so the tests compute a
marker's place the same way the map draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from acupress_gui.core import body
from acupress_gui.core.body import Vec
from acupress_gui.core.catalog import Catalog, Point, Region, Side


@dataclass(frozen=True)
class InsetPlacement:
    """An inset's place in the scene: its drawing's top left corner and its scale."""

    top_left: QPointF
    """Scene position of the top left of the inset's ``bounds``."""
    scale: float
    """Scene units (B-cun of the figure) per unit of the inset."""
    points_at: Vec
    """The place on the figure the inset shows more closely (a line joins them)."""

    def to_scene(self, inset_id: str, position: Vec) -> QPointF:
        (left, top), _ = body.INSETS[inset_id].bounds
        return QPointF(
            self.top_left.x() + (position[0] - left) * self.scale,
            self.top_left.y() + (position[1] - top) * self.scale,
        )

    def drawing_rect(self, inset_id: str) -> QRectF:
        """The inset's ``bounds`` in the scene."""
        (left, top), (right, bottom) = body.INSETS[inset_id].bounds
        return QRectF(
            self.top_left,
            QPointF(
                self.top_left.x() + (right - left) * self.scale,
                self.top_left.y() + (bottom - top) * self.scale,
            ),
        )


INSET_GAP = 2.2
"""B-cun between the figure's right edge and the insets."""

PLACEMENTS: dict[str, InsetPlacement] = {
    # Beside the right hand, large enough that its four points can be told apart.
    "hand": InsetPlacement(QPointF(10.6 + INSET_GAP, 31.0), 1.2, (9.9, 43.0)),
    # Beside the right lower leg, at the figure's own scale (both are in the leg's cun).
    "lower-leg": InsetPlacement(QPointF(10.6 + INSET_GAP, 55.5), 0.62, (5.2, 62.0)),
}
"""Each inset's place beside the figure; an inset not listed here goes below the others."""


def placement(inset_id: str) -> InsetPlacement:
    """Where an inset sits; one this module does not know is stacked under the rest."""
    known = PLACEMENTS.get(inset_id)
    if known is not None:
        return known
    lowest = max(p.drawing_rect(i).bottom() for i, p in PLACEMENTS.items())
    return InsetPlacement(QPointF(10.6 + INSET_GAP, lowest + 4.0), 1.0, (0.0, lowest))


def scene_position(point: Point, position: Vec) -> QPointF:
    """Where one spot of ``point`` is drawn in the scene."""
    if point.view == body.BACK_VIEW:
        return QPointF(*position)
    return placement(point.view).to_scene(point.view, position)


def persons_right(point: Point, index: int) -> bool | None:
    """Which side of the body spot ``index`` of ``point`` is on; None for a midline spot
    and for an inset, which shows one limb for both."""
    if point.view != body.BACK_VIEW or point.side is Side.MIDLINE:
        return None
    return index < len(point.positions) // 2


def insets_used(catalog: Catalog) -> list[str]:
    """The insets the catalog's points are drawn on, in the order ``body.INSETS`` has."""
    views = {point.view for point in catalog.points.values()}
    return [inset_id for inset_id in body.INSETS if inset_id in views]


def regions_used(catalog: Catalog) -> list[Region]:
    """The regions the catalog's entries are in, from the head down."""
    used = {entry.region for entry in catalog.entries}
    return [region for region in Region if region in used]


def inset_name(inset_id: str) -> str:
    """The inset's short caption on the map."""
    names = {
        "hand": QCoreApplication.translate("map_layout", "Back of\nthe hand"),
        "lower-leg": QCoreApplication.translate("map_layout", "Outer side\nof the leg"),
    }
    return names.get(inset_id, body.INSETS[inset_id].title)


def region_name(region: Region) -> str:
    """The region's name as the map shows it."""
    return {
        Region.NECK_SHOULDERS: QCoreApplication.translate("map_layout", "Neck and shoulders"),
        Region.UPPER_BACK: QCoreApplication.translate("map_layout", "Upper back"),
        Region.LOWER_BACK: QCoreApplication.translate("map_layout", "Lower back"),
        Region.BUTTOCK_SCIATICA: QCoreApplication.translate("map_layout", "Buttock and sciatica"),
        Region.LEGS: QCoreApplication.translate("map_layout", "Legs"),
        Region.HAND: QCoreApplication.translate("map_layout", "Hand"),
    }[region]
