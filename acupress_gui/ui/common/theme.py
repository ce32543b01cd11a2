"""Colours, the stylesheet and the size of text, as the person chose or as the system has it.

Text is sized from one body size: the design's 15 px, or the system's font when that is
larger, times the person's text size. The stylesheet writes its sizes in ``em`` of that
body size, and painted items take theirs from ``em()`` and ``text_font()``, so all text
grows together. A change of theme or text size applies to the whole application at
once; items that keep a ``Theme`` or a font of their own are rebuilt with the visitor's
view by the window (``DesktopWindow``), which also waits for a sitting to end first.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from acupress_gui.core.appearance import ThemeChoice

if TYPE_CHECKING:
    from PySide6.QtCore import Qt  # at run time only once the window shows (follow_system)

DESIGN_BODY_PX = 15
"""The body text's size at 100 %, in pixels, unless the system's font is larger."""


@dataclass(frozen=True, slots=True)
class Theme:
    """One palette: a calm background, one accent (teal), one warning colour (amber).

    Any of ``TEXT_COLOURS`` may be written on any of ``PANEL_COLOURS``, and ``on_accent``
    on ``accent``: every theme keeps each of those pairs at WCAG AA (4.5:1), so a new
    label or painted item stays readable whichever pair it takes.
    """

    window: str
    surface: str
    border: str
    """Lines that only divide or frame (cards, dividers); quiet except in high contrast."""
    control: str
    """The edge of what a person acts on (fields, boxes, check boxes): at least 3:1."""
    text: str
    muted: str
    accent: str
    accent_soft: str
    on_accent: str
    focus: str
    """The keyboard focus ring: at least 3:1 against every panel."""
    warning: str
    warning_bg: str
    warning_text: str
    figure_fill: str
    figure_outline: str
    figure_hint: str
    marker: str
    marker_ring: str

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))


TEXT_COLOURS = ("text", "muted", "accent", "warning_text")
PANEL_COLOURS = ("window", "surface", "accent_soft", "warning_bg")

LIGHT = Theme(
    window="#f6f3ee",
    surface="#ffffff",
    border="#e1dcd3",
    control="#857d74",
    text="#1f2b31",
    muted="#5f6b71",
    accent="#26736c",
    accent_soft="#e1f0ee",
    on_accent="#ffffff",
    focus="#1b5fd0",
    warning="#d08a1e",
    warning_bg="#fdf4e3",
    warning_text="#7a4a00",
    figure_fill="#e3dace",
    figure_outline="#77706a",
    figure_hint="#b7ada2",
    marker="#4c5964",
    marker_ring="#ffffff",
)

DARK = Theme(
    window="#1b252e",
    surface="#23303b",
    border="#33424e",
    control="#7f909c",
    text="#e6ebee",
    muted="#a1aeb6",
    accent="#5cbdb2",
    accent_soft="#234540",
    on_accent="#0f1a1f",
    focus="#79b0ff",
    warning="#e9a94b",
    warning_bg="#3a3022",
    warning_text="#f3c98a",
    figure_fill="#3e4a54",
    figure_outline="#a9b3ba",
    figure_hint="#6f7c86",
    marker="#d7dee3",
    marker_ring="#1b252e",
)

HIGH_CONTRAST = Theme(
    window="#ffffff",
    surface="#ffffff",
    border="#000000",
    control="#000000",
    text="#000000",
    muted="#4d4d4d",
    accent="#000000",
    accent_soft="#e3f1ef",
    on_accent="#ffffff",
    focus="#0b5ed7",
    warning="#a35200",
    warning_bg="#fff3d9",
    warning_text="#5c2e00",
    figure_fill="#e6e6e6",
    figure_outline="#000000",
    figure_hint="#5c5c5c",
    marker="#000000",
    marker_ring="#ffffff",
)
"""Black on white; what is chosen is inverted (white on black), the focus ring blue."""

HIGH_CONTRAST_DARK = Theme(
    window="#000000",
    surface="#000000",
    border="#ffffff",
    control="#ffffff",
    text="#ffffff",
    muted="#cccccc",
    accent="#40e8ff",
    accent_soft="#00302d",
    on_accent="#000000",
    focus="#2a6cf0",
    warning="#ffb020",
    warning_bg="#2e1f00",
    warning_text="#ffd27a",
    figure_fill="#2e2e2e",
    figure_outline="#ffffff",
    figure_hint="#a6a6a6",
    marker="#ffffff",
    marker_ring="#000000",
)
"""White on black, cyan for what is chosen: high contrast for a system set to dark, whose
person would find a white screen glaring."""


def resolve_theme(choice: ThemeChoice, system_dark: bool, system_high_contrast: bool) -> Theme:
    """The palette for a person's choice on a system that is dark or light, and asks for
    high contrast or not; high contrast is dark or light as the system is."""
    if choice is ThemeChoice.HIGH_CONTRAST or (
        choice is ThemeChoice.SYSTEM and system_high_contrast
    ):
        return HIGH_CONTRAST_DARK if system_dark else HIGH_CONTRAST
    if choice is ThemeChoice.SYSTEM:
        return DARK if system_dark else LIGHT
    return DARK if choice is ThemeChoice.DARK else LIGHT


def current_theme() -> Theme:
    """The dark palette when the system's is dark, otherwise the light one.

    Read from the system palette's window colour, which Qt's platform themes make dark
    for a dark colour scheme, rather than from ``styleHints().colorScheme()``: that enum
    brings in Qt's whole namespace, about 15 ms before the window can show. Only right
    before the app sets its own palette does this read the system's.
    """
    return DARK if _palette_is_dark() else LIGHT


def _palette_is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


# --- text size ---------------------------------------------------------------------


def body_pixels(system_font: QFont, text_scale: int, dots_per_inch: float) -> int:
    """The body text's size: the design's, or the system font's when larger, scaled."""
    system = system_font.pixelSize()
    system_px = system if system > 0 else system_font.pointSizeF() * dots_per_inch / 72
    return round(max(DESIGN_BODY_PX, system_px) * text_scale / 100)


def _application_body_pixels() -> float:
    """The application font's size in pixels: the body size once a theme is applied."""
    font = QGuiApplication.font()
    if font.pixelSize() > 0:
        return font.pixelSize()
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return font.pointSizeF() * dpi / 72


def em(size: float, grows_at_most: float | None = None) -> float:
    """``size`` body sizes in pixels: a painted item's text, and the room around it, grow
    with the person's text size this way (as ``em`` does in the stylesheet).

    ``grows_at_most`` caps the growth at that multiple of the design's size, for text
    that would otherwise crowd out what it labels (the body map's names).
    """
    body = _application_body_pixels()
    if grows_at_most is not None:
        body = min(body, DESIGN_BODY_PX * grows_at_most)
    return size * body


def text_font(
    size: float = 1.0,
    weight: QFont.Weight = QFont.Weight.Normal,
    grows_at_most: float | None = None,
) -> QFont:
    """The application's font at ``size`` body sizes, for text an item paints itself."""
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(round(em(size, grows_at_most)), 1))
    font.setWeight(weight)
    return font


# --- applying ------------------------------------------------------------------------

_EM_LENGTH = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)em\b")


def stylesheet(theme: Theme, body_px: int) -> str:
    """The app's stylesheet for ``theme``: colour tokens filled, ``em`` lengths in pixels
    of ``body_px`` (Qt would read ``em`` as the width of an M)."""
    template = resources.files("acupress_gui.resources").joinpath("style.qss").read_text("utf-8")
    # Longest names first, so @accent_soft is not read as @accent followed by "_soft".
    for name, value in sorted(asdict(theme).items(), key=lambda item: -len(item[0])):
        template = template.replace(f"@{name}", value)
    return _EM_LENGTH.sub(lambda match: f"{round(float(match[1]) * body_px)}px", template)


def apply_theme(app: QApplication, theme: Theme, text_scale: int = 100) -> None:
    """Give the whole application ``theme``'s colours, edges and focus rings, and its
    text at ``text_scale``."""
    use_app_style(app, theme)
    _apply_colours_and_text(app, theme, text_scale)


def use_app_style(app: QApplication, theme: Theme) -> None:
    """Draw the controls' edges and focus rings in ``theme``'s colours (``AppStyle``)."""
    from acupress_gui.ui.common.app_style import AppStyle  # 7 ms: after the window shows

    style = app.style()
    if isinstance(style, AppStyle):
        style.theme = theme  # drawn so once the stylesheet repolishes the widgets
    else:
        app.setStyle(AppStyle(theme))


def _apply_colours_and_text(app: QApplication, theme: Theme, text_scale: int) -> None:
    screen = app.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    system_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    body = body_pixels(system_font, text_scale, dpi)
    app.setPalette(_palette(theme))
    font = QFont(app.font())
    font.setPixelSize(body)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, body))  # last: it repolishes every widget once


def _palette(theme: Theme) -> QPalette:
    """The same colours for what Qt's style draws itself (combo and spin boxes, frames,
    check marks, menus' indicators), the stylesheet not."""
    role = QPalette.ColorRole
    palette = QPalette()
    for roles, name in (
        ((role.Window, role.Button, role.AlternateBase), "window"),
        ((role.Base, role.ToolTipBase), "surface"),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), "text"),
        ((role.Highlight,), "accent"),
        ((role.HighlightedText,), "on_accent"),
        ((role.PlaceholderText,), "muted"),
        ((role.Mid, role.Midlight), "border"),
        ((role.Dark, role.Shadow), "control"),
    ):
        for each in roles:
            palette.setColor(each, theme.color(name))
    for each in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, each, theme.color("muted"))
    return palette


class Appearance(QObject):
    """The application's look for as long as it runs: the theme a person chose (or the
    system's) and their text size, applied to the whole application.

    Signals:
        system_changed(): the system's colour scheme or contrast preference changed;
            the owner applies again (``apply``), which matters only while following it.
    """

    system_changed = Signal()

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        """The palette applied now (or, before ``apply``, the one to start with)."""
        self._system_dark = _palette_is_dark()
        """The system palette's, read before the app sets its own; ``follow_system``
        then reads the colour scheme itself where the platform knows it."""
        self._system_high_contrast = False
        self._applied: tuple[Theme, int] | None = None
        self._edges_drawn = False
        """Whether ``AppStyle`` draws the controls: from ``follow_system`` on, as making it
        costs 7 ms before the window could show (the window then has only its menus)."""

    def apply(self, choice: ThemeChoice, text_scale: int) -> bool:
        """Give the application the theme ``choice`` means now and text at ``text_scale``;
        True if that is not what it had (items that keep their own colours or fonts
        must then be made again)."""
        theme = resolve_theme(choice, self._system_dark, self._system_high_contrast)
        wanted = (theme, text_scale)
        if wanted == self._applied:
            return False
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("the appearance is applied to a QApplication")
        if self._edges_drawn:
            use_app_style(app, theme)
        _apply_colours_and_text(app, theme, text_scale)
        self.theme = theme
        self._applied = wanted
        return True

    def follow_system(self) -> None:
        """Read the system's colour scheme and contrast preference, and hear of changes.

        Called once the window is on screen: the scheme's enum brings in Qt's namespace,
        about 15 ms. Contrast preference is Qt 6.10's; the colour scheme, where the
        platform does not know it, stays as the system palette said at start. The
        controls' edges and focus rings are drawn from now on too.
        """
        app = QApplication.instance()
        if isinstance(app, QApplication):
            use_app_style(app, self.theme)
            self._edges_drawn = True
        hints = QGuiApplication.styleHints()
        self._read_system(hints.colorScheme(), hints.accessibility().contrastPreference())
        hints.colorSchemeChanged.connect(self._on_scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._on_contrast_changed)

    def _read_system(self, scheme: Qt.ColorScheme, contrast: Qt.ContrastPreference) -> None:
        from PySide6.QtCore import Qt

        if scheme is not Qt.ColorScheme.Unknown:
            self._system_dark = scheme is Qt.ColorScheme.Dark
        self._system_high_contrast = contrast is Qt.ContrastPreference.HighContrast

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        hints = QGuiApplication.styleHints()
        self._read_system(scheme, hints.accessibility().contrastPreference())
        self.system_changed.emit()

    def _on_contrast_changed(self, contrast: Qt.ContrastPreference) -> None:
        self._read_system(QGuiApplication.styleHints().colorScheme(), contrast)
        self.system_changed.emit()
