"""The release workflow parses and its steps pass the checker (packaging/check_workflow.py).

PyYAML is not a dependency of the project; the checker runs under whichever interpreter
has it (the venv if PyYAML is installed there, else Debian's python3 with python3-yaml,
which packaging/ci_stage.sh installs).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKER = ROOT / "packaging" / "check_workflow.py"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _python_with_yaml() -> str:
    for candidate in (sys.executable, shutil.which("python3"), "/usr/bin/python3"):
        if candidate and Path(candidate).exists():
            probe = subprocess.run([candidate, "-c", "import yaml"], capture_output=True)
            if probe.returncode == 0:
                return candidate
    pytest.skip("no interpreter with PyYAML (apt-get install python3-yaml)")


def test_release_workflow_passes_checker() -> None:
    result = subprocess.run(
        [_python_with_yaml(), str(CHECKER), str(WORKFLOW)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "release.yml: ok" in result.stdout


def test_checker_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-22.04\n    steps:\n"
        "      - run: |\n          if then fi (\n"
        "      - uses: actions/checkout\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [_python_with_yaml(), str(CHECKER), str(broken)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "bash -n" in result.stderr
    assert "not pinned" in result.stderr


def test_workflow_covers_every_platform_and_install_test() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for needle in (
        "ubuntu-22.04",
        "windows-latest",
        "macos-14",
        "macos-13",
        "dpkg -i",
        "dpkg -r",
        '"/S", "/AllUsers"',
        '"/S", "/CurrentUser"',
        "/qn",
        "--self-test",
    ):
        assert needle in text, needle
