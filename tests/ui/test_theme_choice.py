"""View > Theme: the system's scheme followed while running, or light, dark or high
contrast chosen; never in the middle of a hold; focus shown on every control in each;
what is chosen or done never told by colour alone."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.core.appearance import ThemeChoice
from acupress_gui.ui.common.theme import (
    DARK,
    HIGH_CONTRAST,
    HIGH_CONTRAST_DARK,
    LIGHT,
    Theme,
    resolve_theme,
)
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.cue_player import CuePlayer
from tests.ui.conftest import StoredSettings
from tests.ui.images import mean_difference


@pytest.fixture(autouse=True)
def silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CuePlayer, "play", lambda self, cue: None)


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


@pytest.mark.parametrize(
    ("choice", "dark", "high_contrast", "theme"),
    [
        (ThemeChoice.SYSTEM, False, False, LIGHT),
        (ThemeChoice.SYSTEM, True, False, DARK),
        (ThemeChoice.SYSTEM, False, True, HIGH_CONTRAST),
        (ThemeChoice.SYSTEM, True, True, HIGH_CONTRAST_DARK),
        (ThemeChoice.LIGHT, True, True, LIGHT),  # the person's own choice wins
        (ThemeChoice.DARK, False, False, DARK),
        (ThemeChoice.HIGH_CONTRAST, False, False, HIGH_CONTRAST),
        (ThemeChoice.HIGH_CONTRAST, True, False, HIGH_CONTRAST_DARK),
    ],
)
def test_a_choice_means_a_theme_on_a_dark_or_light_system(
    choice: ThemeChoice, dark: bool, high_contrast: bool, theme: Theme
) -> None:
    assert resolve_theme(choice, dark, high_contrast) is theme


def menu_action(menu_owner: DesktopWindow, text: str) -> None:
    for action in menu_owner.theme_menu.actions():
        if action.text().replace("&", "") == text:
            action.trigger()
            return
    raise AssertionError(f"no theme {text!r}")


def dial_background(window: DesktopWindow) -> str:
    return window.view.timer_card.dial.grab().toImage().pixelColor(2, 2).name()


def test_a_theme_chosen_applies_at_once_and_is_remembered(
    stored_settings: StoredSettings, make_window: Callable[[], DesktopWindow]
) -> None:
    window = make_window()
    window.view.select_entry("wind-pool")
    session = window.session
    menu_action(window, "Dark")
    assert window_colour() == DARK.window
    assert window.session is not session  # made again: painted items take the new colours
    assert dial_background(window) == DARK.surface
    assert window.view.selected_entry_id() == "wind-pool"
    assert stored_settings.person.theme is ThemeChoice.DARK
    menu_action(window, "High contrast")
    assert window_colour() == HIGH_CONTRAST.window
    assert dial_background(window) == HIGH_CONTRAST.surface


def test_a_theme_chosen_during_a_hold_waits_for_the_hold_to_end(
    qtbot: QtBot, stored_settings: StoredSettings, make_window: Callable[[], DesktopWindow]
) -> None:
    """Making the view again would end the hold: the new look comes when it is over."""
    window = make_window()
    view = window.view
    view.select_entry("wind-pool")
    view.timer_card.request_start()
    assert view.driver.is_running()
    session = window.session
    menu_action(window, "High contrast")
    assert stored_settings.person.theme is ThemeChoice.HIGH_CONTRAST  # chosen, kept
    assert window.session is session and view.driver.is_running()
    assert window_colour() == LIGHT.window
    view.timer_card.stop()
    qtbot.waitUntil(lambda: window.session is not session, timeout=2000)
    assert window_colour() == HIGH_CONTRAST.window


def test_following_the_system_follows_its_changes_while_running(
    stored_settings: StoredSettings, make_window: Callable[[], DesktopWindow]
) -> None:
    hints = QGuiApplication.styleHints()
    window = make_window()
    assert window_colour() == LIGHT.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == DARK.window
    assert dial_background(window) == DARK.surface
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert window_colour() == HIGH_CONTRAST_DARK.window
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == LIGHT.window


def test_a_theme_of_ones_own_stays_when_the_system_changes(
    stored_settings: StoredSettings, make_window: Callable[[], DesktopWindow]
) -> None:
    stored_settings.change(theme=ThemeChoice.LIGHT)
    window = make_window()
    session = window.session
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == LIGHT.window
    assert window.session is session
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)


# --- focus ---------------------------------------------------------------------------


def focus_pixels(image: QImage, colour: str) -> int:
    """Pixels within a small distance of ``colour`` (a ring's smoothed edge included)."""
    wanted = QColor(colour)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine()
    )
    pixels = rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4)
    blue, green, red = (pixels[:, :, channel].astype(int) for channel in range(3))
    distance = abs(red - wanted.red()) + abs(green - wanted.green()) + abs(blue - wanted.blue())
    return int((distance <= 60).sum())


def focusable(top: QWidget) -> list[QWidget]:
    """The controls Tab reaches in ``top`` as it is now."""
    return [
        widget
        for widget in top.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and widget.width() > 4
    ]


def faint_rings(top: QWidget, controls: list[QWidget], focus: str) -> list[tuple[object, ...]]:
    """The controls that, focused, show less than a third of a 2 px ring in ``focus``
    more than they show without focus."""
    faint: list[tuple[object, ...]] = []
    for widget in controls:
        shown = widget.parentWidget() or widget
        top.setFocus()
        QApplication.processEvents()
        before = focus_pixels(shown.grab(widget.geometry()).toImage(), focus)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert widget.hasFocus(), widget
        after = focus_pixels(shown.grab(widget.geometry()).toImage(), focus)
        if after - before < 4 * (widget.width() + widget.height()) / 3:
            faint.append((type(widget).__name__, widget.objectName(), before, after))
    return faint


THEME_CHOICES = [
    (ThemeChoice.LIGHT, LIGHT),
    (ThemeChoice.DARK, DARK),
    (ThemeChoice.HIGH_CONTRAST, HIGH_CONTRAST),
]


@pytest.mark.parametrize(("choice", "theme"), THEME_CHOICES, ids=["light", "dark", "hc"])
def test_every_control_in_the_window_shows_a_focus_ring(
    qtbot: QtBot,
    stored_settings: StoredSettings,
    make_window: Callable[[], DesktopWindow],
    choice: ThemeChoice,
    theme: Theme,
) -> None:
    """A ring in the theme's focus colour goes round the control Tab reaches, and only
    then."""
    stored_settings.change(theme=choice)
    window = make_window()
    window.view.select_entry("wind-pool")  # Start and the hold's choices are enabled
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    controls = focusable(window)
    kinds = {type(widget).__name__ for widget in controls}
    assert kinds >= {
        "QPushButton",  # the chips, Start, Start routine
        "QToolButton",  # the sound toggle
        "QComboBox",
        "QSpinBox",
        "SearchField",
        "EntryListView",
        "BodyMapView",
        "PointPanel",  # (the timer card takes the focus on a click, and Tab goes to Start)
    }, kinds
    assert faint_rings(window.view, controls, theme.focus) == []


@pytest.mark.parametrize(("choice", "theme"), THEME_CHOICES, ids=["light", "dark", "hc"])
def test_every_control_in_the_dialogs_shows_a_focus_ring(
    qtbot: QtBot,
    stored_settings: StoredSettings,
    make_window: Callable[[], DesktopWindow],
    choice: ThemeChoice,
    theme: Theme,
) -> None:
    """Check boxes, radio buttons, a slider, fields and lists, in the dialogs that have
    them, and the first-run notice's text that scrolls."""
    from acupress_gui.ui.common.first_run_notice import FirstRunNotice
    from acupress_gui.ui.reminders.reminders_dialog import RemindersDialog
    from acupress_gui.ui.sitting.routine_editor_dialog import RoutineEditorDialog
    from acupress_gui.ui.timer.sound_speech_dialog import SoundSpeechDialog

    stored_settings.change(theme=choice, spoken_guidance=True, reminders_enabled=True)
    window = make_window()
    kinds: set[str] = set()
    for kind, open_it in (
        (SoundSpeechDialog, window.view.edit_sound),
        (RemindersDialog, window.edit_reminders),
        (RoutineEditorDialog, window.view.choose_routine),
        (FirstRunNotice, window.view.show_notice),
    ):
        open_it()
        dialog = window.findChild(kind)
        assert dialog is not None
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        controls = focusable(dialog)
        kinds |= {type(widget).__name__ for widget in controls}
        assert faint_rings(dialog, controls, theme.focus) == [], kind.__name__
        dialog.reject()
    assert kinds >= {"QCheckBox", "QRadioButton", "QSlider", "QLineEdit", "QComboBox"}, kinds


# --- more than colour ----------------------------------------------------------------


def grey(image: QImage) -> QImage:
    """What someone who sees no colour sees: lightness alone."""
    return image.convertToFormat(QImage.Format.Format_Grayscale8).convertToFormat(
        QImage.Format.Format_RGB32
    )


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.HIGH_CONTRAST])
def test_a_routine_s_steps_differ_in_shape_as_well_as_colour(
    qtbot: QtBot,
    stored_settings: StoredSettings,
    make_window: Callable[[], DesktopWindow],
    choice: ThemeChoice,
) -> None:
    """Done, being pressed, skipped and still to come look different in grey too."""
    stored_settings.change(theme=choice)
    make_window()  # applies the theme to the application
    strip = QWidget()
    qtbot.addWidget(strip)
    row = QHBoxLayout(strip)
    segments = {}
    for state in ("done", "current", "skipped", "pending"):
        segment = QFrame()
        segment.setObjectName("routineSegment")
        segment.setProperty("state", state)
        segment.setFixedSize(80, 10)
        row.addWidget(segment)
        segments[state] = segment
    strip.show()
    qtbot.waitExposed(strip)
    # Each as it shows on the strip: an outlined step is see-through.
    looks = {
        state: grey(strip.grab(segment.geometry()).toImage()) for state, segment in segments.items()
    }
    states = list(looks)
    alike = [
        (one, other)
        for index, one in enumerate(states)
        for other in states[index + 1 :]
        if mean_difference(looks[one], looks[other]) < 8
    ]
    assert alike == []


def test_the_chosen_entry_s_dots_are_larger(window: DesktopWindow) -> None:
    """Its dots grow (and gain a ring and a halo), beside taking the accent colour."""
    view = window.view
    view.body_map.fit_whole_body()
    view.select_entry("sea-of-vitality")
    view.body_map.zoom_to_selected()
    chosen = [m for m in view.body_map.markers() if m.entry.id == "sea-of-vitality"]
    others = [m for m in view.body_map.markers() if m.entry.id != "sea-of-vitality"]
    assert chosen and all(marker.highlighted for marker in chosen)
    full_others = [m for m in others if m.radius_if(True) == m.radius and not m.hovered]
    assert full_others
    assert min(m.radius for m in chosen) > max(m.radius for m in full_others)
