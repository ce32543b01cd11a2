"""Every theme's colours meet WCAG AA, checked by computation on the colours the app uses.

The pairs come from the stylesheet the app loads (every rule, in every state it styles),
the palette it gives Qt, and the theme fields the painted items draw with: a new rule or
a changed colour is checked without this file changing.
"""

from __future__ import annotations

import re
from dataclasses import fields
from importlib import resources

import pytest
from PySide6.QtGui import QPalette

from acupress_gui.core.appearance import contrast_ratio
from acupress_gui.ui.common.theme import (
    DARK,
    HIGH_CONTRAST,
    HIGH_CONTRAST_DARK,
    LIGHT,
    PANEL_COLOURS,
    TEXT_COLOURS,
    Theme,
    _palette,
)

HIGH_CONTRASTS = {"high-contrast": HIGH_CONTRAST, "high-contrast-dark": HIGH_CONTRAST_DARK}
THEMES = {"light": LIGHT, "dark": DARK, **HIGH_CONTRASTS}
TEXT = 4.5
GRAPHIC = 3.0
"""WCAG 1.4.3 (text) and 1.4.11 (focus rings, control edges, markers, chart lines)."""

DECORATION = ("::handle", "::add-page", "::sub-page", "::separator", "#routineSegment")
"""Rules that draw no text: their backgrounds are shapes, checked as graphics below."""

PAINTED_TEXT = (
    ("text", "surface"),  # the timer's digits; the hover name; a name on the map
    ("text", "warning_bg"),  # the digits while the cue flashes
    ("muted", "window"),  # "Your left", an inset's caption
    ("muted", "surface"),  # an entry's codes on the map; chart axes and legend
    ("accent", "surface"),  # a region pill's count, the chosen entry's name
    ("accent", "accent_soft"),  # the chosen name, pointed at
    ("on_accent", "accent"),  # a region pill pointed at
)
"""What the body map, the timer dial and the charts write, and on what."""

GRAPHICS = (("accent", "figure_fill"),)  # the timer's ring against its track
"""Shapes that carry meaning in every theme."""

HIGH_CONTRAST_GRAPHICS = (
    ("marker", "figure_fill"),  # a point's dot on the body
    ("accent", "figure_fill"),  # the chosen point's dot
    ("marker_ring", "marker"),  # the ring that keeps neighbouring dots apart
    ("figure_outline", "window"),  # the body's edge
    ("figure_outline", "figure_fill"),
    ("figure_hint", "figure_fill"),  # the spine and shoulder blades, landmarks to find points
    ("accent", "surface"),  # region pills' edges; the "after" line of the pain chart
    ("warning", "surface"),  # the "before" line; the caution card's edge
    ("warning", "warning_bg"),
    ("accent", "window"),  # the brackets beside the figure
    ("focus", "accent"),  # the ring round a chosen chip or the primary button
    ("warning", "figure_fill"),  # the timer's ring while the cue flashes
)


class Rule:
    """One stylesheet rule: its selectors and the colour tokens of its properties."""

    def __init__(self, selectors: str, body: str) -> None:
        self.selectors = " ".join(selectors.split())
        self.properties: dict[str, list[str]] = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if value.strip():
                self.properties[name.strip()] = re.findall(r"@(\w+)", value)

    def first(self, *names: str) -> str | None:
        for name in names:
            tokens = self.properties.get(name)
            if tokens:
                return tokens[0]
        return None

    @property
    def decoration(self) -> bool:
        return any(part in self.selectors for part in DECORATION)

    def __repr__(self) -> str:
        return self.selectors


def stylesheet_rules() -> list[Rule]:
    template = resources.files("acupress_gui.resources").joinpath("style.qss").read_text("utf-8")
    template = re.sub(r"/\*.*?\*/", "", template, flags=re.DOTALL)
    return [
        Rule(selectors, body) for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", template)
    ]


RULES = stylesheet_rules()
FIELDS = {field.name for field in fields(Theme)}


def ratio(theme: Theme, foreground: str, background: str) -> float:
    return contrast_ratio(getattr(theme, foreground), getattr(theme, background))


def test_the_stylesheet_is_read_whole() -> None:
    """The parse below sees the rules the app styles with, and only theme colours."""
    assert len(RULES) > 80
    used = {token for rule in RULES for tokens in rule.properties.values() for token in tokens}
    assert used <= FIELDS
    assert {"focus", "control", "text", "accent", "on_accent"} <= used


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_every_text_colour_is_readable_on_every_panel(theme: Theme) -> None:
    low = [
        (text, panel, round(ratio(theme, text, panel), 2))
        for text in TEXT_COLOURS
        for panel in PANEL_COLOURS
        if ratio(theme, text, panel) < TEXT
    ]
    assert low == []
    assert ratio(theme, "on_accent", "accent") >= TEXT


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_every_rule_writes_readable_text_on_its_background(theme: Theme) -> None:
    """A rule with both colours is checked as it is; a colour alone must be a text colour
    (readable on every panel) and a background alone a panel (every text colour reads on
    it), so a state that changes only one of them (hover, checked, disabled) is safe."""
    problems: list[tuple[object, ...]] = []
    for rule in RULES:
        if rule.decoration:
            continue
        pairs = [
            (rule.first("color"), rule.first("background", "background-color")),
            (rule.first("selection-color"), rule.first("selection-background-color")),
            (None, rule.first("alternate-background-color")),
        ]
        for text, background in pairs:
            if text is not None and background is not None:
                if ratio(theme, text, background) < TEXT:
                    problems.append((rule, text, background, ratio(theme, text, background)))
            elif text is not None and text not in TEXT_COLOURS:
                problems.append((rule, text, "any panel"))
            elif background is not None and background not in PANEL_COLOURS:
                problems.append((rule, "any text", background))
    assert problems == []


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_the_palette_qt_draws_with_is_readable_in_every_state(theme: Theme) -> None:
    """Combo and spin boxes, menus' check marks and placeholders use the palette."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = _palette(theme)
    pairs = [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base),
        (role.ToolTipText, role.ToolTipBase),
    ]
    low = []
    for state in (group.Active, group.Inactive, group.Disabled):
        for text, background in pairs:
            value = contrast_ratio(
                palette.color(state, text).name(), palette.color(state, background).name()
            )
            if value < TEXT:
                low.append((state.name, text.name, background.name, round(value, 2)))
    assert low == []


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_painted_text_is_readable(theme: Theme) -> None:
    low = [pair for pair in PAINTED_TEXT if ratio(theme, *pair) < TEXT]
    assert low == []


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_focus_rings_and_control_edges_stand_out_in_every_theme(theme: Theme) -> None:
    """Where a person is and what they can act on show in every theme (WCAG 1.4.11)."""
    low: list[tuple[object, ...]] = [
        (colour, panel, round(ratio(theme, colour, panel), 2))
        for colour in ("focus", "control")
        for panel in PANEL_COLOURS
        if ratio(theme, colour, panel) < GRAPHIC
    ]
    low += [pair for pair in GRAPHICS if ratio(theme, *pair) < GRAPHIC]
    assert low == []


@pytest.mark.parametrize("theme", HIGH_CONTRASTS.values(), ids=HIGH_CONTRASTS.keys())
def test_in_high_contrast_every_edge_and_marker_stands_out(theme: Theme) -> None:
    """Every border the stylesheet draws (one in its own background's colour is there
    to keep a size, unseen), and the shapes the map and charts draw."""
    edges = {
        token
        for rule in RULES
        for name, tokens in rule.properties.items()
        if name.startswith("border")
        for token in tokens
        if token != rule.first("background", "background-color")
    }
    low: list[tuple[object, ...]] = [
        (edge, panel, round(ratio(theme, edge, panel), 2))
        for edge in sorted(edges)
        for panel in PANEL_COLOURS
        if ratio(theme, edge, panel) < GRAPHIC
    ]
    low += [pair for pair in HIGH_CONTRAST_GRAPHICS if ratio(theme, *pair) < GRAPHIC]
    assert low == []


def test_high_contrast_goes_beyond_aa_for_body_text() -> None:
    """Its body text is at AAA (7:1) on every panel: the reason to choose it."""
    for theme in HIGH_CONTRASTS.values():
        assert min(ratio(theme, "text", panel) for panel in PANEL_COLOURS) >= 7
