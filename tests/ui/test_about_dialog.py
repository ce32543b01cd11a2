"""Help ▸ About: the version, the licences, and the person's three paths, each copyable;
and dialog buttons in the app's own look, without Qt's stock icons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acupress_gui import __version__
from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.common.theme import LIGHT, apply_theme
from acupress_gui.ui.shell import about_dialog
from acupress_gui.ui.shell.about_dialog import AboutDialog
from acupress_gui.ui.shell.desktop_window import DesktopWindow


def open_about(qtbot: QtBot, window: DesktopWindow) -> AboutDialog:
    window.about_action.trigger()
    [dialog] = window.findChildren(AboutDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_help_menu_opens_about(qtbot: QtBot, window: DesktopWindow) -> None:
    [help_menu] = [
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    ]
    assert window.about_action in help_menu.actions()
    dialog = open_about(qtbot, window)
    assert dialog.windowTitle() == "About AcuPress"
    assert dialog.isModal() or dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.reject()  # deleted on closing: the autouse fixture checks nothing is left


def test_about_shows_the_version_licences_and_the_real_paths(
    qtbot: QtBot, window: DesktopWindow, paths: AppPaths
) -> None:
    dialog = open_about(qtbot, window)
    shown = {key: field.text() for key, field in dialog.path_fields.items()}
    assert shown == {
        "settings": str(paths.settings_file),
        "history": str(paths.history_file),
        "logs": str(paths.log_dir),
    }
    [title] = [label for label in dialog.findChildren(QLabel) if label.objectName() == "entryTitle"]
    assert title.text() == f"AcuPress {__version__}"
    licences = dialog.licences_html()
    assert f"AcuPress {__version__}" in licences and "PySide6" in licences
    for name, licence in (
        ("PySide6", "GNU LGPL version 3"),
        ("pyqtgraph", "MIT licence"),
        ("platformdirs", "MIT licence"),
    ):
        row = next(row for row in licences.split("<tr>") if name in row)
        assert licence in row
    dialog.reject()


def test_copy_puts_each_path_on_the_clipboard(
    qtbot: QtBot, window: DesktopWindow, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(about_dialog, "COPIED_MS", 10)
    dialog = open_about(qtbot, window)
    for key, expected in (
        ("settings", paths.settings_file),
        ("history", paths.history_file),
        ("logs", paths.log_dir),
    ):
        button = dialog.copy_buttons[key]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert QApplication.clipboard().text() == str(expected)
        assert button.text() == "Copied"
        qtbot.waitUntil(lambda button=button: button.text() == "Copy", timeout=1000)
    dialog.reject()


class StyleWithButtonIcons(QProxyStyle):
    """A style that asks for icons on dialog buttons, as KDE's and some others do."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returned)


def button_icons(qtbot: QtBot, style: QStyle) -> list[bool]:
    buttons = QDialogButtonBox()
    qtbot.addWidget(buttons)
    buttons.setStyle(style)  # before the buttons: each takes its icon when it is made
    buttons.setStandardButtons(
        QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
    )
    return [not button.icon().isNull() for button in buttons.buttons()]


def test_dialog_buttons_show_no_stock_icons_even_where_the_style_asks(
    qtbot: QtBot, qapp: QApplication
) -> None:
    style = StyleWithButtonIcons()
    assert button_icons(qtbot, style) == [True, True]  # what the stylesheet must undo
    palette, font = qapp.palette(), qapp.font()
    apply_theme(qapp, LIGHT)
    try:
        assert button_icons(qtbot, style) == [False, False]
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(palette)
        qapp.setFont(font)
