"""``--kiosk`` checks everything before Qt: without a PIN, or with a bad kiosk.toml or
catalog, it exits with EXIT_KIOSK_REFUSED and says why on stderr and in the log, and no
window (nor any dialog) ever opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from acupress_gui.bootstrap.kiosk_app import EXIT_KIOSK_REFUSED
from acupress_gui.core.kiosk.staff_pin import hash_pin, save_pin_hash
from tests.core.test_cli import NO_QT, exit_code_and_stderr

KIOSK_WITHOUT_QT = NO_QT.replace(
    "from acupress_gui.bootstrap.cli import parse_args\nparse_args(sys.argv[1:])",
    "from acupress_gui.app import main\nsys.exit(main(sys.argv[1:]))",
)


def run_kiosk(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", KIOSK_WITHOUT_QT, "--kiosk", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_without_a_pin_the_kiosk_refuses_before_qt(tmp_path: Path) -> None:
    done = run_kiosk(tmp_path)
    assert done.returncode == EXIT_KIOSK_REFUSED, done.stderr
    assert "no staff PIN is set" in done.stderr
    assert "--set-kiosk-pin" in done.stderr
    assert "Traceback" not in done.stderr
    assert "no staff PIN is set" in (tmp_path / "logs" / "acupress.log").read_text()


@pytest.mark.parametrize(
    ("kiosk_toml", "said"),
    [
        ("idle_seconds = ten\n", "is not valid TOML"),
        ("warning_seconds = 10\n", "warning_seconds"),
        ('entries = ["nowhere"]\n', "the catalog has no entry 'nowhere'"),
    ],
)
def test_a_bad_kiosk_toml_is_refused_before_qt(tmp_path: Path, kiosk_toml: str, said: str) -> None:
    save_pin_hash(tmp_path, hash_pin("2468"))
    (tmp_path / "kiosk.toml").write_text(kiosk_toml, encoding="utf-8")
    done = run_kiosk(tmp_path)
    assert done.returncode == EXIT_KIOSK_REFUSED, done.stderr
    assert said in done.stderr
    assert said in (tmp_path / "logs" / "acupress.log").read_text()


def test_a_bad_catalog_beside_kiosk_toml_is_refused_before_qt(tmp_path: Path) -> None:
    save_pin_hash(tmp_path, hash_pin("2468"))
    (tmp_path / "catalog.toml").write_text("[[entries]]\nid = 1\n", encoding="utf-8")
    done = run_kiosk(tmp_path)
    assert done.returncode == EXIT_KIOSK_REFUSED, done.stderr
    assert str(tmp_path / "catalog.toml") in done.stderr


def test_kiosk_mode_needs_its_folder_and_runs_alone() -> None:
    code, said = exit_code_and_stderr(["--kiosk"])
    assert code == 2 and "--data-dir" in said
    code, said = exit_code_and_stderr(["--kiosk", "--data-dir", "k", "--set-kiosk-pin"])
    assert code == 2 and "not allowed with" in said
