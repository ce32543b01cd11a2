"""Everything that belongs to one person at the screen, and its clean end.

A session is built by the composition root from the long-lived services and what the
caller hands it (``VisitorStart``): a new visitor's defaults, or the same selection and
zoom when only the language changes. ``close()`` ends it so a fresh one can take its
place while the window stays up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from acupress_gui.ui.common import questions
from acupress_gui.ui.common.style_caches import release_style_caches
from acupress_gui.ui.visitor.visitor_start import VisitorStart
from acupress_gui.ui.visitor.visitor_view import VisitorView

log = logging.getLogger(__name__)


class VisitorSession(QObject):
    """Owns one visitor's view (map, timer and its driver, sitting, dialogs, insights)."""

    def __init__(self, view: VisitorView, start: VisitorStart) -> None:
        super().__init__()
        self.view = view
        self._closed = False
        if start.entry_filter is not None:
            view.finder.set_filter(start.entry_filter)
        if start.entry_id is not None:
            view.select_entry(start.entry_id)
        if start.map_frame is not None:
            frame = start.map_frame
            # The map has its real size only once laid out in the window.
            QTimer.singleShot(0, view.body_map, lambda: view.body_map.show_frame(frame))

    def snapshot(self) -> VisitorStart:
        """Where this visitor is, for a session that continues it (a language change)."""
        return VisitorStart(
            self.view.selected_entry_id(),
            self.view.body_map.frame(),
            self.view.finder.entry_filter(),
        )

    def close(self) -> None:
        """End the session: the running hold is saved as stopped by quitting, nothing stays.

        The hold is stopped first, so it is recorded by the sitting as when Stop is
        pressed; then every dialog of the visitor goes unanswered (its callbacks must
        not act on a session that is ending), the insights reader stops for good, and
        the view is deleted.
        """
        if self._closed:
            return
        self._closed = True
        view = self.view
        view.stop_on_close()
        insights = view.insights_view()
        if insights is not None:
            insights.shutdown()
        release_style_caches(view)  # its dialogs' too, while they are still in it
        questions.dismiss_all(view)
        # Hidden where it is, not taken out of the window: moving a whole view out from
        # under the window's style sheet restyles every widget of it, only to delete it.
        view.hide()
        view.deleteLater()
        log.info("Visitor session closed")
