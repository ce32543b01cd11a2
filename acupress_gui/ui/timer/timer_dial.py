"""The timer's dial: a ring of the time left, a breathing circle, and large digits."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_gui.ui.common.durations import format_clock
from acupress_gui.ui.common.theme import Theme, em

RING_WIDTH = 0.055
"""Ring thickness as a share of the dial's size, so the dial scales (kiosk, high DPI)."""
CIRCLE_EMPTY = 0.55
CIRCLE_GROWTH = 0.37
"""The breathing circle's radius, as a share of the ring's: 0.55 empty, 0.92 full."""
DIGITS_SHARE = 0.25
"""The digits' size, as a share of the dial's."""
MIN_SIDE_PX = 168
MIN_SIDE_EM = 6.4
"""The dial is at least this big, in pixels and in body sizes: with large text its
digits (a quarter of it) stay larger than the words beside it."""


class TimerDial(QWidget):
    """Draws whatever state it is given; it keeps no time of its own.

    The ring shows the share of the step still to go. Behind the digits, a soft circle
    grows on the in-breath and shrinks on the out-breath; with reduced motion it stays
    still and only the words beside the dial change.

    It paints its whole square itself (in the card's colour), so a frame repaints the
    dial alone and not the card and window beneath it; and only when its state changed.
    """

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._text = format_clock(0)
        self._left = 1.0
        self._fullness: float | None = None
        self._highlight = False
        self._digits_font = QFont(self.font())
        self._digits_font.setWeight(QFont.Weight.DemiBold)
        self._digits_font.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: no jiggle
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        side = max(MIN_SIDE_PX, round(em(MIN_SIDE_EM)))
        self.setMinimumSize(side, side)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Time left"))

    def text(self) -> str:
        return self._text

    def fullness(self) -> float | None:
        """The breathing circle's size now (None when hidden)."""
        return self._fullness

    def share_left(self) -> float:
        """How much of the ring is drawn: the share of the step still to go."""
        return self._left

    def highlighted(self) -> bool:
        return self._highlight

    def set_state(
        self, seconds_left: int, share_left: float, fullness: float | None, highlight: bool
    ) -> None:
        """``fullness`` is the breathing circle's size (None hides it); ``highlight`` is
        the visual cue that works without sound."""
        text = format_clock(seconds_left)
        left = min(max(share_left, 0.0), 1.0)
        if (text, left, fullness, highlight) == (
            self._text,
            self._left,
            self._fullness,
            self._highlight,
        ):
            return
        if text != self._text:  # about once a second, not on every frame
            self._text = text
            self.setAccessibleDescription(text)
        self._left = left
        self._fullness = fullness
        self._highlight = highlight
        self.update()

    def set_highlight(self, highlight: bool) -> None:
        """Turn the cue's colour on or off, the rest as it is: the dial paints its own
        background, which must match the card's behind it."""
        if highlight != self._highlight:
            self._highlight = highlight
            self.update()

    def motion_pixels(self) -> tuple[float, float]:
        """How many device pixels the circle's edge moves from empty to full, and the
        ring's end from full to empty: so motion is redrawn a pixel at a time."""
        ring_box = self._ring_box().width() * self.devicePixelRatioF()
        return ring_box / 2 * CIRCLE_GROWTH, math.pi * ring_box

    def sizeHint(self) -> QSize:
        side = self.minimumWidth() + 8
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def resizeEvent(self, event: QResizeEvent) -> None:
        side = min(self.width(), self.height())
        self._digits_font.setPixelSize(max(round(side * DIGITS_SHARE), 12))
        super().resizeEvent(event)

    def _ring_box(self) -> QRectF:
        side = min(self.width(), self.height())
        ring = side * RING_WIDTH
        return QRectF(
            (self.width() - side) / 2 + ring,
            (self.height() - side) / 2 + ring,
            side - 2 * ring,
            side - 2 * ring,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        ring = side * RING_WIDTH
        box = self._ring_box()
        painter = QPainter(self)
        # The card's own background (see timer_card's stylesheet rule), cue or not.
        painter.fillRect(
            event.rect(), self._theme.color("warning_bg" if self._highlight else "surface")
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self._theme.color("warning" if self._highlight else "accent")

        if self._fullness is not None:
            glow = QColor(accent)
            glow.setAlphaF(0.10 + 0.12 * self._fullness)
            radius = box.width() / 2 * (CIRCLE_EMPTY + CIRCLE_GROWTH * self._fullness)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(box.center(), radius, radius)

        track = QPen(
            self._theme.color("figure_fill"), ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap
        )
        painter.setPen(track)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        if self._left > 0:
            arc = QPen(accent, ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            painter.drawArc(box, 90 * 16, round(-self._left * 360 * 16))

        painter.setFont(self._digits_font)
        painter.setPen(self._theme.color("text"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._text)
