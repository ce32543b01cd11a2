"""What pyside6-lupdate reads in the code is what the app asks for at run time.

lupdate does not run Python: it reads tokens, and a call it misreads is a text no
translator ever sees, or one filed where the app never looks. These checks catch the
ways that happens here: a ``tr = QCoreApplication.translate`` alias (read as ``tr``, with
the context taken for the text), a count passed to ``QCoreApplication.translate`` (read
as Qt 4's encoding argument, so no plural forms), and a context lupdate glued together
from the words before a call.
"""

from __future__ import annotations

import ast
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


def core_marked_texts() -> set[tuple[str, str]]:
    """Every (context, text) the core marks with ``QT_TRANSLATE_NOOP``, read from its
    source as Python reads it (implicit concatenation, escapes)."""
    marked = set()
    for source in (qt_translations.PACKAGE / "core").glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, text = (ast.literal_eval(argument) for argument in node.args)
                marked.add((context, text))
    return marked


def test_every_text_the_core_marks_is_found_under_its_context(
    scan: qt_translations.Scan,
) -> None:
    """The core marks its texts without Qt (``core.translatable``); lupdate must read each
    one, with the context the screens translate it under."""
    found = {(context, text) for context, texts in scan.contexts().items() for text in texts}
    marked = core_marked_texts()
    assert len(marked) > 40  # the red flags, the export's columns, the history's reasons
    assert marked - found == set()
    for area in red_flags.AREAS:
        for urgency in red_flags.Urgency:
            for sign in area.signs(urgency):
                assert (sign.context, sign) in marked
    assert {(note.context, note) for note in export.COLUMN_NOTES.values()} <= marked


def test_a_pseudo_translation_keeps_every_placeholder_and_tag() -> None:
    """The pseudo-locale's own rule, which the screen tests rely on: each run of words
    between placeholders and tags is marked, so a value filled in stands outside."""
    text = "<p><b>Saved</b> to {path}&nbsp;(%n)</p>"
    translated = qt_translations.pseudo(text)
    for kept in ("<p>", "<b>", "</b>", "{path}", "&nbsp;", "%n", "</p>"):
        assert kept in translated
    runs = qt_translations.marked_runs(translated)
    start, end = qt_translations.START, qt_translations.END
    assert runs[:2] == [f"{start}\u0160\u00e1v\u00ebd{end}", f"{start} t\u00f6 {end}"]
    assert "Saved" not in translated and "{path}" not in "".join(runs)
    shown = re.sub(r"<[^>]*>|&nbsp;|\{path\}|%n", "", text)
    assert len(translated) - len(text) >= round(len(shown) * qt_translations.GROWTH)


def test_english_plurals_follow_the_qt_way_of_writing_a_count(tmp_path: Path) -> None:
    assert qt_translations.english_plural("%n point(s), in this order.") == [
        "%n point, in this order.",
        "%n points, in this order.",
    ]
