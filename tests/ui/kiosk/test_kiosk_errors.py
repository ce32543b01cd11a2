"""An unexpected error at the kiosk: logged, never a dialog, and the visitor's screen
starts afresh; errors that keep coming end the process for the OS kiosk to restart."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.bootstrap.diagnostics import make_excepthook
from acupress_gui.bootstrap.kiosk_app import KioskErrors
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from tests.core.fake_clock import FakeClock
from tests.ui.kiosk.conftest import start_visiting


def test_an_error_is_logged_and_the_visitors_screen_starts_afresh(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    errors = KioskErrors(clock)
    errors.recover = window.recover
    hook = make_excepthook(errors)
    start_visiting(qtbot, window)
    session = window.session
    assert session is not None
    session.view.choose_routine()
    try:
        raise ValueError("a slot went wrong")
    except ValueError as error:
        with caplog.at_level(logging.ERROR):
            hook(ValueError, error, error.__traceback__)
            hook(ValueError, error, error.__traceback__)  # a second before the reset: one reset
    assert "a slot went wrong" in caplog.text and "Traceback" in caplog.text
    QCoreApplication.processEvents()
    assert window.session is not session
    assert window.pages.currentWidget() is window.attract
    assert window.hosted_dialogs() == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_errors_that_keep_coming_end_the_kiosk(clock: FakeClock) -> None:
    recovered: list[bool] = []
    ended: list[bool] = []
    errors = KioskErrors(clock, limit=5, seconds=60)
    errors.recover = lambda: recovered.append(True)
    errors.give_up = lambda: ended.append(True)
    for _ in range(4):
        errors("again")
        clock.advance(20)  # four errors a minute apart at most: each only resets
    assert (len(recovered), ended) == (4, [])
    clock.advance(100)
    for _ in range(5):
        errors("again")
    assert ended == [True]
