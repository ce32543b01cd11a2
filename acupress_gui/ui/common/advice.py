"""Sentences the point panel and the handout both say about pressing: one wording each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_gui.core.catalog import PregnancyAdvice, Reach


def _tr(text: str) -> str:
    return QCoreApplication.translate("advice", text)


def reach_text(reach: Reach) -> str:
    """Who can press an entry's points."""
    if reach is Reach.SELF:
        return _tr("You can reach these points yourself, with your own hands.")
    if reach is Reach.BALL:
        return _tr("Easiest lying or leaning on a ball, or with someone's help.")
    return _tr("These points need someone else to press them for you.")


def pregnancy_text(advice: PregnancyAdvice) -> str:
    if advice is PregnancyAdvice.AVOID:
        return _tr("Avoid these points if you are pregnant or might be pregnant.")
    return _tr(
        "If you are pregnant, ask your midwife or doctor first, and use only gentle pressure."
    )


def general_caution() -> str:
    """Where no point may be pressed, whatever its own cautions say."""
    return _tr(
        "Do not press on broken or irritated skin, bruises, fresh scars, swelling or "
        "varicose veins, over a bone that may be broken, or near a recent injury or "
        "operation. With blood thinners, a bleeding disorder, osteoporosis or cancer in "
        "the area, use only gentle pressure or ask a clinician first."
    )
