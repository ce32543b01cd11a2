"""The macOS build: an AcuPress.app whose Info.plist matches the app, signed only by a script
that will not run without its identity."""

from __future__ import annotations

import os
import plistlib
import re
import subprocess
from pathlib import Path

import pytest

from acupress_gui import __version__
from tests.packaging.pyinstaller_stand_ins import Built, run_spec

REPOSITORY = Path(__file__).resolve().parents[2]
MACOS = REPOSITORY / "packaging" / "macos"
SIGNING = MACOS / "sign-and-notarize.sh"


@pytest.fixture(scope="module")
def built() -> Built:
    return run_spec(MACOS / "acupress-macos.spec")


def test_the_app_bundle_is_named_and_identified(built: Built) -> None:
    bundle = built.one("BUNDLE")
    assert bundle.kwargs["name"] == "AcuPress.app"
    assert bundle.kwargs["bundle_identifier"] == "io.github.acupress.AcuPress"
    assert bundle.kwargs["version"] == __version__
    assert bundle.kwargs["icon"] == str(MACOS / "AcuPress.icns")
    (folder,) = bundle.args
    assert folder is built.one("COLLECT")
    program = built.one("EXE")
    assert program in folder.args
    assert program.kwargs["name"] == "acupress-gui" and program.kwargs["console"] is False
    assert program.kwargs["disable_windowed_traceback"] is True  # no traceback on screen


def test_every_file_the_build_names_exists(built: Built) -> None:
    named = [
        Path(built.one("Analysis").kwargs["scripts"][0]),
        Path(built.one("BUNDLE").kwargs["icon"]),
        MACOS / "entitlements.plist",
        MACOS / "make-dmg.sh",
    ]
    assert [path for path in named if not path.is_file()] == []


def test_the_info_plist_says_what_macos_and_the_finder_read(built: Built) -> None:
    info = plistlib.loads(plistlib.dumps(built.one("BUNDLE").kwargs["info_plist"]))
    assert info["CFBundleName"] == info["CFBundleDisplayName"] == "AcuPress"
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == __version__
    assert info["NSHighResolutionCapable"] is True
    assert info["LSApplicationCategoryType"] == "public.app-category.healthcare-fitness"
    assert re.fullmatch(r"\d+\.\d+", info["LSMinimumSystemVersion"])
    assert "AcuPress developers" in info["NSHumanReadableCopyright"]


def test_the_entitlements_grant_no_exception_to_the_hardened_runtime() -> None:
    """A file codesign cannot parse fails the signing on a Mac; each exception weakens the
    runtime, and none is needed (docs/packaging.md): adding one is a decision, made here."""
    with (MACOS / "entitlements.plist").open("rb") as file:
        assert plistlib.load(file) == {}


@pytest.fixture
def tools(tmp_path: Path) -> Path:
    """A PATH whose codesign, xcrun and spctl only note that they were called."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in ("codesign", "xcrun", "spctl", "ditto", "hdiutil"):
        script = folder / tool
        script.write_text(f'#!/bin/sh\necho {tool} >> "{tmp_path}/called"\n')
        script.chmod(0o755)
    return folder


@pytest.mark.parametrize(
    ("environment", "refusal"),
    [
        ({}, "set ACUPRESS_SIGN_IDENTITY"),
        (
            {"ACUPRESS_SIGN_IDENTITY": "Developer ID Application: A (T)"},
            "set ACUPRESS_NOTARY_PROFILE",
        ),
        ({"ACUPRESS_NOTARY_PROFILE": "acupress"}, "set ACUPRESS_SIGN_IDENTITY"),
    ],
    ids=["neither", "no profile", "no identity"],
)
def test_signing_refuses_to_start_without_identity_and_profile(
    environment: dict[str, str], refusal: str, tools: Path, tmp_path: Path
) -> None:
    app = tmp_path / "AcuPress.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "Info.plist").write_bytes(plistlib.dumps({"CFBundleExecutable": "x"}))
    clean = {name: value for name, value in os.environ.items() if not name.startswith("ACUPRESS_")}
    result = subprocess.run(
        ["bash", str(SIGNING), str(app), str(tmp_path / "AcuPress.dmg")],
        env={**clean, **environment, "PATH": f"{tools}:{clean['PATH']}"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"sign-and-notarize: {refusal}")
    assert not (tmp_path / "called").exists()  # nothing was signed or sent
