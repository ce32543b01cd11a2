"""Run tests with one part of the machine hidden, as on a machine that lacks it.

    python scripts/simulate_missing.py [CASE ...]     (as root; the venv's python)

CASE is ``libpulse``, ``libegl``, ``xvfb``, or a library of Qt's xcb plugin such as
``libxcb-cursor.so.0``; without one, all four (the last with libxcb-cursor.so.0).
Each hides its files in a private mount namespace (``unshare --mount``), under an
overlay whose whiteouts make them absent as if never installed (a file bound over
them would still be found, and fail differently), then runs the tests that need the
part and a few that do not, twice:

- without ``CI``: the run must pass, the tests that need the part skipped with a
  reason naming the library or program and its Debian package, the others passed;
- with ``CI=true``: the run must fail, and those tests fail with the same reason.

It prints each distinct skip reason, and how long each case took. Linux only: needs
root, ``unshare`` and overlayfs. The machine itself is left untouched.
"""

from __future__ import annotations

import ast
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from acupress_gui.bootstrap.system_packages import package_for_library, parse_packages

REPO = Path(__file__).resolve().parents[1]
PACKAGES = parse_packages((REPO / "acupress_gui/resources/debian-packages.txt").read_text())
REAL_WINDOW = "tests.gui.test_real_window"
SOUND_TESTS = tuple(
    f"tests.ui.test_cue_player.{name}"
    for name in (
        "test_cues_play_through_qtmultimedia",
        "test_a_cue_that_cannot_play_falls_back_to_the_beep",
        "test_sound_loads_after_start_without_the_ffmpeg_backend_or_qt_quick",
    )
)


@dataclass(frozen=True)
class Case:
    name: str
    hidden: tuple[str, ...]
    """Libraries (sonames) or programs to hide."""
    tests: tuple[str, ...]
    """What to run: paths as pytest takes them."""
    skipped: tuple[str, ...]
    """Tests that must skip (dotted, as in JUnit XML; a prefix covers a module or folder)."""
    passed: tuple[str, ...]
    """Tests that must still pass (prefixes too; the skipped ones excepted)."""
    reason: tuple[str, ...]
    """Words every skip (and every CI failure) of ``skipped`` must contain."""


def library_case(soname: str) -> Case:
    """A library Qt's xcb plugin links: only the real-window tests need it."""
    return Case(
        name=soname,
        hidden=(soname,),
        tests=("tests/gui", "tests/ui/test_keyboard.py", "tests/core/test_system_packages.py"),
        skipped=(REAL_WINDOW,),
        passed=("tests.ui.test_keyboard", "tests.core.test_system_packages"),
        reason=(soname, package_of(soname)),
    )


def package_of(soname: str) -> str:
    package = package_for_library(soname, PACKAGES)
    if package is None:
        sys.exit(f"{soname} is not in acupress_gui/resources/debian-packages.txt")
    return package.name


CASES = {
    "libpulse": Case(
        name="libpulse",
        hidden=("libpulse.so.0",),
        tests=("tests/ui/test_cue_player.py", "tests/ui/test_timer.py", "tests/gui"),
        skipped=SOUND_TESTS,
        # Holds start and end without sound, and the app starts in a real window.
        passed=("tests.ui.test_cue_player", "tests.ui.test_timer", REAL_WINDOW),
        reason=("libpulse.so.0", "libpulse0"),
    ),
    "libegl": Case(
        name="libegl",
        hidden=("libEGL.so.1",),
        tests=(
            "tests/core/test_system_packages.py",
            "tests/core/test_catalog.py",
            "tests/ui",
            "tests/gui",
        ),
        skipped=("tests.ui.", REAL_WINDOW),
        passed=("tests.core.",),
        reason=("libEGL.so.1", "libegl1"),
    ),
    "xvfb": Case(
        name="xvfb",
        hidden=("Xvfb",),
        tests=("tests/gui", "tests/ui/test_keyboard.py"),
        skipped=(REAL_WINDOW,),
        passed=("tests.ui.test_keyboard",),
        reason=("Xvfb", "package xvfb"),
    ),
}


def files_of(hidden: str) -> list[Path]:
    """Every path by which the loader or the shell finds ``hidden``, links included."""
    if ".so" in hidden:
        listed = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True)
        found = [
            Path(line.rsplit("=> ", 1)[1])
            for line in listed.stdout.splitlines()
            if line.split() and line.split()[0] == hidden
        ]
    else:
        program = shutil.which(hidden)
        found = [] if program is None else [Path(program)]
    if not found:
        sys.exit(f"{hidden} is not on this machine: nothing to hide")
    return [path for each in found for path in {each, each.resolve()}]


def hiding_script(hidden: tuple[str, ...], scratch: Path) -> str:
    """Shell lines, run inside the namespace, that lay an overlay over each folder
    holding a hidden file, with a whiteout (a 0/0 character device) in its place."""
    folders: dict[Path, set[str]] = {}
    for path in (path for name in hidden for path in files_of(name)):
        folders.setdefault(path.parent.resolve(), set()).add(path.name)
    lines = ["set -e", f"mount -t tmpfs simulate {shlex.quote(str(scratch))}"]
    for number, (folder, names) in enumerate(sorted(folders.items())):
        upper, work = scratch / f"upper{number}", scratch / f"work{number}"
        lines.append(f"mkdir {upper} {work}")
        lines += [f"mknod {shlex.quote(str(upper / name))} c 0 0" for name in sorted(names)]
        options = f"lowerdir={folder},upperdir={upper},workdir={work}"
        lines.append(f"mount -t overlay overlay -o {shlex.quote(options)} {folder}")
    lines.append('exec "$@"')
    return "\n".join(lines)


@dataclass
class Outcome:
    code: int
    output: str
    results: dict[str, tuple[str, str]]
    """Each test (or module that could not be collected): its outcome and message."""


def run_hidden(case: Case, ci: bool) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="simulate-missing-") as folder:
        scratch, report = Path(folder) / "scratch", Path(folder) / "report.xml"
        scratch.mkdir()
        environment = {key: value for key, value in os.environ.items() if key != "CI"}
        if ci:
            environment["CI"] = "true"
        hide = ["unshare", "--mount", "sh", "-c", hiding_script(case.hidden, scratch), "sh"]
        pytest = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs"]
        done = subprocess.run(
            [*hide, *pytest, f"--junitxml={report}", *case.tests],
            cwd=REPO,
            env=environment,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        results = read_report(report) if report.exists() else {}
    return Outcome(done.returncode, done.stdout + done.stderr, results)


def read_report(report: Path) -> dict[str, tuple[str, str]]:
    results = {}
    for case in ElementTree.parse(report).iter("testcase"):
        name = ".".join(part for part in (case.get("classname"), case.get("name")) if part)
        results[name] = ("passed", "")
        for kind in ("skipped", "failure", "error"):
            if (found := case.find(kind)) is not None:
                results[name] = (kind, _message(found))
    return results


def _message(found: ElementTree.Element) -> str:
    """A skip's reason, or a failure's message and text (where the reason is)."""
    message, text = found.get("message") or "", found.text or ""
    if message == "collection skipped":  # a module: its text is (path, line, "Skipped: …")
        return str(ast.literal_eval(text)[2]).removeprefix("Skipped: ")
    return message if found.tag == "skipped" else f"{message} {text}"


def matching(results: dict[str, tuple[str, str]], prefixes: tuple[str, ...]) -> list[str]:
    return [name for name in results if any(name.startswith(prefix) for prefix in prefixes)]


def check(case: Case, plain: Outcome, on_ci: Outcome) -> list[str]:
    """What went wrong in the two runs of ``case``, in words; empty when all is well."""
    problems = []
    if plain.code != 0:
        problems.append(f"without CI the run ended with code {plain.code}")
    if "INTERNALERROR" in plain.output:
        problems.append("pytest stopped with an INTERNALERROR")
    needing = matching(plain.results, case.skipped)
    for prefix in case.skipped:
        if not matching(plain.results, (prefix,)):
            problems.append(f"nothing of {prefix} ran or skipped")
    for name in needing:
        outcome, message = plain.results[name]
        if outcome != "skipped" or not all(word in message for word in case.reason):
            problems.append(f"{name}: {outcome}, not skipped naming {case.reason}: {message}")
    for name in set(matching(plain.results, case.passed)) - set(needing):
        if plain.results[name][0] != "passed":
            problems.append(f"{name} should have passed: {plain.results[name]}")
    if on_ci.code == 0:
        problems.append("with CI=true the run passed")
    for name in matching(on_ci.results, case.skipped):
        outcome, message = on_ci.results[name]
        if outcome not in ("failure", "error") or not all(w in message for w in case.reason):
            problems.append(f"with CI=true {name} was {outcome}, not failed naming the part")
    return problems


def skip_lines(outcome: Outcome) -> list[str]:
    reasons = Counter(
        message for result, message in outcome.results.values() if result == "skipped"
    )
    return [f"{count} skipped: {reason}" for reason, count in reasons.most_common()]


def main(arguments: list[str]) -> int:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        print("needs root and unshare (a private mount namespace)", file=sys.stderr)
        return 2
    names = arguments or ["libpulse", "libegl", "xvfb", "libxcb-cursor.so.0"]
    cases = [CASES.get(name) or library_case(name) for name in names]
    failed = []
    for case in cases:
        started = time.monotonic()
        plain, on_ci = run_hidden(case, ci=False), run_hidden(case, ci=True)
        print(f"== {case.name} hidden ({time.monotonic() - started:.0f} s for both runs)")
        for line in skip_lines(plain):
            print(f"   {line}")
        problems = check(case, plain, on_ci)
        for problem in problems:
            print(f"   PROBLEM: {problem}")
        if problems:
            failed.append(case.name)
            print(plain.output[-3000:])
        passed = sum(result == "passed" for result, _ in plain.results.values())
        print(f"   {passed} passed; with CI=true the run failed, naming it: {on_ci.code != 0}")
    if failed:
        print(f"simulations that went wrong: {' '.join(failed)}", file=sys.stderr)
        return 1
    print(f"every simulation passed: {' '.join(case.name for case in cases)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
