"""``--language CODE``: one of the app's codes for this run, refused clearly otherwise."""

from __future__ import annotations

import pytest

from acupress_gui.bootstrap.cli import parse_args
from acupress_gui.core.languages import CODES


@pytest.mark.parametrize("code", CODES)
def test_each_language_can_be_asked_for(code: str) -> None:
    assert parse_args(["--language", code]).language == code


def test_without_the_option_the_saved_or_system_language_is_used() -> None:
    assert parse_args([]).language is None


def test_an_unknown_code_is_refused_naming_the_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(["--language", "fr"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert "--language" in error and "'fr'" in error
    assert all(f"'{code}'" in error for code in CODES)
