"""The step ``make run``, ``make test`` and ``.ci/run`` share: the system packages.

``python3 -m acupress_gui.bootstrap.ensure_packages run|test``, from the repo root with
the system's Python (standard library only, so before any venv exists), asks dpkg which
packages of the list (``system_packages``) are missing, installs them when it runs as
root with apt-get, and otherwise prints the ``sudo apt-get install`` line. ``run`` stops
(exit 1) while something is missing; ``test`` carries on, because the tests skip what
cannot load and say why, except on CI (``CI=true``), where nothing may be skipped.

The app never imports this module: it only reads the list (``system_packages``).
"""

from __future__ import annotations

import argparse
import enum
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from acupress_gui.bootstrap.system_packages import LIST_NAME, SystemPackage, in_groups

MODULE = "acupress_gui.bootstrap.ensure_packages"
GROUPS_OF_MODE = {"run": frozenset({"run"}), "test": frozenset({"run", "test"})}
"""``test`` needs everything of ``run``: the tests start the app."""


def run_command(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with its output captured: apt's progress is shown only on failure."""
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(
        list(command), capture_output=True, text=True, env=environment, check=False
    )


@dataclass(frozen=True)
class Host:
    """What the step asks of the machine; the tests give it a pretend one."""

    run: Callable[[Sequence[str]], subprocess.CompletedProcess[str]] = run_command
    which: Callable[[str], str | None] = shutil.which
    is_root: bool = field(default_factory=lambda: os.geteuid() == 0)


class Outcome(enum.Enum):
    READY = "every package is installed"
    INSTALLED = "the missing packages were installed now"
    UNCHECKED = "there is no dpkg to ask"
    MISSING = "some packages are still missing"


def installed_names(names: Iterable[str], host: Host) -> frozenset[str] | None:
    """Which of ``names`` dpkg has installed; None where there is no dpkg to ask.

    One ``dpkg-query`` for every name (about 10 ms); it exits 1 when it knows some name
    not at all, and still lists the others.
    """
    if host.which("dpkg-query") is None:
        return None
    listed = host.run(["dpkg-query", "--show", "--showformat=${Package} ${Status}\n", *names])
    installed = set()
    for line in listed.stdout.splitlines():
        name, *status = line.split()
        if status[-1:] == ["installed"]:  # "install ok installed", not "config-files"
            installed.add(name)
    return frozenset(installed)


def missing_packages(
    packages: Iterable[SystemPackage], installed: frozenset[str]
) -> tuple[SystemPackage, ...]:
    """The packages installed under none of their names."""
    return tuple(package for package in packages if not installed & set(package.names))


def names_to_install(packages: Iterable[SystemPackage], host: Host) -> list[str]:
    """The name apt knows each package by here (``libglib2.0-0t64`` on Ubuntu 24.04)."""

    def known(name: str) -> bool:
        return host.run(["apt-cache", "show", "--no-all-versions", name]).returncode == 0

    can_ask = host.which("apt-cache") is not None
    return [
        next((name for name in package.names if known(name)), package.name)
        if can_ask and len(package.names) > 1
        else package.name
        for package in packages
    ]


def install(
    missing: Sequence[SystemPackage], host: Host
) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    """``apt-get install`` them, refreshing the package index once if that fails: a
    fresh container has no index, and an old one names versions the mirror dropped.
    Returns the names it asked for (they can change with the index) and apt's answer."""
    names = names_to_install(missing, host)
    print(f"Installing the system packages AcuPress needs: {' '.join(names)}", flush=True)
    done = host.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *names])
    if done.returncode != 0:
        print("apt-get install failed; updating the package index and trying again", flush=True)
        host.run(["apt-get", "update", "-qq"])
        names = names_to_install(missing, host)
        done = host.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *names])
    return names, done


def ensure(
    mode: str, host: Host | None = None, packages: tuple[SystemPackage, ...] | None = None
) -> Outcome:
    """Check what ``mode`` needs, install what is missing where possible, and say so."""
    host = Host() if host is None else host
    needed = in_groups(GROUPS_OF_MODE[mode], packages)
    installed = installed_names([name for package in needed for name in package.names], host)
    if installed is None:
        print(
            "Cannot check the system packages here (no dpkg-query: not Debian or Ubuntu);"
            f" carrying on. What AcuPress needs is listed in {LIST_NAME}.",
            file=sys.stderr,
        )
        return Outcome.UNCHECKED
    missing = missing_packages(needed, installed)
    if not missing:
        return Outcome.READY
    if host.is_root and host.which("apt-get") is not None:
        names, done = install(missing, host)
        if done.returncode == 0:
            print(f"Installed {' '.join(names)}", flush=True)
            return Outcome.INSTALLED
        print(done.stdout + done.stderr, file=sys.stderr, end="")
    else:
        names = names_to_install(missing, host)
    sudo = "" if host.is_root else "sudo "
    print(
        f"These system packages are missing: {' '.join(names)}\n"
        f"Install them with:\n    {sudo}apt-get install --no-install-recommends"
        f" {' '.join(names)}",
        file=sys.stderr,
    )
    return Outcome.MISSING


def exit_code(mode: str, outcome: Outcome, ci: bool) -> int:
    """1 where the missing packages must stop what comes next: running the app, or the
    tests on CI (``CI=true``), where nothing may be skipped. Elsewhere the tests carry
    on and skip what cannot load, each saying why."""
    if outcome is not Outcome.MISSING:
        return 0
    if mode == "run":
        print("AcuPress cannot start without them.", file=sys.stderr)
        return 1
    if ci:
        print("CI=true: the tests may not skip what needs them.", file=sys.stderr)
        return 1
    print("The tests that need them will skip, each saying why.", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=f"python3 -m {MODULE}",
        description="Check the Debian/Ubuntu packages AcuPress needs; install them as root.",
    )
    parser.add_argument("mode", choices=sorted(GROUPS_OF_MODE), help="what is about to run")
    parser.add_argument(
        "--stamp",
        type=Path,
        help="touch this file once nothing is missing (make then skips the check until"
        " the list or dpkg's database changes)",
    )
    arguments = parser.parse_args(argv)
    outcome = ensure(arguments.mode)
    if arguments.stamp is not None and outcome is not Outcome.MISSING:
        arguments.stamp.parent.mkdir(parents=True, exist_ok=True)
        arguments.stamp.touch()
    return exit_code(arguments.mode, outcome, os.environ.get("CI") == "true")


if __name__ == "__main__":
    sys.exit(main())
