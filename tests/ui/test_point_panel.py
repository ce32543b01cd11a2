"""The panel shows everything about an entry, in reading order, for every catalog entry."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from acupress_gui.core import red_flags
from acupress_gui.core.catalog import Catalog, Reach, Region
from acupress_gui.ui.shell.desktop_window import DesktopWindow

REACH = {
    Reach.SELF: "You can reach these points yourself, with your own hands.",
    Reach.BALL: "Easiest lying or leaning on a ball, or with someone's help.",
    Reach.PARTNER: "These points need someone else to press them for you.",
}


def test_every_entry_shows_its_texts_and_only_the_guides_show_a_correction(
    window: DesktopWindow, catalog: Catalog
) -> None:
    for entry in catalog.entries:
        window.view.select_entry(entry.id)
        text = window.view.point_panel.text()
        for part in (entry.title, entry.summary, entry.evidence or "", catalog.sources):
            assert part in text, (entry.id, part)
        for step in (*entry.find_steps, *entry.press_steps):
            assert escape(step) in text, (entry.id, step)  # a rich-text list
        for point in entry.points:
            assert point.code in text and point.pinyin in text, (entry.id, point.code)
        assert ("In the guide" in text) is entry.from_guide, entry.id
        assert REACH[entry.reach] in text, entry.id
        assert ("What was corrected" in text) is entry.from_guide, entry.id
        if entry.correction is not None:
            assert entry.correction in text


def test_upper_back_entries_say_see_a_doctor_before_any_pressing_advice(
    window: DesktopWindow, catalog: Catalog
) -> None:
    upper = catalog.entries_in(Region.UPPER_BACK)
    assert upper
    for entry in upper:
        window.view.select_entry(entry.id)
        text = window.view.point_panel.text()
        warning = text.index(red_flags.UPPER_BACK_WARNING)
        assert warning < text.index(escape(entry.find_steps[0]))
        assert warning < text.index(escape(entry.press_steps[0]))
    window.view.select_entry("wind-pool")
    assert red_flags.UPPER_BACK_WARNING not in window.view.point_panel.text()


def test_the_general_cautions_include_a_possible_fracture(window: DesktopWindow) -> None:
    window.view.select_entry("sea-of-vitality")
    assert "a bone that may be broken" in window.view.point_panel.text()


def test_headings_are_in_capitals_by_their_font_not_by_changing_the_text(
    window: DesktopWindow,
) -> None:
    """A translation is shown as written (Chinese has no capitals to make); the font
    draws English and Spanish headings in capitals."""
    window.view.select_entry("wind-pool")
    headings = [
        label
        for label in window.view.point_panel.findChildren(QLabel)
        if label.objectName() == "sectionHeading"
    ]
    assert "Where it is" in [label.text() for label in headings]
    for label in headings:
        assert label.font().capitalization() == QFont.Capitalization.AllUppercase
