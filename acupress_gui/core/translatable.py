"""Marks the core's texts for Qt's translation tools, without importing Qt.

The core holds sentences the person reads (the red flags, the columns of an exported
history), and it may not import Qt. ``pyside6-lupdate`` finds Python calls by name, and
``QT_TRANSLATE_NOOP(context, text)`` is one of the names it knows, as in C++: a core
module wraps each such literal in it, the text stays English here, and the UI passes
it through ``QCoreApplication.translate(context, text)`` when it shows it. Both
arguments must be string literals written in the call, or lupdate cannot read them.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged: lupdate files it under ``context`` for the translators."""
    return text
