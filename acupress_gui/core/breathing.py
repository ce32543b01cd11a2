"""The breathing pacer's rhythm: slow, eased in-breaths and longer out-breaths.

4 s in and 6 s out gives six breaths a minute, the slow pace used for relaxation.
A pure function of elapsed time, so the drawing never drifts from the clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INHALE_SECONDS = 4.0
EXHALE_SECONDS = 6.0


@dataclass(frozen=True, slots=True)
class Breath:
    inhaling: bool
    fullness: float
    """0 with the lungs empty, 1 full; eased so the circle slows at each turn."""


def breath_at(
    elapsed: float, inhale: float = INHALE_SECONDS, exhale: float = EXHALE_SECONDS
) -> Breath:
    """Where in the breathing cycle ``elapsed`` seconds fall; each cycle starts breathing in."""
    position = elapsed % (inhale + exhale)
    if position < inhale:
        return Breath(True, _ease(position / inhale))
    return Breath(False, 1.0 - _ease((position - inhale) / exhale))


def _ease(fraction: float) -> float:
    """Sine ease-in-out: gentle at both ends, like a natural breath."""
    return (1 - math.cos(math.pi * fraction)) / 2
