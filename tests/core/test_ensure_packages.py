"""The system-packages step of `make run`, `make test` and CI, on a pretend machine."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from acupress_gui.bootstrap.ensure_packages import MODULE, Host, Outcome, ensure, exit_code
from acupress_gui.bootstrap.system_packages import load_packages, parse_packages

PACKAGES = parse_packages(
    """
libegl1                        run   libEGL.so.1
libglib2.0-0|libglib2.0-0t64   run   libglib-2.0.so.0
libxcb-cursor0                 run   libxcb-cursor.so.0
xvfb                           test  -
"""
)
REPO = Path(__file__).resolve().parents[2]


class Machine:
    """dpkg's database and apt, as far as the step can see them."""

    def __init__(
        self,
        installed: set[str],
        *,
        root: bool = True,
        tools: frozenset[str] = frozenset({"dpkg-query", "apt-get", "apt-cache"}),
        known: frozenset[str] = frozenset({"libegl1", "libglib2.0-0", "libxcb-cursor0", "xvfb"}),
        index_is_stale: bool = False,
        removed: frozenset[str] = frozenset(),
    ) -> None:
        self.installed = installed
        self.removed = removed  # removed but not purged: dpkg still lists their files
        self.tools = tools
        self.known = known
        self.index_is_stale = index_is_stale
        self.commands: list[list[str]] = []
        self.host = Host(run=self.run, which=self.which, is_root=root)

    def which(self, tool: str) -> str | None:
        return f"/usr/bin/{tool}" if tool in self.tools else None

    def run(self, command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        self.commands.append(list(command))
        program, *arguments = command
        if program == "dpkg-query":
            names = arguments[2:]
            lines = [f"{name} install ok installed" for name in names if name in self.installed]
            lines += [f"{name} deinstall ok config-files" for name in names if name in self.removed]
            return self._answer(0 if len(lines) == len(names) else 1, "\n".join(lines))
        if program == "apt-cache":
            return self._answer(0 if arguments[-1] in self.known else 100)
        if arguments[0] == "update":
            self.index_is_stale = False
            return self._answer(0)
        names = arguments[4:]  # install -y -qq --no-install-recommends NAMES
        if self.index_is_stale or not set(names) <= self.known:
            return self._answer(100, "E: Unable to locate package")
        self.installed |= set(names)
        return self._answer(0)

    def _answer(self, code: int, stdout: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess([], code, stdout, "")

    def programs(self) -> list[str]:
        return [" ".join(command[:2]) for command in self.commands]


def test_a_package_installed_under_its_other_name_is_not_missing() -> None:
    machine = Machine({"libegl1", "libglib2.0-0t64", "libxcb-cursor0", "xvfb"})
    assert ensure("test", machine.host, PACKAGES) is Outcome.READY
    assert machine.programs() == ["dpkg-query --show"]  # one query for every package


def test_a_removed_package_whose_configuration_stays_is_missing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    machine = Machine({"libegl1", "libglib2.0-0"}, root=False, removed=frozenset({"xvfb"}))
    assert ensure("test", machine.host, PACKAGES) is Outcome.MISSING
    assert "sudo apt-get install --no-install-recommends libxcb-cursor0 xvfb\n" in (
        capsys.readouterr().err
    )


def test_run_needs_only_what_running_needs() -> None:
    machine = Machine({"libegl1", "libglib2.0-0", "libxcb-cursor0"})  # no xvfb
    assert ensure("run", machine.host, PACKAGES) is Outcome.READY


def test_without_root_it_prints_the_line_to_type(capsys: pytest.CaptureFixture[str]) -> None:
    machine = Machine({"libglib2.0-0", "xvfb"}, root=False)
    assert ensure("test", machine.host, PACKAGES) is Outcome.MISSING
    assert "sudo apt-get install --no-install-recommends libegl1 libxcb-cursor0" in (
        capsys.readouterr().err
    )
    assert not any(command[0] == "apt-get" for command in machine.commands)


def test_as_root_it_installs_them_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    machine = Machine({"libglib2.0-0", "xvfb"})
    assert ensure("test", machine.host, PACKAGES) is Outcome.INSTALLED
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends"]
    assert [*install, "libegl1", "libxcb-cursor0"] in machine.commands
    assert {"libegl1", "libxcb-cursor0"} <= machine.installed
    assert "Installed libegl1 libxcb-cursor0" in capsys.readouterr().out


def test_a_stale_index_is_updated_once_and_the_install_tried_again() -> None:
    machine = Machine({"libglib2.0-0", "xvfb"}, index_is_stale=True)
    assert ensure("test", machine.host, PACKAGES) is Outcome.INSTALLED
    assert machine.programs() == [
        "dpkg-query --show",
        "apt-get install",
        "apt-get update",
        "apt-get install",
    ]


def test_when_apt_cannot_install_it_says_what_is_missing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    machine = Machine({"libglib2.0-0", "xvfb"}, known=frozenset({"libegl1"}))
    assert ensure("run", machine.host, PACKAGES) is Outcome.MISSING
    assert machine.programs().count("apt-get update") == 1
    error = capsys.readouterr().err
    assert "Unable to locate package" in error  # apt's own reason
    assert "\n    apt-get install --no-install-recommends libegl1 libxcb-cursor0" in error


def test_the_name_this_distribution_knows_is_installed() -> None:
    machine = Machine(
        {"libegl1", "libxcb-cursor0", "xvfb"},
        known=frozenset({"libglib2.0-0t64"}),  # Ubuntu 24.04
    )
    assert ensure("test", machine.host, PACKAGES) is Outcome.INSTALLED
    assert "libglib2.0-0t64" in machine.installed


def test_without_dpkg_it_cannot_check_and_carries_on(capsys: pytest.CaptureFixture[str]) -> None:
    machine = Machine(set(), tools=frozenset())
    assert ensure("run", machine.host, PACKAGES) is Outcome.UNCHECKED
    assert "Cannot check the system packages" in capsys.readouterr().err
    assert exit_code("run", Outcome.UNCHECKED, ci=True) == 0


def test_missing_packages_stop_the_app_and_ci_but_not_the_tests() -> None:
    assert exit_code("run", Outcome.MISSING, ci=False) == 1
    assert exit_code("test", Outcome.MISSING, ci=False) == 0  # the tests skip, saying why
    assert exit_code("test", Outcome.MISSING, ci=True) == 1
    assert exit_code("run", Outcome.INSTALLED, ci=False) == 0


def step(tmp_path: Path, mode: str, dpkg_lists: str) -> subprocess.CompletedProcess[str]:
    """The step as make runs it, without site-packages (as before any venv exists) and
    with a dpkg-query that lists ``dpkg_lists`` as installed and no apt-get."""
    tools = tmp_path / "bin"
    tools.mkdir(exist_ok=True)
    dpkg = tools / "dpkg-query"
    dpkg.write_text(f"#!/bin/sh\nfor p in {dpkg_lists}; do echo $p install ok installed; done\n")
    dpkg.chmod(0o755)
    return subprocess.run(
        [sys.executable, "-S", "-m", MODULE, mode, "--stamp", str(tmp_path / "stamp")],
        cwd=REPO,
        env={"PATH": str(tools)},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_with_everything_installed_the_step_is_silent_and_leaves_its_stamp(
    tmp_path: Path,
) -> None:
    every = " ".join(name for package in load_packages() for name in package.names)
    done = step(tmp_path, "test", every)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert (tmp_path / "stamp").exists()


def test_the_step_stops_make_run_but_lets_make_test_go_on(tmp_path: Path) -> None:
    run = step(tmp_path, "run", "make")
    assert run.returncode == 1
    assert "apt-get install --no-install-recommends libegl1 libgl1" in run.stderr
    assert "AcuPress cannot start without them." in run.stderr
    test = step(tmp_path, "test", "make")
    assert test.returncode == 0
    assert "will skip, each saying why" in test.stderr
    assert not (tmp_path / "stamp").exists()  # so the next make asks again
