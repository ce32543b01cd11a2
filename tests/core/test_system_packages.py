"""The one list of system packages: what the start-up check and the installers read."""

from __future__ import annotations

import pytest

from acupress_gui.bootstrap.system_packages import (
    in_groups,
    load_packages,
    package_for_library,
    parse_packages,
)


def test_the_missing_cursor_library_is_named_by_its_package() -> None:
    package = package_for_library("libxcb-cursor.so.0")
    assert package is not None
    assert package.name == "libxcb-cursor0"
    assert "run" in package.groups


def test_a_renamed_package_keeps_both_names() -> None:
    package = package_for_library("libglib-2.0.so.0")
    assert package is not None
    assert package.names == ("libglib2.0-0", "libglib2.0-0t64")


def test_a_library_nobody_listed_has_no_package() -> None:
    assert package_for_library("libnothing.so.9") is None


def test_the_tests_need_xvfb_but_running_does_not() -> None:
    run = {package.name for package in in_groups(frozenset({"run"}))}
    test = {package.name for package in in_groups(frozenset({"test"}))}
    assert "xvfb" in test
    assert "xvfb" not in run
    assert "libpulse0" in run


def test_every_library_is_listed_once() -> None:
    libraries = [library for package in load_packages() for library in package.libraries]
    assert len(libraries) == len(set(libraries))


def test_a_line_without_groups_is_refused_with_its_number() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_packages("# header\nlibfoo1\n")


def test_comments_and_blank_lines_are_ignored() -> None:
    packages = parse_packages("\n# a comment\nlibfoo1 run libfoo.so.1  # trailing\nbar test -\n")
    assert [(p.name, p.libraries) for p in packages] == [
        ("libfoo1", ("libfoo.so.1",)),
        ("bar", ()),
    ]
