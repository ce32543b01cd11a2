"""A visitor who walks away: after the idle time a large countdown, and then a new session
(built, not cleared) with nothing of theirs left; a running hold is never idleness."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.core.preferences import PersonPreferences
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from acupress_gui.ui.visitor.visitor_view import VisitorView
from tests.core.fake_clock import FakeClock
from tests.core.test_catalog_translations import ENGLISH_ONLY
from tests.ui.kiosk.conftest import Kiosk, start_visiting, tap


def idle_for(window: KioskWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.idle.poll()


def settle() -> None:
    """The turns of the event loop a reset takes: its start, then the deletions."""
    QCoreApplication.processEvents()
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_the_countdown_comes_after_the_idle_time_and_a_touch_answers_it(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    start_visiting(qtbot, window)
    session = window.session
    idle_for(window, clock, 89)
    assert window.counting_down() is None
    idle_for(window, clock, 1)
    countdown = window.counting_down()
    assert countdown is not None and countdown.seconds.text() == "30"
    assert countdown.isVisible()
    idle_for(window, clock, 11)
    assert countdown.seconds.text() == "19"
    tap(qtbot, window.overlays()[-1])  # anywhere: there is nothing to find
    assert window.counting_down() is None
    idle_for(window, clock, 89)
    assert window.counting_down() is None  # the quiet time began again at the touch
    assert window.session is session


def title_of(view: VisitorView, entry_id: str) -> str:
    entry = view.entry_model.entry_at(view.entry_model.index_of(entry_id))
    assert entry is not None
    return entry.title


def test_after_the_countdown_nothing_of_the_visitor_remains(
    qtbot: QtBot, make_kiosk: Callable[[], Kiosk], clock: FakeClock, kiosk_folder: Path
) -> None:
    # The clinic's catalog beside kiosk.toml, with a Spanish title for one entry.
    (kiosk_folder / "catalog.toml").write_text(
        ENGLISH_ONLY + '[translations.es.entries.wind-pool]\ntitle = "Estanque del Viento"\n',
        encoding="utf-8",
    )
    kiosk = make_kiosk()
    window = kiosk.window
    assert window.attract is not None
    tap(qtbot, window.attract.language_buttons["es"])
    assert window.welcome is not None
    tap(qtbot, window.welcome.answer_buttons["yes"])
    old = window.session
    assert old is not None
    view = old.view
    assert title_of(view, "wind-pool") == "Estanque del Viento"
    answers = window.visitor_preferences
    assert answers.person.may_be_pregnant is True
    view.finder.search_field.setText("pool")
    view.select_entry("wind-pool")
    view.body_map.zoom_to_selected()
    view.entry_list.verticalScrollBar().setValue(view.entry_list.verticalScrollBar().maximum())
    QApplication.clipboard().setText("what the visitor copied")
    view.timer_card.request_start()
    tap(qtbot, view.check_in.skip_button)
    clock.advance(15)
    view.driver.poll()
    tap(qtbot, view.timer_card.pause_button)  # paused and left: that is idleness
    session_ref, view_ref = weakref.ref(old), weakref.ref(view)
    del old, view

    idle_for(window, clock, 90)
    assert window.counting_down() is not None
    idle_for(window, clock, 30)
    qtbot.waitUntil(lambda: window.session is None)  # built for the next visitor's language
    settle()

    assert session_ref() is None and view_ref() is None  # a new session, not a cleared one
    assert QApplication.clipboard().text() == ""
    assert window.language == "en" and kiosk.languages[-1] == "en"
    assert window.pages.currentWidget() is window.attract
    assert window.overlays() == [] and window.hosted_dialogs() == []
    assert window.visitor_preferences is not answers
    assert window.visitor_preferences.person == PersonPreferences(
        text_scale=kiosk.services.setup.config.text_scale
    )
    assert window.attract is not None
    tap(qtbot, window.attract.language_buttons["en"])
    assert window.session is not None
    fresh: VisitorView = window.session.view
    assert title_of(fresh, "wind-pool") == "Wind Pool"
    assert fresh.selected_entry_id() is None
    assert fresh.body_map.is_fitted_to_body()
    assert fresh.finder.search_field.text() == ""
    assert fresh.entry_list.verticalScrollBar().value() == 0
    assert not fresh.driver.is_running()
    assert fresh.session_stack.currentWidget() is fresh.timer_card
    # The hold was counted as started, not completed; nothing else of it was kept.
    [count] = kiosk.services.counters.rows()
    assert (count.entry_id, count.started, count.completed) == ("wind-pool", 1, 0)
    written = {path.name for path in kiosk_folder.rglob("*") if path.is_file()}
    assert not {"history.sqlite3", "settings.json"} & written
    assert written <= {"catalog.toml", "kiosk-pin.json", "kiosk-counters.json", "acupress.log"}
    # The next visitor is welcomed and asked again.
    assert window.welcome is not None
    tap(qtbot, window.welcome.answer_buttons["not sure"])
    assert window.visitor_preferences.person.may_be_pregnant is True


def test_a_running_routine_is_not_idleness(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    view.start_routine()
    tap(qtbot, view.check_in.skip_button)
    # Twenty minutes on the tennis balls: holds, pauses between points, without a touch.
    for _ in range(240):
        clock.advance(5)
        view.driver.poll()
        QCoreApplication.processEvents()  # the routine's next point starts on the next turn
        window.idle.poll()
        assert window.counting_down() is None
        if not view.flow.is_active() or view.check_in.isVisible():
            break
    assert clock.now - 1000 > window.idle.policy.idle_seconds + window.idle.policy.warning_seconds
    # The routine has ended (its after-rating waits): the quiet time starts now.
    assert not view.driver.is_running()
    idle_for(window, clock, window.idle.policy.idle_seconds - 1)
    assert window.counting_down() is None
    idle_for(window, clock, 1)
    assert window.counting_down() is not None


def test_finish_starts_afresh_at_once(qtbot: QtBot, window: KioskWindow) -> None:
    start_visiting(qtbot, window)
    old = window.session
    assert old is not None and window.visitor_bar is not None
    old.view.select_entry("gate-of-life")
    tap(qtbot, window.visitor_bar.finish_button)
    assert window.session is None
    assert window.pages.currentWidget() is window.attract
    start_visiting(qtbot, window)
    assert window.session is not None and window.session is not old
    assert window.session.view.selected_entry_id() is None


def test_the_start_screen_waits_without_counting(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    idle_for(window, clock, 3600)
    assert window.counting_down() is None
    assert not window.idle.watching
    assert window.session is None
