"""The list of points: region headings, and pointing at an entry in the list or on the map."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import Catalog, Complaint, Region
from acupress_gui.ui.map import map_layout
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.visitor.visitor_view import VisitorView
from tests.ui.conftest import marker_view_pos


def rows(view: VisitorView) -> list[str]:
    """The list as it reads: a heading's region name, or an entry's id."""
    model = view.entry_model
    read = []
    for row in range(model.rowCount()):
        if view.entry_list.isRowHidden(row):
            continue
        index = model.index(row)
        region = model.region_at(index)
        read.append(str(region) if region is not None else model.entry_at(index).id)
    return read


def row_centre(view: VisitorView, entry_id: str) -> QPoint:
    index = view.entry_model.index_of(entry_id)
    view.entry_list.scrollTo(index)
    return view.entry_list.visualRect(index).center()


def test_each_region_has_a_heading_over_its_entries_in_the_maps_order(
    view: VisitorView, catalog: Catalog
) -> None:
    expected = []
    for region in map_layout.regions_used(catalog):
        expected.append(str(region))
        expected.extend(entry.id for entry in catalog.entries_in(region))
    assert rows(view) == expected
    model = view.entry_model
    heading = model.heading_of(Region.LOWER_BACK)
    assert model.data(heading) == "Lower back"  # as the map's pill names it
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable


def test_a_heading_cannot_be_chosen_by_click_or_enter(qtbot: QtBot, view: VisitorView) -> None:
    heading = view.entry_model.heading_of(Region.UPPER_BACK)
    view.entry_list.scrollTo(heading)
    centre = view.entry_list.visualRect(heading).center()
    qtbot.mouseClick(view.entry_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.entry_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    # QTest's double click leaves its button down: let go, as a finger does.
    qtbot.mouseRelease(view.entry_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.point_panel.entry() is None
    view.entry_list.activated.emit(heading)
    assert view.point_panel.entry() is None
    assert not view.selection.hasSelection()


def test_the_keyboard_steps_over_the_headings(qtbot: QtBot, window: DesktopWindow) -> None:
    view = window.view
    listing = view.entry_list
    window.activateWindow()
    listing.setFocus()
    assert view.entry_model.entry_at(listing.currentIndex()).id == "wind-pool"
    listing.setCurrentIndex(view.entry_model.index_of("sea-of-vitality"))
    qtbot.keyClick(listing, Qt.Key.Key_Up)  # over the "Lower back" heading
    assert view.entry_model.entry_at(listing.currentIndex()).id == "diaphragm-shu"
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert view.entry_model.entry_at(listing.currentIndex()).id == "sea-of-vitality"
    qtbot.keyClick(listing, Qt.Key.Key_Home)
    assert view.entry_model.entry_at(listing.currentIndex()).id == "wind-pool"
    qtbot.keyClick(listing, Qt.Key.Key_PageDown)
    assert view.entry_model.entry_at(listing.currentIndex()) is not None


def test_a_filter_keeps_only_the_headings_over_what_it_shows(
    view: VisitorView, catalog: Catalog
) -> None:
    view.finder.chips.choose(Complaint.SCIATICA)
    shown = [e for e in catalog.entries if Complaint.SCIATICA in e.complaints]
    headings = [item for item in rows(view) if item in {str(r) for r in Region}]
    assert headings == [
        str(r) for r in map_layout.regions_used(catalog) if r in {e.region for e in shown}
    ]
    assert view.finder.status.text().startswith(f"{len(shown)} of {len(catalog.entries)}")
    view.finder.search_field.setText("zzz-nothing")
    assert rows(view) == []


def test_going_to_a_region_brings_its_part_of_the_list_into_sight(
    view: VisitorView, catalog: Catalog
) -> None:
    listing = view.entry_list
    for region in reversed(map_layout.regions_used(catalog)):
        view.body_map.zoom_to_region(region, animated=False)
        heading = view.entry_model.heading_of(region)
        assert listing.viewport().rect().contains(listing.visualRect(heading)), region
        first = view.entry_model.index_of(catalog.entries_in(region)[0].id)
        assert listing.viewport().rect().intersects(listing.visualRect(first)), region


def test_pointing_at_a_row_shows_that_entrys_dots_and_name(qtbot: QtBot, view: VisitorView) -> None:
    body_map = view.body_map
    body_map.zoom_to_region(Region.LOWER_BACK, animated=False)
    qtbot.mouseMove(view.entry_list.viewport(), row_centre(view, "sea-of-vitality"))
    qtbot.waitUntil(lambda: any(m.hovered for m in body_map.markers()))
    pointed = {m.entry.id for m in body_map.markers() if m.hovered}
    assert pointed == {"sea-of-vitality"}
    assert len([m for m in body_map.markers() if m.hovered]) == 4  # BL23 and BL52, both sides
    (name,) = [label for label in body_map.entry_labels() if label.pointed_at]
    assert name.entry.id == "sea-of-vitality"
    assert view.point_panel.entry() is None  # pointing is not choosing

    qtbot.mouseMove(view.entry_list.viewport(), row_centre(view, "gate-of-life"))
    qtbot.waitUntil(
        lambda: {m.entry.id for m in body_map.markers() if m.hovered} == {"gate-of-life"}
    )
    QApplication.sendEvent(view.entry_list, _leave())
    assert not any(m.hovered for m in body_map.markers())
    assert not any(label.pointed_at for label in body_map.entry_labels())


def test_the_row_under_the_keyboard_is_pointed_at_too(qtbot: QtBot, window: DesktopWindow) -> None:
    view = window.view
    window.activateWindow()
    view.entry_list.setFocus()
    qtbot.keyClick(view.entry_list, Qt.Key.Key_Down)
    current = view.entry_model.entry_at(view.entry_list.currentIndex())
    assert {m.entry.id for m in view.body_map.markers() if m.hovered} == {current.id}
    view.finder.search_field.setFocus()  # the list lets go of the focus
    assert not any(m.hovered for m in view.body_map.markers())


def test_pointing_at_a_dot_or_a_name_marks_its_row(qtbot: QtBot, view: VisitorView) -> None:
    body_map = view.body_map
    body_map.zoom_to_region(Region.HAND, animated=False)
    (marker,) = [m for m in body_map.markers() if m.point.code == "SI3"]
    pos = marker_view_pos(body_map, marker)
    qtbot.mouseMove(body_map.viewport(), QPoint(round(pos.x()), round(pos.y())))
    qtbot.waitUntil(lambda: view.entry_list.pointed_from_map() == "back-stream")
    row = view.entry_list.visualRect(view.entry_model.index_of("back-stream"))
    assert view.entry_list.viewport().rect().contains(row)  # scrolled into sight

    (name,) = [label for label in body_map.entry_labels() if label.entry.id == "middle-islet"]
    centre = body_map.label_rect(name).center().toPoint()
    qtbot.mouseMove(body_map.viewport(), centre)
    qtbot.waitUntil(lambda: view.entry_list.pointed_from_map() == "middle-islet")
    assert {m.entry.id for m in body_map.markers() if m.hovered} == {"middle-islet"}
    assert body_map.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor

    QApplication.sendEvent(body_map, _leave())
    assert view.entry_list.pointed_from_map() is None


def _leave() -> object:
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.Leave)
