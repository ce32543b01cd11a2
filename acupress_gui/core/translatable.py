"""Marks the core's texts for Qt's translation tools, without importing Qt.

The core holds sentences the person reads (the red flags, the columns of an exported
history, why a file could not be saved), and it may not import Qt. ``pyside6-lupdate``
finds Python calls by name, and ``QT_TRANSLATE_NOOP(context, text)`` is one of the names
it knows, as in C++: a core module wraps each such literal in it (both arguments string
literals written in the call, or lupdate cannot read them).

What it returns is still the English string, so the log, the terminal and every
comparison read it as before, but a ``Text`` remembers its context, and a ``Message``
(a sentence with values filled in) its template and values: the UI translates them
when it shows them (``ui.common.core_text.translated``).
"""

from __future__ import annotations


class Text(str):
    """An English text marked for translation, and the context it is filed under."""

    context: str

    def __new__(cls, context: str, text: str) -> Text:
        made = super().__new__(cls, text)
        made.context = context
        return made


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:
    """``text`` as it is: lupdate files it under ``context`` for the translators."""
    return Text(context, text)


class Message(str):
    """A sentence for the person: the English with its values filled in, and the marked
    ``template`` and ``values`` to say it again in another language (a value may itself be
    a ``Text`` or a ``Message``, translated in turn)."""

    template: Text
    values: dict[str, object]

    def __new__(cls, template: Text, **values: object) -> Message:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = values
        return made


def message_of(error: BaseException) -> str:
    """An exception's message as it was raised: a ``Message`` or ``Text`` stays one, so the
    screen that shows it later can still translate it."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
