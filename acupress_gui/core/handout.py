"""What goes on a sheet to take home: the points, how long to hold them, when to get help.

This is the content and its limits, without Qt: which entries in which order, the hold
each gets, the clinic's lines from the catalog, the red flags of both areas, and the
paper a locale uses. Drawing and page breaks are ``ui/handout``'s, which tries the
``LAYOUTS`` in order, most detail first, until the sheet fits its page budget.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from acupress_gui.core import red_flags
from acupress_gui.core.catalog import Catalog, Entry, PregnancyAdvice, strictest
from acupress_gui.core.hold_choices import SideMode
from acupress_gui.core.preferences import PersonPreferences
from acupress_gui.core.routine import (
    RoutinePlan,
    chosen_routine,
    find_routine,
    offered,
    plan_for,
)
from acupress_gui.core.translatable import QT_TRANSLATE_NOOP, Message


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)
"""Where US Letter is the everyday paper (the Unicode CLDR's paper size data); A4 is
everywhere else."""

_TERRITORY = re.compile(r"^[a-zA-Z]{2,3}(?:[_-][A-Za-z]{4})?[_-](?P<territory>[A-Za-z]{2})\b")
"""The territory of a locale name such as "en_US", "fr-CA", "zh_Hans_CN" or "en_US.UTF-8"."""


def paper_for_locale(locale_name: str) -> Paper:
    """The paper people in this locale print on; A4 when the name has no territory."""
    match = _TERRITORY.match(locale_name)
    if match and match["territory"].upper() in LETTER_TERRITORIES:
        return Paper.LETTER
    return Paper.A4


def paper_of_environment(environ: Mapping[str, str], system_locale: str) -> Paper:
    """The paper the locale variables ask for, in POSIX's order (LC_ALL, LC_PAPER, LANG);
    ``system_locale`` (Qt's name for it, as on Windows and macOS) when none is set."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = environ.get(variable)
        if value:
            return paper_for_locale(value)
    return paper_for_locale(system_locale)


class Kind(StrEnum):
    ENTRY = "entry"
    """One entry: the point (or points) a person selected."""
    ROUTINE = "routine"
    """Several entries in the order they are pressed."""


MAX_PAGES: Mapping[Kind, int] = {Kind.ENTRY: 2, Kind.ROUTINE: 4}
"""The page budget: one sheet of paper printed on both sides for an entry, two for a
routine, so a handout stays something a person reads through."""


class Detail(IntEnum):
    """How much of each entry a handout tells, from the most to the least."""

    FULL = 0
    """Its summary, where each point is, the steps, the cautions and the best study."""
    STEPS = 1
    """The points by code, name and Chinese name, the steps and the cautions: everything
    needed to find and press them safely, and nothing else."""


@dataclass(frozen=True, slots=True)
class Layout:
    """One way to set a handout: the detail it tells, its body text's size, and whether
    the warning signs begin a page of their own."""

    detail: Detail
    body_points: float
    """The body text's size in points; never below ``SMALLEST_BODY_POINTS``."""
    signs_together: bool = True
    """"When to get help" starts a page, so all its signs are read on one page."""


SMALLEST_BODY_POINTS = 10.0
"""Below this, an older reader struggles with a printed page."""

LAYOUTS: tuple[Layout, ...] = tuple(
    Layout(detail, size, together)
    for detail, size in (
        (Detail.FULL, 12.0),
        (Detail.FULL, 11.0),
        (Detail.STEPS, 11.0),
        (Detail.STEPS, 10.5),
        (Detail.STEPS, SMALLEST_BODY_POINTS),
    )
    for together in (True, False)
)
"""Tried in order until the handout fits its pages: large print first, then less of
what is not needed to press safely, then slightly smaller print; at each, the warning
signs on a page of their own if the pages allow."""


@dataclass(frozen=True, slots=True)
class Hold:
    """How each point is held: the length of one hold, the sets, and how sides go."""

    seconds: int
    sets: int = 1
    side_mode: SideMode = SideMode.BOTH_AT_ONCE

    @classmethod
    def of(cls, person: PersonPreferences) -> Hold:
        """The person's usual hold, as the timer would run it."""
        return cls(person.hold_seconds, person.hold_sets, person.side_mode)


@dataclass(frozen=True, slots=True)
class Part:
    """One entry on the sheet, with its place in a routine and its hold."""

    entry: Entry
    number: int | None
    """1, 2, 3 ... in a routine; None on an entry's own handout."""
    hold: Hold


@dataclass(frozen=True, slots=True)
class Handout:
    """Everything one handout says, in the order it says it."""

    kind: Kind
    title: str
    parts: tuple[Part, ...]
    sources: str
    clinic_name: str | None = None
    clinic_note: str | None = None
    left_out_for_pregnancy: tuple[Entry, ...] = ()
    """Entries of the routine not printed because the person is or may be pregnant."""
    red_flags: tuple[red_flags.RedFlags, ...] = red_flags.AREAS
    """Both areas, always: a routine for the back is still read by someone with a neck."""

    @property
    def max_pages(self) -> int:
        return MAX_PAGES[self.kind]

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(part.entry for part in self.parts)

    @property
    def pregnancy(self) -> PregnancyAdvice:
        """The strictest advice of every point on the sheet."""
        return strictest([part.entry.pregnancy for part in self.parts])


class HandoutError(ValueError):
    """What was asked for cannot be a handout; the message says why, plainly."""


def entry_handout(catalog: Catalog, entry: Entry, hold: Hold) -> Handout:
    """The handout of one entry, held as the person holds it."""
    return _handout(catalog, Kind.ENTRY, entry.title, [Part(entry, None, hold)])


def routine_handout(
    catalog: Catalog,
    title: str,
    entries: Sequence[Entry],
    hold: Hold,
    seconds: Mapping[str, int] | None = None,
    left_out_for_pregnancy: Sequence[Entry] = (),
) -> Handout:
    """The handout of a routine: its entries in order, each with its own hold length
    where ``seconds`` (by entry id) gives one, else ``hold``'s."""
    if not entries:
        raise HandoutError(
            Message(
                QT_TRANSLATE_NOOP(
                    "handout", "The routine \u201c{title}\u201d has no points to print."
                ),
                title=title,
            )
        )
    chosen = seconds or {}
    parts = [
        Part(
            entry,
            number,
            Hold(chosen.get(entry.id, hold.seconds), hold.sets, hold.side_mode),
        )
        for number, entry in enumerate(entries, start=1)
    ]
    return _handout(catalog, Kind.ROUTINE, title, parts, tuple(left_out_for_pregnancy))


def _handout(
    catalog: Catalog,
    kind: Kind,
    title: str,
    parts: list[Part],
    left_out: tuple[Entry, ...] = (),
) -> Handout:
    return Handout(
        kind=kind,
        title=title,
        parts=tuple(parts),
        sources=catalog.sources,
        clinic_name=catalog.clinic_name,
        clinic_note=catalog.clinic_note,
        left_out_for_pregnancy=left_out,
    )


def entries_by_id(catalog: Catalog, entry_ids: Sequence[str]) -> tuple[Entry, ...]:
    """The entries named on a command line, in the order given; ``HandoutError`` naming
    every id the catalog does not have, and the ids it does."""
    unknown = [entry_id for entry_id in entry_ids if catalog.entry(entry_id) is None]
    if unknown:
        names = ", ".join(unknown)
        known = ", ".join(entry.id for entry in catalog.entries)
        raise HandoutError(
            f"The catalog has no entry {names}. Its entries are: {known}."
            if len(unknown) == 1
            else f"The catalog has no entries {names}. Its entries are: {known}."
        )
    repeated = sorted({entry_id for entry_id in entry_ids if entry_ids.count(entry_id) > 1})
    if repeated:
        raise HandoutError(f"The entry {', '.join(repeated)} is named more than once.")
    return tuple(entry for entry_id in entry_ids if (entry := catalog.entry(entry_id)) is not None)


YOUR_ROUTINE = QT_TRANSLATE_NOOP("handout", "Your routine")
"""The title of the routine of someone who has chosen none by name."""
YOUR_POINTS = QT_TRANSLATE_NOOP("handout", "Your points")
"""The title of a handout of several entries named one by one."""


def handout_for(
    catalog: Catalog,
    person: PersonPreferences,
    routine: str | None = None,
    entry_ids: Sequence[str] = (),
) -> Handout:
    """The handout the command line or the print dialog asks for: the entries named
    (one entry's own, or several as a routine), else the routine named (a preset's id or
    name, or one of the person's), else the person's current routine; held as the person
    holds, and without what pregnancy leaves out, as the routine itself would run.

    Raises ``HandoutError`` for an unknown name or an empty routine."""
    hold = Hold.of(person)
    if entry_ids:
        entries = entries_by_id(catalog, entry_ids)
        if len(entries) == 1:
            return entry_handout(catalog, entries[0], hold)
        return routine_handout(catalog, YOUR_POINTS, entries, hold)
    if routine is None:
        named = chosen_routine(person, catalog)
        title = YOUR_ROUTINE if named is None else named.name
        return _plan_handout(catalog, title, plan_for(person, catalog, named), hold)
    named = find_routine(routine, catalog, person.saved_routines)
    if named is None:
        names = [r.preset_id or r.name for r in offered(catalog, person.saved_routines)]
        listed = ", ".join(names) if names else "none"
        raise HandoutError(
            f"There is no routine \u201c{routine}\u201d. The routines are: {listed}."
        )
    return _plan_handout(
        catalog, named.name, RoutinePlan.of(named, person.may_be_pregnant is True), hold
    )


def _plan_handout(catalog: Catalog, title: str, plan: RoutinePlan, hold: Hold) -> Handout:
    if not plan.entries and plan.left_out_for_pregnancy:
        raise HandoutError(
            Message(
                QT_TRANSLATE_NOOP(
                    "handout",
                    "Every point of \u201c{title}\u201d is one to avoid in pregnancy, so there "
                    "is nothing to print.",
                ),
                title=title,
            )
        )
    return routine_handout(
        catalog, title, plan.entries, hold, plan.hold_seconds, plan.left_out_for_pregnancy
    )
