"""Blocks of a printed page and how they flow onto pages.

Every block is laid out for its width when made, so its height is known before any page
is painted: the handout is laid out whole first (to count its pages and to choose a
``core.handout.Layout`` that fits), then painted. Text is Qt's rich text
(``QTextDocument``), laid out against the paint device itself, so what is measured is
what prints. A page break falls only between blocks: a paragraph, a step or a box
is never cut in two, and a heading stays with what follows it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from acupress_gui.ui.handout.handout_figure import HandoutFigure

LEADING = 1.22
"""Line spacing as a multiple of the type size: a little more than print's usual 1.2."""


class Block(ABC):
    """Something with a fixed width and height that paints itself at a place."""

    height: float = 0.0
    space_before: float = 0.0
    """Left out at the top of a page."""
    keep_with_next: bool = False
    starts_page: bool = False
    """Begins a new page unless the flow is at the top of one already."""

    @abstractmethod
    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        """Draw the block with its top left corner at ``top_left``."""

    def split(self, room: float) -> tuple[Block, Block] | None:
        """What fits in ``room`` and the rest, for a block that may run on to the next
        page; None for one that may not (the default), or when nothing of it fits."""
        return None

    @property
    def least_start(self) -> float:
        """The height a page must have left for this block to begin there."""
        return self.height


Make = Callable[[float], Block]
"""A block made for the width it will have: text beside a figure is narrower than below."""


def text_document(html: str, font: QFont, width: float, device: QPagedPaintDevice) -> QTextDocument:
    """Rich text laid out for ``device`` at ``width`` device units.

    Lines are ``LEADING`` times the font's size apart whatever the font's own metrics
    say (some fonts ask for far more room), so every machine's fonts set the same page.
    """
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    document.setHtml(html)
    spacing = QTextBlockFormat()
    natural = QFontMetricsF(font, device).lineSpacing()
    wanted = font.pointSizeF() * LEADING * device.logicalDpiY() / 72
    spacing.setLineHeight(
        100 * wanted / natural, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(spacing)
    document.setTextWidth(width)
    return document


class Text(Block):
    def __init__(
        self,
        html: str,
        font: QFont,
        width: float,
        device: QPagedPaintDevice,
        space_before: float = 0.0,
        keep_with_next: bool = False,
    ) -> None:
        self.document = text_document(html, font, width, device)
        self.height = self.document.size().height()
        self.space_before = space_before
        self.keep_with_next = keep_with_next

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        painter.save()
        painter.translate(top_left)
        self.document.drawContents(painter)
        painter.restore()


class ListItem(Block):
    """One step or one sign: its number or bullet hangs left of the text."""

    def __init__(
        self,
        marker: str,
        html: str,
        font: QFont,
        width: float,
        indent: float,
        device: QPagedPaintDevice,
        space_before: float = 0.0,
    ) -> None:
        self._indent = indent
        self._marker = text_document(f"<p align='right'>{marker}</p>", font, indent * 0.8, device)
        self._text = text_document(html, font, width - indent, device)
        self.height = max(self._text.size().height(), self._marker.size().height())
        self.space_before = space_before

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        painter.save()
        painter.translate(top_left)
        self._marker.drawContents(painter)
        painter.translate(self._indent, 0)
        self._text.drawContents(painter)
        painter.restore()


class Boxed(Block):
    """Blocks on a tinted panel with a bar down its left edge: cautions, warnings.

    A long box may run on to the next page between its blocks, as a second panel."""

    def __init__(
        self,
        children: Sequence[Make],
        width: float,
        padding: float,
        fill: QColor,
        bar: QColor,
        bar_width: float,
        space_before: float = 0.0,
    ) -> None:
        inner = width - 2 * padding - bar_width
        self._set([make(inner) for make in children], width, padding, (fill, bar, bar_width))
        self.space_before = space_before

    def _set(
        self,
        children: list[Block],
        width: float,
        padding: float,
        look: tuple[QColor, QColor, float],
    ) -> None:
        self._children = children
        self._width = width
        self._padding = padding
        self._look = look
        self.height = 2 * padding + _run_height(children)

    @property
    def least_start(self) -> float:
        return 2 * self._padding + _run_height(self._children[:2])

    def split(self, room: float) -> tuple[Block, Block] | None:
        count = 0
        while (
            count < len(self._children)
            and 2 * self._padding + _run_height(self._children[: count + 1]) <= room
        ):
            count += 1
        while count and self._children[count - 1].keep_with_next:
            count -= 1
        if count == 0 or count == len(self._children):
            return None
        head, rest = Boxed.__new__(Boxed), Boxed.__new__(Boxed)
        head._set(self._children[:count], self._width, self._padding, self._look)
        head.space_before = self.space_before
        rest._set(self._children[count:], self._width, self._padding, self._look)
        return head, rest

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        fill, bar, bar_width = self._look
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRect(QRectF(top_left.x(), top_left.y(), self._width, self.height))
        painter.setBrush(bar)
        painter.drawRect(QRectF(top_left.x(), top_left.y(), bar_width, self.height))
        painter.restore()
        y = top_left.y() + self._padding
        x = top_left.x() + bar_width + self._padding
        for index, child in enumerate(self._children):
            if index:
                y += child.space_before
            child.paint(painter, QPointF(x, y))
            y += child.height


class Columns(Block):
    """Runs of blocks side by side (the neck's and the back's warning signs).

    It may run on to the next page, each column breaking between its blocks, never
    after a heading."""

    def __init__(
        self, runs: Sequence[Sequence[Make]], width: float, gap: float, space_before: float
    ) -> None:
        column = (width - gap * (len(runs) - 1)) / len(runs)
        self._set([[make(column) for make in run] for run in runs], column, gap, space_before)

    def _set(self, runs: list[list[Block]], column: float, gap: float, space_before: float) -> None:
        self._runs = runs
        self._column = column
        self._gap = gap
        self.height = max(_run_height(run) for run in runs)
        self.space_before = space_before

    @property
    def least_start(self) -> float:
        """Room for a few lines of each column: no column starts with a lone heading."""
        return max(_run_height(run[:3]) for run in self._runs)

    def split(self, room: float) -> tuple[Block, Block] | None:
        heads: list[list[Block]] = []
        rests: list[list[Block]] = []
        for run in self._runs:
            count = 0
            while count < len(run) and _run_height(run[: count + 1]) <= room:
                count += 1
            while count and run[count - 1].keep_with_next:
                count -= 1
            heads.append(run[:count])
            rests.append(run[count:])
        if not any(heads) or not any(rests):
            return None
        head, rest = Columns.__new__(Columns), Columns.__new__(Columns)
        head._set(heads, self._column, self._gap, self.space_before)
        rest._set(rests, self._column, self._gap, 0.0)
        return head, rest

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        for number, run in enumerate(self._runs):
            x = top_left.x() + number * (self._column + self._gap)
            y = top_left.y()
            for index, block in enumerate(run):
                if index:
                    y += block.space_before
                block.paint(painter, QPointF(x, y))
                y += block.height


def _run_height(run: Sequence[Block]) -> float:
    """Blocks one under the other; the first one's space before is the run's own."""
    return sum(b.height + (b.space_before if i else 0.0) for i, b in enumerate(run))


class Spacer(Block):
    """Empty room, as tall as asked."""

    def __init__(self, height: float) -> None:
        self.height = height

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        return


class Figures(Block):
    """An entry's drawings, one under the other (most entries have one)."""

    def __init__(
        self,
        figures: Sequence[HandoutFigure],
        gap: float,
        space_before: float = 0.0,
        keep: bool = False,
    ) -> None:
        self._figures = tuple(figures)
        self._gap = gap
        self.height = sum(f.height for f in figures) + gap * (len(figures) - 1)
        self.space_before = space_before
        self.keep_with_next = keep

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        y = top_left.y()
        for figure in self._figures:
            figure.paint(painter, QPointF(top_left.x(), y))
            y += figure.height + self._gap


# --- the flow ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FullWidth:
    """Blocks across the page's width."""

    blocks: tuple[Make, ...]


@dataclass(frozen=True, slots=True)
class Card:
    """An entry: its heading across the page, then its figure on the left with its text
    beside it, the text taking the whole width once it is below the figure."""

    heading: tuple[Make, ...]
    figure: Block
    text: tuple[Make, ...]
    text_offset: float
    """From the left edge of the page's body to the text beside the figure."""


@dataclass
class Page:
    placed: list[tuple[Block, QPointF]] = field(default_factory=list)


Column = Callable[[int, float], tuple[float, float]]
"""The left edge and width of the text at a page and height."""


@dataclass(frozen=True, slots=True)
class InColumns:
    """Blocks in newspaper columns from where the flow is to the end: down the first
    column, then the next, then on to the next page."""

    blocks: tuple[Make, ...]
    columns: int
    gap: float


class _Flow:
    """The cursor moving down the pages of one body rectangle, or down its columns."""

    def __init__(self, body: QRectF) -> None:
        self.body = body
        self.pages: list[Page] = [Page()]
        self.frame = QRectF(body)
        self.y = body.top()
        self._columns = 1
        self._gap = 0.0

    @property
    def at_top(self) -> bool:
        return self.y == self.frame.top()

    def room(self) -> float:
        return self.frame.bottom() - self.y

    @property
    def at_page_top(self) -> bool:
        return self.at_top and self.frame.topLeft() == self.body.topLeft()

    def new_sheet(self) -> None:
        """On to the first column of a new page."""
        self.pages.append(Page())
        self.frame = QRectF(
            self.body.left(), self.body.top(), self.frame.width(), self.body.height()
        )
        self.y = self.frame.top()

    def new_page(self) -> None:
        """On to the next column, or the first column of a new page."""
        width = self.frame.width()
        if self.frame.right() + self._gap + width <= self.body.right() + 1:
            self.frame = QRectF(
                self.frame.right() + self._gap, self.frame.top(), width, self.frame.height()
            )
            self.y = self.frame.top()
        else:
            self.new_sheet()

    def begin_columns(self, columns: int, gap: float) -> None:
        width = (self.body.width() - gap * (columns - 1)) / columns
        self._columns, self._gap = columns, gap
        self.frame = QRectF(self.body.left(), self.y, width, self.body.bottom() - self.y)

    def in_frame(self, _page: int, _y: float) -> tuple[float, float]:
        return self.frame.left(), self.frame.width()

    def place(self, block: Block, x: float) -> None:
        self.pages[-1].placed.append((block, QPointF(x, self.y)))
        self.y += block.height

    def run(self, makers: Sequence[Make], column: Column) -> None:
        """Place blocks one after another, breaking pages between them; a heading (and
        whatever else keeps with the next block) goes to the next page with it."""
        for index, make in enumerate(makers):
            x, width = column(len(self.pages), self.y)
            block = make(width)
            if block.starts_page and not self.at_page_top:
                self.new_sheet()
                x, width = column(len(self.pages), self.y)
                block = make(width)
            needed = block.least_start
            following = block
            for make_next in makers[index + 1 :]:
                if not following.keep_with_next:
                    break
                following = make_next(width)
                needed += following.space_before + following.least_start
            gap = 0.0 if self.at_top else block.space_before
            if gap + needed > self.room() and not self.at_top:
                self.new_page()
                gap = 0.0
                x, width = column(len(self.pages), self.y)
                block = make(width)
            self.y += gap
            while block.height > self.room() and (parts := block.split(self.room())):
                head, block = parts
                self.place(head, x)
                self.new_page()
                x, _ = column(len(self.pages), self.y)
            self.place(block, x)


def paginate(parts: Sequence[FullWidth | Card | InColumns], body: QRectF) -> list[Page]:
    """Every block placed on pages of ``body``'s rectangle (device units); parts in
    columns come last."""
    flow = _Flow(body)
    for part in parts:
        if isinstance(part, FullWidth):
            flow.run(part.blocks, flow.in_frame)
            continue
        if isinstance(part, InColumns):
            flow.begin_columns(part.columns, part.gap)
            flow.run(part.blocks, flow.in_frame)
            continue
        heading = [make(body.width()) for make in part.heading]
        beside = body.width() - part.text_offset
        first = part.text[0](beside).height if part.text else 0.0
        start = sum(block.space_before + block.height for block in heading)
        if start + max(part.figure.height, first) > flow.room() and not flow.at_top:
            flow.new_page()
        flow.run(part.heading, flow.in_frame)
        figure_page, top = len(flow.pages), flow.y
        flow.place(part.figure, body.left())
        figure_bottom = flow.y
        flow.y = top

        def column(
            page: int,
            y: float,
            page_of: int = figure_page,
            end: float = figure_bottom,
            offset: float = part.text_offset,
        ) -> tuple[float, float]:
            if page == page_of and y < end:
                return body.left() + offset, body.width() - offset
            return body.left(), body.width()

        flow.run(part.text, column)
        if len(flow.pages) == figure_page:
            flow.y = max(flow.y, figure_bottom)
    return flow.pages
