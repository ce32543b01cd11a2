"""The guided routine: which entries it walks through, and where the person is in it.

A routine has a name when it is one of the catalog's presets or one the person saved
(``NamedRoutine``, found by ``find_routine``); the plan of a run keeps its order and its
holds, leaving out for pregnancy what must be. Sequencing only: the hold timer times each
entry and the history saves each hold, so the routine can be driven by hand in tests, one
call per thing the person does.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from acupress_gui.core.catalog import Catalog, Complaint, Entry, PregnancyAdvice
from acupress_gui.core.preferences import PersonPreferences, SavedRoutine

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
class RoutineStep:
    entry: Entry
    hold_seconds: int | None
    """None: the person's usual hold."""


@dataclass(frozen=True, slots=True)
class NamedRoutine:
    """A routine a person can choose by name: a catalog's preset or one of their own."""

    name: str
    steps: tuple[RoutineStep, ...]
    """In the order to press them; pregnancy advice is applied by ``RoutinePlan.of``."""
    preset_id: str | None = None
    """The catalog routine's id; None for the person's own."""
    complaint: Complaint | None = None

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(step.entry for step in self.steps)


def presets(catalog: Catalog) -> tuple[NamedRoutine, ...]:
    """The catalog's routines, in the file's order."""
    return tuple(
        NamedRoutine(
            preset.name,
            tuple(
                RoutineStep(entry, preset.hold_seconds.get(entry.id))
                for entry in _entries(catalog, preset.entry_ids)
            ),
            preset.id,
            preset.complaint,
        )
        for preset in catalog.routines
    )


def own_routine(saved: SavedRoutine, catalog: Catalog) -> NamedRoutine:
    """A saved routine with the entries this catalog has (another catalog may lack some)."""
    holds = {step.entry: step.hold_seconds for step in saved.steps}
    entries = _entries(catalog, [step.entry for step in saved.steps])
    return NamedRoutine(saved.name, tuple(RoutineStep(e, holds[e.id]) for e in entries))


def find_routine(
    name_or_id: str, catalog: Catalog, saved: Sequence[SavedRoutine]
) -> NamedRoutine | None:
    """The routine a person or the command line names: a preset by its id, then one of
    the person's by name, then a preset by name (names ignore case and the spaces around
    them); None when nothing has that name."""
    wanted = name_or_id.strip()
    offered = presets(catalog)
    by_id = next((routine for routine in offered if routine.preset_id == wanted), None)
    if by_id is not None:
        return by_id
    key = wanted.casefold()
    mine = next((routine for routine in saved if routine.name.casefold() == key), None)
    if mine is not None:
        return own_routine(mine, catalog)
    return next((routine for routine in offered if routine.name.casefold() == key), None)


def offered(catalog: Catalog, saved: Sequence[SavedRoutine]) -> tuple[NamedRoutine, ...]:
    """Every routine a person can choose by name: the presets, then their own."""
    return (*presets(catalog), *(own_routine(routine, catalog) for routine in saved))


def chosen_routine(person: PersonPreferences, catalog: Catalog) -> NamedRoutine | None:
    """The person's current routine, if one is chosen and still found."""
    chosen = person.current_routine
    return None if chosen is None else find_routine(chosen, catalog, person.saved_routines)


def plan_for(
    person: PersonPreferences, catalog: Catalog, routine: NamedRoutine | None = None
) -> RoutinePlan:
    """What Start routine runs: the person's current routine (``routine`` when the caller
    has found it already), else (none chosen, or one no longer found) the entries of
    ``routine_entries``, the guide's until they choose."""
    if routine is None:
        routine = chosen_routine(person, catalog)
    may_be_pregnant = person.may_be_pregnant is True
    if routine is None:
        return RoutinePlan.build(catalog.entries, person.routine_entries, may_be_pregnant)
    return RoutinePlan.of(routine, may_be_pregnant)


def _entries(catalog: Catalog, entry_ids: Sequence[str]) -> tuple[Entry, ...]:
    by_id = {entry.id: entry for entry in catalog.entries}
    return tuple(by_id[entry_id] for entry_id in entry_ids if entry_id in by_id)


@dataclass(frozen=True, slots=True)
class RoutinePlan:
    """The entries a routine walks through, in order, and what was left out."""

    entries: tuple[Entry, ...]
    left_out_for_pregnancy: tuple[Entry, ...]
    hold_seconds: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    """Seconds by entry id for the entries with their own hold; the others take the
    person's usual hold."""

    @classmethod
    def of(cls, routine: NamedRoutine, may_be_pregnant: bool) -> RoutinePlan:
        """``routine`` in its own order, without the entries to avoid in pregnancy when the
        person is or may be pregnant."""
        holds = MappingProxyType(
            {s.entry.id: s.hold_seconds for s in routine.steps if s.hold_seconds is not None}
        )
        return cls._for(routine.entries, may_be_pregnant, holds)

    @classmethod
    def build(
        cls,
        catalog_entries: Sequence[Entry],
        chosen_ids: Collection[str] | None,
        may_be_pregnant: bool,
    ) -> RoutinePlan:
        """The chosen entries in catalog order (the default routine when ``chosen_ids`` is
        None; unknown ids are ignored), without those to avoid in pregnancy when the
        person is or may be pregnant (an entry is avoided when any of its points is)."""
        if chosen_ids is None:
            chosen_ids = {entry.id for entry in default_routine(catalog_entries)}
        chosen = tuple(e for e in catalog_entries if e.id in chosen_ids)
        return cls._for(chosen, may_be_pregnant, MappingProxyType({}))

    @classmethod
    def _for(
        cls, chosen: tuple[Entry, ...], may_be_pregnant: bool, holds: Mapping[str, int]
    ) -> RoutinePlan:
        if not may_be_pregnant:
            return cls(chosen, (), holds)
        avoided = tuple(e for e in chosen if e.pregnancy is PregnancyAdvice.AVOID)
        return cls(tuple(e for e in chosen if e not in avoided), avoided, holds)


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
    def hold_seconds(self) -> int | None:
        """How long to hold the current entry; None for the person's usual hold."""
        current = self.current
        return None if current is None else self.plan.hold_seconds.get(current.id)

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
