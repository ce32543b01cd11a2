"""What a person can choose for a hold: its length, its sets, and how sides are pressed.

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
