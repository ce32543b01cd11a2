"""The points list's row sizes, measured once for every list the app builds: a new
visitor's list is laid out from them, and a list under other style sheets (another
padding) is measured afresh, so no row is cut to the size another style gave it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import load_catalog
from acupress_gui.ui.common.theme import LIGHT
from acupress_gui.ui.map.entry_list_model import EntryListModel
from acupress_gui.ui.map.entry_list_view import EntryListView
from acupress_gui.ui.map.row_sizes import SHEETS_KEPT, RowSizes

PADDED = "QListView::item { padding: 24px; }"


@pytest.fixture
def holders() -> Iterator[list[QWidget]]:
    """The lists' windows, kept alive for the test (qtbot only closes them after it)."""
    kept: list[QWidget] = []
    yield kept
    kept.clear()


def shown_list(
    qtbot: QtBot, holders: list[QWidget], sizes: RowSizes, sheet: str = ""
) -> EntryListView:
    holder = QWidget()
    holders.append(holder)
    holder.setStyleSheet(sheet)
    qtbot.addWidget(holder)
    model = EntryListModel(load_catalog(), holder)
    view = EntryListView(model, LIGHT, sizes, holder)
    view.setWordWrap(True)
    view.setFixedSize(260, 400)
    holder.show()
    qtbot.waitExposed(holder)
    return view


def entry_heights(view: EntryListView) -> list[int]:
    """The height of each entry's row (a heading is drawn by the list, not the sheet)."""
    model = view.model()
    assert isinstance(model, EntryListModel)
    rows = (model.index(row, 0) for row in range(model.rowCount()))
    return [view.visualRect(row).height() for row in rows if model.entry_at(row) is not None]


def test_a_second_list_under_the_same_style_is_laid_out_alike(
    qtbot: QtBot, holders: list[QWidget]
) -> None:
    sizes = RowSizes()
    first = shown_list(qtbot, holders, sizes)
    second = shown_list(qtbot, holders, sizes)
    assert entry_heights(second) == entry_heights(first)


def test_a_list_with_more_padding_gets_taller_rows_not_the_sizes_measured_before(
    qtbot: QtBot, holders: list[QWidget]
) -> None:
    sizes = RowSizes()
    plain = entry_heights(shown_list(qtbot, holders, sizes))
    padded = entry_heights(shown_list(qtbot, holders, sizes, PADDED))
    alone = entry_heights(shown_list(qtbot, holders, RowSizes(), PADDED))
    assert padded == alone
    assert all(tall > short for tall, short in zip(padded, plain, strict=True))


def test_sizes_are_kept_for_a_few_style_sheets_then_the_oldest_go() -> None:
    sizes = RowSizes()
    first = sizes.under("first")
    first[("Wind Pool", False, 200, "font")] = (200, 40)
    assert sizes.under("first") is first
    for other in range(SHEETS_KEPT - 1):
        sizes.under(f"other {other}")
    assert sizes.under("first") is first  # asked for again: kept the longest
    for other in range(SHEETS_KEPT):
        sizes.under(f"newer {other}")
    assert sizes.under("first") == {}
