"""The core's sentences in the person's language, when a screen shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_gui.core.translatable import Message, Text, message_of


def translated(text: str) -> str:
    """``text`` translated when the core marked it (``core.translatable``): a ``Text``
    under its context, a ``Message`` as its translated template with each value that is
    itself marked translated too. Anything else (a path, a name) is shown as it is."""
    if isinstance(text, Message):
        values = {
            name: translated(value) if isinstance(value, str) else value
            for name, value in text.values.items()
        }
        return translated(text.template).format(**values)
    if isinstance(text, Text):
        return QCoreApplication.translate(text.context, text)
    return text


def error_text(error: BaseException) -> str:
    """What an exception from the core says, in the person's language."""
    return translated(message_of(error))
