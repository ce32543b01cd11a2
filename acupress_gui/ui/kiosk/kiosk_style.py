"""How big a kiosk's targets and type are, and its stylesheet.

A finger needs about 9 mm (48 dp, 44 pt); a screen's logical dpi can be scaled below its
real size, so a target is measured at whichever of the logical and physical dpi is
larger. Type is a multiple of the application's body size, so the kiosk's text scale
(applied to the application's font) makes every word larger together.

The stylesheet is set on the kiosk window and so applies to everything drawn in it,
the visitor's view and its dialogs too; being nearer, its rules win over the
application's.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication

from acupress_gui.ui.common.theme import Theme

TARGET_MM = 9.0


def target_pixels(screen: QScreen | None) -> int:
    """Pixels of 9 mm on ``screen``, at whichever of its dpi is larger."""
    if screen is None:
        return math.ceil(TARGET_MM / 25.4 * 96)
    dpi = max(screen.logicalDotsPerInch(), screen.physicalDotsPerInch())
    return math.ceil(TARGET_MM / 25.4 * dpi)


def body_pixels() -> int:
    """The application's body text size in pixels (the theme sets it in pixels)."""
    font = QApplication.font()
    if font.pixelSize() > 0:
        return font.pixelSize()
    return round(font.pointSizeF() * 96 / 72)


def kiosk_stylesheet(theme: Theme, target: int, body: int) -> str:
    """Every control at least ``target`` pixels each way; the kiosk's own screens in
    type sized from ``body``."""
    indicator = round(target * 0.7)

    def px(factor: float) -> str:
        return f"{round(body * factor)}px"

    return f"""
QWidget#kioskWindow, QWidget#attractScreen, QWidget#staffScreen {{ background: {theme.window}; }}
QPushButton, QToolButton, QComboBox, QLineEdit, QAbstractSpinBox {{ min-height: {target}px; }}
QPushButton, QToolButton {{ min-width: {target}px; }}
QRadioButton, QCheckBox {{ min-height: {target}px; spacing: {round(target / 3)}px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {indicator}px; height: {indicator}px; }}
QListView::item, QTableView::item {{ min-height: {target}px; }}
QScrollBar:vertical {{ width: {target}px; margin: 0; }}
QScrollBar:horizontal {{ height: {target}px; margin: 0; }}
QScrollBar::handle:vertical {{ min-height: {target}px; border-radius: {round(target / 4)}px; }}
QScrollBar::handle:horizontal {{ min-width: {target}px; border-radius: {round(target / 4)}px; }}

QFrame#kioskCard {{
    background: {theme.surface}; border: 1px solid {theme.border}; border-radius: 16px;
}}
QLabel#kioskCardTitle {{ font-size: {px(1.6)}; font-weight: 600; }}
QLabel#clinicName {{ font-size: {px(1.4)}; font-weight: 600; color: {theme.muted}; }}
QLabel#attractClinic {{ font-size: {px(2.4)}; font-weight: 600; color: {theme.muted}; }}
QLabel#attractHeadline {{ font-size: {px(4.0)}; font-weight: 700; color: {theme.accent}; }}
QLabel#attractHint {{ font-size: {px(1.5)}; color: {theme.muted}; }}
QPushButton#languageButton {{ font-size: {px(1.5)}; padding: 12px 36px; }}
QPushButton#languageButton:checked {{
    background: {theme.accent}; color: {theme.on_accent}; border-color: {theme.accent};
}}
QPushButton#kioskAction {{ font-size: {px(1.2)}; padding: 8px 24px; }}
QPushButton#welcomeAnswer {{ font-size: {px(1.5)}; padding: 12px 24px; }}
QLabel#welcomeQuestion {{ font-size: {px(1.6)}; font-weight: 700; color: {theme.warning_text}; }}
QLabel#countdownQuestion {{ font-size: {px(3.0)}; font-weight: 700; }}
QLabel#countdownSeconds {{ font-size: {px(6.0)}; font-weight: 700; color: {theme.accent}; }}
QLabel#countdownHint {{ font-size: {px(1.6)}; color: {theme.muted}; }}
QLabel#pinDots {{ font-size: {px(2.4)}; letter-spacing: 8px; }}
QLabel#pinMessage {{ font-size: {px(1.2)}; color: {theme.warning_text}; }}
QPushButton#pinDigit {{ font-size: {px(2.0)}; min-width: {round(target * 2)}px;
    min-height: {round(target * 1.6)}px; }}
QLabel#staffHeading {{ font-size: {px(1.3)}; font-weight: 600; }}
QTableWidget#staffCounts::item {{ padding: 0 {px(0.8)}; }}
QTableWidget#staffCounts QHeaderView::section {{ padding: 6px {px(0.8)}; }}
"""
