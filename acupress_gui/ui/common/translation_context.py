"""``tr()`` for code that is not a QObject, so that its counts can have plural forms.

pyside6-lupdate files ``name.tr(text, disambiguation, n)`` under the context ``name``
(the word written before ``.tr``) and reads the third argument as a count, as it does
for ``self.tr``. It reads ``QCoreApplication.translate(context, text, "", n)`` as no
plural at all (a bare name there is taken for the encoding argument of Qt 4's API), so
a module outside a QObject writes its counted texts through a ``TranslationContext``
held in a variable spelled exactly as the context it names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TranslationContext:
    """A translation context by name, with the ``tr`` a QObject would have."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the current language; with ``n``, its form for that count and
        every ``%n`` replaced by it."""
        return QCoreApplication.translate(self.name, text, disambiguation, n)
