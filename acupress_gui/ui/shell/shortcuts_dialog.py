"""Help > Keyboard shortcuts: every key the app answers to, read from where it is set.

The menus' shortcuts come from their actions as they are now, written the platform's
way (``QKeySequence.NativeText``); the map's, the timer's and the check-in's keys from
the widgets that handle them (``keyboard_help()``). So the list cannot drift from the keys.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.ui.common.key_help import KeyHelp, key_names
from acupress_gui.ui.common.screen_fit import fit_to_screen
from acupress_gui.ui.common.wrapping_tree import WrappingTree
from acupress_gui.ui.map.body_map_view import BodyMapView
from acupress_gui.ui.sitting.pain_check_in import PainCheckIn
from acupress_gui.ui.timer.timer_card import TimerCard


class Section(NamedTuple):
    title: str
    keys: Sequence[KeyHelp]


MNEMONIC_GROUP = re.compile(r"\s*[(\uff08]&[^&\s][)\uff09]$")
"""A mnemonic written after the words, as Chinese and Japanese menus do: "文件(&F)"."""


def plain_text(menu_text: str) -> str:
    """A menu's text as it reads: without its mnemonic (an ampersand, or a trailing
    "(&F)") or a trailing ellipsis."""
    text = MNEMONIC_GROUP.sub("", menu_text.rstrip("\u2026"))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_keys(actions: Sequence[QAction]) -> list[KeyHelp]:
    """The actions that have shortcuts, with every sequence each answers to."""
    listed = []
    for action in actions:
        sequences = [sequence for sequence in action.shortcuts() if not sequence.isEmpty()]
        if sequences and not action.isSeparator():
            listed.append(KeyHelp(key_names(*sequences), plain_text(action.text())))
    return listed


def keyboard_sections(menu_bar: QMenuBar) -> list[Section]:
    """The menus that have shortcuts, in the menu bar's order, then the widgets' own keys."""
    sections = []
    for entry in menu_bar.actions():
        menu = entry.menu()
        keys = menu_keys(menu.actions()) if isinstance(menu, QMenu) else []
        if keys:
            sections.append(Section(plain_text(entry.text()), keys))
    translate = QCoreApplication.translate
    sections += [
        Section(translate("ShortcutsDialog", "On the body map"), BodyMapView.keyboard_help()),
        Section(translate("ShortcutsDialog", "In the hold timer"), TimerCard.keyboard_help()),
        Section(translate("ShortcutsDialog", "In the pain check-in"), PainCheckIn.keyboard_help()),
    ]
    return sections


class ShortcutsDialog(QDialog):
    """The keys as a list a keyboard and a screen reader can walk: a heading row for each
    part of the app, then one row per key (the keys, then what they do).

    As wide and tall as its rows on one line, within the screen: where that is too
    little, the words wrap in their columns and the list scrolls."""

    def __init__(self, sections: Sequence[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        title = QLabel(self.tr("Keyboard shortcuts"))
        title.setObjectName("entryTitle")
        self.keys = WrappingTree()
        self.keys.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.keys.setColumnCount(2)
        self.keys.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.keys.setRootIsDecorated(False)
        self.keys.setItemsExpandable(False)
        self.keys.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        heading_font = QFont(self.keys.font())
        heading_font.setBold(True)
        self._headings: list[QTreeWidgetItem] = []
        for section in sections:
            heading = QTreeWidgetItem(self.keys, [section.title])
            self._headings.append(heading)
            heading.setFirstColumnSpanned(True)
            heading.setFont(0, heading_font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for key in section.keys:
                QTreeWidgetItem(heading, [key.keys, key.does])
        self.keys.expandAll()
        if self._headings:
            self.keys.setCurrentItem(self._headings[0])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.keys, 1)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, what they do) for each key listed, top to bottom."""
        return [
            (heading.text(0), item.text(0), item.text(1))
            for heading in self._headings
            for item in (heading.child(index) for index in range(heading.childCount()))
            if item is not None
        ]
