"""What a screen shows, read off its widgets, and two questions about it for a pseudo-locale.

``untranslated`` finds text shown without the pseudo-locale's marks (``tests.qt_translations``)
once the texts exempt by rule are taken out: the catalog's (translated in the catalog
file), the names of the libraries and of the app, numbers, point codes, characters, and
what Qt's locale writes (day and month names). ``clipped`` finds text that does not fit
its widget: a single line wider or taller than the label or button, a wrapped label
shorter than its lines; a label that elides is fine when its tooltip has the whole text.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from html import unescape

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QRadioButton,
    QScrollArea,
    QStackedLayout,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QTabBar,
    QToolButton,
    QWidget,
)

from acupress_gui.core.catalog import Catalog
from acupress_gui.ui.timer.elided_label import ElidedLabel
from tests.qt_translations import END, START, marked_runs

NAMES = ("AcuPress", "PySide6", "pyqtgraph", "NumPy", "platformdirs", "Qt")
"""Names that are the same in every language: the app's and those of its libraries."""

_MARKED = re.compile(f"{START}[^{START}{END}]*{END}")
_TAG = re.compile(r"<[^>]*>")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclasses.dataclass(frozen=True)
class Shown:
    """One text a person sees (or a screen reader says), and where."""

    widget: object
    what: str
    text: str

    def __str__(self) -> str:
        name = getattr(self.widget, "objectName", lambda: "")()
        return f"{type(self.widget).__name__}({name!r}).{self.what}: {self.text!r}"


_NOT_SHOWN = frozenset({"translations", "language", "_source", "origin"})
"""Catalog fields that are not its texts in the language shown (the other languages'
tables, its language code, the file it came from): exempting them would hide English."""


def catalog_texts(catalog: Catalog) -> list[str]:
    """Every text of the catalog (titles, names, steps, sources ...), longest first."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                if field.name not in _NOT_SHOWN:
                    walk(getattr(value, field.name))
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)
        elif isinstance(value, Iterable):
            for item in value:
                walk(item)

    walk(catalog)
    for entry in catalog.entries:
        found.update((entry.title, entry.code_summary))
    return sorted((text for text in found if text.strip()), key=len, reverse=True)


def locale_words(locale: QLocale) -> set[str]:
    """What Qt's locale writes by itself: day and month names, AM and PM, the words
    joining a list ("a, b, and c")."""
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    words = {locale.amText(), locale.pmText()}
    for items in (["\x01", "\x02"], ["\x01", "\x02", "\x03"]):
        joined = locale.createSeparatedList(items)
        words.update(part for part in re.split("[\x01-\x03]", joined) if part.strip())
    for kind in formats:
        words.update(locale.dayName(day, kind) for day in range(1, 8))
        words.update(locale.monthName(month, kind) for month in range(1, 13))
        words.update(locale.standaloneMonthName(month, kind) for month in range(1, 13))
    return {word for word in words if word}


def qt_button_texts() -> set[str]:
    """The standard buttons' texts (OK, Cancel, ...): Qt's own translations give them."""
    box = QDialogButtonBox()
    texts = set()
    for standard in QDialogButtonBox.StandardButton:
        if standard not in (QDialogButtonBox.StandardButton.NoButton,):
            button = box.addButton(standard)
            if button is not None:
                texts.add(button.text().replace("&", ""))
                texts.add(button.text())
    box.deleteLater()
    return {text for text in texts if text}


def qt_key_names(*keys: QKeySequence) -> set[str]:
    """Keys as the app names them, in Qt's own words ("Ctrl+Up"): Qt's translations give
    them, as they do the standard buttons."""
    return {key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys}


def untranslated_words(text: str, exempt: Iterable[str]) -> list[str]:
    """The English words of ``text`` outside the marks and the exempt texts."""
    rest = unescape(_TAG.sub(" ", text))
    while True:  # a value filled in may be marked too: «Done: »«Wind Pool»
        shorter = _MARKED.sub(" ", rest)
        if shorter == rest:
            break
        rest = shorter
    for known in exempt:
        rest = rest.replace(known, " ")
    return _ENGLISH_WORD.findall(rest)


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    # A list model hides columnCount() from Python: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield "header", header
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            if getattr(view, "isRowHidden", lambda _row: False)(row):
                continue
            for role, what in (
                (Qt.ItemDataRole.DisplayRole, "item"),
                (Qt.ItemDataRole.AccessibleTextRole, "item's accessible text"),
            ):
                value = index.data(role)
                if isinstance(value, str):
                    yield what, value


def _action_texts(actions: Iterable[QAction]) -> Iterator[tuple[QAction, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield action, action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _action_texts(menu.actions())


def shown_texts(window: QWidget) -> Iterator[Shown]:
    """The texts of ``window`` and its visible widgets, menus and map labels."""
    yield Shown(window, "windowTitle", window.windowTitle())
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for what in ("accessibleName", "accessibleDescription", "toolTip"):
            text = getattr(widget, what)()
            if text:
                yield Shown(widget, what, text)
        if isinstance(widget, ElidedLabel):
            yield Shown(widget, "full text", widget.full_text())
        elif isinstance(widget, QLabel):
            yield Shown(widget, "text", widget.text())
        elif isinstance(widget, QToolButton) and (
            widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            pass  # the text is not shown; the tooltip and accessible name were read
        elif isinstance(widget, QAbstractButton):
            yield Shown(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            yield Shown(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield Shown(widget, f"tab {tab}", widget.tabText(tab))
        elif isinstance(widget, QComboBox):
            yield Shown(widget, "currentText", widget.currentText())
        elif isinstance(widget, QAbstractSpinBox):
            yield Shown(widget, "text", widget.text())
            yield Shown(widget, "specialValueText", widget.specialValueText())
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield Shown(widget, "placeholderText", widget.placeholderText())
        elif isinstance(widget, QAbstractItemView):
            for what, text in _model_texts(widget):
                yield Shown(widget, what, text)
        elif isinstance(widget, QMenuBar):
            for action, text in _action_texts(widget.actions()):
                yield Shown(action, "menu", text)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                text = getattr(item, "text", None)
                if item.isVisible() and callable(text) and isinstance(text(), str):
                    yield Shown(item, "scene text", text())


def untranslated(windows: Iterable[QWidget], exempt: Iterable[str]) -> list[str]:
    """Each text shown in ``windows`` with English words the pseudo-locale did not mark."""
    exempt = sorted({*exempt, *NAMES}, key=len, reverse=True)
    found = []
    for window in windows:
        for shown in shown_texts(window):
            words = untranslated_words(shown.text, exempt)
            if words:
                found.append(f"{shown} -> {' '.join(words)}")
    return found


def altered(windows: Iterable[QWidget], translated: set[str]) -> list[str]:
    """Each text shown with a marked run that no translation has: translated, then
    changed (upper-cased, cut, capitalised), so a translator's words are not what shows."""
    return [
        f"{shown} -> {run!r}"
        for window in windows
        for shown in shown_texts(window)
        for run in marked_runs(shown.text)
        if run not in translated
    ]


def clipped(windows: Iterable[QWidget]) -> list[str]:
    """Each label and button in ``windows`` whose text does not fit it, or that the edge
    of a box it is in cuts off."""
    found = []
    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible():
                problem = (
                    _clipping(widget)
                    or _cut_off(widget)
                    or _squeezed(widget)
                    or _overlapping(widget)
                )
                if problem:
                    found.append(f"{type(widget).__name__}({widget.objectName()!r}): {problem}")
    return found


_SHOWING_TEXT = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)


def _squeezed(widget: QWidget) -> str | None:
    """A box smaller than its layout's least size: its rows overlap or fall off its edge
    (a window taller than the screen lets, a pane that a splitter or a stretch starved)."""
    layout = widget.layout()
    if layout is None or widget.isWindow():
        return None
    least = layout.minimumSize()
    if layout.hasHeightForWidth():
        least.setHeight(layout.minimumHeightForWidth(widget.width()))
    if least.width() > widget.width() + 1 or least.height() > widget.height() + 1:
        return f"its layout needs {least.width()}x{least.height()}, it has {widget.size()}"
    return None


def _overlapping(widget: QWidget) -> str | None:
    """Two widgets side by side in a box, row or grid that cover each other: a layout
    that could not give both their least size pushes one over the other."""
    layout = widget.layout()
    if layout is None or isinstance(layout, QStackedLayout):
        return None
    shown = [
        item.widget()
        for index in range(layout.count())
        if (item := layout.itemAt(index)).widget() is not None and item.widget().isVisible()
    ]
    for first, second in itertools.combinations(shown, 2):
        if first.geometry().intersects(second.geometry()):
            return (
                f"{type(first).__name__}({first.objectName()!r}) at {first.geometry()} covers "
                f"{type(second).__name__}({second.objectName()!r}) at {second.geometry()}"
            )
    return None


def _is_scrolled_view(widget: QWidget) -> bool:
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and widget is area.viewport()


def _cut_off(widget: QWidget) -> str | None:
    """A text's widget reaching past one of the boxes it is in (a card squeezed by its
    layout), short of a scroll area's view, whose content scrolls."""
    if not isinstance(widget, _SHOWING_TEXT) or widget.isWindow():
        return None
    area = QRect(QPoint(0, 0), widget.size())
    child: QWidget = widget
    while not child.isWindow():
        parent = child.parentWidget()
        if parent is None or _is_scrolled_view(parent):
            return None
        area = area.translated(child.pos())
        if not parent.rect().contains(area):
            return f"reaches past {type(parent).__name__}({parent.objectName()!r}) at {area}"
        child = parent
    return None


def _clipping(widget: QWidget) -> str | None:
    if isinstance(widget, ElidedLabel):
        full = widget.full_text()
        if widget.text() != full and widget.toolTip() != full:
            return f"{widget.text()!r} elided without the whole text in its tooltip"
        return None
    if isinstance(widget, QLabel):
        return _label_clipping(widget)
    if isinstance(widget, QAbstractButton) and widget.text():
        return _button_clipping(widget)
    if isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        return _placeholder_clipping(widget)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        return _scene_clipping(widget)
    if isinstance(widget, QScrollArea):
        return _scroll_clipping(widget)
    return None


def _scroll_clipping(area: QScrollArea) -> str | None:
    """Content wider than a scroll area that does not scroll sideways: its edge is cut."""
    content = area.widget()
    never = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    if content is None or area.horizontalScrollBarPolicy() != never:
        return None
    if content.width() > area.viewport().width():
        return f"its content is {content.width()} px wide in {area.viewport().width()} px"
    return None


def _scene_clipping(view: QGraphicsView) -> str | None:
    """Text on a map or a chart that the edge of the view cuts through."""
    viewport = QRectF(view.viewport().rect())
    cut = []
    for item in view.scene().items():
        text = getattr(item, "text", None)
        if not (item.isVisible() and callable(text) and isinstance(text(), str) and text()):
            continue
        shown = item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())
        if shown.intersects(viewport) and not viewport.contains(shown.adjusted(1, 1, -1, -1)):
            cut.append(f"{text()!r} at {shown.toRect()} in {viewport.toRect()}")
    return "; ".join(cut) or None


def _label_clipping(label: QLabel) -> str | None:
    size = label.size()
    if not label.text() or not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > size.height() + 1:
            return f"{label.text()!r} needs {needed} px of height, has {size.height()}"
        return None
    hint = label.minimumSizeHint()  # a label on one line: its text, margins and indent
    if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
        return (
            f"{label.text()!r} needs {hint.width()}x{hint.height()} px, "
            f"has {size.width()}x{size.height()}"
        )
    return None


_CONTENTS = {
    QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
    QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
}


def _placeholder_clipping(field: QLineEdit) -> str | None:
    """A hint in an empty field that the field cuts short, with no tooltip to say it."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
    if needed > room.width() and not field.toolTip():
        return f"{field.placeholderText()!r} needs {needed} px, has {room.width()}"
    return None


def _button_clipping(button: QAbstractButton) -> str | None:
    """The text's advance (and its icon) against the button's contents rect, which the
    style sheet's padding and border narrow; its own minimum width does not matter."""
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        hint = button.sizeHint()
        if hint.width() > button.width() + 1 or hint.height() > button.height() + 1:
            return f"{button.text()!r} needs {hint.width()} px, has {button.width()}"
        return None
    element = next(
        (element for kind, element in _CONTENTS.items() if isinstance(button, kind)),
        QStyle.SubElement.SE_PushButtonContents,
    )
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    contents = button.style().subElementRect(element, option, button)
    text = re.sub("&(.)", r"\1", button.text())
    metrics = button.fontMetrics()
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    height = metrics.height() * len(text.split("\n"))
    if needed > contents.width() + 1 or height > contents.height() + 1:
        return (
            f"{button.text()!r} needs {needed}x{height} px, "
            f"has {contents.width()}x{contents.height()}"
        )
    return None


def top_windows() -> list[QWidget]:
    """Every window on screen: the main one and the dialogs over it."""
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
