"""A kiosk visitor: welcomed with when to get help and the pregnancy question, offered no
history, insights or export, shown every question inside the kiosk's window, and handed a
sheet by the printer or the desk, as the clinic chose."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.ui.common.first_run_notice import notice_html
from acupress_gui.ui.handout import handout_printer
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from acupress_gui.ui.kiosk.welcome_card import short_red_flags_html
from acupress_gui.ui.sitting.routine_editor_dialog import RoutineEditorDialog
from acupress_gui.ui.visitor.visitor_view import VisitorView
from tests.core.fake_clock import FakeClock
from tests.ui.kiosk.conftest import Kiosk, start_visiting, tap

PERSONAL = ("history", "insights", "progress", "export", "reminder")
"""Words of what leads to a person's own records; a kiosk visitor has none."""


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def shown_texts(root: QWidget) -> list[str]:
    """Every button's, action's and label's text a visitor can see or trigger."""
    texts = [w.text() for w in root.findChildren(QAbstractButton) if w.isVisibleTo(root)]
    texts += [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root)]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [action.text() for action in widget.actions()]
    return texts


def plain_words(html: str) -> list[str]:
    return re.sub(r"<[^>]+>", " ", html).split()


@pytest.mark.parametrize(("answer", "pregnant"), [("yes", True), ("no", False), ("not sure", True)])
def test_the_welcome_says_when_to_get_help_and_one_tap_answers_the_question(
    qtbot: QtBot, window: KioskWindow, answer: str, pregnant: bool
) -> None:
    assert window.attract is not None
    tap(qtbot, window.attract)
    welcome = window.welcome
    assert welcome is not None and welcome.isVisible()
    shown = welcome.notice_text.text()
    assert shown == short_red_flags_html()
    # The notice's signs, short enough to read standing, and where to turn in a clinic.
    assert len(plain_words(shown)) < len(plain_words(notice_html())) / 2
    for words in ("emergency", "chest pain", "fever", "See a doctor today", "Ask the staff"):
        assert words in shown
    assert any("pregnant" in text for text in shown_texts(welcome))
    assert window.visitor_page is not None and not window.visitor_page.isEnabled()
    tap(qtbot, welcome.answer_buttons[answer])
    assert window.welcome is None and window.overlays() == []
    assert window.visitor_page.isEnabled()
    assert window.visitor_preferences.person.may_be_pregnant is pregnant


def test_nothing_leads_to_history_insights_or_export(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    view.select_entry("wind-pool")
    view.timer_card.request_start()
    tap(qtbot, view.check_in.button(6))
    clock.advance(200)
    view.driver.poll()
    tap(qtbot, view.check_in.button(4))  # rated: the summary shows
    assert view.session_stack.currentWidget() is view.session_summary
    texts = " ".join(shown_texts(window)).casefold()
    assert not [word for word in PERSONAL if word in texts], texts
    view.show_history()
    view.show_insights()
    assert view.history_panel() is None and view.insights_view() is None
    assert visible_windows() == [window]


def test_no_text_points_to_a_menu_the_kiosk_does_not_have(
    qtbot: QtBot, window: KioskWindow
) -> None:
    """The point panel's words send a visitor to the staff, never to Help."""
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    entries = [
        view.entry_model.entry_at(view.entry_model.index(row))
        for row in range(view.entry_model.rowCount())
    ]
    for entry_id in [None, *(entry.id for entry in entries if entry is not None)]:
        if entry_id is not None:
            view.select_entry(entry_id)
        texts = " ".join(shown_texts(window))
        assert "Help \u25b8" not in texts, entry_id
    view.select_entry("vital-region")  # the upper back's: its warning
    assert "tell the staff" in view.point_panel.text()


def open_every_question(qtbot: QtBot, view: VisitorView) -> list[Callable[[], None]]:
    """What a visitor can open, one after another (each left open)."""
    return [
        view.show_notice,  # "When to see a doctor"
        view.choose_routine,  # "Choose points..."
        lambda: view.print_handout(frozenset),  # the sheet: "ask at the desk"
        view.timer_card.request_start,  # the pain check-in
    ]


def test_every_question_is_drawn_inside_the_kiosk_window(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    view.select_entry("wind-pool")
    for open_one in open_every_question(qtbot, view):
        open_one()
        [dialog] = [d for d in window.hosted_dialogs() if d.isVisible()][-1:]
        assert dialog.window() is window and not dialog.isWindow()
        assert visible_windows() == [window]
        dialog.reject()
        qtbot.waitUntil(lambda: window.hosted_dialogs() == [])
    # A question asked inside a hosted dialog is hosted too, over it.
    view.choose_routine()
    [editor] = [d for d in window.hosted_dialogs() if isinstance(d, RoutineEditorDialog)]
    view.timer_card.request_start()
    tap(qtbot, view.check_in.skip_button)
    view.select_entry("gate-of-life")  # a hold runs: "Stop the hold?"
    boxes = [d for d in window.hosted_dialogs() if isinstance(d, QMessageBox)]
    assert boxes and all(not box.isWindow() for box in boxes)
    assert visible_windows() == [window]
    assert [
        d
        for d in QApplication.allWidgets()
        if isinstance(d, QDialog) and d.isWindow() and d.isVisible()
    ] == []
    assert editor.isVisible()


def test_a_closed_session_leaves_no_question_open(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    window.session.view.choose_routine()
    window.session.view.show_notice()
    assert len(window.hosted_dialogs()) == 2
    tap(qtbot, window.overlays()[-1].card.findChildren(QAbstractButton)[0])
    window.new_visitor()
    assert window.hosted_dialogs() == [] and window.overlays() == []


def answers_told(window: KioskWindow) -> list[str]:
    return [d.text() for d in window.hosted_dialogs() if isinstance(d, QMessageBox)]


def test_without_the_clinics_leave_the_sheet_is_asked_for_at_the_desk(
    qtbot: QtBot, window: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[object] = []
    monkeypatch.setattr(handout_printer, "default_printer", lambda: printed.append(1))
    start_visiting(qtbot, window)
    assert window.visitor_bar is not None
    tap(qtbot, window.visitor_bar.sheet_button)
    assert answers_told(window) == ["Ask at the desk for a printed sheet of these points."]
    assert printed == []
    assert visible_windows() == [window]


@pytest.fixture
def printing_kiosk(kiosk_toml: Callable[[str], None], make_kiosk: Callable[[], Kiosk]) -> Kiosk:
    kiosk_toml("print_handout = true\n")
    return make_kiosk()


def test_with_leave_the_sheet_goes_to_the_default_printer_without_a_dialog(
    qtbot: QtBot, printing_kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(target))
        return device

    monkeypatch.setattr(handout_printer, "default_printer", printer)
    window = printing_kiosk.window
    start_visiting(qtbot, window)
    assert window.session is not None and window.visitor_bar is not None
    window.session.view.select_entry("wind-pool")
    tap(qtbot, window.visitor_bar.sheet_button)
    assert target.read_bytes().startswith(b"%PDF")
    assert answers_told(window) == ["Collect your printed sheet at the desk."]
    assert visible_windows() == [window]


def test_with_leave_but_no_printer_the_desk_hands_the_sheet(
    qtbot: QtBot, printing_kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handout_printer, "default_printer", lambda: None)
    window = printing_kiosk.window
    start_visiting(qtbot, window)
    assert window.visitor_bar is not None
    tap(qtbot, window.visitor_bar.sheet_button)
    assert answers_told(window) == ["Ask at the desk for a printed sheet of these points."]


def test_another_language_continues_the_same_visitor(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    start_visiting(qtbot, window, answer="yes")
    assert window.session is not None and window.visitor_bar is not None
    old = window.session
    old.view.select_entry("wind-pool")
    tap(qtbot, window.visitor_bar.language_buttons["es"])
    assert kiosk.languages[-1] == "es" and window.language == "es"
    assert window.session is not old
    assert window.session.view.selected_entry_id() == "wind-pool"
    assert window.visitor_preferences.person.may_be_pregnant is True
    assert window.welcome is None  # welcomed once per visitor


def test_the_language_stays_while_a_hold_runs(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    start_visiting(qtbot, window)
    assert window.session is not None and window.visitor_bar is not None
    view = window.session.view
    view.select_entry("wind-pool")
    view.timer_card.request_start()
    tap(qtbot, view.check_in.skip_button)
    assert not window.visitor_bar.language_buttons["es"].isEnabled()
    window.switch_language("es")
    assert window.session.view is view and window.language == "en"


def test_the_apps_own_texts_follow_the_visitors_language(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk]
) -> None:
    kiosk = make_kiosk(translated=True)
    window, translations = kiosk.window, kiosk.services.translations
    assert translations.chosen == "en"
    assert window.attract is not None
    tap(qtbot, window.attract.language_buttons["es"])
    assert translations.chosen == "es"
    window.new_visitor()
    assert translations.chosen == "en"
