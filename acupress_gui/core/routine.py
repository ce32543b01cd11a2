"""The guided routine: which entries it walks through, and where the person is in it.

Sequencing only: the hold timer times each entry and the history saves each hold, so the
routine can be driven by hand in tests, one call per thing the person does.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from acupress_gui.core.catalog import Entry, PregnancyAdvice

LEAD_IN_SECONDS = 10.0
"""The rest before each entry after the first: time to find the next point."""

DEFAULT_ROUTINE_LENGTH = 5
"""How many entries a catalog without the guide's entries starts its routine with."""


def default_routine(catalog_entries: Sequence[Entry]) -> tuple[Entry, ...]:
    """The routine of someone who has not chosen one: the guide's entries (its five
    corrected points), or the first few of a catalog that has none of them. With twenty
    and more entries, every one would be an hour of pressing."""
    guide = tuple(entry for entry in catalog_entries if entry.from_guide)
    return guide or tuple(catalog_entries[:DEFAULT_ROUTINE_LENGTH])


@dataclass(frozen=True, slots=True)
class RoutinePlan:
    """The entries a routine walks through, in catalog order, and what was left out."""

    entries: tuple[Entry, ...]
    left_out_for_pregnancy: tuple[Entry, ...]

    @classmethod
    def build(
        cls,
        catalog_entries: Sequence[Entry],
        chosen_ids: Collection[str] | None,
        may_be_pregnant: bool,
    ) -> RoutinePlan:
        """The chosen entries (the default routine when ``chosen_ids`` is None; unknown
        ids are ignored), without those to avoid in pregnancy when the person is or may
        be pregnant (an entry is avoided when any of its points is)."""
        if chosen_ids is None:
            chosen_ids = {entry.id for entry in default_routine(catalog_entries)}
        chosen = [e for e in catalog_entries if e.id in chosen_ids]
        if not may_be_pregnant:
            return cls(tuple(chosen), ())
        avoided = tuple(e for e in chosen if e.pregnancy is PregnancyAdvice.AVOID)
        return cls(tuple(e for e in chosen if e not in avoided), avoided)


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    NOT_REACHED = "not_reached"
    """The routine was stopped before this entry was done or skipped."""


@dataclass(frozen=True, slots=True)
class RoutineSummary:
    outcomes: tuple[tuple[Entry, Outcome], ...]
    """Every entry of the plan, in order, with what became of it."""
    held_seconds: float
    stopped_early: bool

    def entries(self, outcome: Outcome) -> tuple[Entry, ...]:
        return tuple(entry for entry, result in self.outcomes if result is outcome)


class Routine:
    """One run through a plan: forward as entries are done or skipped, back on request.

    Going back to an entry and doing it again keeps it done; skipping an entry already done
    does not undo it.
    """

    def __init__(self, plan: RoutinePlan) -> None:
        if not plan.entries:
            raise ValueError("a routine needs at least one entry")
        self.plan = plan
        self._index = 0
        self._outcomes: dict[int, Outcome] = {}
        self._held_seconds = 0.0
        self._stopped = False

    @property
    def current(self) -> Entry | None:
        """The entry to do now; None once the routine is over."""
        return None if self.is_over else self.plan.entries[self._index]

    @property
    def position(self) -> int:
        """1-based, for "3 of 5"; the total once the routine is over."""
        return min(self._index + 1, self.total)

    @property
    def total(self) -> int:
        return len(self.plan.entries)

    @property
    def is_over(self) -> bool:
        return self._stopped or self._index >= self.total

    @property
    def is_first(self) -> bool:
        return self._index == 0

    def complete_current(self) -> None:
        self._leave(Outcome.DONE)

    def skip(self) -> None:
        self._leave(Outcome.SKIPPED)

    def back(self) -> None:
        """Return to the previous entry (stays on the first)."""
        if not self.is_over:
            self._index = max(self._index - 1, 0)

    def stop(self) -> None:
        self._stopped = True

    def add_held(self, seconds: float) -> None:
        """Count time held in this routine's holds, however each hold ended."""
        self._held_seconds += seconds

    def summary(self) -> RoutineSummary:
        outcomes = tuple(
            (entry, self._outcomes.get(index, Outcome.NOT_REACHED))
            for index, entry in enumerate(self.plan.entries)
        )
        stopped_early = any(result is Outcome.NOT_REACHED for _, result in outcomes)
        return RoutineSummary(outcomes, self._held_seconds, stopped_early)

    def _leave(self, outcome: Outcome) -> None:
        if self.is_over:
            return
        if self._outcomes.get(self._index) is not Outcome.DONE:
            self._outcomes[self._index] = outcome
        self._index += 1
