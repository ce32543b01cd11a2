"""The figure on a handout: the part of the body around an entry's points, each named.

It is the map's drawing (``core.body``'s shapes through ``shape_path``, the catalog's
positions, an inset in its own coordinates), cropped to the entry and painted as
vector paths, so it prints sharp at any resolution. The colours are chosen for paper:
a light grey body, black dots with a white ring, black names, so a black-and-white
printout reads as well as a colour one. A small whole figure beside the close-up
shows where on the body it is.

Sizes are in device units (``Units``): the painter draws at the printer's or the PDF
writer's own resolution without a transform, as the text does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from acupress_gui.core import body
from acupress_gui.core.body import Vec
from acupress_gui.core.catalog import Entry, Point
from acupress_gui.ui.common.core_text import translated
from acupress_gui.ui.map import map_layout
from acupress_gui.ui.map.body_figure_item import shape_path


@dataclass(frozen=True, slots=True)
class Units:
    """Device units per millimetre and per typographic point, from the device's dpi."""

    dpi: float

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / 25.4

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0


class Ink:
    """Print colours: greys a black-and-white printer keeps apart, black for what matters."""

    body_fill = QColor("#e9e4dc")
    body_outline = QColor("#5e5852")
    hint = QColor("#9d958b")
    marker = QColor("#141414")
    marker_ring = QColor("#ffffff")
    text = QColor("#141414")
    muted = QColor("#4a4a4a")
    frame = QColor("#b9b2a8")


CROP_MARGIN = 2.2
"""Units of the drawing (B-cun on the figure) left around the outermost points."""
ROOMY_CROP = (12.0, 13.0)
"""The least width and height of a close-up of the figure: enough body round the points
to recognise where they are (the head and shoulders round a neck point)."""
TIGHT_CROP = (7.0, 8.0)
"""The close-up of points that lie close together (the sacral holes): zoomed in until
their dots are ``SPOTS_APART_MM`` apart, if it can be."""
SPOTS_APART_MM = 3.4
FIGURE_TOP, FIGURE_BOTTOM = -0.6, body.FIGURE_HEIGHT + 0.6
FIGURE_HALF_WIDTH = 10.9
MAX_ASPECT = 1.2
"""The close-up is at most this many times as tall as it is wide."""

MARKER_RADIUS_MM = 1.5
MIN_MARKER_RADIUS_MM = 0.9
RING_MM = 0.45
LABEL_GAP_MM = 1.2
"""Between a name and its leader line, and between names stacked in a column."""
LOCATOR_MM_PER_CUN = 0.38
"""The whole figure beside the close-up: 29 mm tall."""
LOCATOR_GAP_MM = 2.5


def crop_of(entry: Entry, view: str, least: tuple[float, float] = ROOMY_CROP) -> QRectF:
    """The part of ``view`` the close-up shows, in that drawing's units, at least
    ``least`` (width, height) of it.

    On the figure it is centred on the midline, so both sides of the body show and a
    paired point's two spots are seen together; an inset is shown whole.
    """
    if view != body.BACK_VIEW:
        (left, top), (right, bottom) = body.INSETS[view].bounds
        return QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-0.3, -0.3, 0.3, 0.3)
    least_width, least_height = least
    positions = entry.positions_in(view)
    half = max(max(abs(x) for x, _ in positions) + CROP_MARGIN, least_width / 2)
    half = min(half, FIGURE_HALF_WIDTH)
    top = min(y for _, y in positions) - CROP_MARGIN
    bottom = max(y for _, y in positions) + CROP_MARGIN
    grow = max(least_height - (bottom - top), 0.0) / 2
    top, bottom = top - grow, bottom + grow
    shift = max(FIGURE_TOP - top, 0.0) - max(bottom - FIGURE_BOTTOM, 0.0)
    return QRectF(QPointF(-half, top + shift), QPointF(half, bottom + shift))


class _Place(IntEnum):
    """Where a point's name goes, in the order tried when each is as clear."""

    RIGHT = 0
    """In the column right of the close-up, at the spot's height."""
    LEFT = 1
    ABOVE = 2
    """Just above the spot, for one whose line to a column would pass another dot."""
    BELOW = 3


@dataclass(frozen=True, slots=True)
class _Label:
    code: str
    anchor: QPointF
    """The spot the name points at, in device units of the figure."""
    place: _Place


@dataclass(frozen=True, slots=True)
class _Drawn:
    """A name as painted: its leader line and its box."""

    start: QPointF
    end: QPointF
    box: QRectF
    code: str
    centred: bool
    """Above or below its dot (else in a column, from the left)."""


class HandoutFigure:
    """One drawing of one entry (the figure, or an inset), laid out for a given width.

    Left to right: the whole figure, small, with the close-up's place marked; a column
    of point names where any go on the left; the close-up; the names on the right.
    ``height`` is known once made, so the page layout can place it; ``paint`` draws it
    with its top left corner at a given place.
    """

    def __init__(
        self,
        entry: Entry,
        view: str,
        width: float,
        units: Units,
        label_font: QFont,
        device: QPaintDevice,
        max_height: float = math.inf,
    ) -> None:
        self._entry = entry
        self._max_height = max_height
        self._view = view
        self._units = units
        self._font = label_font
        self._ink = Ink()
        self.width = width
        self._crop = crop_of(entry, view)
        self._view_units_apart = _closest(
            [pos for point in self._points() for pos in point.positions]
        )
        metrics = QFontMetricsF(label_font, device)
        self._metrics = metrics
        self._label_height = metrics.height()
        widest = max(metrics.horizontalAdvance(point.code) for point in self._points())
        self._column = widest + units.mm(LABEL_GAP_MM * 2.5)
        locator_scale = units.mm(LOCATOR_MM_PER_CUN)
        self._locator = QRectF(
            0.0,
            0.0,
            2 * FIGURE_HALF_WIDTH * locator_scale,
            (FIGURE_BOTTOM - FIGURE_TOP) * locator_scale,
        )
        self._start = self._locator.right() + units.mm(LOCATOR_GAP_MM)
        # Place the names once with both columns to learn where each goes, then give
        # the close-up the room of the columns no name needs.
        self._fit(left_column=True, right_column=True)
        if self._view_units_apart * self._scale < units.mm(SPOTS_APART_MM):
            self._crop = crop_of(entry, view, TIGHT_CROP) if view == body.BACK_VIEW else self._crop
            self._fit(left_column=True, right_column=True)
        self._radius = self._marker_radius()
        places = {label.place for label in self._choose_places()}
        if not {_Place.LEFT, _Place.RIGHT} <= places:
            self._fit(left_column=_Place.LEFT in places, right_column=_Place.RIGHT in places)
            self._radius = self._marker_radius()
        self._labels = self._drawn(self._choose_places())
        self._caption = self._caption_text()
        self._caption_rect = QRectF()
        top = max(self._drawing.bottom(), self._locator.bottom())
        if self._caption:
            small = QFontMetricsF(self._small_font(), device)
            box = QRectF(0.0, top + units.mm(1.5), width, 10 * small.height())
            flags = int(Qt.AlignmentFlag.AlignLeft.value | Qt.TextFlag.TextWordWrap.value)
            self._caption_rect = small.boundingRect(box, flags, self._caption)
            top = self._caption_rect.bottom()
        self.height = top

    # --- geometry ----------------------------------------------------------------------

    def _points(self) -> tuple[Point, ...]:
        return tuple(point for point in self._entry.points if point.view == self._view)

    def _fit(self, left_column: bool, right_column: bool) -> None:
        """Scale the crop into the room beside the locator and the name columns."""
        left = self._start + (self._column if left_column else 0.0)
        right = self.width - (self._column if right_column else 0.0)
        room = right - left
        tallest = min((self.width - self._start) * MAX_ASPECT, self._max_height)
        self._scale = min(room / self._crop.width(), tallest / self._crop.height())
        drawn = self._crop.width() * self._scale
        self._drawing = QRectF(
            left + (room - drawn) / 2, 0.0, drawn, self._crop.height() * self._scale
        )

    def _to_device(self, position: Vec) -> QPointF:
        x, y = position
        return QPointF(
            self._drawing.left() + (x - self._crop.left()) * self._scale,
            self._drawing.top() + (y - self._crop.top()) * self._scale,
        )

    def _spots(self, point: Point) -> list[QPointF]:
        return [self._to_device(position) for position in point.positions]

    def _marker_radius(self) -> float:
        """Full size, or smaller where the entry's own spots lie close together."""
        closest = self._view_units_apart * self._scale
        radius = min(self._units.mm(MARKER_RADIUS_MM), closest * 0.36)
        return max(radius, self._units.mm(MIN_MARKER_RADIUS_MM))

    def _choose_places(self) -> list[_Label]:
        """Each point's name where its leader line passes the fewest other dots; on a tie,
        in the column with fewer names at that height, else in the order of ``_Place``.

        The outermost points choose first: their way to a column is clear, and a point
        inside them (BL23 within BL52) then takes a place just above or below its dot."""
        spots = {point.code: self._spots(point) for point in self._points()}
        every = [spot for group in spots.values() for spot in group]
        clearance = self._radius + self._units.mm(0.4)
        labels: list[_Label] = []
        boxes: list[QRectF] = []
        centre = self._drawing.center().x()
        order = sorted(
            self._points(), key=lambda p: -max(abs(s.x() - centre) for s in spots[p.code])
        )
        for point in order:
            group = spots[point.code]
            options = []
            for place in _Place:
                anchor = self._anchor(group, place)
                start, end, box = self._geometry(point.code, anchor, place, anchor.y())
                crossed = sum(
                    1
                    for spot in every
                    if spot != anchor and _near(QLineF(start, end), spot, clearance)
                )
                if place in (_Place.ABOVE, _Place.BELOW):
                    inside = self._drawing.contains(box)
                    blocked = any(_near_box(box, spot, clearance) for spot in every)
                    if not inside or blocked or any(box.intersects(b) for b in boxes):
                        continue
                    crowd = 0
                else:
                    crowd = sum(
                        1
                        for label in labels
                        if label.place is place
                        and abs(label.anchor.y() - anchor.y()) < self._label_height
                    )
                options.append((crossed, crowd, place, _Label(point.code, anchor, place), box))
            crossed, crowd, place, label, box = min(options, key=lambda option: option[:3])
            labels.append(label)
            if place in (_Place.ABOVE, _Place.BELOW):
                boxes.append(box)
        return labels

    @staticmethod
    def _anchor(group: list[QPointF], place: _Place) -> QPointF:
        """The spot a name points at: the outermost toward its column, the topmost for a
        name above, the lowest for one below."""
        if place is _Place.RIGHT:
            return max(group, key=QPointF.x)
        if place is _Place.LEFT:
            return min(group, key=QPointF.x)
        if place is _Place.ABOVE:
            return min(group, key=lambda spot: (spot.y(), -spot.x()))
        return max(group, key=lambda spot: (spot.y(), spot.x()))

    def _geometry(
        self, code: str, anchor: QPointF, place: _Place, height: float
    ) -> tuple[QPointF, QPointF, QRectF]:
        """The leader line's ends and the name's box, for a name centred at ``height``
        (a column's) or beside its dot (above, below)."""
        gap = self._units.mm(LABEL_GAP_MM)
        tall = self._label_height
        if place is _Place.RIGHT:
            left = self._drawing.right() + gap * 1.5
            box = QRectF(left, height - tall / 2, self._column, tall)
            return (
                QPointF(anchor.x() + self._radius, anchor.y()),
                QPointF(left - gap * 0.6, height),
                box,
            )
        if place is _Place.LEFT:
            left = self._drawing.left() - self._column + gap * 0.3
            box = QRectF(left, height - tall / 2, self._column - gap * 1.5, tall)
            end = QPointF(self._drawing.left() - gap * 1.2, height)
            return QPointF(anchor.x() - self._radius, anchor.y()), end, box
        wide = self._metrics.horizontalAdvance(code)
        lift = self._radius + gap
        if place is _Place.ABOVE:
            box = QRectF(anchor.x() - wide / 2, anchor.y() - lift - tall, wide, tall)
            return (
                QPointF(anchor.x(), anchor.y() - self._radius),
                QPointF(anchor.x(), box.bottom()),
                box,
            )
        box = QRectF(anchor.x() - wide / 2, anchor.y() + lift, wide, tall)
        return QPointF(anchor.x(), anchor.y() + self._radius), QPointF(anchor.x(), box.top()), box

    def _drawn(self, labels: list[_Label]) -> list[_Drawn]:
        """Every name's leader and box; names in a column are pushed apart so no two
        overlap, and kept within the close-up."""
        drawn: list[_Drawn] = []
        step = self._label_height + self._units.mm(LABEL_GAP_MM * 0.4)
        for place in _Place:
            chosen = sorted(
                (label for label in labels if label.place is place), key=lambda lb: lb.anchor.y()
            )
            heights = [label.anchor.y() for label in chosen]
            if place in (_Place.RIGHT, _Place.LEFT):
                for index in range(1, len(heights)):
                    heights[index] = max(heights[index], heights[index - 1] + step)
                lowest = self._drawing.bottom() - self._label_height / 2
                if heights and heights[-1] > lowest:
                    heights[-1] = lowest
                    for index in range(len(heights) - 2, -1, -1):
                        heights[index] = min(heights[index], heights[index + 1] - step)
            for label, height in zip(chosen, heights, strict=True):
                start, end, box = self._geometry(label.code, label.anchor, place, height)
                centred = place in (_Place.ABOVE, _Place.BELOW)
                drawn.append(_Drawn(start, end, box, label.code, centred))
        return drawn

    def _caption_text(self) -> str:
        """What an inset shows, and that its points are pressed on both limbs."""
        if self._view == body.BACK_VIEW:
            return ""
        return QCoreApplication.translate(
            "handout", "{view}. Press the points on both sides of your body."
        ).format(view=translated(body.INSETS[self._view].title))

    def _small_font(self) -> QFont:
        small = QFont(self._font)
        small.setBold(False)
        small.setPointSizeF(self._font.pointSizeF() * 0.92)
        return small

    # --- painting ----------------------------------------------------------------------

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        painter.save()
        painter.translate(top_left)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_locator(painter)
        self._paint_drawing(painter)
        self._paint_labels(painter)
        if self._caption:
            painter.setFont(self._small_font())
            painter.setPen(self._ink.muted)
            flags = int(Qt.AlignmentFlag.AlignLeft.value | Qt.TextFlag.TextWordWrap.value)
            painter.drawText(self._caption_rect, flags, self._caption)
        painter.restore()

    def _paint_drawing(self, painter: QPainter) -> None:
        units, ink = self._units, self._ink
        painter.save()
        painter.setPen(QPen(ink.frame, units.pt(0.6)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._drawing)
        painter.setClipRect(self._drawing)
        to_device = QTransform()
        to_device.translate(
            self._drawing.left() - self._crop.left() * self._scale,
            self._drawing.top() - self._crop.top() * self._scale,
        )
        to_device.scale(self._scale, self._scale)
        outline, hints = _shapes(self._view)
        _paint_body(painter, to_device.map(outline), to_device.map(hints), units, 1.0)
        painter.restore()
        if self._view == body.BACK_VIEW:
            # Seen from behind, the person's right is on the right: a reader of a pair
            # needs to know which is which.
            painter.setFont(self._small_font())
            painter.setPen(ink.muted)
            inner = self._drawing.adjusted(units.mm(1), units.mm(0.8), -units.mm(1), -units.mm(0.8))
            bottom = Qt.AlignmentFlag.AlignBottom
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignLeft | bottom,
                QCoreApplication.translate("handout", "Left"),
            )
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignRight | bottom,
                QCoreApplication.translate("handout", "Right"),
            )

    def _paint_labels(self, painter: QPainter) -> None:
        """Leader lines first, then the dots over them (a line passing another point's
        dot goes under it, so every dot stays whole), then the names."""
        units, ink = self._units, self._ink
        painter.setPen(QPen(ink.text, units.pt(0.7)))
        for label in self._labels:
            painter.drawLine(label.start, label.end)
        painter.setPen(QPen(ink.marker_ring, units.mm(RING_MM)))
        painter.setBrush(ink.marker)
        for point in self._points():
            for spot in self._spots(point):
                painter.drawEllipse(spot, self._radius, self._radius)
        painter.setFont(self._font)
        painter.setPen(ink.text)
        for label in self._labels:
            across = Qt.AlignmentFlag.AlignHCenter if label.centred else Qt.AlignmentFlag.AlignLeft
            flags = Qt.AlignmentFlag.AlignVCenter | across
            painter.drawText(label.box, flags, label.code)

    def _paint_locator(self, painter: QPainter) -> None:
        """The whole figure, small, with the close-up's place outlined (or, for an inset,
        a ring round the place on the body it shows)."""
        units = self._units
        scale = units.mm(LOCATOR_MM_PER_CUN)
        transform = QTransform()
        transform.translate(FIGURE_HALF_WIDTH * scale, -FIGURE_TOP * scale)
        transform.scale(scale, scale)
        outline, _ = _shapes(body.BACK_VIEW)
        _paint_body(painter, transform.map(outline), QPainterPath(), units, 0.6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self._ink.marker, units.pt(1.0)))
        if self._view == body.BACK_VIEW:
            painter.drawRect(transform.mapRect(self._crop))
        else:
            target = transform.map(QPointF(*map_layout.placement(self._view).points_at))
            radius = units.mm(2.2)
            painter.drawEllipse(target, radius, radius)


def _closest(positions: list[Vec]) -> float:
    """The distance between the two closest of ``positions`` (infinite for one)."""
    return min(
        (
            math.dist(a, b)
            for index, a in enumerate(positions)
            for b in positions[index + 1 :]
            if a != b
        ),
        default=math.inf,
    )


def _near_box(box: QRectF, spot: QPointF, distance: float) -> bool:
    """Whether ``spot`` lies within ``distance`` of the box."""
    return box.adjusted(-distance, -distance, distance, distance).contains(spot)


def _near(line: QLineF, spot: QPointF, distance: float) -> bool:
    """Whether ``spot`` lies within ``distance`` of the segment ``line``."""
    length = line.length()
    if length == 0:
        return QLineF(line.p1(), spot).length() < distance
    along = ((spot.x() - line.x1()) * line.dx() + (spot.y() - line.y1()) * line.dy()) / length**2
    along = min(max(along, 0.0), 1.0)
    closest = QPointF(line.x1() + along * line.dx(), line.y1() + along * line.dy())
    return QLineF(closest, spot).length() < distance


def _shapes(view: str) -> tuple[QPainterPath, QPainterPath]:
    """The drawing's outline and its landmark hints, in its own units."""
    hints = QPainterPath()
    if view == body.BACK_VIEW:
        for shape in body.LANDMARK_HINTS:
            hints.addPath(shape_path(shape))
        for x, y in body.DIMPLES:
            hints.addEllipse(QPointF(x, y), 0.28, 0.28)
        for x, y in body.SPINOUS_BUMPS:
            hints.addEllipse(QPointF(x, y), 0.35, 0.35)
        return shape_path(body.SILHOUETTE), hints
    inset = body.INSETS[view]
    for shape in inset.hints:
        hints.addPath(shape_path(shape))
    return shape_path(inset.outline), hints


def _paint_body(
    painter: QPainter, outline: QPainterPath, hints: QPainterPath, units: Units, weight: float
) -> None:
    pen = QPen(Ink.body_outline, units.pt(1.1 * weight))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Ink.body_fill)
    painter.drawPath(outline)
    hint = QPen(Ink.hint, units.pt(0.8 * weight))
    hint.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(hint)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(hints)
