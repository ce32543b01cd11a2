"""The command line: a typo stops the app, Qt's options reach Qt, the export needs no window."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from acupress_gui import __version__
from acupress_gui.bootstrap.cli import (
    QT_FLAGS,
    QT_OPTIONS_WITH_VALUE,
    Options,
    export_history,
    parse_args,
)
from acupress_gui.core.export import COLUMNS, read_csv
from acupress_gui.core.history import HistoryStore, HoldRecord, Side
from acupress_gui.core.paths import resolve_paths
from tests.core.history_records import hold

APP_OPTIONS = (
    "--version",
    "--help",
    "-h",
    "--data-dir",
    "--catalog",
    "--export-history",
    "--handout",
    "--routine",
    "--entry",
)
KNOWN = frozenset(APP_OPTIONS) | QT_OPTIONS_WITH_VALUE | QT_FLAGS


def exit_code_and_stderr(argv: list[str]) -> tuple[int | str | None, str]:
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), pytest.raises(SystemExit) as exited:
        parse_args(argv)
    return exited.value.code, errors.getvalue()


def test_the_options_as_before() -> None:
    options = parse_args(
        ["--data-dir", "/srv/kiosk", "--catalog=points.toml", "--export-history", "out.csv"]
    )
    assert options == Options(Path("/srv/kiosk"), Path("points.toml"), Path("out.csv"), ())
    assert parse_args([]) == Options(None, None, None, ())


def test_the_handout_options() -> None:
    options = parse_args(["--handout", "sheet.pdf", "--routine", "Low back"])
    assert (options.handout, options.routine, options.entries) == (
        Path("sheet.pdf"),
        "Low back",
        (),
    )
    several = parse_args(["--handout", "s.pdf", "--entry", "wind-pool", "gv4", "--entry", "bl40"])
    assert several.entries == ("wind-pool", "gv4", "bl40")
    assert parse_args(["--handout", "s.pdf"]).routine is None  # the current routine


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--routine", "Low back"], "give --handout FILE"),
        (["--entry", "wind-pool"], "give --handout FILE"),
        (["--handout", "s.pdf", "--routine", "r", "--entry", "e"], "not allowed with"),
        (["--handout", "s.pdf", "--export-history", "h.csv"], "not allowed with"),
        (["--handout", "s.pdf", "--entry"], "expected at least one argument"),
    ],
)
def test_a_handout_asked_for_wrongly_stops_with_the_usage(argv: list[str], says: str) -> None:
    code, err = exit_code_and_stderr(argv)
    assert code == 2
    assert err.startswith("usage: acupress-gui") and says in err


def test_a_misspelled_data_dir_stops_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--data-dri", "/srv/kiosk"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: acupress-gui")
    assert "unrecognized arguments: --data-dri /srv/kiosk" in err


@pytest.mark.parametrize("prefix", ["--data", "--data-d", "--export", "--cat"])
def test_an_abbreviation_is_not_taken_for_the_option(prefix: str) -> None:
    assert exit_code_and_stderr([prefix, "x"])[0] == 2


def _misspellings(option: str) -> st.SearchStrategy[str]:
    """One deleted, inserted, replaced or swapped character, anywhere in ``option``."""
    characters = st.sampled_from("abcdeghilmnoprstuvwxyz-_0123456789")
    position = st.integers(0, len(option) - 1)
    return st.one_of(
        position.map(lambda at: option[:at] + option[at + 1 :]),
        st.tuples(position, characters).map(lambda p: option[: p[0]] + p[1] + option[p[0] :]),
        st.tuples(position, characters).map(lambda p: option[: p[0]] + p[1] + option[p[0] + 1 :]),
        st.integers(0, len(option) - 2).map(
            lambda at: option[:at] + option[at + 1] + option[at] + option[at + 2 :]
        ),
    )


@pytest.mark.generated
@given(
    st.sampled_from(sorted(KNOWN - {"-h"})).flatmap(_misspellings),
    st.sampled_from(["/srv/kiosk", "offscreen"]),
)
def test_every_misspelled_option_is_refused(misspelled: str, value: str) -> None:
    assume(misspelled not in KNOWN and misspelled not in {"-", "--"})
    assume(not misspelled.startswith(("-style=", "-stylesheet=", "-qmljsdebugger=")))
    code, err = exit_code_and_stderr([misspelled, value])
    assert code == 2
    assert "usage: acupress-gui" in err


def test_qt_options_are_collected_in_order_for_qt() -> None:
    options = parse_args(
        [
            "-platform",
            "offscreen",
            "--data-dir",
            "/srv/kiosk",
            "-style=fusion",
            "-reverse",
            "-qwindowgeometry",
            "800x600+0+0",
            "-qwindowtitle",
            "--version",  # a value of Qt's option, not ours
            "-stylesheet",
            "big.qss",
            "-display",
            ":1",
        ]
    )
    assert options.data_dir == Path("/srv/kiosk")
    assert options.qt_arguments == (
        "-platform",
        "offscreen",
        "-style=fusion",
        "-reverse",
        "-qwindowgeometry",
        "800x600+0+0",
        "-qwindowtitle",
        "--version",
        "-stylesheet",
        "big.qss",
        "-display",
        ":1",
    )


@pytest.mark.parametrize("option", sorted(QT_OPTIONS_WITH_VALUE))
def test_each_qt_option_with_a_value_passes(option: str) -> None:
    assert parse_args([option, "value"]).qt_arguments == (option, "value")


@pytest.mark.parametrize("option", sorted(QT_FLAGS))
def test_each_qt_flag_passes(option: str) -> None:
    assert parse_args([option, "--data-dir", "d"]) == Options(Path("d"), None, None, (option,))


def test_a_qt_option_without_its_value_is_an_error() -> None:
    code, err = exit_code_and_stderr(["--data-dir", "d", "-platform"])
    assert code == 2
    assert "Qt's option -platform needs a value" in err


def test_an_app_options_value_is_never_taken_for_qt() -> None:
    assert parse_args(["--catalog=-reverse"]) == Options(None, Path("-reverse"), None, ())
    assert exit_code_and_stderr(["--catalog", "-reverse"])[0] == 2  # argparse: needs a value
    assert exit_code_and_stderr(["--platform", "offscreen"])[0] == 2  # only Qt's single dash


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"AcuPress {__version__}"
    with pytest.raises(SystemExit) as exited:
        parse_args(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "--data-dir DIR" in out and "--catalog FILE" in out and "--export-history FILE" in out
    assert "--handout FILE" in out and "--routine NAME" in out and "--entry ID" in out
    assert "-platform NAME" in out


NO_QT = """
import sys
for blocked in ("PySide6", "shiboken6", "pyqtgraph"):
    sys.modules[blocked] = None  # any import of it now raises ImportError
import acupress_gui.bootstrap.diagnostics
from acupress_gui.bootstrap.cli import parse_args
parse_args(sys.argv[1:])
"""


@pytest.mark.parametrize(("option", "shown"), [("--version", "AcuPress "), ("--help", "usage:")])
def test_version_and_help_work_without_qt(option: str, shown: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_QT, option], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(shown)


def test_the_export_command_works_without_qt(tmp_path: Path) -> None:
    probe = (
        NO_QT.replace("parse_args(sys.argv[1:])", "")
        + "from acupress_gui.bootstrap.cli import export_history\n"
        + "from acupress_gui.core.paths import resolve_paths\n"
        + "from pathlib import Path\n"
        + "sys.exit(export_history(resolve_paths(Path(sys.argv[1])), Path(sys.argv[2])))\n"
    )
    target = tmp_path / "out.csv"
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "data"), str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Exported 0 holds to {target}\n"


@pytest.fixture
def saved(tmp_path: Path) -> list[HoldRecord]:
    records = [hold(), hold(entry_id="sea-of-vitality", side=Side.RIGHT)]
    with HistoryStore.open(resolve_paths(tmp_path / "data").history_file) as store:
        for record in records:
            store.add(record)
    return records


def test_the_export_command(
    saved: list[HoldRecord], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "for-the-clinic.csv"
    assert export_history(resolve_paths(tmp_path / "data"), target) == 0
    assert capsys.readouterr() == (f"Exported 2 holds to {target}\n", "")
    assert [session.record for session in read_csv(target)] == saved


def test_the_export_of_a_new_install_is_a_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "empty.csv"
    assert export_history(resolve_paths(tmp_path / "new"), target) == 0
    assert target.read_text(encoding="utf-8").strip() == ",".join(COLUMNS)
    assert not (tmp_path / "new").exists()  # nothing created by looking


@pytest.mark.parametrize(
    "aim", ["the history", "the settings", "a folder", "a missing folder"], ids=str
)
def test_the_export_command_refuses_plainly(
    aim: str, saved: list[HoldRecord], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve_paths(tmp_path / "data")
    paths.settings_file.write_text("{}\n")
    target = {
        "the history": paths.history_file,
        "the settings": paths.settings_file,
        "a folder": tmp_path,
        "a missing folder": tmp_path / "nonexistent" / "dir" / "x.csv",
    }[aim]
    history_before = paths.history_file.read_bytes()
    assert export_history(paths, target) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("AcuPress could not export the history. ")
    assert str(target) in err and ".tmp" not in err and "Errno" not in err
    assert err.count("\n") == 1
    assert paths.history_file.read_bytes() == history_before
    assert paths.settings_file.read_text() == "{}\n"
    assert not (tmp_path / "nonexistent").exists()


def test_an_unreadable_history_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve_paths(tmp_path / "data")
    paths.data_dir.mkdir()
    paths.history_file.mkdir()  # a folder where the file should be: it cannot be opened
    assert export_history(paths, tmp_path / "out.csv") == 1
    err = capsys.readouterr().err
    assert err.startswith("AcuPress could not export the history. The session history ")
    assert not (tmp_path / "out.csv").exists()
