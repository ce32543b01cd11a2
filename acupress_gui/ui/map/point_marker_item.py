"""One marker on the body map: a dot for one spot of one point."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from acupress_gui.core.catalog import Entry, Point
from acupress_gui.ui.common.theme import Theme


def _mix(color: QColor, other: QColor, share: float) -> QColor:
    """``color`` moved ``share`` of the way toward ``other``."""
    return QColor.fromRgbF(
        color.redF() + (other.redF() - color.redF()) * share,
        color.greenF() + (other.greenF() - color.greenF()) * share,
        color.blueF() + (other.blueF() - color.blueF()) * share,
    )


class PointMarkerItem(QGraphicsItem):
    """A filled dot with a ring so it reads on any fill.

    Far out, where the dots of different entries would run together, a dot is small
    and quiet, so the figure shows where the points are without promising a target;
    closer in it is drawn full size. Whether a tap on it chooses the entry is a
    separate matter (``choosable``): only once its hit area clears every other
    entry's; until then a tap zooms closer, and the entry's name can be tapped.

    The chosen entry's dots take the accent colour, grow and get a ring; while an entry
    is chosen the others fade a little. A dot pointed at (hovered, or its entry's name
    or row) grows.

    The dot keeps its pixel size while the figure zooms. Hit testing is the view's job:
    it needs the nearest choosable marker, not the topmost.
    """

    RADIUS = 7.5
    QUIET_RADIUS = 4.0
    SELECTED_GROWTH = 2.0
    HOVER_GROWTH = 1.5
    RING_GAP = 4.0
    HALO_FACTOR = 2.3
    OTHERS_OPACITY = 0.55
    ASIDE_OPACITY = 0.5

    def __init__(
        self,
        entry: Entry,
        point: Point,
        position: QPointF,
        theme: Theme,
        persons_right: bool | None,
    ) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPos(position)
        self.entry = entry
        self.point = point
        self._quiet_fill = _mix(theme.color("marker"), theme.color("figure_fill"), 0.35)
        """A small dot's colour, mixed once: the theme never changes under an item."""
        self._persons_right = persons_right
        self._theme = theme
        self._choosable = False
        self._full_size = False
        self._hovered = False
        self._selected = False
        self._muted = False
        self._aside = False
        self._update_z()

    @property
    def is_persons_right(self) -> bool | None:
        """Which side of the body the spot is on; None on the midline."""
        return self._persons_right

    @property
    def choosable(self) -> bool:
        return self._choosable

    @property
    def hovered(self) -> bool:
        return self._hovered

    @property
    def highlighted(self) -> bool:
        return self._selected

    @property
    def muted(self) -> bool:
        """Another entry is chosen: this dot steps back."""
        return self._muted

    @property
    def radius(self) -> float:
        """The dot's radius in pixels as drawn now."""
        return self.radius_if(self._full_size)

    def radius_if(self, full_size: bool) -> float:
        """The radius it is drawn with at full size (or small)."""
        radius = self.RADIUS if full_size else self.QUIET_RADIUS
        if self._selected:
            radius += self.SELECTED_GROWTH
        if self._hovered:
            radius += self.HOVER_GROWTH
        return radius

    def set_choosable(self, choosable: bool, full_size: bool) -> None:
        """Whether a tap chooses it, and whether it is drawn full size (always, if so)."""
        full_size = full_size or choosable
        if (choosable, full_size) != (self._choosable, self._full_size):
            self._choosable = choosable
            self._full_size = full_size
            self.update()

    def set_hovered(self, hovered: bool) -> None:
        if hovered != self._hovered:
            self._hovered = hovered
            self._update_z()
            self.update()

    @property
    def aside(self) -> bool:
        """The map is framed on another region: this dot is context, not the subject."""
        return self._aside

    def set_highlighted(self, selected: bool, others_selected: bool) -> None:
        muted = others_selected and not selected
        if (selected, muted) != (self._selected, self._muted):
            self._selected = selected
            self._muted = muted
            self._update_opacity()
            self._update_z()
            self.update()

    def set_aside(self, aside: bool) -> None:
        if aside != self._aside:
            self._aside = aside
            self._update_opacity()

    def _update_opacity(self) -> None:
        opacity = self.OTHERS_OPACITY if self._muted else 1.0
        if self._aside and not self._selected:
            opacity *= self.ASIDE_OPACITY
        self.setOpacity(opacity)

    def _update_z(self) -> None:
        self.setZValue(4 if self._hovered else 3 if self._selected else 2)

    def boundingRect(self) -> QRectF:
        extent = (self.RADIUS + self.SELECTED_GROWTH + self.HOVER_GROWTH) * self.HALO_FACTOR + 2
        return QRectF(-extent, -extent, 2 * extent, 2 * extent)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.radius
        marker = self._theme.color("marker")
        if self._selected:
            fill = self._theme.color("accent")
            halo = QColor(fill)
            halo.setAlphaF(0.18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(QPointF(), radius * self.HALO_FACTOR, radius * self.HALO_FACTOR)
            if self._full_size:  # small dots far out keep apart: no ring around those
                painter.setPen(QPen(fill, 2.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                ring = radius + self.RING_GAP
                painter.drawEllipse(QPointF(), ring, ring)
        elif self._full_size:
            fill = marker
        else:
            fill = self._quiet_fill
        painter.setPen(QPen(self._theme.color("marker_ring"), 2.0 if self._full_size else 1.5))
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(), radius, radius)
        if self._hovered and not self._selected:
            # Pointed at (here, by its name or by its row in the list): an accent ring
            # says which dots are meant without taking the chosen entry's look.
            painter.setPen(QPen(self._theme.color("accent"), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(), radius + self.RING_GAP - 1, radius + self.RING_GAP - 1)
