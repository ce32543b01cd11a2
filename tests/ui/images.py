"""Comparing drawn images with a tolerance: a newer Qt may smooth edges a little
differently, and a test about what is drawn must not fail for that."""

from __future__ import annotations

from PySide6.QtGui import QImage

SAME_DRAWING = 1.0
"""The largest mean difference per colour channel (out of 255) between two renderings of
one drawing: edge smoothing moves a few pixels, a changed shape or colour moves many."""


def mean_difference(first: QImage, second: QImage) -> float:
    assert first.size() == second.size(), (first.size(), second.size())
    one, other = (_straight_bytes(image) for image in (first, second))
    return sum(abs(a - b) for a, b in zip(one, other, strict=True)) / len(one)


def _straight_bytes(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(converted.constBits())  # copied while ``converted`` still holds them
