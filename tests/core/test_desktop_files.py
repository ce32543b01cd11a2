"""The desktop entry and the AppStream metadata in packaging/linux/: valid, and agreeing
with the app's id, version, command and the copy the package installs."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from acupress_gui import APP_ID, __version__
from tests.core.validators import validate

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_FILE = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
PACKAGED_DESKTOP_FILE = ROOT / "acupress_gui" / "resources" / f"{APP_ID}.desktop"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys keep their case
    parser.read_string(DESKTOP_FILE.read_text("utf-8"))
    return parser["Desktop Entry"]


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    assert validate("desktop-file-validate", DESKTOP_FILE) == ""  # no warnings or hints


def test_the_metainfo_passes_appstreamcli() -> None:
    output = validate("appstreamcli", "validate", "--no-net", METAINFO_FILE)
    assert "Validation was successful" in output


def test_the_desktop_entry_names_the_app_by_its_id_and_command() -> None:
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert entry["Exec"] in scripts["gui-scripts"]
    assert entry["Icon"] == entry["StartupWMClass"] == APP_ID
    assert entry["Name"] == "AcuPress"


def test_the_metainfo_describes_this_version_of_this_app() -> None:
    component = ElementTree.parse(METAINFO_FILE).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == desktop_entry()["Exec"]
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    assert component.findtext("project_license") == "MIT"


def test_the_package_installs_the_same_desktop_entry() -> None:
    """``--install-desktop-entry`` reads the copy inside the package (a wheel carries
    nothing outside it); packaging/linux/ holds the one to edit, then copy."""
    assert PACKAGED_DESKTOP_FILE.read_bytes() == DESKTOP_FILE.read_bytes(), (
        f"copy {DESKTOP_FILE.relative_to(ROOT)} to {PACKAGED_DESKTOP_FILE.relative_to(ROOT)}"
    )
