"""Sentences the point panel and the handout both say about pressing: one wording each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_gui.core.catalog import PregnancyAdvice, Reach


def reach_text(reach: Reach) -> str:
    """Who can press an entry's points."""
    if reach is Reach.SELF:
        return QCoreApplication.translate(
            "advice", "You can reach these points yourself, with your own hands."
        )
    if reach is Reach.BALL:
        return QCoreApplication.translate(
            "advice", "Easiest lying or leaning on a ball, or with someone's help."
        )
    return QCoreApplication.translate(
        "advice", "These points need someone else to press them for you."
    )


def pregnancy_text(advice: PregnancyAdvice) -> str:
    if advice is PregnancyAdvice.AVOID:
        return QCoreApplication.translate(
            "advice", "Avoid these points if you are pregnant or might be pregnant."
        )
    return QCoreApplication.translate(
        "advice",
        "If you are pregnant, ask your midwife or doctor first, and use only gentle pressure.",
    )


def general_caution() -> str:
    """Where no point may be pressed, whatever its own cautions say."""
    return QCoreApplication.translate(
        "advice",
        "Do not press on broken or irritated skin, bruises, fresh scars, swelling or "
        "varicose veins, over a bone that may be broken, or near a recent injury or "
        "operation. With blood thinners, a bleeding disorder, osteoporosis or cancer in "
        "the area, use only gentle pressure or ask a clinician first.",
    )
