"""When to get help: one list for the neck and one for the back, each sign in plain words."""

from __future__ import annotations

import pytest

from acupress_gui.core import red_flags
from acupress_gui.core.catalog import Region
from acupress_gui.core.red_flags import Urgency

NECK_SIGNS = {
    Urgency.EMERGENCY: (
        "injury",
        "arms or legs",
        "clumsy",
        "unsteady",
        "speaking",
        "swallowing",
        "seeing",
        "dizziness",
        "fainting",
        "stiff neck",
        "fever",
        "headache",
        "rash",
        "bright light",
    ),
    Urgency.SAME_DAY: ("fever", "weeks", "weight loss", "cancer", "immune", "operation"),
}
"""What the neck lists must cover (point-facts §4; content review E1)."""

BACK_SIGNS = {
    Urgency.EMERGENCY: (
        "genitals",
        "inner thighs",
        "pass urine",
        "bladder or bowels",
        "erection",
        "both legs",
        "unsteady",
        "chest pain",
        "accident",
    ),
    Urgency.SAME_DAY: (
        "shoulder blades",
        "fever",
        "weight loss",
        "lump",
        "at night",
        "cough, sneeze or strain",
        "cancer",
        "immune",
        "injecting drugs",
        "osteoporosis",
        "steroids",
        "under 20 or over 50",
    ),
}
"""What the back lists must cover (point-facts §4; content review E2 a-d)."""


@pytest.mark.parametrize(
    ("area", "signs"), [(red_flags.NECK, NECK_SIGNS), (red_flags.BACK, BACK_SIGNS)]
)
def test_each_area_lists_every_sign_of_the_guidance(
    area: red_flags.RedFlags, signs: dict[Urgency, tuple[str, ...]]
) -> None:
    for urgency, words in signs.items():
        listed = " ".join(area.signs(urgency))
        for word in words:
            assert word in listed, (area.area, urgency, word)


def test_the_neck_comes_first_and_each_list_is_its_own() -> None:
    assert red_flags.AREAS == (red_flags.NECK, red_flags.BACK)
    for area in red_flags.AREAS:
        assert area.emergency and area.same_day
        assert not set(area.emergency) & set(area.same_day)


def test_signs_are_our_own_words_not_the_nhs_wording() -> None:
    # The one phrase the review found copied word for word (content review §6).
    every = " ".join(s for area in red_flags.AREAS for s in (*area.emergency, *area.same_day))
    assert "numbness or tingling around your genitals or buttocks" not in every


def test_upper_back_entries_begin_with_the_shoulder_blade_warning() -> None:
    assert red_flags.BACK.same_day[0] == red_flags.SHOULDER_BLADES
    warning = red_flags.warning_for(Region.UPPER_BACK)
    assert warning is not None
    assert "between your shoulder blades" in warning
    assert "chest pain" in warning and "emergency" in warning
    others = {red_flags.warning_for(region) for region in Region if region is not Region.UPPER_BACK}
    assert others == {None}


def test_without_a_help_menu_the_warning_sends_to_the_staff_instead() -> None:
    """A clinic's kiosk has no menus: the warning must not point at one."""
    assert "Help" in red_flags.UPPER_BACK_WARNING
    warning = red_flags.warning_for(Region.UPPER_BACK, red_flags.Referral.STAFF)
    assert warning is not None and "Help" not in warning
    assert "between your shoulder blades" in warning and "chest pain" in warning
    assert "staff" in warning and "emergency" in warning


def test_on_a_sheet_the_warning_sends_to_the_sheets_own_signs() -> None:
    """A sheet may go home from a kiosk: no app, no staff, but its own list."""
    warning = red_flags.warning_for(Region.UPPER_BACK, red_flags.Referral.SHEET)
    assert warning is not None and "Help" not in warning and "staff" not in warning
    assert "between your shoulder blades" in warning and "emergency" in warning
    assert "When to get help" in warning
