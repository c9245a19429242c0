"""``companion --self-test`` runs the real code paths and leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(args: list[str], home: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )


def _all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_self_test_with_a_data_dir_passes_and_writes_only_there(tmp_path: Path) -> None:
    home, tmp, data = tmp_path / "home", tmp_path / "tmp", tmp_path / "data"
    for folder in (home, tmp):
        folder.mkdir()
    result = _run(["--self-test", "--data-dir", str(data)], home, tmp)
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("self-test: ")
    assert last.endswith(" checks passed")
    assert int(last.split()[1]) >= 15
    assert _all_files(home) == []
    assert _all_files(tmp) == []
    names = {p.name for p in _all_files(data)}
    assert "main-window.png" in names
    assert "help-gb.png" in names
    assert not (data / ".selftest-env").exists()


def test_self_test_without_a_data_dir_removes_its_throwaway_folder(tmp_path: Path) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    for folder in (home, tmp):
        folder.mkdir()
    result = _run(["--self-test"], home, tmp)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("checks passed")
    assert list(tmp.iterdir()) == []
    assert _all_files(home) == []


def test_self_test_refuses_a_folder_with_a_vault(tmp_path: Path) -> None:
    home, tmp, data = tmp_path / "home", tmp_path / "tmp", tmp_path / "data"
    for folder in (home, tmp, data / "vault"):
        folder.mkdir(parents=True)
    result = _run(["--self-test", "--data-dir", str(data)], home, tmp)
    assert result.returncode == 2
    assert "already holds a vault" in result.stdout
