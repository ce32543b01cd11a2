"""When to stop self-care and get help: the one list the notice, Help and the handout use.

The signs follow NHS and NICE guidance for back pain and NHS musculoskeletal guidance for
neck pain, told in our own words. The app is for the neck as well as the back, so each
area has its own two lists: signs that need the emergency number now, and signs that
need a doctor the same day. The texts are English; the screens pass each through Qt's
translation, so a translation file can cover them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from acupress_gui.core.catalog import Region


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


SHOULDER_BLADES = "pain high in your back, between your shoulder blades"
"""An urgent sign of its own, and the first thing an upper-back entry says."""

NECK = RedFlags(
    area="neck",
    emergency=(
        "pain that began after an injury, such as a fall, a car accident or a blow",
        "numbness, tingling or weakness in your arms or legs that is new or spreading",
        "hands that have become clumsy, or walking that has become unsteady",
        "trouble speaking, swallowing or seeing (for example seeing double)",
        "sudden, severe dizziness, or fainting",
        "a stiff neck together with a fever and a headache, a rash, or eyes that cannot "
        "bear bright light",
    ),
    same_day=(
        "a fever, or feeling generally unwell",
        "pain that keeps getting worse over several weeks, or weight loss you cannot explain",
        "cancer in the past, inflammatory arthritis (such as rheumatoid arthritis), tuberculosis "
        "or a weakened immune system",
        "an operation on your neck in the past",
    ),
)

BACK = RedFlags(
    area="back",
    emergency=(
        "numb or tingling skin between your legs: around your genitals, bottom or inner "
        "thighs, where a saddle would touch",
        "trouble starting to pass urine, or not being able to",
        "losing control of your bladder or bowels, or not feeling when they are full",
        "new trouble getting or keeping an erection or ejaculating, or less feeling in "
        "your genitals during sex",
        "pain, tingling, weakness or numbness in both legs, or legs that feel unsteady "
        "when you walk",
        "chest pain",
        "pain that began after a serious fall or accident",
    ),
    same_day=(
        SHOULDER_BLADES,
        "a fever, or feeling hot and shivery",
        "weight loss you cannot explain",
        "a lump, or a change in the shape of your back",
        "pain that is worse at night, or that resting or changing position does not ease",
        "pain that gets worse when you cough, sneeze or strain on the toilet",
        "cancer in the past",
        "a weakened immune system (for example from chemotherapy or long-term steroids), "
        "or injecting drugs",
        "a fall or strain, even a small one, when you have weak bones (osteoporosis) or take "
        "steroids long-term",
        "back pain for the first time when you are under 20 or over 50",
    ),
)

AREAS: tuple[RedFlags, ...] = (NECK, BACK)
"""Every list, in the order the screens show them: the neck first, as on the figure."""

UPPER_BACK_WARNING = (
    "New or unexplained pain between your shoulder blades, or pain there at night, needs a "
    "doctor's opinion before you press anything here. With chest pain or breathlessness, "
    "call your emergency number now. Help \u25b8 When to see a doctor lists every sign."
)


def warning_for(region: Region) -> str | None:
    """What an entry of ``region`` says before any pressing advice, if anything.

    Pain between the shoulder blades is itself a reason to see a doctor, so the upper
    back's entries begin with it."""
    return UPPER_BACK_WARNING if region is Region.UPPER_BACK else None
