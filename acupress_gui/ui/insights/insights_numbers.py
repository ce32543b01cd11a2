"""The charts' numbers as tables: what a screen reader, or anyone who prefers figures to a
plot, reads cell by cell instead of the charts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.insights import Insights
from acupress_gui.ui.insights.insights_charts import amount_text, day_text, entry_title


def _table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:  # figures line up on the right, as in any table of numbers
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


class InsightsNumbers(QWidget):
    """Two tables: each day's average pain before and after and minutes pressed, oldest
    first as on the charts; and each point's minutes, longest first."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.days = _table(
            self.tr("Pain and minutes by day"),
            (self.tr("Day"), self.tr("Pain before"), self.tr("Pain after"), self.tr("Minutes")),
        )
        self.entries = _table(
            self.tr("Minutes by point, longest first"), (self.tr("Point"), self.tr("Minutes"))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for heading, table, stretch in (
            (self.tr("Pain (0 no pain, 10 worst) and minutes by day"), self.days, 3),
            (self.tr("Minutes by point"), self.entries, 1),
        ):
            label = QLabel(heading.upper())
            label.setObjectName("sectionHeading")
            label.setAccessibleName(heading)
            label.setBuddy(table)
            layout.addSpacing(8)
            layout.addWidget(label)
            layout.addWidget(table, stretch)

    def show_insights(self, insights: Insights) -> None:
        locale = self.locale()

        def amount(value: float | None) -> str:
            return "" if value is None else amount_text(locale, value)

        pain = {day.day: day for day in insights.daily_pain}
        minutes = {day.day: day.minutes for day in insights.daily_minutes}
        rows = []
        for day in sorted(pain.keys() | minutes.keys()):
            rated = pain.get(day)
            rows.append(
                (
                    day_text(locale, day, QLocale.FormatType.ShortFormat),
                    amount(rated.mean_before if rated else None),
                    amount(rated.mean_after if rated else None),
                    amount(minutes.get(day)),
                )
            )
        _fill(self.days, rows)
        _fill(
            self.entries,
            [
                (entry_title(self._catalog, use.entry_id), amount_text(locale, use.minutes))
                for use in insights.entry_use
            ],
        )

    def release(self) -> None:
        """Empty the tables (a hidden window reads afresh when shown again)."""
        self.days.setRowCount(0)
        self.entries.setRowCount(0)

    def day_rows(self) -> list[list[str]]:
        """The days table's cells, row by row."""
        return _cells(self.days)

    def entry_rows(self) -> list[list[str]]:
        return _cells(self.entries)


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [
            item.text() if (item := table.item(row, column)) is not None else ""
            for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    ]
