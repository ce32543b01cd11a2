"""Colours and the stylesheet, light or dark to match the system's colour scheme."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from importlib import resources

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True, slots=True)
class Theme:
    """One palette: a calm background, one accent (teal), one warning colour (amber)."""

    window: str
    surface: str
    border: str
    text: str
    muted: str
    accent: str
    accent_soft: str
    on_accent: str
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


LIGHT = Theme(
    window="#f6f3ee",
    surface="#ffffff",
    border="#e1dcd3",
    text="#1f2b31",
    muted="#5f6b71",
    accent="#2b7f78",
    accent_soft="#e1f0ee",
    on_accent="#ffffff",
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
    text="#e6ebee",
    muted="#a1aeb6",
    accent="#5cbdb2",
    accent_soft="#234540",
    on_accent="#0f1a1f",
    warning="#e9a94b",
    warning_bg="#3a3022",
    warning_text="#f3c98a",
    figure_fill="#3e4a54",
    figure_outline="#a9b3ba",
    figure_hint="#6f7c86",
    marker="#d7dee3",
    marker_ring="#1b252e",
)


def current_theme() -> Theme:
    """The dark palette when the system's is dark, otherwise the light one.

    Read from the system palette's window colour, which Qt's platform themes make dark
    for a dark colour scheme, rather than from ``styleHints().colorScheme()``: that enum
    brings in Qt's whole namespace, about 15 ms before the window can show.
    """
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Set the stylesheet and a readable base font (about 15 px body text)."""
    template = resources.files("acupress_gui.resources").joinpath("style.qss").read_text("utf-8")
    # Longest names first, so @accent_soft is not read as @accent followed by "_soft".
    for name, value in sorted(asdict(theme).items(), key=lambda item: -len(item[0])):
        template = template.replace(f"@{name}", value)
    app.setPalette(_palette(theme))
    app.setStyleSheet(template)
    font = QFont(app.font())
    font.setPixelSize(15)
    app.setFont(font)


def _palette(theme: Theme) -> QPalette:
    """The same colours for what the stylesheet does not draw (combo and spin boxes)."""
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
    ):
        for each in roles:
            palette.setColor(each, theme.color(name))
    for each in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, each, theme.color("muted"))
    return palette
