"""The routine walks the chosen entries in order; skip, back and stop do what they say."""

from __future__ import annotations

from dataclasses import replace

import pytest

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.pain import calls_for_red_flags, pain_change
from acupress_gui.core.routine import (
    DEFAULT_ROUTINE_LENGTH,
    Outcome,
    Routine,
    RoutinePlan,
    default_routine,
)

GUIDE_FIVE = [
    "wind-pool",
    "heavenly-pillar",
    "sea-of-vitality",
    "sacral-points",
    "commanding-middle",
]
"""The guide's entries in catalog order (head to foot): the routine of someone who has
not chosen one."""


def ids(entries: object) -> list[str]:
    return [entry.id for entry in entries]  # type: ignore[attr-defined]


def routine_of(catalog: Catalog, chosen: list[str] | None = None) -> Routine:
    return Routine(RoutinePlan.build(catalog.entries, chosen, may_be_pregnant=False))


def test_until_chosen_a_routine_walks_the_guides_five_in_catalog_order(catalog: Catalog) -> None:
    routine = routine_of(catalog)
    seen = []
    while not routine.is_over:
        seen.append((routine.position, routine.total, routine.current.id))
        routine.complete_current()
    assert seen == [(n, 5, entry_id) for n, entry_id in enumerate(GUIDE_FIVE, start=1)]
    assert routine.current is None
    assert ids(routine.summary().entries(Outcome.DONE)) == GUIDE_FIVE
    assert not routine.summary().stopped_early


def test_a_catalog_without_the_guides_entries_starts_with_its_first_five(
    catalog: Catalog,
) -> None:
    others = [replace(entry, from_guide=False) for entry in catalog.entries]
    assert default_routine(others) == tuple(others[:DEFAULT_ROUTINE_LENGTH])


def test_a_chosen_subset_keeps_catalog_order_and_ignores_unknown_ids(catalog: Catalog) -> None:
    plan = RoutinePlan.build(
        catalog.entries, ["sacral-points", "wind-pool", "retired-entry"], may_be_pregnant=False
    )
    assert ids(plan.entries) == ["wind-pool", "sacral-points"]
    assert plan.left_out_for_pregnancy == ()


def test_entries_to_avoid_in_pregnancy_are_left_out_and_named(catalog: Catalog) -> None:
    plan = RoutinePlan.build(catalog.entries, None, may_be_pregnant=True)
    assert ids(plan.entries) == [e for e in GUIDE_FIVE if e != "sacral-points"]
    assert ids(plan.left_out_for_pregnancy) == ["sacral-points"]
    # Not chosen in the first place: nothing to say was left out.
    plan = RoutinePlan.build(catalog.entries, ["wind-pool"], may_be_pregnant=True)
    assert ids(plan.entries) == ["wind-pool"]
    assert plan.left_out_for_pregnancy == ()


def test_a_plan_with_nothing_left_cannot_start(catalog: Catalog) -> None:
    plan = RoutinePlan.build(catalog.entries, ["sacral-points"], may_be_pregnant=True)
    assert plan.entries == ()
    with pytest.raises(ValueError, match="at least one entry"):
        Routine(plan)


def test_skip_moves_on_and_is_reported_as_skipped(catalog: Catalog) -> None:
    routine = routine_of(catalog, GUIDE_FIVE[:3])
    routine.complete_current()
    routine.skip()
    assert routine.position == 3
    assert routine.current.id == "sea-of-vitality"
    routine.complete_current()
    summary = routine.summary()
    assert [(e.id, o) for e, o in summary.outcomes] == [
        ("wind-pool", Outcome.DONE),
        ("heavenly-pillar", Outcome.SKIPPED),
        ("sea-of-vitality", Outcome.DONE),
    ]
    assert not summary.stopped_early


def test_back_returns_to_the_previous_entry_and_stays_on_the_first(catalog: Catalog) -> None:
    routine = routine_of(catalog, GUIDE_FIVE[:3])
    routine.back()
    assert (routine.position, routine.current.id) == (1, "wind-pool")
    routine.complete_current()
    routine.complete_current()
    routine.back()
    assert (routine.position, routine.current.id) == (2, "heavenly-pillar")
    # Skipping an entry already done does not undo it.
    routine.skip()
    routine.skip()
    assert routine.is_over
    outcomes = [o for _, o in routine.summary().outcomes]
    assert outcomes == [Outcome.DONE, Outcome.DONE, Outcome.SKIPPED]


def test_stop_ends_the_routine_with_the_rest_not_reached(catalog: Catalog) -> None:
    routine = routine_of(catalog)
    routine.add_held(60)
    routine.complete_current()
    routine.add_held(12.5)  # the second hold, stopped part way
    routine.stop()
    assert routine.is_over
    assert routine.current is None
    routine.complete_current()  # nothing moves once it is over
    routine.back()
    summary = routine.summary()
    assert summary.held_seconds == 72.5
    assert summary.stopped_early
    assert ids(summary.entries(Outcome.DONE)) == ["wind-pool"]
    assert ids(summary.entries(Outcome.NOT_REACHED)) == GUIDE_FIVE[1:]


@pytest.mark.parametrize(
    ("before", "after", "change", "remind"),
    [
        (6, 4, -2, False),
        (3, 3, 0, False),
        (3, 4, 1, True),  # rising pain
        (8, 5, -3, True),  # a high rating, even though it fell
        (2, 8, 6, True),
        (7, None, None, False),
        (None, 9, None, True),
        (None, None, None, False),
    ],
)
def test_the_change_and_the_red_flag_reminder(
    before: int | None, after: int | None, change: int | None, remind: bool
) -> None:
    assert pain_change(before, after) == change
    assert calls_for_red_flags(before, after) is remind
