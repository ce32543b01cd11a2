"""What pyside6-lupdate reads in the code is what the app asks for at run time.

lupdate does not run Python: it reads tokens, and a call it misreads is a text no
translator ever sees, or one filed where the app never looks. These checks catch the
ways that happens here: a ``tr = QCoreApplication.translate`` alias (read as ``tr``, with
the context taken for the text), a count passed to ``QCoreApplication.translate`` (read
as Qt 4's encoding argument, so no plural forms), and a context lupdate glued together
from the words before a call.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from acupress_gui.core import export, red_flags
from tests import qt_translations

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> qt_translations.Scan:
    return qt_translations.lupdate(tmp_path_factory.mktemp("lupdate") / "all.ts")


def test_lupdate_reads_every_file_without_a_warning(scan: qt_translations.Scan) -> None:
    assert scan.warnings == ""


def test_every_context_is_a_class_or_a_module_context_the_code_names(
    scan: qt_translations.Scan,
) -> None:
    """A QObject's class name or a plain word (``handout``); never empty or dotted, which
    is how lupdate files a call it misread."""
    contexts = scan.contexts()
    assert contexts, "lupdate found no texts at all"
    odd = {name: texts[:3] for name, texts in contexts.items() if not IDENTIFIER.fullmatch(name)}
    assert odd == {}


def test_every_count_has_plural_forms(scan: qt_translations.Scan) -> None:
    """A text with Qt's ``%n`` is a numerus message, so each language can give its forms."""
    not_plural = [
        message.findtext("source")
        for message in scan.tree().getroot().iter("message")
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert not_plural == []


def test_the_cores_texts_are_found_under_the_context_the_screens_ask(
    scan: qt_translations.Scan,
) -> None:
    """The core marks its texts without Qt (``core.translatable``); the screens translate
    them under the context its module names."""
    found = scan.contexts()
    signs = {
        sign
        for area in red_flags.AREAS
        for urgency in red_flags.Urgency
        for sign in area.signs(urgency)
    }
    assert signs | {red_flags.UPPER_BACK_WARNING} <= set(found[red_flags.CONTEXT])
    assert set(export.COLUMN_NOTES.values()) <= set(found[export.NOTES_CONTEXT])


def test_a_pseudo_translation_keeps_every_placeholder_and_tag() -> None:
    """The pseudo-locale's own rule, which the screen tests rely on."""
    text = "<p><b>Saved</b> to {path}&nbsp;(%n)</p>"
    translated = qt_translations.pseudo(text)
    assert translated.startswith(qt_translations.START)
    assert translated.endswith(qt_translations.END)
    for kept in ("<p>", "<b>", "</b>", "{path}", "&nbsp;", "%n", "</p>"):
        assert kept in translated
    assert "Saved" not in translated
    shown = re.sub(r"<[^>]*>|&nbsp;|\{path\}|%n", "", text)
    assert len(translated) - len(text) >= round(len(shown) * qt_translations.GROWTH)


def test_english_plurals_follow_the_qt_way_of_writing_a_count(tmp_path: Path) -> None:
    assert qt_translations.english_plural("%n point(s), in this order.") == [
        "%n point, in this order.",
        "%n points, in this order.",
    ]
