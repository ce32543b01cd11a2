"""The tests' probes of the machine: a missing part is named with its package, and
skipped only off CI."""

from __future__ import annotations

import pytest

from acupress_gui.bootstrap.system_packages import load_packages
from tests import capabilities


@pytest.mark.parametrize(
    "error",
    [
        "libxcb-cursor.so.0: cannot open shared object file: No such file or directory",
        "/lib/x86_64-linux-gnu/libxcb-cursor.so.0: file too short",  # a broken copy
    ],
)
def test_a_library_that_will_not_load_is_named_with_its_package(error: str) -> None:
    assert capabilities.with_package(error) == f"{error} (Debian/Ubuntu package libxcb-cursor0)"


def test_a_library_nobody_listed_keeps_the_loader_s_words() -> None:
    error = "libfoo.so.3: cannot open shared object file"
    assert capabilities.with_package(error) == error


def test_a_missing_part_skips_the_test_off_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no xdotool"):
        capabilities.missing("no xdotool")


def test_on_ci_a_missing_part_fails_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no xdotool; CI=true"):
        capabilities.missing("no xdotool")


def test_a_misspelt_requirement_is_an_error_not_a_skip() -> None:
    with pytest.raises(ValueError, match="xcb_plugin"):
        capabilities.require("xcb-plugin")


def test_the_chinese_font_the_probe_names_is_one_the_app_needs_to_run() -> None:
    """Listed in "run": make run, make test and CI install it, and the app's characters
    need it outside the tests too."""
    [package] = [each for each in load_packages() if capabilities.CJK_FONT_PACKAGE in each.names]
    assert "run" in package.groups
