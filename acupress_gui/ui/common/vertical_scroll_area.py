"""A pane that scrolls up and down when the window is too short for it, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from acupress_gui.ui.common.style_caches import forgotten_when_gone


class LeastHeightPane(QWidget):
    """A pane whose height for a width is the least its layout needs at that width.

    A resizable scroll area makes its content as tall as that height (or the area's, if
    taller): this way the content scrolls only when it must, and a part that stretches
    (the point panel) takes what is left, rather than the content taking the height it
    would like and scrolling at every size.
    """

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        least = layout.minimumHeightForWidth(width) if layout is not None else -1
        return least if least >= 0 else super().heightForWidth(width)


class LeftoverPane(QWidget):
    """A pane that asks for no height but its least: it gets what the parts above it
    leave. (Qt asks a pane whose words wrap for its height at each width, whatever its
    size policy says; this one does not answer.)

    Its least height is ``floor`` or what its parts need at its width, if more (a row of
    buttons that wraps onto two lines with large text).
    """

    def __init__(self, floor: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._floor = floor
        self.setMinimumHeight(floor)

    def hasHeightForWidth(self) -> bool:
        return False

    def event(self, event: QEvent) -> bool:
        # Set, not hinted: a pane that asks for no height (Ignored) keeps only a set
        # minimum. Its parts' least height follows its width and what is shown in it.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            layout = self.layout()
            least = self._floor
            if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
                least = max(least, layout.minimumHeightForWidth(self.width()))
            self.setMinimumHeight(least)
        return super().event(event)


class VerticalScrollArea(QScrollArea):
    """Shows ``content`` at the area's full width and at least the area's height; where
    the window is shorter than the content's least height (large text on a small
    screen), it scrolls vertically.

    It is as narrow as the content can be, plus room for the scroll bar, so the content
    is never cut at the side; it asks for no height of its own, so the window's
    minimum height is not the content's.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        """``content`` is a word-wrapped label, or a ``LeastHeightPane`` with a layout."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        forgotten_when_gone(self.viewport())  # it holds a whole pane
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self._beside_content(), 0)

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize()
        return QSize(hint.width() + self._beside_content(), hint.height())

    def _beside_content(self) -> int:
        """The scroll bar's width and the frame's on both sides."""
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The content's least width changes as its parts come and go (a banner, the
        # summary): the splitter must hear of it.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)
