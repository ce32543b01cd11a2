"""How the app looks for a person's eyes: the theme chosen and the size of text.

The contrast arithmetic is WCAG 2.x's, so the high-contrast theme's colours are checked
by computation rather than by eye.
"""

from __future__ import annotations

from enum import StrEnum


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    """Light or dark, following the system's colour scheme while the app runs."""
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 300
"""Percent of the design's body size; the desktop offers up to 200, a kiosk may go higher."""

TEXT_SCALES: tuple[int, ...] = (100, 125, 150, 175, 200)
"""The steps the desktop app offers."""


def relative_luminance(hex_colour: str) -> float:
    """WCAG's relative luminance of ``#rrggbb``: 0 for black, 1 for white."""
    value = hex_colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"{hex_colour!r} is not #rrggbb")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG's contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
