"""Find by what hurts: complaint chips and the search field narrow the map and the list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import Catalog, Complaint, Region
from acupress_gui.ui.map.entry_filter import EntryFilter
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.visitor.visitor_view import VisitorView
from tests import qt_translations


def listed(view: VisitorView) -> list[str]:
    """The ids of the entries the list offers, in order."""
    model = view.entry_model
    return [model.entry_at(model.index(row)).id for row in view.finder.shown_rows()]


def on_map(view: VisitorView) -> set[str]:
    return {m.entry.id for m in view.body_map.markers() if m.isVisible()}


def region_counts(view: VisitorView) -> dict[str, int]:
    return {str(label.region): label.count for label in view.body_map.region_labels()}


def assert_narrowed_together(view: VisitorView, catalog: Catalog, expected: list[str]) -> None:
    """The list, the map's markers and the region counts show the same entries."""
    assert listed(view) == expected
    assert on_map(view) == set(expected)
    for region, count in region_counts(view).items():
        assert count == sum(e.region == region and e.id in expected for e in catalog.entries)


def test_each_complaint_narrows_the_map_and_the_list_together(
    qtbot: QtBot, view: VisitorView, catalog: Catalog
) -> None:
    everything = [entry.id for entry in catalog.entries]
    for complaint in Complaint:
        qtbot.mouseClick(view.finder.chips.button(complaint), Qt.MouseButton.LeftButton)
        expected = [e.id for e in catalog.entries if complaint in e.complaints]
        assert expected, complaint  # the catalog has points for every complaint
        assert_narrowed_together(view, catalog, expected)
        assert view.finder.status.isVisible()
        assert view.finder.status.text().startswith(f"{len(expected)} of {len(everything)}")
    qtbot.mouseClick(view.finder.chips.button(None), Qt.MouseButton.LeftButton)
    assert_narrowed_together(view, catalog, everything)
    assert not view.finder.status.isVisible()


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("wind pool", "wind-pool"),  # English name
        ("Fengchi", "wind-pool"),  # pinyin
        ("gb20", "wind-pool"),  # code, any case
        ("GB 20", "wind-pool"),  # code with a space
        ("kidney shu", "sea-of-vitality"),  # another name of one of its points
        ("B47", "sea-of-vitality"),  # the guide's old code for BL52
        ("bl-40", "commanding-middle"),
        ("sciatica", "jumping-circle"),  # what it is used for
        ("shoulders", "wind-pool"),  # where it is
    ],
)
def test_typing_a_name_or_code_narrows_both(
    qtbot: QtBot, view: VisitorView, catalog: Catalog, typed: str, found: str
) -> None:
    qtbot.keyClicks(view.finder.search_field, typed)
    assert found in listed(view)
    assert_narrowed_together(view, catalog, listed(view))
    shown = EntryFilter(text=typed)
    assert listed(view) == [e.id for e in catalog.entries if shown.matches(e)]
    assert len(listed(view)) < len(catalog.entries)


def test_every_entry_is_found_by_its_title_and_by_each_code(
    qtbot: QtBot, view: VisitorView, catalog: Catalog
) -> None:
    field = view.finder.search_field
    for entry in catalog.entries:
        for query in (entry.title, *entry.codes, *(p.pinyin for p in entry.points)):
            field.setText(query)
            assert entry.id in listed(view), query
            assert entry.id in on_map(view), query


def test_clearing_the_search_restores_everything(
    qtbot: QtBot, view: VisitorView, catalog: Catalog
) -> None:
    field = view.finder.search_field
    qtbot.keyClicks(field, "zzz-nothing")
    assert listed(view) == [] and on_map(view) == set()
    assert "Nothing matches" in view.finder.status.text()
    assert not any(label.isVisible() for label in view.body_map.region_labels())
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert_narrowed_together(view, catalog, [entry.id for entry in catalog.entries])
    assert any(label.isVisible() for label in view.body_map.region_labels())


def test_complaint_and_text_combine(qtbot: QtBot, view: VisitorView, catalog: Catalog) -> None:
    view.finder.chips.choose(Complaint.SCIATICA)
    qtbot.keyClicks(view.finder.search_field, "BL")
    expected = [
        e.id
        for e in catalog.entries
        if Complaint.SCIATICA in e.complaints and any("BL" in code for code in e.codes)
    ]
    assert expected
    assert_narrowed_together(view, catalog, expected)
    view.finder.search_field.setText("wind pool")  # not a sciatica point
    assert listed(view) == []
    assert "sciatica" in view.finder.status.text()


def test_a_filter_never_takes_away_the_chosen_entry(qtbot: QtBot, view: VisitorView) -> None:
    view.select_entry("wind-pool")
    view.finder.chips.choose(Complaint.SCIATICA)
    assert "wind-pool" not in listed(view)
    assert view.point_panel.entry().id == "wind-pool"
    view.finder.chips.choose(None)
    assert view.selected_entry_id() == "wind-pool"


def test_the_keyboard_path_type_arrow_enter(qtbot: QtBot, window: DesktopWindow) -> None:
    view = window.view
    window.activateWindow()
    view.finder.search_field.setFocus()
    qtbot.keyClicks(view.finder.search_field, "tianzhu")
    assert listed(view)[0] == "heavenly-pillar"
    qtbot.keyClick(view.finder.search_field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.entry_list
    assert (
        view.entry_list.currentIndex().row() == view.entry_model.index_of("heavenly-pillar").row()
    )
    assert view.point_panel.entry() is None  # moving to the list chooses nothing
    qtbot.keyClick(view.entry_list, Qt.Key.Key_Return)
    assert view.point_panel.entry().id == "heavenly-pillar"
    assert not view.body_map.in_overview()  # Enter framed it on the map

    # Enter in the field itself chooses the first point found.
    view.finder.search_field.setFocus()
    view.finder.search_field.clear()
    qtbot.keyClicks(view.finder.search_field, "commanding")
    qtbot.keyClick(view.finder.search_field, Qt.Key.Key_Return)
    assert view.point_panel.entry().id == "commanding-middle"


def test_arrow_keys_move_between_complaints(qtbot: QtBot, window: DesktopWindow) -> None:
    view = window.view
    window.activateWindow()
    chips = view.finder.chips
    chips.button(None).setFocus()
    qtbot.keyClick(chips.button(None), Qt.Key.Key_Right)
    focused = QApplication.focusWidget()
    assert focused is chips.button(Complaint.NECK_PAIN)
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert chips.complaint() is Complaint.NECK_PAIN
    assert set(listed(view)) == on_map(view)


def test_find_controls_speak_to_screen_readers(view: VisitorView) -> None:
    assert view.finder.search_field.accessibleName() == "Find a point by name or code"
    assert view.finder.chips.button(None).accessibleName() == "Show all points"
    assert (
        view.finder.chips.button(Complaint.LOW_BACK_PAIN).accessibleName()
        == "Show points for low back pain"
    )


def test_what_hurts_can_be_typed_too(catalog: Catalog) -> None:
    for complaint in Complaint:
        typed = EntryFilter(text=str(complaint).replace("-", " "))
        by_chip = EntryFilter(complaint=complaint)
        assert {e.id for e in catalog.entries if by_chip.matches(e)} <= {
            e.id for e in catalog.entries if typed.matches(e)
        }
    neck = [e for e in catalog.entries if EntryFilter(text="neck").matches(e)]
    assert {e.id for e in catalog.entries_in(Region.NECK_SHOULDERS)} <= {e.id for e in neck}


def test_plain_matching_ignores_case_accents_spaces_and_hyphens(catalog: Catalog) -> None:
    wind_pool = catalog.entry("wind-pool")
    assert wind_pool is not None
    for typed in ("FĒNGCHÍ", "g-b 2 0", "  wind   POOL ", "风池"):
        assert EntryFilter(text=typed).matches(wind_pool), typed
    assert not EntryFilter(text="wind pool gb21").matches(wind_pool)
    assert EntryFilter().is_empty and EntryFilter(text="  ").is_empty


@pytest.fixture
def spanish_names(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """A region's and a complaint's names in Spanish, as a translation gives them."""
    qm = qt_translations.write_qm(
        {
            ("map_layout", "Lower back"): "Zona lumbar",
            ("ComplaintChips", "Sciatica"): "Ci\u00e1tica",
        },
        "es",
        tmp_path,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_names_the_map_shows_find_their_points_in_the_persons_language(
    spanish_names: None, catalog: Catalog
) -> None:
    """Typed as the pills and chips say them, with or without the accent; the English
    words still work."""
    lower_back = {e.id for e in catalog.entries_in(Region.LOWER_BACK)}
    assert {e.id for e in catalog.entries if EntryFilter(text="zona lumbar").matches(e)} == (
        lower_back
    )
    sciatica = {e.id for e in catalog.entries if Complaint.SCIATICA in e.complaints}
    for typed in ("ci\u00e1tica", "ciatica", "sciatica"):
        assert {e.id for e in catalog.entries if EntryFilter(text=typed).matches(e)} >= sciatica
