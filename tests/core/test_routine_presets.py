"""Routines by name: the catalog's presets for each complaint and the person's own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from acupress_gui.core.catalog import Catalog, Complaint, PregnancyAdvice, Region
from acupress_gui.core.preferences import PersonPreferences, SavedRoutine, SavedStep
from acupress_gui.core.routine import (
    NamedRoutine,
    Routine,
    RoutinePlan,
    find_routine,
    offered,
    own_routine,
    plan_for,
    presets,
)
from acupress_gui.core.sitting_flow import ProceedSoon, SittingFlow, StartHold
from tests.core.fake_clock import START_WALL

BUILT_IN_PRESETS = {
    "neck-and-shoulders": (
        "Neck and shoulders",
        ["wind-pool", "heavenly-pillar", "great-vertebra", "shoulder-well", "middle-islet"],
    ),
    "stiff-neck": (
        "Stiff neck",
        [
            "stiff-neck-point",
            "wind-pool",
            "heavenly-pillar",
            "shoulder-shu-points",
            "suspended-bell",
        ],
    ),
    "upper-back": (
        "Upper back",
        [
            "shoulder-well",
            "shoulder-shu-points",
            "celestial-gathering",
            "vital-region",
            "diaphragm-shu",
        ],
    ),
    "low-back": (
        "Low back",
        [
            "sea-of-vitality",
            "gate-of-life",
            "large-intestine-shu",
            "commanding-middle",
            "lumbar-pain-points",
        ],
    ),
    "sciatica": (
        "Sciatica",
        [
            "lumbar-jiaji",
            "jumping-circle",
            "hold-and-support",
            "commanding-middle",
            "yang-mound-spring",
            "mountain-support",
        ],
    ),
}


HAND = Region.HAND


def ids(routine: NamedRoutine | RoutinePlan) -> list[str]:
    return [entry.id for entry in routine.entries]


def evening() -> SavedRoutine:
    return SavedRoutine(
        "Evening",
        (
            SavedStep("sea-of-vitality", 90),
            SavedStep("wind-pool"),
            SavedStep("lumbar-pain-points", 45),
        ),
    )


def test_the_built_in_catalog_offers_a_routine_for_every_complaint(catalog: Catalog) -> None:
    offered = presets(catalog)
    assert {r.preset_id: (r.name, ids(r)) for r in offered} == BUILT_IN_PRESETS
    assert {r.complaint for r in offered} == set(Complaint)


def test_every_preset_holds_only_entries_for_its_complaint(catalog: Catalog) -> None:
    for routine in presets(catalog):
        assert routine.complaint is not None
        assert 3 <= len(routine.steps) <= 6, routine.name
        for entry in routine.entries:
            assert routine.complaint in entry.complaints, (routine.name, entry.id)


def test_presets_walk_from_the_head_down_with_a_hand_point_at_either_end(
    catalog: Catalog,
) -> None:
    head_to_foot = list(Region)
    for routine in presets(catalog):
        body = [head_to_foot.index(e.region) for e in routine.entries if e.region is not HAND]
        assert body == sorted(body), routine.name
        hands = [i for i, e in enumerate(routine.entries) if e.region is HAND]
        assert all(i in (0, len(routine.steps) - 1) for i in hands), routine.name


def test_a_preset_keeps_its_own_holds_and_the_rest_take_the_persons(catalog: Catalog) -> None:
    sciatica = find_routine("sciatica", catalog, ())
    assert sciatica is not None
    assert [step.hold_seconds for step in sciatica.steps] == [30, None, None, None, None, None]
    routine = Routine(RoutinePlan.of(sciatica, may_be_pregnant=False))
    holds = []
    while not routine.is_over:
        holds.append(routine.hold_seconds)
        routine.complete_current()
    assert holds == [30, None, None, None, None, None]
    assert routine.hold_seconds is None  # over: nothing to hold


def test_pregnancy_leaves_the_avoided_entries_out_of_a_preset_in_its_order(
    catalog: Catalog,
) -> None:
    neck = find_routine("neck-and-shoulders", catalog, ())
    assert neck is not None
    plan = RoutinePlan.of(neck, may_be_pregnant=True)
    assert ids(plan) == ["wind-pool", "heavenly-pillar", "great-vertebra", "middle-islet"]
    assert [e.id for e in plan.left_out_for_pregnancy] == ["shoulder-well"]
    assert all(e.pregnancy is not PregnancyAdvice.AVOID for e in plan.entries)
    assert ids(RoutinePlan.of(neck, may_be_pregnant=False)) == ids(neck)


def test_a_saved_routine_keeps_the_persons_order_and_holds(catalog: Catalog) -> None:
    mine = find_routine("evening", catalog, [evening()])
    assert mine is not None and mine.preset_id is None
    assert mine.name == "Evening"
    assert ids(mine) == ["sea-of-vitality", "wind-pool", "lumbar-pain-points"]
    routine = Routine(RoutinePlan.of(mine, may_be_pregnant=False))
    assert routine.hold_seconds == 90
    routine.complete_current()
    assert routine.hold_seconds is None
    routine.complete_current()
    assert routine.hold_seconds == 45


def test_entries_another_catalog_lacks_are_passed_over(catalog: Catalog) -> None:
    saved = SavedRoutine("Old", (SavedStep("retired-entry", 60), SavedStep("wind-pool", 20)))
    routine = own_routine(saved, catalog)
    assert [(s.entry.id, s.hold_seconds) for s in routine.steps] == [("wind-pool", 20)]


@pytest.mark.parametrize(
    ("asked", "found"),
    [
        ("low-back", "Low back"),  # a preset's id
        ("  LOW BACK ", "Low back"),  # its name, in any case, with spaces around
        ("Evening", "Evening"),
        ("evening", "Evening"),
    ],
)
def test_a_routine_is_found_by_id_or_name(catalog: Catalog, asked: str, found: str) -> None:
    routine = find_routine(asked, catalog, [evening()])
    assert routine is not None and routine.name == found


def test_an_unknown_name_finds_nothing(catalog: Catalog) -> None:
    assert find_routine("Morning", catalog, [evening()]) is None
    assert find_routine("", catalog, [evening()]) is None


def test_a_persons_own_name_comes_before_a_presets_name_but_never_hides_its_id(
    catalog: Catalog,
) -> None:
    mine = [SavedRoutine("low back", (SavedStep("wind-pool"),))]
    by_name = find_routine("Low back", catalog, mine)
    assert by_name is not None and by_name.preset_id is None
    mine = [SavedRoutine("sciatica", (SavedStep("wind-pool"),))]
    by_id = find_routine("sciatica", catalog, mine)
    assert by_id is not None and by_id.preset_id == "sciatica"


def test_the_sitting_asks_the_timer_for_each_entrys_own_hold(catalog: Catalog) -> None:
    mine = find_routine("Evening", catalog, [evening()])
    assert mine is not None
    flow = SittingFlow(lambda: False, lambda: START_WALL, lead_in_seconds=5.0)
    asked = [c for c in flow.begin_routine(RoutinePlan.of(mine, False)) if isinstance(c, StartHold)]
    for _ in range(2):
        assert flow.run_finished() == [ProceedSoon()]
        asked += [c for c in flow.proceed() if isinstance(c, StartHold)]
    assert asked == [StartHold(0.0, 90), StartHold(5.0, None), StartHold(5.0, 45)]


def test_a_single_hold_keeps_the_length_chosen_on_the_timer_card() -> None:
    flow = SittingFlow(lambda: False, lambda: START_WALL)
    assert [c for c in flow.begin_single() if isinstance(c, StartHold)] == [StartHold(0.0, None)]


def test_start_routine_runs_the_current_routine_or_else_the_points_chosen_earlier(
    catalog: Catalog,
) -> None:
    chosen = PersonPreferences(
        routine_entries=("sacral-points", "wind-pool"),
        saved_routines=(evening(),),
        may_be_pregnant=True,
    )
    assert ids(plan_for(chosen, catalog)) == ["wind-pool"]  # catalog order, less the avoided
    preset = replace(chosen, current_routine="neck-and-shoulders")
    assert ids(plan_for(preset, catalog)) == [
        e for e in BUILT_IN_PRESETS["neck-and-shoulders"][1] if e != "shoulder-well"
    ]
    own = replace(chosen, current_routine="Evening")
    assert plan_for(own, catalog).hold_seconds == {"sea-of-vitality": 90, "lumbar-pain-points": 45}
    gone = replace(chosen, current_routine="Deleted elsewhere")
    assert ids(plan_for(gone, catalog)) == ["wind-pool"]
    unanswered = replace(preset, may_be_pregnant=None)
    assert "shoulder-well" in ids(plan_for(unanswered, catalog))


def test_the_routines_offered_are_the_presets_then_the_persons_own(catalog: Catalog) -> None:
    names = [routine.name for routine in offered(catalog, [evening()])]
    assert names == [name for name, _ in BUILT_IN_PRESETS.values()] + ["Evening"]
