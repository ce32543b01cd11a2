"""A second launch on the same data folder hands over to the first instead of running."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from acupress_gui.ui.shell.single_instance import Claim, SingleInstance, server_name


def test_second_claim_hands_over_to_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "data")
    assert first.claim() is Claim.OWNER
    first.listen()
    try:
        second = SingleInstance(tmp_path / "data")
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert second.claim() is Claim.HANDED_OVER
    finally:
        first.release()


def test_another_data_folder_is_another_instance(tmp_path: Path) -> None:
    home, kiosk = SingleInstance(tmp_path / "home"), SingleInstance(tmp_path / "kiosk")
    try:
        assert home.claim() is Claim.OWNER
        assert kiosk.claim() is Claim.OWNER
    finally:
        home.release()
        kiosk.release()


def test_released_folder_can_be_claimed_again(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim() is Claim.OWNER
    first.release()
    again = SingleInstance(tmp_path)
    assert again.claim() is Claim.OWNER
    again.release()


def test_server_name_is_short_even_for_a_deep_folder(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 12)
    assert len(server_name(deep)) < 40
    assert server_name(deep) != server_name(tmp_path)
