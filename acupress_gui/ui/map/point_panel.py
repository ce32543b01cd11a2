"""The panel beside the map: everything about the selected entry, in reading order."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from acupress_gui.core import red_flags
from acupress_gui.core.catalog import Catalog, Entry
from acupress_gui.ui.common import advice
from acupress_gui.ui.common.core_text import translated
from acupress_gui.ui.common.section_heading import section_heading
from acupress_gui.ui.common.style_caches import forgotten_when_gone
from acupress_gui.ui.common.theme import Theme


def _html_list(items: tuple[str, ...], ordered: bool) -> str:
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li style='margin-bottom:6px'>{escape(item)}</li>" for item in items)
    return f"<{tag} style='margin-left:-16px'>{rows}</{tag}>"


class PointPanel(QScrollArea):
    """Names and codes, what was corrected, how to find and press, uses, cautions, sources.

    Rebuilt from scratch for each entry: it is a handful of labels, and rebuilding
    keeps the panel a pure function of the entry.
    """

    def __init__(
        self,
        catalog: Catalog,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        touch: bool = False,
        help_menu: bool = True,
    ) -> None:
        """``touch``: a finger's drag scrolls, so it selects no text; without a
        ``help_menu`` (a kiosk's), the panel sends to the staff instead of to Help."""
        super().__init__(parent)
        self._touch = touch
        self._help_menu = help_menu
        self.setObjectName("pointPanel")
        forgotten_when_gone(self.viewport())  # it holds a whole pane
        self.setAccessibleName(self.tr("Point details"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._catalog = catalog
        self._theme = theme
        self._entry: Entry | None = None
        self.show_entry(None)

    def entry(self) -> Entry | None:
        return self._entry

    def show_entry(self, entry: Entry | None) -> None:
        self._entry = entry
        content = QWidget()
        content.setObjectName("pointPanelContent")
        self._layout = QVBoxLayout(content)
        self._layout.setContentsMargins(24, 22, 24, 22)
        self._layout.setSpacing(10)
        if entry is None:
            self._fill_placeholder()
        else:
            self._fill(entry)
        self._layout.addStretch(1)
        self.setWidget(content)
        self.verticalScrollBar().setValue(0)

    def text(self) -> str:
        """All the panel's text, in order; what a screen reader would go through."""
        widget = self.widget()
        return "\n".join(label.text() for label in widget.findChildren(QLabel)) if widget else ""

    # --- building blocks -----------------------------------------------------------

    def _label(
        self,
        text: str,
        name: str = "body",
        parent_layout: QBoxLayout | None = None,
        rich: bool = False,
    ) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        if not self._touch:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        (parent_layout or self._layout).addWidget(label)
        return label

    def _heading(self, text: str, parent_layout: QBoxLayout | None = None) -> None:
        label = section_heading(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        (parent_layout or self._layout).addWidget(label)
        if parent_layout is None:
            label.setContentsMargins(0, 12, 0, 0)

    def _card(self, name: str) -> QVBoxLayout:
        card = QFrame()
        card.setObjectName(name)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self._layout.addWidget(card)
        return layout

    # --- content -------------------------------------------------------------------

    def _fill_placeholder(self) -> None:
        self._label(self.tr("Choose a point"), "entryTitle")
        self._label(
            self.tr(
                "Choose what hurts above the figure, or tap a part of the body on it and "
                "then a dot; or pick a point from the list. Each point says what it is, "
                "how to find it on yourself and how to press it."
            )
        )
        self._heading(self.tr("About these points"))
        self._label(
            self.tr(
                "The points cover the neck, the upper and lower back, the buttocks, the "
                "legs and the hands. Five of them come from a popular self-care guide for "
                "back pain, which mixed up several names and numbers and put one point in "
                "the wrong place: those entries show the standard point and say what was "
                "corrected."
            )
        )
        self._label(
            self.tr(
                "This is self-care guidance, not a diagnosis or a treatment. "
                "Help \u25b8 When to see a doctor lists the signs that need medical care."
            )
            if self._help_menu
            else self.tr(
                "This is self-care guidance, not a diagnosis or a treatment. If you have "
                "one of the warning signs you saw at the start, or are not sure, ask the staff."
            ),
            "sources",
        )

    def _fill(self, entry: Entry) -> None:
        self._label(entry.title, "entryTitle").setAccessibleName(entry.title)
        self._label(entry.code_summary, "entryCodes")
        if entry.guide_name is not None:
            self._label(
                self.tr("In the guide: \u201c{name}\u201d").format(name=entry.guide_name),
                "guideName",
            )
        self._label(entry.summary)

        warning = red_flags.warning_for(
            entry.region,
            red_flags.Referral.HELP_MENU if self._help_menu else red_flags.Referral.STAFF,
        )
        if warning is not None:
            # Before any pressing advice: this pain is itself a reason to see a doctor.
            first = self._card("cautionCard")
            self._label(self.tr("See a doctor first"), "cautionHeading", first)
            self._label(translated(warning), parent_layout=first)

        if entry.correction is not None:
            correction = self._card("correctionCard")
            self._heading(self.tr("What was corrected"), correction)
            self._label(entry.correction, parent_layout=correction)

        self._heading(self.tr("Where it is"))
        for point in entry.points:
            names = " \u00b7 ".join(escape(name) for name in point.names)
            muted = self._theme.muted
            guide = (
                self.tr(" (the guide: {code})").format(code=escape(point.guide_code))
                if point.guide_code
                else ""
            )
            self._label(
                f"<b>{escape(point.code)}</b>{guide} &nbsp;{escape(point.pinyin)} "
                f"{escape(point.characters)} &nbsp;<span style='color:{muted}'>{names}</span>"
                f"<br>{escape(point.location)}",
                rich=True,
            )

        self._heading(self.tr("How to find it on yourself"))
        self._label(_html_list(entry.find_steps, ordered=True), rich=True)

        self._heading(self.tr("How to press"))
        self._label(advice.reach_text(entry.reach), "reach")
        self._label(_html_list(entry.press_steps, ordered=True), rich=True)

        self._heading(self.tr("Traditionally used for"))
        # The uses are the catalog's words, mid-sentence: nothing to capitalise.
        self._label(
            self.tr("Traditional uses, not proven effects: {uses}.").format(
                uses=self.locale().createSeparatedList(list(entry.traditional_uses))
            )
        )

        cautions = self._card("cautionCard")
        self._label(self.tr("Cautions"), "cautionHeading", cautions)
        self._label(advice.pregnancy_text(entry.pregnancy), "pregnancy", cautions)
        self._label(
            _html_list((*entry.cautions, advice.general_caution()), ordered=False),
            parent_layout=cautions,
            rich=True,
        )

        self._heading(self.tr("Evidence and sources"))
        if entry.evidence is not None:
            self._label(entry.evidence)
        self._label(self._catalog.sources, "sources")
