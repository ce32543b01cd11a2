"""Sentences shown one after another, joined as the person's language joins them.

English and Spanish put a space after a full stop; Chinese puts nothing after its "。"
("。 总共" shows a gap). So the join is a message of its own, which each translation
writes as its language does, rather than a space in the code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def joined(first: str, *then: str) -> str:
    """``first`` and each of ``then`` after it, as one text."""
    text = first
    for sentence in then:
        #: Two whole sentences one after the other: {first} already ends with its full
        #: stop. Write what your language puts between sentences (nothing in Chinese).
        between = QCoreApplication.translate("sentences", "{first} {then}")
        text = between.format(first=text, then=sentence)
    return text
