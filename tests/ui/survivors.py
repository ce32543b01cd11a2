"""What a test can count of what stays behind: the app's own objects alive, the
connections made to an object's signals, the inner parts Qt's style sheet style would
never forget."""

from __future__ import annotations

import collections
import gc

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, QMetaMethod, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from acupress_gui.ui.common.style_caches import inner_parts

DESTROYED = SIGNAL("destroyed(QObject*)")


def run_deletions() -> None:
    """The turns of the event loop a replaced session takes to go, and a collection."""
    QCoreApplication.processEvents()
    for _ in range(3):  # a deletion can post another
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def app_objects() -> collections.Counter[str]:
    """How many objects of each class of the app's UI are alive."""
    counts: collections.Counter[str] = collections.Counter()
    for item in gc.get_objects():
        module = type(item).__module__  # not always a string: a descriptor on some types
        if isinstance(module, str) and module.startswith("acupress_gui.ui."):
            counts[type(item).__qualname__] += 1
    return counts


def connections(objects: dict[str, QObject]) -> dict[str, int]:
    """The receivers of each signal of each of ``objects``, by name."""
    counts = {}
    for name, item in objects.items():
        meta = item.metaObject()
        for index in range(meta.methodCount()):
            method = meta.method(index)
            if method.methodType() is QMetaMethod.MethodType.Signal:
                signature = bytes(method.methodSignature().data()).decode()
                counts[f"{name}.{signature}"] = item.receivers(SIGNAL(signature))
    return counts


def parts_never_forgotten(root: QWidget) -> list[str]:
    """The inner parts of ``root``'s spin and combo boxes that Qt's style sheet style will
    not hear go (its cache listens to a widget's ``destroyed``), so never forgets."""
    parts = inner_parts(root)
    assert parts, "no spin or combo box to look at"
    boxes = root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox)
    assert all(box.receivers(DESTROYED) for box in boxes), "no style sheet in effect"
    return [
        f"{type(part).__name__} of {type(part.parentWidget()).__name__}"
        for part in parts
        if not part.receivers(DESTROYED)
    ]
