"""Find by what hurts: the complaint chips and the search field narrow the map and the list.

One ``EntryFilter`` is built from both and handed to the map and to the list, so what
the map shows and what the list offers are always the same entries. The chosen entry
stays chosen when a filter hides it (a running hold is never cut short by a search).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QLabel, QListView

from acupress_gui.core.catalog import Complaint, Region
from acupress_gui.ui.map.body_map_view import BodyMapView
from acupress_gui.ui.map.complaint_chips import ComplaintChips, complaint_in_sentence
from acupress_gui.ui.map.entry_filter import EntryFilter
from acupress_gui.ui.map.entry_list_model import EntryListModel
from acupress_gui.ui.map.search_field import SearchField


class EntryFinder(QObject):
    """Owns the chips, the search field and the line that says what was found.

    Signals:
        activated(QModelIndex): Enter in the search field picked this row.
    """

    activated = Signal(QModelIndex)

    def __init__(
        self,
        model: EntryListModel,
        selection: QItemSelectionModel,
        entry_list: QListView,
        body_map: BodyMapView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._selection = selection
        self._list = entry_list
        self._map = body_map
        self.chips = ComplaintChips()
        self.search_field = SearchField()
        self.status = QLabel()
        self.status.setObjectName("findStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self._filter = EntryFilter()
        self.chips.chosen.connect(self._changed)
        self.search_field.textChanged.connect(self._changed)
        self.search_field.go_down.connect(self._focus_list)
        self.search_field.accepted.connect(self._accept_first)

    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, entry_filter: EntryFilter) -> None:
        """Show ``entry_filter`` in the chips and the field, and apply it."""
        self.chips.choose(entry_filter.complaint)
        self.search_field.setText(entry_filter.text)
        self._changed()

    def shown_rows(self) -> list[int]:
        """The entries' rows the filter lets through, in order (headings left out)."""
        return [
            row
            for row in range(self._model.rowCount())
            if not self._list.isRowHidden(row)
            and self._model.entry_at(self._model.index(row)) is not None
        ]

    def _changed(self) -> None:
        complaint: Complaint | None = self.chips.complaint()
        self._filter = EntryFilter(complaint, self.search_field.text())
        found: set[Region] = set()
        for row in range(self._model.rowCount()):
            entry = self._model.entry_at(self._model.index(row))
            if entry is not None:
                matches = self._filter.matches(entry)
                self._list.setRowHidden(row, not matches)
                if matches:
                    found.add(entry.region)
        # A heading shows only over entries that are shown.
        for row in range(self._model.rowCount()):
            region = self._model.region_at(self._model.index(row))
            if region is not None:
                self._list.setRowHidden(row, region not in found)
        self._map.set_filter(self._filter)
        self._say_what_was_found(complaint)

    def _say_what_was_found(self, complaint: Complaint | None) -> None:
        shown, total = len(self.shown_rows()), self._model.entry_count()
        text = self._filter.text.strip()
        if self._filter.is_empty:
            self.status.hide()
            return
        if shown:
            message = self.tr("%n of {total} shown", "", shown).format(total=total)
        elif not text and complaint is not None:
            message = self.tr("No points for {complaint} here.").format(
                complaint=complaint_in_sentence(complaint)
            )
        elif complaint is not None:
            message = self.tr("Nothing for {complaint} matches \u201c{text}\u201d.").format(
                complaint=complaint_in_sentence(complaint), text=text
            )
        else:
            message = self.tr("Nothing matches \u201c{text}\u201d.").format(text=text)
        self.status.setText(message)
        self.status.show()

    def _focus_list(self) -> None:
        rows = self.shown_rows()
        if not rows:
            return
        self._list.setFocus()
        current = self._list.currentIndex()
        if not current.isValid() or self._list.isRowHidden(current.row()):
            # Focus only: the person moves with the arrows and chooses with Enter.
            self._selection.setCurrentIndex(
                self._model.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _accept_first(self) -> None:
        rows = self.shown_rows()
        if rows:
            self.activated.emit(self._model.index(rows[0]))
