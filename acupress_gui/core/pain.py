"""One sitting's pain ratings, and when they call for the reminder of when to see a doctor."""

from __future__ import annotations

HIGH_PAIN = 8
"""From this rating on, the app reminds the person of the red flags."""


def pain_change(before: int | None, after: int | None) -> int | None:
    """After minus before (negative is better), or None unless both were rated."""
    if before is None or after is None:
        return None
    return after - before


def calls_for_red_flags(before: int | None, after: int | None) -> bool:
    """True when pain rose during the sitting or either rating is high."""
    change = pain_change(before, after)
    rose = change is not None and change > 0
    return rose or any(rating is not None and rating >= HIGH_PAIN for rating in (before, after))
