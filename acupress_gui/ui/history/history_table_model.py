"""Saved holds as a table, newest first, fetched a page at a time.

Only the rows on screen (and a page beyond) are read, so a history of a million
holds opens as fast as one of ten. A page that cannot be read is reported by ``failed``
(Qt calls ``fetchMore`` from painting, where an exception has nowhere to go).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.history import (
    HistoryError,
    HistoryStore,
    HoldOutcome,
    HoldRecord,
    Side,
    StoredSession,
)
from acupress_gui.core.spot_steps import point_label, spot_label
from acupress_gui.ui.common.core_text import error_text
from acupress_gui.ui.common.durations import format_clock

PAGE_SIZE = 200
PAIN_COLUMN = 5

AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryTableModel(QAbstractTableModel):
    """Columns: when, point, side, time held, result, and the pain of the hold's sitting."""

    failed = Signal(str)
    """A further page could not be read; the text says why in plain words."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._store: HistoryStore | None = None
        self._rows: list[StoredSession] = []
        self._more = False
        self._headers = (
            self.tr("When"),
            self.tr("Point"),
            self.tr("Side"),
            self.tr("Held"),
            self.tr("Result"),
            self.tr("Pain"),
        )

    def set_store(self, store: HistoryStore | None) -> None:
        """Show this store's newest holds (None: nothing to show).

        Raises ``HistoryError`` when they cannot be read, leaving the table as it was.
        """
        rows = store.recent(PAGE_SIZE) if store else []
        self.beginResetModel()
        self._store = store
        self._rows = rows
        self._more = len(rows) == PAGE_SIZE
        self.endResetModel()

    def session_at(self, row: int) -> StoredSession | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == PAIN_COLUMN:
            return self.tr("Pain rated before and after the session this hold was part of")
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex) -> None:
        if self._store is None or not self._rows:
            return
        try:
            page = self._store.recent(PAGE_SIZE, before_id=self._rows[-1].id)
        except HistoryError as error:
            self._more = False  # no retry from every paint; the next refresh reads again
            self.failed.emit(error_text(error))  # a signal carries plain text
            return
        self._more = len(page) == PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        session = self.session_at(index.row()) if index.isValid() else None
        if session is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        record = session.record
        match index.column():
            case 0:
                return self._when(record)
            case 1:
                return self._what_was_pressed(record)
            case 2:
                return {
                    Side.BOTH: self.tr("Both"),
                    Side.RIGHT: self.tr("Right"),
                    Side.LEFT: self.tr("Left"),
                }[record.side]
            case 3:
                return format_clock(round(record.held_seconds))
            case 4:
                return {
                    HoldOutcome.COMPLETED: self.tr("Completed"),
                    HoldOutcome.STOPPED: self.tr("Stopped early"),
                    HoldOutcome.SKIPPED: self.tr("Skipped"),
                    HoldOutcome.QUIT: self.tr("Stopped by quitting"),
                }[record.outcome]
            case 5:  # PAIN_COLUMN
                return self._pain(session)
        return None

    def _when(self, record: HoldRecord) -> str:
        """The day, date and time a hold started, each as the person's locale writes it."""
        when = QDateTime.fromMSecsSinceEpoch(round(record.started_at.timestamp() * 1000))
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        #: When a hold started: {day} is the short name of the weekday, {date} and {time}
        #: are written as the language writes them. Put them in your language's order.
        return self.tr("{day} {date}, {time}").format(
            day=locale.dayName(when.date().dayOfWeek(), short),
            date=locale.toString(when.date(), short),
            time=locale.toString(when.time(), short),
        )

    def _what_was_pressed(self, record: HoldRecord) -> str:
        """The entry's title; for one spot of it pressed on its own, that spot's label."""
        entry = self._catalog.entry(record.entry_id)
        if entry is None:
            return " + ".join(record.point_codes)
        whole = record.spot is None and record.point_codes == entry.codes
        one_of_its_points = len(record.point_codes) == 1 and record.point_codes[0] in entry.codes
        point = self._catalog.points.get(record.point_codes[0])
        if whole or not one_of_its_points or point is None:
            return entry.title
        if record.spot is None:
            label = point_label(point)
        elif record.spot <= len(point.spots):  # a clinic's catalog may have changed
            label = spot_label(point, record.spot - 1)
        else:
            return entry.title
        return self.tr("{title}: {spot}").format(title=entry.title, spot=label)

    def _pain(self, session: StoredSession) -> str:
        """Both ratings of the sitting, repeated on each of its holds; blank when unrated."""
        sitting = session.sitting
        if sitting is None or (sitting.pain_before is None and sitting.pain_after is None):
            return ""
        if sitting.pain_after is None:
            return self.tr("{before} \u2192 not rated").format(before=sitting.pain_before)
        if sitting.pain_before is None:
            return self.tr("not rated \u2192 {after}").format(after=sitting.pain_after)
        return f"{sitting.pain_before} \u2192 {sitting.pain_after}"
