"""The breathing pacer: 4 s in, 6 s out, eased at the turns."""

from __future__ import annotations

import pytest

from acupress_gui.core.breathing import breath_at


def test_each_cycle_starts_with_an_in_breath_from_empty() -> None:
    assert breath_at(0) == breath_at(10) == breath_at(600)
    assert breath_at(0).inhaling and breath_at(0).fullness == 0


def test_full_at_the_turn_then_out_for_six_seconds() -> None:
    assert breath_at(3.999).inhaling
    turn = breath_at(4.0)
    assert not turn.inhaling and turn.fullness == pytest.approx(1.0)
    assert not breath_at(9.999).inhaling
    assert breath_at(9.999).fullness == pytest.approx(0.0, abs=1e-6)


def test_eased_so_the_middle_moves_fastest() -> None:
    assert breath_at(2.0).fullness == pytest.approx(0.5)
    start_step = breath_at(0.4).fullness - breath_at(0.0).fullness
    middle_step = breath_at(2.2).fullness - breath_at(1.8).fullness
    assert middle_step > 3 * start_step


def test_six_breaths_a_minute() -> None:
    starts = [
        t / 10
        for t in range(600)
        if breath_at(t / 10).inhaling and not breath_at(t / 10 - 0.1).inhaling
    ]
    assert len(starts) == 6
