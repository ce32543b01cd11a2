"""A thin line through a row of spots of one point, such as Huatuo's points by the spine."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from acupress_gui.ui.common.theme import Theme

ROW_ALPHA = 0.45
ROW_WIDTH_PX = 2.0


class PointRowItem(QGraphicsPathItem):
    """Joins the spots of one side of a point that the standard defines as a row, from
    top to bottom, under the dots: it says they are one entry without a name on each.

    The view shows it with the dots, as quiet as they are.
    """

    def __init__(self, entry_id: str, spots: Sequence[QPointF], theme: Theme) -> None:
        super().__init__()
        self.entry_id = entry_id
        ordered = sorted(spots, key=lambda spot: spot.y())
        path = QPainterPath(ordered[0])
        for spot in ordered[1:]:
            path.lineTo(spot)
        self.setPath(path)
        color = QColor(theme.color("marker"))
        color.setAlphaF(ROW_ALPHA)
        pen = QPen(color, ROW_WIDTH_PX)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setZValue(1.8)  # over the names' leaders, under the dots
