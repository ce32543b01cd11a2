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
        radius_of: Callable[[PointMarkerItem], float],
        reach: float,
        obstacles: Sequence[Box],
        first: Callable[[Entry], bool],
        inset_cards: dict[str, QRectF],
    ) -> LabelLayout:
        """Where the names of the entries with a dot in sight go at ``geometry``.

        ``markers`` are the dots that can be seen (the filter's and the frame's),
        ``radius_of`` how large each is drawn there, ``reach`` the hit radius; entries
        for which ``first`` is true are placed first (the region being shown). A name
        of a point on the back keeps off the inset cards.
        """
        bounds = Box(0.0, 0.0, geometry.width, geometry.height)
        sight = bounds.grown(-8.0)
        dots: list[Dot] = []
        anchors: dict[str, list[tuple[float, float]]] = {}
        away: dict[str, float] = {}
        on_back: dict[str, bool] = {}
        for marker in markers:
            x, y = geometry.to_view(marker.pos())
            if bounds.grown(reach).distance_to(x, y) > 0:
                continue
            entry_id = marker.entry.id
            dots.append(Dot(entry_id, x, y, radius_of(marker), reach))
            if sight.distance_to(x, y) > 0:
                continue
            anchors.setdefault(entry_id, []).append((x, y))
            view = marker.point.view
            if view == body.BACK_VIEW:
                away.setdefault(entry_id, geometry.to_view(QPointF(0.0, 0.0))[0])
                on_back.setdefault(entry_id, True)
            else:
                away.setdefault(entry_id, geometry.to_view(inset_cards[view].center())[0])
                on_back[entry_id] = False
        cards = tuple(geometry.view_box(card) for card in inset_cards.values())
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
                    cards if on_back[entry.id] else (),
                    0 if first(entry) else 1,
                )
            )
        placements = place_labels(requests, dots, bounds, obstacles)
        return LabelLayout(tuple(placements), frozenset(anchors))

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
                QPointF(0.0, 0.0),
                QPointF(placement.attach[0] - ax, placement.attach[1] - ay),
            )
            label.show()

    def at(self, view_pos: QPointF, to_view: Callable[[QPointF], QPointF]) -> EntryLabelItem | None:
        """The shown name whose box is under ``view_pos``."""
        for label in self.shown():
            if label.box().translated(to_view(label.pos())).contains(view_pos):
                return label
        return None
