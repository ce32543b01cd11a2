"""What a person can choose for a hold: its length, its sets, how sides and spots are
pressed, and the time to get into position first.

Apart from the timer itself so the preferences, read before the window shows, need not
load the state machine.
"""

from __future__ import annotations

from enum import StrEnum

PRESET_SECONDS = (30, 60, 120, 180)
"""The guide's 30 s to 1 min, and the 1 to 3 min of self-help books (the one trial that
says, Murphy 2019, held each point for 3 min)."""
DEFAULT_SECONDS = 60
MIN_CHOSEN_SECONDS = 10
MAX_CHOSEN_SECONDS = 600
MAX_SETS = 10


class SideMode(StrEnum):
    BOTH_AT_ONCE = "both"
    ONE_THEN_OTHER = "one_then_other"


class PressOrder(StrEnum):
    """How an entry of several spots (two pairs, a row) is pressed."""

    TOGETHER = "together"
    """All at once, in one hold: what the entry's text describes for most entries."""
    SPOT_BY_SPOT = "spot_by_spot"
    """One spot (or pair) after the other, each for the whole hold time."""


DEFAULT_POSITION_SECONDS = 10
"""Time to find the spot and get into position before a sitting's first hold."""
MAX_POSITION_SECONDS = 120
"""Enough to lie down on two tennis balls, slowly."""
