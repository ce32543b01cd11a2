"""The catalog's entries as a Qt list model, shared by the list, the map and the panel.

One ``QItemSelectionModel`` on this model is the single source of the selected entry:
every view that shows the selection listens to its ``selectionChanged``, so they can
never disagree. (Its *current* index is only keyboard focus: a list that gains focus
makes its first row current without the person choosing it.)
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

from acupress_gui.core.catalog import Catalog, Entry

EntryRole = Qt.ItemDataRole.UserRole + 1
"""The ``Entry`` behind a row."""

AnyIndex = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    """Read-only rows, one per entry, in catalog order."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = catalog.entries

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.title}\n{entry.code_summary}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{title}, points {codes}").format(
                title=entry.title, codes=entry.code_summary
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.summary
        if role == EntryRole:
            return entry
        return None

    def entry_at(self, index: AnyIndex) -> Entry | None:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        return self._entries[index.row()]

    def index_of(self, entry_id: str) -> QModelIndex:
        """The row of the entry with this id, or an invalid index."""
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
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
