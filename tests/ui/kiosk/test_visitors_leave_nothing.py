"""A kiosk runs for weeks: visitor after visitor, in one language and another, nothing of
them piles up. No object of a visitor survives the next reset, the kiosk's long-lived
objects gain no connections, and the start screen, made once, shows nothing of whoever
touched it last. Counted, not timed: benchmarks/kiosk_soak.py measures the memory."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from acupress_gui.ui.kiosk import kiosk_window
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from tests.core.fake_clock import FakeClock
from tests.ui.kiosk.conftest import Kiosk, start_visiting, tap
from tests.ui.survivors import app_objects, connections, parts_never_forgotten, run_deletions

VISITORS = 6


def visit(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock, language: str
) -> list[weakref.ref[QObject]]:
    """A visitor in ``language``: a point, a hold begun, and then they walk away; what
    refers weakly to their session and its view."""
    assert window.attract is not None
    tap(qtbot, window.attract.language_buttons[language])
    assert window.welcome is not None
    tap(qtbot, window.welcome.answer_buttons["no"])
    assert window.session is not None
    view = window.session.view
    theirs: list[weakref.ref[QObject]] = [weakref.ref(window.session), weakref.ref(view)]
    view.select_entry("wind-pool")
    tap(qtbot, view.timer_card.start_button)
    tap(qtbot, view.check_in.skip_button)
    clock.advance(15)
    view.driver.poll()
    tap(qtbot, view.timer_card.stop_button)
    session = window.session
    for wait in (window.idle.policy.idle_seconds, window.idle.policy.warning_seconds):
        clock.advance(wait)
        window.idle.poll()
    qtbot.waitUntil(lambda: window.session is not session)
    run_deletions()
    return theirs


def class_count() -> int:
    """How many Python classes are alive."""
    gc.collect()
    return sum(isinstance(item, type) for item in gc.get_objects())


def long_lived(kiosk: Kiosk) -> dict[str, QObject]:
    window = kiosk.window
    application = QApplication.instance()
    assert application is not None and window.attract is not None
    return {
        "window": window,
        "idle watch": window.idle,
        "staff gesture": window.gesture,
        "guard": window.guard,
        "start screen": window.attract,
        "application": application,
        "style hints": QGuiApplication.styleHints(),
        "clipboard": QGuiApplication.clipboard(),
        "cue player": kiosk.services.cues,
    }


def test_visitors_in_every_language_leave_no_object_and_no_connection_behind(
    qtbot: QtBot, kiosk: Kiosk, clock: FakeClock
) -> None:
    window = kiosk.window
    languages = kiosk.services.setup.config.languages
    for language in languages:  # each language's texts and speech are made once
        gone = visit(qtbot, window, clock, language)
    objects, connected, classes = app_objects(), connections(long_lived(kiosk)), class_count()
    for visitor in range(VISITORS):
        visit(qtbot, window, clock, languages[visitor % len(languages)])
    assert [ref() for ref in gone] == [None, None]
    assert app_objects() == objects
    assert connections(long_lived(kiosk)) == connected
    assert class_count() == classes  # PySide makes a class of an unknown enum value


def test_a_reset_lets_qts_style_forget_the_visitors_view(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    window.new_visitor()
    assert parts_never_forgotten(view) == []
    run_deletions()


def test_the_start_screen_shows_nothing_of_the_last_visitor(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    start = window.attract
    visit(qtbot, window, clock, "es")
    assert window.attract is start and window.pages.currentWidget() is start
    pressed = [
        code
        for code, button in start.language_buttons.items()
        if button.hasFocus() or button.isDown() or button.underMouse()
    ]
    assert pressed == []


def test_after_a_reset_the_freed_memory_is_handed_back_once_the_view_is_gone(
    qtbot: QtBot, window: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_visiting(qtbot, window)
    assert window.session is not None
    view = window.session.view
    view_alive_when_asked: list[bool] = []
    monkeypatch.setattr(
        kiosk_window, "return_free_memory", lambda: view_alive_when_asked.append(isValid(view))
    )
    QTimer.singleShot(0, window, window.new_visitor)  # from the event loop, as Finish is
    qtbot.waitUntil(lambda: view_alive_when_asked != [], timeout=3000)
    assert view_alive_when_asked == [False]  # Qt's objects of the view deleted first
