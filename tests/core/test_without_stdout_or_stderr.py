"""A windowed Windows app (and ``pythonw``) has no stdout or stderr: nothing may crash there,
and what would have gone to stderr must reach the log file instead."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from acupress_gui.app import main
from acupress_gui.bootstrap.cli import export_history, parse_args
from acupress_gui.bootstrap.diagnostics import crash_log_file, process_diagnostics
from acupress_gui.core.paths import AppPaths, resolve_paths

REPOSITORY = Path(__file__).resolve().parents[2]

NoStreams = Callable[[], None]


@pytest.fixture
def no_streams(monkeypatch: pytest.MonkeyPatch) -> NoStreams:
    """Takes stdout and stderr away, as Python does for a process without a console.

    Called in the test itself: pytest's capture puts its own streams back between a
    fixture's set-up and the test.
    """

    def take_them_away() -> None:
        monkeypatch.setattr(sys, "stdout", None)
        monkeypatch.setattr(sys, "stderr", None)

    return take_them_away


def logged(paths: AppPaths) -> str:
    return paths.log_file.read_text(encoding="utf-8") if paths.log_file.exists() else ""


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_end_cleanly_with_nowhere_to_print(
    option: str, no_streams: NoStreams
) -> None:
    no_streams()
    with pytest.raises(SystemExit) as exited:
        parse_args([option])
    assert exited.value.code == 0
    assert logged(resolve_paths()) == ""  # nothing went wrong: nothing to log


def test_a_refused_option_is_logged_where_there_is_no_stderr(no_streams: NoStreams) -> None:
    no_streams()
    with pytest.raises(SystemExit) as exited:
        main(["--data-dri", "D:/kiosk"])
    assert exited.value.code == 2
    assert "ERROR" in logged(resolve_paths())
    assert "acupress-gui: error: unrecognized arguments: --data-dri D:/kiosk" in logged(
        resolve_paths()
    )


def test_a_failed_export_is_logged_where_there_is_no_stderr(
    tmp_path: Path, no_streams: NoStreams
) -> None:
    paths = resolve_paths(tmp_path / "data")
    target = tmp_path / "missing" / "out.csv"
    no_streams()
    assert export_history(paths, target) == 1
    assert "AcuPress could not export the history." in logged(paths)
    assert str(target) in logged(paths)


def test_the_diagnostics_write_the_log_and_the_crash_log_without_stderr(
    tmp_path: Path, no_streams: NoStreams
) -> None:
    paths = resolve_paths(tmp_path / "data")
    reported: list[str] = []
    no_streams()
    with process_diagnostics(paths, report=reported.append, qt_messages=False) as log_file:
        assert log_file == paths.log_file
        logging.getLogger("acupress_gui.test").warning("the sound card went away")
        try:
            raise RuntimeError("a slot failed")
        except RuntimeError as error:
            sys.excepthook(RuntimeError, error, error.__traceback__)
        assert crash_log_file(paths).exists()
    text = logged(paths)
    assert "WARNING acupress_gui.test: the sound card went away" in text
    assert "RuntimeError: a slot failed" in text
    assert reported == ["RuntimeError: a slot failed"]


def test_an_unwritable_log_folder_without_stderr_is_no_crash(
    tmp_path: Path, no_streams: NoStreams
) -> None:
    paths = resolve_paths(tmp_path / "data")
    paths.log_dir.parent.mkdir(parents=True)
    paths.log_dir.write_text("a file where the log folder should be")
    no_streams()
    with process_diagnostics(paths, report=lambda message: None, qt_messages=False) as log_file:
        logging.getLogger("acupress_gui.test").warning("nowhere to go")
    assert log_file is None


@pytest.mark.parametrize(
    ("arguments", "code", "said"),
    [
        (["--help"], 0, None),
        (["--version"], 0, None),
        (["--data-dri", "x"], 2, "unrecognized arguments: --data-dri x"),
    ],
    ids=["help", "version", "refused"],
)
def test_the_app_started_with_its_standard_streams_closed(
    arguments: list[str], code: int, said: str | None
) -> None:
    """The real thing: with descriptors 1 and 2 closed, Python starts with both None."""
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" >&- 2>&-', "sh", sys.executable, "-m", "acupress_gui", *arguments],
        cwd=REPOSITORY,
        timeout=60,
    )
    assert result.returncode == code
    text = logged(resolve_paths())
    if said is None:
        assert text == ""
    else:
        assert said in text
