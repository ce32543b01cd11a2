"""acupress-gui --handout FILE [--routine NAME | --entry ID ...]: a PDF without a window.

Run as the command is, in its own process: with no display at all and an X11 platform
asked for, it still writes the PDF (Qt draws offscreen); a copy already running on the
same data folder is neither asked nor told; a bad name or target ends with exit code 1
and one plain line on stderr, and nothing written.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.core.paths import resolve_paths
from acupress_gui.ui.shell.single_instance import Claim, SingleInstance

WORKTREE = Path(__file__).resolve().parents[2]


def handout_command(
    data: Path, *arguments: str, environment: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m acupress_gui`` from this checkout, with no display to open a window on."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "LC_ALL", "LC_PAPER", "LANG"}
    }
    env["QT_QPA_PLATFORM"] = "xcb"  # a window would need X11 here, and there is none
    env.update(environment or {})
    return subprocess.run(
        [sys.executable, "-m", "acupress_gui", "--data-dir", str(data), *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=WORKTREE,
        env=env,
        check=False,
    )


def pdf_pages_and_size(pdf: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


@pytest.mark.requires("poppler")
def test_the_handout_needs_no_display_and_follows_the_paper_locale(tmp_path: Path) -> None:
    target = tmp_path / "low-back.pdf"
    done = handout_command(
        tmp_path / "data",
        "--handout",
        str(target),
        "--routine",
        "Low back",
        environment={"LC_PAPER": "en_US.UTF-8"},
    )
    assert done.returncode == 0, done.stderr
    pages, size = pdf_pages_and_size(target)
    assert done.stdout == f"Saved a handout of {pages} pages to {target}\n"
    assert 1 <= pages <= 4
    assert size.startswith("612 x 792 pts")  # Letter, as the paper locale asks
    assert list(tmp_path.glob(".low-back.pdf-*")) == []  # no temporary file left


@pytest.mark.requires("poppler")
def test_one_entry_on_a4_where_the_locale_names_no_letter_country(tmp_path: Path) -> None:
    target = tmp_path / "wind-pool.pdf"
    done = handout_command(
        tmp_path / "data",
        "--handout",
        str(target),
        "--entry",
        "wind-pool",
        environment={"LANG": "de_DE.UTF-8"},
    )
    assert done.returncode == 0, done.stderr
    pages, size = pdf_pages_and_size(target)
    assert pages <= 2 and size.startswith("595")  # A4 is 595.276 x 841.89 points


def test_a_running_copy_on_the_same_folder_is_not_asked_to_come_forward(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    running = SingleInstance(data)
    assert running.claim() is Claim.OWNER
    running.listen()
    try:
        with qtbot.assertNotEmitted(running.activation_requested, wait=500):
            done = handout_command(
                data, "--handout", str(tmp_path / "sheet.pdf"), "--entry", "gate-of-life"
            )
        assert done.returncode == 0, done.stderr
        assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF-")
    finally:
        running.release()


@pytest.mark.parametrize(
    ("aim", "choice", "message"),
    [
        ("new.pdf", ["--routine", "neck-pian"], "There is no routine \u201cneck-pian\u201d."),
        ("new.pdf", ["--entry", "wind-pool", "windpool"], "The catalog has no entry windpool."),
        ("settings", [], "is one of AcuPress's own files, so the handout was not written there"),
        ("history", [], "is one of AcuPress's own files, so the handout was not written there"),
        ("missing/new.pdf", [], "does not exist, so"),
        ("folder", [], "is a folder. Choose a file name inside it."),
    ],
    ids=["routine", "entry", "settings", "history", "missing-folder", "folder"],
)
def test_a_bad_name_or_target_is_refused_plainly_and_nothing_is_written(
    tmp_path: Path, aim: str, choice: list[str], message: str
) -> None:
    data = tmp_path / "data"
    paths = resolve_paths(data)
    paths.data_dir.mkdir(parents=True)
    paths.settings_file.write_text('{"schema": 1}\n')
    paths.history_file.write_bytes(b"not touched")
    (tmp_path / "folder").mkdir()
    target = {"settings": paths.settings_file, "history": paths.history_file}.get(
        aim, tmp_path / aim
    )
    done = handout_command(data, "--handout", str(target), *choice)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("AcuPress could not make the handout. ")
    assert message in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert paths.settings_file.read_text() == '{"schema": 1}\n'
    assert paths.history_file.read_bytes() == b"not touched"
    assert list(tmp_path.glob("*.pdf")) == [] and not (tmp_path / "missing").exists()


def test_a_refused_catalog_is_said_plainly(tmp_path: Path) -> None:
    broken = tmp_path / "clinic.toml"
    broken.write_text("format = 2\n")
    done = handout_command(
        tmp_path / "data", "--catalog", str(broken), "--handout", str(tmp_path / "x.pdf")
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"AcuPress could not make the handout. {broken}: ")
    assert not (tmp_path / "x.pdf").exists()
