"""The catalog's entries as a Qt list model, shared by the list, the map and the panel.

The rows are grouped by region, from the head down, each group under a heading row
(the region's name, as the map's pills say it), so the list reads in the same parts
as the map. A heading can be neither chosen nor selected.

One ``QItemSelectionModel`` on this model is the single source of the selected entry:
every view that shows the selection listens to its ``selectionChanged``, so they can
never disagree. (Its *current* index is only keyboard focus: a list that gains focus
makes its first entry current without the person choosing it.)
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from acupress_gui.core.catalog import Catalog, Entry, Region
from acupress_gui.ui.map import map_layout

EntryRole = Qt.ItemDataRole.UserRole + 1
"""The ``Entry`` behind a row (None on a heading)."""

RegionRole = Qt.ItemDataRole.UserRole + 2
"""The ``Region`` a heading row names (None on an entry's row)."""

AnyIndex = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    """Read-only rows: a heading per region, then its entries in catalog order."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Entry | Region] = []
        for region in map_layout.regions_used(catalog):
            self._rows.append(region)
            self._rows.extend(catalog.entries_in(region))
        self._entry_count = len(catalog.entries)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def entry_count(self) -> int:
        """How many entries the list holds (its headings left out)."""
        return self._entry_count

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if self.region_at(index) is not None:
            # Enabled, so a screen reader reads it as text rather than "unavailable".
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, Region):
            return self._heading_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title}\n{row.code_summary}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            #: What a screen reader says on a row of the list of points, such as "Sea of
            #: Vitality, 2 points: BL23 + BL52": {title} is its name, {codes} its points' codes.
            return self.tr("{title}, %n point(s): {codes}", "", len(row.codes)).format(
                title=row.title, codes=row.code_summary
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.summary
        if role == EntryRole:
            return row
        return None

    def _heading_data(self, region: Region, role: int) -> object:
        name = map_layout.region_name(region)
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            #: What a screen reader says on a region's heading in the list of points, such
            #: as "Lower back, heading": {region} is the region's name; "heading" says it is
            #: a title over the points below it, not a point to choose.
            return self.tr("{region}, heading").format(region=name)
        if role == RegionRole:
            return region
        return None

    def entry_at(self, index: AnyIndex) -> Entry | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        return row if isinstance(row, Entry) else None

    def region_at(self, index: AnyIndex) -> Region | None:
        """The region a heading row names; None on an entry's row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        return row if isinstance(row, Region) else None

    def index_of(self, entry_id: str) -> QModelIndex:
        """The row of the entry with this id, or an invalid index."""
        for row, item in enumerate(self._rows):
            if isinstance(item, Entry) and item.id == entry_id:
                return self.index(row)
        return QModelIndex()

    def heading_of(self, region: Region) -> QModelIndex:
        """The heading row of a region, or an invalid index if it has no entries."""
        for row, item in enumerate(self._rows):
            if item is region:
                return self.index(row)
        return QModelIndex()


def choose(selection: QItemSelectionModel, index: QModelIndex) -> None:
    """Make the entry at ``index`` the one chosen (and the keyboard's current row)."""
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def selected_entry(selection: QItemSelectionModel) -> Entry | None:
    """The entry the person has chosen, if any."""
    rows = selection.selectedRows()
    model = selection.model()
    if not rows or not isinstance(model, EntryListModel):
        return None
    return model.entry_at(rows[0])
