"""The insights view's three charts, drawn with pyqtgraph in the app's theme colours.

Imported only when the insights view opens: pyqtgraph and numpy cost start-up time that
a person who never opens the charts should not pay.

Each chart also says what it shows in words, with its numbers, as its accessible
description: a screen reader cannot read a plot.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QStyleOptionGraphicsItem, QVBoxLayout, QWidget

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
import numpy as np  # pyqtgraph's own dependency, loaded with it
import pyqtgraph as pg  # after choosing the binding

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.insights import Insights, Rating, RatingCount
from acupress_gui.ui.common.sentences import joined
from acupress_gui.ui.common.theme import Theme, em, text_font

DAY_SECONDS = 86_400.0
BAR_WIDTH = 0.7 * DAY_SECONDS
"""A day's bar leaves a gap to the next, so single days stay apart."""
SCATTER_ALPHA = 110
"""Single ratings are faint dots behind the daily means, which carry the story."""
MOST_ENTRIES = 8
"""Entries listed in the "used most" chart; more would not fit a readable row height."""
FEWEST_DAYS = 7
"""The shortest stretch of days a time chart shows."""
DENSE_DAYS = 120
"""From this many days on, days are drawn plainer: no gaps between bars, no rings around the
daily means and smaller dots; otherwise they blur into stripes and beads."""
TICK_SIZE = 0.8
"""The axes' and the legend's text, in body sizes (``theme.em``)."""
TIME_AXIS_WIDTH = 2.93
"""The same left axis width on both time charts, so their days line up (body sizes)."""
MIN_HEIGHT = 10.0
"""A chart's least height, in body sizes."""
BEFORE_SYMBOL = "s"
AFTER_SYMBOL = "o"

Series = tuple[list[float], list[float]]


def day_x(day: date) -> float:
    """Where a local day is drawn on a time axis: its local noon, the middle of its bar."""
    return datetime.combine(day, time(12)).astimezone().timestamp()


def amount_text(locale: QLocale, value: float) -> str:
    """A rating or a count of minutes as a person would say it: "4", or "4.5"."""
    rounded = round(value, 1)
    if rounded.is_integer():
        return locale.toString(int(rounded))
    return locale.toString(rounded, "f", 1)


def day_text(
    locale: QLocale, day: date, form: QLocale.FormatType = QLocale.FormatType.LongFormat
) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), form)


def entry_title(catalog: Catalog, entry_id: str) -> str:
    """An entry's title; the id of one the catalog no longer has."""
    entry = catalog.entry(entry_id)
    return entry.title if entry is not None else entry_id


@dataclass(frozen=True, slots=True)
class Charted:
    """Insights made ready to draw in the loader's worker thread (see ``charted``)."""

    insights: Insights
    before_dots: Series
    after_dots: Series


def charted(insights: Insights) -> Charted:
    """Turn the ratings into dots, off the GUI thread: each rated sitting at its moment
    while they are listed one by one, else one dot per day and value at the day's noon
    (that many dots would merge into those anyway)."""
    if insights.ratings:
        before = _rating_dots(insights.ratings, "before")
        after = _rating_dots(insights.ratings, "after")
    else:
        before = _count_dots(insights.before_counts)
        after = _count_dots(insights.after_counts)
    return Charted(insights, before, after)


def _midnight(day: date) -> float:
    return datetime.combine(day, time()).astimezone().timestamp()


def _faded(theme: Theme, name: str, alpha: int) -> QColor:
    color = theme.color(name)
    color.setAlpha(alpha)
    return color


class _Chart(pg.PlotWidget):
    """A plot on the theme's surface, quiet axes, and a centred note for when it is empty."""

    def __init__(
        self, theme: Theme, axis_items: dict[str, pg.AxisItem], parent: QWidget | None
    ) -> None:
        super().__init__(parent, background=theme.surface, axisItems=axis_items)
        self.setFrameShape(self.Shape.NoFrame)
        self.setMinimumHeight(round(em(MIN_HEIGHT)))
        font = text_font(TICK_SIZE)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(theme.border)
            axis.setTextPen(theme.muted)
            axis.setStyle(tickFont=font, tickTextOffset=6)
            axis.setZValue(-1)  # its grid lines behind the bars, not across them
        for name in ("top", "right"):
            self.hideAxis(name)
        plot = self.getPlotItem()
        # Time runs left to right, right to left too, with its scale on the left: the plot's
        # own layout would otherwise move the axis to the right of a time line that does not.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        plot.hideButtons()  # the "A" button: right-click > View All does it
        # pyqtgraph makes its context menus without a parent; given one, they (a dozen
        # windows a chart) go with the chart instead of outliving every closed window.
        for menu in (plot.ctrlMenu, plot.getViewBox().menu):
            menu.setParent(self, menu.windowFlags())
        self.note = QLabel()
        self.note.setObjectName("chartNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.note.hide()
        over_plot = QVBoxLayout(self.viewport())
        # Clear of the axes.
        over_plot.setContentsMargins(round(em(TIME_AXIS_WIDTH)), 8, 16, round(em(2.13)))
        over_plot.addWidget(self.note)

    def set_note(self, text: str | None) -> None:
        """Say why the chart is empty (None hides the note)."""
        self.note.setText(text or "")
        self.note.setVisible(bool(text))


class _DayAxis(pg.DateAxisItem):
    """Labels each day under the middle of its bar (noon), not at midnight between two bars.

    No hour ticks: a day is the finest unit these charts show.
    """

    def tickValues(
        self,
        minVal: float,  # noqa: N803 (pyqtgraph's names)
        maxVal: float,  # noqa: N803
        size: float,
    ) -> list[tuple[float, list[float]]]:
        half = DAY_SECONDS / 2
        levels = super().tickValues(minVal - half, maxVal - half, size)
        return [
            (spacing, [value + half for value in values])
            for spacing, values in levels
            if spacing >= DAY_SECONDS
        ]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Each tick as the person's locale writes it: pyqtgraph's own labels come from
        ``strftime``, in the C library's language, whatever language the app speaks."""
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        unit = spec.format if spec is not None else "%d"
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        labels = []
        for value in values:
            day = datetime.fromtimestamp(value).date()
            if "%Y" in unit:
                labels.append(QDate(day.year, 1, 1).toString("yyyy"))
            elif "%b" in unit:
                labels.append(locale.standaloneMonthName(day.month, short))
            elif "%a" in unit:
                labels.append(locale.toString(QDate(day.year, day.month, day.day), "ddd d"))
            else:
                labels.append(locale.toString(day.day))
        return labels


class _TimeChart(_Chart):
    """A chart over local days, panned and zoomed along the time axis only."""

    def __init__(self, theme: Theme, parent: QWidget | None) -> None:
        super().__init__(theme, {"bottom": _DayAxis(orientation="bottom")}, parent)
        self.getAxis("left").setWidth(round(em(TIME_AXIS_WIDTH)))
        self.setMouseEnabled(x=True, y=False)
        self.showGrid(y=True, alpha=0.5)

    def show_days(self, first: date, last: date) -> bool:
        """Show ``first`` to ``last`` whole (at least a week, so a short history does not
        stretch one day across the chart), and keep panning and zooming within them.

        Returns whether that is so many days that each gets only a pixel or two.
        """
        first = min(first, last - timedelta(days=FEWEST_DAYS - 1))
        start, end = _midnight(first), _midnight(last + timedelta(days=1))
        self.setLimits(xMin=start, xMax=end, minXRange=2 * DAY_SECONDS)
        self.setXRange(start, end, padding=0)
        return (last - first).days >= DENSE_DAYS


class _Dots(pg.GraphicsObject):
    """Dots of one colour, size and shape, drawn by one ``QPainter.drawPoints`` call.

    pyqtgraph's ScatterPlotItem spends Python time on every dot it is given (a tenth of a
    second for the ten thousand of a long history, on the GUI thread); these dots are all
    alike, so a round (or square) pen draws them all at once.
    """

    def __init__(self, colour: QColor, cap: Qt.PenCapStyle) -> None:
        super().__init__()
        self._pen = QPen(colour)
        self._pen.setCosmetic(True)  # its width is in pixels, whatever the zoom
        self._pen.setCapStyle(cap)
        self._xs = self._ys = np.empty(0)
        self._points = QPolygonF()
        self._bounds = QRectF()

    def setData(self, xs: Sequence[float], ys: Sequence[float], size: float) -> None:
        """Show a dot of ``size`` pixels at each (x, y); no dots when empty."""
        self.prepareGeometryChange()
        self._xs, self._ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        self._pen.setWidthF(size)
        if self._xs.size:  # pyqtgraph's conversion needs at least one point
            self._points = pg.functions.arrayToQPolygonF(self._xs, self._ys)
            self._bounds = QRectF(
                float(self._xs.min()),
                float(self._ys.min()),
                float(np.ptp(self._xs)),
                float(np.ptp(self._ys)),
            )
        else:
            self._points, self._bounds = QPolygonF(), QRectF()
        self.update()

    def clear(self) -> None:
        self.setData([], [], self._pen.widthF())

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self._xs, self._ys

    def viewTransformChanged(self) -> None:
        """The dots' size in data units depends on the zoom: so does the bounding rect."""
        super().viewTransformChanged()
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:
        if not self._xs.size:
            return QRectF()
        across, up = self.pixelVectors()
        if across is None or up is None:
            return self._bounds
        pad_x, pad_y = across.length() * self._pen.widthF(), up.length() * self._pen.widthF()
        return self._bounds.adjusted(-pad_x, -pad_y, pad_x, pad_y)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen)
        painter.drawPoints(self._points)


class PainChart(_TimeChart):
    """Daily mean pain before and after sittings as lines, every rating as a faint dot.

    Before and after differ in more than colour: before is dashed with square marks,
    after solid with round ones.
    """

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.setLimits(yMin=-0.5, yMax=10.5)
        self.setYRange(0, 10, padding=0.05)
        self.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)], []])
        self.before_ratings = self._dots(theme, "warning", Qt.PenCapStyle.SquareCap)
        self.after_ratings = self._dots(theme, "accent", Qt.PenCapStyle.RoundCap)
        legend = self.addLegend(
            offset=(-8, 4),
            colCount=2,
            labelTextColor=theme.text,
            labelTextSize=f"{round(em(TICK_SIZE))}px",
            brush=_faded(theme, "surface", 220),
        )
        legend.setZValue(10)
        self.before_line = self._line(
            theme, "warning", Qt.PenStyle.DashLine, BEFORE_SYMBOL, self.tr("Before")
        )
        self.after_line = self._line(
            theme, "accent", Qt.PenStyle.SolidLine, AFTER_SYMBOL, self.tr("After")
        )

    def _dots(self, theme: Theme, colour: str, cap: Qt.PenCapStyle) -> _Dots:
        dots = _Dots(_faded(theme, colour, SCATTER_ALPHA), cap)
        self.addItem(dots)
        return dots

    def _line(
        self, theme: Theme, colour: str, style: Qt.PenStyle, symbol: str, name: str
    ) -> pg.PlotDataItem:
        return self.plot(
            pen=pg.mkPen(theme.color(colour), width=2.5, style=style),
            symbol=symbol,
            symbolSize=8,
            symbolBrush=theme.color(colour),
            symbolPen=pg.mkPen(theme.surface, width=1.5),
            antialias=True,
            name=name,
        )

    def show_charted(self, charted: Charted, first: date) -> None:
        insights = charted.insights

        def means(which: str) -> Series:
            days = [(d.day, getattr(d, which)) for d in insights.daily_pain]
            points = [(day_x(day), mean) for day, mean in days if mean is not None]
            return [x for x, _ in points], [y for _, y in points]

        dense = self.show_days(first, insights.today)
        for line, which, symbol in (
            (self.before_line, "mean_before", BEFORE_SYMBOL),
            (self.after_line, "mean_after", AFTER_SYMBOL),
        ):
            line.setData(*means(which))
            line.setSymbol(None if dense else symbol)
        for dots, points in (
            (self.before_ratings, charted.before_dots),
            (self.after_ratings, charted.after_dots),
        ):
            dots.setData(*points, size=3 if dense else 6)
        self.set_note(
            None if insights.daily_pain else self.tr("No pain ratings in these days yet.")
        )
        self.setAccessibleDescription(self.describe(insights))

    def describe(self, insights: Insights) -> str:
        """The chart in words: the days rated, and each line's first, last, lowest and
        highest daily mean."""
        days = insights.daily_pain
        if not days:
            return self.tr("No pain ratings in these days yet.")
        locale = self.locale()
        parts = [
            self.tr(
                "Average pain by day, from 0 (no pain) to 10, on %n days from {first} to {last}.",
                "",
                len(days),
            ).format(first=day_text(locale, days[0].day), last=day_text(locale, days[-1].day))
        ]
        lines = (
            (
                [(d.day, d.mean_before) for d in days if d.mean_before is not None],
                self.tr(
                    "Before sessions: from {start} on {first} to {end} on {last}; lowest {low}, "
                    "highest {high}."
                ),
            ),
            (
                [(d.day, d.mean_after) for d in days if d.mean_after is not None],
                self.tr(
                    "After sessions: from {start} on {first} to {end} on {last}; lowest {low}, "
                    "highest {high}."
                ),
            ),
        )
        for means, sentence in lines:
            if not means:
                continue
            values = [mean for _, mean in means]
            parts.append(
                sentence.format(
                    start=amount_text(locale, values[0]),
                    first=day_text(locale, means[0][0]),
                    end=amount_text(locale, values[-1]),
                    last=day_text(locale, means[-1][0]),
                    low=amount_text(locale, min(values)),
                    high=amount_text(locale, max(values)),
                )
            )
        return joined(*parts)

    def release(self) -> None:
        """Let go of what is plotted (a hidden window reads afresh when shown again)."""
        for line in (self.before_line, self.after_line):
            line.setData([], [])
        for dots in (self.before_ratings, self.after_ratings):
            dots.clear()

    def series(self) -> dict[str, Series]:
        """What is plotted: "before" and "after" (daily means) and their single ratings
        ("before_ratings", "after_ratings"), as x (POSIX seconds) and y lists."""
        return {
            "before": _listed(self.before_line.getData()),
            "after": _listed(self.after_line.getData()),
            "before_ratings": _listed(self.before_ratings.getData()),
            "after_ratings": _listed(self.after_ratings.getData()),
        }


class MinutesChart(_TimeChart):
    """Minutes pressed on each day, one bar per day."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.bars = pg.BarGraphItem(
            x=[], height=[], width=BAR_WIDTH, brush=_faded(theme, "accent", 200), pen=None
        )
        self.addItem(self.bars)

    def show_insights(self, insights: Insights, first: date) -> None:
        days = insights.daily_minutes
        heights = [day.minutes for day in days]
        dense = self.show_days(first, insights.today)
        self.bars.setOpts(
            x=[day_x(day.day) for day in days],
            height=heights,
            width=DAY_SECONDS if dense else BAR_WIDTH,
        )
        top = max([5.0, *heights]) * 1.1
        self.setLimits(yMin=-0.07 * top, yMax=top)  # room below 0 for its tick label
        self.setYRange(-0.07 * top, top, padding=0)
        self.set_note(None if days else self.tr("No holds in these days yet."))
        self.setAccessibleDescription(self.describe(insights))

    def describe(self, insights: Insights) -> str:
        """The chart in words: the days pressed, the minutes in all, and the longest day."""
        days = insights.daily_minutes
        if not days:
            return self.tr("No holds in these days yet.")
        locale = self.locale()
        most = max(days, key=lambda day: day.minutes)
        return self.tr(
            "Minutes pressed on %n days from {first} to {last}, {total} in all; the most, "
            "{most}, on {day}.",
            "",
            len(days),
        ).format(
            first=day_text(locale, days[0].day),
            last=day_text(locale, days[-1].day),
            total=amount_text(locale, sum(day.minutes for day in days)),
            most=amount_text(locale, most.minutes),
            day=day_text(locale, most.day),
        )

    def release(self) -> None:
        """Let go of what is plotted (a hidden window reads afresh when shown again)."""
        self.bars.setOpts(x=[], height=[])

    def series(self) -> Series:
        """Each bar's day (as ``day_x``) and its minutes."""
        return _listed((self.bars.opts["x"], self.bars.opts["height"]))


class EntriesChart(_Chart):
    """The entries pressed longest, as horizontal bars, longest at the top."""

    def __init__(self, theme: Theme, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(theme, {}, parent)
        self._catalog = catalog
        self._titles: list[str] = []
        self.setMouseEnabled(x=True, y=False)
        self.showGrid(x=True, alpha=0.5)
        self.getPlotItem().invertY(True)
        self.getAxis("left").setStyle(tickLength=0)
        self.bars = pg.BarGraphItem(
            x0=0, y=[], width=[], height=0.6, brush=_faded(theme, "accent", 200), pen=None
        )
        self.addItem(self.bars)

    def show_insights(self, insights: Insights) -> None:
        used = insights.entry_use[:MOST_ENTRIES]
        self._titles = [entry_title(self._catalog, use.entry_id) for use in used]
        minutes = [use.minutes for use in used]
        self.bars.setOpts(y=list(range(len(used))), width=minutes)
        axis = self.getAxis("left")
        axis.setTicks([list(enumerate(self._titles)), []])
        # Wide enough for the titles now: pyqtgraph would widen it only after a first paint.
        metrics = QFontMetrics(axis.style["tickFont"])
        axis.setWidth(max(map(metrics.horizontalAdvance, self._titles), default=0) + 12)
        longest = max([5.0, *minutes]) * 1.1
        self.setLimits(xMin=-0.02 * longest, xMax=longest, yMin=-0.5, yMax=max(len(used), 3) - 0.5)
        self.setXRange(-0.02 * longest, longest, padding=0)  # room left of 0 for its label
        self.setYRange(-0.5, max(len(used), 3) - 0.5, padding=0)
        self.set_note(None if used else self.tr("No holds in these days yet."))
        self.setAccessibleDescription(self.describe())

    def release(self) -> None:
        """Let go of what is plotted (a hidden window reads afresh when shown again)."""
        self._titles = []
        self.bars.setOpts(y=[], width=[])

    def describe(self) -> str:
        """The bars in words, longest first, each with its minutes."""
        bars = self.bars_shown()
        if not bars:
            return self.tr("No holds in these days yet.")
        locale = self.locale()
        listed = locale.createSeparatedList(
            [
                self.tr("{title}: {minutes} min").format(
                    title=title, minutes=amount_text(locale, minutes)
                )
                for title, minutes in bars
            ]
        )
        return self.tr("Minutes pressed, longest first: {list}.").format(list=listed)

    def bars_shown(self) -> list[tuple[str, float]]:
        """(title, minutes) of each bar, top to bottom."""
        return list(zip(self._titles, map(float, self.bars.opts["width"]), strict=True))


def _rating_dots(ratings: Sequence[Rating], which: str) -> Series:
    """The ``which`` ("before" or "after") ratings as dots, each at its moment."""
    points = [(r.at.timestamp(), v) for r in ratings if (v := getattr(r, which)) is not None]
    return [x for x, _ in points], [float(y) for _, y in points]


def _count_dots(counts: Sequence[RatingCount]) -> Series:
    """One dot per day and value, at the day's noon (computed once per day)."""
    xs: list[float] = []
    day, x = None, 0.0
    for count in counts:
        if count.day != day:
            day, x = count.day, day_x(count.day)
        xs.append(x)
    return xs, [float(count.value) for count in counts]


def _listed(data: tuple[Iterable[float] | None, Iterable[float] | None]) -> Series:
    """Plot data (numpy arrays, lists or None) as plain lists of floats."""
    xs, ys = ([] if values is None else [float(v) for v in values] for values in data)
    return xs, ys
