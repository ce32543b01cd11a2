"""The clickable body map: the posterior figure, its insets and a marker at every point.

How a map of many points stays tappable:

- At the whole-body view the points are grouped by region: each region has a pill
  beside the figure, and a tap on a pill (or near a region's points) zooms to that
  region. Nothing is chosen from that far out.
- Closer in, a marker can be chosen only once its hit area (9 mm across on this
  screen) overlaps no hit area of another entry's marker; until then it is drawn
  small and quiet, and tapping it zooms closer, to where it can be chosen. So at every
  zoom the targets that can be chosen are apart, however dense the catalog.
- Past the whole-body view each entry in sight is named once, beside one of its dots
  (``entry_labels``); the name is a finger-sized target too, so an entry whose dots
  sit close to another's can be chosen by its name without zooming closer.
- The entry list beside the map is the keyboard and screen-reader way to every entry;
  pointing at a row or at a dot shows the same entry in both. On the map itself the
  arrow keys choose the nearest point in their direction (``arrow_moves``), its name
  shown beside it and said to a screen reader, and the list follows.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QItemSelectionModel,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsScene, QGraphicsView, QPinchGesture, QWidget

from acupress_gui.core import body
from acupress_gui.core.catalog import Catalog, Entry, Region
from acupress_gui.core.spot_steps import Place
from acupress_gui.ui.common import announcements
from acupress_gui.ui.common.key_help import KeyHelp, key_names
from acupress_gui.ui.common.theme import Theme, em
from acupress_gui.ui.map import arrow_moves, map_layout
from acupress_gui.ui.map.body_figure_item import BodyFigureItem
from acupress_gui.ui.map.entry_filter import EntryFilter
from acupress_gui.ui.map.entry_label_item import EntryLabelItem
from acupress_gui.ui.map.entry_labels import EntryLabels, LabelLayout, ViewGeometry
from acupress_gui.ui.map.entry_list_model import EntryListModel, choose, selected_entry
from acupress_gui.ui.map.inset_item import InsetItem
from acupress_gui.ui.map.label_layout import Box
from acupress_gui.ui.map.map_label_item import MapLabelItem
from acupress_gui.ui.map.point_marker_item import PointMarkerItem
from acupress_gui.ui.map.point_row_item import PointRowItem
from acupress_gui.ui.map.region_label_item import RegionLabelItem

MIN_HIT_MM = 9.0
"""Smallest target a fingertip hits reliably; no hit area is smaller on screen."""

HOVER_MARGIN = 4.0
"""Pixels kept between a hover name and the edge of the map."""

ZOOM_STEP = 1.25
MAX_ZOOM = 12.0
"""How far in, as a multiple of the whole-body fit (further if a marker needs it)."""

OVERVIEW_ZOOM = 1.1
"""Up to this multiple of the whole-body fit the map shows regions, not points."""

CLOSER_MARGIN = 1.1
"""Zooming closer to a quiet marker goes this much past the zoom where it can be chosen."""

SCENE_MARGIN = 75.0
"""B-cun of room around the figure. Qt centres a scene smaller than the view and will
not scroll it, so without room the spot under the pointer would slide while zooming."""

ENTRY_ZOOM_MIN_SPAN = 11.0
"""Zooming to an entry shows at least this many B-cun, so the body around stays in view."""

OWN_DOTS_GAP = 6.0
"""Pixels between two dots of the chosen entry at its zoom."""

DOT_GAP = 3.0
"""Pixels a full-size dot keeps from another entry's: closer than that, both are small."""

REGION_PADDING = 2.0
"""B-cun above and below a region's points when zooming to it."""

REGION_SIDE_ROOM = 3.5
"""B-cun beside a region's outermost points on the back: the body's edge shows, and
the names have room beside the dots."""

REGION_ZOOM_TRIES = (1.0, 1.12, 0.89, 1.25, 0.79, 0.7, 0.62)
"""The zooms a region's view tries, as multiples of the one that frames the region and
the body around it, until the name of each of its entries has a place."""

REGION_LABEL_GAP = 6.0
"""Pixels kept between two region pills."""

BRACKET_GAP = 6.0
"""Pixels between the brackets of two regions that meet."""

NAME_WIDTH_SHARE = 0.26
NAME_WIDTH_RANGE = (6.67, 9.5)
"""The names' titles wrap at this share of the map's width, within this range of body
sizes (``theme.em``), so a narrow map still has room beside its dots."""

ANIMATION_MS = 320

SETTLE_MS = 120
"""After a zoom step by hand or a resize, the names are laid out once nothing has moved
for this long (a wheel turn or a pinch is many steps)."""

HEAD_HALF_WIDTH = 3.4
SIDE_LABEL_LEVEL = 3.0
"""Where "Your left" and "Your right" sit: level with the top of the head, beside it."""
SIDE_LABEL_MARGIN = 6.0
"""Pixels between a side label and the edge of the view it is kept inside."""

FIT_SHARE = 0.96
"""How much of the view a fitted area fills."""

ROW_SPOTS = 3
"""A point with this many spots or more on one side is drawn as a row, joined by a line."""


_SCROLL_KEYS = frozenset((Qt.Key.Key_PageUp, Qt.Key.Key_PageDown))
"""The keys that still scroll the map; the arrows move between points instead."""

IN_SIGHT_MARGIN = 24.0
"""Pixels a point reached by an arrow keeps from the map's edge, else the map glides to it."""

_ZOOM_IN_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
_ZOOM_OUT_KEYS = (Qt.Key.Key_Minus,)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.OtherFocusReason,
)


@dataclass(frozen=True)
class MapFrame:
    """What the map shows: a fitted area (re-fitted on resize), or a zoom and a centre."""

    fitted: QRectF | None
    pixels_per_cun: float
    centre: QPointF


@dataclass
class _PillRow:
    """A region pill being laid out, in view pixels: where it is anchored, where its
    centre goes, and its bracket's ends."""

    label: RegionLabelItem
    anchor: float
    centre: float
    top: float
    bottom: float

    @property
    def half_height(self) -> float:
        return self.label.size().height() / 2


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())


class BodyMapView(QGraphicsView):
    """Shows the figure and lets a person pick an entry by its markers.

    The selection lives in the shared ``QItemSelectionModel``: a click sets its current
    index, and the markers follow its changes, whoever made them.

    Signals:
        zoom_changed: the zoom or the fitted area changed (for enabling zoom actions).
        region_framed(Region): the map is going to show this region.
        entry_pointed(object): the entry id under the pointer (a dot or a name) changed,
            None when the pointer left them.
    """

    zoom_changed = Signal()
    region_framed = Signal(object)
    entry_pointed = Signal(object)

    def __init__(
        self,
        catalog: Catalog,
        model: EntryListModel,
        selection: QItemSelectionModel,
        theme: Theme,
        reduced_motion: Callable[[], bool],
        parent: QWidget | None = None,
        *,
        touch: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMap")
        self._touch = touch
        # A picture of the back of a body, not a row of text: right to left, the person's
        # left stays on the left, and the pills and captions keep their places.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAccessibleName(self.tr("Body map, seen from behind"))
        self._model = model
        self._selection = selection
        self._theme = theme
        self._reduced_motion = reduced_motion
        self._filter = EntryFilter()

        scene = QGraphicsScene(self)
        self._figure = BodyFigureItem(theme)
        scene.addItem(self._figure)
        self._insets: dict[str, InsetItem] = {}
        for inset_id in map_layout.insets_used(catalog):
            inset = InsetItem(inset_id, theme)
            scene.addItem(inset)
            self._insets[inset_id] = inset
        self._markers: list[PointMarkerItem] = []
        for entry in catalog.entries:
            for point in entry.points:
                for index, position in enumerate(point.positions):
                    marker = PointMarkerItem(
                        entry,
                        point,
                        map_layout.scene_position(point, position),
                        theme,
                        map_layout.persons_right(point, index),
                    )
                    scene.addItem(marker)
                    self._markers.append(marker)
        self._point_rows = self._add_point_rows(scene)
        self._labels = EntryLabels(catalog.entries, scene, theme)
        self._regions: dict[Region, RegionLabelItem] = {}
        for region in map_layout.regions_used(catalog):
            label = RegionLabelItem(region, map_layout.region_name(region), theme)
            scene.addItem(label)
            self._regions[region] = label
        self._side_labels = self._add_side_labels(scene)
        self._hover_label = MapLabelItem("", theme.color("text"), bubble=theme.color("surface"))
        self._hover_label.setZValue(10)
        self._hover_label.hide()
        scene.addItem(self._hover_label)
        scene.setSceneRect(
            self.whole_body_rect().adjusted(
                -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN
            )
        )
        self.setScene(scene)

        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)

        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._animation_step)
        self._animation.finished.connect(self._animation_done)
        self._journey: tuple[float, QPointF, float, QPointF, QRectF | None] | None = None
        # Zooming by hand and resizing come in quick steps: the names wait until they stop.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

        self._fitted_rect: QRectF | None = self.whole_body_rect()
        self._framed_region: Region | None = None
        self._nearest_other: dict[PointMarkerItem, float] = {}
        self._fit_cache: float | None = None
        self._hovered: PointMarkerItem | RegionLabelItem | EntryLabelItem | None = None
        self._pointed_from_list: str | None = None
        self._chosen_aside: str | None = None
        self._pointed_entry: str | None = None
        self._key_marker: PointMarkerItem | None = None
        """The dot the arrow keys last went to: the next arrow goes on from it."""
        self._press_pos: QPointF | None = None
        self._measure_spacing()
        selection.selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    # --- what is shown -------------------------------------------------------------

    def figure_rect(self) -> QRectF:
        """The back figure in scene units (B-cun)."""
        return self._figure.figure_rect()

    def whole_body_rect(self) -> QRectF:
        """The figure and its insets: what "Whole body" fits."""
        rect = self.figure_rect()
        for inset in self._insets.values():
            rect = rect.united(inset.frame_rect())
        return rect

    def markers(self) -> list[PointMarkerItem]:
        return list(self._markers)

    def region_labels(self) -> list[RegionLabelItem]:
        return list(self._regions.values())

    def point_rows(self) -> list[PointRowItem]:
        """The lines that join a row of spots."""
        return [row for row, _ in self._point_rows]

    def insets(self) -> dict[str, InsetItem]:
        return dict(self._insets)

    def pixels_per_cun(self) -> float:
        return self.transform().m11()

    def hit_radius(self) -> float:
        """Pixels from a marker's centre that still hit it: half of 9 mm on this screen."""
        return MIN_HIT_MM / 25.4 * self._dpi() / 2

    def _dpi(self) -> float:
        """The logical dpi; on a touch screen (a kiosk's) the physical one where it is
        larger, so a target is 9 mm under the finger however the desktop is scaled."""
        screen = self.screen()
        if screen is None:
            return 96.0
        if self._touch:
            return max(screen.logicalDotsPerInch(), screen.physicalDotsPerInch())
        return screen.logicalDotsPerInch()

    def in_overview(self) -> bool:
        """Whether the map is far enough out to show regions instead of points."""
        return self.pixels_per_cun() <= self._fit_scale() * OVERVIEW_ZOOM

    def shown_markers(self) -> list[PointMarkerItem]:
        """The markers the filter lets through, whether or not their inset is shown."""
        return [marker for marker in self._markers if self._filter.matches(marker.entry)]

    def choosable_scale(self, marker: PointMarkerItem) -> float:
        """Pixels per B-cun from which ``marker`` can be chosen: its hit area then clears
        every hit area of another shown entry (and the map is past the overview)."""
        nearest = self._nearest_other.get(marker, math.inf)
        needed = 2 * self.hit_radius() / nearest if nearest > 0 else math.inf
        return max(needed, self._fit_scale() * OVERVIEW_ZOOM) * 1.0001

    def _full_size_at(self, marker: PointMarkerItem, scale: float) -> bool:
        """Whether the dot is drawn full size at ``scale``: past the whole-body view,
        where it stays clear of every other entry's dot (or can be chosen)."""
        if scale <= self._fit_scale() * OVERVIEW_ZOOM:
            return False
        nearest = self._nearest_other.get(marker, math.inf)
        return scale * nearest >= 2 * PointMarkerItem.RADIUS + DOT_GAP or (
            scale >= self.choosable_scale(marker)
        )

    def marker_at(self, view_pos: QPointF) -> PointMarkerItem | None:
        """The choosable marker nearest to ``view_pos`` within the hit radius, if any."""
        return self._nearest_marker(view_pos, choosable=True)

    def region_at(self, view_pos: QPointF) -> Region | None:
        """At the whole-body view: the region whose pill is under ``view_pos``."""
        if not self.in_overview():
            return None
        to_view = self.viewportTransform()
        for label in self._regions.values():
            if label.isVisible() and label.pill_rect().translated(
                to_view.map(label.pos())
            ).contains(view_pos):
                return label.region
        return None

    def framed_region(self) -> Region | None:
        """The region the map was last framed on, until the person zooms or pans."""
        return self._framed_region

    def region_frame(self, region: Region) -> QRectF:
        """The area a region's zoom shows, shaped like the view.

        It is centred on the region's shown points (with some body around them, and
        the cards of the insets they are on), close enough that their dots stand apart
        but no closer than leaves the body around them in sight; then a little closer
        or farther, if need be, until each of the region's entries has a place for its
        name.
        """
        markers = [m for m in self.shown_markers() if m.entry.region is region] or [
            m for m in self._markers if m.entry.region is region
        ]
        on_back = [m.pos() for m in markers if m.point.view == body.BACK_VIEW]
        cards = [
            self._insets[view].frame_rect()
            for view in sorted({m.point.view for m in markers})
            if view in self._insets
        ]
        rects = [*cards]
        if on_back:
            around = self._padded_rect(on_back, REGION_PADDING)
            half_width = max(abs(p.x()) for p in on_back) + REGION_SIDE_ROOM
            rects.append(QRectF(-half_width, around.top(), 2 * half_width, around.height()))
        context = rects[0]
        for rect in rects[1:]:
            context = context.united(rect)
        viewport = self.viewport().rect()
        scale = self._scale_for(context)
        if scale is None or not on_back:
            return context
        centre = context.center()
        stage = self._stage_for(region)
        own = {m.entry.id for m in markers}
        tries: list[tuple[int, int, float]] = []
        for order, factor in enumerate(REGION_ZOOM_TRIES):
            geometry = ViewGeometry.centred(
                scale * factor, centre, viewport.width(), viewport.height()
            )
            layout = self._label_layout(geometry, stage, region)
            unnamed = len(own - {placement.entry_id for placement in layout.placements})
            tries.append((unnamed, order, scale * factor))
            if not unnamed:
                break
        scale = min(tries)[2]
        width = viewport.width() * FIT_SHARE / scale
        height = viewport.height() * FIT_SHARE / scale
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    def hover_text(self) -> str | None:
        """The name shown beside the hovered marker, or None when nothing is hovered."""
        return self._hover_label.text() if self._hover_label.isVisible() else None

    def hover_rect(self) -> QRectF | None:
        """Where that name is drawn, in viewport pixels."""
        if not self._hover_label.isVisible():
            return None
        anchor = self.viewportTransform().map(self._hover_label.pos())
        return self._hover_label.boundingRect().translated(anchor)

    def is_animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    # --- filter --------------------------------------------------------------------

    def set_filter(self, entry_filter: EntryFilter) -> None:
        """Show only the markers of entries the filter lets through."""
        if entry_filter == self._filter:
            return
        self._filter = entry_filter
        self._show_stage()
        if self._hovered is not None and not self._hovered.isVisible():
            self._set_hovered(None)
        self._measure_spacing()
        self._transform_changed()

    def _stage_for(self, region: Region | None) -> frozenset[str]:
        """The insets shown while the map is framed on ``region``: those its points are
        on, so no card of another region shows cut off at the edge; all of them when
        the map is not framed on a region."""
        if region is None:
            return frozenset(self._insets)
        return frozenset(
            m.point.view for m in self._markers if m.entry.region is region
        ) & frozenset(self._insets)

    def _show_stage(self) -> None:
        """Show the insets of the frame and the markers the filter lets through on them;
        while a region is framed, the other regions' dots stand aside (they stay, as the
        body around it)."""
        stage = self._stage_for(self._framed_region)
        for inset_id, inset in self._insets.items():
            inset.setVisible(inset_id in stage)
        region = self._framed_region
        for marker in self._markers:
            on_stage = marker.point.view == body.BACK_VIEW or marker.point.view in stage
            marker.setVisible(on_stage and self._filter.matches(marker.entry))
            marker.set_aside(region is not None and marker.entry.region is not region)
        self._show_point_rows()

    def _set_framed_region(self, region: Region | None) -> None:
        if region is self._framed_region:
            return
        self._framed_region = region
        self._show_stage()

    def _measure_spacing(self) -> None:
        """For each shown marker, how far (B-cun) the nearest shown marker of another
        entry is: that distance decides from which zoom the marker can be chosen."""
        shown = self.shown_markers()
        places = [(m.entry.id, m.pos().x(), m.pos().y()) for m in shown]
        nearest = [math.inf] * len(shown)
        for i, (entry_id, x, y) in enumerate(places):
            for j in range(i + 1, len(places)):
                other_id, other_x, other_y = places[j]
                if other_id != entry_id:
                    distance = math.hypot(other_x - x, other_y - y)
                    nearest[i] = min(nearest[i], distance)
                    nearest[j] = min(nearest[j], distance)
        self._nearest_other = dict(zip(shown, nearest, strict=True))
        self._fit_cache = None  # the pills' counts, so their width, may have changed
        counts: dict[Region, set[str]] = {region: set() for region in self._regions}
        for marker in shown:
            counts[marker.entry.region].add(marker.entry.id)
        for region, label in self._regions.items():
            label.set_count(len(counts[region]))
        for inset_id, inset in self._insets.items():
            inset.set_has_points(any(marker.point.view == inset_id for marker in shown))

    # --- zoom ----------------------------------------------------------------------

    def is_fitted_to_body(self) -> bool:
        return self._fitted_rect == self.whole_body_rect()

    def can_zoom_in(self) -> bool:
        return self.pixels_per_cun() < self._max_scale() * 0.999

    def can_zoom_out(self) -> bool:
        return self.pixels_per_cun() > self._fit_scale() * 1.001

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP, self.viewport().rect().center().toPointF())

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP, self.viewport().rect().center().toPointF())

    def fit_whole_body(self) -> None:
        self._fit(self.whole_body_rect())

    def zoom_to_region(self, region: Region, animated: bool = True) -> None:
        """Frame a region's points, gliding there unless the person asked for less motion."""
        self.region_framed.emit(region)
        self._go_to_rect(self.region_frame(region), animated, region)

    def zoom_to_inset(self, inset_id: str, animated: bool = True) -> None:
        """Frame an inset's card, as a tap on it at the whole-body view does."""
        self._go_to_rect(self._insets[inset_id].frame_rect(), animated)

    def zoom_to_selected(self, animated: bool = False) -> None:
        """Frame the selected entry's markers, close enough to choose each of them."""
        entry = selected_entry(self._selection)
        if entry is None:
            return
        self._go_to_rect(self.entry_rect(entry), animated)

    def entry_rect(self, entry: Entry) -> QRectF:
        """The area zooming to ``entry`` frames: its markers, with the body around them,
        narrowed if need be so every one of them can be chosen there and its own dots,
        drawn large as the chosen entry's are, stay apart."""
        markers = [m for m in self._markers if m.entry.id == entry.id]
        rect = self._padded_rect([m.pos() for m in markers], 2.0, ENTRY_ZOOM_MIN_SPAN)
        own = [_distance(a.pos(), b.pos()) for i, a in enumerate(markers) for b in markers[i + 1 :]]
        chosen_dot = PointMarkerItem.RADIUS + PointMarkerItem.SELECTED_GROWTH
        apart = (2 * chosen_dot + OWN_DOTS_GAP) / min(own) if own and min(own) > 0 else 0.0
        scales = [self.choosable_scale(m) * CLOSER_MARGIN for m in markers]
        needed = max([apart, *(scale for scale in scales if math.isfinite(scale))])
        if needed <= (self._scale_for(rect) or math.inf):
            return rect
        # Narrow the frame around the markers' centre until its fit reaches that zoom.
        viewport = self.viewport().rect()
        width = viewport.width() * FIT_SHARE / needed
        height = viewport.height() * FIT_SHARE / needed
        centre = rect.center()
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    def frame(self) -> MapFrame:
        """The zoom and position, for a rebuilt view to start where this one is."""
        if self.is_animating():
            self._finish_animation()
        centre = self.mapToScene(self.viewport().rect().center())
        fitted = None if self._fitted_rect is None else QRectF(self._fitted_rect)
        return MapFrame(fitted, self.pixels_per_cun(), centre)

    def show_frame(self, frame: MapFrame) -> None:
        """Show what ``frame()`` returned, here or in another view of the same catalog."""
        self._stop_animation()
        if frame.fitted is not None:
            self._fit(frame.fitted)
            return
        self._set_framed_region(None)
        self._settle.stop()
        self._fitted_rect = None
        self._apply(frame.pixels_per_cun, frame.centre)

    def _padded_rect(
        self, points: Sequence[QPointF], padding: float, min_span: float = 0.0
    ) -> QRectF:
        xs = [p.x() for p in points]
        ys = [p.y() for p in points]
        centre = QPointF((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        width = max(max(xs) - min(xs) + 2 * padding, min_span)
        height = max(max(ys) - min(ys) + 2 * padding, min_span)
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    def _go_to_rect(self, rect: QRectF, animated: bool, region: Region | None = None) -> None:
        target = self._target_for(rect)
        if target is None:
            self._fit(rect, region)
            return
        self._go_to(*target, rect, animated, region)

    def _go_to(
        self,
        scale: float,
        centre: QPointF,
        fitted: QRectF | None,
        animated: bool,
        region: Region | None = None,
    ) -> None:
        """Zoom and scroll there, framed on ``region`` if it is one's zoom."""
        self._stop_animation()
        self._settle.stop()
        self._set_framed_region(region)
        if not animated or self._reduced_motion() or not self.isVisible():
            self._fitted_rect = None if fitted is None else QRectF(fitted)
            self._apply(scale, centre)
            return
        start_centre = self.mapToScene(self.viewport().rect().center())
        self._fitted_rect = None
        self._journey = (self.pixels_per_cun(), start_centre, scale, QPointF(centre), fitted)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.start()

    def _animation_step(self, value: object) -> None:
        if self._journey is None or not isinstance(value, float):
            return
        scale0, centre0, scale1, centre1, _ = self._journey
        # The zoom changes evenly in ratio, so zooming in by 4 feels as steady as by 2.
        scale = scale0 * (scale1 / scale0) ** value
        self._apply(scale, centre0 + (centre1 - centre0) * value)

    def _animation_done(self) -> None:
        if self._journey is None:
            return
        _, _, scale, centre, fitted = self._journey
        self._journey = None
        self._fitted_rect = None if fitted is None else QRectF(fitted)
        self._apply(scale, centre)

    def _finish_animation(self) -> None:
        self._animation.stop()
        self._animation_done()

    def _stop_animation(self) -> None:
        if self.is_animating():
            self._finish_animation()

    def _fit(self, rect: QRectF, region: Region | None = None) -> None:
        self._stop_animation()
        self._settle.stop()
        self._set_framed_region(region)
        self._fitted_rect = QRectF(rect)
        self._refit()

    def _refit(self) -> None:
        if self._fitted_rect is None:
            return
        target = self._target_for(self._fitted_rect)
        if target is not None:
            self._apply(*target)

    def _target_for(self, rect: QRectF) -> tuple[float, QPointF] | None:
        """The zoom and centre at which ``rect`` fills the view, or None before layout.

        The whole body leaves room on its left for the region pills, and an inset's card
        room above it for its caption (both keep their pixel size at any zoom).
        """
        viewport = self.viewport().rect()
        if viewport.width() < 2 or viewport.height() < 2:
            return None
        left = self._label_room() if rect == self.whole_body_rect() else 0.0
        top = max(
            (
                inset.caption_height()
                for inset in self._insets.values()
                if math.isclose(inset.frame_rect().top(), rect.top())
            ),
            default=0.0,
        )

        def fitting(beside: float) -> float:
            return min(
                (viewport.width() * FIT_SHARE - left - beside) / rect.width(),
                (viewport.height() * FIT_SHARE - top) / rect.height(),
            )

        # A caption wider than its card (a longer language) reaches past the card's sides;
        # the zoom that leaves it room shrinks the card, so look twice.
        scale = fitting(0.0)
        before, after = self._caption_overhang(rect, scale)
        for _ in range(2):
            if before + after == 0:
                break
            scale = fitting(before + after)
            before, after = self._caption_overhang(rect, scale)
        shift = (left + before - after) / 2
        return scale, rect.center() - QPointF(shift / scale, top / 2 / scale)

    def _caption_overhang(self, rect: QRectF, scale: float) -> tuple[float, float]:
        """Pixels by which the captions of the insets in ``rect`` reach past its left and
        its right at ``scale`` (their text keeps its size at any zoom)."""
        before = after = 0.0
        for inset in self._insets.values():
            card = inset.frame_rect()
            if not rect.contains(card):
                continue
            half = inset.caption.size().width() / 2
            before = max(before, (rect.left() - card.center().x()) * scale + half)
            after = max(after, (card.center().x() - rect.right()) * scale + half)
        return before, after

    def _scale_for(self, rect: QRectF) -> float | None:
        target = self._target_for(rect)
        return None if target is None else target[0]

    def _label_room(self) -> float:
        """Pixels the region pills need beside the figure at the whole-body view."""
        widths = [label.size().width() for label in self._regions.values() if label.count]
        return max(widths, default=0.0) + RegionLabelItem.BRACKET_GAP

    def _apply(self, scale: float, centre: QPointF) -> None:
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(centre)
        self._transform_changed()

    def _fit_scale(self) -> float:
        """The whole body's fit: asked for by every marker's threshold, so kept until the
        view's size or the pills change."""
        if self._fit_cache is None:
            scale = self._scale_for(self.whole_body_rect())
            if scale is None:
                return 1.0
            self._fit_cache = scale
        return self._fit_cache

    def _max_scale(self) -> float:
        """The zoom limit: MAX_ZOOM times the fit, or enough to choose every marker."""
        closest = min(self._nearest_other.values(), default=math.inf)
        needed = 2 * self.hit_radius() / closest * 1.0001 if closest > 0 else 0.0
        return max(self._fit_scale() * MAX_ZOOM, needed * CLOSER_MARGIN)

    def _zoom_by(self, factor: float, anchor: QPointF) -> None:
        """Zoom keeping the body point under ``anchor`` (view pixels) where it is."""
        self._stop_animation()
        fit = self._fit_scale()
        target = min(max(self.pixels_per_cun() * factor, fit), self._max_scale())
        if math.isclose(target, self.pixels_per_cun()):
            return
        if math.isclose(target, fit):
            self._fit(self.whole_body_rect())
            return
        self._set_framed_region(None)
        self._settle.start()
        scene_anchor = self.mapToScene(anchor.toPoint())
        self.setTransform(QTransform.fromScale(target, target))
        moved = self.mapFromScene(scene_anchor) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._fitted_rect = None
        self._transform_changed()

    def _zoom_closer(self, marker: PointMarkerItem) -> None:
        """Glide in on a quiet marker until it (and its neighbours) can be chosen."""
        target = max(
            self.choosable_scale(marker) * CLOSER_MARGIN, self.pixels_per_cun() * ZOOM_STEP
        )
        self._go_to(min(target, self._max_scale()), marker.pos(), None, animated=True)

    def _transform_changed(self) -> None:
        overview = self.in_overview()
        scale = self.pixels_per_cun()
        for marker in self._markers:
            marker.set_choosable(
                marker.isVisible() and not overview and scale >= self.choosable_scale(marker),
                self._full_size_at(marker, scale),
            )
        self._place_region_labels(overview)
        self._show_point_rows()
        for inset in self._insets.values():
            inset.place_caption(scale)
        self._place_side_labels()
        self._place_entry_labels()
        # What was under the pointer has moved; the next move finds it again. The dot the
        # keys are at keeps its name while the map has the focus.
        kept = self._key_marker if self.hasFocus() else None
        self._set_hovered(kept if kept is not None and kept is self._keyboard_marker() else None)
        self.zoom_changed.emit()

    def _current_geometry(self) -> ViewGeometry:
        to_view = self.viewportTransform()
        viewport = self.viewport().rect()
        return ViewGeometry(
            to_view.m11(), to_view.dx(), to_view.dy(), viewport.width(), viewport.height()
        )

    def _place_entry_labels(self) -> None:
        """Name the entries in sight, unless the map shows regions or is on its way."""
        if self.in_overview() or self.is_animating() or self._settle.isActive():
            self._labels.hide()
            return
        geometry = self._current_geometry()
        region = self._framed_region
        self._labels.show_layout(
            self._label_layout(geometry, self._stage_for(region), region), geometry
        )

    def _label_layout(
        self, geometry: ViewGeometry, stage: frozenset[str], region: Region | None
    ) -> LabelLayout:
        """Where the names go at ``geometry`` with the insets of ``stage`` shown, those of
        ``region`` placed first."""
        if geometry.scale <= self._fit_scale() * OVERVIEW_ZOOM:
            return LabelLayout((), frozenset())
        in_sight = [
            m
            for m in self._markers
            if self._filter.matches(m.entry)
            and (m.point.view == body.BACK_VIEW or m.point.view in stage)
        ]
        chosen = selected_entry(self._selection)

        def rank_of(entry: Entry) -> int | None:
            # Framed on a region, its entries (and the chosen one) are named, the rest
            # stand aside; zoomed by hand, every entry is named where there is room.
            if region is None:
                return 1
            if entry.region is region or (chosen is not None and entry.id == chosen.id):
                return 0
            return None

        return self._labels.layout(
            geometry,
            in_sight,
            lambda m: self._full_size_at(m, geometry.scale),
            self.hit_radius(),
            self._obstacles(geometry, stage),
            rank_of,
            {inset_id: self._insets[inset_id].frame_rect() for inset_id in stage},
        )

    def _obstacles(self, geometry: ViewGeometry, stage: frozenset[str]) -> list[Box]:
        """What the names keep off at ``geometry``: "Your left" and "Your right", and the
        captions of the insets shown."""
        boxes = []
        for label, side in self._side_labels:
            size = label.size()
            x, y = geometry.to_view(self._side_label_pos(label, side, geometry))
            boxes.append(
                Box(x - size.width() / 2, y - size.height() / 2, size.width(), size.height())
            )
        for inset_id in stage:
            inset = self._insets[inset_id]
            card = inset.frame_rect()
            x, top = geometry.to_view(QPointF(card.center().x(), card.top()))
            size = inset.caption.size()
            height = inset.caption_height()
            boxes.append(Box(x - size.width() / 2, top - height, size.width(), height))
        return boxes

    def _place_region_labels(self, overview: bool) -> None:
        """At the whole-body view, a pill per region beside the figure, level with its
        points on the back, pushed apart where regions are close so no two overlap, and
        a bracket over the height of its points, shared fairly where two regions meet.
        (A region drawn only in an inset has the inset's card as its target.)"""
        to_view = self.viewportTransform()
        left = self.figure_rect().left() - 0.4
        rows: list[_PillRow] = []
        on_back = [m for m in self.shown_markers() if m.point.view == body.BACK_VIEW]
        for region, label in self._regions.items():
            ys = [to_view.map(m.pos()).y() for m in on_back if m.entry.region is region]
            label.setVisible(overview and bool(ys))
            if not ys or not overview:  # hidden pills need no place: the overview sets it
                continue
            label.set_min_height(2 * self.hit_radius())
            middle = (min(ys) + max(ys)) / 2
            label.setPos(QPointF(left, self.mapToScene(0, round(middle)).y()))
            anchor = to_view.map(label.pos()).y()
            rows.append(_PillRow(label, anchor, middle, min(ys) - 5, max(ys) + 5))
        rows.sort(key=lambda row: row.centre)
        last_bottom = -math.inf
        for row in rows:  # push down where pills would overlap...
            row.centre = max(row.centre, last_bottom + REGION_LABEL_GAP + row.half_height)
            last_bottom = row.centre + row.half_height
        next_top = float(self.viewport().height())
        for row in reversed(rows):  # ...and up from the bottom edge
            row.centre = min(row.centre, next_top - REGION_LABEL_GAP - row.half_height)
            next_top = row.centre - row.half_height
        for above, below in itertools.pairwise(rows):
            if above.bottom > below.top - BRACKET_GAP:
                meet = (above.bottom + below.top) / 2
                above.bottom, below.top = meet - BRACKET_GAP / 2, meet + BRACKET_GAP / 2
        for row in rows:
            row.label.set_offset_y(row.centre - row.anchor)
            # The bracket reaches at least to the line from its pill.
            row.label.set_bracket(
                min(row.top, row.centre - 2) - row.anchor,
                max(row.bottom, row.centre + 2) - row.anchor,
            )

    # --- events --------------------------------------------------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._place_side_labels()  # they stay inside the view as it pans

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_cache = None
        share = self.viewport().width() * NAME_WIDTH_SHARE
        narrowest, widest = (em(width, map_layout.TEXT_GROWS_AT_MOST) for width in NAME_WIDTH_RANGE)
        self._labels.set_text_width(min(max(share, narrowest), widest))
        self._stop_animation()
        self._settle.start()
        if self._fitted_rect is None:
            # Keep the zoom within its limits for the new size.
            self._zoom_by(1.0, self.viewport().rect().center().toPointF())
        self._refit()
        self._transform_changed()

    def labels_pending(self) -> bool:
        """Whether the names wait for the zoom or the size to settle."""
        return self._settle.isActive()

    def _settled(self) -> None:
        if self._framed_region is not None and self._fitted_rect is not None:
            # A region's frame is shaped like the view, and sized so its names fit.
            self._fitted_rect = self.region_frame(self._framed_region)
            self._refit()
        self._transform_changed()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self._zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()).toPointF()
                self._zoom_by(pinch.scaleFactor(), centre)
                event.accept()
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self._zoom_by(1 + event.value(), event.position())
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._tap(event.position()):
            event.accept()
            return
        self._press_pos = event.position()
        super().mousePressEvent(event)

    def _tap(self, pos: QPointF) -> bool:
        """Act on a tap at ``pos``: choose, zoom to a region, or zoom closer."""
        region = self.region_at(pos)
        if region is not None:
            self.zoom_to_region(region)
            return True
        label = self.label_at(pos)
        if label is not None:
            choose(self._selection, self._model.index_of(label.entry.id))
            return True
        marker = self.marker_at(pos)
        if marker is not None:
            choose(self._selection, self._model.index_of(marker.entry.id))
            return True
        quiet = self._nearest_marker(pos, choosable=False)
        if quiet is None:
            inset = self._inset_at(pos)
            if inset is not None and self.in_overview():
                self.zoom_to_inset(inset.inset_id)
                return True
            return False
        if self.in_overview():
            self.zoom_to_region(quiet.entry.region)
        else:
            self._zoom_closer(quiet)
        return True

    def label_at(self, view_pos: QPointF) -> EntryLabelItem | None:
        """The entry name under ``view_pos``, if one is shown there."""
        return self._labels.at(view_pos, self.viewportTransform().map)

    def entry_labels(self) -> list[EntryLabelItem]:
        """The names shown now."""
        return self._labels.shown()

    def label_rect(self, label: EntryLabelItem) -> QRectF:
        """Where a name's box is, in viewport pixels: its tap target."""
        return label.box().translated(self.viewportTransform().map(label.pos()))

    def _nearest_marker(self, view_pos: QPointF, choosable: bool) -> PointMarkerItem | None:
        to_view = self.viewportTransform()
        best, best_distance = None, self.hit_radius()
        for marker in self._markers:
            if not marker.isVisible() or marker.choosable != choosable:
                continue
            distance = _distance(to_view.map(marker.pos()), view_pos)
            if distance <= best_distance:
                best, best_distance = marker, distance
        return best

    def _inset_at(self, view_pos: QPointF) -> InsetItem | None:
        scene_pos = self.mapToScene(view_pos.toPoint())
        for inset in self._insets.values():
            if inset.frame_rect().contains(scene_pos):
                return inset
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_pos is not None:
            dragged = event.position() - self._press_pos
            if abs(dragged.x()) + abs(dragged.y()) > 4:
                self._fitted_rect = None  # the person panned: stop re-fitting on resize
                self._set_framed_region(None)
            super().mouseMoveEvent(event)
            return
        pos = event.position()
        region = self.region_at(pos)
        label = self.label_at(pos)
        if region is not None:
            self._set_hovered(self._regions[region])
        elif label is not None:
            self._set_hovered(label)
        else:
            # A quiet dot shows its name too; a tap on it zooms closer.
            near = self.marker_at(pos) or self._nearest_marker(pos, choosable=False)
            self._set_hovered(near)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press_pos is not None and self._framed_region is None:
            self._place_entry_labels()  # panned: other entries may have come into sight
        self._press_pos = None
        super().mouseReleaseEvent(event)
        self._update_cursor()

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in _ZOOM_IN_KEYS:
            self.zoom_in()
        elif key in _ZOOM_OUT_KEYS:
            self.zoom_out()
        elif plain and key in arrow_moves.DIRECTIONS:
            self.step(arrow_moves.DIRECTIONS[Qt.Key(key)])
        elif plain and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.choose_end(last=key == Qt.Key.Key_End)
        elif plain and key in _ENTER_KEYS:
            self.zoom_to_selected(animated=True)
        else:
            super().keyPressEvent(event)
            if event.key() in _SCROLL_KEYS:
                # The arrows scroll the map: that is panning by hand, as a drag is.
                self._fitted_rect = None
                self._set_framed_region(None)
                self._settle.start()
                self._transform_changed()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in _KEYBOARD_FOCUS:
            # Come by the keyboard: the chosen point's name shows where the arrows start.
            self._key_marker = self._keyboard_marker()
            self._set_hovered(self._key_marker)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._hovered is not None and self._hovered is self._key_marker:
            self._set_hovered(None)

    # --- the keyboard --------------------------------------------------------------

    @staticmethod
    def keyboard_help() -> list[KeyHelp]:
        """What the keys do on the map, for Help > Keyboard shortcuts."""
        arrows = [Qt.Key(key) for key in arrow_moves.DIRECTIONS]
        return [
            KeyHelp(
                key_names(*arrows),
                QCoreApplication.translate("BodyMapView", "Go to the nearest point that way"),
            ),
            KeyHelp(
                key_names(Qt.Key.Key_Home, Qt.Key.Key_End),
                QCoreApplication.translate(
                    "BodyMapView", "Go to the first or the last point of the list"
                ),
            ),
            KeyHelp(
                key_names(_ENTER_KEYS[0]),
                QCoreApplication.translate("BodyMapView", "Zoom to the chosen point"),
            ),
            KeyHelp(
                key_names(_ZOOM_IN_KEYS[0], _ZOOM_OUT_KEYS[0]),
                QCoreApplication.translate("BodyMapView", "Zoom in or out"),
            ),
        ]

    def step(self, direction: tuple[float, float]) -> None:
        """Choose the nearest shown point of another entry that way from the dot the keys
        are at (the chosen entry's dot nearest the middle of the map; with nothing
        chosen, the middle itself)."""
        start = self._keyboard_marker()
        if start is None:
            origin, skipped = self.mapToScene(self.viewport().rect().center()), None
        else:
            origin, skipped = start.pos(), start.entry.id
        places = [(m.pos(), m) for m in self.shown_markers() if m.entry.id != skipped]
        target = arrow_moves.nearest_in_direction(origin, direction, places)
        if target is not None:
            self._go_to_marker(target)

    def choose_end(self, last: bool) -> None:
        """Choose the first (or the last) entry the list shows, as Home and End do there."""
        entries = [
            entry
            for row in range(self._model.rowCount())
            if (entry := self._model.entry_at(self._model.index(row))) is not None
            and self._filter.matches(entry)
        ]
        if entries:
            entry = entries[-1] if last else entries[0]
            self._go_to_marker(self._marker_nearest_middle(entry.id))

    def _keyboard_marker(self) -> PointMarkerItem | None:
        """The dot the arrow keys go on from: the one they last reached, or the chosen
        entry's dot nearest the middle of the map; None with nothing chosen."""
        entry = selected_entry(self._selection)
        if entry is None:
            return None
        if self._key_marker is not None and self._key_marker.entry.id == entry.id:
            return self._key_marker
        return self._marker_nearest_middle(entry.id)

    def _marker_nearest_middle(self, entry_id: str) -> PointMarkerItem:
        middle = self.mapToScene(self.viewport().rect().center())
        own = [m for m in self._markers if m.entry.id == entry_id]
        return min(own, key=lambda marker: _distance(marker.pos(), middle))

    def _go_to_marker(self, marker: PointMarkerItem) -> None:
        """Choose the marker's entry (the list follows), bring the dot into sight if it is
        not, show its name beside it and tell a screen reader."""
        choose(self._selection, self._model.index_of(marker.entry.id))
        chosen = selected_entry(self._selection)
        if chosen is None or chosen.id != marker.entry.id:
            return  # refused: a running hold keeps its entry until the person says so
        self._key_marker = marker
        if not self._in_sight(marker):
            self._go_to(self.pixels_per_cun(), marker.pos(), None, animated=True)
        self._set_hovered(marker)
        announcements.announce(self, self.hover_name(marker))

    def _in_sight(self, marker: PointMarkerItem) -> bool:
        area = QRectF(self.viewport().rect()).adjusted(
            IN_SIGHT_MARGIN, IN_SIGHT_MARGIN, -IN_SIGHT_MARGIN, -IN_SIGHT_MARGIN
        )
        return marker.isVisible() and area.contains(self.viewportTransform().map(marker.pos()))

    def _describe(self) -> None:
        """Tell a screen reader what the map shows chosen, and how its keys work."""
        keys = self.tr(
            "Acupressure points on the back of the body, grouped by region. The arrow keys "
            "go to the nearest point in their direction, Home and End to the first and the "
            "last point, Enter zooms to the chosen point, plus and minus zoom in and out."
        )
        entry = selected_entry(self._selection)
        if entry is None:
            self.setAccessibleDescription(keys)
            return
        #: What a screen reader hears of the chosen entry, such as "Chosen: Sea of
        #: Vitality, 2 points: BL23 + BL52.": {title} is its name, {codes} its points' codes.
        chosen = self.tr("Chosen: {title}, %n point(s): {codes}.", "", len(entry.codes)).format(
            title=entry.title, codes=entry.code_summary
        )
        self.setAccessibleDescription(self.tr("{chosen} {keys}").format(chosen=chosen, keys=keys))

    # --- selection and hover ------------------------------------------------------

    def _on_selection_changed(self) -> None:
        self._describe()
        entry = selected_entry(self._selection)
        for marker in self._markers:
            marker.set_highlighted(
                entry is not None and marker.entry.id == entry.id, entry is not None
            )
        for label in self._labels.items():
            label.set_chosen(entry is not None and label.entry.id == entry.id)
        self._show_point_rows()
        # Framed on a region, the chosen entry is named whatever its region: lay the
        # names out again only if that adds or takes away one (so they do not jump).
        region = self._framed_region
        chosen_aside = entry.id if entry is not None and entry.region is not region else None
        if region is not None and (chosen_aside or self._chosen_aside):
            self._place_entry_labels()
        self._chosen_aside = chosen_aside

    def point_at_entry(self, entry_id: str | None) -> None:
        """Show which dots and name belong to ``entry_id`` (a row the person points at in
        the list), or stop showing it."""
        if entry_id != self._pointed_from_list:
            self._pointed_from_list = entry_id
            self._show_pointing()

    def highlight(self, places: Collection[Place] | None) -> None:
        """Pick out only ``places`` (the spot and side being pressed): the rest of their
        entry's dots stay as they are, other entries' step back. None shows the whole
        selection again."""
        if places is None:
            self._on_selection_changed()
            return
        codes = {place.code for place in places}
        entries = {marker.entry.id for marker in self._markers if marker.point.code in codes}
        for marker in self._markers:
            pressed = marker.point.code in codes and any(
                place.code == marker.point.code
                and map_layout.scene_position(marker.point, place.position) == marker.pos()
                for place in places
            )
            marker.set_highlighted(pressed, marker.entry.id not in entries)

    def hover_name(self, marker: PointMarkerItem) -> str:
        """The entry's name as the list and the panel give it, the code of this spot's
        point, and the side of the body it is on."""
        side = marker.is_persons_right
        if side is None:
            return self.tr("{title} ({code})").format(
                title=marker.entry.title, code=marker.point.code
            )
        where = self.tr("your right") if side else self.tr("your left")
        return self.tr("{title} ({code}, {side})").format(
            title=marker.entry.title, code=marker.point.code, side=where
        )

    def _set_hovered(self, item: PointMarkerItem | RegionLabelItem | EntryLabelItem | None) -> None:
        if item is self._hovered:
            return
        self._hovered = item
        marker = item if isinstance(item, PointMarkerItem) else None
        for label in self._regions.values():
            label.set_hovered(label is item)
        self._show_pointing()
        if marker is None:
            self._hover_label.hide()
        else:
            self._hover_label.set_text(self.hover_name(marker))
            self._hover_label.setPos(marker.pos())
            self._hover_label.set_offset(self._hover_offset(marker))
            self._hover_label.show()
        self._update_cursor()
        pointed = item.entry.id if isinstance(item, PointMarkerItem | EntryLabelItem) else None
        if pointed != self._pointed_entry:
            self._pointed_entry = pointed
            self.entry_pointed.emit(pointed)

    def _show_pointing(self) -> None:
        """Grow the dots pointed at and tint their entry's name. A dot under the pointer
        grows with the other spots of its point (they act as one); a name, or a row
        pointed at in the list, grows every dot of its entry."""
        hovered = self._hovered
        point = hovered.point if isinstance(hovered, PointMarkerItem) else None
        whole = {self._pointed_from_list} - {None}
        if isinstance(hovered, EntryLabelItem):
            whole.add(hovered.entry.id)
        named = set(whole)
        if isinstance(hovered, PointMarkerItem):
            named.add(hovered.entry.id)
        for marker in self._markers:
            marker.set_hovered(marker.point is point or marker.entry.id in whole)
        for label in self._labels.items():
            label.set_pointed_at(label.entry.id in named)

    def _hover_offset(self, marker: PointMarkerItem) -> QPointF:
        """Beside the marker, on the side with more room; above (or below) it when neither
        side has enough; always inside the map."""
        size = self._hover_label.size()
        centre = self.viewportTransform().map(marker.pos())
        gap = PointMarkerItem.RADIUS + PointMarkerItem.SELECTED_GROWTH + 8
        width = self.viewport().width()
        room_right = width - centre.x() - gap
        if room_right >= size.width() or room_right >= centre.x() - gap:
            left = centre.x() + gap
        else:
            left = centre.x() - gap - size.width()
        clamped = min(max(left, HOVER_MARGIN), width - HOVER_MARGIN - size.width())
        if clamped == left:
            return QPointF(left - centre.x(), 0.0)
        shift = gap + size.height() / 2
        above = centre.y() - shift - size.height() / 2 >= HOVER_MARGIN
        return QPointF(clamped - centre.x(), -shift if above else shift)

    def _update_cursor(self) -> None:
        shape = (
            Qt.CursorShape.PointingHandCursor if self._hovered else Qt.CursorShape.OpenHandCursor
        )
        self.viewport().setCursor(shape)

    def _add_point_rows(
        self, scene: QGraphicsScene
    ) -> list[tuple[PointRowItem, list[PointMarkerItem]]]:
        """A line through each side of a point that is a row of spots on the back."""
        rows = []
        by_point: dict[tuple[int, bool | None], list[PointMarkerItem]] = {}
        for marker in self._markers:
            if marker.point.view == body.BACK_VIEW:
                by_point.setdefault((id(marker.point), marker.is_persons_right), []).append(marker)
        for markers in by_point.values():
            if len(markers) >= ROW_SPOTS:
                row = PointRowItem(markers[0].entry.id, [m.pos() for m in markers], self._theme)
                scene.addItem(row)
                rows.append((row, markers))
        return rows

    def _show_point_rows(self) -> None:
        """A row's line shows with its dots once they are apart, and is as quiet as they."""
        overview = self.in_overview()
        for row, markers in self._point_rows:
            row.setVisible(not overview and markers[0].isVisible())
            row.setOpacity(markers[0].opacity())

    def _add_side_labels(self, scene: QGraphicsScene) -> list[tuple[MapLabelItem, float]]:
        # Seen from behind, the person's right is on the viewer's right.
        color = self._theme.color("muted")
        labels = []
        sides = (
            #: Beside the figure, which is the back of a body seen from behind: this side is
            #: the person's own left (and the viewer's left too).
            (self.tr("Your left"), -1.0),
            #: Beside the figure, seen from behind: the person's own right.
            (self.tr("Your right"), 1.0),
        )
        for text, side in sides:
            label = MapLabelItem(text, color, size=0.93)
            scene.addItem(label)
            labels.append((label, side))
        return labels

    def _place_side_labels(self) -> None:
        geometry = self._current_geometry()
        for label, side in self._side_labels:
            label.setPos(self._side_label_pos(label, side, geometry))

    @staticmethod
    def _side_label_pos(label: MapLabelItem, side: float, geometry: ViewGeometry) -> QPointF:
        """Beside the head, a few pixels clear of it at any zoom, and whole in the view:
        zoomed in, there may be no room beside the head for a longer language's words."""
        half = label.size().width() / 2
        away = HEAD_HALF_WIDTH + (half + 10) / geometry.scale
        x, y = geometry.to_view(QPointF(side * away, SIDE_LABEL_LEVEL))
        margin = half + SIDE_LABEL_MARGIN
        if geometry.width > 2 * margin:
            x = min(max(x, margin), geometry.width - margin)
        return geometry.to_scene(x, y)
