"""When to stop self-care and get help: the one list the notice, Help and the handout use.

The signs follow NHS and NICE guidance for back pain and NHS musculoskeletal guidance for
neck pain, told in our own words. The app is for the neck as well as the back, so each
area has its own two lists: signs that need the emergency number now, and signs that
need a doctor the same day. The texts are English, marked for Qt's translation tools
(``core.translatable``); the screens show each in the person's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from acupress_gui.core.catalog import Region
from acupress_gui.core.translatable import QT_TRANSLATE_NOOP


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    """Call the local emergency number (999 in the UK) or go to an emergency department."""
    SAME_DAY = "same_day"
    """An urgent appointment with a doctor the same day (in the UK you can also call 111)."""


@dataclass(frozen=True, slots=True)
class RedFlags:
    """The signs of one area, each list ending a sentence "... if your pain comes with"."""

    area: str
    emergency: tuple[str, ...]
    same_day: tuple[str, ...]

    def signs(self, urgency: Urgency) -> tuple[str, ...]:
        return self.emergency if urgency is Urgency.EMERGENCY else self.same_day


SHOULDER_BLADES = QT_TRANSLATE_NOOP(
    "red_flags", "pain high in your back, between your shoulder blades"
)
"""An urgent sign of its own, and the first thing an upper-back entry says."""

NECK = RedFlags(
    area="neck",
    emergency=(
        QT_TRANSLATE_NOOP(
            "red_flags",
            "pain that began after an injury, such as a fall, a car accident or a blow",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "numbness, tingling or weakness in your arms or legs that is new or spreading",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags", "hands that have become clumsy, or walking that has become unsteady"
        ),
        QT_TRANSLATE_NOOP(
            "red_flags", "trouble speaking, swallowing or seeing (for example seeing double)"
        ),
        QT_TRANSLATE_NOOP("red_flags", "sudden, severe dizziness, or fainting"),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "a stiff neck together with a fever and a headache, a rash, or eyes that cannot "
            "bear bright light",
        ),
    ),
    same_day=(
        QT_TRANSLATE_NOOP("red_flags", "a fever, or feeling generally unwell"),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "pain that keeps getting worse over several weeks, or weight loss you cannot explain",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "cancer in the past, inflammatory arthritis (such as rheumatoid arthritis), "
            "tuberculosis or a weakened immune system",
        ),
        QT_TRANSLATE_NOOP("red_flags", "an operation on your neck in the past"),
    ),
)

BACK = RedFlags(
    area="back",
    emergency=(
        QT_TRANSLATE_NOOP(
            "red_flags",
            "numb or tingling skin between your legs: around your genitals, bottom or inner "
            "thighs, where a saddle would touch",
        ),
        QT_TRANSLATE_NOOP("red_flags", "trouble starting to pass urine, or not being able to"),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "losing control of your bladder or bowels, or not feeling when they are full",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "new trouble getting or keeping an erection or ejaculating, or less feeling in "
            "your genitals during sex",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "pain, tingling, weakness or numbness in both legs, or legs that feel unsteady "
            "when you walk",
        ),
        QT_TRANSLATE_NOOP("red_flags", "chest pain"),
        QT_TRANSLATE_NOOP("red_flags", "pain that began after a serious fall or accident"),
    ),
    same_day=(
        SHOULDER_BLADES,
        QT_TRANSLATE_NOOP("red_flags", "a fever, or feeling hot and shivery"),
        QT_TRANSLATE_NOOP("red_flags", "weight loss you cannot explain"),
        QT_TRANSLATE_NOOP("red_flags", "a lump, or a change in the shape of your back"),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "pain that is worse at night, or that resting or changing position does not ease",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags", "pain that gets worse when you cough, sneeze or strain on the toilet"
        ),
        QT_TRANSLATE_NOOP("red_flags", "cancer in the past"),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "a weakened immune system (for example from chemotherapy or long-term steroids), "
            "or injecting drugs",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "a fall or strain, even a small one, when you have weak bones (osteoporosis) or "
            "take steroids long-term",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags", "back pain for the first time when you are under 20 or over 50"
        ),
    ),
)

AREAS: tuple[RedFlags, ...] = (NECK, BACK)
"""Every list, in the order the screens show them: the neck first, as on the figure."""

UPPER_BACK_WARNING = QT_TRANSLATE_NOOP(
    "red_flags",
    "New or unexplained pain between your shoulder blades, or pain there at night, needs a "
    "doctor's opinion before you press anything here. With chest pain or breathlessness, "
    "call your emergency number now. Help \u25b8 When to see a doctor lists every sign.",
)


UPPER_BACK_WARNING_NO_MENUS = QT_TRANSLATE_NOOP(
    "red_flags",
    "New or unexplained pain between your shoulder blades, or pain there at night, needs a "
    "doctor's opinion before you press anything here. With chest pain or breathlessness, "
    "tell the staff at once or call your emergency number.",
)
"""The same warning where there is no Help menu to point to, but staff nearby: a
clinic's kiosk."""

UPPER_BACK_WARNING_ON_PAPER = QT_TRANSLATE_NOOP(
    "red_flags",
    "New or unexplained pain between your shoulder blades, or pain there at night, needs a "
    "doctor's opinion before you press anything here. With chest pain or breathlessness, "
    "call your emergency number now. \u201cWhen to get help\u201d, on this sheet, lists "
    "every sign.",
)
"""The same warning on a take-home sheet, which has the signs itself (and may go home
from a clinic's kiosk, with no app to look in)."""


class Referral(Enum):
    """Where a warning sends the reader for the full list of signs."""

    HELP_MENU = "help menu"
    STAFF = "staff"
    SHEET = "sheet"


_UPPER_BACK_WARNINGS = {
    Referral.HELP_MENU: UPPER_BACK_WARNING,
    Referral.STAFF: UPPER_BACK_WARNING_NO_MENUS,
    Referral.SHEET: UPPER_BACK_WARNING_ON_PAPER,
}


def warning_for(region: Region, referral: Referral = Referral.HELP_MENU) -> str | None:
    """What an entry of ``region`` says before any pressing advice, if anything, ending
    with where else to turn (``referral``).

    Pain between the shoulder blades is itself a reason to see a doctor, so the upper
    back's entries begin with it."""
    if region is not Region.UPPER_BACK:
        return None
    return _UPPER_BACK_WARNINGS[referral]
