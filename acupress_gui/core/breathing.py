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


def next_turn(
    elapsed: float, inhale: float = INHALE_SECONDS, exhale: float = EXHALE_SECONDS
) -> float:
    """The elapsed time, after ``elapsed``, at which breathing in turns to out or back.

    A display that only shows the words can sleep until then instead of polling.
    """
    cycle = inhale + exhale
    start = elapsed - elapsed % cycle
    return start + inhale if elapsed - start < inhale else start + cycle


def seconds_until_moved(
    elapsed: float, by: float, inhale: float = INHALE_SECONDS, exhale: float = EXHALE_SECONDS
) -> float:
    """Seconds from ``elapsed`` until the fullness has moved by ``by``, or until the next
    turn if that comes first. A drawing can sleep until its circle has moved a pixel:
    often in mid-breath, seldom near the turns, where the eased breath is slow."""
    position = elapsed % (inhale + exhale)
    if position < inhale:
        target = min(_ease(position / inhale) + by, 1.0)
        return max(inhale * _uneased(target) - position, 0.0)
    into_exhale = position - inhale
    target = max(1.0 - _ease(into_exhale / exhale) - by, 0.0)
    return max(exhale * _uneased(1.0 - target) - into_exhale, 0.0)


def _ease(fraction: float) -> float:
    """Sine ease-in-out: gentle at both ends, like a natural breath."""
    return (1 - math.cos(math.pi * fraction)) / 2


def _uneased(eased: float) -> float:
    """The fraction ``_ease`` turns into ``eased``."""
    return math.acos(min(max(1 - 2 * eased, -1.0), 1.0)) / math.pi
