"""The Debian and Ubuntu packages AcuPress needs, read from one list in the package.

The list (``resources/debian-packages.txt``) serves the Makefile and CI, which install
from it, and the app's start-up check, which names the package of a library that will
not load. It is read with the standard library only, so it works before a venv exists
and before Qt is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

LIST_NAME = "debian-packages.txt"


@dataclass(frozen=True, slots=True)
class SystemPackage:
    """One line of the list."""

    names: tuple[str, ...]
    """The package's name, then its name on other distributions (``libglib2.0-0t64``)."""
    groups: frozenset[str]
    """``run`` (starting the app) and/or ``test`` (only the tests)."""
    libraries: tuple[str, ...]
    """The shared libraries (sonames) the app loads from it."""

    @property
    def name(self) -> str:
        return self.names[0]


def parse_packages(text: str) -> tuple[SystemPackage, ...]:
    """The packages of a list in the format its header describes.

    A malformed line is a ``ValueError`` naming it: the list ships with the app, so a
    mistake in it is the developers' and must stop the tests, not be skipped.
    """
    packages = []
    for number, line in enumerate(text.splitlines(), start=1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) < 3:
            raise ValueError(f"{LIST_NAME} line {number}: want 'package groups libraries'")
        names, groups, *libraries = words
        packages.append(
            SystemPackage(
                names=tuple(names.split("|")),
                groups=frozenset(groups.split(",")),
                libraries=() if libraries == ["-"] else tuple(libraries),
            )
        )
    return tuple(packages)


def load_packages() -> tuple[SystemPackage, ...]:
    """The list shipped inside the package (also inside a bundle)."""
    text = resources.files("acupress_gui.resources").joinpath(LIST_NAME).read_text("utf-8")
    return parse_packages(text)


def package_for_library(
    soname: str, packages: tuple[SystemPackage, ...] | None = None
) -> SystemPackage | None:
    """The package that provides ``soname`` (such as ``libxcb-cursor.so.0``), if listed."""
    for package in load_packages() if packages is None else packages:
        if soname in package.libraries:
            return package
    return None


def in_groups(
    groups: frozenset[str], packages: tuple[SystemPackage, ...] | None = None
) -> tuple[SystemPackage, ...]:
    """The packages any of ``groups`` needs, in the list's order."""
    every = load_packages() if packages is None else packages
    return tuple(package for package in every if package.groups & groups)
