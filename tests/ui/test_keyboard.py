"""Everything without a mouse: the list and the map's arrows, the check-in's digits, and
Help > Keyboard shortcuts listing the keys as they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from acupress_gui.core.catalog import Catalog, Complaint
from acupress_gui.ui.common import announcements, questions
from acupress_gui.ui.map.body_map_view import BodyMapView
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.shell.shortcuts_dialog import ShortcutsDialog, plain_text
from acupress_gui.ui.sitting.pain_check_in import TEN_WAIT_MS, PainCheckIn
from tests.ui.conftest import StoredSettings, marker_view_pos, markers_of


def _focus_list_by_tab(qtbot: QtBot, window: DesktopWindow) -> None:
    window.activateWindow()
    window.view.finder.search_field.setFocus()
    for _ in range(10):
        if QApplication.focusWidget() is window.view.entry_list:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the list of points")


def test_every_entry_can_be_selected_with_the_keyboard_alone(
    qtbot: QtBot, window: DesktopWindow, catalog: Catalog
) -> None:
    _focus_list_by_tab(qtbot, window)
    assert window.view.point_panel.entry() is None  # focus alone chooses nothing
    seen = []
    for row, _ in enumerate(catalog.entries):
        if row:
            qtbot.keyClick(window.view.entry_list, Qt.Key.Key_Down)
        qtbot.keyClick(window.view.entry_list, Qt.Key.Key_Return)
        entry = window.view.point_panel.entry()
        assert entry is not None
        seen.append(entry.id)
        highlighted = {m.entry.id for m in window.view.body_map.markers() if m.highlighted}
        # Inset entries too: their markers are on the inset beside the figure.
        assert highlighted == {entry.id}
    assert seen == [entry.id for entry in catalog.entries]


def test_enter_frames_the_chosen_entry_on_the_map(
    qtbot: QtBot, window: DesktopWindow, catalog: Catalog
) -> None:
    _focus_list_by_tab(qtbot, window)
    fit = window.view.body_map.pixels_per_cun()
    for _ in range([entry.id for entry in catalog.entries].index("sacral-points")):
        qtbot.keyClick(window.view.entry_list, Qt.Key.Key_Down)
    qtbot.keyClick(window.view.entry_list, Qt.Key.Key_Return)
    assert window.view.point_panel.entry().id == "sacral-points"
    assert window.view.body_map.pixels_per_cun() > 2 * fit


def test_zoom_shortcuts(qtbot: QtBot, window: DesktopWindow) -> None:
    fit = window.view.body_map.pixels_per_cun()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.body_map.pixels_per_cun() > fit
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.body_map.is_fitted_to_body()


def test_list_items_have_accessible_names(window: DesktopWindow, catalog: Catalog) -> None:
    model = window.view.entry_model

    def name(entry_id: str) -> object:
        return model.data(model.index_of(entry_id), Qt.ItemDataRole.AccessibleTextRole)

    assert name("wind-pool") == "Wind Pool, 1 point: GB20"
    assert name("sacral-points") == "Sacral Points, 8 points: BL27\u2013BL34"
    # The list opens with the first region's heading, read as a heading.
    first = model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert first == "Neck and shoulders, heading"
    assert window.view.entry_list.accessibleName() == "Points"
    assert window.view.body_map.accessibleName() == "Body map, seen from behind"


# --- the map's arrow keys ------------------------------------------------------------


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was announced to a screen reader."""
    heard: list[str] = []
    monkeypatch.setattr(announcements, "announce", lambda source, text: heard.append(text))
    return heard


@pytest.fixture
def still(stored_settings: StoredSettings) -> None:
    """Reduce motion is on: the map lands at once where it goes."""
    stored_settings.change(reduced_motion=True)


def focus_map(window: DesktopWindow) -> BodyMapView:
    window.activateWindow()
    body_map = window.view.body_map
    body_map.setFocus(Qt.FocusReason.TabFocusReason)
    return body_map


def scrolled(body_map: BodyMapView) -> tuple[int, int]:
    return body_map.horizontalScrollBar().value(), body_map.verticalScrollBar().value()


@pytest.mark.parametrize(
    ("start", "key", "reached"),
    [
        ("great-vertebra", Qt.Key.Key_Up, "heavenly-pillar"),  # not the wider Wind Pool
        ("great-vertebra", Qt.Key.Key_Right, "shoulder-shu-points"),
        ("commanding-middle", Qt.Key.Key_Down, "mountain-support"),  # down the leg
        ("mountain-support", Qt.Key.Key_Up, "commanding-middle"),
        ("large-intestine-shu", Qt.Key.Key_Down, "gate-of-origin-shu"),  # down the bladder line
    ],
)
def test_an_arrow_on_the_map_chooses_the_nearest_point_that_way_and_the_list_follows(
    qtbot: QtBot, window: DesktopWindow, said: list[str], start: str, key: Qt.Key, reached: str
) -> None:
    body_map = focus_map(window)
    window.view.select_entry(start)
    before = scrolled(body_map)
    qtbot.keyClick(body_map, key)
    assert window.view.selected_entry_id() == reached
    assert window.view.point_panel.entry().id == reached
    listing = window.view.entry_list
    assert listing.currentIndex() == window.view.entry_model.index_of(reached)
    assert listing.pointed_from_map() == reached  # its row is marked, as under a pointer
    assert scrolled(body_map) == before  # the arrows choose; they do not scroll
    title = window.view.point_panel.entry().title
    assert body_map.hover_text() is not None and body_map.hover_text().startswith(title)
    assert said == [body_map.hover_text()]


def test_the_arrows_go_on_from_the_dot_they_reached(qtbot: QtBot, window: DesktopWindow) -> None:
    body_map = focus_map(window)
    window.view.select_entry("great-vertebra")
    path = []
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right):
        qtbot.keyClick(body_map, key)
        path.append(window.view.selected_entry_id())
    # To the left side's Shoulder Shu and back over the spine to the right side's, then on
    # to the shoulder beyond it: each arrow starts where the last one arrived.
    assert path == ["shoulder-shu-points", "great-vertebra", "shoulder-shu-points", "shoulder-well"]
    assert "your right" in (body_map.hover_text() or "")


@pytest.mark.usefixtures("still")
def test_an_arrow_to_a_point_out_of_sight_brings_it_into_sight(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    body_map = focus_map(window)
    window.view.select_entry("commanding-middle")
    body_map.zoom_to_selected()
    sight = body_map.viewport().rect()

    def in_sight(code: str) -> bool:
        return all(
            sight.contains(marker_view_pos(body_map, m).toPoint())
            for m in markers_of(body_map, code)
        )

    while in_sight("BL57") and body_map.can_zoom_in():
        body_map.zoom_in()  # about the middle: the knee stays in sight, the calf goes
    assert in_sight("BL40") and not in_sight("BL57")
    zoom = body_map.pixels_per_cun()
    qtbot.keyClick(body_map, Qt.Key.Key_Down)
    assert window.view.selected_entry_id() == "mountain-support"
    assert any(
        sight.contains(marker_view_pos(body_map, m).toPoint()) for m in markers_of(body_map, "BL57")
    )
    assert body_map.pixels_per_cun() == pytest.approx(zoom)  # moved along, not zoomed


def test_with_nothing_chosen_an_arrow_starts_from_the_middle_of_the_map(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    body_map = focus_map(window)
    assert window.view.selected_entry_id() is None
    middle = body_map.mapToScene(body_map.viewport().rect().center())
    qtbot.keyClick(body_map, Qt.Key.Key_Up)
    chosen = window.view.selected_entry_id()
    assert chosen is not None
    assert all(m.pos().y() < middle.y() for m in body_map.markers() if m.entry.id == chosen)


def test_home_and_end_choose_the_first_and_last_point_the_list_shows(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    body_map = focus_map(window)
    qtbot.keyClick(body_map, Qt.Key.Key_End)
    shown = window.view.finder.shown_rows()
    model = window.view.entry_model
    assert window.view.selected_entry_id() == model.entry_at(model.index(shown[-1])).id
    window.view.finder.chips.choose(Complaint.SCIATICA)
    body_map.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(body_map, Qt.Key.Key_Home)
    shown = window.view.finder.shown_rows()
    first = model.entry_at(model.index(shown[0]))
    assert window.view.selected_entry_id() == first.id
    assert Complaint.SCIATICA in first.complaints


@pytest.mark.usefixtures("still")
def test_enter_on_the_map_zooms_to_the_chosen_point_and_plus_minus_still_zoom(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    body_map = focus_map(window)
    window.view.select_entry("wind-pool")
    fit = body_map.pixels_per_cun()
    qtbot.keyClick(body_map, Qt.Key.Key_Return)
    framed = body_map.pixels_per_cun()
    assert framed > 2 * fit
    qtbot.keyClick(body_map, Qt.Key.Key_Minus)
    assert body_map.pixels_per_cun() < framed
    qtbot.keyClick(body_map, Qt.Key.Key_Plus)
    assert body_map.pixels_per_cun() == pytest.approx(framed)


def test_an_arrow_during_a_hold_asks_before_leaving_its_point(
    qtbot: QtBot, window: DesktopWindow, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        questions, "confirm", lambda parent, title, *args, **kwargs: asked.append(title)
    )
    window.view.select_entry("great-vertebra")
    window.view.timer_card.request_start()
    body_map = focus_map(window)
    qtbot.keyClick(body_map, Qt.Key.Key_Up)
    assert asked == ["Stop the hold?"]
    assert window.view.selected_entry_id() == "great-vertebra"
    assert not [text for text in said if text.startswith("Heavenly Pillar")]
    assert window.view.driver.is_running()


def test_the_map_names_the_chosen_point_for_a_screen_reader(window: DesktopWindow) -> None:
    body_map = window.view.body_map
    assert "arrow keys" in body_map.accessibleDescription()
    window.view.select_entry("wind-pool")
    assert body_map.accessibleDescription().startswith("Chosen: Wind Pool, 1 point: GB20. ")
    window.view.select_entry("sea-of-vitality")
    assert body_map.accessibleDescription().startswith(
        "Chosen: Sea of Vitality, 2 points: BL23 + BL52. "
    )


# --- the pain check-in's keys -----------------------------------------------------------


@pytest.fixture
def check_in(window: DesktopWindow) -> PainCheckIn:
    return window.view.check_in


def answers(check_in: PainCheckIn) -> list[object]:
    given: list[object] = []
    check_in.rated.connect(given.append)
    check_in.skipped.connect(lambda: given.append("skipped"))
    return given


def type_keys(qtbot: QtBot, check_in: PainCheckIn, *keys: str | Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(check_in.focusWidget() or check_in, key)


@pytest.mark.parametrize("digit", [0, 2, 5, 9])
def test_a_digit_rates_at_once(qtbot: QtBot, check_in: PainCheckIn, digit: int) -> None:
    given = answers(check_in)
    check_in.ask_before()
    type_keys(qtbot, check_in, str(digit))
    assert given == [digit]
    assert not check_in.isVisible()


def test_one_then_zero_rates_ten_and_the_keys_are_said_on_screen(
    qtbot: QtBot, check_in: PainCheckIn
) -> None:
    given = answers(check_in)
    check_in.ask_before()
    assert check_in.keys_hint.isVisible()
    assert "for 10, type 1 then 0" in check_in.keys_hint.text()
    type_keys(qtbot, check_in, "1")
    assert given == []  # a 1 waits for the 0 that would make it 10
    assert check_in.focusWidget() is check_in.button(1)
    assert "type 0 now" in check_in.keys_hint.text()
    type_keys(qtbot, check_in, "0")
    assert given == [10]


def test_a_one_alone_is_taken_after_a_moment_or_at_once_with_enter(
    qtbot: QtBot, check_in: PainCheckIn
) -> None:
    given = answers(check_in)
    check_in.ask_after()
    type_keys(qtbot, check_in, "1")
    with qtbot.waitSignal(check_in.rated, timeout=3 * TEN_WAIT_MS):
        pass
    assert given == [1]
    check_in.ask_after()
    assert "for 10, type 1 then 0" in check_in.keys_hint.text()  # the wait is over
    type_keys(qtbot, check_in, "1", Qt.Key.Key_Return)
    assert given == [1, 1]


def test_enter_and_space_rate_the_number_with_the_focus_and_esc_skips(
    qtbot: QtBot, check_in: PainCheckIn
) -> None:
    given = answers(check_in)
    check_in.ask_before()
    check_in.button(7).setFocus(Qt.FocusReason.TabFocusReason)
    type_keys(qtbot, check_in, Qt.Key.Key_Return)
    check_in.ask_before()
    check_in.button(3).setFocus(Qt.FocusReason.TabFocusReason)
    type_keys(qtbot, check_in, Qt.Key.Key_Space)
    check_in.ask_before()
    type_keys(qtbot, check_in, Qt.Key.Key_Return)  # the focus starts on Skip
    check_in.ask_before()
    type_keys(qtbot, check_in, Qt.Key.Key_Escape)
    assert given == [7, 3, "skipped", "skipped"]


# --- Help > Keyboard shortcuts -----------------------------------------------------------


def open_shortcuts(qtbot: QtBot, window: DesktopWindow) -> ShortcutsDialog:
    window.shortcuts_action.trigger()
    [dialog] = window.findChildren(ShortcutsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def native(action: QAction) -> str:
    return action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)


def test_the_shortcuts_list_reads_the_actions_real_keys_and_the_maps(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    assert window.shortcuts_action in help_menu.actions()
    assert native(window.shortcuts_action) == "F1"
    dialog = open_shortcuts(qtbot, window)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    rows = dialog.rows()
    view = window.view
    for section, action in (
        ("File", window.export_action),
        ("File", window.handout_action),
        ("View", view.zoom_in_action),
        ("View", view.fit_action),
        ("View", window.history_action),
        ("Routine", window.start_routine_action),
        ("Help", window.shortcuts_action),
    ):
        text = action.text().replace("&", "").rstrip("\u2026")
        assert (section, native(action), text) in rows
    listed = {(section, keys) for section, keys, _ in rows}
    assert ("On the body map", "Left, Right, Up, Down") in listed
    assert ("In the hold timer", "Space") in listed
    assert ("In the pain check-in", "1, then 0") in listed
    assert not [row for row in rows if not row[1]]  # no action without keys is listed
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("menu_text", "reads"),
    [
        ("&File", "File"),
        ("&Export history\u2026", "Export history"),
        ("Fish && &Chips", "Fish & Chips"),
        ("\u6587\u4ef6(&F)", "\u6587\u4ef6"),  # Chinese menus put the mnemonic after the words
        ("\u5bfc\u51fa\u5386\u53f2\u8bb0\u5f55(&E)\u2026", "\u5bfc\u51fa\u5386\u53f2\u8bb0\u5f55"),
        ("\u6587\u4ef6\uff08&F\uff09", "\u6587\u4ef6"),  # in full-width brackets too
        ("(&A) first", "(A) first"),  # only a group at the end is the mnemonic alone
    ],
)
def test_menu_names_are_listed_as_they_read_without_their_mnemonic(
    menu_text: str, reads: str
) -> None:
    assert plain_text(menu_text) == reads


def test_a_changed_shortcut_shows_changed_in_the_list(qtbot: QtBot, window: DesktopWindow) -> None:
    window.export_action.setShortcuts([QKeySequence("Ctrl+Shift+X")])
    dialog = open_shortcuts(qtbot, window)
    assert ("File", "Ctrl+Shift+X", "Export history") in dialog.rows()
    dialog.close()


def test_the_shortcuts_list_goes_with_the_windows_other_dialogs(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    dialog = open_shortcuts(qtbot, window)
    questions.dismiss_all(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(dialog)
