"""Qt's Fusion style, with the edges of its controls and the keyboard focus in the theme's
colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

from acupress_gui.ui.common.theme import Theme

if TYPE_CHECKING:
    # Named for types only: each option class Qt hands in is made on first use, and
    # this style is made before the window shows.
    from PySide6.QtWidgets import QStyleOption, QStyleOptionComplex, QWidget

EDGE_PX = 1.5
FOCUS_PX = 2.0
RADIUS_PX = 3.0

_Primitive = QStyle.PrimitiveElement
_Complex = QStyle.ComplexControl
_Sub = QStyle.SubElement
_FRAMED = (_Complex.CC_ComboBox, _Complex.CC_SpinBox)
_FOCUS_AROUND = {
    _Sub.SE_CheckBoxFocusRect: (_Sub.SE_CheckBoxIndicator, _Sub.SE_CheckBoxContents),
    _Sub.SE_RadioButtonFocusRect: (_Sub.SE_RadioButtonIndicator, _Sub.SE_RadioButtonContents),
}
"""The parts a focus ring goes round, for each focus rectangle Fusion would draw."""


class AppStyle(QProxyStyle):
    """Fusion on every platform, so the palette and stylesheet look the same everywhere,
    with two things drawn over it.

    Fusion draws the edges of fields, combo and spin boxes, check boxes and slider
    handles in a shade of the window colour, which on a dark theme all but vanishes, and
    shows focus as a faint tint. Here each such edge is drawn in ``Theme.control`` and a
    focused control gets a ring in ``Theme.focus``. What the stylesheet draws itself
    (buttons, lists, cards) has its own ``:focus`` rules in ``style.qss``.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.theme = theme

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is _Primitive.PE_FrameFocusRect:
            self._ring(painter, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element is _Primitive.PE_IndicatorCheckBox:
            self._edge(painter, option.rect, RADIUS_PX)
        elif element is _Primitive.PE_IndicatorRadioButton:
            self._edge(painter, option.rect, option.rect.width() / 2)
        elif element is _Primitive.PE_PanelLineEdit and getattr(option, "lineWidth", 0) > 0:
            self._edge_or_ring(painter, option)  # a field with a frame (a frameless one
            # is a spin box's, whose box has its own)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _FRAMED and getattr(option, "frame", False):  # the box's own option
            self._edge_or_ring(painter, option)
        elif control is _Complex.CC_Slider:
            handle = self.baseStyle().subControlRect(
                control, option, QStyle.SubControl.SC_SliderHandle, widget
            )
            self._edge(painter, handle, RADIUS_PX)
            if option.state & QStyle.StateFlag.State_HasFocus:
                self._ring(painter, option.rect)

    def subElementRect(
        self, element: QStyle.SubElement, option: QStyleOption, widget: QWidget | None = None
    ) -> QRect:
        """A check box's or radio button's focus ring goes round its box and its words."""
        parts = _FOCUS_AROUND.get(element)
        if parts is not None:
            base = self.baseStyle()
            box, words = (base.subElementRect(part, option, widget) for part in parts)
            return box.united(words).adjusted(-2, -2, 2, 2).intersected(option.rect)
        return self.baseStyle().subElementRect(element, option, widget)

    def _edge_or_ring(self, painter: QPainter, option: QStyleOption) -> None:
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._ring(painter, option.rect)
        else:
            self._edge(painter, option.rect, RADIUS_PX)

    def _edge(self, painter: QPainter, rect: QRect, radius: float) -> None:
        self._stroke(painter, rect, self.theme.control, EDGE_PX, radius)

    def _ring(self, painter: QPainter, rect: QRect) -> None:
        self._stroke(painter, rect, self.theme.focus, FOCUS_PX, RADIUS_PX)

    @staticmethod
    def _stroke(painter: QPainter, rect: QRect, colour: str, width: float, radius: float) -> None:
        inset = width / 2
        box = QRectF(rect).adjusted(inset, inset, -inset, -inset)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour), width))
        painter.setBrush(QBrush())  # none; Qt's BrushStyle would bring its namespace in
        painter.drawRoundedRect(box, radius, radius)
        painter.restore()
