"""The entries' names on a zoomed map: which are shown, where they go, which is tapped.

Once the map is past the whole-body view, every entry with a dot in sight is named
once, beside one of its dots, so a person can tell the dots apart without hovering
and can tap the name instead of a dot. The view asks for a layout at its present
zoom, or at a zoom it is thinking of going to (a region's zoom is chosen so that
every name fits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from acupress_gui.core import body
from acupress_gui.core.catalog import Entry
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.map.entry_label_item import EntryLabelItem
from acupress_gui.ui.map.label_layout import Box, Dot, LabelRequest, Placement, place_labels
from acupress_gui.ui.map.point_marker_item import PointMarkerItem

CARD_ROOM = 0.4
"""An inset card that covers this share of the map or more may carry its points' names."""


@dataclass(frozen=True)
class ViewGeometry:
    """A zoom and a scroll, shown or only tried: a scene point lands at
    ``scene * scale + offset`` in a viewport of ``width`` by ``height`` pixels."""

    scale: float
    offset_x: float
    offset_y: float
    width: float
    height: float

    @classmethod
    def centred(cls, scale: float, centre: QPointF, width: float, height: float) -> ViewGeometry:
        """The geometry that puts ``centre`` in the middle of the viewport."""
        return cls(
            scale, width / 2 - centre.x() * scale, height / 2 - centre.y() * scale, width, height
        )

    def to_view(self, point: QPointF) -> tuple[float, float]:
        return point.x() * self.scale + self.offset_x, point.y() * self.scale + self.offset_y

    def to_scene(self, x: float, y: float) -> QPointF:
        return QPointF((x - self.offset_x) / self.scale, (y - self.offset_y) / self.scale)

    def view_box(self, rect: QRectF) -> Box:
        left, top = self.to_view(rect.topLeft())
        return Box(left, top, rect.width() * self.scale, rect.height() * self.scale)


@dataclass(frozen=True)
class LabelLayout:
    """The names placed at one geometry, and the entries in sight that wanted one."""

    placements: tuple[Placement, ...]
    wanted: frozenset[str]

    @property
    def complete(self) -> bool:
        """Every entry in sight is named."""
        return len(self.placements) == len(self.wanted)


class EntryLabels:
    """One name per entry, kept in the scene and shown where a layout puts it."""

    def __init__(self, entries: Iterable[Entry], scene: QGraphicsScene, theme: Theme) -> None:
        self._labels: dict[str, EntryLabelItem] = {}
        for entry in entries:
            label = EntryLabelItem(entry, theme)
            label.hide()
            scene.addItem(label)
            self._labels[entry.id] = label

    def label(self, entry_id: str) -> EntryLabelItem:
        return self._labels[entry_id]

    def items(self) -> list[EntryLabelItem]:
        return list(self._labels.values())

    def shown(self) -> list[EntryLabelItem]:
        return [label for label in self._labels.values() if label.isVisible()]

    def set_text_width(self, pixels: float) -> None:
        """Wrap every name's title at ``pixels``."""
        for label in self._labels.values():
            label.set_text_width(pixels)

    def hide(self) -> None:
        for label in self._labels.values():
            label.hide()

    def layout(
        self,
        geometry: ViewGeometry,
        markers: Sequence[PointMarkerItem],
        full_size: Callable[[PointMarkerItem], bool],
        reach: float,
        obstacles: Sequence[Box],
        rank_of: Callable[[Entry], int | None],
        inset_cards: dict[str, QRectF],
    ) -> LabelLayout:
        """Where the names of the entries with a dot in sight go at ``geometry``.

        ``markers`` are the dots that can be seen (the filter's and the frame's),
        ``full_size`` whether each is drawn full size there, ``reach`` the hit radius.
        ``rank_of`` says which entries are named (None: not this one) and in what
        order: rank 0 first, whatever its dots; a name of a higher rank only from a
        full-size dot, and left out rather than given a leader between dots. A name
        of a point on the back keeps off the inset cards.
        """
        bounds = Box(0.0, 0.0, geometry.width, geometry.height)
        sight = bounds.grown(-8.0)
        dots: list[Dot] = []
        anchors: dict[str, list[tuple[float, float]]] = {}
        sides: dict[str, list[int]] = {}
        away: dict[str, float] = {}
        for marker in markers:
            x, y = geometry.to_view(marker.pos())
            if bounds.grown(reach).distance_to(x, y) > 0:
                continue
            entry_id = marker.entry.id
            full = full_size(marker)
            dots.append(Dot(entry_id, x, y, marker.radius_if(full), reach))
            rank = rank_of(marker.entry)
            if sight.distance_to(x, y) > 0 or rank is None or (rank > 0 and not full):
                continue
            anchors.setdefault(entry_id, []).append((x, y))
            side = marker.is_persons_right
            sides.setdefault(entry_id, []).append(0 if side is None else 1 if side else -1)
            # On the back a name leads away from the spine; an inset has no midline, so
            # there the open space decides.
            on_back = marker.point.view == body.BACK_VIEW
            away.setdefault(entry_id, geometry.to_view(QPointF(0.0, 0.0))[0] if on_back else x)
        cards = {inset_id: geometry.view_box(card) for inset_id, card in inset_cards.items()}
        entries = [self._labels[entry_id].entry for entry_id in anchors]
        requests = []
        for entry in entries:
            size = self._labels[entry.id].size(2 * reach)
            requests.append(
                LabelRequest(
                    entry.id,
                    size.width(),
                    size.height(),
                    tuple(anchors[entry.id]),
                    away[entry.id],
                    self._cards_to_avoid(entry, cards, bounds),
                    rank_of(entry) or 0,
                    tuple(sides[entry.id]),
                )
            )
        placements = place_labels(requests, dots, bounds, obstacles)
        return LabelLayout(tuple(placements), frozenset(anchors))

    @staticmethod
    def _cards_to_avoid(entry: Entry, cards: dict[str, Box], bounds: Box) -> tuple[Box, ...]:
        """A name keeps off the inset cards, so it hides no drawing; only one of an
        inset's points may sit on its card when the card fills much of the map (there
        is no room beside it then)."""
        own = set(entry.views)
        return tuple(
            card
            for inset_id, card in cards.items()
            if inset_id not in own
            or card.width * card.height < CARD_ROOM * bounds.width * bounds.height
        )

    def show_layout(self, layout: LabelLayout, geometry: ViewGeometry) -> None:
        """Show the placed names, each pinned to the dot its leader starts at; hide the
        rest."""
        placed = {placement.entry_id: placement for placement in layout.placements}
        for entry_id, label in self._labels.items():
            placement = placed.get(entry_id)
            if placement is None:
                label.hide()
                continue
            ax, ay = placement.anchor
            box = placement.box
            label.setPos(geometry.to_scene(ax, ay))
            label.set_layout(
                QRectF(box.left - ax, box.top - ay, box.width, box.height),
                QPointF(placement.attach[0] - ax, placement.attach[1] - ay),
                [
                    (QPointF(x1 - ax, y1 - ay), QPointF(x2 - ax, y2 - ay))
                    for x1, y1, x2, y2 in placement.also
                ],
            )
            label.show()

    def at(self, view_pos: QPointF, to_view: Callable[[QPointF], QPointF]) -> EntryLabelItem | None:
        """The shown name whose box is under ``view_pos``."""
        for label in self.shown():
            if label.box().translated(to_view(label.pos())).contains(view_pos):
                return label
        return None
