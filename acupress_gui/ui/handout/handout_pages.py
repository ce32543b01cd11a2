"""A handout laid out and painted on pages: to a PDF file, or to any printer Qt has.

``paint_handout`` draws on any ``QPagedPaintDevice`` (a ``QPdfWriter``, a ``QPrinter``
from the print dialog), so a kiosk without native dialogs prints the same pages. It
tries ``core.handout.LAYOUTS`` in turn and takes the first that fits the handout's page
budget; ``HandoutTooLongError`` says when none does. Needs a ``QGuiApplication`` (fonts),
not widgets, so the command line writes a handout without a display.

Page plan, as a person reads it: a running line at the top (the clinic, the title);
the title, what the sheet holds, the clinic's note and where the warning signs are;
each entry with its figure on the left and its steps on the right; then what applies
to every point, when to get help (the neck's and the back's lists side by side) and
where the points come from; the page number at the foot.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from acupress_gui.core import body, red_flags
from acupress_gui.core.catalog import Entry, PregnancyAdvice, Side
from acupress_gui.core.export import Written, write_file
from acupress_gui.core.handout import (
    LAYOUTS,
    Detail,
    Handout,
    Hold,
    Kind,
    Layout,
    Paper,
    paper_of_environment,
)
from acupress_gui.core.hold_choices import SideMode
from acupress_gui.ui.common import advice
from acupress_gui.ui.common.core_text import translated
from acupress_gui.ui.common.sentences import joined
from acupress_gui.ui.common.translation_context import TranslationContext
from acupress_gui.ui.handout.handout_figure import HandoutFigure, Units
from acupress_gui.ui.handout.handout_flow import (
    LEADING,
    Block,
    Boxed,
    Card,
    Columns,
    Figures,
    FullWidth,
    InColumns,
    ListItem,
    Make,
    Page,
    Spacer,
    Text,
    paginate,
)

FONT_FAMILIES = (
    "Nimbus Sans",
    "Liberation Sans",
    "Arial",
    "Helvetica",
    "DejaVu Sans",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
)
"""A plain sans serif that prints well, then others; the last ones have the Chinese
characters of the point names."""

PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}

MARGIN_MM = 11.0
RUNNING_MM = 6.5
"""The band at the top and the foot of each page for the running line and page number."""
FIGURE_SHARE = 0.42
"""Of the page's width, for the figure beside the first lines of an entry's own sheet."""
COLUMN_FIGURE_MM = 48.0
"""The tallest figure of a routine's entry, at the top of its column."""
COLUMN_GAP_MM = 6.0

TEXT = "#141414"
MUTED = "#4a4a4a"
RULE = "#9a9a9a"
CAUTION_FILL = QColor("#f6efe2")
CAUTION_BAR = QColor("#8a5a00")
URGENT_FILL = QColor("#f3ecec")
URGENT_BAR = QColor("#7a1f1f")


handout_counts = TranslationContext("handout_counts")
"""The handout's texts with a count, in plural forms (the others are in "handout")."""


class HandoutTooLongError(ValueError):
    """No layout fits the handout in its pages; the message says so plainly."""


def page_size(paper: Paper) -> QPageSize:
    return QPageSize(PAGE_SIZES[paper])


@dataclass(frozen=True, slots=True)
class _Style:
    """The fonts of one layout, from its body size."""

    body: QFont
    small: QFont
    heading: QFont
    card_title: QFont
    title: QFont
    label: QFont
    running: QFont

    @classmethod
    def of(cls, layout: Layout) -> _Style:
        size = layout.body_points

        def font(points: float, bold: bool = False) -> QFont:
            made = QFont()
            made.setFamilies(list(FONT_FAMILIES))
            made.setPointSizeF(points)
            made.setBold(bold)
            made.setStyleHint(QFont.StyleHint.SansSerif)
            return made

        return cls(
            body=font(size),
            small=font(max(size - 1.0, 10.0)),
            heading=font(size * 1.12, bold=True),
            card_title=font(size * 1.35, bold=True),
            title=font(size * 2.0, bold=True),
            label=font(max(size - 2.0, 9.0), bold=True),
            running=font(9.5),
        )


@dataclass(frozen=True, slots=True)
class LaidOut:
    pages: list[Page]
    layout: Layout


def lay_out(handout: Handout, device: QPagedPaintDevice) -> LaidOut:
    """The handout on pages of ``device``, in the first layout that fits its budget."""
    for layout in LAYOUTS:
        laid_out = _Builder(handout, device, layout).lay_out()
        if len(laid_out.pages) <= handout.max_pages:
            return laid_out
    raise HandoutTooLongError(
        QCoreApplication.translate(
            "handout",
            "{title} does not fit on {pages} pages, even in small print. Print fewer "
            "points at a time.",
        ).format(title=translated(handout.title), pages=handout.max_pages)
    )


def paint_handout(handout: Handout, device: QPagedPaintDevice) -> int:
    """Lay out and paint the handout on ``device``; returns how many pages it has.

    Raises ``HandoutTooLongError``, or ``OSError`` when the device cannot be painted on."""
    laid_out = lay_out(handout, device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            QCoreApplication.translate(
                "handout", "The printer or file could not be opened for drawing."
            )
        )
    try:
        builder = _Builder(handout, device, laid_out.layout)
        for number, page in enumerate(laid_out.pages, start=1):
            if number > 1:
                device.newPage()
            builder.paint_running_lines(painter, number, len(laid_out.pages))
            for block, top_left in page.placed:
                block.paint(painter, top_left)
    finally:
        painter.end()
    return len(laid_out.pages)


def pdf_writer(target: QIODevice | str, paper: Paper, title: str) -> QPdfWriter:
    """A PDF writer on ``paper`` with no margins of its own (the pages set theirs)."""
    writer = QPdfWriter(target)
    writer.setPageSize(page_size(paper))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(600)
    writer.setTitle(title)
    writer.setCreator("AcuPress")
    return writer


def pdf_bytes(handout: Handout, paper: Paper) -> tuple[bytes, int]:
    """The handout as a PDF file's bytes, and its page count.

    Written in memory: a file written straight by Qt would not say when the disk is full,
    so the caller writes the bytes and hears of every failure."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, paper, translated(handout.title))
    pages = paint_handout(handout, writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data()), pages


def save_pdf(handout: Handout, target: Path, paper: Paper, protected: Iterable[Path]) -> int:
    """Write the handout to ``target`` as PDF; returns its page count.

    Refused for the app's own files and written beside the target then renamed into
    place, as the history's export is (``ExportError``); ``HandoutTooLongError`` when it
    cannot fit its pages."""
    data, pages = pdf_bytes(handout, paper)
    write_file(target, data, protected=protected, what=Written.HANDOUT)
    return pages


def default_paper() -> Paper:
    """The paper of this locale: the environment's on Unix (LC_ALL, then LC_PAPER, then
    LANG), where the person's paper is set apart from their language; else Qt's."""
    return paper_of_environment(os.environ, QLocale.system().name())


class _Builder:
    """The blocks of one handout in one layout, for one device."""

    def __init__(self, handout: Handout, device: QPagedPaintDevice, layout: Layout) -> None:
        self.handout = handout
        self.device = device
        self.layout = layout
        self.style = _Style.of(layout)
        self.units = Units(device.logicalDpiY())
        self.page_rect = QRectF(device.pageLayout().fullRectPixels(device.logicalDpiY()))
        margin = self.units.mm(MARGIN_MM)
        running = self.units.mm(RUNNING_MM)
        self.body = self.page_rect.adjusted(margin, margin + running, -margin, -margin - running)
        self.figure_width = self.body.width() * FIGURE_SHARE
        self.text_offset = self.figure_width + self.units.mm(COLUMN_GAP_MM)
        self.line = self.units.pt(layout.body_points * LEADING)
        self.help_page = 0
        self._help_block: Block | None = None

    def lay_out(self) -> LaidOut:
        # The first page names the page of "When to get help": lay out once to find it,
        # then again with the number in place.
        pages = paginate(self._parts(), self.body)
        self.help_page = next(
            (
                number
                for number, page in enumerate(pages, start=1)
                if any(block is self._help_block for block, _ in page.placed)
            ),
            len(pages),
        )
        pages = paginate(self._parts(), self.body)
        return LaidOut(pages, self.layout)

    # --- blocks -------------------------------------------------------------------------

    def text(
        self,
        html: str,
        font: QFont | None = None,
        before: float = 0.0,
        keep: bool = False,
        color: str = TEXT,
    ) -> Make:
        chosen = font or self.style.body

        def make(width: float) -> Block:
            return Text(
                f"<div style='color:{color}'>{html}</div>",
                chosen,
                width,
                self.device,
                space_before=before,
                keep_with_next=keep,
            )

        return make

    def heading(self, text: str, before: float | None = None) -> Make:
        return self.text(
            escape(text),
            self.style.heading,
            before=self.line * 0.65 if before is None else before,
            keep=True,
        )

    def items(self, items: Sequence[str], numbered: bool, spacing: float = 0.15) -> list[Make]:
        indent = self.line * (1.5 if numbered else 1.1)

        def item(number: int, text: str) -> Make:
            return lambda width: ListItem(
                f"{number}." if numbered else "\u2022",
                escape(text),
                self.style.body,
                width,
                indent,
                self.device,
                space_before=self.line * (spacing if number > 1 else 0.15),
            )

        return [item(number, text) for number, text in enumerate(items, start=1)]

    def box(self, children: Sequence[Make], urgent: bool, before: float = 0.0) -> Make:
        return lambda width: Boxed(
            children,
            width,
            self.units.mm(2.8),
            URGENT_FILL if urgent else CAUTION_FILL,
            URGENT_BAR if urgent else CAUTION_BAR,
            self.units.mm(1.4),
            space_before=before,
        )

    # --- the parts ----------------------------------------------------------------------

    def _parts(self) -> list[FullWidth | Card | InColumns]:
        """An entry's own sheet: its figure beside its steps, then the warning signs side
        by side. A routine's: its entries and the signs in two columns of about 55
        characters, the easiest line to read, which also wastes the least paper."""
        opening = FullWidth(tuple(self._opening()))
        if self.handout.kind is Kind.ENTRY:
            (part,) = self.handout.parts
            return [opening, self._card(part.entry, part.hold), FullWidth(tuple(self._closing()))]
        run: list[Make] = []
        for part in self.handout.parts:
            run += self._card_in_column(part.entry, part.number or 0, part.hold)
        run += self._closing()
        return [opening, InColumns(tuple(run), 2, self.units.mm(COLUMN_GAP_MM))]

    def _opening(self) -> list[Make]:
        handout = self.handout
        blocks = [self.text(escape(translated(handout.title)), self.style.title)]
        if handout.kind is Kind.ENTRY:
            subtitle = handout.parts[0].entry.summary
        else:
            minutes = max(1, round(_routine_seconds(handout) / 60))
            subtitle = joined(
                handout_counts.tr("%n point(s), in this order.", "", len(handout.parts)),
                handout_counts.tr("About %n minute(s) in all.", "", minutes),
            )
        blocks.append(self.text(escape(subtitle), before=self.line * 0.3))
        if handout.clinic_name or handout.clinic_note:
            lines = [f"<b>{escape(handout.clinic_name)}</b>"] if handout.clinic_name else []
            if handout.clinic_note:
                lines.append(escape(handout.clinic_note))
            blocks.append(self.text("<br>".join(lines), before=self.line * 0.6))
        notice = QCoreApplication.translate(
            "handout",
            "Stop pressing and get help if you have any sign under \u201cWhen to get "
            "help\u201d on page {page}.",
        ).format(page=self.help_page or 9)
        blocks.append(self.box([self.text(escape(notice))], urgent=True, before=self.line * 0.8))
        return blocks

    def _card(self, entry: Entry, hold: Hold) -> Card:
        """An entry's own sheet: its figure, with its steps beside and then below it."""
        figures = Figures(
            [
                HandoutFigure(
                    entry, view, self.figure_width, self.units, self.style.label, self.device
                )
                for view in entry.views
            ],
            self.units.mm(5),
        )
        heading = (lambda width: Spacer(self.line),)
        return Card(heading, figures, tuple(self._entry_text(entry, hold)), self.text_offset)

    def _card_in_column(self, entry: Entry, number: int, hold: Hold) -> list[Make]:
        """One entry of a routine down a column: its number and name, its figure, its
        steps; the name and the figure go on to the next column with the first step."""
        title = self.text(
            f"{number}.&nbsp; {escape(entry.title)}"
            f"<span style='color:{MUTED}; font-weight:normal'>"
            f"&nbsp;&nbsp;{escape(entry.code_summary)}</span>",
            self.style.card_title,
            before=self.line * 1.3,
            keep=True,
        )
        height = self.units.mm(COLUMN_FIGURE_MM)

        def figures(width: float) -> Block:
            drawings = [
                HandoutFigure(entry, view, width, self.units, self.style.label, self.device, height)
                for view in entry.views
            ]
            return Figures(drawings, self.units.mm(4), space_before=self.line * 0.4, keep=True)

        return [title, figures, *self._entry_text(entry, hold)]

    def _entry_text(self, entry: Entry, hold: Hold) -> list[Make]:
        """What to do with an entry: where, how to find, how to press, how long, and
        what to take care of."""
        full = self.layout.detail is Detail.FULL
        text: list[Make] = []
        warning = red_flags.warning_for(entry.region, red_flags.Referral.SHEET)
        if warning is not None:
            # Before any pressing advice: this pain is itself a reason to see a doctor.
            message = translated(warning)
            first = QCoreApplication.translate("handout", "See a doctor first")
            text.append(
                self.box(
                    [self.text(f"<b>{escape(first)}</b><br>{escape(message)}")],
                    urgent=True,
                    before=self.line * 0.5,
                )
            )
        if full and self.handout.kind is Kind.ROUTINE:
            text.append(self.text(escape(entry.summary), before=self.line * 0.5))
        text.extend(self._points(entry))
        text.append(self.heading(QCoreApplication.translate("handout", "How to find it")))
        text.extend(self.items(entry.find_steps, numbered=True))
        # Who can press them reads as the heading's second half, on its line. (A call
        # inside an f-string is invisible to lupdate: the text is translated first.)
        how_to_press = QCoreApplication.translate("handout", "How to press")
        text.append(
            self.text(
                f"{escape(how_to_press)}&nbsp;&nbsp; "
                "<span style='font-weight:normal; "
                f"font-size:{self.layout.body_points:g}pt; color:{MUTED}'>"
                f"{escape(advice.reach_text(entry.reach))}</span>",
                self.style.heading,
                before=self.line * 0.65,
                keep=True,
            )
        )
        text.extend(self.items(entry.press_steps, numbered=True))
        text.append(self.text(f"<b>{escape(_hold_text(entry, hold))}</b>", before=self.line * 0.4))
        shared = _shared_cautions(self.handout)
        own = [caution for caution in entry.cautions if caution not in shared]
        if self.handout.kind is Kind.ENTRY:
            own += [advice.pregnancy_text(entry.pregnancy), advice.general_caution()]
        elif entry.pregnancy is PregnancyAdvice.AVOID:
            own.append(advice.pregnancy_text(entry.pregnancy))
        # In a routine's columns the box may stand apart from its entry: it says whose.
        title = (
            QCoreApplication.translate("handout", "Take care")
            if self.handout.kind is Kind.ENTRY
            else QCoreApplication.translate("handout", "Take care with {title}").format(
                title=entry.title
            )
        )
        cautions = [
            self.text(f"<b>{escape(title)}</b>", keep=True),
            *self.items(own, False),
        ]
        text.append(self.box(cautions, urgent=False, before=self.line * 0.6))
        if full and entry.evidence is not None:
            text.append(self.heading(QCoreApplication.translate("handout", "What the studies say")))
            text.append(
                self.text(
                    escape(entry.evidence), self.style.small, before=self.line * 0.25, color=MUTED
                )
            )
        return text

    def _points(self, entry: Entry) -> list[Make]:
        """Each point by code and name; with its place in words when there is room."""
        full = self.layout.detail is Detail.FULL
        blocks = []
        for index, point in enumerate(entry.points):
            names = " \u00b7 ".join(escape(name) for name in point.names[: None if full else 1])
            line = (
                f"<b>{escape(point.code)}</b>&nbsp; {names} "
                f"<span style='color:{MUTED}'>&nbsp;{escape(point.pinyin)} "
                f"{escape(point.characters)}</span>"
            )
            if full:
                line += f"<br>{escape(point.location)}"
            before = self.line * (0.4 if index == 0 else 0.3)
            # With the first step: a figure is never left at a column's foot alone.
            blocks.append(self.text(line, before=before, keep=True))
        return blocks

    def _closing(self) -> list[Make]:
        """When to get help, the two areas' signs side by side (on a routine's sheet, down
        its columns), then what applies to every point of a routine, and where the points
        come from."""
        handout = self.handout
        help_heading = self.text(
            escape(QCoreApplication.translate("handout", "When to get help")),
            self.style.card_title,
            before=self.line * 1.5,
            keep=True,
        )

        def recorded(width: float) -> Block:
            self._help_block = help_heading(width)
            self._help_block.starts_page = self.layout.signs_together
            return self._help_block

        intro = QCoreApplication.translate(
            "handout",
            "Call your emergency number now (999 in the UK), or go to an emergency "
            "department, if your pain comes with a sign under \u201cNow\u201d. See a doctor "
            "the same day (in the UK you can also call 111) for a sign under \u201cToday\u201d.",
        )
        sources = [
            self.heading(
                QCoreApplication.translate("handout", "Where these points come from"),
                self.line * 1.2,
            ),
            self.text(escape(handout.sources), self.style.small, self.line * 0.25, color=MUTED),
        ]
        opening = [recorded, self.text(escape(intro), before=self.line * 0.4, keep=True)]
        runs = [self._red_flags(area) for area in handout.red_flags]
        if handout.kind is Kind.ROUTINE:  # the page is in columns already
            return [
                *opening,
                *(make for run in runs for make in run),
                self._every_point(),
                *sources,
            ]
        gap = self.units.mm(COLUMN_GAP_MM)
        column = (self.body.width() - gap * (len(runs) - 1)) / len(runs)
        # Where these points come from, under the column that ends highest.
        min(runs, key=lambda run: _height_of(run, column)).extend(sources)
        return [*opening, lambda width: Columns(runs, width, gap, self.line * 0.5)]

    def _every_point(self) -> Make:
        """A routine's cautions for all its points, said once: those every entry of it
        gives, the general one, and the pregnancy advice when it is the same for all."""
        handout = self.handout
        every = [*_shared_cautions(handout), advice.general_caution()]
        if handout.pregnancy is PregnancyAdvice.GENTLE:
            every.append(advice.pregnancy_text(PregnancyAdvice.GENTLE))
        if handout.left_out_for_pregnancy:
            titles = QLocale().createSeparatedList(
                [entry.title for entry in handout.left_out_for_pregnancy]
            )
            every.append(
                QCoreApplication.translate(
                    "handout", "Left out because you are or may be pregnant: {titles}."
                ).format(titles=titles)
            )
        with_every_point = QCoreApplication.translate("handout", "With every point")
        title = self.text(f"<b>{escape(with_every_point)}</b>", keep=True)
        return self.box([title, *self.items(every, False)], urgent=False, before=self.line * 1.2)

    def _red_flags(self, area: red_flags.RedFlags) -> list[Make]:
        neck = area is red_flags.NECK
        area_heading = (
            QCoreApplication.translate("handout", "Neck pain")
            if neck
            else QCoreApplication.translate("handout", "Back pain")
        )
        blocks = [self.heading(area_heading, 0.0 if self.handout.kind is Kind.ENTRY else None)]
        for urgency in (red_flags.Urgency.EMERGENCY, red_flags.Urgency.SAME_DAY):
            now = urgency is red_flags.Urgency.EMERGENCY
            title = (
                QCoreApplication.translate("handout", "Now: call your emergency number")
                if now
                else QCoreApplication.translate("handout", "Today: see a doctor")
            )
            blocks.append(
                self.text(f"<b>{escape(title)}</b>", before=self.line * (0.3 if now else 0.6))
            )
            signs = [translated(sign) for sign in area.signs(urgency)]
            blocks += self.items(signs, numbered=False, spacing=0.12)
        return blocks

    # --- running lines ------------------------------------------------------------------

    def paint_running_lines(self, painter: QPainter, number: int, total: int) -> None:
        units = self.units
        margin = units.mm(MARGIN_MM)
        page = self.page_rect
        band = units.mm(RUNNING_MM * 0.6)
        painter.save()
        painter.setFont(self.style.running)
        painter.setPen(QColor(MUTED))
        top = QRectF(margin, margin, page.width() - 2 * margin, band)
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        painter.drawText(top, left, self.handout.clinic_name or "AcuPress")
        painter.drawText(top, right, translated(self.handout.title))
        painter.setPen(QPen(QColor(RULE), units.pt(0.5)))
        rule = top.bottom() + units.mm(1)
        painter.drawLine(QPointF(top.left(), rule), QPointF(top.right(), rule))
        foot = QRectF(margin, page.height() - margin - band, page.width() - 2 * margin, band)
        painter.setPen(QColor(MUTED))
        bottom = Qt.AlignmentFlag.AlignBottom
        painter.drawText(
            foot,
            left | bottom,
            QCoreApplication.translate(
                "handout", "Self-care guidance from AcuPress: not a diagnosis or a treatment."
            ),
        )
        painter.drawText(
            foot,
            right | bottom,
            QCoreApplication.translate("handout", "Page {number} of {total}").format(
                number=number, total=total
            ),
        )
        painter.restore()


def _height_of(run: Sequence[Make], width: float) -> float:
    blocks = [make(width) for make in run]
    return sum(b.height + (b.space_before if i else 0.0) for i, b in enumerate(blocks))


def _shared_cautions(handout: Handout) -> tuple[str, ...]:
    """The cautions every entry of a routine gives, in the first one's order: printed
    once for all of them. None on an entry's own handout."""
    if handout.kind is not Kind.ROUTINE:
        return ()
    first, *others = handout.entries
    return tuple(c for c in first.cautions if all(c in other.cautions for other in others))


def _routine_seconds(handout: Handout) -> float:
    """About how long the routine takes: each hold, with sides, sets and a moment
    to find each point."""
    total = 0.0
    for part in handout.parts:
        sides = 2 if _has_sides(part.entry, part.hold) else 1
        total += part.hold.seconds * sides * part.hold.sets + 15 * (part.hold.sets - 1) + 15
    return total


def _has_sides(entry: Entry, hold: Hold) -> bool:
    paired = any(point.side is Side.PAIRED for point in entry.points)
    return paired and hold.side_mode is SideMode.ONE_THEN_OTHER


def _duration(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if minutes and rest:
        return QCoreApplication.translate("handout", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=rest
        )
    if minutes:
        return handout_counts.tr("%n minute(s)", "", minutes)
    return handout_counts.tr("%n second(s)", "", rest)


def _hold_text(entry: Entry, hold: Hold) -> str:
    """How long, as the timer will run it: "Hold for 1 minute, both sides at once."."""
    length = _duration(hold.seconds)
    if _has_sides(entry, hold):
        text = QCoreApplication.translate(
            "handout", "Hold for {length} on your right side, then {length} on your left."
        )
    elif any(p.side is Side.PAIRED and p.view == body.BACK_VIEW for p in entry.points):
        # Two hands reach both sides of the back at once, not both hands or both legs.
        text = QCoreApplication.translate("handout", "Hold for {length}, both sides at once.")
    else:
        text = QCoreApplication.translate("handout", "Hold for {length}.")
    text = text.format(length=length)
    if hold.sets > 1:
        text = joined(
            text,
            QCoreApplication.translate(
                "handout", "Do this {n} times, resting a little in between."
            ).format(n=hold.sets),
        )
    return text
